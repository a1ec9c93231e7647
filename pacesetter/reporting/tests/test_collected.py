"""Report-once: a figure an office collects for a unit (the demo's tourism bureau gives the
guesthouse count of three townships) is never asked of the unit, is entered by the office in its own
report, and is submitted, locked and accepted with it."""

from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied
from django.test import Client

from pacesetter.accounts.models import User
from pacesetter.catalogue.collections import collection_set
from pacesetter.catalogue.models import Collection, Measure
from pacesetter.core.exceptions import DomainError, InvalidTransition
from pacesetter.core.periods import Period
from pacesetter.datavalues import rollups
from pacesetter.datavalues.bulk import ImportFailed, Row, datavalues_import
from pacesetter.datavalues.models import DataValue, MonthTotal
from pacesetter.datavalues.services import datavalue_set
from pacesetter.orgunits.models import OrgUnit
from pacesetter.reporting import services as rs
from pacesetter.reporting.collected import collected_rows, collected_save, provided_rows
from pacesetter.reporting.grid import grid_rows

pytestmark = pytest.mark.django_db
NOV = Period.parse("202311")


@pytest.fixture
def world(demo):
    users = {u.username: u for u in User.objects.all()}
    return {
        "users": users,
        "town": OrgUnit.objects.get(name="城郊乡"),
        "other": OrgUnit.objects.get(name="楮坪乡"),
        "bureau": OrgUnit.objects.get(code="ZR-WTLJ"),
        "guesthouses": Measure.objects.get(code="ZR-I07"),
        "investment": Measure.objects.get(code="ZR-I10"),
    }


def _collection(w, unit) -> Collection:
    return Collection.objects.get(measure=w["guesthouses"], orgunit=unit)


def _give(w, unit, value, user="reporter-wenlv"):
    return collected_save(
        actor=w["users"][user],
        collector=w["bureau"],
        period=NOV,
        values={_collection(w, unit): (Decimal(value), "新登记民宿")},
    )


def test_the_town_is_not_asked_for_a_figure_the_bureau_gives(world):
    w = world
    asked = {row.measure.code for row in grid_rows(orgunit=w["town"], period=NOV)}
    assert "ZR-I10" in asked and "ZR-I07" not in asked
    provided = provided_rows(orgunit=w["town"], period=NOV)
    assert [(p.measure.code, p.collector.code, p.value) for p in provided] == [
        ("ZR-I07", "ZR-WTLJ", None)
    ]
    duty = collected_rows(collector=w["bureau"], period=NOV)
    towns = Collection.objects.filter(collector=w["bureau"]).count()
    assert towns == 3 and len(duty) == towns
    assert {r.collection.orgunit.kind for r in duty} == {"township"}
    mine = next(r for r in duty if r.collection.orgunit == w["town"])
    assert mine.previous is not None  # October's figure, given by the town before
    assert [pt.target.value for pt in mine.plans] == [1]  # the town's own target


def test_only_the_collecting_office_may_enter_the_figure(world):
    w = world
    with pytest.raises(PermissionDenied):
        datavalue_set(
            actor=w["users"]["reporter-chengjiao"],
            measure=w["guesthouses"],
            orgunit=w["town"],
            period=NOV,
            value=Decimal(3),
        )
    with pytest.raises(ImportFailed) as refused:
        datavalues_import(
            actor=w["users"]["reporter-chengjiao"],
            rows=[Row("ZR-I07", w["town"].code, "202311", "3", "新登记", "s", 2)],
            channel="import",
        )
    assert "柘荣县文体和旅游局" in refused.value.errors[0].message  # who gives it, not "unknown"
    assert not DataValue.objects.filter(measure=w["guesthouses"], period="202311").exists()
    saved = datavalues_import(
        actor=w["users"]["reporter-wenlv"],
        rows=[Row("ZR-I07", w["town"].code, "202311", "3", "新登记", "s", 2)],
        channel="import",
    )
    assert saved == 1


