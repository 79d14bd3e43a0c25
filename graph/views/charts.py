"""Charts drawn on the server as inline SVG: a timeline of tenures (bars from the first to the last date a
release gives) and a count series over time (points joined in date order). No script and no chart library:
the page stays readable offline, in a screenshot and with scripts off. Every label is escaped (it comes from
release text), and every mark links to its evidence."""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date

WIDTH, LABEL, ROW, AXIS = 960, 300, 22, 24
COLOURS = {"head": "#1f5fa8", "deputy": "#6a9fd8", "other": "#9aa5b1", "acting": "#e0a030"}


@dataclass
class Bar:
    label: str
    start: str  # ISO date
    end: str  # ISO date
    tip: str
    href: str
    style: str = "other"  # a key of COLOURS


@dataclass
class Point:
    day: str  # ISO date
    value: float
    tip: str
    href: str


def _day(iso: str) -> float:
    return date.fromisoformat(iso[:10]).toordinal()


def _years(low: float, high: float) -> list[tuple[float, str]]:
    first, last = date.fromordinal(int(low)).year, date.fromordinal(int(high)).year
    step = max(1, (last - first + 1) // 10)
    return [(date(y, 1, 1).toordinal(), str(y)) for y in range(first, last + 2, step)
            if low <= date(y, 1, 1).toordinal() <= high]


def _scale(low: float, high: float, left: float, right: float):
    span = max(high - low, 1.0)
    return lambda v: left + (v - low) / span * (right - left)


def _axis(x, low: float, high: float, top: float, bottom: float) -> str:
    """Year lines with their labels; the first label at the left edge names the year the axis starts in."""
    ticks = [(at, year) for at, year in _years(low, high) if x(high) - x(at) > 30]
    start = date.fromordinal(int(low))
    if not ticks or x(ticks[0][0]) - x(low) > 40:
        ticks.insert(0, (low, str(start.year)))
    out = []
    for at, year in ticks:
        out.append(f'<line x1="{x(at):.1f}" x2="{x(at):.1f}" y1="{top}" y2="{bottom}" stroke="#e3e3e3"/>'
                   f'<text x="{x(at) + 2:.1f}" y="{bottom + 14}" font-size="11" fill="#555">{year}</text>')
    return "".join(out)


def legend(styles: dict[str, str]) -> str:
    """The colours of a timeline, as HTML (style key -> what it means)."""
    return '<p class="legend">' + " ".join(
        f'<span><svg width="14" height="10"><rect width="14" height="10" rx="2" fill="{COLOURS[key]}"/></svg> '
        f'{html.escape(text)}</span>' for key, text in styles.items()) + "</p>"


def _short(text: str, limit: int = 44) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "…"


def timeline(bars: list[Bar], title: str) -> str:
    """Tenures as horizontal bars on one time axis, one row each, the label on the left."""
    dated = [b for b in bars if b.start and b.end]
    if not dated:
        return ""
    low = min(_day(b.start) for b in dated) - 30
    high = max(_day(b.end) for b in dated) + 30
    x = _scale(low, high, LABEL, WIDTH - 10)
    height = len(dated) * ROW + AXIS + 8
    rows = []
    for i, b in enumerate(dated):
        y = 4 + i * ROW
        x0, x1 = x(_day(b.start)), x(_day(b.end))
        colour = COLOURS.get(b.style, COLOURS["other"])
        rows.append(f'<a href="{html.escape(b.href)}"><title>{html.escape(b.tip)}</title>'
                    f'<text x="{LABEL - 6}" y="{y + 14}" font-size="12" text-anchor="end">{html.escape(_short(b.label))}</text>'
                    f'<rect x="{x0:.1f}" y="{y + 3}" width="{max(x1 - x0, 4):.1f}" height="{ROW - 7}" rx="3" fill="{colour}"/></a>')
    return (f'<svg class="chart timeline" role="img" aria-label="{html.escape(title)}" viewBox="0 0 {WIDTH} {height}" '
            f'width="{WIDTH}" height="{height}" xmlns="http://www.w3.org/2000/svg">'
            f'{_axis(x, low, high, 0, height - AXIS)}{"".join(rows)}</svg>')


def _number(value: float) -> str:
    for size, suffix in ((1e9, "B"), (1e6, "M"), (1e3, "k")):
        if abs(value) >= size:
            return f"{value / size:.3g}{suffix}"
    return f"{value:.3g}"


def series(points: list[Point], title: str) -> str:
    """One count series: points in date order over a time axis, the value axis from 0, joined by a line."""
    dated = sorted((p for p in points if p.day), key=lambda p: p.day)
    if not dated:
        return ""
    height, left, top, bottom = 220, 60, 10, 190
    low, high = _day(dated[0].day) - 30, _day(dated[-1].day) + 30
    x = _scale(low, high, left, WIDTH - 10)
    peak = max(max(p.value for p in dated), 1)
    y = _scale(0, peak, bottom, top)
    grid = "".join(f'<line x1="{left}" x2="{WIDTH - 10}" y1="{y(peak * f):.1f}" y2="{y(peak * f):.1f}" stroke="#eee"/>'
                   f'<text x="{left - 4}" y="{y(peak * f) + 4:.1f}" font-size="11" text-anchor="end" fill="#555">'
                   f'{_number(peak * f)}</text>' for f in (0, .5, 1))
    line = " ".join(f"{x(_day(p.day)):.1f},{y(p.value):.1f}" for p in dated)
    dots = "".join(f'<a href="{html.escape(p.href)}"><title>{html.escape(p.tip)}</title>'
                   f'<circle cx="{x(_day(p.day)):.1f}" cy="{y(p.value):.1f}" r="4" fill="#c0392b"/></a>' for p in dated)
    return (f'<svg class="chart series" role="img" aria-label="{html.escape(title)}" viewBox="0 0 {WIDTH} {height + 10}" '
            f'width="{WIDTH}" height="{height + 10}" xmlns="http://www.w3.org/2000/svg">'
            f'{_axis(x, low, high, top, bottom)}{grid}<polyline points="{line}" fill="none" stroke="#c0392b" '
            f'stroke-opacity=".4"/>{dots}</svg>')
