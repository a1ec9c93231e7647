"""Automatic tasks: each enabled rule of a plan judged on the plan's month; a new cause
opens one task, a cause that still holds opens none, and a cause gone is recorded on its
task (which the office still verifies). One transaction per plan."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date, timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from pacesetter.core import policy
from pacesetter.core.exceptions import DomainError
from pacesetter.core.periods import Period
from pacesetter.plans.models import Plan
from pacesetter.supervision.models import Task
from pacesetter.supervision.services import cause_cleared, task_create
from pacesetter.triggers import selectors
from pacesetter.triggers.models import Rule
from pacesetter.triggers.rules import KINDS, Cause

log = logging.getLogger(__name__)


@dataclass
class Outcome:
    month: Period | None = None
    opened: list[Cause] = field(default_factory=list)  # new causes (a task each unless dry run)
    persisting: list[Task] = field(default_factory=list)  # causes that hold, task already open
    cleared: list[Task] = field(default_factory=list)  # tasks whose cause has gone
    issued: list[Task] = field(default_factory=list)  # the tasks opened (empty in a dry run)

    def merge(self, other: Outcome) -> None:
        self.opened += other.opened
        self.persisting += other.persisting
        self.cleared += other.cleared
        self.issued += other.issued


def _deadline(rule: Rule, today: date) -> date:
    # Never before the real today: a task's deadline cannot lie in the past.
    return max(today, timezone.localdate()) + timedelta(days=rule.deadline_days)


def _issue(rule: Rule, cause: Cause, today: date) -> Task | None:
    try:
        return task_create(
            actor=policy.SYSTEM,
            source=Task.Source.RULE,
            cause=cause.key,
            title=cause.title,
            instruction=cause.instruction,
            lead_unit=cause.lead_unit,
            plan=rule.plan,
            indicator=cause.indicator,
            project=cause.project,
            deadline=_deadline(rule, today),
            priority=rule.priority,
        )
    except DomainError as error:
        if error.code != "duplicate":  # another run opened it meanwhile: nothing to do
            raise
        return None


def _apply(rule: Rule, month: Period, today: date, dry_run: bool) -> Outcome:
    outcome = Outcome(month)
    open_tasks = selectors.open_causes(rule)
    found = KINDS[rule.kind](rule, month, set(open_tasks))
    for key, cause in found.holds.items():
        if key in open_tasks:
            outcome.persisting.append(open_tasks[key])
            continue
        outcome.opened.append(cause)
        if not dry_run and (task := _issue(rule, cause, today)) is not None:
            outcome.issued.append(task)
    for key, task in open_tasks.items():
        if key in found.holds or key in found.unknown:
            continue
        outcome.cleared.append(task)
        if not dry_run:
            text = found.cleared.get(key) or _gone_text()
            cause_cleared(task=task, text=text)
    return outcome


def _gone_text() -> str:
    return _("The cause no longer holds (its indicator, target or project has changed).")


def evaluate(plan: Plan, *, today: date | None = None, dry_run: bool = False) -> Outcome:
    """Judge the plan's enabled rules on its latest month with accepted figures."""
    today = today or timezone.localdate()
    month = selectors.evaluation_month(plan, today)
    outcome = Outcome(month)
    if month is None:
        return outcome
    # Stored texts are written in the site's language, whoever started the run.
    with translation.override(settings.LANGUAGE_CODE), transaction.atomic():
        for rule in selectors.rules_of(plan):
            outcome.merge(_apply(rule, month, today, dry_run))
        if dry_run:
            transaction.set_rollback(True)
    return outcome


def evaluate_all(today: date | None = None) -> Outcome:
    """Every active plan, each in its own transaction: one plan's failure stops no other."""
    total = Outcome()
    for plan in Plan.objects.filter(status=Plan.Status.ACTIVE, rules__enabled=True).distinct():
        try:
            total.merge(evaluate(plan, today=today))
        except Exception:  # logged and retried at the next run
            log.exception("automatic tasks of plan %s failed", plan.code)
    return total
