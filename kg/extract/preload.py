"""Imported by the worker processes' fork server (see kg.pipeline): builds the
extraction pipeline there once, so every worker forked from it starts with
spaCy, the jieba dictionary and the lexicons loaded."""
from kg.extract.pipeline import get_nlp

get_nlp()
