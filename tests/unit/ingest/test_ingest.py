"""Ingestion on real files built here: encodings, PDF, DOCX, HTML, hard wraps,
article metadata, sentences.  Every fixture is generated inside tmp_path."""
import inspect

import pytest

from kg.ingest import iter_corpus, load_corpus, segment_sentences
from kg.ingest.clean import normalize
from kg.ingest.readers import SkipFile, decode_text

# Paragraphs written for these tests.
PARAS = [
    "新型储能产业正在加快发展。多地出台支持政策，推动锂电池、液流电池和压缩空气储能等技术走向规模化应用，带动上下游企业协同创新。",
    "与此同时，人工智能与制造业深度融合，工业互联网平台连接的设备数量持续增长，为中小企业数字化转型提供了低成本方案。",
    "专家认为，应当加强基础研究投入，完善科技成果转化机制，让更多实验室里的新技术尽快变成现实生产力。",
]
TITLE = "新型储能与智能制造观察"


def wrap(paragraph, width):
    return [paragraph[i:i + width] for i in range(0, len(paragraph), width)]


def article_text(paras=PARAS):
    return "\n\n".join([TITLE] + paras) + "\n"


def only(docs):
    assert len(docs) == 1, [d.id for d in docs]
    return docs[0]


# --------------------------------------------------------------------------- encodings

ENCODED = {
    "utf8.txt": lambda t: t.encode("utf-8"),
    "utf8bom.txt": lambda t: t.encode("utf-8-sig"),
    "gb18030.txt": lambda t: t.encode("gb18030"),
    "gbk.txt": lambda t: t.encode("gbk"),
    "utf16bom.txt": lambda t: t.encode("utf-16"),
    "utf16bebom.txt": lambda t: b"\xfe\xff" + t.encode("utf-16-be"),
    "utf16le.txt": lambda t: t.encode("utf-16-le"),
    "utf16be.txt": lambda t: t.encode("utf-16-be"),
}


@pytest.mark.parametrize("name", sorted(ENCODED))
def test_every_encoding_reads_back_the_same_text(tmp_path, name):
    (tmp_path / name).write_bytes(ENCODED[name](article_text()))
    doc = only(load_corpus(tmp_path))
    assert doc.title == TITLE
    assert doc.text.split("\n") == PARAS
    assert doc.id == name.rsplit(".", 1)[0] and doc.source == name


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "gb18030", "utf-8"])
def test_short_pure_chinese_without_newlines_or_nuls(encoding):
    for text in ("短文本", "新型储能产业正在加快发展多地出台支持政策推动锂电池液流电池规模化应用"):
        assert decode_text(text.encode(encoding)) == text


def test_utf8_in_other_scripts_is_not_refused():
    text = "日本語のテキストです。한국어 텍스트입니다. Ελληνικά κείμενα. 中文。" * 3
    assert decode_text(text.encode("utf-8")) == text
    assert decode_text(text.encode("utf-16")) == text


def test_undecodable_text_is_refused_not_guessed():
    big5 = ("新型儲能產業正在加快發展。推動鋰電池、液流電池等技術走向規模化應用。" * 4).encode("big5")
    with pytest.raises(SkipFile, match="cannot decode"):
        decode_text(big5)
    with pytest.raises(SkipFile, match="binary"):
        decode_text(b"\x00\x01\x02\x03" * 100 + b"\xff\xfe\x00\x00" * 50)


# --------------------------------------------------------------------------- cleaning


def test_hard_wrapped_lines_page_numbers_and_separators(tmp_path):
    lines = [TITLE, ""]
    for k, para in enumerate(PARAS):
        chunk = wrap(para, 17)
        if k == 1:  # a page break in the middle of a sentence
            chunk[2:2] = ["", "12", "", "---", ""]
        lines += chunk + [""]
    (tmp_path / "wrapped.txt").write_text("\n".join(lines), encoding="utf-8")
    assert only(load_corpus(tmp_path)).text.split("\n") == PARAS


def test_double_spaced_pdf_copy_is_joined_by_sentence_ends(tmp_path):
    # every line followed by a blank line, as text copied out of a PDF viewer
    lines = [TITLE]
    for para in PARAS:
        lines += wrap(para, 23)
    lines[5:5] = ["7"]  # a page number inside a sentence
    (tmp_path / "copy.txt").write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    doc = only(load_corpus(tmp_path))
    assert doc.title == TITLE
    assert doc.text.split("\n") == PARAS


