"""The monthly report workflow: draft → submitted → signed → accepted, or returned.

One report per unit and month across every active plan. Submitting goes to the unit head
where the unit has one; where it has none, the signing step is skipped and recorded.
The plan office of an ancestor unit accepts or returns. Each step tells the next person.
"""

from __future__ import annotations

from django.db import transaction
from django.utils.translation import gettext as _

from pacesetter.catalogue.models import Collection, Measure
from pacesetter.core import policy
from pacesetter.core.exceptions import DomainError, InvalidTransition
from pacesetter.core.periods import InvalidPeriod, Period, deadline, parse_month
from pacesetter.core.policy import Actor
from pacesetter.datavalues import rollups
from pacesetter.datavalues.models import DataValue
from pacesetter.datavalues.services import datavalue_set
from pacesetter.orgunits.models import OrgUnit
from pacesetter.projects.models import Project
from pacesetter.projects.services import problem_raise, progress_set
from pacesetter.reporting import notices
from pacesetter.reporting.models import Report, ReportTransition
from pacesetter.reporting.rules import EDITABLE, S, accepting_unit
from pacesetter.reporting.selectors import collected_values, owed_indicators
from pacesetter.validation.checks import WARNING, Entry, Issue, blocking, check

VALUE_STATE = {S.SUBMITTED: "submitted", S.SIGNED: "submitted", S.ACCEPTED: "accepted"}


class ValidationFailed(DomainError):
    def __init__(self, issues: list[Issue]):
        super().__init__(
            "validation_failed",
            " ".join(i.message for i in issues),
            {i.entry.measure.code: i.message for i in issues},
        )
        self.issues = issues


def report_ensure(*, actor: Actor, orgunit: OrgUnit, period: Period) -> Report:
    """The unit's report for a month, created as a draft by the first write into it."""
    policy.require(actor, policy.ENTER, orgunit)
    try:
        period = parse_month(period)
    except InvalidPeriod:
        raise DomainError(
            "invalid_period", _("Reports are monthly: use a month such as 202311.")
        ) from None
    report, _created = Report.objects.get_or_create(
        orgunit=orgunit, period=str(period), defaults={"due_date": deadline(period)}
    )
    return report


@transaction.atomic
def report_save_values(
    *,
    actor: Actor,
    orgunit: OrgUnit,
    period: Period,
    values: dict[Measure, tuple],
    channel: str = "web",
    expected_versions: dict[int, int] | None = None,
) -> list[Issue]:
    """Save figures into the unit's open report: ``values`` maps measure → (value, comment).

    Figures with errors, or with warnings and no comment to explain them, are refused
    (nothing saved), as every other channel refuses them; the explained warnings are returned.
    """
    report = report_ensure(actor=actor, orgunit=orgunit, period=period)
    report = Report.objects.select_for_update().get(pk=report.pk)
    if report.state not in EDITABLE:
        raise InvalidTransition(
            _("This report is %(state)s and cannot be changed.")
            % {"state": report.get_state_display()}
        )
    entries = [
        Entry(measure, orgunit, period, value, comment)
        for measure, (value, comment) in values.items()
    ]
    issues = check(entries)
    if refused := blocking(issues):
        raise ValidationFailed(refused)
    versions = expected_versions or {}
    for entry in entries:
        datavalue_set(
            actor=actor,
            measure=entry.measure,
            orgunit=orgunit,
            period=period,
            value=entry.value,
            comment=entry.comment,
            channel=channel,
            expected_version=versions.get(entry.measure.pk),
        )
    return issues


@transaction.atomic
def report_save(
    *,
    actor: Actor,
    orgunit: OrgUnit,
    period: Period,
    values: dict[Measure, tuple],
    expected_versions: dict[int, int] | None = None,
    progress: dict[Project, tuple] | None = None,
    problems: dict[Project, str] | None = None,
    channel: str = "web",
) -> list[Issue]:
    """Save one sitting of the monthly report together or not at all: figures, the month's
    progress of projects the unit leads (project → (investment, narrative)) and problems
    newly raised on them. Returns the warnings, each explained by its comment."""
    issues = report_save_values(
        actor=actor,
        orgunit=orgunit,
        period=period,
        values=values,
        channel=channel,
        expected_versions=expected_versions,
    )
    for project, (amount, narrative) in (progress or {}).items():
        progress_set(
            actor=actor, project=project, period=str(period), investment=amount, narrative=narrative
        )
    for project, description in (problems or {}).items():
        problem_raise(actor=actor, project=project, description=description, period=str(period))
    return issues


