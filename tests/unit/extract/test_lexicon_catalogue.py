"""The technology catalogue lexicon (ontology/lexicon/technology_catalogue.tsv: item names of
national catalogues of materials, products and techniques), on sentences written for these
tests: catalogue names are found whole and typed Technology, and the file keeps its own rules
(three characters or more, nothing repeated from another lexicon file or the stop-list)."""
from __future__ import annotations

import pytest

from kg.extract import extract_text
from kg.extract.lexicon import LEXICON_DIR

CATALOGUE = LEXICON_DIR / "technology_catalogue.tsv"


def mentions(text: str) -> set[tuple[str, str]]:
    return {(m.text, m.type) for m in extract_text(text).mentions}


def rows(path):
    for raw in path.read_text(encoding="utf-8").splitlines():
        if raw.strip() and not raw.startswith("#"):
            cols = raw.split("\t")
            yield cols[0], [a for a in (cols[3].split("|") if len(cols) > 3 else []) if a]


@pytest.mark.parametrize(
    "sentence, surface",
    [
        # 前沿材料产业化重点发展指导目录: the whole name, not the class word inside it
        ("示范线年产单壁碳纳米管粉体十吨。", "单壁碳纳米管"),
        ("课题组掌握了二维半导体材料的晶圆级生长。", "二维半导体材料"),
        ("样品采用负膨胀合金材料制成支架。", "负膨胀合金材料"),
        ("厂房屋面铺设高性能气凝胶隔热材料。", "高性能气凝胶隔热材料"),
        # 国家重点支持的高新技术领域: a name the rules read short or as a sector
        ("学校开设集成电路封装实训课程。", "集成电路封装"),
        ("测绘院升级了地理信息系统。", "地理信息系统"),
        ("该厂的骨科内置物通过了注册检验。", "骨科内置物"),
        ("产线改用现场总线连接各工位。", "现场总线"),
        ("示范项目采用蓄热式燃烧改造窑炉。", "蓄热式燃烧"),
        ("这次发射的航天测控全程正常。", "航天测控"),
        ("园区配套供应电子化学品。", "电子化学品"),
        ("团队研发特种工程塑料零件。", "特种工程塑料"),
    ],
)
def test_catalogue_name_is_one_technology(sentence, surface):
    found = mentions(sentence)
    assert (surface, "Technology") in found
    # no shorter piece of the name is reported beside it
    assert not any(text != surface and text in surface for text, _ in found)


def test_alias_names_the_catalogue_entry():
    labels = {(m.text, m.label) for m in extract_text("车间的MES与ERP打通了数据。").mentions}
    assert ("MES", "制造执行系统") in labels


def test_catalogue_rows_follow_the_file_rules():
    others = set()
    for path in LEXICON_DIR.glob("*.tsv"):
        if path != CATALOGUE:
            for term, aliases in rows(path):
                others.update([term, *aliases])
    stop = set((LEXICON_DIR / "not_entities.txt").read_text(encoding="utf-8").split())
    terms = [t for t, _ in rows(CATALOGUE)]
    assert len(terms) == len(set(terms))
    for term in terms:
        assert len(term) >= 3, term
        assert term not in others, term
        assert term not in stop, term
