"""Check the surfaces of the company lists (institution_company.tsv,
institution_soe.tsv and the companies of institution.tsv) the way
bench/lexicon_counties.py checks a county's short form: each surface that
is not a long registered name is run through its Checker, with every lexicon
surface given to jieba as the pipeline gives them.

    .venv/bin/python bench/lexicon_companies.py [FILE.tsv …]

prints one line per surface that goes wrong in running text, with why:

- in jieba's dictionary with a tag other than a name tag (nr, ns, nt, nz, j)
  and a frequency of at least WORD_FREQ: to be reviewed, since jieba tags many
  brands n (网易, 携程) but also ordinary words (美的, 浪潮, 长城);
- read across two ordinary words (广汽 in 推广|汽车, 中物联 in 其中|物联网);
- cut out of a frequent word that contains it.

A surface of six characters or more, or one ending in a legal form or group
word (集团, 公司, 股份, 控股, 银行 …), is not checked: 银行 and 集团 end the
name, and no ordinary word runs on from them.  The list is reviewed by hand:
a flagged short name is listed only in its company form (美的集团).  Exit
status 1 when anything is flagged.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from lexicon_counties import LEX, WORD_FREQ, Checker, existing_surfaces, jieba_dict  # noqa: E402

# jieba's tags for names: persons, places, organisations (nt), other proper names (nz), abbreviations (j)
NAME_TAGS = {"nr", "nrt", "ns", "nt", "nz", "j"}

FILES = ("institution_company.tsv", "institution_soe.tsv")
FORM_ENDINGS = ("集团", "公司", "股份", "控股", "银行")
LONG = 6


def surfaces(path: Path) -> list[tuple[str, str]]:
    out = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        if not raw.strip() or raw.startswith("#"):
            continue
        cols = raw.split("\t")
        if len(cols) < 2 or cols[1] != "Institution":
            continue
        out.append((cols[0], cols[0]))
        if len(cols) > 3:
            out.extend((cols[0], a) for a in cols[3].split("|") if a)
    return out


def main(names: list[str]) -> int:
    taken = existing_surfaces()
    checker = Checker(jieba_dict(), taken)
    checker.add_to_jieba(sorted(taken))
    flagged = 0
    for name in names or FILES:
        path = Path(name) if "/" in name else LEX / name
        for term, s in surfaces(path):
            if len(s) >= LONG or s.endswith(FORM_ENDINGS) or not any("\u4e00" <= ch <= "\u9fff" for ch in s):
                continue
            f, tag = checker.words.get(s, (0, ""))
            why = ""
            if f >= WORD_FREQ and tag not in NAME_TAGS:
                why = f"in jieba's dictionary as {tag} {f}: review its other senses"
            why = why or checker.straddles(s) or checker.inside(s)
            if why:
                flagged += 1
                print(f"{path.name}\t{term}\t{s}\t{why}")
    return 1 if flagged else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
