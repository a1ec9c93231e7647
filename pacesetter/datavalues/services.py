from decimal import Decimal

from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from pacesetter.catalogue.collections import answering_unit
from pacesetter.catalogue.models import Measure
from pacesetter.core import policy
from pacesetter.core.exceptions import ConcurrentEdit, DomainError
from pacesetter.core.numbers import parse_number
from pacesetter.core.periods import InvalidPeriod, Period
from pacesetter.core.policy import Actor
from pacesetter.datavalues.locks import locked_reason
from pacesetter.datavalues.models import DataValue, DataValueChange
from pacesetter.orgunits.models import OrgUnit


@transaction.atomic
def datavalue_set(
    *,
    actor: Actor,
    measure: Measure,
    orgunit: OrgUnit,
    period: Period | str,
    value: Decimal | None,
    comment: str = "",
    reason: str = "",
    expected_version: int | None = None,
    channel: str = DataValueChange.Channel.WEB,
    is_demo: bool = False,
) -> DataValue:
    """Set one figure and append its history row in the same transaction.

    The actor must have the right to enter figures for the unit that answers for the figure
    (the unit, or the office collecting the measure for it), and that unit's report for the
    month must be open. ``expected_version`` is the version the editor saw; if
    someone saved since, the change is refused with the other's value rather than
    overwriting it.
    """
    answering = answering_unit(measure, orgunit)
    policy.require(actor, policy.ENTER, answering)
    try:
        period = Period.parse(period)
    except InvalidPeriod as exc:
        raise DomainError("invalid_period", str(exc), {"period": str(exc)}) from None
    try:  # the one rule for figures, whichever channel brought this one
        value = parse_number(value)
    except ValueError as exc:
        raise DomainError("invalid_value", str(exc), {"value": str(exc)}) from None
    if (why := comment_refusal(comment)) is not None:
        raise DomainError("invalid_comment", why, {"comment": why})
    datavalue = (
        DataValue.objects.select_for_update()
        .filter(measure=measure, orgunit=orgunit, period=str(period))
        .first()
    )
    if (
        datavalue is not None
        and (datavalue.value, datavalue.comment) == (value, comment)
        and expected_version in (None, datavalue.version)
    ):
        return datavalue  # nothing changed, so nothing to record (and nothing to lock)
    if (why := locked_reason(answering, str(period))) is not None:
        raise DomainError("locked", why, {"period": why})
    recorded = recorded_actor(actor)
    created = False
    if datavalue is None:
        if expected_version not in (None, 0):
            raise ConcurrentEdit(_("This value was deleted by someone else."))
        new = DataValue(
            measure=measure,
            orgunit=orgunit,
            period=str(period),
            value=value,
            comment=comment,
            version=1,
            updated_by=recorded,
            is_demo=is_demo,
        )
        created = _insert(new)
        if created:
            datavalue = new
        else:
            # Someone created the same figure between the read above and this insert: theirs
            # stands, and this save goes on as a change of it (refused if the editor saw none).
            datavalue = DataValue.objects.select_for_update().get(
                measure=measure, orgunit=orgunit, period=str(period)
            )
            if (datavalue.value, datavalue.comment) == (value, comment) and expected_version in (
                None,
                datavalue.version,
            ):
                return datavalue
    if created:
        old_value, old_comment = None, ""
    else:
        if expected_version is not None and expected_version != datavalue.version:
            raise ConcurrentEdit(
                _("%(user)s changed this value to %(value)s meanwhile; reload and decide again.")
                % {"user": datavalue.updated_by or _("someone"), "value": _plain(datavalue.value)},
                current=datavalue,
            )
        old_value, old_comment = datavalue.value, datavalue.comment
        datavalue.value, datavalue.comment = value, comment
        datavalue.version += 1
        datavalue.updated_by = recorded
        datavalue.save()
    DataValueChange.objects.create(
        **history_row(
            datavalue,
            old_value=old_value,
            old_comment=old_comment,
            reason=reason,
            channel=channel,
        )
    )
    return datavalue


