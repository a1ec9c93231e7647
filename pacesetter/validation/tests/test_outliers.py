"""Bounds learnt from a figure's own history: a figure far outside them needs a reason on the
grid and on import alike, and the plan office sees it, with the reason, on the quality page."""

import statistics
from decimal import Decimal

import pytest
from django.conf import settings
from django.test import Client
from django.utils import translation

from pacesetter.accounts.services import user_ensure
from pacesetter.catalogue.services import measure_for
from pacesetter.core import policy
from pacesetter.core.periods import Period
from pacesetter.datavalues.bulk import ImportFailed, Row, datavalues_import
from pacesetter.datavalues.models import DataValue
from pacesetter.datavalues.services import datavalues_seed
from pacesetter.indicators.models import Indicator
from pacesetter.orgunits.services import orgunit_ensure
from pacesetter.plans.models import Goal, Plan
from pacesetter.reporting import services as rs
from pacesetter.validation.outliers import history_bounds

pytestmark = pytest.mark.django_db
JAN = Period.parse("202401")  # January: no "change against last month" warning muddles these
STEADY = [90, 95, 100, 105, 110, 100, 98, 102, 97, 103, 100, 100]  # 2023: the usual is 100


@pytest.fixture
def world():
    county = orgunit_ensure(code="Z", name="柘荣县", kind="county")
    town = orgunit_ensure(code="Z1", name="双城镇", kind="township", parent=county)
    fresh = orgunit_ensure(code="Z2", name="富溪镇", kind="township", parent=county)
    measure = measure_for(code="M1", name="签约项目投资", unit="万元")
    plan = Plan.objects.create(
        code="q-2024", name="计划", owner=county, first_year=2023, last_year=2024, status="active"
    )
    goal = Goal.objects.add_root({"plan": plan, "code": "G", "name": "目标", "level": "goal"})
    for unit in (town, fresh):
        indicator = Indicator.objects.create(
            goal=goal, code=f"I{unit.code}", name="签约项目投资", measure=measure, lead_unit=unit
        )
    _history(measure, town, STEADY)
    users = {
        "reporter": user_ensure(
            username="reporter", password="x", orgunit=county, roles=["reporter"], validate=False
        ),
        "office": user_ensure(
            username="office", password="x", orgunit=county, roles=["plan_office"], validate=False
        ),
    }
    with translation.override("en"):
        yield {"town": town, "fresh": fresh, "measure": measure, "indicator": indicator, **users}


def _history(measure, unit, values, year=2023):
    rows = [(measure, unit, f"{year}{m:02d}", v) for m, v in enumerate(values, start=1)]
    datavalues_seed(actor=policy.SYSTEM, rows=rows, reason="history")


def _client(user) -> Client:
    client = Client()
    client.force_login(user)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    return client


def _post_grid(client, world, value, comment=""):
    pk = world["measure"].pk
    data = {f"v-{pk}": value, f"c-{pk}": comment, f"ov-{pk}": "", f"oc-{pk}": "", f"ver-{pk}": "0"}
    return client.post(f"/entry/Z1/{JAN}/", data).content.decode()


def _stored(world, unit="town"):
    return DataValue.objects.filter(measure=world["measure"], orgunit=world[unit], period=str(JAN))


def test_bounds_come_from_the_units_own_history(world):
    spread = [50, 150] * 6
    _history(world["measure"], world["fresh"], spread)
    _history(world["measure"], world["fresh"], [10_000], year=2024)  # not before January
    key = (world["measure"].pk, world["fresh"].pk)
    bounds = history_bounds({key}, JAN)[key]
    assert (bounds.count, bounds.mean) == (12, statistics.mean(spread))
    assert bounds.sd == pytest.approx(statistics.stdev(spread))
    assert not bounds.is_outlier(Decimal(250)) and bounds.is_outlier(Decimal(270))
    # The steady town's history makes 320 an outlier that the wide one allows.
    town = history_bounds({(world["measure"].pk, world["town"].pk)}, JAN)
    assert town[world["measure"].pk, world["town"].pk].is_outlier(Decimal(320))


