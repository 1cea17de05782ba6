"""Imported by the worker processes' fork server when a build runs with NER
(see kg.builder): builds the pipeline with ``kg_ner`` there once, so every
worker forked from it starts with jiagu's model loaded."""
from kg.extract.core import extract_text
from kg.options import ExtractorOptions

extract_text("新闻发言人许洪亮在北京介绍，王楚钦和孙颖莎夺冠。", extractor=ExtractorOptions(ner=True))
