from decimal import Decimal

import pytest

from pacesetter.accounts.models import User
from pacesetter.datavalues.bulk import ImportFailed, Row, datavalues_import
from pacesetter.datavalues.models import DataValue, DataValueChange

pytestmark = pytest.mark.django_db


def _snapshot():
    return (
        DataValue.objects.count(),
        DataValueChange.objects.count(),
        sorted(DataValue.objects.values_list("pk", "value")),
    )


def _import(username, rows, plan=None):
    return datavalues_import(
        actor=User.objects.get(username=username), plan=plan, rows=rows, channel="import"
    )


def test_good_rows_are_applied_with_history_on_the_import_channel(demo):
    saved = _import(
        "reporter-shuangcheng",
        [
            Row("ZR-I10", "350926100", "202311", "0.8", line=2),
            Row("ZR-I07", "350926100", "202311", 2, line=3),
        ],
    )
    assert saved == 2
    assert DataValue.objects.get(
        measure__code="ZR-I10", orgunit__code="350926100", period="202311"
    ).value == Decimal("0.8")
    assert set(
        DataValueChange.objects.filter(datavalue__period="202311").values_list("channel", flat=True)
    ) == {"import"}


def test_a_plans_indicator_codes_are_understood_only_when_the_plan_is_named(demo):
    rows = [Row("I10", "350926100", "202311", "0.8", line=2)]
    before = _snapshot()
    with pytest.raises(ImportFailed) as err:
        _import("reporter-shuangcheng", rows)
    assert [(e.line, e.column) for e in err.value.errors] == [(2, "指标")]
    assert _snapshot() == before
    assert _import("reporter-shuangcheng", rows, plan=demo) == 1
    # the plan's code names the catalogue measure: one figure, the one every plan reads
    saved = DataValue.objects.get(orgunit__code="350926100", period="202311")
    assert saved.measure.code == "ZR-I10"


def test_one_bad_row_rejects_the_whole_file_and_names_row_and_column(demo):
    before = _snapshot()
    with pytest.raises(ImportFailed) as err:
        _import(
            "reporter-shuangcheng",
            [
                Row("ZR-I10", "350926100", "202311", "0.8", sheet="填报", line=2),
                Row("ZR-I07", "350926100", "202311", "两个", sheet="填报", line=3),
            ],
        )
    assert [(e.sheet, e.line, e.column) for e in err.value.errors] == [("填报", 3, "数值")]
    assert _snapshot() == before


def test_units_outside_the_scope_read_as_unknown(demo):
    with pytest.raises(ImportFailed) as err:
        _import("reporter-fuxi", [Row("ZR-I10", "350926100", "202311", "1", line=2)])
    assert "您可填报" in err.value.errors[0].message


def test_locked_months_refuse_figures(demo):
    before = _snapshot()
    with pytest.raises(ImportFailed, match="已锁定") as err:
        _import(
            "reporter-shuangcheng",
            [
                Row("ZR-I07", "350926100", "202311", "2", line=2),
                Row("ZR-I10", "350926100", "202309", "1", line=3),
            ],
        )
    assert [(e.line, e.column) for e in err.value.errors] == [(3, "期间")]
    assert _snapshot() == before
