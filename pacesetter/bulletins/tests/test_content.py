"""The demo's bulletin for 202310 says what the analytics say: same red and yellow lists,
same rankings and movement, every indicator once, sections in the bulletin's order."""

import pytest

from pacesetter.analytics.selectors import plan_status
from pacesetter.analytics.units import unit_ranking
from pacesetter.bulletins.content import build_bulletin
from pacesetter.bulletins.document import SECTION_ORDER, Bulletin
from pacesetter.core.periods import Period
from pacesetter.plans.models import Plan

pytestmark = pytest.mark.django_db
OCTOBER = Period.month(2023, 10)


@pytest.fixture
def zherong(demo):
    return Plan.objects.get(code="zherong-2023")


def test_sections_come_in_the_bulletins_order(zherong):
    bulletin = build_bulletin(plan=zherong, period=OCTOBER)
    assert [s.key for s in bulletin.sections] == list(SECTION_ORDER)
    assert bulletin.period == "202310"
    assert "2023年10月" in bulletin.title and zherong.name in bulletin.title


def test_red_and_yellow_lists_are_the_dashboards(zherong):
    status = plan_status(plan=zherong, upto=OCTOBER)
    lagging = build_bulletin(plan=zherong, period=OCTOBER).section("lagging")
    red, yellow, _will_miss = lagging.subsections  # the third: forecast to miss (issue 15)
    assert status.red_list, "the demo has red indicators in 202310"
    assert [row[0] for row in red.tables[0].rows] == [r.indicator.name for r in status.red_list]
    assert [row[-1] for row in red.tables[0].rows] == [
        r.indicator.lead_unit.label for r in status.red_list
    ]
    assert sorted(row[0] for row in yellow.tables[0].rows) == sorted(
        r.indicator.name for r in status.rows if r.status == "yellow"
    )


def test_every_indicator_once_with_its_status(zherong):
    status = plan_status(plan=zherong, upto=OCTOBER)
    table = build_bulletin(plan=zherong, period=OCTOBER).section("indicators").tables[0]
    assert [row[1] for row in table.rows] == [r.indicator.name for r in status.rows]
    assert [row[5] for row in table.rows] == [
        float(r.completion) if r.completion is not None else None for r in status.rows
    ]


def test_composite_ranking_and_movement_are_the_analytics(zherong):
    ranking = unit_ranking(plan=zherong, parent=zherong.owner, upto=OCTOBER)
    table = build_bulletin(plan=zherong, period=OCTOBER).section("rankings").tables[0]
    assert [row[1] for row in table.rows] == [r.unit.label for r in ranking]
    assert [row[0] for row in table.rows] == [r.row.rank for r in ranking]
    assert [row[3] for row in table.rows if row[0]] == [
        r.row.movement for r in ranking if r.reported
    ]
    assert any(row[3] for row in table.rows), "the demo has movement in 202310"


def test_traditional_bulletin_converts_names_by_phrase(zherong):
    bulletin = build_bulletin(plan=zherong, period=OCTOBER, language="zh-hant")
    assert "柘榮縣" in bulletin.issuer and "柘荣县" not in bulletin.title


def test_content_survives_json(zherong):
    bulletin = build_bulletin(plan=zherong, period=OCTOBER)
    assert Bulletin.from_json(bulletin.to_json()) == bulletin


def test_each_analytics_function_is_read_once(zherong, monkeypatch):
    """The headline and the sections share one reading of projects, tasks and reporting."""
    from pacesetter.bulletins import content

    calls: dict[str, int] = {}
    for name in (
        "project_progress",
        "project_totals",
        "plan_task_panel_system",
        "reporting_completeness",
        "plan_status",
    ):
        real = getattr(content, name)

        def counted(*args, _real=real, _name=name, **kwargs):
            calls[_name] = calls.get(_name, 0) + 1
            return _real(*args, **kwargs)

        monkeypatch.setattr(content, name, counted)
    build_bulletin(plan=zherong, period=OCTOBER)
    assert calls == dict.fromkeys(calls, 1) and len(calls) == 5
