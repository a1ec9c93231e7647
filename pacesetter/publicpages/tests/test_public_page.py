"""The public page of a plan: no login, only what the plan chose, only accepted figures."""

import re

import pytest
from django.test import Client

from pacesetter.accounts.models import User
from pacesetter.catalogue.models import Measure
from pacesetter.core.periods import Period
from pacesetter.datavalues.models import DataValue
from pacesetter.datavalues.services import datavalue_set
from pacesetter.orgunits.models import OrgUnit
from pacesetter.plans.models import Plan
from pacesetter.publicpages.tests.helpers import PLAN, bulletin, publish, text
from pacesetter.reporting.models import Report
from pacesetter.reporting.services import report_accept, report_reopen, report_submit

pytestmark = pytest.mark.django_db
URL = f"/public/{PLAN}/"


def test_an_anonymous_visitor_reads_a_published_plans_targets(demo):
    publish()
    response = Client().get(URL)
    assert response.status_code == 200
    page = text(response)
    assert "柘荣县2023年" in page
    assert re.search(r"重点项目开工个数 .{0,30}≥ 130 个", page)  # indicator, target, unit
    assert "2023" in page
    # Nothing a visitor may not follow: no way into the signed-in pages, one sign-in link.
    body = response.content.decode()
    assert "/plans/" not in body and "/entry/" not in body and "/admin/" not in body
    assert re.findall(r'<a [^>]*href="([^"]*)"', body) == ["/login/"]


def test_an_unpublished_plan_is_not_found(demo):
    assert Client().get(URL).status_code == 404
    publish()
    assert Client().get("/public/ningde-2023/").status_code == 404
    assert Client().get("/public/no-such-plan/").status_code == 404


def test_a_draft_plan_is_not_found_even_when_marked_published(demo):
    publish()
    Plan.objects.filter(code=PLAN).update(status=Plan.Status.DRAFT)
    assert Client().get(URL).status_code == 404


@pytest.mark.parametrize(
    ("part", "shown"),
    [
        ("targets", "≥ 130 个"),
        ("status", "18.16 亿元"),  # 生物医药产业产值 accepted to October
        ("rankings", "英山乡"),
        ("bulletins", "柘荣县2023年10月攻坚行动通报"),
    ],
)
def test_each_part_shows_only_when_chosen(demo, part, shown):
    bulletin(publish())
    assert shown in text(Client().get(URL))
    publish(**{part: False})
    page = text(Client().get(URL))
    assert shown not in page
    assert "柘荣县2023年" in page  # the page itself stays


def test_status_words_and_expected_completion_are_shown(demo):
    publish()
    page = text(Client().get(URL))
    assert re.search(r"生物医药产业产值 .{0,60}90\.8%.{0,20}83\.3%", page)
    assert "✖" in page and "●" in page  # status carries a word and a sign, not colour alone


def _goals(client) -> str:
    found = re.search(
        r'<section id="public-goals".*?</section>', client.get(URL).content.decode(), re.S
    )
    assert found
    return found.group(0)


def test_a_draft_figure_changes_nothing_and_an_accepted_one_does(demo):
    publish()
    visitor, fuxi = Client(), OrgUnit.objects.get(name="富溪镇")
    measure = Measure.objects.get(code="ZR-I10")
    report = Report.objects.get(orgunit=fuxi, period="202310")
    report_reopen(actor=User.objects.get(username="office"), report=report, reason="核对口径")
    before = _goals(visitor)
    reporter = User.objects.get(username="reporter-fuxi")
    october = DataValue.objects.get(measure=measure, orgunit=fuxi, period="202310")
    datavalue_set(
        actor=reporter,
        measure=measure,
        orgunit=fuxi,
        period="202310",
        value=october.value + 5,
        comment="补录一个签约项目",
    )
    assert _goals(visitor) == before  # a draft is the unit's own until accepted
    report = report_submit(actor=reporter, orgunit=fuxi, period=Period.parse("202310"))
    assert _goals(visitor) == before  # submitted is not accepted either
    report_accept(actor=User.objects.get(username="office"), report=report)
    assert _goals(visitor) != before


def test_a_bulletin_downloads_only_while_bulletins_are_published(demo):
    plan = publish()
    published = bulletin(plan)
    url = f"{URL}bulletins/{published.pk}.pdf"
    response = Client().get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content == b"%PDF-1.7 bulletin"
    assert Client().get(f"{URL}bulletins/{published.pk}.exe").status_code == 404
    publish(bulletins=False)
    assert Client().get(url).status_code == 404


def test_a_bulletin_of_another_plan_is_not_downloaded_here(demo):
    publish()
    other = bulletin(publish("ningde-2023"), title="宁德市通报")
    assert Client().get(f"{URL}bulletins/{other.pk}.pdf").status_code == 404
    assert Client().get(f"/public/ningde-2023/bulletins/{other.pk}.pdf").status_code == 200
