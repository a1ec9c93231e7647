"""The policy gates of the monthly report, as users meet them: reading changes nothing, a draft
moves no one's month, drafts stay the unit's own, plans show only where they may."""

import re
from datetime import date
from decimal import Decimal

import pytest
from django.apps import apps
from django.test import Client

from pacesetter.accounts.models import User
from pacesetter.accounts.services import user_ensure
from pacesetter.api.tokens import token_create
from pacesetter.catalogue.models import Measure
from pacesetter.core.periods import Period
from pacesetter.datavalues.models import DataValue
from pacesetter.orgunits.models import OrgUnit
from pacesetter.plans.models import Plan
from pacesetter.projects.models import Project
from pacesetter.projects.selectors import project_progress
from pacesetter.reporting import services as rs
from pacesetter.reporting.tests.filling import fill_owed
from pacesetter.web.periods import default_period

pytestmark = pytest.mark.django_db
NOV = Period.parse("202311")


def _client(username: str) -> Client:
    client = Client()
    client.force_login(User.objects.get(username=username))
    return client


def _text(response) -> str:
    html = response.content.decode()
    html = html[html.find("<main") :] if "<main" in html else html
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def _rows() -> dict[str, int]:
    """Rows in every table, history tables included."""
    return {
        m._meta.db_table: m.objects.count()
        for m in apps.get_models()
        if m._meta.managed and not m._meta.proxy
    }


def test_the_leaders_reading_creates_nothing(demo):
    leader = _client("leader")
    fuxi_value = DataValue.objects.get(
        measure__code="ZR-I10", orgunit__code="350926101", period="202309"
    )
    _, token = token_create(user=User.objects.get(username="leader"))
    pages = [
        "/",
        "/entry/",
        "/reviews/",
        "/inbox/",
        "/reports/350926101/202311/",
        "/reports/350926101/202312/",
        "/reports/350926100/202310/",
        "/reports/350926/202311/",
        "/entry/350926101/202311/",  # not the leader's to fill in: refused, nothing made
        f"/values/{fuxi_value.pk}/history/",
    ]
    for plan in ("zherong-2023", "ningde-2023"):
        for month in ("", "?period=202311", "?period=202312"):
            pages += [
                f"/plans/{plan}/{month}",
                f"/plans/{plan}/ranking/{month}",
                f"/plans/{plan}/projects/{month}",
            ]
    pages += [
        "/plans/zherong-2023/indicators/I10/?period=202311",
        "/plans/zherong-2023/units/350926101/?period=202311",
        "/plans/zherong-2023/units/350926/",
        "/plans/zherong-2023/projects/XM09/",
        "/plans/ningde-2023/indicators/N1/",
        "/plans/ningde-2023/units/350926/",
    ]
    before = _rows()
    statuses = {url: leader.get(url).status_code for url in pages}
    api = (
        Client()
        .get("/api/reports/350926101/202311", headers={"Authorization": f"Bearer {token}"})
        .status_code
    )
    assert _rows() == before
    assert {u for u, s in statuses.items() if s not in (200, 302)} == {"/entry/350926101/202311/"}
    assert api == 200


@pytest.mark.parametrize("month", ["202312", "202401"])
def test_a_draft_for_a_later_month_moves_no_ones_month(demo, month):
    plans = list(Plan.objects.filter(code__in=["zherong-2023", "ningde-2023"]))
    today = date(2023, 12, 20)  # November is closed, December is being reported
    shuangcheng, leader = _client("reporter-shuangcheng"), _client("leader")

    def looks():
        return (
            {p.code: default_period(p, today=today) for p in plans}
            | {p.code + " now": default_period(p) for p in plans},
            _text(shuangcheng.get("/entry/")),
            _text(leader.get("/plans/zherong-2023/")),
        )

    before = looks()
    rs.report_save_values(
        actor=User.objects.get(username="reporter-fuxi"),
        orgunit=OrgUnit.objects.get(name="富溪镇"),
        period=Period.parse(month),
        values={Measure.objects.get(code="ZR-I10"): (Decimal("9"), "大项目签约")},
    )
    assert looks() == before
    assert before[0]["zherong-2023"] == Period.parse("202310")  # the latest accepted month
    # 富溪镇's own pending month stays reachable, ahead of the draft it started later.
    own = _text(_client("reporter-fuxi").get("/entry/"))
    assert own.index("2023-11") < own.index("2023-12")


@pytest.fixture
def drafts(demo):
    """富溪镇's November figure and 工信局's November project progress and problem, in draft."""
    fuxi, gongxin = OrgUnit.objects.get(name="富溪镇"), OrgUnit.objects.get(code="ZR-GXJ")
    project = Project.objects.get(code="XM09")
    rs.report_save(
        actor=User.objects.get(username="reporter-fuxi"),
        orgunit=fuxi,
        period=NOV,
        values={Measure.objects.get(code="ZR-I10"): (Decimal("0.83"), "草稿备注甲")},
    )
    rs.report_save(
        actor=User.objects.get(username="reporter-gongxin"),
        orgunit=gongxin,
        period=NOV,
        values={},
        progress={project: (Decimal("777.5"), "草稿进度乙")},
        problems={project: "草稿问题丙"},
    )
    value = DataValue.objects.get(measure__code="ZR-I10", orgunit=fuxi, period="202311")
    return {"fuxi": fuxi, "gongxin": gongxin, "project": project, "value": value}


