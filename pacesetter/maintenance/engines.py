"""The database side of backup and restore, one pair of functions per engine: SQLite's
online backup API and a file swapped in with ``os.replace``; PostgreSQL's own ``pg_dump`` and
``pg_restore``. The archive around them is ``maintenance.services``."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import subprocess
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import IO

from django.db import DEFAULT_DB_ALIAS, connections


class BackupError(Exception):
    """A backup or restore cannot go on; the message says why in words a person can act on."""


def latest_per_app(rows: Iterable[tuple[str, str]]) -> dict[str, str]:
    latest: dict[str, str] = {}
    for app, name in rows:  # ordered by id: the last one applied wins
        latest[app] = name
    return dict(sorted(latest.items()))


def sqlite_path() -> Path:
    name = str(connections[DEFAULT_DB_ALIAS].settings_dict["NAME"])
    if name == ":memory:" or "mode=memory" in name or name.startswith("file::memory:"):
        raise BackupError("The database is in memory; there is nothing on disk to back up.")
    return Path(name).resolve()


def dump_sqlite(dest: Path) -> dict[str, str]:
    db = sqlite_path()
    if not db.is_file():
        raise BackupError(f"The SQLite database {db} does not exist.")
    source = sqlite3.connect(db, timeout=30)  # waits for a writer's commit, never fails on it
    target = sqlite3.connect(dest)
    try:
        # The online backup API: a consistent copy even while others read and write.
        source.backup(target)
        target.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
        rows = target.execute("SELECT app, name FROM django_migrations ORDER BY id").fetchall()
    except sqlite3.DatabaseError as exc:
        raise BackupError(f"Copying the SQLite database failed: {exc}") from None
    finally:
        target.close()
        source.close()
    return latest_per_app(rows)


def _pg_environment() -> dict[str, str]:
    config = connections[DEFAULT_DB_ALIAS].settings_dict
    env = os.environ.copy()
    for key, variable in (
        ("HOST", "PGHOST"),
        ("PORT", "PGPORT"),
        ("USER", "PGUSER"),
        ("PASSWORD", "PGPASSWORD"),
        ("NAME", "PGDATABASE"),
    ):
        if config.get(key):
            env[variable] = str(config[key])
    options = config.get("OPTIONS") or {}
    for key, variable in (
        ("sslmode", "PGSSLMODE"),
        ("sslrootcert", "PGSSLROOTCERT"),
        ("sslcert", "PGSSLCERT"),
        ("sslkey", "PGSSLKEY"),
    ):
        if options.get(key):
            env[variable] = str(options[key])
    return env


def _pg_tool(name: str) -> str:
    """``pg_dump``/``pg_restore`` of the server's own major version (older ones refuse)."""
    with connections[DEFAULT_DB_ALIAS].cursor() as cursor:
        cursor.execute("SHOW server_version_num")
        major = int(cursor.fetchone()[0]) // 10000
    candidates = []
    if bindir := os.environ.get("PACESETTER_PG_BINDIR"):
        candidates.append(Path(bindir) / name)
    candidates += [
        Path(f"/usr/lib/postgresql/{major}/bin/{name}"),
        Path(f"/usr/pgsql-{major}/bin/{name}"),
    ]
    for candidate in candidates:
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return str(candidate)
    if found := shutil.which(name):
        return found
    raise BackupError(
        f"{name} for PostgreSQL {major} was not found: install the PostgreSQL "
        f"{major} client tools (e.g. apt-get install postgresql-client-{major}) "
        f"or set PACESETTER_PG_BINDIR to the folder that holds {name}."
    )


def _run(command: list[str], what: str) -> None:
    result = subprocess.run(command, env=_pg_environment(), capture_output=True, text=True)
    if result.returncode != 0:
        detail = " ".join(result.stderr.strip().splitlines()[-3:]) or f"exit {result.returncode}"
        raise BackupError(f"{what} failed: {detail}")


