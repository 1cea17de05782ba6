"""News and speech reports, session 21: leaders at meetings (a report delivered
at a session named in the clause before, the chair of a study session who
stresses, a second leader's closing speech, a speech or report 在会上 / 在开幕式上),
a symposium named by two fields joined by 和, a company officer's name between
the title and a speech cue, a transliterated name whose last part jieba splits,
and 联合创始人 as a title (ontology/patterns/relations.json, entities.json,
news.json; kg/extract/persons.py).  Every sentence is made up for this test,
none taken from an annotated passage."""
from __future__ import annotations

from support.relations import of_type, run

from kg.extract import extract_text

PER, EVT, INS, POL, REG, TEC, IND = "Person", "Event", "Institution", "Policy", "Region", "Technology", "Industry"


def typed(text: str, etype: str) -> set[str]:
    return {m.text for m in extract_text(text).mentions if m.type == etype}


def relations(text: str) -> set[tuple[str, str, str]]:
    return {(r.head_text, r.type, r.tail_text) for r in extract_text(text).relations}


# --- leaders at meetings


def test_a_report_delivered_after_the_session_opens_is_given_at_it_on_the_government_s_behalf():
    text = "2031年1月15日，青川省十六届人大二次会议在青川开幕，周明远省长代表青川省人民政府作工作报告。"
    got = run(text, {"青川省十六届人大二次会议": EVT, "青川": REG, "周明远": PER, "青川省人民政府": INS})
    assert ("周明远", "spokeAt", "青川省十六届人大二次会议") in got, got
    assert ("周明远", "affiliatedWith", "青川省人民政府") in got, got


def test_a_report_at_the_opening_meeting_of_a_session_is_given_at_the_session():
    text = "在十六届全国人大三次会议的开幕会上，周明远总理作了工作报告，总结了过去五年的成绩。"
    got = of_type(run(text, {"十六届全国人大三次会议": EVT, "周明远": PER}), "spokeAt")
    assert got == {("周明远", "spokeAt", "十六届全国人大三次会议")}, got


def test_a_report_on_behalf_of_a_party_body_makes_no_affiliation():
    # only a government's head delivering its report belongs to the body he represents
    text = "十六届全国人大三次会议在北京开幕，周明远代表青川市委作工作报告。"
    got = of_type(run(text, {"十六届全国人大三次会议": EVT, "北京": REG, "周明远": PER, "青川市委": INS}),
                  "affiliatedWith")
    assert got == set(), got


def test_the_chair_of_a_study_session_who_stresses_speaks_at_it_and_sets_its_priorities():
    text = ("中共中央政治局第四十次集体学习于2031年5月8日举行。主持学习的赵立群同志作重要讲话并强调，"
            "要加快量子计算在金融领域的应用。")
    got = run(text, {"中共中央政治局第四十次集体学习": EVT, "赵立群": PER, "量子计算": TEC, "金融": IND})
    assert ("赵立群", "spokeAt", "中共中央政治局第四十次集体学习") in got, got
    assert ("中共中央政治局第四十次集体学习", "prioritizes", "量子计算") in got, got


def test_a_second_leader_s_closing_speech_is_given_at_the_same_meeting():
    text = "2031年冬，中央农村工作会议在北京召开，赵立群发表重要讲话，周明远作总结讲话并部署明年工作。"
    got = of_type(run(text, {"中央农村工作会议": EVT, "北京": REG, "赵立群": PER, "周明远": PER}), "spokeAt")
    assert ("周明远", "spokeAt", "中央农村工作会议") in got, got


def test_a_leader_who_analyses_at_the_meeting_speaks_at_it():
    text = "2031年中央农村工作会议于12月19日至20日举行，赵立群在会上分析当前形势并部署明年工作。"
    got = of_type(run(text, {"中央农村工作会议": EVT, "赵立群": PER}), "spokeAt")
    assert got == {("赵立群", "spokeAt", "中央农村工作会议")}, got


def test_a_keynote_report_at_the_opening_ceremony_is_given_at_the_event():
    text = "青川氢能大会5月在青川开幕，中国工程院院士周明远在开幕式上作主旨讲话。"
    got = of_type(run(text, {"青川氢能大会": EVT, "青川": REG, "中国工程院": INS, "周明远": PER}), "spokeAt")
    assert got == {("周明远", "spokeAt", "青川氢能大会")}, got