def test_the_bureaus_draft_is_its_own_until_it_submits(world):
    w = world
    _give(w, w["town"], "3")
    stored = DataValue.objects.get(measure=w["guesthouses"], orgunit=w["town"], period="202311")
    assert stored.state == "draft" and stored.value == 3
    assert provided_rows(orgunit=w["town"], period=NOV)[0].value is None
    rs.report_submit(actor=w["users"]["reporter-wenlv"], orgunit=w["bureau"], period=NOV)
    stored.refresh_from_db()
    assert stored.state == "submitted"
    assert provided_rows(orgunit=w["town"], period=NOV)[0].value == 3


def test_the_figure_locks_and_is_accepted_with_the_bureaus_report(world):
    w = world
    _give(w, w["other"], "2")
    report = rs.report_submit(actor=w["users"]["reporter-wenlv"], orgunit=w["bureau"], period=NOV)
    with pytest.raises(InvalidTransition):
        _give(w, w["other"], "5")
    with pytest.raises(DomainError):  # the month is the bureau's, and it is with the office
        datavalue_set(
            actor=w["users"]["reporter-wenlv"],
            measure=w["guesthouses"],
            orgunit=w["other"],
            period=NOV,
            value=Decimal(5),
        )
    rs.report_accept(actor=w["users"]["office"], report=report)
    stored = DataValue.objects.get(measure=w["guesthouses"], orgunit=w["other"], period="202311")
    assert (stored.value, stored.state) == (2, "accepted")
    # the kept totals of the town and the county above it count it, as a rebuild would
    assert rollups.differences() == []
    assert MonthTotal.objects.filter(
        measure=w["guesthouses"], orgunit=w["other"], period="202311"
    ).exists()


def test_the_towns_own_report_neither_locks_nor_moves_the_figure(world):
    w = world
    rs.report_save_values(
        actor=w["users"]["reporter-chuping"],
        orgunit=w["other"],
        period=NOV,
        values={w["investment"]: (Decimal("0.15"), "")},
    )
    town_report = rs.report_submit(
        actor=w["users"]["reporter-chuping"], orgunit=w["other"], period=NOV
    )
    _give(w, w["other"], "4")  # the town's month is with the office; the bureau's is open
    rs.report_accept(actor=w["users"]["office"], report=town_report)
    states = dict(
        DataValue.objects.filter(orgunit=w["other"], period="202311").values_list(
            "measure__code", "state"
        )
    )
    assert states == {"ZR-I10": "accepted", "ZR-I07": "draft"}


def test_a_unit_cannot_collect_for_itself_and_only_the_office_assigns(world):
    w = world
    with pytest.raises(DomainError):
        collection_set(
            actor=w["users"]["office"],
            measure=w["investment"],
            collector=w["town"],
            units=[w["town"]],
        )
    with pytest.raises(PermissionDenied):
        collection_set(
            actor=w["users"]["reporter-wenlv"],
            measure=w["investment"],
            collector=w["bureau"],
            units=[w["town"]],
        )
    assert not Collection.objects.filter(measure=w["investment"]).exists()


@pytest.mark.once  # pages over the services tested on both databases
def test_the_bureau_enters_the_towns_figures_on_its_own_page(world):
    w = world
    client = Client()
    client.force_login(w["users"]["reporter-wenlv"])
    grid = client.get("/entry/ZR-WTLJ/202311/").content.decode()
    assert "/entry/ZR-WTLJ/202311/collected/" in grid
    key = _collection(w, w["town"]).pk
    page = client.get("/entry/ZR-WTLJ/202311/collected/").content.decode()
    assert "城郊乡" in page and f'name="v-{key}"' in page
    answer = client.post(
        "/entry/ZR-WTLJ/202311/collected/",
        {
            f"v-{key}": "4",
            f"ov-{key}": "",
            f"oc-{key}": "",
            f"ver-{key}": "0",
            f"c-{key}": "新登记",
        },
    )
    assert answer.status_code == 200 and 'role="status"' in answer.content.decode()
    assert (
        DataValue.objects.get(measure=w["guesthouses"], orgunit=w["town"], period="202311").value
        == 4
    )
    refused = client.post(
        "/entry/ZR-WTLJ/202311/collected/",
        {f"v-{key}": "many", f"ov-{key}": "4", f"oc-{key}": "新登记", f"ver-{key}": "1"},
    )
    assert refused.status_code == 200 and 'aria-invalid="true"' in refused.content.decode()
    assert (
        DataValue.objects.get(measure=w["guesthouses"], orgunit=w["town"], period="202311").value
        == 4
    )
    client.force_login(w["users"]["reporter-chengjiao"])
    town_grid = client.get("/entry/350926200/202311/").content.decode()
    assert 'id="provided"' in town_grid and f'name="v-{w["guesthouses"].pk}"' not in town_grid
    assert client.get("/entry/350926200/202311/collected/").status_code == 404