def test_a_value_within_bounds_passes_silently(world):
    page = _post_grid(_client(world["reporter"]), world, "112")
    assert "Saved as draft." in page and "unusually" not in page
    assert _stored(world).get().value == Decimal(112)


def test_the_grid_shows_the_usual_range_before_anything_is_typed(world):
    page = _client(world["reporter"]).get(f"/entry/Z1/{JAN}/").content.decode()
    assert "usually 50–150" in page


def test_an_outlier_without_a_comment_is_refused_on_the_grid(world):
    page = _post_grid(_client(world["reporter"]), world, "320")
    assert "签约项目投资 is unusually high: 3.2× the usual 100" in page
    assert "give a reason in the comment" in page and "Saved as draft." not in page
    assert not _stored(world).exists()
    low = _post_grid(_client(world["reporter"]), world, "20")
    assert "is unusually low: 0.2× the usual 100" in low
    assert not _stored(world).exists()


def test_an_outlier_without_a_comment_is_refused_on_import(world):
    row = Row("M1", "Z1", str(JAN), "320", comment="", line=2)
    with pytest.raises(ImportFailed) as refused:
        datavalues_import(actor=world["reporter"], rows=[row], channel="import")
    assert "unusually high: 3.2× the usual 100" in refused.value.errors[0].message
    assert not _stored(world).exists()
    explained = row._replace(comment="两个大项目集中签约")
    assert datavalues_import(actor=world["reporter"], rows=[explained], channel="import") == 1
    assert _stored(world).get().comment == "两个大项目集中签约"


def test_an_import_is_all_or_nothing_when_one_figure_is_an_outlier(world):
    rows = [
        Row("M1", "Z2", str(JAN), "100", line=2),
        Row("M1", "Z1", str(JAN), "320", line=3),
    ]
    with pytest.raises(ImportFailed) as refused:
        datavalues_import(actor=world["reporter"], rows=rows, channel="import")
    assert [e.line for e in refused.value.errors] == [3]
    assert not DataValue.objects.filter(period=str(JAN)).exists()


def test_an_explained_outlier_is_saved_and_listed_on_the_quality_page(world):
    reporter, office = _client(world["reporter"]), _client(world["office"])
    page = _post_grid(reporter, world, "320", "两个大项目集中签约")
    assert "Saved as draft." in page and "unusually high: 3.2×" in page  # still shown
    value = _stored(world).get()
    assert (value.value, value.comment) == (Decimal(320), "两个大项目集中签约")
    quality = f"/plans/q-2024/quality/?period={JAN}"
    # A draft is the unit's own: the office sees the figure once it is submitted.
    assert "两个大项目集中签约" not in office.get(quality).content.decode()
    rs.report_submit(actor=world["reporter"], orgunit=world["town"], period=JAN)
    listed = office.get(quality).content.decode()
    assert "两个大项目集中签约" in listed and "high: 3.2×" in listed and "50–150" in listed
    history = f"/values/{value.pk}/history/"
    assert f'href="{history}"' in listed
    assert office.get(history).status_code == 200
    assert "两个大项目集中签约" in office.get(history).content.decode()


def test_a_figure_within_its_bounds_is_not_listed(world):
    rs.report_save_values(
        actor=world["reporter"],
        orgunit=world["town"],
        period=JAN,
        values={world["measure"]: (Decimal(112), "")},
    )
    rs.report_submit(actor=world["reporter"], orgunit=world["town"], period=JAN)
    listed = _client(world["office"]).get(f"/plans/q-2024/quality/?period={JAN}")
    assert "No figure of these months lies outside its usual range." in listed.content.decode()


