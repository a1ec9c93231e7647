"""An imported plan joins what is already there: it counts the catalogue's measures (so the
figures townships and departments enter serve it too) and takes no one's home page."""

import pytest
from django.test import Client

from pacesetter.catalogue.models import Measure
from pacesetter.core import policy
from pacesetter.core.periods import Period
from pacesetter.datavalues.models import DataValue
from pacesetter.datavalues.services import datavalue_set
from pacesetter.indicators.models import Indicator
from pacesetter.orgunits.models import OrgUnit
from pacesetter.planimport import services
from pacesetter.reporting.selectors import owed_indicators

pytestmark = pytest.mark.django_db
# Written for these tests: one target the demo's county plan already counts (生物医药产业产值,
# 亿元: the catalogue's ZR-I01), one it does not.
SHARED = "今年，全县生物医药产业产值突破25亿元，新建5个智慧农业示范基地。\n"
PEOPLE = ["leader", "reporter-fuxi", "office", "reporter-gongxin", "office-ningde"]


def _draft(users, county, year: int):
    return services.draft_from_text(
        actor=users["office"],
        text=f"{year}年工作目标\n" + SHARED,
        owner=county,
        year=year,
        name=f"柘荣县{year}年专项行动",
    )


def _activate(draft, users):
    office = users["office"]
    services.candidates_accept_pending(actor=office, draft=draft)
    services.lead_unit_fill(actor=office, draft=draft, unit=OrgUnit.objects.get(code="ZR-GXJ"))
    return services.draft_activate(actor=office, draft=draft)


def _homes(users) -> dict[str, str]:
    homes = {}
    for name in PEOPLE:
        client = Client()
        client.force_login(users[name])
        homes[name] = client.get("/").url
    return homes


def test_a_target_the_catalogue_already_counts_reuses_its_measure_and_figures(users, county):
    existing = Measure.objects.get(code="ZR-I01")
    figures = DataValue.objects.filter(measure=existing).count()
    assert figures > 0
    plan = _activate(_draft(users, county, 2023), users)
    indicators = {i.name: i for i in Indicator.objects.filter(goal__plan=plan)}
    assert indicators["生物医药产业产值"].measure == existing
    new = indicators["新建智慧农业示范基地"].measure
    assert new.code.startswith("M") and new.unit == "个"
    assert Measure.objects.filter(name="生物医药产业产值").count() == 1
    # The county plan's figures are the new plan's too: nothing is copied, nothing is owed twice.
    assert DataValue.objects.filter(measure=existing).count() == figures
    gongxin = OrgUnit.objects.get(code="ZR-GXJ")
    owed = [i for i in owed_indicators(orgunit=gongxin, year=2023) if i.measure == existing]
    assert {i.goal.plan.code for i in owed} == {"zherong-2023", plan.code}
    # A figure entered once for November serves both plans' indicators.
    datavalue_set(
        actor=users["reporter-gongxin"],
        measure=existing,
        orgunit=gongxin,
        period=Period.month(2023, 11),
        value=2,
    )
    for indicator in owed:
        assert (
            DataValue.objects.get(measure=indicator.measure, orgunit=gongxin, period="202311").value
            == 2
        )


def test_importing_and_activating_a_plan_changes_no_ones_home_page(users, county):
    before = _homes(users)
    assert before["leader"] == before["reporter-fuxi"] == "/plans/zherong-2023/"
    assert before["office-ningde"] == "/plans/ningde-2023/"
    # A newer plan of the same county: a draft first (which the office may already open) …
    draft = _draft(users, county, 2024)
    assert policy.can(users["office"], policy.MANAGE, draft.plan)
    assert _homes(users) == before
    # … then active, owned by the county, for a later year.
    plan = _activate(draft, users)
    assert (plan.status, plan.owner, plan.first_year) == ("active", county, 2024)
    assert _homes(users) == before


def test_a_draft_is_not_offered_in_the_plan_switcher(client, users, county):
    draft = _draft(users, county, 2024)
    client.force_login(users["office"])
    page = client.get("/plans/zherong-2023/").content.decode()
    assert 'value="zherong-2023" selected' in page
    assert f'value="{draft.plan.code}"' not in page
    _activate(draft, users)
    assert f'value="{draft.plan.code}"' in client.get("/plans/zherong-2023/").content.decode()
