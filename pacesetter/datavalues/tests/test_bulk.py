from decimal import Decimal

import pytest

from pacesetter.accounts.models import User
from pacesetter.datavalues.bulk import ImportFailed, Row, datavalues_import
from pacesetter.datavalues.models import DataValue, DataValueChange

pytestmark = pytest.mark.django_db


def _snapshot():
    return (DataValue.objects.count(), DataValueChange.objects.count(),
            sorted(DataValue.objects.values_list("pk", "value")))


def _import(demo, username, rows):
    return datavalues_import(actor=User.objects.get(username=username), plan=demo, rows=rows,
                             channel="import")


def test_good_rows_are_applied_with_history_on_the_import_channel(demo):
    saved = _import(demo, "reporter-shuangcheng", [
        Row("I10", "350926100", "202311", "0.8", line=2), Row("I07", "350926100", "202311", 2, line=3)])
    assert saved == 2
    assert DataValue.objects.get(indicator__code="I10", period="202311").value == Decimal("0.8")
    assert set(DataValueChange.objects.filter(datavalue__period="202311")
               .values_list("channel", flat=True)) == {"import"}


def test_one_bad_row_rejects_the_whole_file_and_names_row_and_column(demo):
    before = _snapshot()
    with pytest.raises(ImportFailed) as err:
        _import(demo, "reporter-shuangcheng", [
            Row("I10", "350926100", "202311", "0.8", sheet="填报", line=2),
            Row("I07", "350926100", "202311", "两个", sheet="填报", line=3)])
    assert [(e.sheet, e.line, e.column) for e in err.value.errors] == [("填报", 3, "数值")]
    assert _snapshot() == before


def test_units_outside_the_scope_read_as_unknown(demo):
    with pytest.raises(ImportFailed) as err:
        _import(demo, "reporter-fuxi", [Row("I10", "350926100", "202311", "1", line=2)])
    assert "您可填报" in err.value.errors[0].message


def test_locked_months_refuse_figures(demo):
    with pytest.raises(ImportFailed, match="已锁定"):
        _import(demo, "reporter-shuangcheng", [Row("I10", "350926100", "202309", "1", line=2)])
