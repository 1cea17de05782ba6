"""SHACL validation of the graph against ontology/shapes.ttl (pySHACL)."""
from __future__ import annotations

from pathlib import Path

from kg.graph.ontology import SHAPES_PATH


def validate(data_graph, shapes_path: Path | str = SHAPES_PATH) -> dict:
    """`data_graph`: an rdflib.Graph holding the graph and the ontology.
    Returns {"conforms": bool, "violations": [{"severity", "focus", "path",
    "value", "shape", "message"}]}."""
    import pyshacl
    import rdflib
    from rdflib.namespace import SH

    shapes = rdflib.Graph()
    shapes.parse(str(shapes_path), format="turtle")
    conforms, results, _text = pyshacl.validate(
        data_graph, shacl_graph=shapes, inference="none", advanced=True, allow_warnings=True
    )
    violations = []
    for result in results.subjects(rdflib.RDF.type, SH.ValidationResult):
        def one(p):
            v = results.value(result, p)
            return None if v is None else str(v)

        severity = one(SH.resultSeverity) or ""
        violations.append({
            "severity": severity.rsplit("#", 1)[-1],
            "focus": one(SH.focusNode),
            "path": one(SH.resultPath),
            "value": one(SH.value),
            "shape": one(SH.sourceShape) if not isinstance(results.value(result, SH.sourceShape), rdflib.BNode) else None,
            "message": " ".join(str(m) for m in results.objects(result, SH.resultMessage)),
        })
    violations.sort(key=lambda v: (v["severity"] != "Violation", v["focus"] or "", v["path"] or "", v["message"]))
    return {"conforms": bool(conforms), "violations": violations}