def test_markdown_marks_and_cjk_spaces(tmp_path):
    text = (
        "# 数字经济 新观察\n\n"
        "> 人工 智能正在改变 **制造业** 的生产方式。\n\n"
        "- 工业互联网平台  提升了协同效率。\n"
        "* 数据要素市场 逐步完善。\n\n"
        "## 二、发展路径\n\n"
        "以ＡＩ和５Ｇ为代表的新技术,正在加速落地;前景如何?值得期待!\n"
    )
    (tmp_path / "a.md").write_text(text, encoding="utf-8")
    doc = only(load_corpus(tmp_path))
    assert doc.title == "数字经济 新观察"
    assert doc.text.split("\n") == [
        "人工智能正在改变制造业的生产方式。",
        "工业互联网平台提升了协同效率。",
        "数据要素市场逐步完善。",
        "二、发展路径",
        "以AI和5G为代表的新技术，正在加速落地；前景如何？值得期待！",
    ]


def test_normalize_keeps_chinese_punctuation_and_ascii_spacing():
    assert normalize("以 ChatGPT 为代表，　大模型　取得（突破）。") == "以 ChatGPT 为代表，大模型取得（突破）。"
    assert normalize("Ｐｙｔｈｏｎ　３．１１") == "Python 3．11"
    assert normalize("1,000 台, 2,000 辆") == "1,000 台，2,000 辆"


# --------------------------------------------------------------------------- articles and metadata


def test_several_articles_bylines_trailers_and_quotations(tmp_path):
    text = "\n\n".join([
        "# 观察版：储能与制造",
        "## 储能产业的新机遇",
        "张明远 欧阳晓芳",
        PARAS[0],
        "（作者单位：华东理工大学商学院）",
        "## 智能制造怎么走",
        "李 强",
        PARAS[1],
        "（作者系中国电子信息产业发展研究院研究员） （原载于2025年3月8日《科技日报》）",
        "# 王建国同志关于创新的重要论述",
        PARAS[2],
        "——在全省科技大会上的讲话（2024年5月20日）",
        PARAS[0],
        "——在调研储能企业时强调(2024年6月3日)",
        "## 实验室里的新技术",
        "赵一凡",
        PARAS[1] + " （本文作者赵一凡：复旦大学管理学院教授；钱多多：复旦大学管理学院博士生。）",
        "来源：经济参考报",
        "## 数据要素怎么用",
        "孙悦",
        PARAS[2] + "（原载于2025年1月6日《光明日报》）",
    ]) + "\n"
    (tmp_path / "page.md").write_text(text, encoding="utf-8")
    docs = load_corpus(tmp_path)
    assert [(d.id, d.title, d.authors, d.publication, d.date, d.occasion) for d in docs] == [
        ("page#01", "储能产业的新机遇", ["张明远", "欧阳晓芳"], None, None, None),
        ("page#02", "智能制造怎么走", ["李强"], "科技日报", "2025-03-08", None),
        ("page#03", "王建国同志关于创新的重要论述", ["王建国"], None, "2024-05-20", "在全省科技大会上的讲话"),
        ("page#04", "王建国同志关于创新的重要论述", ["王建国"], None, "2024-06-03", "在调研储能企业时强调"),
        ("page#05", "实验室里的新技术", ["赵一凡", "钱多多"], "经济参考报", None, None),
        ("page#06", "数据要素怎么用", ["孙悦"], "光明日报", "2025-01-06", None),
    ]
    assert docs[0].affiliations == {"": ["华东理工大学商学院"]}
    assert docs[1].affiliations == {"李强": ["中国电子信息产业发展研究院研究员"]}
    assert docs[4].affiliations == {"赵一凡": ["复旦大学管理学院教授"], "钱多多": ["复旦大学管理学院博士生"]}
    assert [d.text for d in docs] == [PARAS[0], PARAS[1], PARAS[2], PARAS[0], PARAS[1], PARAS[2]]


def test_cover_and_table_of_contents_are_not_articles(tmp_path):
    text = "\n".join([
        "### 学习资料汇编",
        "- 储能产业的新机遇  ",
        "……………张明远（3）",
        "- 智能制造怎么走……………李强（9）",
        "",
        "某某市委宣传部",
        "2025 年 6 月",
        "",
        "---",
        "",
        "# 储能产业的新机遇",
        "",
        "张明远",
        "",
        PARAS[0],
        "",
        "（选自《求是》2025年第7期，作者系国家能源局研究员）",
    ]) + "\n"
    (tmp_path / "booklet.md").write_text(text, encoding="utf-8")
    doc = only(load_corpus(tmp_path))
    assert (doc.id, doc.title, doc.authors, doc.publication, doc.date) == (
        "booklet", "储能产业的新机遇", ["张明远"], "求是", "2025",
    )
    assert doc.affiliations == {"张明远": ["国家能源局研究员"]}
    assert doc.text == PARAS[0]


