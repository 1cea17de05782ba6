"""Entity rules, round 10: technologies listed as application fields.

Every sentence here is made up; each test asserts the behaviour of one rule
class (a test that cannot fail is a defect)."""
from __future__ import annotations

from kg.extract import extract_text


def ents(text: str) -> set[tuple[str, str]]:
    return {(m.text, m.type) for m in extract_text(text).mentions}


# --- 在A、B等领域(规模/深度)应用: the listed items are application fields ----------


def test_lexicon_technologies_listed_as_fields_of_application_are_industries():
    got = ents("推动北斗在智能电网、车联网等领域规模应用。")
    assert ("智能电网", "Industry") in got and ("车联网", "Industry") in got
    assert ("北斗", "Technology") in got


def test_fields_after_de_and_adverb_before_application():
    got = ents("推动北斗在智能电网、车联网、工业互联网等重点领域的深度应用。")
    assert ("车联网", "Industry") in got and ("工业互联网", "Industry") in got


def test_technology_list_before_a_single_field_keeps_its_reading():
    # 等技术 names the applied things; the field is 制造
    got = ents("推动人工智能等技术在制造领域应用。")
    assert ("人工智能", "Technology") in got
    assert ("人工智能", "Industry") not in got
    got = ents("推动人工智能、大数据等技术在制造领域应用。")
    assert ("人工智能", "Technology") in got and ("大数据", "Technology") in got


def test_application_scenarios_keep_technologies():
    # 等应用场景 lists applications (techniques), not fields: no retyping
    got = ents("拓展虚拟仿真、数字孪生等应用场景。")
    assert ("数字孪生", "Technology") in got
    assert ("数字孪生", "Industry") not in got


def test_fields_without_application_keep_technologies():
    # …等领域 with no 应用 after it does not retype lexicon technologies
    got = ents("加强云计算、物联网等领域的基础研究。")
    assert ("云计算", "Industry") not in got and ("物联网", "Industry") not in got
