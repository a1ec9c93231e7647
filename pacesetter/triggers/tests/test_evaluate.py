"""Rules open one task per cause, never a duplicate, and record on it when the cause clears."""

from datetime import date

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from django.test.utils import CaptureQueriesContext

from pacesetter.accounts.services import user_ensure
from pacesetter.inbox.models import Notification
from pacesetter.supervision.models import Task, TaskEvent
from pacesetter.triggers.models import Rule
from pacesetter.triggers.services import evaluate
from pacesetter.triggers.tests.worlds import county, project, report, rule

pytestmark = pytest.mark.django_db(transaction=True)  # notices are sent after the commit


def _cleared(task):
    return list(
        task.events.filter(kind=TaskEvent.Kind.CAUSE_CLEARED).values_list("text", flat=True)
    )


def test_a_red_indicator_opens_one_task_a_second_red_month_none_and_recovery_is_recorded():
    w = county()
    r = rule(w, threshold=1, priority=Task.Priority.HIGH)
    report(w, "202301", 2)  # 1.7% done against 8.3% expected: red
    outcome = evaluate(w["plan"])
    (task,) = outcome.issued
    assert (task.source, task.lead_unit, task.indicator, task.priority) == (
        Task.Source.RULE,
        w["Z1"],
        w["indicator"],
        Task.Priority.HIGH,
    )
    assert task.cause == f"rule{r.pk}:ind{w['indicator'].pk}:unit{w['Z1'].pk}"
    assert w["indicator"].name in task.title
    assert "1.7%" in task.instruction and "8.3%" in task.instruction  # the figures behind it
    assert (task.deadline - date.today()).days == 10
    assert evaluate(w["plan"]).issued == []  # evaluated again: nothing new
    report(w, "202302", 2)  # still red a second month
    again = evaluate(w["plan"])
    assert (again.issued, again.persisting) == ([], [task])
    assert Task.objects.count() == 1
    report(w, "202303", 60)  # 53.3% against 25%: recovered
    assert evaluate(w["plan"]).cleared == [task]
    task.refresh_from_db()
    assert task.cause_cleared_at is not None and task.state == Task.State.ASSIGNED
    (text,) = _cleared(task)
    assert "2023-03" in text and "53.3%" in text
    assert evaluate(w["plan"]).cleared == []  # recorded once


def test_red_for_n_months_waits_for_the_nth_month():
    w = county()
    rule(w, threshold=2)
    report(w, "202301", 2)
    assert evaluate(w["plan"]).opened == []
    report(w, "202302", 2)
    (task,) = evaluate(w["plan"]).issued
    assert "2023-02" in task.instruction
    assert Task.objects.count() == 1


def test_a_relapse_after_clearing_opens_a_new_task():
    w = county(aggregation="last")  # the latest figure counts: it can fall back
    rule(w, threshold=1)
    report(w, "202301", 2)
    (first,) = evaluate(w["plan"]).issued
    report(w, "202302", 100)  # 83% against 16.7%
    assert evaluate(w["plan"]).cleared == [first]
    report(w, "202303", 1)  # red again
    (second,) = evaluate(w["plan"]).issued
    assert second.cause == first.cause and second != first
    first.refresh_from_db()
    assert first.cause_cleared_at is not None and second.cause_cleared_at is None


def test_each_unit_on_its_own_target_answers_for_its_own_red():
    w = county(unit_targets=True)
    r = rule(w, threshold=1)
    report(w, "202301", 10, unit="Z1")  # 16.7% of its 60
    report(w, "202301", "0.5", unit="Z2")  # 0.8% of its 60: red; the county's 8.75% is not
    (task,) = evaluate(w["plan"]).issued
    assert task.lead_unit == w["Z2"]
    assert task.cause == f"rule{r.pk}:ind{w['indicator'].pk}:unit{w['Z2'].pk}"
    assert w["Z2"].name in task.title


def test_investment_behind_opens_one_task_and_catching_up_clears_it():
    w = county()
    rule(w, Rule.Kind.INVESTMENT_BEHIND, threshold=10)
    xm = project(w, planned=1200)
    report(w, "202306", 60, progress=[(xm, 100)])  # 8.3% against half the year
    (task,) = evaluate(w["plan"]).issued
    assert (task.project, task.lead_unit) == (xm, w["Z1"])
    assert "8.3%" in task.instruction and "41.7" in task.instruction
    assert evaluate(w["plan"]).issued == []
    report(w, "202307", 60, progress=[(xm, 500)])  # 50% against 58.3%: within 10 points
    assert evaluate(w["plan"]).cleared == [task]
    assert "50.0%" in _cleared(task)[0]


def test_an_overdue_milestone_opens_one_task_and_reaching_it_clears_it():
    w = county()
    rule(w, Rule.Kind.MILESTONE_OVERDUE)
    xm = project(w, milestone=date(2023, 5, 10))
    report(w, "202306", 60)
    (task,) = evaluate(w["plan"]).issued
    assert task.project == xm and "2023-05-10" in task.instruction
    assert evaluate(w["plan"]).issued == []
    xm.milestones.update(actual_date=date(2023, 6, 20))
    assert evaluate(w["plan"]).cleared == [task]
    assert "2023-06-20" in _cleared(task)[0]


def test_the_lead_unit_hears_of_its_automatic_task():
    w = county()
    rule(w)
    staff = user_ensure(
        username="z1", password="x", orgunit=w["Z1"], roles=["reporter"], validate=False
    )
    report(w, "202301", 2)
    (task,) = evaluate(w["plan"]).issued
    assert Notification.objects.filter(user=staff, link=f"/tasks/{task.code}/").exists()


def test_a_dry_run_lists_and_writes_nothing():
    w = county()
    rule(w)
    report(w, "202301", 2)
    dry = evaluate(w["plan"], dry_run=True)
    assert len(dry.opened) == 1 and dry.issued == []
    assert not Task.objects.exists()
    (task,) = evaluate(w["plan"]).issued
    report(w, "202302", 60)
    assert evaluate(w["plan"], dry_run=True).cleared == [task]
    task.refresh_from_db()
    assert task.cause_cleared_at is None and not _cleared(task)


def test_a_disabled_rule_opens_nothing():
    w = county()
    rule(w, enabled=False)
    report(w, "202301", 2)
    assert evaluate(w["plan"]).opened == []


def test_the_command_lists_a_dry_run_and_refuses_an_unknown_plan(capsys):
    w = county()
    rule(w)
    report(w, "202301", 2)
    call_command("triggers", "--plan", "p", "--dry-run")
    assert "would open" in capsys.readouterr().out
    assert not Task.objects.exists()
    call_command("triggers")
    assert Task.objects.count() == 1
    with pytest.raises(CommandError):
        call_command("triggers", "--plan", "nope")


def test_the_queries_do_not_grow_with_the_figures():
    w = county()
    rule(w, threshold=3)

    def count(months: range) -> int:
        for m in months:
            report(w, f"2023{m:02d}", 1)
        with CaptureQueriesContext(connection) as queries:
            assert len(evaluate(w["plan"], dry_run=True).opened) == 1
        return len(queries)

    few = count(range(1, 4))
    assert count(range(4, 10)) <= few
