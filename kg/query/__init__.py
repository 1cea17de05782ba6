"""SPARQL, lookup, the networkx projection and analytics over the built graph.

    sparql.run_query(store, query)      -> Result (.vars, .rows, .boolean)
    lookup.LookupIndex(store).lookup()  -> dict   (Graph.lookup)
    project.to_networkx(store)          -> nx.MultiDiGraph (Graph.to_networkx)
    analytics.stats / neighbors / path / central / communities  -> dict
    validate.validate(rdflib_graph)     -> {"conforms", "violations"}

Submodules load lazily so a command imports only what it runs.
"""
_EXPORTS = {
    "run_query": "kg.query.sparql",
    "to_networkx": "kg.query.project",
    "stats": "kg.query.analytics",
    "neighbors": "kg.query.analytics",
    "path": "kg.query.analytics",
    "central": "kg.query.analytics",
    "communities": "kg.query.analytics",
}


def __getattr__(name):
    import importlib

    if name in _EXPORTS:
        return getattr(importlib.import_module(_EXPORTS[name]), name)
    if name in ("sparql", "lookup", "project", "analytics", "validate", "endpoint"):
        return importlib.import_module(f"kg.query.{name}")
    raise AttributeError(name)
