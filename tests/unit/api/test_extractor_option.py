"""The Python calls that run the extractor take its statistical components as
one value, ``extractor=ExtractorOptions(...)`` (kg.options, exported by `kg`
and kg.api), never one keyword per component.  The passage is made up."""
from __future__ import annotations

import inspect
import json
from dataclasses import fields

import pytest

import kg
import kg.api
import kg.extract
from kg.options import DEFAULT_EXTRACTOR, RULES_ONLY, ExtractorOptions

PLAN_TEXT = "某市经信局印发《智慧农业发展行动计划》，计划三年内建成人工智能、物联网和北斗导航应用示范基地。"
PLAN_GAP = ("《智慧农业发展行动计划》", "prioritizes", "物联网")  # the relation gap-filler's (tests/unit/extract/test_relfill.py)
COMPONENTS = [f.name for f in fields(ExtractorOptions)]
RUNS_THE_EXTRACTOR = [kg.api.build, kg.api.extract, kg.api.evaluate, kg.extract.extract_text,
                      kg.extract.extract_document, kg.extract.extract_passages]


def test_the_options_are_exported_by_kg_and_kg_api():
    from kg import ExtractorOptions as exported

    assert exported is ExtractorOptions is kg.api.ExtractorOptions
    assert kg.DEFAULT_EXTRACTOR is DEFAULT_EXTRACTOR and kg.RULES_ONLY is RULES_ONLY


@pytest.mark.parametrize("call", RUNS_THE_EXTRACTOR, ids=lambda f: f"{f.__module__}.{f.__name__}")
def test_each_call_takes_one_extractor_value_defaulting_to_the_default(call):
    params = inspect.signature(call).parameters
    assert params["extractor"].kind is inspect.Parameter.KEYWORD_ONLY
    assert params["extractor"].default is DEFAULT_EXTRACTOR
    assert not set(COMPONENTS) & set(params)


@pytest.mark.parametrize("call, args", [(kg.api.build, ("no-such-corpus",)), (kg.api.extract, ("-",)),
                                        (kg.api.evaluate, ("-",)), (kg.extract.extract_text, ("某市",))],
                         ids=["build", "extract", "evaluate", "extract_text"])
def test_a_component_keyword_is_a_type_error_before_any_work(call, args):
    with pytest.raises(TypeError, match="relfill"):
        call(*args, relfill=False)


def test_extract_runs_the_components_asked_for(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "plan", "text": PLAN_TEXT}, ensure_ascii=False) + "\n", encoding="utf-8")

    def relations(**extractor):
        [record] = kg.api.extract(src, None, **extractor)
        return {(r["head"], r["type"], r["tail"]) for r in record["relations"]}

    assert PLAN_GAP not in relations()  # (the gap-filler is off by default)
    assert PLAN_GAP in relations(extractor=ExtractorOptions(relfill=True))
    assert PLAN_GAP not in relations(extractor=ExtractorOptions(relfill=False))
    assert PLAN_GAP not in relations(extractor=RULES_ONLY)
