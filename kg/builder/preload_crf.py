"""Imported by the worker processes' fork server when a build runs with the
Technology / Industry gap-filler (`kg build --crf`, see kg.builder.stages):
builds the pipeline with ``kg_crf`` there once, so every worker forked from it
starts with the CRF model loaded.  With NER too, kg.extract.preload_ner was
imported first: then the pipeline with both is the one built."""
import sys

from kg.extract.core import extract_text
from kg.options import ExtractorOptions

extract_text("某市打造以人工智能、燃料电池等为核心的装备集群。",
             extractor=ExtractorOptions(ner="kg.extract.preload_ner" in sys.modules, crf=True))