# --------------------------------------------------------------------------- other formats


def _pdf(path, pages, header=None):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(path))
    for number, lines in enumerate(pages, 1):
        c.setFont("STSong-Light", 12)
        if header:
            c.drawString(60, 820, header)
        y = 790
        for line in lines:
            if line:
                c.drawString(60, y, line)
            y -= 18 if line else 30
        c.drawString(290, 40, str(number))  # page number in the footer
        c.showPage()
    c.save()


def test_pdf_with_cjk_font_wraps_and_page_numbers(tmp_path):
    lines = [TITLE, "", "周海峰", ""]
    for para in PARAS:
        lines += wrap(para, 22) + [""]
    lines += ["（作者单位：浙江大学能源工程学院）", "", "来源：中国能源报"]
    _pdf(tmp_path / "report.pdf", [lines[:9], lines[9:]])  # the first paragraph spans two pages
    doc = only(load_corpus(tmp_path))
    assert (doc.title, doc.authors, doc.publication) == (TITLE, ["周海峰"], "中国能源报")
    assert doc.affiliations == {"周海峰": ["浙江大学能源工程学院"]}
    assert doc.text.split("\n") == PARAS


def test_pdf_running_headers_are_dropped(tmp_path):
    lines = [TITLE, ""]
    for para in PARAS:
        lines += wrap(para, 22) + [""]
    _pdf(tmp_path / "weekly.pdf", [lines[:4], lines[4:8], lines[8:]], header="储能周刊 2025年第12期")
    doc = only(load_corpus(tmp_path))
    assert doc.title == TITLE
    assert doc.text.split("\n") == PARAS


def test_docx_headings_paragraphs_and_metadata(tmp_path):
    import docx

    d = docx.Document()
    d.add_heading(TITLE, level=1)
    d.add_paragraph("孙立平/胡晓梅")
    d.add_heading("一、发展现状", level=2)
    for para in PARAS:
        d.add_paragraph(para)
    table = d.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "储能装机规模持续扩大。"
    table.rows[0].cells[1].text = "智能工厂数量稳步增长。"
    d.add_paragraph("（作者分别系清华大学公共管理学院教授、博士后） （原载于2024年11月2日《人民日报》）")
    d.save(str(tmp_path / "article.docx"))
    doc = only(load_corpus(tmp_path))
    assert (doc.title, doc.authors, doc.publication, doc.date) == (TITLE, ["孙立平", "胡晓梅"], "人民日报", "2024-11-02")
    assert doc.affiliations == {"": ["清华大学公共管理学院教授、博士后"]}
    assert doc.text.split("\n") == ["一、发展现状"] + PARAS + ["储能装机规模持续扩大。", "智能工厂数量稳步增长。"]


def test_html_drops_script_style_nav(tmp_path):
    page = f"""<!doctype html><html><head><meta charset="gb18030"><title>站点</title>
    <style>p {{ color: red }}</style><script>var secret = "不要出现";</script></head>
    <body><nav><a href="/">首页</a> <a href="/news">新闻中心</a></nav>
    <div role="navigation">当前位置：频道页</div>
    <h1>{TITLE}</h1><p>吴天明</p>
    {''.join(f'<p>{p}</p>' for p in PARAS)}
    <p>（作者系中国科学院院士）</p><footer>版权所有 联系我们</footer></body></html>"""
    (tmp_path / "page.html").write_bytes(page.encode("gb18030"))
    doc = only(load_corpus(tmp_path))
    assert (doc.title, doc.authors) == (TITLE, ["吴天明"])
    assert doc.affiliations == {"吴天明": ["中国科学院院士"]}
    assert doc.text.split("\n") == PARAS
    for hidden in ("不要出现", "首页", "新闻中心", "color", "当前位置", "版权所有"):
        assert hidden not in doc.text


# --------------------------------------------------------------------------- sentences, ids, streaming


def test_sentences_keep_offsets_and_closing_quotes():
    text = (
        "他指出：“要加快发展新质生产力。”随后离开。前景如何？值得期待！第一；第二\n新段落没有句号\n\n"
        "机器人、无人机……一个个新产品走进生活。“等等……”他说，省略号……、后面还有话。"
    )
    sentences = segment_sentences(text)
    assert [s.text for s in sentences] == [
        "他指出：“要加快发展新质生产力。”", "随后离开。", "前景如何？", "值得期待！", "第一；", "第二", "新段落没有句号",
        "机器人、无人机……", "一个个新产品走进生活。", "“等等……”", "他说，省略号……、后面还有话。",
    ]
    assert all(text[s.start:s.end] == s.text for s in sentences)


