"""Imported by the worker processes' fork server (see kg.builder.worker): builds the
extraction pipeline there once, so every worker forked from it starts with
spaCy, the jieba dictionary and the lexicons loaded."""
from kg.extract.core import extract_text

# one passage also compiles what the first extraction would (~0.1 s)
extract_text("工业和信息化部印发《关于推动未来产业创新发展的实施意见》，人工智能赋能制造业。")