def test_a_co_founder_belongs_to_the_company_before_the_title():
    text = "论坛期间，Zentrix联合创始人埃里克·莫森通过视频参与对话。"
    got = of_type(run(text, {"Zentrix": INS, "埃里克·莫森": PER}), "affiliatedWith")
    assert got == {("埃里克·莫森", "affiliatedWith", "Zentrix")}, got


# --- a symposium named by two fields


def test_a_convened_work_symposium_keeps_both_fields_of_its_name():
    text = "赵立群在青川主持召开海洋和渔业工作座谈会并作重要讲话。"
    assert "海洋和渔业工作座谈会" in typed(text, EVT)


# --- names


def test_a_japanese_officer_name_between_the_title_and_the_speech_cue_is_a_person():
    got = typed("芯片企业Korvex社长高桥英二表示，公司将扩大产能。", PER)
    assert "高桥英二" in got, got


def test_a_short_transliterated_officer_name_before_zai_is_a_person():
    got = typed("比亚迪首席执行官舒里在签约仪式上表示，双方将加强合作。", PER)
    assert "舒里" in got, got


def test_an_officer_title_with_no_name_after_it_gives_no_person():
    got = typed("比亚迪董事长在会上表示，公司将扩大投入。", PER)
    assert got == set(), got


def test_a_dotted_name_whose_last_part_jieba_splits_stays_whole():
    got = typed("公司首席执行官卡洛·贝纳代伊表示，新软件年内上线。", PER)
    assert "卡洛·贝纳代伊" in got, got


# --- where a company is


def test_a_company_described_after_its_headquarters_is_located_there_not_its_investor():
    text = "青川集团将向总部位于西雅图的机器人初创企业Zentrix追加投资。"
    got = of_type(run(text, {"青川集团": INS, "西雅图": REG, "机器人": TEC, "Zentrix": INS}), "locatedIn")
    assert got == {("Zentrix", "locatedIn", "西雅图")}, got


def test_a_company_described_with_its_country_after_its_headquarters_is_located_in_the_city():
    text = "总部位于大阪的日本机器人企业Korvex今年启动新产线。"
    got = of_type(run(text, {"大阪": REG, "日本": REG, "Korvex": INS}), "locatedIn")
    assert ("Korvex", "locatedIn", "大阪") in got, got


def test_the_owner_of_a_plant_in_a_place_is_not_located_there():
    text = "设备运抵青川集团位于美国俄勒冈州波特兰的研发工厂。"
    got = of_type(run(text, {"青川集团": INS, "美国": REG, "俄勒冈州": REG, "波特兰": REG}), "locatedIn")
    assert got == set(), got


def test_a_company_of_capitals_and_a_number_after_its_class_is_an_institution():
    got = typed("青川集团宣布向人工智能公司QX7投资10亿美元。", INS)
    assert "QX7" in got, got


def test_a_chip_model_after_a_company_is_no_institution():
    got = typed("英伟达公司H200芯片供不应求。", INS)
    assert "H200" not in got, got


# --- foreign places after a division


def test_a_city_with_its_suffix_after_a_japanese_prefecture_is_a_region():
    got = typed("公司在岐阜县长良市新建工厂。", REG)
    assert {"岐阜县", "长良市"} <= got, got


def test_a_transliterated_town_after_a_us_state_is_a_region():
    got = typed("该公司第二座数据中心在得克萨斯州阿马里洛开工。", REG)
    assert {"得克萨斯州", "阿马里洛"} <= got, got


def test_a_korean_province_and_its_city_are_two_regions():
    got = typed("公司在庆尚北道龟尾新建电池工厂。", REG)
    assert {"庆尚北道", "龟尾"} <= got, got


def test_a_region_word_after_a_us_state_is_no_place():
    got = typed("加州地区的市场需求旺盛，加州各市也在跟进。", REG)
    assert got == {"加州"}, got


# --- a speech carried over a policy its verb takes


