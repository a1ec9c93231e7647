import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from django.core.management import call_command

from pacesetter.web.management.commands import serve

posix_only = pytest.mark.skipif(os.name == "nt", reason="gunicorn runs on POSIX only")


@pytest.fixture
def started(monkeypatch):
    """Run ``serve`` up to the point of serving: what would have been started, and how."""
    seen: dict = {}
    monkeypatch.setattr(serve, "call_command", lambda *a, **k: seen.setdefault("collected", a))
    monkeypatch.setattr(serve, "start_worker", lambda: None)  # tested in reminders/tests

    def gunicorn_run(app):
        seen["gunicorn"] = app.cfg

    def waitress_serve(application, **options):
        seen["waitress"] = options

    monkeypatch.setattr("gunicorn.app.base.BaseApplication.run", gunicorn_run)
    monkeypatch.setattr("waitress.serve", waitress_serve)
    return seen


@posix_only
def test_serve_runs_gunicorn_worker_processes_with_threads(started):
    call_command("serve", "--port", "8123", "--workers", "3", "--threads", "2")
    cfg = started["gunicorn"]
    assert started["collected"] == ("collectstatic",)
    assert (cfg.workers, cfg.threads, cfg.worker_class_str) == (3, 2, "gthread")
    assert cfg.bind == ["127.0.0.1:8123"]
    assert cfg.accesslog is None  # access log off unless asked for
    assert "waitress" not in started


@posix_only
def test_serve_defaults_to_several_workers_bounded_by_memory(started):
    call_command("serve")
    assert started["gunicorn"].workers == serve.default_workers(memory=serve.machine_memory())
    assert serve.default_workers(cores=2, memory=64 * 2**30) == 5
    assert serve.default_workers(cores=8, memory=2 * 2**30) == 2  # 1 GB for workers: 2 of them
    assert serve.default_workers(cores=4, memory=2**20) == 1


def test_serve_runs_waitress_when_asked(started):
    call_command("serve", "--server", "waitress", "--port", "8124", "--threads", "6")
    assert started["waitress"]["port"] == 8124
    assert started["waitress"]["threads"] == 6
    assert "gunicorn" not in started


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@posix_only
def test_serve_answers_the_sign_in_page_and_stops_on_sigterm(tmp_path):
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env["PACESETTER_HOME"] = str(tmp_path)
    command = [str(Path(sys.executable).parent / "pacesetter"), "serve", "--port", str(port)]
    server = subprocess.Popen(
        [*command, "--workers", "2"], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT
    )
    try:
        status = None
        for _ in range(120):
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/login/", timeout=5) as r:
                    status = r.status
                break
            except OSError:
                time.sleep(0.25)
        assert status == 200
    finally:
        server.send_signal(signal.SIGTERM)
        output = server.communicate(timeout=30)[0].decode()
    assert server.returncode == 0
    assert "2 workers" in output
