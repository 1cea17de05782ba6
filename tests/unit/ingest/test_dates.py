"""Each article's date from wherever the document states it, and its source
(kg.model.DATE_SOURCES), tested on real files: text, markdown, HTML, PDF
written with reportlab, DOCX written with python-docx."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from kg.ingest import load_corpus
from kg.ingest.articles import _cn_date, cn_number, date_from_filename, parse_date
from kg.model import DATE_SOURCES

from support import REPO as ROOT
from support.cli import run_kg

BODY = (
    "为加快培育未来产业，推动人工智能、量子信息和生物制造等前沿技术与实体经济深度融合，现提出如下意见。"
    "各地区各部门要结合实际，认真抓好贯彻落实，切实把各项任务落到实处。"
)
BODY2 = "要强化企业科技创新主体地位，推动创新链产业链资金链人才链深度融合，加快形成新质生产力。"


def dated(folder: Path) -> list[tuple[str | None, str | None]]:
    return [(d.date, d.date_source) for d in load_corpus(folder)]


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def _pdf(path: Path, lines: list[str], stamp: str | None) -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(path))
    if stamp:  # the Info dictionary's CreationDate and ModDate
        c._doc.info._dateFormatter = lambda *_: stamp
    c.setFont("STSong-Light", 12)
    y = 790
    for line in lines:
        if line:
            c.drawString(60, y, line)
        y -= 18 if line else 30
    c.showPage()
    c.save()


def wrapped(text: str, width: int = 24) -> list[str]:
    return [text[i:i + width] for i in range(0, len(text), width)]


# --------------------------------------------------------------------------- the text


def test_byline_fields_under_the_headline(tmp_path):
    write(tmp_path, "a.md", f"# 加快发展新质生产力\n\n发布时间：2024-03-01 10:30　来源：人民日报\n\n{BODY}\n")
    write(tmp_path, "b.txt", f"未来产业的新赛道\n\n日期：2023年11月5日\n\n{BODY}\n")
    assert dated(tmp_path) == [("2024-03-01", "byline"), ("2023-11-05", "byline")]


def test_closing_source_line(tmp_path):
    write(tmp_path, "a.txt", f"怎样理解产业创新\n\n李先军\n\n{BODY}\n\n（原载于2024年2月11日《经济日报》）\n")
    assert dated(tmp_path) == [("2024-02-11", "byline")]


def test_date_in_the_title(tmp_path):
    write(tmp_path, "a.md", f"# 国务院关于印发“十四五”数字经济发展规划的通知（2021年12月28日）\n\n{BODY}\n")
    write(tmp_path, "b.md", f"# 关于推动未来产业创新发展的实施意见（国发〔2024〕3号）\n\n{BODY}\n")
    assert dated(tmp_path) == [("2021-12-28", "title"), (None, None)]  # a document number is not a date


def test_signature_block_closing_a_government_document(tmp_path):
    write(tmp_path, "a.txt", f"关于推动未来产业创新发展的实施意见\n\n{BODY}\n\n{BODY2}\n\n工业和信息化部 科学技术部\n\n2024年1月18日\n")
    write(tmp_path, "b.txt", (
        f"关于加快场景创新的指导意见\n\n{BODY}\n\n{BODY2}\n\n"
        "浙江省人民政府办公厅\n\n二〇二三年十二月三十一日\n\n（此件公开发布）\n"
    ))
    # a date line after ordinary body text is not a signature
    write(tmp_path, "c.txt", f"一篇评论\n\n{BODY}\n\n{BODY2}\n\n2024年1月18日\n")
    docs = load_corpus(tmp_path)
    assert [(d.date, d.date_source) for d in docs][:2] == [("2024-01-18", "signature"), ("2023-12-31", "signature")]
    assert docs[2].date_source != "signature"
    assert "工业和信息化部" in docs[0].text  # the signature stays in the text: its issuers are entities


def test_newspaper_page_date_carried_to_its_articles(tmp_path):
    write(tmp_path, "page.txt", (
        f"经济参考报\n\n2024年5月6日\n\n# 国产创新药迎发展新机遇\n\n王韬\n\n{BODY}\n\n"
        f"# 氢能潜能有望释放\n\n李洋\n\n{BODY2}\n\n# 应用场景拓宽\n\n刘冬梅\n\n{BODY}\n\n（来源：科技日报 2024年4月30日）\n"
    ))
    docs = load_corpus(tmp_path)
    assert [(d.title, d.date, d.date_source) for d in docs] == [
        ("国产创新药迎发展新机遇", "2024-05-06", "page"),
        ("氢能潜能有望释放", "2024-05-06", "page"),
        ("应用场景拓宽", "2024-04-30", "byline"),  # its own source line is stronger
    ]


def test_a_date_keeps_only_its_valid_parts():
    # digits: an invalid month leaves the year, an invalid day the year and month
    assert [parse_date(t) for t in ("2031年13月5日", "2031年2月32日", "2031-02-28", "2031年", "1799年3月1日")] == [
        "2031", "2031-02", "2031-02-28", "2031", None]
    # Chinese numerals (a 落款 date): an invalid month is no date at all
    assert [_cn_date(t) for t in ("二〇三一年十三月八日", "二〇三一年一月三十二日", "二〇三一年一月十八日", "一七九九年一月八日")] == [
        None, "2031-01", "2031-01-18", None]


# --------------------------------------------------------------------------- the file


def test_file_names(tmp_path):
    write(tmp_path, "20230915.md", f"# 新质生产力\n\n{BODY}\n")
    write(tmp_path, "2023-09-16_speech.txt", f"新质生产力\n\n{BODY}\n")
    write(tmp_path, "000_4a46089b9fa55062.txt", f"新质生产力\n\n{BODY}\n")  # a hash is not a date
    write(tmp_path, "2024年3月5日政府工作报告.txt", f"政府工作报告\n\n{BODY}\n")
    # (files in path order: 000_…, 2023-09-16_…, 20230915…, 2024年…)
    assert dated(tmp_path) == [(None, None), ("2023-09-16", "filename"), ("2023-09-15", "filename"),
                               ("2024-03-05", "filename")]
    assert date_from_filename("report_20231345.txt") is None  # no month 13
    assert date_from_filename("2023_09_brief.pdf") == "2023-09"


@pytest.mark.parametrize("tag", [
    '<meta property="article:published_time" content="2023-09-15T08:00:00+08:00">',
    '<meta name="PubDate" content="2023-09-15 08:00">',
    '<meta name="publishdate" content="2023/9/15">',
    '<meta itemprop="datePublished" content="2023-09-15">',
])
def test_html_meta_tags(tmp_path, tag):
    page = (f'<!doctype html><html><head><meta charset="utf-8">{tag}<title>新质生产力</title></head>'
            f"<body><h1>加快发展新质生产力</h1><p>{BODY}</p><p>{BODY2}</p></body></html>")
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    assert dated(tmp_path) == [("2023-09-15", "html-meta")]


def test_pdf_metadata(tmp_path):
    lines = ["加快发展新质生产力", ""] + wrapped(BODY) + [""] + wrapped(BODY2)
    _pdf(tmp_path / "a.pdf", lines, "D:20230915103000+08'00'")
    assert dated(tmp_path) == [("2023-09-15", "pdf-metadata")]


def test_docx_metadata(tmp_path):
    import docx

    d = docx.Document()
    d.add_heading("加快发展新质生产力", level=1)
    d.add_paragraph(BODY)
    d.core_properties.created = dt.datetime(2023, 9, 15, 2, 30, tzinfo=dt.timezone.utc)
    d.save(str(tmp_path / "a.docx"))
    e = docx.Document()  # python-docx's blank-template stamp (2013-12-23) is not a date
    e.add_heading("培育未来产业", level=1)
    e.add_paragraph(BODY2)
    e.save(str(tmp_path / "b.docx"))
    assert dated(tmp_path) == [("2023-09-15", "docx-metadata"), (None, None)]


def test_precedence_text_then_file_name_then_metadata(tmp_path):
    write(tmp_path, "20230915.md", f"# 新质生产力\n\n发布时间：2024-01-02\n\n{BODY}\n")
    page = ('<html><head><meta name="PubDate" content="2022-01-01"></head>'
            f"<body><h1>未来产业</h1><p>{BODY}</p></body></html>")
    (tmp_path / "2021-06-30.html").write_text(page, encoding="utf-8")
    docs = load_corpus(tmp_path)
    assert [(d.date, d.date_source) for d in docs] == [("2021-06-30", "filename"), ("2024-01-02", "byline")]
    assert all(d.date_source in DATE_SOURCES for d in docs)


def test_undated_documents_stay_undated(tmp_path):
    write(tmp_path, "note.txt", f"一篇评论\n\n{BODY}\n\n{BODY2}\n")
    assert dated(tmp_path) == [(None, None)]


def test_kg_docs_shows_where_each_date_came_from(tmp_path):
    write(tmp_path, "20230915.md", f"# 新质生产力\n\n{BODY}\n")
    write(tmp_path, "b.txt", f"未来产业的新赛道\n\n日期：2023年11月5日\n\n{BODY}\n")
    run = lambda *a: run_kg("docs", tmp_path, *a, cwd=ROOT)  # noqa: E731
    out = run("--json")
    assert out.returncode == 0, out.stderr
    assert [(r["date"], r["date_source"]) for r in json.loads(out.stdout)] == [
        ("2023-09-15", "filename"), ("2023-11-05", "byline")]
    table = run()
    assert table.returncode == 0, table.stderr
    header, _, first, second = table.stdout.splitlines()[:4]
    assert "date_source" in header.split()
    assert first.split()[-2:] == ["filename", str(len(BODY))] and "byline" in second.split()


@pytest.mark.parametrize("numeral, value", [("一", 1), ("两", 2), ("十", 10), ("十二", 12), ("二十八", 28), ("12", 12), ("若干", None), ("几", None)])
def test_a_numeral_of_a_date_or_a_count_is_read_once(numeral, value):
    assert cn_number(numeral) == value
