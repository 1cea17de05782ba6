"""The `kg trend --chart` picture: mentions and documents per period as two
stacked line charts, in hand-written SVG (or that SVG in an HTML page).

The text is Chinese; the font list names common CJK fonts and ends with
WenQuanYi Micro Hei (Debian's fonts-wqy-microhei) and the generic sans-serif,
so the labels render on a fresh machine without fetching anything.
"""
from __future__ import annotations

from html import escape
from pathlib import Path

from kg.errors import InputError
from kg.files import atomic_write
from kg.query.trends import all_periods
from kg.schema import LABELS_ZH

FONT_FAMILY = "'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', 'WenQuanYi Micro Hei', sans-serif"
# one colour per series (colour-blind-safe categorical palette, Okabe-Ito)
SERIES_COLOURS = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442")
PERIOD_WORDS = {"year": "年份", "quarter": "季度", "month": "月份"}
CHART_SUFFIXES = (".svg", ".html", ".htm")

WIDTH, PANEL_H, LEFT, RIGHT, TOP = 880, 210, 72, 24, 96


def _nice_max(value: int) -> int:
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000):
        if value <= step * 5:
            return step * 5 if value > 0 else 5
    return ((value // 10000) + 1) * 10000


def _panel(series: list[dict], periods: list[str], metric: str, title: str, y0: int) -> list[str]:
    values = [{p["period"]: p[metric] for p in s["periods"]} for s in series]
    top = _nice_max(max((v for vs in values for v in vs.values()), default=0))
    plot_w = WIDTH - LEFT - RIGHT
    step = plot_w / max(len(periods), 1)
    x = {p: LEFT + step * (i + 0.5) for i, p in enumerate(periods)}

    def y(v: float) -> float:
        return y0 + PANEL_H - v / top * PANEL_H

    out = [f'<text class="panel-title" x="{LEFT}" y="{y0 - 12}">{escape(title)}</text>']
    for k in range(6):  # gridlines and y ticks
        v = top * k / 5
        out.append(f'<line class="grid" x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y(v):.1f}" y2="{y(v):.1f}"/>')
        out.append(f'<text class="tick" x="{LEFT - 8}" y="{y(v) + 4:.1f}" text-anchor="end">{v:g}</text>')
    label_every = max(1, -(-len(periods) // 12))  # at most 12 period labels: they must not overlap
    for i, p in enumerate(periods):
        if i % label_every == 0:
            out.append(f'<text class="tick" x="{x[p]:.1f}" y="{y0 + PANEL_H + 18}" text-anchor="middle">{escape(p)}</text>')
    for k, (s, vs) in enumerate(zip(series, values)):
        colour = SERIES_COLOURS[k % len(SERIES_COLOURS)]
        points = " ".join(f"{x[p]:.1f},{y(vs.get(p, 0)):.1f}" for p in periods)
        out.append(f'<polyline class="line" points="{points}" stroke="{colour}"/>')
        for p in periods:
            v = vs.get(p, 0)
            if v:
                out.append(f'<circle cx="{x[p]:.1f}" cy="{y(v):.1f}" r="{4 if len(periods) <= 40 else 2.5}" fill="{colour}">'
                           f'<title>{escape(s["entity"])} {escape(p)}: {v}</title></circle>')
                if len(periods) <= 24:  # beyond that the numbers crowd the line
                    out.append(f'<text class="value" x="{x[p]:.1f}" y="{y(v) - 8:.1f}" text-anchor="middle" '
                               f'fill="{colour}">{v}</text>')
    return out


def trend_svg(result: dict) -> str:
    """The SVG document of a `kg.query.trends.trend` result."""
    series = result["series"]
    dated = sorted({p["period"] for s in series for p in s["periods"]})
    periods = all_periods(dated[0], dated[-1], result["by"]) if dated else []
    names = "、".join(s["entity"] for s in series)
    top = TOP + 20 * (len(series) - 1)  # one note line per series
    height = top + 2 * (PANEL_H + 70) + 40
    word = PERIOD_WORDS[result["by"]]
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" '
        f'viewBox="0 0 {WIDTH} {height}" font-family="{escape(FONT_FAMILY)}">',
        "<style>text{fill:#222}.title{font-size:20px;font-weight:bold}.note{font-size:13px;fill:#555}"
        ".panel-title{font-size:15px;font-weight:bold}.tick{font-size:12px;fill:#555}.value{font-size:11px}"
        ".legend{font-size:14px}.grid{stroke:#e3e3e3;stroke-width:1}"
        ".line{fill:none;stroke-width:2.5;stroke-linejoin:round}</style>",
        f'<rect width="{WIDTH}" height="{height}" fill="#fff"/>',
        f'<text class="title" x="{LEFT}" y="32">{escape(names)}：按{word}的提及与文档</text>',
    ]
    notes = []
    for s in series:
        apart = [f"未注明日期 {s['undated']['documents']} 篇"] if s["undated"]["documents"] else []
        if s["imprecise"]["documents"]:
            apart.append(f"日期不精确到{word} {s['imprecise']['documents']} 篇")
        notes.append(f"{s['entity']}（{LABELS_ZH.get(s['type'], s['type'])}）共 {s['documents']} 篇文档" + (f"，其中{'、'.join(apart)}未计入图中" if apart else ""))
    for k, note in enumerate(notes):
        out.append(f'<text class="note" x="{LEFT}" y="{54 + 20 * k}">{escape(note)}</text>')
    legend_y = 66 + 20 * (len(notes) - 1)
    lx = LEFT
    for k, s in enumerate(series):  # legend
        colour = SERIES_COLOURS[k % len(SERIES_COLOURS)]
        out.append(f'<rect x="{lx}" y="{legend_y}" width="14" height="14" fill="{colour}"/>')
        out.append(f'<text class="legend" x="{lx + 20}" y="{legend_y + 12}">{escape(s["entity"])}</text>')
        lx += 40 + 15 * len(s["entity"])
    if not periods:
        out.append(f'<text class="panel-title" x="{LEFT}" y="{top + 40}">没有注明日期的文档</text>')
    else:
        out += _panel(series, periods, "mentions", "提及次数", top + 30)
        out += _panel(series, periods, "documents", "文档数", top + 30 + PANEL_H + 70)
    out.append("</svg>")
    return "\n".join(out) + "\n"


def write_trend_chart(result: dict, path: str | Path) -> str:
    """Write the chart as .svg, or as an .html page holding it; returns a summary line."""
    path = Path(path)
    if path.suffix.lower() not in CHART_SUFFIXES:
        raise InputError(f"--chart {path}: the file name must end in .svg or .html")
    svg = trend_svg(result)
    if path.suffix.lower() == ".svg":
        data = '<?xml version="1.0" encoding="UTF-8"?>\n' + svg
    else:
        title = "、".join(s["entity"] for s in result["series"])
        data = (f'<!doctype html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>{escape(title)}</title></head>\n'
                f'<body style="margin:16px;background:#fff">\n{svg}</body></html>\n')
    if not path.parent.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(path, data.encode("utf-8"))
    return f"wrote {path}"
