"""SHACL validation of the graph against ontology/shapes.ttl (pySHACL)."""
from __future__ import annotations

from pathlib import Path

from kg.graph.ontology import SHAPES_PATH, PREFIXES


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


def _compact(value: str | None) -> str:
    if value is None:
        return ""
    for prefix, ns in sorted(PREFIXES.items(), key=lambda kv: -len(kv[1])):
        if value.startswith(ns):
            return f"{prefix}:{value[len(ns):]}"
    return value


def format_report(report: dict) -> str:
    vs = report["violations"]
    if report["conforms"] and not vs:
        return "the graph conforms to ontology/shapes.ttl: no violations"
    errors = sum(1 for v in vs if v["severity"] == "Violation")
    head = "the graph conforms" if report["conforms"] else "the graph does NOT conform"
    lines = [f"{head}: {errors} violations, {len(vs) - errors} warnings/infos"]
    for v in vs[:200]:
        where = _compact(v["focus"]) + (f" {_compact(v['path'])}" if v["path"] else "")
        value = f" (value {_compact(v['value'])})" if v["value"] else ""
        lines.append(f"  {v['severity']}: {where}{value}: {v['message']}")
    if len(vs) > 200:
        lines.append(f"  … {len(vs) - 200} more")
    return "\n".join(lines)