def recorded_actor(actor: Actor) -> Actor | None:
    """Who a change is recorded as: the user, or nobody for the system's own changes."""
    return actor if actor is not policy.SYSTEM else None


def comment_refusal(comment: str) -> str | None:
    """Why a comment cannot be stored, or None."""
    if "\x00" in comment:  # no database keeps it faithfully; PostgreSQL refuses it outright
        return _("The comment must not contain NUL characters.")
    return None


# What a history row records of the figure it follows, as (history column, figure column):
# the one list both the single save (``history_row``) and the bulk path's SQL
# (``bulk_write``) are built from. The rest of a row is what the figure no longer holds (its
# old value and comment) and why and how it changed (reason, channel).
HISTORY_FROM_FIGURE = (
    ("datavalue_id", "id"),
    ("version", "version"),
    ("changed_by_id", "updated_by_id"),
    ("new_value", "value"),
    ("new_comment", "comment"),
)


def history_row(
    datavalue: DataValue,
    *,
    old_value: Decimal | None,
    old_comment: str,
    reason: str = "",
    channel: str,
) -> dict:
    """The fields of the history row of a figure just changed to its current value and
    comment, by whom it records as its last editor (``DataValueChange(**row)``)."""
    return {
        **{column: getattr(datavalue, field) for column, field in HISTORY_FROM_FIGURE},
        "old_value": old_value,
        "old_comment": old_comment,
        "reason": reason,
        "channel": channel,
    }


def _insert(datavalue: DataValue) -> bool:
    """Insert a new figure; False if the same figure (measure, unit, month) exists already
    because another transaction created it meanwhile. Only that unique key is forgiven."""
    try:
        with transaction.atomic():  # a savepoint: losing the race keeps the caller usable
            datavalue.save(force_insert=True)
    except IntegrityError:
        if not DataValue.objects.filter(
            measure=datavalue.measure_id, orgunit=datavalue.orgunit_id, period=datavalue.period
        ).exists():
            raise
        datavalue.pk = None
        return False
    return True


def _plain(value: Decimal | None) -> str:
    """0.7000 as stored reads 0.7 to a person."""
    return "—" if value is None else f"{value.normalize():f}"


@transaction.atomic
def datavalues_seed(*, actor: Actor, rows: list[tuple], reason: str, is_demo: bool = False) -> int:
    """The system's own bulk load (the demo, benchmark data): figures that do not exist yet
    are inserted with their first history row, a few statements for any number of rows.
    ``rows`` are (measure, orgunit, period text, value). Existing figures are left as they
    are — changing a figure goes through ``datavalue_set``."""
    if actor is not policy.SYSTEM:
        raise PermissionError("only the system seeds figures")
    keys = {(m.pk, u.pk, p) for m, u, p, _v in rows}
    existing = set(
        DataValue.objects.filter(
            measure__in={k[0] for k in keys},
            orgunit__in={k[1] for k in keys},
            period__in={k[2] for k in keys},
        ).values_list("measure_id", "orgunit_id", "period")
    )
    new = [
        DataValue(measure=m, orgunit=u, period=p, value=Decimal(v), version=1, is_demo=is_demo)
        for m, u, p, v in rows
        if (m.pk, u.pk, p) not in existing
    ]
    created = DataValue.objects.bulk_create(new, batch_size=1000)
    if created and created[0].pk is None:  # a database that returns no keys: read them back
        created = list(
            DataValue.objects.filter(
                measure__in={d.measure_id for d in new}, version=1, changes__isnull=True
            ).distinct()
        )
    DataValueChange.objects.bulk_create(
        [
            DataValueChange(
                datavalue=d,
                version=1,
                old_value=None,
                new_value=d.value,
                reason=reason,
                channel=DataValueChange.Channel.SYSTEM,
            )
            for d in created
        ],
        batch_size=1000,
    )
    return len(created)
