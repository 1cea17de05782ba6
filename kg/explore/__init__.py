"""The offline HTML graph explorer: one self-contained file (vis-network via
pyvis, all JavaScript and CSS inlined) that a user opens from disk."""
from kg.explore.page import write_explorer

__all__ = ["write_explorer"]
