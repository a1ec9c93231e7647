"""For tests about the workflow rather than the figures: give every figure a unit owes in a
month, since a report with an owed figure left blank (and no reason) is not submitted."""

from __future__ import annotations

from decimal import Decimal

from pacesetter.core.periods import Period
from pacesetter.datavalues.models import DataValue
from pacesetter.orgunits.models import OrgUnit
from pacesetter.reporting.selectors import owed_indicators
from pacesetter.reporting.services import report_save_values


def fill_owed(actor, orgunit: OrgUnit, period: Period) -> None:
    owed = {i.measure for i in owed_indicators(orgunit=orgunit, year=period.year)}
    given = set(
        DataValue.objects.filter(
            orgunit=orgunit, period=str(period), value__isnull=False
        ).values_list("measure", flat=True)
    )
    before = dict(
        DataValue.objects.filter(
            orgunit=orgunit, period=str(period.previous()), value__isnull=False
        ).values_list("measure", "value")
    )
    # Last month's figure where there is one: a cumulative figure never falls.
    values = {m: (before.get(m.pk, Decimal(1)), "test figure") for m in owed if m.pk not in given}
    if values:
        report_save_values(actor=actor, orgunit=orgunit, period=period, values=values)
