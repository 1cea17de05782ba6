"""partOf of round 22 (made-up sentences; the mentions are given, so each test
checks the relation rule, not the recogniser).

- A clause whose subject is a category and whose modal directs development,
  focus or action at a list (X工业要推动A、B等行业…；Y产业则聚焦C、D): the list
  is its parts; not the fields it is to be applied in, nor a list it is to
  digitise (X要推动A、B数字化转型).
- A heading naming a class of infrastructure (加快构建X基础设施。推进A、B…):
  the items of the section are its parts.
- 加快X建设，特别是A、B和C: the members a category's build-out singles out;
  after a clause that only reports growth, 特别是 starts a new remark.
- A list closed by a generic class of techniques named by a broad quality
  (等数字技术, 等节能技术) names no category whose parts the items are.
- In a section, an item pushed towards another field (推动X向Y延伸) is a
  sibling of the heading's category, not its part.
- X携带的A / X搭载的A: what a device is said to carry is its part.
- X（A、B等）: a bracketed list after a category names its members (one item
  in brackets is an abbreviation); A和B（均）属于X: what a clause says belongs
  to a category is its part, and what it says does not (不属于) is none.
- A numbered heading naming a category alone (（三）X产业。), or a category and
  a colon (X产业：大力发展A、B): the lists directed after it are its parts.
- 推动A与B、C等X融合: A is the partner of the list, not a member of X.
- 发展X，重点突破A、B等技术: the techniques to break through are parts of X.
"""
from support.relations import of_type, run

TEC, IND = "Technology", "Industry"


def test_a_category_subject_with_a_modal_takes_the_list_as_its_parts():
    ents = {"冶金工业": IND, "炼铁": IND, "轧钢": IND, "铸造": IND, "食品工业": IND, "乳制品": IND, "饮料": IND,
            "调味品": IND}
    got = run("文件要求，冶金工业要推动炼铁、轧钢和铸造等行业节能改造；食品工业则聚焦乳制品、饮料和调味品。", ents)
    parts = {(h, t) for h, _, t in of_type(got, "partOf")}
    assert {("炼铁", "冶金工业"), ("轧钢", "冶金工业"), ("铸造", "冶金工业")} <= parts
    assert {("乳制品", "食品工业"), ("饮料", "食品工业"), ("调味品", "食品工业")} <= parts


def test_a_category_subject_applied_in_fields_takes_no_parts():
    got = run("文件要求，软件产业要在教育、医疗等领域加快推广。", {"软件产业": IND, "教育": IND, "医疗": IND})
    assert not of_type(got, "partOf")
    got = run("文件要求，平台经济要推动零售业、餐饮业数字化转型。", {"平台经济": IND, "零售业": IND, "餐饮业": IND})
    assert not of_type(got, "partOf")


def test_a_heading_naming_infrastructure_makes_the_section_items_its_parts():
    ents = {"数字基础设施": TEC, "千兆光网": TEC, "算力中心": TEC, "卫星互联网": TEC}
    got = run("加快构建数字基础设施。统筹推进算力中心和千兆光网建设，布局卫星互联网。", ents)
    assert {("千兆光网", "partOf", "数字基础设施"), ("算力中心", "partOf", "数字基础设施"),
            ("卫星互联网", "partOf", "数字基础设施")} <= got


def test_the_members_a_build_out_singles_out_after_a_comma():
    ents = {"数字基础设施": TEC, "千兆光网": TEC, "算力中心": TEC, "卫星互联网": TEC}
    got = run("会议要求加快数字基础设施建设，特别是千兆光网、算力中心和卫星互联网，支撑产业升级。", ents)
    assert {("千兆光网", "partOf", "数字基础设施"), ("算力中心", "partOf", "数字基础设施"),
            ("卫星互联网", "partOf", "数字基础设施")} <= got


def test_especially_after_a_clause_reporting_growth_is_a_new_remark():
    ents = {"人工智能产业": IND, "智能语音": IND, "计算机视觉": IND}
    got = run("人工智能产业快速增长，特别是智能语音和计算机视觉发展迅速。", ents)
    assert not of_type(got, "partOf")


def test_a_generic_class_of_techniques_after_a_list_names_no_category():
    ents = {"区块链": TEC, "物联网": TEC, "数字技术": TEC, "地源热泵": TEC, "余热回收": TEC, "节能技术": TEC}
    got = run("方案鼓励企业运用区块链、物联网等数字技术，推广地源热泵、余热回收等节能技术。", ents)
    assert not of_type(got, "partOf")
    # a class of techniques named after what they do is a category all the same
    ents = {"地源热泵": TEC, "余热回收": TEC, "供热技术": TEC}
    got = run("方案鼓励企业推广地源热泵、余热回收等供热技术。", ents)
    assert ("地源热泵", "partOf", "供热技术") in got


