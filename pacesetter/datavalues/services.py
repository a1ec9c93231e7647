from decimal import Decimal

from django.db import transaction
from django.utils.translation import gettext as _

from pacesetter.core.exceptions import ConcurrentEdit, DomainError
from pacesetter.core.periods import InvalidPeriod, Period
from pacesetter.datavalues.models import DataValue, DataValueChange
from pacesetter.indicators.models import Indicator
from pacesetter.orgunits.models import OrgUnit


@transaction.atomic
def datavalue_set(*, actor, indicator: Indicator, orgunit: OrgUnit, period: Period | str,
                  value: Decimal | None, comment: str = "", reason: str = "",
                  expected_version: int | None = None,
                  channel: str = DataValueChange.Channel.WEB, is_demo: bool = False) -> DataValue:
    """Set one figure and append its history row in the same transaction.

    ``expected_version`` is the version the editor saw; if someone saved since,
    the change is refused with the other's value rather than overwriting it.
    """
    try:
        period = Period.parse(period)
    except InvalidPeriod as exc:
        raise DomainError("invalid_period", str(exc), {"period": str(exc)}) from None
    if value is not None:
        value = Decimal(value)
    datavalue = (DataValue.objects.select_for_update()
                 .filter(indicator=indicator, orgunit=orgunit, period=str(period)).first())
    if datavalue is None:
        if expected_version not in (None, 0):
            raise ConcurrentEdit(_("This value was deleted by someone else."))
        datavalue = DataValue(indicator=indicator, orgunit=orgunit, period=str(period),
                              version=0, is_demo=is_demo)
        old_value, old_comment = None, ""
    else:
        if expected_version is not None and expected_version != datavalue.version:
            raise ConcurrentEdit(
                _("%(user)s changed this value to %(value)s meanwhile; reload and decide again.")
                % {"user": datavalue.updated_by or _("someone"), "value": datavalue.value},
                current=datavalue,
            )
        old_value, old_comment = datavalue.value, datavalue.comment
        if old_value == value and old_comment == comment:
            return datavalue  # nothing changed, so nothing to record
    datavalue.value, datavalue.comment = value, comment
    datavalue.version += 1
    datavalue.updated_by = actor
    datavalue.save()
    DataValueChange.objects.create(
        datavalue=datavalue, version=datavalue.version, changed_by=actor,
        old_value=old_value, new_value=value, old_comment=old_comment, new_comment=comment,
        reason=reason, channel=channel,
    )
    return datavalue