def _report_entries(report: Report, owed_measures: list[Measure]) -> list[Entry]:
    period = Period.parse(report.period)
    owed = {m.pk for m in owed_measures}
    values = DataValue.objects.filter(
        orgunit=report.orgunit, period=report.period, measure__in=owed
    ) | collected_values(report.orgunit, report.period)
    return [
        Entry(v.measure, v.orgunit, period, v.value, v.comment)
        for v in values.select_related("measure", "orgunit")
    ]


# The months a measure is due in: a quarterly figure at each quarter's end, a yearly one in
# December; a monthly one every month.
_DUE_EVERY: dict[str, int] = {
    Measure.Frequency.MONTH.value: 1,
    Measure.Frequency.QUARTER.value: 3,
    Measure.Frequency.YEAR.value: 12,
}


def _blanks(report: Report, owed: list[Measure], entries: list[Entry]) -> list[Issue]:
    """A figure the unit owes this month and left empty: like a warning, it holds the report
    back until the unit says why in the cell's comment (no activity this month, not yet
    known)."""
    period = Period.parse(report.period)
    given = {e.measure.pk for e in entries if e.value is not None}
    comments = {e.measure.pk: e.comment for e in entries if e.value is None}
    issues: list[Issue] = []
    for measure in owed:
        if measure.pk in given:
            continue
        if period.number % _DUE_EVERY.get(measure.frequency, 1):
            continue
        entry = Entry(measure, report.orgunit, period, None, comments.get(measure.pk, ""))
        message = _("%(name)s has no figure for this month: enter it, or say why in a comment.")
        issues.append(Issue(entry, WARNING, message % {"name": measure.name}))
    return issues


def _carry_forward(actor: Actor, report: Report, owed: list[Measure]) -> None:
    """A level measure (3A scenic spots so far) that the grid showed prefilled with last
    month's figure and the unit left as it was is last month's figure: stored on submit,
    not on every draft save, so an untouched prefill never collides with a colleague's edit.
    Within the year only, as the grid prefills it; a cell someone cleared is left empty."""
    period = Period.parse(report.period)
    if period.number == 1:
        return
    level = {m.pk for m in owed if m.aggregation == Measure.Aggregation.LAST}
    present = DataValue.objects.filter(
        orgunit=report.orgunit, period=report.period, measure__in=level
    ).values("measure")
    carried = (
        DataValue.objects.filter(
            orgunit=report.orgunit,
            period=str(period.previous()),
            measure__in=level,
            value__isnull=False,
        )
        .exclude(measure__in=present)
        .select_related("measure")
    )
    for previous in carried:
        datavalue_set(
            actor=actor,
            measure=previous.measure,
            orgunit=report.orgunit,
            period=period,
            value=previous.value,
            reason=_("Carried over from last month unchanged."),
        )


def _move(
    report: Report,
    *,
    actor: Actor,
    to: Report.State,
    allowed_from: tuple[str, ...],
    reason: str = "",
) -> Report:
    report = Report.objects.select_for_update().get(pk=report.pk)
    if report.state not in allowed_from:
        raise InvalidTransition(
            _("A report that is %(state)s cannot be moved to %(to)s.")
            % {"state": report.get_state_display(), "to": S(to).label}
        )
    recorded = actor if actor is not policy.SYSTEM else None
    counted_before = report.state == S.ACCEPTED
    ReportTransition.objects.create(
        report=report, from_state=report.state, to_state=to, actor=recorded, reason=reason
    )
    report.state = to
    report.version += 1
    if to == S.SUBMITTED:
        from django.utils import timezone

        report.submitted_at = timezone.now()
    report.save()
    state = VALUE_STATE.get(to, "draft")
    others = Collection.objects.filter(orgunit=report.orgunit).values("measure")
    DataValue.objects.filter(orgunit=report.orgunit, period=report.period).exclude(
        measure__in=others
    ).update(state=state)
    collected = collected_values(report.orgunit, report.period)
    subjects = set(collected.values_list("orgunit", flat=True))
    collected.update(state=state)
    if counted_before or to == S.ACCEPTED:  # the month's figures start or stop counting
        rollups.refresh(report.orgunit, [str(report.period)])
        for unit in OrgUnit.objects.filter(pk__in=subjects):
            rollups.refresh(unit, [str(report.period)])
    return report


