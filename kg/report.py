"""Plain-text tables and summaries the CLI prints (no logic beyond layout)."""
from __future__ import annotations

import unicodedata


def display_width(text: str) -> int:
    """Terminal columns: CJK and full-width characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def clip(text: str, width: int) -> str:
    out, used = "", 0
    for ch in text:
        w = display_width(ch)
        if used + w > width - 1 and display_width(text) > width:
            return out + "…"
        out += ch
        used += w
    return out


def table(headers: list[str], rows: list[list[object]], max_width: int = 40) -> str:
    """Left-aligned columns padded by display width, so Chinese text lines up."""
    cells = [[clip("" if v is None else str(v), max_width) for v in row] for row in rows]
    widths = [display_width(h) for h in headers]
    for row in cells:
        for i, v in enumerate(row):
            widths[i] = max(widths[i], display_width(v))

    def line(values: list[str]) -> str:
        return "  ".join(v + " " * (widths[i] - display_width(v)) for i, v in enumerate(values)).rstrip()

    out = [line(headers), line(["-" * w for w in widths])]
    out += [line(r) for r in cells]
    return "\n".join(out)


def docs_table(rows: list[dict]) -> str:
    body = [
        [r["id"], r["source"], r["title"] or "", "、".join(r["authors"]), r["publication"] or "", r["date"] or "",
         r.get("date_source") or "", r["chars"]]
        for r in rows
    ]
    return table(["id", "file", "title", "authors", "publication", "date", "date_source", "chars"], body) + f"\n{len(rows)} documents"


def build_summary(report: dict) -> str:
    """`report` is what kg.api.build returns (see its docstring)."""
    lines = [
        f"built {report['out']}: {report['documents']} documents "
        f"({report.get('extracted', report['documents'])} extracted, {report.get('cached', 0)} from cache), "
        f"{report['entities']} entities, {report['relations']} relations, {report['triples']} triples "
        f"in {report['seconds']:.1f}s"
    ]
    for key in ("entities_by_type", "relations_by_type"):
        counts = report.get(key) or {}
        if counts:
            lines.append(f"  {key.replace('_', ' ')}: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    if report.get("timings"):
        lines.append(f"  {STAGES_LINE}: " + ", ".join(f"{k} {v:.1f}" for k, v in report["timings"].items()))
    return "\n".join(lines)


STAGES_LINE = "seconds by stage"
