"""What is due to be reminded at a moment: deadlines of tasks, reports and service levels.

Each reminder carries its key (the idempotency log's), so computing them twice is harmless:
``services.remind`` sends only those whose key is new.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from django.conf import settings
from django.db.models import Q
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from pacesetter.accounts.models import User
from pacesetter.core.periods import Period, latest_closed_month
from pacesetter.notifications.recipients import offices, staff
from pacesetter.orgunits.models import OrgUnit
from pacesetter.plans.models import Plan
from pacesetter.reminders.models import Sent
from pacesetter.reporting.models import Report
from pacesetter.reporting.rules import EDITABLE
from pacesetter.supervision.models import Task
from pacesetter.supervision.notices import link as task_link
from pacesetter.supervision.selectors import OWED

log = logging.getLogger(__name__)


@dataclass
class Reminder:
    key: str
    kind: str  # before / today / overdue / escalation / report / sla / digest
    message: str
    link: str = ""
    users: list[User] = field(default_factory=list)
    units: list[OrgUnit] = field(default_factory=list)

    @property
    def summary(self) -> str:
        """One line for ``remind --dry-run`` and the log."""
        robots = ", ".join(u.name for u in self.units)
        to = _("%(n)d people") % {"n": len(self.users)}
        if robots:
            to += " + " + _("robots of %(units)s") % {"units": robots}
        first = self.message.splitlines()[0] if self.message else ""
        return f"{self.key}  {first}  → {to}"


def days_before() -> list[int]:
    return sorted(int(d) for d in getattr(settings, "PACESETTER_REMIND_DAYS_BEFORE", [3, 1]))


def sla_hours() -> float:
    return float(getattr(settings, "PACESETTER_REMIND_SLA_HOURS", 4))


def local_date(now: datetime) -> date:
    return timezone.localtime(now).date()


def unsent(reminders: list[Reminder]) -> list[Reminder]:
    """The reminders whose key is not in the log yet (first of each key only)."""
    keys = [r.key for r in reminders]
    done = set(Sent.objects.filter(key__in=keys).values_list("key", flat=True))
    fresh: list[Reminder] = []
    for reminder in reminders:
        if reminder.key not in done:
            done.add(reminder.key)
            fresh.append(reminder)
    return fresh


def due_reminders(now: datetime) -> list[Reminder]:
    """Every reminder due at ``now``, sent or not. A source that fails is logged and skipped:
    one broken part must not silence the others."""
    from pacesetter.reminders.digest import digests

    sources: list[Callable[[datetime], list[Reminder]]] = [
        task_reminders,
        report_reminders,
        sla_reminders,
        digests,
    ]
    found: list[Reminder] = []
    for source in sources:
        try:
            found += source(now)
        except Exception:  # a background job: log it and carry on with the other sources
            log.exception("reminders from %s failed", source.__name__)
    return found


def task_stage(deadline: date, today: date) -> str:
    """Where a task owed by a unit stands: "before<N>" for the tightest of the configured
    days-before reached, "today", "overdue", or "" (nothing to say yet). Taking the tightest
    reached, not an exact day, means a worker that was down still reminds once."""
    days = (deadline - today).days
    if days < 0:
        return "overdue"
    if days == 0:
        return "today"
    reached = [n for n in days_before() if n >= days]
    return f"before{min(reached)}" if reached else ""


def task_reminders(now: datetime) -> list[Reminder]:
    """Owed tasks near or past their deadline: the lead and co-units' staff and robots; once
    overdue, also the lead unit's head(s) and the plan office (escalation). The deadline is
    in the key, so a granted extension re-arms them."""
    today = local_date(now)
    horizon = today + timedelta(days=max(days_before(), default=0))
    tasks = (
        Task.objects.filter(state__in=OWED, deadline__lte=horizon)
        .select_related("lead_unit")
        .prefetch_related("co_units")
        .order_by("deadline", "pk")
    )
    found: list[Reminder] = []
    for task in tasks:
        stage = task_stage(task.deadline, today)
        if not stage:
            continue
        units = [task.lead_unit, *task.co_units.all()]
        values = {
            "code": task.code,
            "title": task.title,
            "unit": task.lead_unit.name,
            "deadline": date_format(task.deadline, "Y-m-d"),
            "n": (task.deadline - today).days,
        }
        if stage == "overdue":
            message = _('Task %(code)s "%(title)s" is overdue: it was due on %(deadline)s.')
        elif stage == "today":
            message = _('Task %(code)s "%(title)s" is due today.')
        else:
            message = _('Task %(code)s "%(title)s" is due in %(n)d days, on %(deadline)s.')
        kind = "overdue" if stage == "overdue" else ("today" if stage == "today" else "before")
        base = f"task:{task.pk}:{task.deadline}"
        found.append(
            Reminder(
                f"{base}:{stage}",
                kind,
                message % values,
                task_link(task),
                list(staff(units)),
                [task.lead_unit],
            )
        )
        if stage == "overdue":
            heads = staff([task.lead_unit], roles=("unit_head",))
            told = {u.pk: u for u in [*heads, *offices(task.lead_unit)]}
            found.append(
                Reminder(
                    f"{base}:escalation",
                    "escalation",
                    _(
                        'Escalation: task %(code)s "%(title)s" of %(unit)s is overdue: it was '
                        "due on %(deadline)s."
                    )
                    % values,
                    task_link(task),
                    list(told.values()),
                    [task.lead_unit],
                )
            )
    return found


def units_reporting(month: Period) -> list[OrgUnit]:
    """Units that owe a monthly report for ``month``: they lead, co-run or hold a target of
    an indicator, or lead a project, of an active plan running that year (as
    ``reporting.selectors.owed_span``, for all units at once)."""
    plans = Plan.objects.filter(
        status=Plan.Status.ACTIVE, first_year__lte=month.year, last_year__gte=month.year
    )
    owing = (
        Q(led_indicators__goal__plan__in=plans)
        | Q(co_indicators__goal__plan__in=plans)
        | Q(targets__indicator__goal__plan__in=plans)
        | Q(led_projects__plan__in=plans)
    )
    ids = OrgUnit.objects.filter(owing).values("pk")
    return list(OrgUnit.objects.filter(pk__in=ids).order_by("path"))


def report_reminders(now: datetime) -> list[Reminder]:
    """Units whose report of the latest month past its reporting deadline is not submitted
    (none, a draft, or returned): their reporters and robots."""
    month = latest_closed_month(local_date(now))
    units = units_reporting(month)
    submitted = set(
        Report.objects.filter(orgunit__in=units, period=str(month))
        .exclude(state__in=EDITABLE)
        .values_list("orgunit_id", flat=True)
    )
    return [
        Reminder(
            f"report:{unit.pk}:{month}",
            "report",
            _(
                "The report of %(unit)s for %(month)s has not been submitted: the reporting "
                "deadline has passed."
            )
            % {"unit": unit.name, "month": month},
            f"/entry/{unit.code}/{month}/",
            list(staff([unit], roles=("reporter",))),
            [unit],
        )
        for unit in units
        if unit.pk not in submitted
    ]


def sla_reminders(now: datetime) -> list[Reminder]:
    """Open service requests whose first response or resolution falls due soon or is late:
    the routed unit's staff and robots. (Nothing while the service desk is not installed.)"""
    try:
        from pacesetter.servicedesk.notices import link
        from pacesetter.servicedesk.selectors import near_sla
    except ImportError:
        return []
    found: list[Reminder] = []
    for request, kind, due in near_sla(now, sla_hours()):
        late = due < now
        values = {
            "code": request.code,
            "title": request.title,
            "due": date_format(timezone.localtime(due), "Y-m-d H:i"),
        }
        if kind == "response":
            text = (
                _('Service request %(code)s "%(title)s" was due a first response by %(due)s.')
                if late
                else _('Service request %(code)s "%(title)s" needs a first response by %(due)s.')
            )
        else:
            text = (
                _('Service request %(code)s "%(title)s" was due to be resolved by %(due)s.')
                if late
                else _('Service request %(code)s "%(title)s" must be resolved by %(due)s.')
            )
        found.append(
            Reminder(
                f"sla:{request.pk}:{kind}:{'late' if late else 'near'}",
                "sla",
                text % values,
                link(request),
                list(staff([request.unit])),
                [request.unit],
            )
        )
    return found
