"""What the loopback load scripts share: start ``pacesetter serve``, sign in, time requests."""

from __future__ import annotations

import contextlib
import socket
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import requests

TIMEOUT = 30  # seconds; a request slower than this counts as an error


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def served(port: int, env: dict, log: Path, extra: list[str] = ()) -> Iterator[str]:
    """``pacesetter serve`` on ``port`` (its output in ``log``) until the block ends; yields
    the base address once the sign-in page answers."""
    command = [str(Path(sys.executable).parent / "pacesetter"), "serve", "--port", str(port)]
    with open(log, "w") as out:
        server = subprocess.Popen([*command, *extra], env=env, stdout=out, stderr=out)
        base = f"http://127.0.0.1:{port}"
        try:
            wait_for(base, log)
            yield base
        finally:
            server.terminate()  # gunicorn and waitress both stop gracefully on SIGTERM
            server.wait(timeout=60)


def wait_for(base: str, log: Path | None = None) -> None:
    for _ in range(240):
        try:
            if requests.get(base + "/login/", timeout=2).status_code == 200:
                return
        except requests.ConnectionError:
            pass
        time.sleep(0.5)
    raise SystemExit(f"the server did not start: see {log or 'its log'}")


def signed_in(base: str, username: str, password: str) -> requests.Session:
    session = requests.Session()
    session.get(base + "/login/", timeout=TIMEOUT)
    response = session.post(
        base + "/login/",
        data={
            "username": username,
            "password": password,
            "csrfmiddlewaretoken": session.cookies["csrftoken"],
        },
        headers={"Referer": base + "/login/"},
        timeout=TIMEOUT,
    )
    if "sessionid" not in session.cookies:
        raise SystemExit(f"{username} could not sign in ({response.status_code})")
    return session


class Tally:
    """Response times by kind; errors (no answer, 5xx, "database is locked") and refusals
    (other 4xx) counted apart."""

    def __init__(self):
        self.lock = threading.Lock()
        self.times: dict[str, list[float]] = {}
        self.errors: list[str] = []
        self.error_counts: dict[str, int] = {}
        self.refused: dict[str, int] = {}

    def record(self, kind: str, call) -> None:
        started = time.perf_counter()
        try:
            response = call()
            status, text = response.status_code, response.text
        except requests.Timeout:
            status, text = 0, "timeout"
        except requests.RequestException as exc:
            status, text = 0, type(exc).__name__
        took = time.perf_counter() - started
        with self.lock:
            self.times.setdefault(kind, []).append(took)
            if status == 0 or status >= 500 or "database is locked" in text:
                self.errors.append(f"{kind}: {status} {text[:120]!r}")
                what = text if status == 0 else ("5xx" if status >= 500 else "locked")
                self.error_counts[what] = self.error_counts.get(what, 0) + 1
            elif status >= 400:
                key = f"{kind} {status}"
                self.refused[key] = self.refused.get(key, 0) + 1

    def total(self) -> int:
        return sum(len(t) for t in self.times.values())


def percentiles(times: list[float]) -> dict[str, float]:
    """p50, p95 and p99 in seconds (a single sample stands for all three)."""
    q = statistics.quantiles(times, n=100, method="inclusive") if len(times) > 1 else times * 99
    return {"n": len(times), "p50": statistics.median(times), "p95": q[94], "p99": q[98]}
