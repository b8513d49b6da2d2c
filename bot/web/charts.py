"""Bar charts as server-rendered SVG: geometry only, computed here so the template has nothing to work out.

Every bar carries its number as text and a fill that differs by pattern (solid, stripes, dots), not by colour
alone; the page puts the same figures in a table beside the chart as its text alternative. Widths and positions are
SVG attributes, not style, so the CSP's `style-src 'self'` holds.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

LABEL_WIDTH = 210  # room for a portefeuillehouder's name
BAR_AREA = 380
VALUE_ROOM = 50
BAR_HEIGHT = 16
BAR_GAP = 3
GROUP_GAP = 14
LEGEND_HEIGHT = 30
MAX_LABEL = 30


@dataclass(frozen=True)
class Bar:
    series: str  # the pattern: "open", "late", "done", "month"
    y: int
    width: int
    value: int
    value_x: int


@dataclass(frozen=True)
class Group:
    label: str
    label_y: int
    bars: tuple[Bar, ...]


@dataclass(frozen=True)
class LegendEntry:
    series: str
    label: str
    x: int


@dataclass(frozen=True)
class Chart:
    id: str
    title: str
    width: int
    height: int
    label_width: int
    bar_height: int
    groups: tuple[Group, ...]
    legend: tuple[LegendEntry, ...]


def bar_chart(chart_id: str, title: str, series: Sequence[tuple[str, str]],
              rows: Sequence[tuple[str, Sequence[int]]]) -> Chart:
    """`series`: (pattern, legend text) per bar of a group; `rows`: (group label, one value per series)."""
    largest = max((value for _label, values in rows for value in values), default=0) or 1
    top = LEGEND_HEIGHT if len(series) > 1 else 4
    groups = []
    y = top
    for label, values in rows:
        bars = []
        for (pattern, _text), value in zip(series, values, strict=True):
            width = round(BAR_AREA * value / largest)
            bars.append(Bar(pattern, y, width, value, LABEL_WIDTH + width + 6))
            y += BAR_HEIGHT + BAR_GAP
        groups.append(Group(_short(label), bars[0].y + (len(bars) * (BAR_HEIGHT + BAR_GAP)) // 2 + 4, tuple(bars)))
        y += GROUP_GAP - BAR_GAP
    legend = tuple(LegendEntry(pattern, text, LABEL_WIDTH + i * 140) for i, (pattern, text) in enumerate(series)) \
        if len(series) > 1 else ()
    return Chart(chart_id, title, LABEL_WIDTH + BAR_AREA + VALUE_ROOM, y + 4, LABEL_WIDTH - 8, BAR_HEIGHT,
                 tuple(groups), legend)


def _short(label: str) -> str:
    return label if len(label) <= MAX_LABEL else label[:MAX_LABEL - 1] + "…"