def test_html_web_byline_fields_and_title_fallback(tmp_path):
    page = f"""<html><head><title>{TITLE}</title></head><body>
    <div class="info">作者：郑海涛、冯雪　来源：《经济日报》　发布时间：2024-09-18 10:30</div>
    <div class="content">{''.join(f'<p>{p}</p>' for p in PARAS)}</div></body></html>"""
    (tmp_path / "news.htm").write_text(page, encoding="utf-8")
    doc = only(load_corpus(tmp_path))
    assert (doc.title, doc.authors, doc.publication, doc.date) == (TITLE, ["郑海涛", "冯雪"], "经济日报", "2024-09-18")
    assert doc.text.split("\n") == PARAS


def test_a_file_of_short_lines_is_still_a_document(tmp_path):
    (tmp_path / "keywords.txt").write_text("人工智能\n量子计算\n\n生物制造\n", encoding="utf-8")
    doc = only(load_corpus(tmp_path))
    assert (doc.title, doc.text) == (None, "人工智能\n量子计算\n生物制造")


def test_same_stem_in_one_folder_keeps_ids_unique(tmp_path):
    (tmp_path / "x.txt").write_text(article_text(), encoding="utf-8")
    (tmp_path / "x.md").write_text(article_text(), encoding="utf-8")
    assert [d.id for d in load_corpus(tmp_path)] == ["x.md", "x.txt"]


def test_ids_sources_hashes_and_streaming(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "same.txt").write_text(article_text(), encoding="utf-8")
    (tmp_path / "b" / "same.md").write_text(article_text(PARAS[:1]), encoding="utf-8")
    (tmp_path / "README.md").write_text("# 说明\n\n这不是文档。\n", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(article_text(), encoding="utf-8")
    (tmp_path / "LICENSE.txt").write_text("许可证。\n", encoding="utf-8")
    stream = iter_corpus(tmp_path)
    assert inspect.isgenerator(stream)
    docs = list(stream)
    assert [(d.id, d.source) for d in docs] == [("a/same", "a/same.txt"), ("b/same", "b/same.md")]
    assert docs[0].content_hash != docs[1].content_hash
    again = load_corpus(tmp_path)
    assert [d.content_hash for d in again] == [d.content_hash for d in docs]
    single = only(load_corpus(tmp_path / "a" / "same.txt"))
    assert (single.id, single.source, single.text) == ("same", "same.txt", docs[0].text)


def test_size_limit_parameter_warn_callback_and_strict(tmp_path):
    from kg.errors import InputError

    (tmp_path / "a.txt").write_text(article_text(), encoding="utf-8")
    (tmp_path / "b.txt").write_text(article_text() * 50, encoding="utf-8")  # ~17 KB
    warnings = []
    docs = load_corpus(tmp_path, warn=warnings.append, max_file_mb=0.01)
    assert [d.id for d in docs] == ["a"]
    assert len(warnings) == 1 and warnings[0].startswith("skipped b.txt: too large (")
    with pytest.raises(InputError, match=r"^b\.txt: too large"):
        load_corpus(tmp_path, strict=True, max_file_mb=0.01)
    with pytest.raises(InputError, match="^corpus folder not found: "):
        load_corpus(tmp_path / "missing")
    assert [d.id for d in load_corpus(tmp_path)] == ["a", "b"]  # default limit: 50 MB


def test_a_long_policy_title_line_with_its_issuers_is_the_title(tmp_path):
    title = "某某省工业和信息化厅、某某省科学技术厅关于加快培育发展未来产业的实施意见"
    assert len(title) > 32  # longer than a headline
    body = "各市人民政府：为加快培育未来产业，现提出如下意见。一、总体要求。到2027年，未来产业规模明显壮大。"
    (tmp_path / "policy.txt").write_text(f"{title}\n\n{body}\n", encoding="utf-8")
    doc = only(load_corpus(tmp_path))
    assert doc.title == title
    assert not doc.text.startswith(title)  # the title line is not a body paragraph


def test_a_long_line_that_is_a_sentence_is_not_a_title(tmp_path):
    line = "各地要加快培育壮大未来产业并落实好相关配套政策和保障措施的实施意见"
    body = "这是正文的第一句话。这是正文的第二句话，内容较长一些，用于构成一段完整的正文。"
    (tmp_path / "a.txt").write_text(f"{line}，以利推进。\n\n{body}\n", encoding="utf-8")
    doc = only(load_corpus(tmp_path))
    assert doc.title != line
