"""The worker's schedules, its queue settings, and its start and stop beside ``serve``."""

import os
import subprocess
import sys

import pytest
from django.conf import settings
from django.core.management import call_command
from django_q.models import Schedule

from pacesetter.reminders import schedule
from pacesetter.web.management.commands import serve


@pytest.mark.django_db
def test_ensure_creates_the_schedules_once_and_keeps_them_up_to_date():
    schedule.ensure()
    first = {s.name: (s.func, s.minutes, s.next_run) for s in Schedule.objects.all()}
    assert {name: (func, minutes) for name, (func, minutes, _) in first.items()} == {
        "pacesetter: reminders": ("pacesetter.reminders.schedule.remind_job", 5),
        "pacesetter: deliveries": ("pacesetter.reminders.schedule.deliver_job", 1),
        "pacesetter: automatic tasks": ("pacesetter.reminders.schedule.triggers_job", 60),
        "pacesetter: daily digest": ("pacesetter.reminders.schedule.digest_job", 60),
        "pacesetter: brief snapshots": ("pacesetter.briefs.services.snapshot_job", 60),
    }
    Schedule.objects.filter(name="pacesetter: reminders").update(minutes=30)
    schedule.ensure()
    again = {s.name: (s.func, s.minutes, s.next_run) for s in Schedule.objects.all()}
    assert again == first  # the interval put back, the next run kept, nothing doubled


@pytest.mark.django_db
def test_the_jobs_run_and_say_what_they_did(monkeypatch):
    assert schedule.remind_job() == "0 reminders sent"
    assert schedule.deliver_job() == "0 messages sent"
    assert schedule.digest_job() == "0 digests sent"
    monkeypatch.setattr(schedule, "TRIGGERS", "pacesetter.no_such_app.services")
    assert schedule.triggers_job() == "automatic task rules are not installed"


def test_a_job_is_handed_on_only_after_it_may_have_timed_out():
    cluster = settings.Q_CLUSTER
    assert cluster["retry"] > cluster["timeout"]
    if settings.DATABASES["default"]["ENGINE"].endswith("sqlite3"):
        assert cluster["workers"] == 1 and cluster["orm"] == "default"


def test_serve_starts_the_worker_unless_told_not_and_stops_it(monkeypatch):
    started, stopped = [], []
    monkeypatch.setattr(serve, "call_command", lambda *a, **k: None)
    monkeypatch.setattr(serve, "start_worker", lambda: started.append(1) or "worker")
    monkeypatch.setattr(serve, "stop_worker", lambda w, owner: stopped.append(w))
    monkeypatch.setattr("waitress.serve", lambda application, **options: None)
    call_command("serve", "--server", "waitress")
    assert (started, stopped) == ([1], ["worker"])
    call_command("serve", "--server", "waitress", "--no-worker")
    assert (started, stopped) == ([1], ["worker", None])


def test_the_worker_is_stopped_only_by_the_process_that_started_it():
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        serve.stop_worker(child, owner=os.getpid() + 1)  # a forked web worker leaving
        assert child.poll() is None
        serve.stop_worker(child, owner=os.getpid())
        assert child.poll() is not None
    finally:
        child.kill()
        child.wait()
