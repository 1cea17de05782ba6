"""The bundled corpus: every article of every file, with what its text says of it.

The table below was written by reading corpus/*.txt, not by running the code.
Columns: id suffix, title, authors, publication, date (ISO 8601).
"""
import json

import pytest

from kg.ingest import load_corpus

from support import REPO as ROOT
from support.cli import run_kg

CORPUS = ROOT / "corpus"
F0, F1, F2, F3, F4 = (
    "000_4a46089b9fa55062",
    "001_123ed05e6f0eeeda",
    "002_851b47d6dc56c1ea",
    "003_6c8e0cd56b8d6e7a",
    "004_2cece7cd2193842f",
)
QUOTES_TITLE = "习近平总书记关于未来产业的重要论述 30 则"

# (occasion, date) of the 30 dated quotations of 004, in order
QUOTATIONS = [
    ("在中央经济工作会议上的讲话", "2014-12-09"),
    ("在浙江考察时强调", "2020-04-01"),
    ("在深圳经济特区建立40周年庆祝大会上的讲话", "2020-10-14"),
    ("在主持召开新时代推动东北全面振兴座谈会时强调", "2023-09-07"),
    ("在黑龙江考察时强调", "2023-09-08"),
    ("在主持召开进一步推动长江经济带高质量发展座谈会时强调", "2023-10-12"),
    ("在二十届中央政治局第十一次集体学习时的讲话", "2024-01-31"),
    ("在参加十四届全国人大二次会议江苏代表团审议时强调", "2024-03-05"),
    ("在新时代推动中部地区崛起座谈会上的讲话", "2024-03-20"),
    ("在新时代推动西部大开发座谈会上的讲话", "2024-04-23"),
    ("在二十届中央政治局第十四次集体学习时的讲话", "2024-05-27"),
    ("在全国科技大会、国家科学技术奖励大会、两院院士大会上的讲话", "2024-06-24"),
    ("《关于〈中共中央关于进一步全面深化改革、推进中国式现代化的决定〉的说明》", "2024-07-15"),
    ("在福建考察时强调", "2024-10-16"),
    ("在安徽考察时强调", "2024-10-18"),
    ("对国家级经济技术开发区工作作出重要指示强调", "2024-10-20"),
    ("在中央经济工作会议上的讲话", "2024-12-11"),
    ("在参加十四届全国人大三次会议江苏代表团审议时强调", "2025-03-05"),
    ("在二十届中央政治局第二十次集体学习时的讲话", "2025-04-25"),
    ("在庆祝中华全国总工会成立100周年暨全国劳动模范和先进工作者表彰大会上的讲话", "2025-04-28"),
    ("在部分省区市“十五五”时期经济社会发展座谈会上的讲话", "2025-04-30"),
    ("在二十届中央财经委员会第六次会议上的讲话", "2025-07-01"),
    ("在中央城市工作会议上的讲话", "2025-07-14"),
    ("在党的二十届四中全会第二次全体会议上的讲话", "2025-10-23"),
    ("在亚太经合组织工商领导人峰会上的书面演讲", "2025-10-31"),
    ("在二十届中央政治局第二十四次集体学习时的讲话", "2026-01-30"),
    ("在二十届中央政治局第二十四次集体学习时的讲话", "2026-01-30"),
    ("在二十届中央政治局第二十四次集体学习时的讲话", "2026-01-30"),
    ("在参加十四届人大四次会议江苏代表团审议时强调", "2026-03-05"),
    ("在河北雄安新区考察并主持召开深入推进雄安新区高质量建设和发展座谈会时强调", "2026-03-23"),
]

