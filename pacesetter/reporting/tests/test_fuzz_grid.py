"""Hypothesis-generated cells posted to the entry grid: never a server error; either the
figure is saved and reads back equal, or the save is refused and nothing changed."""

import pytest
from django.conf import settings as django_settings
from django.db import transaction
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pacesetter.accounts.models import User
from pacesetter.core.numbers import parse_number
from pacesetter.core.periods import Period
from pacesetter.datavalues.models import DataValue, DataValueChange
from pacesetter.orgunits.models import OrgUnit
from pacesetter.reporting.grid import grid_rows, project_rows

UNIT, MONTH = "350926100", "202311"
CELLS = st.one_of(
    st.text(max_size=40),
    st.decimals(allow_nan=True, allow_infinity=True).map(str),
    st.integers(min_value=-(10**30), max_value=10**30).map(lambda n: f"{n:,}"),
    st.sampled_from(["1e16", "1e400", "0.00001", "1_000", "١٢٣", "１２３", "9" * 5000, "=1+1"]),
    st.text(max_size=10).map(lambda t: "=" + t),
    st.just("a\x00b"),
)


def _state():
    return (
        sorted(DataValue.objects.values_list("pk", "value", "comment", "version")),
        DataValueChange.objects.count(),
    )


@pytest.fixture
def grid(client, demo):
    client.force_login(User.objects.get(username="reporter-shuangcheng"))
    client.cookies[django_settings.LANGUAGE_COOKIE_NAME] = "en"
    unit = OrgUnit.objects.get(code=UNIT)
    rows = grid_rows(orgunit=unit, period=Period.parse(MONTH))
    projects = project_rows(orgunit=unit, period=Period.parse(MONTH))
    return client, rows[0], projects[0].project.pk if projects else None


@settings(
    max_examples=40,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(value=CELLS, comment=CELLS, version=CELLS, investment=CELLS)
def test_grid_cells_are_saved_faithfully_or_refused(grid, value, comment, version, investment):
    client, row, project = grid
    pk = row.measure.pk
    data = {
        f"v-{pk}": value,
        f"c-{pk}": comment,
        f"ov-{pk}": row.original,
        f"oc-{pk}": row.value.comment if row.value else "",
        f"ver-{pk}": version,
    }
    if project is not None:
        data[f"pi-{project}"] = investment
    with transaction.atomic():
        before = _state()
        page = client.post(f"/entry/{UNIT}/{MONTH}/", data)
        assert page.status_code < 500
        stored = DataValue.objects.filter(
            measure=row.measure, orgunit__code=UNIT, period=MONTH
        ).first()
        if _state() != before:
            assert stored.value == parse_number(value)
            assert stored.comment == comment.strip()
        transaction.set_rollback(True)
