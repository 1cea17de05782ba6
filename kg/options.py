"""The extractor's optional statistical components, as one value, and their
defaults (defined here once: a light module, so the CLI can read the defaults
for its options without loading the schema)."""
from __future__ import annotations

from dataclasses import dataclass, fields


@dataclass(frozen=True)
class ExtractorOptions:
    """The extractor's optional statistical components: each makes another
    extractor, with its own pipeline and its own cache fingerprint.  Passed
    whole, as ``extractor=``, from kg.api (build, extract, evaluate) down to
    the pipeline (kg.extract.pipeline.build_nlp); `kg build`, `kg extract` and
    `kg eval` make it from one option per field (kg.cli.commands.EXTRACTOR_OPTS).
    A new component is a field here, its pipe in build_nlp and its option there."""

    ner: bool = False  # kg_ner, statistical names (the `ner` extra)
    crf: bool = False  # kg_crf, the Technology / Industry gap-filler (the `crf` extra)
    relfill: bool = False  # kg_relfill, the relation gap-filler (off by default since session 51: on held-out and blind text it adds more wrong relations than right ones)
    spanfill: bool = True  # kg_spanfill, the Technology / Industry span filler (on by default: it carries to new text)
    prune: bool = True  # kg_prune, drops rule Technology / Industry mentions a logistic regression judges no entity (on by default since session 51: it gained on every blind set)
    retype: bool = True  # kg_retype, gives a rule Technology / Industry mention the other type when a logistic regression is confident of it

    @property
    def tag(self) -> str:
        """':ner', ':crf:relfill' …: the components on, in field order ('' for the rules alone)."""
        return "".join(f":{f.name}" for f in fields(self) if getattr(self, f.name))


RULES_ONLY = ExtractorOptions(ner=False, crf=False, relfill=False, spanfill=False, prune=False, retype=False)  # the rules, no statistical component
DEFAULT_EXTRACTOR = ExtractorOptions()  # what `kg build`, `kg extract`, `kg eval` and the Python calls run without options
