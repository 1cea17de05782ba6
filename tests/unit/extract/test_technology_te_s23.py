"""Technology terms on new text (session 23): material products written by their
product name, 数字化 as a technology's modifier, generic class nouns that only
sum up a list.  Made-up sentences; each positive case fails without its rule,
the negative ones when a rule over-reaches."""
from __future__ import annotations

from support.entities import ents


def test_a_material_product_written_bare_or_by_its_grade_is_a_technology():
    found = ents("园区今年扩产多晶硅和锂电隔膜，配套发展覆铜板、镁合金与新型锂盐。")
    assert ("多晶硅", "Technology") in found
    assert ("锂电隔膜", "Technology") in found
    assert ("覆铜板", "Technology") in found
    assert ("镁合金", "Technology") in found
    assert ("新型锂盐", "Technology") in found


def test_a_material_product_word_inside_a_longer_product_or_before_a_sector_builds_nothing():
    found = ents("该厂生产钛合金精密铸件和单晶硅棒，城市推进光纤到户，并发展电缆产业。")
    assert not any(text in ("钛合金", "单晶硅", "光纤", "电缆") for text, _ in found)


def test_digitalised_equipment_or_technique_keeps_its_modifier():
    found = ents("县医院采购数字化诊疗设备，园区推广数字化制造技术。")
    assert ("数字化诊疗设备", "Technology") in found
    assert ("数字化制造技术", "Technology") in found
    assert ("诊疗设备", "Technology") not in found


def test_a_generic_class_noun_closing_a_list_is_no_name():
    found = ents("企业运用物联网、区块链等数字技术改造产线，推广余热利用、储能调峰等节能技术。")
    assert ("物联网", "Technology") in found
    assert not any(text in ("数字技术", "节能技术") for text, _ in found)


def test_the_vehicle_network_is_a_technology_unless_a_field_frame_reads_it_as_a_sector():
    found = ents("该市统筹建设工业互联网、车联网和物联网。")
    assert ("车联网", "Technology") in found
    found = ents("推动北斗在车联网、智慧港口等领域的规模化应用落地。")
    assert ("车联网", "Industry") in found


def test_the_bare_chip_names_a_field_only_as_a_list_item():
    found = ents("该公司推出一款新芯片。该芯片采用先进制程。")
    assert not any(text == "芯片" for text, _ in found)
    found = ents("规划带动芯片、服务器和操作系统协同发展。")
    assert ("芯片", "Technology") in found


def test_a_list_item_led_by_a_smart_or_remote_word_is_a_technique():
    found = ents("景区推广智能巡更、远程问诊、AI讲解和虚拟导购。")
    assert ("智能巡更", "Technology") in found
    assert ("AI讲解", "Technology") in found
    assert ("远程问诊", "Technology") in found
    assert ("虚拟导购", "Technology") in found


def test_a_generic_or_adjectival_smart_word_is_no_technique():
    found = ents("平台提供平板电脑等智能产品和服务，体验智能便捷、安全可靠，并完善人工智能治理、数据安全。")
    assert not any(text in ("智能产品", "智能便捷", "人工智能治理") for text, _ in found)


def test_a_lighthouse_factory_is_a_designation_not_a_technology():
    found = ents("集团建成一座“灯塔工厂”，灯塔工厂建设带动配套产业发展。")
    assert not any(text == "灯塔工厂" for text, _ in found)


def test_a_technique_name_cut_short_by_an_unknown_modifier_builds_nothing():
    found = ents("企业推广管道输氢技术，并加快高效电池技术示范，推动数字技术与制造融合。")
    assert not any(text in ("输氢技术", "电池技术") for text, _ in found)
    assert ("数字技术", "Technology") in found


def test_hydrogen_from_coal_or_ammonia_is_a_technique():
    found = ents("园区探索煤制氢和氨制氢示范，降低成本制氢。")
    assert ("煤制氢", "Technology") in found
    assert ("氨制氢", "Technology") in found
    assert not any(text.endswith("成本制氢") for text, _ in found)


def test_a_capacity_unit_after_a_numeral_is_no_part_of_the_product_name():
    found = ents("基地规划年产30吉瓦时储能电池。")
    assert ("储能电池", "Technology") in found
    assert not any(text.startswith("吉瓦时") for text, _ in found)
