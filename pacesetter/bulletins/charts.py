"""A bulletin's charts drawn on the server as PNG, for the Word file and the PDF.

matplotlib's object API only (``Figure`` + Agg canvas): no pyplot, so no global figure state
shared between requests. Chinese labels are drawn in the chart face ``fonts.resolve`` found,
with DejaVu behind it for any glyph the CJK face lacks, so nothing shows as a box.
"""

from __future__ import annotations

import functools
import io
import textwrap
import threading
from typing import Any

from matplotlib import font_manager
from matplotlib.artist import Artist
from matplotlib.axes import Axes
from matplotlib.axis import Axis
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties
from matplotlib.ft2font import FT2Font
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.ticker import FuncFormatter
from matplotlib.transforms import blended_transform_factory

from pacesetter.bulletins import fonts
from pacesetter.bulletins.document import Chart

MM_PER_INCH = 25.4
FONT_SIZE = 10.0
ROW_MM = 7.0  # height of one label in the horizontal charts
LABEL_CHARS = 12  # a longer label goes on two lines
RED, YELLOW, GREEN = "#d64541", "#e8a317", "#3a9a5b"
BAR = "#2f5597"
MARKER = "#222222"
# A bar below the time elapsed by more than this many points is red, below it at all yellow.
RED_GAP = 0.05

_lock = threading.Lock()  # matplotlib's font cache and Agg are not thread-safe


def chart_png(chart: Chart, *, width_mm: float = 156, dpi: int = 200) -> bytes:
    """The chart as PNG bytes, ``width_mm`` wide at ``dpi``; its height follows the labels."""
    with _lock:
        size = (width_mm / MM_PER_INCH, _height_mm(chart) / MM_PER_INCH)
        fig = Figure(figsize=size, dpi=dpi, layout="constrained")
        FigureCanvasAgg(fig)
        ax = fig.add_subplot()
        draw = {"bullet": _bullet, "hbar": _hbar, "bars": _bars}.get(chart.kind, _bars)
        draw(ax, chart, _font())
        # Across the figure, not the plot: a long title may start over the labels.
        fig.suptitle(chart.title, x=0.01, ha="left", fontproperties=_font(FONT_SIZE + 2))
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
        out = io.BytesIO()
        fig.savefig(out, format="png", dpi=dpi)
        return out.getvalue()


def _height_mm(chart: Chart) -> float:
    if chart.kind == "bars":
        return 85.0
    rows = len(chart.labels) + (len(_group_runs(chart)) if chart.kind == "bullet" else 0)
    wrapped = any("\n" in label for label in _labels(chart.labels))
    return 30.0 + (ROW_MM + 2 * wrapped) * max(rows, 2)


def _bullet(ax: Axes, chart: Chart, fp: FontProperties) -> None:
    """Completion (bar) against time elapsed (marker), one row per label, pillars as headers."""
    values = _series(chart, 0)
    marks = _series(chart, 1)
    ys, header_ys = _bullet_rows(chart)
    for y, value, mark in zip(ys, values, marks, strict=True):
        if value is not None:
            ax.barh(y, value, height=0.62, color=_status_colour(value, mark, chart))
        if mark is not None:
            ax.vlines(mark, y - 0.42, y + 0.42, colors=MARKER, linewidth=2)
        ends = [v for v in (value, mark) if v is not None]
        ax.text(
            max(ends, default=0) + _span(chart) * 0.01,
            y,
            _value_text(value, chart),
            va="center",
            fontproperties=fp,
        )
    # Pillar headers sit in the label column, set off in bold, above their indicators.
    label_column = blended_transform_factory(ax.transAxes, ax.transData)
    for y, group in header_ys:
        ax.text(
            -0.012,
            y,
            group,
            va="center",
            ha="right",
            transform=label_column,
            fontproperties=_font(FONT_SIZE, bold=True),
        )
    ax.set_yticks(ys, _labels(chart.labels), fontproperties=fp)
    ax.set_ylim(max([*ys, *(y for y, _ in header_ys)], default=0) + 0.7, -0.7)
    ax.set_xlim(0, _span(chart) * 1.12)
    _value_axis(ax.xaxis, chart)
    handles: list[Artist] = [Patch(color=GREEN, label=_name(chart, 0))]
    if len(chart.series) > 1:
        handles.append(Line2D([], [], color=MARKER, linewidth=2, label=_name(chart, 1)))
    _legend(ax, fp, handles=handles)
    ax.grid(axis="x", color="#dddddd", linewidth=0.6)
    ax.set_axisbelow(True)


def _bullet_rows(chart: Chart) -> tuple[list[float], list[tuple[float, str]]]:
    """y of each label (top down) and of each pillar's header row, when there are pillars."""
    ys: list[float] = []
    headers: list[tuple[float, str]] = []
    y = 0.0
    for group, count in _group_runs(chart):
        if group:
            headers.append((y, group))
            y += 1
        ys.extend(y + i for i in range(count))
        y += count
    return ys, headers


def _group_runs(chart: Chart) -> list[tuple[str, int]]:
    """Consecutive labels of the same pillar, in order ("" when the chart has no pillars)."""
    groups = chart.groups if len(chart.groups) == len(chart.labels) else [""] * len(chart.labels)
    runs: list[tuple[str, int]] = []
    for group in groups:
        if runs and runs[-1][0] == group:
            runs[-1] = (group, runs[-1][1] + 1)
        else:
            runs.append((group, 1))
    return runs if any(g for g, _ in runs) else [("", len(chart.labels))]


