"""Document-level carry on whole plans: a plan's scale target (某产业规模突破N亿元)
or goal (某产业能级持续提升) names a sector or technology the plan prioritizes.
Made-up documents."""
from support.documents import extract_file

TITLE = "青山市推进智能经济发展行动计划（2025—2027年）"


def plan(heading: str, body: str) -> str:
    """The made-up plan: its title, a purpose line, one numbered section."""
    return TITLE + "\n\n为加快智能经济发展，制定本行动计划。\n\n" + heading + "\n\n" + body + "\n"


def priorities(ex, rule=None):
    return {(r.head, r.tail) for r in ex.relations
            if r.type == "prioritizes" and (rule is None or r.evidence.rule == rule)}


def test_a_scale_target_names_a_priority_of_the_plan(tmp_path):
    text = plan("一、主要目标", "到2027年，全市人工智能核心产业营收规模突破300亿元，智能传感器产业产值/营收超80亿元，"
                "智能算力规模达到20EFlops。")
    _, ex = extract_file(tmp_path, text)
    got = {tail for head, tail in priorities(ex, "document.target")}
    assert {"人工智能核心产业", "智能算力"} <= got
    assert all(head.startswith("青山市推进智能经济发展行动计划") for head, _ in priorities(ex, "document.target"))


def test_a_sector_without_a_scale_target_is_not_carried_by_it(tmp_path):
    # a past figure with no target verb, and a sector only compared with another, are no targets
    text = plan("一、发展基础", "2023年全市人工智能核心产业规上产值120亿元，与汽车产业相比仍有差距。")
    _, ex = extract_file(tmp_path, text)
    assert priorities(ex, "document.target") == set()


def test_a_scale_target_in_an_article_is_not_a_plan_priority(tmp_path):
    # commentary (no notice, no plan title): the target a writer reports is no document's priority
    text = ("智能经济观察\n\n作者：王某某\n\n有机构测算，到2027年人工智能核心产业规模将突破1万亿元。\n")
    _, ex = extract_file(tmp_path, text)
    assert priorities(ex, "document.target") == set()


def test_a_goal_clause_names_a_priority_of_the_plan(tmp_path):
    text = plan("一、主要目标", "到2027年，全市智能网联汽车产业能级持续提升，云计算基础设施建设不断完善，"
                "智能算力规模（按标准算力折算）达到5EFlops。")
    _, ex = extract_file(tmp_path, text)
    got = {tail for _, tail in priorities(ex, "document.target")}
    assert {"智能网联汽车产业", "云计算基础设施", "智能算力"} <= got