@pytest.mark.once  # pages over the services tested on both databases
def test_the_office_accepting_the_bureaus_report_sees_the_figures_it_gives(world):
    w = world
    _give(w, w["town"], "2")
    client = Client()
    client.force_login(w["users"]["reporter-wenlv"])
    stored = DataValue.objects.get(measure=w["guesthouses"], orgunit=w["town"], period="202311")
    assert client.get(f"/values/{stored.pk}/history/").status_code == 200  # its own draft
    client.force_login(w["users"]["reporter-chengjiao"])
    assert client.get(f"/values/{stored.pk}/history/").status_code == 404  # not the town's
    rs.report_submit(actor=w["users"]["reporter-wenlv"], orgunit=w["bureau"], period=NOV)
    assert client.get(f"/values/{stored.pk}/history/").status_code == 200
    client.force_login(w["users"]["office"])
    page = client.get("/reports/ZR-WTLJ/202311/").content.decode()
    collected = page.split('id="collected"')[1].split("</table>")[0]
    assert "城郊乡" in collected and "新登记民宿" in collected


def test_exports_and_the_api_show_a_collected_draft_to_its_collector_only(world):
    from pacesetter.datavalues.selectors import values_visible

    w = world
    _give(w, w["town"], "2")
    figures = DataValue.objects.filter(measure=w["guesthouses"], period="202311")

    def seen(user):
        return list(values_visible(user=w["users"][user], values=figures))

    assert [v.orgunit for v in seen("reporter-wenlv")] == [w["town"]]
    assert seen("reporter-chengjiao") == [] and seen("office") == []
    rs.report_submit(actor=w["users"]["reporter-wenlv"], orgunit=w["bureau"], period=NOV)
    assert len(seen("reporter-chengjiao")) == 1 and len(seen("office")) == 1


@pytest.mark.once  # pages over the services tested on both databases
def test_the_plan_office_sets_and_clears_a_collector_on_the_indicators_page(world):
    w = world
    client = Client()
    client.force_login(w["users"]["office"])
    url = "/plans/zherong-2023/indicators/I10/collection/"
    town = w["town"]
    answer = client.post(url, {"collector": w["bureau"].pk, f"u-{town.pk}": "1", "action": "set"})
    assert answer.status_code == 302
    assert Collection.objects.get(measure=w["investment"], orgunit=town).collector == w["bureau"]
    assert "ZR-I10" not in {r.measure.code for r in grid_rows(orgunit=town, period=NOV)}
    page = client.get(url).content.decode()
    assert "柘荣县文体和旅游局" in page.split('id="collection"')[1]
    refused = client.post(url, {"collector": town.pk, f"u-{town.pk}": "1", "action": "set"})
    assert refused.status_code == 200 and 'role="alert"' in refused.content.decode()
    client.post(url, {f"u-{town.pk}": "1", "action": "clear"})
    assert not Collection.objects.filter(measure=w["investment"], orgunit=town).exists()
    assert "ZR-I10" in {r.measure.code for r in grid_rows(orgunit=town, period=NOV)}
    client.force_login(w["users"]["reporter-wenlv"])
    assert client.get(url).status_code == 404