def test_a_leader_s_next_sentence_carries_the_meeting_over_a_policy_taken_as_object():
    text = ("赵立群在青川主持召开海洋和渔业工作座谈会并作重要讲话。他指出，要在深海养殖、海洋牧场等领域加快突破，"
            "加快建设海洋强国。")
    got = of_type(run(text, {"赵立群": PER, "青川": REG, "海洋和渔业工作座谈会": EVT, "深海养殖": IND, "海洋牧场": IND,
                             "海洋强国": POL}), "prioritizes")
    assert ("海洋和渔业工作座谈会", "prioritizes", "深海养殖") in got, got


def test_a_policy_opening_the_next_sentence_ends_the_carry():
    text = "赵立群在青川主持召开海洋和渔业工作座谈会并作重要讲话。同时，《青川海洋规划》要求发展海洋牧场。"
    got = of_type(run(text, {"赵立群": PER, "青川": REG, "海洋和渔业工作座谈会": EVT, "海洋牧场": IND,
                             "《青川海洋规划》": POL}), "prioritizes")
    assert ("海洋和渔业工作座谈会", "prioritizes", "海洋牧场") not in got, got


# --- an edition named by its brand and year; a platform something runs on


def test_a_brand_edition_held_somewhere_is_an_event_its_speaker_spoke_at():
    text = "腾讯创始人马化腾在深圳举行的腾讯全球2030上发布新一代大模型。"
    assert "腾讯全球2030" in typed(text, EVT)
    assert ("马化腾", "spokeAt", "腾讯全球2030") in relations(text)


def test_a_latin_platform_an_application_runs_on_is_a_technology():
    assert "Zorix" in typed("按照协议，青川公司将在Zorix上运行其全部大模型服务。", TEC)


def test_an_officer_of_a_company_named_again_in_a_later_sentence_is_a_person():
    text = "日本机器人企业Korvex今年启动新产线。Korvex社长高桥英二表示，公司将扩大产能。"
    assert "高桥英二" in typed(text, PER)


# --- a speech at the opening forum or a ceremony of the event just named


def test_a_remark_at_the_opening_forum_is_made_at_the_fair_just_named():
    text = "2030青川消费电子博览会在青川开幕。某集团董事长周明远在开幕论坛上指出，人工智能将深度改变家电行业。"
    got = of_type(run(text, {"2030青川消费电子博览会": EVT, "青川": REG, "周明远": PER, "人工智能": TEC}), "spokeAt")
    assert got == {("周明远", "spokeAt", "2030青川消费电子博览会")}, got


def test_an_address_at_a_pavilion_s_opening_ceremony_is_made_at_the_expo():
    text = "2030年青川世博会在青川开幕。青川贸促会会长周明远在青川馆开馆仪式上致辞时说，展馆将展示航天成果。"
    got = of_type(run(text, {"2030年青川世博会": EVT, "青川": REG, "青川贸促会": INS, "周明远": PER}),
                  "spokeAt")
    assert got == {("周明远", "spokeAt", "2030年青川世博会")}, got


def test_a_remark_at_a_ceremony_with_no_event_named_is_made_at_none():
    text = "比亚迪董事长周明远在下线仪式上表示，电池将量产。"
    got = of_type(run(text, {"比亚迪": INS, "周明远": PER}), "spokeAt")
    assert got == set(), got


# --- closing speeches, a speech's deployments, events held jointly


def test_the_closing_speech_is_given_at_the_meeting_just_named_by_the_closest_person():
    text = "青川工作会议12月在青川举行。赵立群、钱明出席会议，周明远作总结讲话。"
    got = of_type(run(text, {"青川工作会议": EVT, "青川": REG, "赵立群": PER, "钱明": PER, "周明远": PER}), "spokeAt")
    assert got == {("周明远", "spokeAt", "青川工作会议")}, got


def test_a_deployment_made_in_a_speech_is_made_at_the_meeting_just_named():
    text = "青川工作会议12月在青川举行。周明远在讲话中对明年工作作出具体部署。"
    got = of_type(run(text, {"青川工作会议": EVT, "青川": REG, "周明远": PER}), "spokeAt")
    assert got == {("周明远", "spokeAt", "青川工作会议")}, got


