"""The records passed between pipeline stages.

ingest -> Document -> extract -> Extraction (Mentions, Relations) -> resolve
(corpus-wide canonical labels) -> graph.  Every record is plain data (dataclasses
of str/int/float/list/dict) so it pickles to worker processes and serialises to
JSON (``asdict`` / ``from_dict``) for the incremental-build cache.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from kg.options import DEFAULT_EXTRACTOR, ExtractorOptions  # noqa: F401 (the extractor's options travel with its data)
from kg.schema import ENTITY_TYPES, RELATION_TYPES  # noqa: F401 (read from ontology/kg.ttl)

# Where a document's date can come from, in order of precedence: what the text
# states about the article first, then what the file says about all of its
# articles (kg/ingest/articles.py explains each).
DATE_SOURCES = (
    "attribution",  # a quotation's ——在…时强调（2020年4月1日）
    "byline",  # 发布时间：/日期：/来源：… 2024-03-01, （原载于…2024年…）
    "title",  # …的通知（2021年12月28日）
    "signature",  # 落款: the issuing institution, then the date, closing a document
    "page",  # a newspaper page's or bulletin's front-matter date, carried to its articles
    "filename",  # 20230915.md, 2023-09-15_x.txt
    "html-meta",  # <meta property="article:published_time">, PubDate, …
    "pdf-metadata",  # the PDF Info dictionary: CreationDate, else ModDate
    "docx-metadata",  # the .docx core properties: created, else modified
)


@dataclass(frozen=True)
class Sentence:
    """A sentence of a document: ``Document.text[start:end] == text``."""

    start: int
    end: int
    text: str


@dataclass
class Document:
    """One article (a file may hold several), cleaned and segmented.

    ``id`` is stable across runs: ``<file stem>`` for a single-article file,
    ``<file stem>#<NN>`` (two digits, from 01) for the NN-th article of a file.
    Metadata fields are ``None``/empty when the text does not give them.
    """

    id: str
    source: str  # path of the file relative to the corpus folder, "/"-separated
    text: str  # cleaned body text; every offset in the pipeline points into it
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    # author name -> raw affiliation/role strings the text gives for that author,
    # e.g. {"王韬": ["中国社会科学院工业经济研究所研究员"]}; key "" = for all authors
    affiliations: dict[str, list[str]] = field(default_factory=dict)
    publication: str | None = None  # source newspaper / journal, without 《》
    date: str | None = None  # ISO 8601: YYYY-MM-DD, YYYY-MM or YYYY
    occasion: str | None = None  # for dated quotations: the occasion text
    sentences: list[Sentence] = field(default_factory=list)
    content_hash: str = ""  # sha256 hex of text + metadata: drives incremental builds
    # where `date` came from: one of DATE_SOURCES (None when there is no date)
    date_source: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def header(self) -> "Document":
        """This document without its body text and sentences: the metadata that
        graph assembly and the manifest need, cheap to send between processes."""
        return Document(
            self.id, self.source, "", self.title, list(self.authors),
            {k: list(v) for k, v in self.affiliations.items()}, self.publication, self.date,
            self.occasion, [], self.content_hash, self.date_source,
        )

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Document":
        d = dict(d)
        d["sentences"] = [Sentence(**s) for s in d.get("sentences", [])]
        return cls(**d)


@dataclass
class Mention:
    """An entity mention: ``text`` is the exact surface at ``[start, end)`` of the
    text it was found in (Document.text for documents)."""

    text: str
    type: str  # one of ENTITY_TYPES
    label: str  # canonical label (after alias normalisation)
    start: int
    end: int
    source: str = "text"  # "text" or "metadata" (authors/publication lines)


@dataclass
class Evidence:
    """Where a relation is stated."""

    doc_id: str
    sentence: str  # the sentence text
    start: int  # sentence offsets in Document.text
    end: int
    rule: str  # id of the pattern / rule that produced it
    confidence: float = 1.0


@dataclass
class Relation:
    head: str  # canonical label of the head entity
    type: str  # one of RELATION_TYPES
    tail: str  # canonical label of the tail entity
    head_text: str  # surfaces as written in the evidence sentence
    tail_text: str
    head_type: str
    tail_type: str
    evidence: Evidence

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Relation":
        d = dict(d)
        d["evidence"] = Evidence(**d["evidence"])
        return cls(**d)


@dataclass
class Extraction:
    """What the extractor found in one Document (a pure function of it)."""

    doc_id: str
    mentions: list[Mention] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    # aliases this document defines, canonical label -> surfaces (e.g. from
    # （以下简称“…”） or 《意见》 resolved to a full title)
    aliases: dict[str, list[str]] = field(default_factory=dict)
    # end offset of each sentence of the document, ascending: the cache keeps
    # them so co-mentions per sentence can be counted after a build
    sentence_ends: list[int] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        # = asdict(self), written out: asdict's generic recursion was ~10% of
        # a large build (the cache serialises every extraction)
        return {
            "doc_id": self.doc_id,
            "mentions": [dict(vars(m)) for m in self.mentions],
            "relations": [{**vars(r), "evidence": dict(vars(r.evidence))} for r in self.relations],
            "aliases": {k: list(v) for k, v in self.aliases.items()},
            "sentence_ends": list(self.sentence_ends),
        }

    def summary(self) -> "ExtractionSummary":
        """What corpus-wide resolution and the graph need of this extraction:
        mentions tallied by (surface, type, label), relations and aliases."""
        tally: dict[tuple[str, str, str], int] = {}
        for m in self.mentions:
            key = (m.text, m.type, m.label)
            tally[key] = tally.get(key, 0) + 1
        return ExtractionSummary(self.doc_id, tally, self.relations, self.aliases)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Extraction":
        return cls(
            doc_id=d["doc_id"],
            mentions=[Mention(**m) for m in d.get("mentions", [])],
            relations=[Relation.from_dict(r) for r in d.get("relations", [])],
            aliases={k: list(v) for k, v in d.get("aliases", {}).items()},
            sentence_ends=list(d.get("sentence_ends", [])),
        )


@dataclass
class ExtractionSummary:
    """An Extraction without mention positions (``Extraction.summary()``).

    A build keeps one per document for the whole corpus, so it holds a tally
    instead of one Mention object per occurrence."""

    doc_id: str
    # (surface, type, canonical label) -> occurrences in the document
    mentions: dict[tuple[str, str, str], int] = field(default_factory=dict)
    relations: list[Relation] = field(default_factory=list)
    aliases: dict[str, list[str]] = field(default_factory=dict)


@dataclass
class Entity:
    """A corpus-level entity after cross-document resolution."""

    label: str  # canonical label, unique per (label, type)
    type: str
    aliases: list[str] = field(default_factory=list)  # other surfaces, sorted
    doc_ids: list[str] = field(default_factory=list)  # documents mentioning it, sorted
    mentions: int = 0  # total mention count
    # other types its mentions were read as (the node has one type: `type`), sorted
    other_types: list[str] = field(default_factory=list)