EXPECTED = [
    # 000: an opinion page; its editor's note, three signed articles, and a lead
    # passage the web copy displaced from its article (no title or author given).
    (f"{F0}#01", "科技创新催生新产业新模式新动能", [], None, None),
    (f"{F0}#02", "未来产业展望", ["史丹", "梁慎宇"], None, None),
    (f"{F0}#03", "以算力网建设促进产业创新", ["高文"], None, None),
    (f"{F0}#04", None, [], None, None),
    (f"{F0}#05", "推进产业智能化绿色化融合化", ["万欣荣"], None, None),
    # 001: "原载于2月11日" gives no year, so no date
    (f"{F1}#01", "科技创新赋能绿色发展", ["李阳阳", "何光晷"], "光明日报", None),
    (f"{F1}#02", "怎样理解产业创新", ["李先军"], "经济日报", None),
    (f"{F1}#03", "人工智能与传统产业如何更好“双向奔赴”", ["刘振中"], "经济日报", None),
    # 002: one bulletin article; masthead 领军参阅 专报, cover date 2024年3月15日
    (F2, "未来产业划定发展路线图", [], "领军参阅", "2024-03-15"),
    # 003: a digest of ten articles, each closed by 来源：…
    (f"{F3}#01", "新质生产力引领中医药“未来产业”", [], "经济参考报", None),
    (f"{F3}#02", "向“新”而生 国产创新药迎发展新机遇", ["王韬", "王纳"], "经济参考报", None),
    (f"{F3}#03", "具身智能大会：人工智能前沿成科技竞争新高地", [], "经济参考报", None),
    (f"{F3}#04", "医学装备大会：“人工智能+”让“未来医院”不再遥远", [], "经济参考报", None),
    (f"{F3}#05", "博鳌亚洲论坛：畅想人工智能技术的喜与忧", [], "经济参考报", None),
    (f"{F3}#06", "构建创新联合体 发展新质生产力", [], "科技日报", None),
    (f"{F3}#07", "加强科技创新领域数字化治理能力", [], "科技日报", None),
    (f"{F3}#08", "突破主导技术 推动科技创新", ["刘冬梅", "杨洋"], "科技日报", None),
    (f"{F3}#09", "应用场景拓宽 氢能潜能有望释放", [], "中国高新技术产业导报", None),
    (f"{F3}#10", "如何加快释放“数”上新质生产力", ["李洋"], "中国高新技术产业导报", None),
]
# 004: the cover and table of contents are not articles; 30 quotations, then six study articles
EXPECTED += [
    (f"{F4}#{n:02d}", QUOTES_TITLE, ["习近平"], None, date) for n, (_, date) in enumerate(QUOTATIONS, 1)
]
EXPECTED += [
    (f"{F4}#31", "习近平总书记指引未来产业发展", ["新华社第一工作室"], "新华网", "2026-02-12"),
    (f"{F4}#32", "加快推进人工智能赋能新型工业化", ["李乐成"], "党建", "2025"),
    (f"{F4}#33", "科技创新、产业发展和金融支持", ["王一鸣"], "中国科学院院刊", "2026"),
    (f"{F4}#34", "培育壮大新兴产业和未来产业", ["魏楚"], "红旗文稿", "2025"),
    (f"{F4}#35", "加速布局未来产业 打造经济发展新增量", ["盛朝迅"], "新经济导刊", "2025"),
    (f"{F4}#36", "前瞻布局未来产业与现代化产业体系建设", ["李晓华"], "学习时报", "2026-03-25"),
]

AFFILIATIONS = {
    f"{F0}#02": {"": ["中国社会科学院工业经济研究所"]},
    f"{F0}#03": {"高文": ["中国工程院院士"]},
    f"{F0}#05": {"万欣荣": ["中山大学"]},
    f"{F1}#02": {"李先军": ["中国社会科学院工业经济研究所副研究员"]},
    f"{F1}#03": {"刘振中": ["中国宏观经济研究院产业经济与技术经济研究所创新战略研究室主任、研究员"]},
    f"{F3}#02": {
        "王韬": ["上海市同济医院大健康工程管理研究所执行所长、急诊创伤救治中心主任"],
        "王纳": ["复旦大学附属儿科医院中西医结合助理研究员"],
    },
    f"{F3}#06": {"": ["浙江大学国家制度研究院特约研究员、浙江省产业高质量发展新型智库常务副主任"]},
    f"{F3}#07": {"": ["中国科学技术发展战略研究院"]},
    f"{F3}#08": {
        "刘冬梅": ["中国科学技术发展战略研究院党委书记、研究员"],
        "杨洋": ["中国科学技术发展战略研究院副研究员"],
    },
    f"{F3}#10": {"李洋": ["记者"]},  # 本报讯 （记者 李洋）
    f"{F4}#32": {"李乐成": ["工业和信息化部党组书记、部长"]},
    f"{F4}#33": {"王一鸣": ["国务院发展研究中心原副主任、研究员"]},
    f"{F4}#34": {"魏楚": ["中国人民大学应用经济学院院长、教授", "中国人民大学国家发展与战略研究院研究员"]},
    f"{F4}#35": {"盛朝迅": ["习近平经济思想研究中心副主任、研究员"]},
    f"{F4}#36": {"李晓华": ["中国社会科学院工业经济研究所研究员"]},
}