def test_an_address_to_events_held_jointly_is_given_at_each():
    text = "青川科技大会、青川科学技术奖励大会在青川召开。赵立群出席大会并发表重要讲话。"
    got = of_type(run(text, {"青川科技大会": EVT, "青川科学技术奖励大会": EVT, "青川": REG, "赵立群": PER}), "spokeAt")
    assert got == {("赵立群", "spokeAt", "青川科技大会"), ("赵立群", "spokeAt", "青川科学技术奖励大会")}, got


# --- a foreign ministry after its country; a conference named with a slash


def test_a_foreign_ministry_after_its_country_is_one_institution():
    got = typed("葡萄牙经济和海洋部部长若昂·席尔瓦出席签约仪式。", INS)
    assert "葡萄牙经济和海洋部" in got, got


def test_a_japanese_ministry_ends_with_sheng():
    got = typed("日本农林水产省为项目提供了补贴。", INS)
    assert "日本农林水产省" in got, got


def test_a_headquarters_after_a_foreign_place_is_no_ministry():
    got = typed("苹果在美国加州库比蒂诺总部发布新芯片。", INS)
    assert not any(g.endswith("总部") for g in got), got


def test_a_conference_named_with_a_slashed_abbreviation_keeps_its_brand():
    got = typed("谷歌在加利福尼亚州举行的2030年谷歌X/Y开发者大会上推出新模型。", EVT)
    assert "谷歌X/Y开发者大会" in got, got


# --- a Latin company named again; joining its board; a Japanese company's president


def test_a_latin_company_named_again_is_the_same_institution_and_a_board_joiner_belongs_to_it():
    text = "青川集团宣布向人工智能公司QX7投资10亿美元，青川集团总裁张伟将加入QX7董事会。"
    got = relations(text)
    assert ("张伟", "affiliatedWith", "QX7") in got, got


def test_a_president_titled_shachou_after_a_latin_company_named_again_belongs_to_it():
    text = "日本芯片企业Korvex今年启动新产线。Korvex社长高桥英二表示，公司将扩大产能。"
    assert ("高桥英二", "affiliatedWith", "Korvex") in relations(text)


def test_a_person_who_did_not_join_the_board_is_not_affiliated():
    text = "青川集团宣布向人工智能公司QX7投资10亿美元，张伟未加入QX7董事会。"
    assert ("张伟", "affiliatedWith", "QX7") not in relations(text)


def test_a_company_officer_written_with_gongsi_belongs_to_the_company_the_paragraph_is_about():
    text = ("青川机器人公司Zentrix宣布，其人形机器人在宝马集团的工厂完成试点。"
            "公司创始人周明远表示，机器人将加速进入产线。")
    got = of_type(run(text, {"Zentrix": INS, "宝马集团": INS, "周明远": PER, "人形机器人": TEC}), "affiliatedWith")
    assert got == {("周明远", "affiliatedWith", "Zentrix")}, got


def test_a_business_group_abbreviation_before_an_officer_title_is_no_company():
    got = typed("青川集团副总裁、终端BG总裁周明远在主题演讲中宣布，新系统正式开放。", INS)
    assert "BG" not in got, got


# --- partners of a joint venture


def test_an_unknown_partner_listed_with_known_companies_in_a_joint_venture_is_a_company():
    got = typed("消息称，华为、小米和青禾云将合资建设新的数据中心。", INS)
    assert "青禾云" in got, got


def test_a_list_of_people_in_a_joint_project_gives_no_company():
    got = typed("张伟、李明和王强将联合开发新系统。", INS)
    assert got == set(), got


def test_a_person_speaking_during_the_summit_an_anaphor_names_speaks_at_it():
    text = "2030年青川人工智能全球峰会在日内瓦开幕。峰会期间，Zentrix联合创始人埃里克·莫森以视频连线方式参与对话。"
    got = of_type(run(text, {"2030年青川人工智能全球峰会": EVT, "日内瓦": REG, "Zentrix": INS, "埃里克·莫森": PER}),
                  "spokeAt")
    assert got == {("埃里克·莫森", "spokeAt", "2030年青川人工智能全球峰会")}, got