def _need_reason(reason: str) -> str:
    reason = (reason or "").strip()
    if not reason:
        raise DomainError("reason_required", _("Give a reason."), {"reason": _("Give a reason.")})
    return reason


def _accepting_unit(orgunit: OrgUnit) -> OrgUnit:
    parent = accepting_unit(orgunit)
    if parent is None:
        raise InvalidTransition(
            _("%(unit)s has no unit above it to accept its report.") % {"unit": orgunit.name}
        )
    return parent


@transaction.atomic
def report_submit(*, actor: Actor, orgunit: OrgUnit, period: Period) -> Report:
    """Submit the unit's month; straight on to the plan office where the unit has no head."""
    policy.require(actor, policy.SUBMIT, orgunit)
    report = report_ensure(actor=actor, orgunit=orgunit, period=period)
    # Several plans may track one measure: each owed measure once, read once per submission.
    owed = list(
        {
            i.measure_id: i.measure for i in owed_indicators(orgunit=orgunit, year=period.year)
        }.values()
    )
    if report.state in EDITABLE:
        _carry_forward(actor, report, owed)
    entries = _report_entries(report, owed)
    problems = blocking(check(entries) + _blanks(report, owed, entries))
    if problems:
        raise ValidationFailed(problems)
    report = _move(report, actor=actor, to=S.SUBMITTED, allowed_from=EDITABLE)
    if notices.heads(orgunit).exists():
        notices.tell_heads(report)
        return report
    report = _move(
        report,
        actor=policy.SYSTEM,
        to=S.SIGNED,
        allowed_from=(S.SUBMITTED,),
        reason=_("No unit head: the signing step is skipped."),
    )
    notices.tell_office(report)
    return report


@transaction.atomic
def report_sign(*, actor: Actor, report: Report) -> Report:
    policy.require(actor, policy.SIGN, report.orgunit)
    report = _move(report, actor=actor, to=S.SIGNED, allowed_from=(S.SUBMITTED,))
    notices.tell_office(report)
    return report


@transaction.atomic
def report_accept(*, actor: Actor, report: Report) -> Report:
    policy.require(actor, policy.ACCEPT, _accepting_unit(report.orgunit))
    report = _move(report, actor=actor, to=S.ACCEPTED, allowed_from=(S.SIGNED,))
    notices.tell_reporters(
        report, _("Your report %(period)s was accepted.") % {"period": report.period}
    )
    return report


@transaction.atomic
def report_return(*, actor: Actor, report: Report, reason: str) -> Report:
    reason = _need_reason(reason)
    report = Report.objects.select_for_update().get(pk=report.pk)  # decide on today's state
    # The unit head returns a submitted report; an ancestor's plan office a signed one.
    if report.state == S.SUBMITTED:
        policy.require(actor, policy.SIGN, report.orgunit)
    else:
        policy.require(actor, policy.RETURN, _accepting_unit(report.orgunit))
    report = _move(
        report, actor=actor, to=S.RETURNED, allowed_from=(S.SUBMITTED, S.SIGNED), reason=reason
    )
    notices.tell_reporters(
        report,
        _("Your report %(period)s was returned: %(reason)s")
        % {"period": report.period, "reason": reason},
    )
    return report


@transaction.atomic
def report_reopen(*, actor: Actor, report: Report, reason: str) -> Report:
    reason = _need_reason(reason)
    policy.require(actor, policy.REOPEN, _accepting_unit(report.orgunit))
    report = _move(report, actor=actor, to=S.RETURNED, allowed_from=(S.ACCEPTED,), reason=reason)
    notices.tell_reporters(
        report,
        _("Your accepted report %(period)s was reopened: %(reason)s")
        % {"period": report.period, "reason": reason},
    )
    return report