def _status_colour(value: float, mark: float | None, chart: Chart) -> str:
    if mark is None:
        return GREEN
    gap = RED_GAP if chart.percent else RED_GAP * abs(mark)
    if value < mark - gap:
        return RED
    return YELLOW if value < mark else GREEN


def _hbar(ax: Axes, chart: Chart, fp: FontProperties) -> None:
    """A ranking: first label on top, the value written at each bar's end."""
    values = _series(chart, 0)
    ys = list(range(len(chart.labels)))
    ax.barh(ys, [v or 0 for v in values], height=0.62, color=BAR)
    pad = _span(chart) * 0.01
    for y, value in zip(ys, values, strict=True):
        end = value or 0
        ax.text(
            end + (pad if end >= 0 else -pad),
            y,
            _value_text(value, chart),
            va="center",
            ha="left" if end >= 0 else "right",
            fontproperties=fp,
        )
    ax.set_yticks(ys, _labels(chart.labels), fontproperties=fp)
    ax.set_ylim(len(ys) - 0.4, -0.6)
    low = min([0.0, *(v for v in values if v is not None)])
    room = (_span(chart) - low) * 0.12  # for the value written past a negative bar
    ax.set_xlim(low - room if low < 0 else 0, _span(chart) * 1.12)
    _value_axis(ax.xaxis, chart)
    ax.grid(axis="x", color="#dddddd", linewidth=0.6)
    ax.set_axisbelow(True)


def _bars(ax: Axes, chart: Chart, fp: FontProperties) -> None:
    """Grouped vertical bars: one group per label, one bar per series, with a legend."""
    count = max(len(chart.series), 1)
    width = 0.8 / count
    xs = list(range(len(chart.labels)))
    palette = [BAR, "#c55a11", "#7f7f7f", "#548235", "#bf9000", "#7030a0"]
    label_bars = len(chart.labels) * count <= 24  # beyond that the numbers collide
    for i, series in enumerate(chart.series):
        offset = (i - (count - 1) / 2) * width
        positions = [x + offset for x in xs]
        heights = [v or 0 for v in series.values]
        ax.bar(
            positions,
            heights,
            width=width * 0.92,
            color=palette[i % len(palette)],
            label=series.name,
        )
        if label_bars:
            for x, v in zip(positions, series.values, strict=False):
                ax.text(
                    x,
                    v or 0,
                    _value_text(v, chart),
                    ha="center",
                    va="bottom",
                    fontproperties=_font(FONT_SIZE - 1.5),
                )
    # Long or many labels slant rather than overlap (about 4.5 characters fit per group of nine).
    rotate = len(chart.labels) * max(map(len, chart.labels), default=0) > 45
    ax.set_xticks(
        xs,
        chart.labels,
        fontproperties=fp,
        rotation=35 if rotate else 0,
        ha="right" if rotate else "center",
    )
    ax.set_ylim(min(0.0, ax.get_ylim()[0]), _span(chart) * 1.15)
    _value_axis(ax.yaxis, chart)
    if len(chart.series) > 1:
        _legend(ax, fp)
    ax.grid(axis="y", color="#dddddd", linewidth=0.6)
    ax.set_axisbelow(True)


def _legend(ax: Axes, fp: FontProperties, **kwargs: Any) -> None:
    """Below the plot, where it covers no bar and no title however long."""
    if "handles" not in kwargs:
        kwargs["handles"], _ = ax.get_legend_handles_labels()
    ax.get_figure(root=True).legend(  # type: ignore[union-attr]
        prop=fp, frameon=False, loc="outside lower center", ncols=6, handlelength=1.6, **kwargs
    )


def _labels(labels: list[str]) -> list[str]:
    """Long names on two lines, so they do not squeeze the plot."""
    return [_two_lines(label) for label in labels]


def _two_lines(label: str) -> str:
    if " " in label:  # words: wrap between them (Latin letters are about half as wide)
        return "\n".join(textwrap.wrap(label, 2 * LABEL_CHARS, max_lines=2, placeholder="…"))
    if len(label) <= LABEL_CHARS:
        return label
    half = -(-len(label) // 2)
    return label[:half] + "\n" + label[half:]


def _series(chart: Chart, i: int) -> list[float | None]:
    values = chart.series[i].values if i < len(chart.series) else []
    return [values[j] if j < len(values) else None for j in range(len(chart.labels))]


def _name(chart: Chart, i: int) -> str:
    return chart.series[i].name if i < len(chart.series) else ""


def _span(chart: Chart) -> float:
    """The value axis' extent: 100% at least for shares, else the largest value."""
    values = [v for s in chart.series for v in s.values if v is not None]
    top = max(values, default=0.0)
    return max(top, 1.0) if chart.percent else (top if top > 0 else 1.0)


def _value_text(value: float | None, chart: Chart) -> str:
    if value is None:
        return "—"
    if chart.percent:
        return f"{value * 100:.0f}%"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def _value_axis(axis: Axis, chart: Chart) -> None:
    if chart.percent:
        axis.set_major_formatter(FuncFormatter(lambda v, _: f"{v * 100:.0f}%"))
    for label in axis.get_ticklabels():
        label.set_fontproperties(_font())


def _font(size: float = FONT_SIZE, *, bold: bool = False) -> FontProperties:
    return FontProperties(
        family=[*_families(), "DejaVu Sans"], size=size, weight="bold" if bold else "normal"
    )


@functools.cache
def _families() -> tuple[str, ...]:
    """The chart face's family as matplotlib names it, registered once per process."""
    choice = fonts.resolve("chart")
    if not choice.path:
        return ()
    font_manager.fontManager.addfont(choice.path)
    return (FT2Font(choice.path, face_index=choice.index).family_name,)
