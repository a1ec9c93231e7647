"""Server-drawn charts: PNGs of the asked width, Chinese drawn without missing glyphs."""

import io
import warnings

import pytest
from PIL import Image

from pacesetter.bulletins.charts import chart_png
from pacesetter.bulletins.document import Chart, Series

COUNTIES = [
    "蕉城区",
    "福安市",
    "福鼎市",
    "霞浦县",
    "古田县",
    "屏南县",
    "寿宁县",
    "周宁县",
    "柘荣县",
]


def bullet(n: int = 3) -> Chart:
    return Chart(
        key="completion",
        title="完成率与时序进度",
        kind="bullet",
        labels=[f"刀剪产业产值{i}" for i in range(n)],
        series=[
            Series("完成率", [0.41 + 0.2 * (i % 3) for i in range(n)]),
            Series("时序进度", [0.83] * n),
        ],
        groups=["工业提质" if i < n // 2 else "民生改善" for i in range(n)],
    )


CHARTS = {
    "bullet": bullet(),
    "hbar": Chart(
        "composite",
        "综合得分",
        "hbar",
        COUNTIES[:4],
        [Series("得分", [1.05, 0.98, None, -0.2])],
        percent=False,
    ),
    "bars": Chart(
        "investment",
        "投资完成情况",
        "bars",
        COUNTIES,
        [Series("计划", [0.5] * 9), Series("完成", [0.4 + i / 20 for i in range(9)])],
    ),
}


def png(chart: Chart, **kwargs) -> Image.Image:
    image = Image.open(io.BytesIO(chart_png(chart, **kwargs)))
    assert image.format == "PNG"
    return image


def colours_of(image: Image.Image) -> set[tuple[int, int, int]]:
    return {colour for _, colour in image.convert("RGB").getcolors(maxcolors=1 << 22)}


@pytest.mark.parametrize("kind", CHARTS)
def test_each_kind_is_a_png_of_the_asked_width(kind):
    assert abs(png(CHARTS[kind]).width - 156 * 200 / 25.4) <= 2
    assert abs(png(CHARTS[kind], width_mm=80, dpi=100).width - 80 * 100 / 25.4) <= 2


@pytest.mark.parametrize("kind", CHARTS)
def test_chinese_labels_draw_without_missing_glyphs(kind):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        chart_png(CHARTS[kind])
    missing = [str(w.message) for w in caught if "missing" in str(w.message).lower()]
    assert missing == []


def test_bullet_grows_with_its_labels():
    assert png(bullet(12)).height > png(bullet(3)).height * 1.5


def test_bars_are_coloured_by_status_against_the_marker():
    colours = colours_of(png(bullet(3)))
    # 41% against 83% is red, 61% red too, 81% yellow (below by under 5 points).
    assert (0xD6, 0x45, 0x41) in colours
    assert (0xE8, 0xA3, 0x17) in colours

    ahead = bullet(3)
    ahead.series[0].values = [0.9, 0.95, 1.0]
    assert (0xD6, 0x45, 0x41) not in colours_of(png(ahead))
