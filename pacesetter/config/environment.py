"""Read the deployment environment once, with errors a person can act on."""

from __future__ import annotations

import os
import secrets
from pathlib import Path

import dj_database_url


class ConfigurationError(Exception):
    """The environment cannot start Pacesetter; the message says why in one line."""


def data_home() -> Path:
    home = Path(os.environ.get("PACESETTER_HOME", "var")).resolve()
    home.mkdir(parents=True, exist_ok=True)
    return home


def secret_key(home: Path) -> str:
    if key := os.environ.get("SECRET_KEY"):
        return key
    # Generated once so sessions survive restarts without anyone handling a secret.
    path = home / "secret_key"
    if not path.exists():
        path.write_text(secrets.token_urlsafe(50))
        path.chmod(0o600)
    return path.read_text().strip()


# SQLite, on every connection: write-ahead logging, so readers never wait for a writer and a
# writer never waits for readers; a writer waits up to BUSY_TIMEOUT for another instead of
# failing with "database is locked"; and a transaction takes the write lock when it begins
# (IMMEDIATE), so two read-then-write transactions queue instead of one failing on upgrade.
SQLITE_BUSY_TIMEOUT = 20  # seconds
SQLITE_OPTIONS = {
    "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; "
    f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT * 1000}",
    "timeout": SQLITE_BUSY_TIMEOUT,
    "transaction_mode": "IMMEDIATE",
}


def database(home: Path) -> dict:
    url = os.environ.get("DATABASE_URL", "").strip()
    if not url:
        return {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": str(home / "pacesetter.sqlite3"),
            "OPTIONS": dict(SQLITE_OPTIONS),
        }
    config = _parse(url, "DATABASE_URL")
    if config["ENGINE"].endswith("sqlite3"):
        config["OPTIONS"] = {**SQLITE_OPTIONS, **config.get("OPTIONS", {})}
    else:
        config["OPTIONS"] = {**POSTGRES_OPTIONS, **config.get("OPTIONS", {})}
    return config


# PostgreSQL: no JIT compilation. A page's aggregates over tens of thousands of rows cost more
# to compile (20 ms measured on the city ranking) than they save; ?options=… in the URL wins.
POSTGRES_OPTIONS = {"options": "-c jit=off"}


def _parse(url: str, variable: str) -> dict:
    try:
        config = dj_database_url.parse(url, conn_max_age=60)
    except Exception as exc:  # the library raises several types for bad input
        raise ConfigurationError(f"{variable} is not a valid database URL ({exc}).") from None
    engine = config.get("ENGINE", "")
    if engine not in ("django.db.backends.sqlite3", "django.db.backends.postgresql"):
        raise ConfigurationError(
            f"{variable} selects {engine or 'an unknown engine'}; use sqlite:///… or postgres://…"
        )
    if engine.endswith("postgresql") and not config.get("NAME"):
        raise ConfigurationError(f"{variable} names no database: postgres://user@host:port/NAME")
    return config


# A replica that does not answer within this many seconds is skipped for a while (the router
# falls back to the primary) rather than holding the request.
REPLICA_CONNECT_TIMEOUT = 3


def replicas(default: dict) -> dict[str, dict]:
    """``DATABASE_REPLICA_URLS`` (comma-separated postgres:// URLs of streaming replicas of
    the primary) as databases ``replica1``, ``replica2``…: the primary's settings with the
    replica's address. In tests they mirror the primary's test database (a physical replica
    streams whatever the primary holds), so Django never creates or flushes them."""
    urls = [u.strip() for u in os.environ.get("DATABASE_REPLICA_URLS", "").split(",")]
    urls = [u for u in urls if u]
    if urls and not default["ENGINE"].endswith("postgresql"):
        raise ConfigurationError(
            "DATABASE_REPLICA_URLS needs DATABASE_URL to name the PostgreSQL primary."
        )
    found = {}
    for number, url in enumerate(urls, start=1):
        parsed = _parse(url, "DATABASE_REPLICA_URLS")
        if not parsed["ENGINE"].endswith("postgresql"):
            raise ConfigurationError(f"DATABASE_REPLICA_URLS: {url} is not a postgres:// URL.")
        replica = {**default, "HOST": parsed["HOST"], "PORT": parsed["PORT"]}
        replica["NAME"] = parsed["NAME"]
        replica["USER"] = parsed.get("USER") or default.get("USER", "")
        replica["PASSWORD"] = parsed.get("PASSWORD") or default.get("PASSWORD", "")
        replica["OPTIONS"] = {
            **default.get("OPTIONS", {}),
            "connect_timeout": REPLICA_CONNECT_TIMEOUT,
            **parsed.get("OPTIONS", {}),  # ?connect_timeout=… in the URL wins
        }
        replica["CONN_HEALTH_CHECKS"] = True  # a restarted replica is noticed, not a 500
        replica["TEST"] = {"MIRROR": "default"}
        found[f"replica{number}"] = replica
    return found


def flag(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in ("1", "true", "yes", "on")


def seconds(name: str, default: int) -> int:
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    if not raw.isdigit():
        raise ConfigurationError(f"{name} must be a whole number of seconds, not {raw!r}.")
    return int(raw)


def host_list() -> list[str]:
    raw = os.environ.get("ALLOWED_HOSTS", "127.0.0.1,localhost,[::1]")
    return [h.strip() for h in raw.split(",") if h.strip()]
