"""The monthly report workflow: draft → submitted → signed → accepted, or returned."""

from __future__ import annotations


from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from pacesetter.core import policy
from pacesetter.core.exceptions import DomainError, InvalidTransition
from pacesetter.core.periods import Period
from pacesetter.datavalues.models import DataValue
from pacesetter.datavalues.services import datavalue_set
from pacesetter.inbox.services import notify
from pacesetter.indicators.models import Indicator
from pacesetter.orgunits.models import OrgUnit
from pacesetter.plans.models import Plan
from pacesetter.reporting.models import Report, ReportTransition
from pacesetter.validation.checks import Entry, Issue, blocking, check

S = Report.State
EDITABLE = (S.DRAFT, S.RETURNED)


class ValidationFailed(DomainError):
    def __init__(self, issues: list[Issue]):
        super().__init__("validation_failed", " ".join(i.message for i in issues),
                         {i.entry.indicator.code: i.message for i in issues})
        self.issues = issues


def report_open(*, actor, plan: Plan, orgunit: OrgUnit, period: Period) -> Report:
    """The unit's report for the period, created as a draft on first use."""
    policy.require(actor, policy.VIEW, orgunit)
    report, _created = Report.objects.get_or_create(
        plan=plan, orgunit=orgunit, period=str(period),
        defaults={"due_date": period.end + timezone.timedelta(days=5)})
    return report


@transaction.atomic
def report_save_values(*, actor, report: Report, values: dict[Indicator, tuple], channel: str = "web",
                       expected_versions: dict[int, int] | None = None) -> list[Issue]:
    """Save figures into an editable report: ``values`` maps indicator → (value, comment).

    Figures with errors are refused (nothing saved); warnings are returned for the
    user to explain before submitting.
    """
    policy.require(actor, policy.ENTER, report.orgunit)
    report = Report.objects.select_for_update().get(pk=report.pk)
    if report.state not in EDITABLE:
        raise InvalidTransition(_("This report is %(state)s and cannot be changed.")
                                % {"state": report.get_state_display()})
    period = Period.parse(report.period)
    entries = [Entry(ind, report.orgunit, period, value, comment)
               for ind, (value, comment) in values.items()]
    issues = check(entries, plan=report.plan)
    errors = [i for i in issues if i.severity == "error"]
    if errors:
        raise ValidationFailed(errors)
    versions = expected_versions or {}
    for entry in entries:
        datavalue_set(actor=actor, indicator=entry.indicator, orgunit=report.orgunit,
                      period=period, value=entry.value, comment=entry.comment, channel=channel,
                      expected_version=versions.get(entry.indicator.pk))
    return issues


def _report_entries(report: Report) -> list[Entry]:
    period = Period.parse(report.period)
    values = (DataValue.objects.filter(orgunit=report.orgunit, period=report.period,
                                       indicator__goal__plan=report.plan)
              .select_related("indicator"))
    return [Entry(v.indicator, report.orgunit, period, v.value, v.comment) for v in values]


def _move(report: Report, *, actor, to: str, allowed_from: tuple, reason: str = "") -> Report:
    report = Report.objects.select_for_update().get(pk=report.pk)
    if report.state not in allowed_from:
        raise InvalidTransition(_("A report that is %(state)s cannot be moved to %(to)s.")
                                % {"state": report.get_state_display(), "to": S(to).label})
    ReportTransition.objects.create(report=report, from_state=report.state, to_state=to,
                                    actor=actor, reason=reason)
    report.state = to
    report.version += 1
    if to == S.SUBMITTED:
        report.submitted_at = timezone.now()
    report.save()
    value_state = {S.SUBMITTED: "submitted", S.SIGNED: "submitted", S.ACCEPTED: "accepted"}
    DataValue.objects.filter(orgunit=report.orgunit, period=report.period,
                             indicator__goal__plan=report.plan).update(
        state=value_state.get(to, "draft"))
    return report


def _need_reason(reason: str) -> str:
    reason = (reason or "").strip()
    if not reason:
        raise DomainError("reason_required", _("Give a reason."), {"reason": _("Give a reason.")})
    return reason


@transaction.atomic
def report_submit(*, actor, report: Report) -> Report:
    policy.require(actor, policy.SUBMIT, report.orgunit)
    problems = blocking(check(_report_entries(report), plan=report.plan))
    if problems:
        raise ValidationFailed(problems)
    return _move(report, actor=actor, to=S.SUBMITTED, allowed_from=EDITABLE)


@transaction.atomic
def report_sign(*, actor, report: Report) -> Report:
    policy.require(actor, policy.SIGN, report.orgunit)
    return _move(report, actor=actor, to=S.SIGNED, allowed_from=(S.SUBMITTED,))


@transaction.atomic
def report_accept(*, actor, report: Report) -> Report:
    policy.require(actor, policy.ACCEPT, report.orgunit)
    return _move(report, actor=actor, to=S.ACCEPTED, allowed_from=(S.SIGNED,))


@transaction.atomic
def report_return(*, actor, report: Report, reason: str) -> Report:
    reason = _need_reason(reason)
    # The unit head returns a submitted report; the plan office a signed one.
    step = {S.SUBMITTED: policy.SIGN, S.SIGNED: policy.RETURN}.get(report.state, policy.RETURN)
    policy.require(actor, step, report.orgunit)
    report = _move(report, actor=actor, to=S.RETURNED, allowed_from=(S.SUBMITTED, S.SIGNED),
                   reason=reason)
    _tell_reporters(report, _("Your report %(period)s was returned: %(reason)s")
                    % {"period": report.period, "reason": reason})
    return report


@transaction.atomic
def report_reopen(*, actor, report: Report, reason: str) -> Report:
    reason = _need_reason(reason)
    policy.require(actor, policy.REOPEN, report.orgunit)
    report = _move(report, actor=actor, to=S.RETURNED, allowed_from=(S.ACCEPTED,), reason=reason)
    _tell_reporters(report, _("Your accepted report %(period)s was reopened: %(reason)s")
                    % {"period": report.period, "reason": reason})
    return report


def _tell_reporters(report: Report, message: str) -> None:
    from pacesetter.accounts.models import User

    reporters = User.objects.filter(roles__role="reporter", roles__orgunit=report.orgunit)
    notify(users=reporters, message=message,
           link=f"/entry/{report.plan.code}/{report.orgunit.code}/{report.period}/")