def dump_postgresql(dest: Path) -> dict[str, str]:
    from django.db.migrations.recorder import MigrationRecorder

    connection = connections[DEFAULT_DB_ALIAS]
    rows = MigrationRecorder(connection).migration_qs.order_by("id").values_list("app", "name")
    migrations = latest_per_app(rows)
    _run([_pg_tool("pg_dump"), "--format=custom", f"--file={dest}"], "pg_dump")
    return migrations


# ---------------------------------------------------------------------------------------------
# Restore


def restore_sqlite(dump: IO[bytes], log: Callable[[str], None]) -> None:
    db = sqlite_path()
    db.parent.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(dir=db.parent, prefix=f".{db.name}.restore-")
    temp = Path(name)
    try:
        with os.fdopen(handle, "wb") as out:
            shutil.copyfileobj(dump, out, 1 << 20)
            out.flush()
            os.fsync(out.fileno())
        check = sqlite3.connect(temp)
        try:
            result = check.execute("PRAGMA quick_check").fetchone()[0]
            check.execute("SELECT count(*) FROM django_migrations").fetchone()
        except sqlite3.DatabaseError as exc:
            result = str(exc)
        finally:
            check.close()
        if result != "ok":
            raise BackupError(
                f"The database in the backup is damaged ({result}). Nothing was changed."
            )
        if db.exists():
            os.chmod(temp, stat.S_IMODE(db.stat().st_mode))
        log(f"Replacing the SQLite database {db} …")
        connections.close_all()
        _checkpoint(db)
        os.replace(temp, db)
    finally:
        temp.unlink(missing_ok=True)
    # Journal files of the old database must never be applied to the new one.
    for suffix in ("-wal", "-shm", "-journal"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)


def _checkpoint(db: Path) -> None:
    if not Path(f"{db}-wal").exists():
        return
    try:
        connection = sqlite3.connect(db)
        try:
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            connection.close()
    except sqlite3.DatabaseError:
        pass  # the old database is about to be replaced anyway


def restore_postgresql(dump: IO[bytes], staging: Path, log: Callable[[str], None]) -> None:
    file = staging / "database.pgdump"
    with open(file, "wb") as out:
        shutil.copyfileobj(dump, out, 1 << 20)
    tool = _pg_tool("pg_restore")
    database = connections[DEFAULT_DB_ALIAS].settings_dict["NAME"]
    log("Restoring the PostgreSQL database with pg_restore …")
    connections.close_all()
    # pg_restore writes the backup as SQL; psql runs it after dropping every table in the
    # schema, all in one transaction: tables a later version added do not survive the restore,
    # and on any error the database is left exactly as it was.
    restore = [tool, "--no-owner", "--no-privileges", "--file=-", str(file)]
    psql = [
        str(Path(tool).with_name("psql")) if Path(tool).is_absolute() else "psql",
        "--single-transaction",
        "--quiet",
        "--no-psqlrc",
        "--set=ON_ERROR_STOP=1",
        f"--dbname={database}",
    ]
    env = _pg_environment()
    with subprocess.Popen(restore, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env) as sql:
        with subprocess.Popen(
            psql, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env
        ) as run:
            assert sql.stdout is not None and run.stdin is not None
            try:
                run.stdin.write(_DROP_TABLES.encode())
                shutil.copyfileobj(sql.stdout, run.stdin, 1 << 20)
            except BrokenPipeError:
                pass  # psql stopped at an error; its stderr says which
            finally:
                run.stdin.close()
            run_errors = run.stderr.read().decode(errors="replace") if run.stderr else ""
            run.wait()
        sql_errors = sql.stderr.read().decode(errors="replace") if sql.stderr else ""
        sql.wait()
    for code, errors, what in (
        (sql.returncode, sql_errors, "pg_restore"),
        (run.returncode, run_errors, "psql"),
    ):
        if code != 0:
            detail = " ".join(errors.strip().splitlines()[-3:]) or f"exit {code}"
            raise BackupError(f"{what} failed: {detail}. Nothing was changed.")


_DROP_TABLES = """
DO $$ DECLARE t record; BEGIN
  FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = current_schema() LOOP
    EXECUTE format('DROP TABLE IF EXISTS %I CASCADE', t.tablename);
  END LOOP;
END $$;
"""