@pytest.fixture(scope="module")
def documents():
    return load_corpus(CORPUS)


def _row(d):
    return (d.id, d.title, d.authors, d.publication, d.date)


def test_every_article_of_every_file(documents):
    assert [_row(d) for d in documents] == EXPECTED


def test_quotations_carry_their_occasion_and_date(documents):
    quotes = [d for d in documents if d.id.startswith(F4) and d.occasion]
    assert [(d.occasion, d.date) for d in quotes] == QUOTATIONS
    assert all(d.occasion is None for d in documents if d not in quotes)


def test_affiliations_as_the_texts_state_them(documents):
    by_id = {d.id: d for d in documents}
    for doc_id, expected in AFFILIATIONS.items():
        assert by_id[doc_id].affiliations == expected, doc_id
    stated = set(AFFILIATIONS) | {f"{F1}#01"}  # 001#01's garbled line is kept raw
    assert all(not d.affiliations for d in documents if d.id not in stated)


def test_displaced_lead_is_rejoined_to_its_article(documents):
    by_id = {d.id: d for d in documents}
    # the web copy put this article's first paragraph after it, cut at "推进产业智能|化。"
    text = by_id[f"{F0}#05"].text
    assert text.startswith("推进产业智能化、绿色化、融合化，是增强我国产业核心竞争力")
    assert "把握人工智能新浪潮，推进产业智能化。人工智能是引领新一轮科技革命" in text


def test_cleaned_text_has_no_layout_left(documents):
    for d in documents:
        for junk in ("---", "#", "**", "http", "来源：", "（作者", "(作者", "——在", "责任编辑", "……………"):
            assert junk not in d.text, (d.id, junk)
        assert not any(ch in d.text for ch in "\u3000\ufeff\f")
        for s in d.sentences:
            assert d.text[s.start:s.end] == s.text
    by_id = {d.id: d for d in documents}
    # 003 is a PDF copy: wrapped lines, a page number ("6") inside a sentence
    assert "中医药的创新发展，成为连接传统与现代、东方与西方的桥梁" in by_id[f"{F3}#02"].text
    # 002 continues a sentence across a blank line: "多个细" + "分赛道"
    assert "基因和细胞技术等多个细分赛道，将全面支撑推进新型工业化" in by_id[F2].text
    # 001 typed half-width commas inside Chinese text
    assert "近年来，我国取得了丰硕的科技创新和产业发展成果，" in by_id[f"{F1}#01"].text
    # 004 breaks a quotation across a page separator
    assert "加快取得更多实质性、突破性、系统性成果" in by_id[f"{F4}#02"].text
    # ... and a sentence across one inside an article; a lead-in line "…——" ends its paragraph
    assert "也是影响大变局走向的关键力量，已从长远布局的“选项”变为当下必争的“刚需”。" in by_id[f"{F4}#31"].text
    assert "的深入研判——\n每一轮科技革命" in by_id[f"{F4}#31"].text


def test_kg_docs_json_on_the_bundled_corpus():
    out = run_kg("docs", CORPUS, "--json", cwd=ROOT)
    assert out.returncode == 0, out.stderr
    assert out.stderr == ""  # README.md is skipped silently
    rows = json.loads(out.stdout)
    assert [(r["id"], r["title"], r["authors"], r["publication"], r["date"]) for r in rows] == EXPECTED
    assert set(rows[0]) == {
        "id", "source", "title", "authors", "affiliations", "publication", "date", "date_source", "occasion", "chars",
        "sentences",
    }
    assert {r["source"] for r in rows} == {f"{f}.txt" for f in (F0, F1, F2, F3, F4)}
    assert all(r["chars"] > 50 and r["sentences"] >= 1 for r in rows)


def test_kg_docs_table_lists_every_document():
    out = run_kg("docs", CORPUS, cwd=ROOT)
    assert out.returncode == 0, out.stderr
    assert out.stdout.rstrip().endswith(f"{len(EXPECTED)} documents")
    assert "未来产业展望" in out.stdout and "史丹、梁慎宇" in out.stdout
