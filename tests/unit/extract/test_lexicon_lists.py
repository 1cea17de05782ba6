"""The closed-class lexicons (institutions and places from public lists), on
sentences written for these tests: each list's rows are found, typed and
labelled, short forms that are also words stay untagged, and the loader
rejects malformed rows with one line naming the file and line."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from kg.errors import KgError
from kg.extract import extract_text
from kg.extract.lexicon import LEXICON_DIR, load_lexicon


def mentions(text: str) -> dict[tuple[str, str], str]:
    """(surface, type) -> canonical label, the pruner off (these tests pin the lexicon's reading)."""
    from kg.options import ExtractorOptions

    return {(m.text, m.type): m.label for m in extract_text(text, extractor=ExtractorOptions(prune=False)).mentions}


@pytest.mark.parametrize(
    "sentence, surface, etype, label",
    [
        # central SOEs (国资委 央企名录): short name, registered name and other short form, one entity
        ("中国海油与国家管网签署了长期合作协议。", "中国海油", "Institution", "中国海油"),
        ("中国海油与国家管网签署了长期合作协议。", "国家管网", "Institution", "国家管网"),
        ("中海油今年加大了深水勘探投入。", "中海油", "Institution", "中国海油"),
        ("中国海洋石油集团有限公司发布年度报告。", "中国海洋石油集团有限公司", "Institution", "中国海油"),
        ("中国星网和中国电科联合开展卫星互联网试验。", "中国星网", "Institution", "中国星网"),
        # 双一流 universities, 中国科学院 institutes, laboratories
        ("哈工大与北师大共同举办机器人竞赛。", "哈工大", "Institution", "哈尔滨工业大学"),
        ("哈工大与北师大共同举办机器人竞赛。", "北师大", "Institution", "北京师范大学"),
        ("中科院半导体所研制出新型激光器。", "中科院半导体所", "Institution", "中国科学院半导体研究所"),
        ("九峰山实验室发布了化合物半导体工艺平台。", "九峰山实验室", "Institution", "九峰山实验室"),
        # the 综合性国家科学中心 by name; the units under 中央网信办
        ("依托上海张江综合性国家科学中心建设大科学装置。", "上海张江综合性国家科学中心", "Institution", "上海张江综合性国家科学中心"),
        ("中国互联网络信息中心和国家互联网应急中心发布报告。", "中国互联网络信息中心", "Institution", "中国互联网络信息中心"),
        ("中国互联网络信息中心和国家互联网应急中心发布报告。", "国家互联网应急中心", "Institution", "国家计算机网络应急技术处理协调中心"),
        # 本科 universities beyond 双一流: a place before a listed university's name, a name the suffix rule splits
        ("杭州电子科技大学和桂林电子科技大学共建实验室。", "杭州电子科技大学", "Institution", "杭州电子科技大学"),
        ("杭州电子科技大学和桂林电子科技大学共建实验室。", "桂林电子科技大学", "Institution", "桂林电子科技大学"),
        ("上海对外经贸大学、四川轻化工大学发布报告。", "上海对外经贸大学", "Institution", "上海对外经贸大学"),
        ("上海对外经贸大学、四川轻化工大学发布报告。", "四川轻化工大学", "Institution", "四川轻化工大学"),
        ("由北华航天工业学院牵头开展研究。", "北华航天工业学院", "Institution", "北华航天工业学院"),
        # a 中国科学院 institute by the city-prefixed short form it uses itself
        ("长春光机所和青岛能源所联合研制空间相机。", "长春光机所", "Institution", "中国科学院长春光学精密机械与物理研究所"),
        ("长春光机所和青岛能源所联合研制空间相机。", "青岛能源所", "Institution", "中国科学院青岛生物能源与过程研究所"),
        ("IMT-2030（6G）推进组发布白皮书，成员单位持续增加。", "IMT-2030（6G）推进组", "Institution", "IMT-2030(6G)推进组"),
        # companies named without a legal-form suffix
        ("隆基绿能和金风科技入选新能源龙头企业。", "隆基绿能", "Institution", "隆基绿能"),
        ("隆基绿能和金风科技入选新能源龙头企业。", "金风科技", "Institution", "金风科技"),
        ("传音控股在非洲市场销量领先。", "传音控股", "Institution", "传音控股"),
        # banks, insurers and groups of the 中国企业500强 by the short names they use
        ("工商银行和建行联合发布报告。", "工商银行", "Institution", "中国工商银行"),
        ("工商银行和建行联合发布报告。", "建行", "Institution", "中国建设银行"),
        ("中国平安与紫金矿业签署合作协议。", "中国平安", "Institution", "中国平安"),
        ("中国平安与紫金矿业签署合作协议。", "紫金矿业", "Institution", "紫金矿业"),
        ("杭州电子科技大学与浙江吉利控股集团共建研究院。", "浙江吉利控股集团", "Institution", "吉利汽车"),
        # chip makers and model makers of the public rankings and filings
        ("摩尔线程和沐曦发布新一代GPU。", "沐曦", "Institution", "沐曦"),
        ("深度求索和阶跃星辰发布新模型。", "深度求索", "Institution", "深度求索"),
        # districts and county-level cities, 国家级新区
        ("海淀区和浦口区都在建设人工智能产业园。", "海淀区", "Region", "海淀区"),
        ("海淀区和浦口区都在建设人工智能产业园。", "浦口区", "Region", "浦口区"),
        ("新能源汽车工厂落户上海闵行。", "闵行", "Region", "闵行区"),
        ("昆山的电子信息企业数量持续增长。", "昆山", "Region", "昆山市"),
        ("贵安新区建设数据中心集群。", "贵安新区", "Region", "贵安新区"),
        # ministry departments (institution_department.tsv): with the ministry's short name, or bare when unique
        ("工信部装备工业一司召开人形机器人产业座谈会。", "工信部装备工业一司", "Institution", "工业和信息化部装备工业一司"),
        ("原材料工业司发布了新材料产业发展指南。", "原材料工业司", "Institution", "工业和信息化部原材料工业司"),
        ("国家发展和改革委员会创新和高技术发展司印发通知。", "国家发展和改革委员会创新和高技术发展司", "Institution",
         "国家发展和改革委员会创新和高技术发展司"),
        # sector names of the statistical classifications and State Council titles (industry_class.tsv)
        ("完善服务体系，发展通用航空和多式联运。", "通用航空", "Industry", "通用航空"),
        ("完善服务体系，发展通用航空和多式联运。", "多式联运", "Industry", "多式联运"),
        ("加快原材料工业和消费品工业转型，发展林下经济。", "原材料工业", "Industry", "原材料工业"),
        ("加快原材料工业和消费品工业转型，发展林下经济。", "林下经济", "Industry", "林下经济"),
        ("培育生活性服务业和专利密集型产业。", "生活性服务业", "Industry", "生活性服务业"),
        ("发展文化及相关产业。", "文化及相关产业", "Industry", "文化及相关产业"),
        # counties, banners, 林区 and 特区 (region_county.tsv)
        ("浙江安吉的白茶产业和德清的地理信息产业都在快速发展。", "安吉", "Region", "安吉县"),
        ("浙江安吉的白茶产业和德清的地理信息产业都在快速发展。", "德清", "Region", "德清县"),
        ("井陉县、正定县共建新能源产业园。", "正定县", "Region", "正定县"),
        ("神农架林区和六枝特区加快发展生态旅游。", "神农架林区", "Region", "神农架林区"),
        ("湖州吴兴区和温州鹿城区发展数字经济。", "吴兴区", "Region", "吴兴区"),
        ("湖州吴兴区和温州鹿城区发展数字经济。", "鹿城区", "Region", "鹿城区"),
        ("神农架林区和六枝特区加快发展生态旅游。", "六枝特区", "Region", "六枝特区"),
        ("内蒙古鄂托克前旗和伊金霍洛旗建设光伏基地。", "鄂托克前旗", "Region", "鄂托克前旗"),
        ("内蒙古鄂托克前旗和伊金霍洛旗建设光伏基地。", "伊金霍洛旗", "Region", "伊金霍洛旗"),
        # economic zones and belts of the State Council's regional plans
        ("支持鄱阳湖生态经济区和珠江-西江经济带发展。", "鄱阳湖生态经济区", "Region", "鄱阳湖生态经济区"),
        ("支持鄱阳湖生态经济区和珠江-西江经济带发展。", "珠江-西江经济带", "Region", "珠江-西江经济带"),
        # the 强国 of the 20th Party Congress report are named strategies (Policy)
        ("新材料为航天强国和制造强国提供支撑。", "航天强国", "Policy", "航天强国"),
        ("新材料为航天强国和制造强国提供支撑。", "制造强国", "Policy", "制造强国战略"),
        # the named silk-road initiatives and the provincial strategies 数字中国 grew from
        ("共建绿色丝绸之路和冰上丝绸之路，发展丝路电商。", "冰上丝绸之路", "Policy", "冰上丝绸之路"),
        ("共建绿色丝绸之路和冰上丝绸之路，发展丝路电商。", "丝路电商", "Policy", "丝路电商"),
        ("数字浙江建设推动了浙江数字经济发展。", "数字浙江", "Policy", "数字浙江"),
        # 世界互联网大会 is an organisation, its 乌镇峰会 the event; space agencies; national fairs and games
        ("世界互联网大会乌镇峰会开幕，世界互联网大会发布报告。", "世界互联网大会乌镇峰会", "Event", "世界互联网大会乌镇峰会"),
        ("世界互联网大会乌镇峰会开幕，世界互联网大会发布报告。", "世界互联网大会", "Institution", "世界互联网大会"),
        ("欧洲航天局和NASA开展合作。", "欧洲航天局", "Institution", "欧洲航天局"),
        ("欧洲航天局和NASA开展合作。", "NASA", "Institution", "美国国家航空航天局"),
        ("冬奥会场馆和广交会展馆使用氢能。", "冬奥会", "Event", "冬季奥林匹克运动会"),
        ("冬奥会场馆和广交会展馆使用氢能。", "广交会", "Event", "中国进出口商品交易会"),
        ("冬残奥会和残奥会的场馆使用氢能。", "冬残奥会", "Event", "冬季残疾人奥林匹克运动会"),
        # national fairs by the short names they use; summits written with a dash or quotation marks
        ("智博会、东博会、投洽会相继开幕。", "东博会", "Event", "中国—东盟博览会"),
        ("智博会、东博会、投洽会相继开幕。", "投洽会", "Event", "中国国际投资贸易洽谈会"),
        ("中国—中亚峰会在西安举行。", "中国—中亚峰会", "Event", "中国—中亚峰会"),
        ("“一带一路”国际合作高峰论坛在北京举行。", "“一带一路”国际合作高峰论坛", "Event", "“一带一路”国际合作高峰论坛"),
        ("冬残奥会和残奥会的场馆使用氢能。", "残奥会", "Event", "残疾人奥林匹克运动会"),
        # technologies named in national plans and notices (technology.tsv)
        ("推广车网互动和双向充放电，完善充电基础设施。", "车网互动", "Technology", "车网互动"),
        ("推广车网互动和双向充放电，完善充电基础设施。", "充电基础设施", "Technology", "充电基础设施"),
        ("燃料电池汽车和纯电动汽车销量增长。", "燃料电池汽车", "Technology", "燃料电池汽车"),
        ("研究智能超表面，推进通信感知一体化。", "通信感知一体化", "Technology", "通感一体化"),
        # the written variants of CCUS (及 for 与, the 、 of the full phrase)
        ("发展零碳负碳（碳捕集利用及封存）等技术。", "碳捕集利用及封存", "Technology", "碳捕集利用与封存"),
        ("开展碳捕集、利用与封存示范。", "碳捕集、利用与封存", "Technology", "碳捕集利用与封存"),
        # news sites of the 互联网新闻信息稿源单位名单
        ("据第一财经报道，封面新闻也作了报道。", "第一财经", "Institution", "第一财经"),
        # named science cities and innovation districts
        ("武汉光谷和北京亦庄聚集了大量光电企业。", "光谷", "Region", "中国光谷"),
        ("武汉光谷和北京亦庄聚集了大量光电企业。", "亦庄", "Region", "亦庄"),
        ("西部（成都）科学城建设加快。", "西部（成都）科学城", "Region", "西部(成都)科学城"),
        # named innovation corridors of the regional plans: the corridor, not the district inside its name
        ("推进G60科创走廊和广深港澳科技创新走廊建设。", "G60科创走廊", "Region", "长三角G60科创走廊"),
        ("推进G60科创走廊和广深港澳科技创新走廊建设。", "广深港澳科技创新走廊", "Region", "广深港澳科技创新走廊"),
        ("青岛海洋科学与技术试点国家实验室发布成果。", "青岛海洋科学与技术试点国家实验室", "Institution", "崂山实验室"),
        # the county-level city of the space launch site by its short name
        ("火箭在海南文昌发射升空，文昌的航天产业加快集聚。", "文昌", "Region", "文昌市"),
        # groupings of provinces by their abbreviations, the energy regions of Inner Mongolia, 亚太
        ("上海研发、苏浙皖制造，川渝两地和黑吉辽加强合作。", "苏浙皖", "Region", "苏浙皖"),
        ("上海研发、苏浙皖制造，川渝两地和黑吉辽加强合作。", "川渝", "Region", "川渝"),
        ("上海研发、苏浙皖制造，川渝两地和黑吉辽加强合作。", "黑吉辽", "Region", "黑吉辽"),
        ("推进蒙东、晋陕蒙能源基地建设，加强与亚太国家合作。", "蒙东", "Region", "蒙东"),
        ("推进蒙东、晋陕蒙能源基地建设，加强与亚太国家合作。", "晋陕蒙", "Region", "晋陕蒙"),
        ("推进蒙东、晋陕蒙能源基地建设，加强与亚太国家合作。", "亚太", "Region", "亚太地区"),
        # supranational economic regions are Regions; their bodies stay Institutions
        ("中国、巴西、欧盟等国家和地区参加了会议，企业面向东盟市场拓展出口。", "欧盟", "Region", "欧盟"),
        ("中国、巴西、欧盟等国家和地区参加了会议，企业面向东盟市场拓展出口。", "东盟", "Region", "东盟"),
        ("欧盟委员会和东南亚国家联盟秘书处发布报告。", "欧盟委员会", "Institution", "欧盟委员会"),
        # foreign states and cities
        ("加州的科技公司在巴伐利亚州设立研发中心。", "加州", "Region", "加利福尼亚州"),
        ("加州的科技公司在巴伐利亚州设立研发中心。", "巴伐利亚州", "Region", "巴伐利亚州"),
        ("这家电池企业在斯图加特和埃因霍温设有工厂。", "埃因霍温", "Region", "埃因霍温"),
        # national associations and societies by their own short names
        ("据中汽协统计，新能源汽车销量持续增长。", "中汽协", "Institution", "中国汽车工业协会"),
        ("中电联发布了电力供需分析报告。", "中电联", "Institution", "中国电力企业联合会"),
        # persons named without a title: Political Bureau members, G20 leaders
        ("陈吉宁在调研时强调要加快科技成果转化。", "陈吉宁", "Person", "陈吉宁"),
        ("拉马福萨和梅洛尼出席了开幕式。", "梅洛尼", "Person", "梅洛尼"),
        # heads of the State Council's ministries and of the national bodies policy text names
        ("阴和俊出席会议并讲话。", "阴和俊", "Person", "阴和俊"),  # 和 inside the name
        ("刘烈宏和庄荣文出席论坛。", "刘烈宏", "Person", "刘烈宏"),
        ("乔治娅·梅洛尼出席了开幕式。", "乔治娅·梅洛尼", "Person", "梅洛尼"),
        # 洪 is a surname of the 百家姓: a name after a title keeps it
        ("院长洪卫东表示，将加快成果转化。", "洪卫东", "Person", "洪卫东"),
    ],
)
def test_list_rows_are_found_typed_and_labelled(sentence, surface, etype, label):
    got = mentions(sentence)
    assert (surface, etype) in got, sorted(got)
    assert got[(surface, etype)] == label


def test_the_双碳_goals_are_no_policy():
    got = mentions("“双碳”目标下，新能源技术加快突破。")  # the goals (碳达峰、碳中和), no document or strategy
    assert not any(text == "双碳" for text, _ in got), sorted(got)


def test_a_place_named_university_is_not_read_before_大学生_or_大学城():
    got = mentions("广州大学城和成都大学生创新创业大赛吸引了众多企业。")  # 广州大学, 成都大学 are not listed
    assert not any(t == "Institution" for _, t in got), sorted(got)
    assert ("广州", "Region") in got and ("成都", "Region") in got


def test_a_district_written_after_its_city_is_two_regions():
    got = mentions("企业在苏州吴江区和北京昌平新建了两座工厂。")
    for surface in ("苏州", "吴江区", "北京", "昌平"):
        assert (surface, "Region") in got, sorted(got)
    assert not any(t == "苏州吴江区" for t, _ in got)


def test_an_economic_zone_written_with_its_province_is_two_regions():
    got = mentions("推进广西北部湾经济区建设。")
    assert ("广西", "Region") in got and ("北部湾经济区", "Region") in got, sorted(got)


def test_a_laboratory_after_its_province_and_city_is_not_one_name():
    got = mentions("江苏南京紫金山实验室发布了新一代通信成果。")
    assert ("紫金山实验室", "Institution") in got
    assert ("江苏", "Region") in got and ("南京", "Region") in got


@pytest.mark.parametrize(
    "sentence, word",
    [
        ("要大兴调查研究之风，把情况摸清楚。", "大兴"),  # 大兴区 is listed, 大兴 is a verb
        ("发展朝阳产业，改造提升传统产业。", "朝阳"),  # 朝阳区 is listed, 朝阳 is "rising"
        ("这里是有名的长寿之乡。", "长寿"),  # 长寿区 is listed
        ("绿水青山就是金山银山。", "金山"),  # 金山区 is listed
        ("抓住数字化浪潮带来的机遇。", "浪潮"),  # only 浪潮集团 is listed
        ("北大荒的粮食产量再创新高。", "北大"),  # 北大 is 北京大学, 北大荒 is not
        ("他在同济医院接受治疗。", "同济"),  # 同济大学 has no short form: 同济医院 is another body
        ("画面上打了马赛克。", "马赛"),  # 马赛 is left out: 马赛克
        ("在这里加强管理，提升服务水平。", "里加"),  # 里加 is left out: 这里加强
        ("果农把苹果运到城里出售。", "苹果"),  # only 苹果公司 is listed
        ("列车在原野上奔驰。", "奔驰"),  # only 奔驰汽车 / 梅赛德斯-奔驰
        ("数字化新浪潮席卷全球。", "新浪"),  # only 新浪集团: 新浪潮
        ("这是一个吉利的数字。", "吉利"),  # only 吉利汽车 / 吉利控股集团
    ],
)
def test_a_short_form_that_is_a_word_is_not_tagged(sentence, word):
    got = mentions(sentence)
    # (a sector category holding the word, 朝阳产业, is no reading of the place or the firm)
    assert not any(text == word or (word in text and etype in ("Region", "Institution")) for text, etype in got), sorted(got)


@pytest.mark.parametrize(
    "sentence, kept",
    [
        ("推广汽车和家电，带动消费增长。", ("汽车", "Industry")),  # 广汽 is listed only as 广汽集团
        ("其中物联网产业增长较快。", ("物联网产业", "Industry")),  # no 中物联
        ("中国网上零售额持续增长。", ("中国", "Region")),  # no 中国网
        ("最佳能源结构需要统筹谋划。", ("能源", "Industry")),  # 佳能 only as 佳能公司
        ("推进中国银行业数字化转型。", ("中国", "Region")),  # no bare 中国银行: 中国|银行业
        ("建设西部数据中心集群。", ("数据中心", "Technology")),  # 西部数据 only as 西部数据公司
    ],
)
def test_a_short_form_does_not_hide_the_word_after_it(sentence, kept):
    got = mentions(sentence)
    assert kept in got, sorted(got)


@pytest.mark.parametrize(
    "sentence",
    [
        "推动城市和县域经济协调发展，建设一批示范县。",  # 和县, 范县: one-character names left out
        "进口原油突破2亿吨大关，惠民政策落地见效。",  # 大关县, 惠民县 only in their full form
        "发展健康保险，推广新能源。",  # 康保县 has no short form: 健康|保险
        "庐山和武夷山的游客数量持续增长。",  # the mountains, not 庐山市 / 武夷山市
        "深化合作市场开放，比如县级医院和东方市场。",  # 合作市, 比如县, 东方市 are not listed: common words
        "保护额尔古纳河和祁连山的生态。",  # 额尔古纳市, 祁连县 only in full: the river, the mountains
        "目前海外订单和面临港口拥堵的企业。",  # no 前海 (目前|海外), no 临港 (面临|港口)
    ],
)
def test_a_county_is_not_read_from_ordinary_words(sentence):
    got = mentions(sentence)
    assert not any(t == "Region" for _, t in got), sorted(got)


@pytest.mark.parametrize(
    "sentence, word",
    [
        ("规划司负责编制五年规划。", "规划司"),  # several ministries have one: only with its ministry
        ("加强数字经济司法保障。", "数字经济司"),  # 国家数据局数字经济司 only in full: 数字经济|司法
    ],
)
def test_a_shared_or_phrase_like_department_name_is_not_listed_bare(sentence, word):
    got = mentions(sentence)
    assert not any(text == word for text, _ in got), sorted(got)


def test_a_district_whose_name_is_a_word_or_a_city_is_not_read_before_区域():
    got = mentions("加强古城区域保护，做好新建区域和淮安区域规划。")  # 古城区, 新建区, 淮安区 are not listed
    assert not any(text.endswith("区") for text, _ in got), sorted(got)
    assert ("淮安", "Region") in got


def test_a_district_name_is_not_read_across_two_words():
    got = mentions("县级以上城区的人口，其中山区面积较大。")
    assert not any(t == "Region" for _, t in got), sorted(got)


def _write(tmp_path: Path, name: str, text: str) -> Path:
    (tmp_path / name).write_text(text, encoding="utf-8")
    for required in ("not_entities.txt", "surnames.txt", "person_titles.txt"):
        (tmp_path / required).touch()
    return tmp_path


@pytest.mark.parametrize(
    "row, message",
    [
        ("昆山市\n", r"^region_x\.tsv:2: expected 'term<TAB>type\[<TAB>label<TAB>aliases\]'$"),
        ("昆山市\tCity\t\t昆山\n", r"^region_x\.tsv:2: unknown entity type 'City' \(known: .*\)$"),
        ("昆山市\tRegion\t\t昆山\textra\n", r"^region_x\.tsv:2: expected 'term<TAB>type"),
        ("\tRegion\n", r"^region_x\.tsv:2: expected 'term<TAB>type"),
    ],
)
def test_a_malformed_row_is_rejected_with_one_line(tmp_path, row, message):
    lex_dir = _write(tmp_path, "region_x.tsv", "# term\ttype\tlabel\taliases\n" + row)
    with pytest.raises(KgError) as err:
        load_lexicon(str(lex_dir))
    text = str(err.value)
    assert "\n" not in text
    assert re.search(message, text), text


def test_a_short_form_naming_two_places_is_rejected(tmp_path):
    lex_dir = _write(tmp_path, "region_x.tsv", "鼓楼区\tRegion\t\t鼓楼\n西城区\tRegion\t\t鼓楼\n")
    with pytest.raises(KgError, match=r"^region_x\.tsv:2: '鼓楼' is already Region '鼓楼区'"):
        load_lexicon(str(lex_dir))


CLOSED_CLASS = ["institution_soe.tsv", "institution_department.tsv", "institution_academic.tsv", "institution_company.tsv", "institution_association.tsv", "institution_former.tsv",
                "region_district.tsv", "region_county.tsv", "region_foreign.tsv"]


@pytest.mark.parametrize("name", CLOSED_CLASS)
def test_each_closed_class_list_names_its_source(name):
    head = "\n".join(line for line in (LEXICON_DIR / name).read_text(encoding="utf-8").splitlines()[:6]
                     if line.startswith("#"))
    assert "source:" in head
    readme = (LEXICON_DIR / "README.md").read_text(encoding="utf-8")
    assert f"| `{name}` |" in readme


@pytest.mark.parametrize("name", CLOSED_CLASS)
def test_each_closed_class_list_holds_one_type(name):
    expected = "Institution" if name.startswith("institution") else "Region"
    types = {line.split("\t")[1] for line in (LEXICON_DIR / name).read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")}
    assert types == {expected}
