"""Two people edit the same figure: the second save is refused and told the other's value."""

import re
from decimal import Decimal

import pytest
from django.test import Client

from pacesetter.accounts.models import User
from pacesetter.catalogue.models import Measure
from pacesetter.datavalues.models import DataValue, DataValueChange

pytestmark = pytest.mark.django_db
GRID = "/entry/350926100/202311/"


def _session(username):
    client = Client()
    client.force_login(User.objects.get(username=username))
    return client


def _form(html: str) -> dict:
    """The grid's fields as the browser would post them."""
    fields = dict(re.findall(r'name="([^"]+)" value="([^"]*)"', html))
    fields.update(
        {name: "" for name in re.findall(r'<input id="v-\d+" name="(v-\d+)" value=""', html)}
    )
    return fields


def test_the_second_save_is_refused_and_history_keeps_the_winner(demo):
    field = f"v-{Measure.objects.get(code='ZR-I10').pk}"
    reporter, head = _session("reporter-shuangcheng"), _session("head-shuangcheng")
    reporter_form = _form(reporter.get(GRID).content.decode())
    head_form = _form(head.get(GRID).content.decode())

    reporter.post(GRID, {**reporter_form, field: "0.7"})
    # 0.9 lies above what 双城镇's history makes usual: explained, it meets the other's save.
    reason = {field.replace("v-", "c-"): "大项目签约"}
    refused = head.post(GRID, {**head_form, field: "0.9", **reason}).content.decode()

    assert "双城镇填报员 已同时将该数据改为 0.7" in refused
    value = DataValue.objects.get(
        measure__code="ZR-I10", orgunit__code="350926100", period="202311"
    )
    assert value.value == Decimal("0.7")

    # Told, the head reloads and decides again; both outcomes stay in the history.
    head.post(GRID, {**_form(head.get(GRID).content.decode()), field: "0.9", **reason})
    assert list(
        DataValueChange.objects.filter(datavalue=value)
        .order_by("version")
        .values_list("changed_by__username", "new_value")
    ) == [("reporter-shuangcheng", Decimal("0.7")), ("head-shuangcheng", Decimal("0.9"))]


def test_an_untouched_cell_does_not_overwrite_a_later_change(demo):
    field = f"v-{Measure.objects.get(code='ZR-I10').pk}"
    homestays = f"v-{Measure.objects.get(code='ZR-I07').pk}"
    reporter, head = _session("reporter-shuangcheng"), _session("head-shuangcheng")
    head_form = _form(head.get(GRID).content.decode())
    reporter.post(GRID, {**_form(reporter.get(GRID).content.decode()), field: "0.7"})
    head.post(GRID, {**head_form, homestays: "3"})
    assert DataValue.objects.get(measure__code="ZR-I10", period="202311").value == Decimal("0.7")
    assert (
        DataValue.objects.get(
            measure__code="ZR-I07", orgunit__code="350926100", period="202311"
        ).value
        == 3
    )


def test_a_figure_beyond_the_column_is_refused_naming_the_limit(demo):
    reporter = _session("reporter-shuangcheng")
    form = _form(reporter.get(GRID).content.decode())
    field = f"v-{Measure.objects.get(code='ZR-I10').pk}"
    before = DataValueChange.objects.count()
    page = reporter.post(GRID, {**form, field: "1" + "0" * 16}).content.decode()
    assert "16 位" in page and DataValueChange.objects.count() == before
