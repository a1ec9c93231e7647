from decimal import Decimal

import pytest

from pacesetter.indicators.models import Target

pytestmark = pytest.mark.django_db


def test_a_changed_target_keeps_its_old_value_in_history(demo):
    target = Target.objects.get(indicator__name="刀剪产业产值", orgunit=None)
    target.value = Decimal("22")
    target._change_reason = "县委常委会调整"
    target.save()
    old, new = target.history.order_by("history_date")[:2]
    assert (old.value, new.value) == (Decimal("21"), Decimal("22"))
    assert new.history_change_reason == "县委常委会调整"
