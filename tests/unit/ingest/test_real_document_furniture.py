"""What web copies of real policy documents carry besides their text: the
page's buttons, section numbers typed with a space, and the 落款 of a notice
that carries a plan.  Every text here is made up."""
from __future__ import annotations

from pathlib import Path

from kg.ingest import load_corpus
from kg.ingest.clean import page_chrome

BODY = "为加快培育智能装备产业，推动工业软件与制造业深度融合，现提出如下意见。"
BODY2 = "到2027年，全市智能装备产业规模明显壮大，培育一批骨干企业。"


def docs(folder: Path, text: str):
    (folder / "notice.txt").write_text(text, encoding="utf-8")
    return load_corpus(folder)


# --- page chrome ------------------------------------------------------------------------


def test_button_lines_of_a_web_page_are_dropped(tmp_path):
    text = "\n\n".join(["某市人民政府关于推动智能装备产业发展的实施意见", "【字体：大 中 小】 打印",
                        "点赞", "收藏", "转发", "微信公众号微信公众号", BODY, BODY2])
    (doc,) = docs(tmp_path, text)
    assert doc.title == "某市人民政府关于推动智能装备产业发展的实施意见"
    assert doc.text.split("\n") == [BODY, BODY2]


def test_a_line_with_any_other_word_is_not_chrome():
    assert page_chrome("【字体：大 中 小】 打印")
    assert page_chrome("微信客服微信客服")
    assert not page_chrome("分享经济")  # a sector named with a button's word
    assert not page_chrome("转发通知")
    assert not page_chrome(BODY)


# --- section numbers typed with a space ---------------------------------------------------


def test_a_section_heading_with_a_space_before_its_mark_is_not_joined_to_the_next_paragraph(tmp_path):
    text = "\n\n".join(["某市智能装备产业发展行动计划", BODY, "  一 、总体要求", "  " + BODY2])
    (doc,) = docs(tmp_path, text)
    assert "一、总体要求" in doc.text.split("\n")
    assert BODY2 in doc.text.split("\n")


# --- the 落款 of a notice that carries a plan ---------------------------------------------


def test_the_cover_letter_signature_dates_a_notice_whose_plan_follows(tmp_path):
    text = "\n\n".join([
        "各区人民政府，市人民政府各部门：",
        "《某市智能装备产业发展行动计划》已经市人民政府同意，现印发给你们，请认真组织实施。",
        "某市人民政府办公厅", "2022年5月9日",
        "某市智能装备产业发展行动计划", BODY, "一、总体目标", BODY2,
    ])
    (doc,) = docs(tmp_path, text)
    assert (doc.date, doc.date_source) == ("2022-05-09", "signature")


def test_a_date_line_after_a_sentence_is_no_signature(tmp_path):
    text = "\n\n".join(["某市智能装备产业发展行动计划", BODY, "2022年5月9日", BODY2])
    (doc,) = docs(tmp_path, text)
    assert doc.date_source != "signature"


# --- 来源 on a government web page ------------------------------------------------------


def test_the_office_that_posted_a_government_page_is_no_publication(tmp_path):
    text = "\n\n".join(["某市人民政府关于推动智能装备产业发展的实施意见",
                        "时间：2022-03-01 10:25 来源：产业政策处(行政审批办公室)", BODY, BODY2])
    (doc,) = docs(tmp_path, text)
    assert doc.publication is None
    assert doc.date == "2022-03-01"


def test_a_newspaper_named_as_source_stays_the_publication(tmp_path):
    text = "\n\n".join(["智能装备产业迎来新机遇", "时间：2022-03-01 来源：某某日报", BODY, BODY2])
    (doc,) = docs(tmp_path, text)
    assert doc.publication == "某某日报"


# --- a numbered heading with a comma, then its first item -------------------------------


def test_the_first_numbered_item_under_a_numbered_heading_starts_its_own_paragraph(tmp_path):
    heading = "（一）加强统筹协调，营造智能装备发展的良好环境"
    item = "1.健全工作机制。成立市智能装备产业发展工作专班。"
    text = "\n\n".join(["某市智能装备产业发展行动计划", BODY, heading, item, BODY2])
    (doc,) = docs(tmp_path, text)
    assert doc.text.split("\n")[1:3] == [heading, item]


def test_a_wrapped_numbered_line_still_continues(tmp_path):
    wrapped = "（一）加强统筹协调，营造智能装备发展的良\n好环境。"
    text = "\n\n".join(["某市智能装备产业发展行动计划", BODY, wrapped, BODY2])
    (doc,) = docs(tmp_path, text)
    assert "（一）加强统筹协调，营造智能装备发展的良好环境。" in doc.text.split("\n")


# --- a web page's masthead and unlabelled byline -----------------------------------------


def test_a_site_masthead_above_the_headline_is_dropped_and_the_dated_byline_dates_the_article(tmp_path):
    text = "\n\n".join(["某某装备网-装备行业媒体领跑者，聚焦机器人、数控机床行业。", "智能装备产业怎么发展？",
                        "2023-06-05 10:20 某某研究中心 1024", BODY, BODY2])
    (doc,) = docs(tmp_path, text)
    assert doc.title == "智能装备产业怎么发展？"
    assert (doc.date, doc.date_source) == ("2023-06-05", "byline")
    assert doc.text.split("\n") == [BODY, BODY2]


def test_a_headline_about_a_network_is_no_masthead(tmp_path):
    text = "\n\n".join(["工业互联网-制造业的新引擎", BODY, BODY2])
    (doc,) = docs(tmp_path, text)
    assert doc.title == "工业互联网-制造业的新引擎"


def test_a_cover_letter_that_lost_its_issuer_line_is_dated_by_the_line_after_its_formula(tmp_path):
    text = "\n\n".join([
        "各县（区）人民政府，市人民政府有关部门：《某市智能装备产业发展行动计划》已经市政府研究通过，现印发给你们，请认真贯彻落实。",
        "2021年9月3日", "某市智能装备产业发展行动计划", BODY, BODY2,
    ])
    (doc,) = docs(tmp_path, text)
    assert (doc.date, doc.date_source) == ("2021-09-03", "signature")


def test_a_drafts_issuer_and_date_under_its_title_are_not_the_title(tmp_path):
    text = ("某某省低空经济发展行动计划（2025—2027年）\n（征求意见稿）\n某某省发展和改革委员会\n2025年3月2日\n\n"
            "为加快培育低空经济新动能，结合本省实际，特制定本行动计划。\n一、总体目标\n到2027年，低空经济规模明显壮大。\n")
    (doc,) = docs(tmp_path, text)
    assert doc.title == "某某省低空经济发展行动计划（2025—2027年）"