def test_an_item_pushed_towards_another_field_is_no_part_of_the_heading_category():
    ents = {"新材料产业": IND, "建材产业": IND, "碳纤维": IND, "气凝胶": IND, "功能材料": IND}
    got = run("（二）壮大新材料产业。推动建材产业向功能材料延伸，发展碳纤维和气凝胶。", ents)
    assert ("碳纤维", "partOf", "新材料产业") in got
    assert ("建材产业", "partOf", "新材料产业") not in got


def test_what_a_device_is_said_to_carry_is_its_part():
    ents = {"远征一号": TEC, "月面巡视车": TEC, "星载激光雷达": TEC}
    got = run("远征一号携带的月面巡视车随即离开着陆器，卫星搭载的星载激光雷达开机。", ents)
    assert ("月面巡视车", "partOf", "远征一号") in got


def test_a_bracketed_list_after_a_category_names_its_members():
    ents = {"数字基础设施": TEC, "千兆光网": TEC, "算力中心": TEC, "生成式人工智能": TEC, "AIGC": TEC}
    got = run("加快数字基础设施（千兆光网、算力中心等）建设，推动生成式人工智能（AIGC）发展。", ents)
    assert {("千兆光网", "partOf", "数字基础设施"), ("算力中心", "partOf", "数字基础设施")} <= got
    # one item in brackets is an abbreviation, not a part
    assert ("AIGC", "partOf", "生成式人工智能") not in got


def test_what_a_clause_says_belongs_to_a_category_is_its_part():
    ents = {"潮汐能": IND, "波浪能": IND, "海洋能源": IND}
    got = run("潮汐能和波浪能均属于海洋能源。", ents)
    assert {("潮汐能", "partOf", "海洋能源"), ("波浪能", "partOf", "海洋能源")} <= got


def test_what_a_clause_says_is_not_a_kind_of_a_category_is_no_part():
    ents = {"核聚变能": IND, "化石能源": IND, "清洁能源": IND}
    assert not of_type(run("核聚变能不属于化石能源。", ents), "partOf")
    assert ("核聚变能", "partOf", "清洁能源") in run("核聚变能属于清洁能源。", ents)


def test_a_numbered_heading_naming_a_category_alone_governs_its_section():
    ents = {"现代农机产业": IND, "智能拖拉机": IND, "植保装备": IND, "烘干装备": IND}
    got = run("（四）现代农机产业。重点发展智能拖拉机和植保装备，推进烘干装备升级换代。", ents)
    assert {("智能拖拉机", "partOf", "现代农机产业"), ("植保装备", "partOf", "现代农机产业")} <= got


def test_a_category_and_a_colon_then_a_directed_list():
    ents = {"海洋产业": IND, "海水养殖": IND, "海洋药物": IND, "船舶修造": IND}
    got = run("海洋产业：大力发展海水养殖、海洋药物和船舶修造。", ents)
    assert {("海水养殖", "partOf", "海洋产业"), ("海洋药物", "partOf", "海洋产业"),
            ("船舶修造", "partOf", "海洋产业")} <= got
    got = run("海洋产业：推动海水养殖向深远海延伸。", ents)
    assert not of_type(got, "partOf")


def test_the_partner_before_a_list_fused_with_it_is_no_member_of_its_class():
    ents = {"造纸": IND, "丝绸": IND, "陶瓷": IND, "传统产业": IND, "卫星导航": TEC, "物联网": TEC, "云计算": TEC,
            "新一代信息技术": TEC}
    got = run("推动造纸与丝绸、陶瓷等传统产业协同，促进卫星导航与物联网、云计算等新一代信息技术相互融合。", ents)
    parts = {(h, t) for h, _, t in of_type(got, "partOf")}
    assert {("丝绸", "传统产业"), ("陶瓷", "传统产业"), ("物联网", "新一代信息技术"), ("云计算", "新一代信息技术")} <= parts
    assert ("造纸", "传统产业") not in parts and ("卫星导航", "新一代信息技术") not in parts


def test_techniques_to_break_through_after_developing_a_field_are_its_parts():
    ents = {"先进计算": TEC, "存算一体": TEC, "光子计算": TEC, "类脑计算": TEC, "智能制造": TEC, "工业软件": TEC}
    got = run("纲要提出发展先进计算，重点突破存算一体、光子计算和类脑计算等技术；在智能制造领域发展工业软件等技术。", ents)
    assert {("存算一体", "partOf", "先进计算"), ("光子计算", "partOf", "先进计算"),
            ("类脑计算", "partOf", "先进计算")} <= got
    assert ("工业软件", "partOf", "智能制造") not in got