OUTSIDERS = ["leader", "office", "office-ningde", "reporter-shuangcheng", "reporter-gongxin"]


@pytest.mark.parametrize("who", OUTSIDERS)
def test_a_draft_figure_is_the_units_own(drafts, who):
    client = _client(who)
    report = client.get("/reports/350926101/202311/")
    assert report.status_code in (200, 404)
    assert "0.83" not in _text(report) and "草稿备注甲" not in _text(report)
    assert client.get(f"/values/{drafts['value'].pk}/history/").status_code == 404
    own = _client("reporter-fuxi")
    assert "0.83" in _text(own.get("/reports/350926101/202311/"))
    assert own.get(f"/values/{drafts['value'].pk}/history/").status_code == 200


def test_a_submitted_figure_shows_to_reviewers_marked_never_to_siblings(drafts):
    rs.report_submit(
        actor=User.objects.get(username="reporter-fuxi"), orgunit=drafts["fuxi"], period=NOV
    )
    for who in ("leader", "office", "office-ningde"):
        page = _client(who).get("/reports/350926101/202311/")
        assert "0.83" in _text(page) and "草稿备注甲" in _text(page), who
        assert 'class="meta awaiting"' in page.content.decode(), who  # marked: not yet accepted
        assert _client(who).get(f"/values/{drafts['value'].pk}/history/").status_code == 200
    for sibling in ("reporter-shuangcheng", "head-shuangcheng", "reporter-gongxin"):
        assert _client(sibling).get("/reports/350926101/202311/").status_code == 404
        assert _client(sibling).get(f"/values/{drafts['value'].pk}/history/").status_code == 404


def test_draft_project_progress_stays_out_of_plan_figures_until_accepted(drafts):
    def invested() -> Decimal:
        rows = project_progress(plan=drafts["project"].plan, upto=NOV)
        return next(r.invested for r in rows if r.project == drafts["project"])

    october = invested()
    assert october == next(
        r.invested
        for r in project_progress(plan=drafts["project"].plan, upto=Period.parse("202310"))
        if r.project == drafts["project"]
    )
    fill_owed(User.objects.get(username="reporter-gongxin"), drafts["gongxin"], NOV)
    report = rs.report_submit(
        actor=User.objects.get(username="reporter-gongxin"), orgunit=drafts["gongxin"], period=NOV
    )
    assert invested() == october  # submitted, not yet accepted: plan pages read accepted only
    rs.report_accept(actor=User.objects.get(username="office"), report=report)
    assert invested() == october + Decimal("777.5")


@pytest.mark.parametrize("who", ["leader", "office"])
def test_draft_project_progress_and_problems_stay_off_project_pages(drafts, who):
    page = _text(_client(who).get("/plans/zherong-2023/projects/XM09/?period=202311"))
    assert "草稿进度乙" not in page and "草稿问题丙" not in page
    fill_owed(User.objects.get(username="reporter-gongxin"), drafts["gongxin"], NOV)
    rs.report_submit(
        actor=User.objects.get(username="reporter-gongxin"), orgunit=drafts["gongxin"], period=NOV
    )
    page = _text(_client(who).get("/plans/zherong-2023/projects/XM09/?period=202311"))
    assert "草稿问题丙" in page  # a submitted report's problem is for the office to take up
    assert "草稿进度乙" not in page  # its money shows once accepted


def test_a_public_account_sees_a_plan_only_once_published(demo):
    county = OrgUnit.objects.get(code="350926")
    public = user_ensure(
        username="public", password="x", orgunit=county, roles=["public"], validate=False
    )
    client, _token = _client("public"), token_create(user=public)[1]
    api = {"Authorization": f"Bearer {_token}"}
    assert client.get("/plans/zherong-2023/").status_code == 404
    assert client.get("/plans/zherong-2023/ranking/").status_code == 404
    assert Client().get("/api/plans/zherong-2023", headers=api).status_code == 404
    Plan.objects.filter(code="zherong-2023").update(is_published=True)
    assert client.get("/plans/zherong-2023/").status_code == 200
    assert Client().get("/api/plans/zherong-2023", headers=api).status_code == 200
    assert client.get("/plans/ningde-2023/").status_code == 404  # still unpublished


def test_a_reporter_cannot_read_a_siblings_history_or_comments(demo):
    fuxi = OrgUnit.objects.get(name="富溪镇")
    september = DataValue.objects.get(measure__code="ZR-I10", orgunit=fuxi, period="202309")
    DataValue.objects.filter(pk=september.pk).update(comment="富溪镇内部说明")
    sibling = _client("reporter-shuangcheng")
    assert sibling.get(f"/values/{september.pk}/history/").status_code == 404
    assert sibling.get("/reports/350926101/202309/").status_code == 404
    assert sibling.get("/plans/zherong-2023/units/350926101/").status_code == 404
    assert "富溪镇内部说明" not in _text(sibling.get("/plans/zherong-2023/?period=202309"))
    assert "富溪镇内部说明" not in _text(
        sibling.get("/plans/zherong-2023/indicators/I10/?period=202309")
    )
    # …while the accepted figure itself is on the plan pages siblings read (通报).
    assert _client("reporter-fuxi").get(f"/values/{september.pk}/history/").status_code == 200
