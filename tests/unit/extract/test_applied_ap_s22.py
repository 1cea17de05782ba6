"""appliedIn: the sectors whose growth pulls the demand for a product
(made-up sentences; the mentions are given, so each test checks the relation
rule appliedIn.sector_growth_pulls_demand).

- A和B的快速增长正拉动C需求 / A等行业的蓬勃发展带动了C等材料的需求: C is
  applied in A and B (the mirror of A、B等行业对C的需求).
- A sector's growth driving an industry (带动C产业), with no demand named, is
  no such use.
"""
from support.relations import of_type, run

TEC, IND = "Technology", "Industry"
ENTS = {"低空物流": IND, "应急测绘": IND, "复合旋翼": TEC, "碳纤维预浸料": TEC}


def test_growth_of_sectors_pulls_demand_for_a_product():
    got = run("报告指出，低空物流和应急测绘的快速增长正拉动复合旋翼需求。", ENTS)
    assert {("复合旋翼", "appliedIn", "低空物流"), ("复合旋翼", "appliedIn", "应急测绘")} <= of_type(got, "appliedIn")


def test_development_of_a_sector_class_drives_demand_for_materials():
    got = run("分析认为，低空物流等行业的蓬勃发展带动了碳纤维预浸料等材料的需求。", ENTS)
    assert ("碳纤维预浸料", "appliedIn", "低空物流") in got


def test_growth_driving_an_industry_without_demand_is_no_use():
    got = run("低空物流的发展带动复合旋翼产业。", ENTS)
    assert not of_type(got, "appliedIn")
