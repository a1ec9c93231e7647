"""Start-up with a bad environment stops with one clear line, not a traceback."""

import os
import subprocess
import sys

import pytest


def _run(tmp_path, database_url):
    env = {**os.environ, "DATABASE_URL": database_url, "PACESETTER_HOME": str(tmp_path)}
    return subprocess.run(
        [sys.executable, "-m", "pacesetter.cli", "migrate"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("postgres//nobody", "DATABASE_URL"),
        ("mysql://u@h/db", "use sqlite"),
        ("postgres://u@127.0.0.1:1/", "names no database"),
    ],
)
def test_a_malformed_database_url_stops_with_one_line(tmp_path, url, message):
    result = _run(tmp_path, url)
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_an_unreachable_database_stops_with_one_line(tmp_path):
    result = _run(tmp_path, "postgres://nobody@127.0.0.1:1/pacesetter")
    assert result.returncode == 2
    assert result.stderr.startswith("pacesetter: cannot reach the database 127.0.0.1:1/pacesetter")
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_postgresql_connections_run_without_jit_unless_the_url_says(monkeypatch, tmp_path):
    from pacesetter.config import environment

    monkeypatch.setenv("DATABASE_URL", "postgres://u@db:5432/pacesetter")
    assert environment.database(tmp_path)["OPTIONS"]["options"] == "-c jit=off"
    monkeypatch.setenv("DATABASE_URL", "postgres://u@db:5432/pacesetter?options=-c%20jit%3Don")
    assert environment.database(tmp_path)["OPTIONS"]["options"] == "-c jit=on"