def test_no_history_no_flag(world):
    _history(world["measure"], world["fresh"], [100] * 5)  # five figures: too few to judge
    issues = rs.report_save_values(
        actor=world["reporter"],
        orgunit=world["fresh"],
        period=JAN,
        values={world["measure"]: (Decimal(1_000_000), "")},
    )
    assert issues == []
    assert _stored(world, "fresh").get().value == Decimal(1_000_000)


def test_the_quality_page_is_the_plan_offices(world):
    assert _client(world["reporter"]).get("/plans/q-2024/quality/").status_code == 404
    assert _client(world["reporter"]).get("/quality/").status_code == 404
    home = _client(world["office"]).get("/quality/").content.decode()
    assert 'href="/plans/q-2024/quality/"' in home


# The modified z-score (median and MAD): robust where the mean and SD are not.
SPIKED = [*STEADY[:5], 3000, *STEADY[6:]]  # one huge month lifts the mean to 342, the SD to 837


def test_one_past_spike_does_not_blind_the_test(world):
    _history(world["measure"], world["fresh"], SPIKED)
    # 250 lies within a z-score of the mean (−0.1) but far above the median 100 and its MAD.
    row = Row("M1", "Z2", str(JAN), "250", comment="", line=2)
    with pytest.raises(ImportFailed) as refused:
        datavalues_import(actor=world["reporter"], rows=[row], channel="import")
    message = refused.value.errors[0].message
    assert "unusually high: 2.5× the usual 100 (expected 50–150 from 12 earlier figures)" in message
    assert not _stored(world, "fresh").exists()
    assert "usually 50–150" in _client(world["reporter"]).get(f"/entry/Z2/{JAN}/").content.decode()
    # Explained, it is listed as high although it lies below the spike-lifted mean.
    datavalues_import(
        actor=world["reporter"], rows=[row._replace(comment="新厂投产")], channel="import"
    )
    rs.report_submit(actor=world["reporter"], orgunit=world["fresh"], period=JAN)
    listed = _client(world["office"]).get(f"/plans/q-2024/quality/?period={JAN}").content.decode()
    assert "新厂投产" in listed and "high: 2.5×" in listed and "50–150" in listed


@pytest.mark.parametrize(
    "figures",
    [
        [12, 7, 30, 7.5, 100, 3, 18],  # odd: the middle figure
        [12, 7, 30, 7.5, 100, 3, 18, 41.25],  # even: the mean of the middle two
        STEADY,  # ties
    ],
)
def test_the_median_and_mad_are_the_usual_ones(world, figures):
    unit = world["fresh"]
    _history(world["measure"], unit, figures)
    bounds = history_bounds({(world["measure"].pk, unit.pk)}, JAN)[world["measure"].pk, unit.pk]
    median = statistics.median(figures)
    mad = statistics.median(abs(x - median) for x in figures)
    assert bounds.median == pytest.approx(median)
    assert bounds.mad == pytest.approx(max(mad, 0.0964 * median), rel=1e-3)  # floored
    assert bounds.mean == pytest.approx(statistics.mean(figures))
    assert bounds.sd == pytest.approx(max(statistics.stdev(figures), statistics.mean(figures) / 6))


def test_a_figure_within_half_of_the_median_is_never_flagged(world):
    # Eleven months at 120 and one at 60: the mean 115 and SD 19 alone flag 173 and above.
    _history(world["measure"], world["fresh"], [120] * 5 + [60] + [120] * 6)
    key = (world["measure"].pk, world["fresh"].pk)
    bounds = history_bounds({key}, JAN)[key]
    assert [bounds.is_outlier(Decimal(v)) for v in (59, 61, 179, 181)] == [True, False, False, True]
    page = _client(world["reporter"]).get(f"/entry/Z2/{JAN}/").content.decode()
    assert "usually 60–180" in page
    saved = rs.report_save_values(
        actor=world["reporter"],
        orgunit=world["fresh"],
        period=JAN,
        values={world["measure"]: (Decimal(179), "")},
    )
    assert saved == [] and _stored(world, "fresh").get().value == Decimal(179)
