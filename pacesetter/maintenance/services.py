"""Backup and restore: one tar archive holding the database, the uploaded files and a manifest.

Archive layout::

    manifest.json        engine, created_at, Pacesetter version, latest migration per app
    database.sqlite3     SQLite: a consistent copy made with the online backup API
    database.pgdump      PostgreSQL: ``pg_dump -Fc`` made with the server's own tools
    media/...            the uploaded files (settings.MEDIA_ROOT)

A restore checks everything it can before it changes anything: the manifest, the engine,
the schema (a migration this code does not know means the file is from a newer Pacesetter)
and the database copy itself. Then the database is replaced (SQLite: a temp file moved over
the old one with ``os.replace``; PostgreSQL: ``pg_restore --clean --if-exists`` in a single
transaction) and the media folder is swapped for the archive's.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import stat
import subprocess
import tarfile
import tempfile
from collections.abc import Callable
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, connections

FORMAT = 1
MANIFEST = "manifest.json"
MEDIA_DIR = "media"
DUMP_NAMES = {"sqlite": "database.sqlite3", "postgresql": "database.pgdump"}


class BackupError(Exception):
    """A backup or restore cannot go on; the message says why in words a person can act on."""


def _silent(message: str) -> None:
    pass


# ---------------------------------------------------------------------------------------------
# Facts about this installation


def engine() -> str:
    vendor = connections[DEFAULT_DB_ALIAS].vendor
    if vendor not in DUMP_NAMES:
        raise BackupError(f"Backups support SQLite and PostgreSQL, not {vendor}.")
    return vendor


def pacesetter_version() -> str:
    try:
        return metadata.version("pacesetter")
    except metadata.PackageNotFoundError:
        return "unknown"


def known_migrations() -> set[tuple[str, str]]:
    """Every migration this code ships (read from disk, no database needed)."""
    from django.db.migrations.loader import MigrationLoader

    loader = MigrationLoader(None, ignore_no_migrations=True)
    return set(loader.disk_migrations)


def _latest_per_app(rows) -> dict[str, str]:
    latest: dict[str, str] = {}
    for app, name in rows:  # ordered by id: the last one applied wins
        latest[app] = name
    return dict(sorted(latest.items()))


def pending_migrations() -> list[str]:
    """Migrations this code has that the (restored) database has not applied."""
    from django.db.migrations.executor import MigrationExecutor

    executor = MigrationExecutor(connections[DEFAULT_DB_ALIAS])
    plan = executor.migration_plan(executor.loader.graph.leaf_nodes())
    return [f"{m.app_label}.{m.name}" for m, backwards in plan if not backwards]


# ---------------------------------------------------------------------------------------------
# Backup


def backup(path: str | os.PathLike, *, overwrite: bool = False,
           log: Callable[[str], None] = _silent) -> dict:
    """Write the archive to ``path`` (written to a temp file, then moved into place)."""
    path = Path(path).resolve()
    if path.is_dir():
        raise BackupError(f"{path} is a folder; give the name of the backup file to write.")
    if path.exists() and not overwrite:
        raise BackupError(f"{path} already exists; choose another name or pass --force.")
    if not path.parent.is_dir():
        raise BackupError(f"The folder {path.parent} does not exist.")
    kind = engine()
    with tempfile.TemporaryDirectory(dir=path.parent, prefix=".pacesetter-backup-") as work:
        dump = Path(work) / DUMP_NAMES[kind]
        if kind == "sqlite":
            log(f"Copying the SQLite database {_sqlite_path()} …")
            migrations = _dump_sqlite(dump)
        else:
            log("Dumping the PostgreSQL database with pg_dump …")
            migrations = _dump_postgresql(dump)
        media_root = Path(settings.MEDIA_ROOT)
        files = list(_media_files(media_root))
        log(f"Adding {len(files)} uploaded file(s) from {media_root} …")
        manifest = {
            "format": FORMAT,
            "engine": kind,
            "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "pacesetter_version": pacesetter_version(),
            "migrations": migrations,
            "database": dump.name,
            "media_files": len(files),
        }
        manifest_file = Path(work) / MANIFEST
        manifest_file.write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n",
                                 encoding="utf-8")
        archive = Path(work) / "archive.partial"
        with tarfile.open(archive, _write_mode(path)) as tar:
            tar.add(manifest_file, arcname=MANIFEST)  # first, so a restore reads it at once
            tar.add(dump, arcname=dump.name)
            for file in files:
                tar.add(file, arcname=f"{MEDIA_DIR}/{file.relative_to(media_root).as_posix()}",
                        recursive=False)
        os.replace(archive, path)
    return manifest


def _write_mode(path: Path) -> str:
    name = path.name.lower()
    if name.endswith((".tar.gz", ".tgz")):
        return "w:gz"
    if name.endswith((".tar.xz", ".txz")):
        return "w:xz"
    return "w"


def _media_files(root: Path):
    if not root.is_dir():
        return
    for folder, dirs, names in os.walk(root):
        dirs.sort()
        for name in sorted(names):
            file = Path(folder) / name
            if file.is_file() and not file.is_symlink():
                yield file


def _sqlite_path() -> Path:
    name = str(connections[DEFAULT_DB_ALIAS].settings_dict["NAME"])
    if name == ":memory:" or "mode=memory" in name or name.startswith("file::memory:"):
        raise BackupError("The database is in memory; there is nothing on disk to back up.")
    return Path(name).resolve()


def _dump_sqlite(dest: Path) -> dict[str, str]:
    db = _sqlite_path()
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
    return _latest_per_app(rows)


def _pg_environment() -> dict[str, str]:
    config = connections[DEFAULT_DB_ALIAS].settings_dict
    env = os.environ.copy()
    for key, variable in (("HOST", "PGHOST"), ("PORT", "PGPORT"), ("USER", "PGUSER"),
                          ("PASSWORD", "PGPASSWORD"), ("NAME", "PGDATABASE")):
        if config.get(key):
            env[variable] = str(config[key])
    options = config.get("OPTIONS") or {}
    for key, variable in (("sslmode", "PGSSLMODE"), ("sslrootcert", "PGSSLROOTCERT"),
                          ("sslcert", "PGSSLCERT"), ("sslkey", "PGSSLKEY")):
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
    candidates += [Path(f"/usr/lib/postgresql/{major}/bin/{name}"),
                   Path(f"/usr/pgsql-{major}/bin/{name}")]
    for candidate in candidates:
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return str(candidate)
    if found := shutil.which(name):
        return found
    raise BackupError(f"{name} for PostgreSQL {major} was not found: install the PostgreSQL "
                      f"{major} client tools (e.g. apt-get install postgresql-client-{major}) "
                      f"or set PACESETTER_PG_BINDIR to the folder that holds {name}.")


def _run(command: list[str], what: str) -> None:
    result = subprocess.run(command, env=_pg_environment(), capture_output=True, text=True)
    if result.returncode != 0:
        detail = " ".join(result.stderr.strip().splitlines()[-3:]) or f"exit {result.returncode}"
        raise BackupError(f"{what} failed: {detail}")


def _dump_postgresql(dest: Path) -> dict[str, str]:
    from django.db.migrations.recorder import MigrationRecorder

    connection = connections[DEFAULT_DB_ALIAS]
    rows = MigrationRecorder(connection).migration_qs.order_by("id").values_list("app", "name")
    migrations = _latest_per_app(rows)
    _run([_pg_tool("pg_dump"), "--format=custom", f"--file={dest}"], "pg_dump")
    return migrations


# ---------------------------------------------------------------------------------------------
# Restore


def read_manifest(path: str | os.PathLike) -> dict:
    path = Path(path)
    if not path.is_file():
        raise BackupError(f"{path} is not a file.")
    try:
        with tarfile.open(path, "r:*") as tar:
            return _manifest_of(tar, path)
    except (tarfile.TarError, OSError, EOFError) as exc:
        raise BackupError(f"{path} is not a Pacesetter backup ({exc}).") from None


def _manifest_of(tar: tarfile.TarFile, path: Path) -> dict:
    try:
        member = tar.getmember(MANIFEST)
        raw = tar.extractfile(member)
        manifest = json.loads(raw.read().decode("utf-8")) if raw else None
    except KeyError:
        raise BackupError(f"{path} is not a Pacesetter backup: it has no {MANIFEST}.") from None
    except (ValueError, UnicodeDecodeError) as exc:
        raise BackupError(f"The {MANIFEST} in {path} cannot be read ({exc}).") from None
    if not isinstance(manifest, dict) or not isinstance(manifest.get("migrations"), dict):
        raise BackupError(f"The {MANIFEST} in {path} is not a Pacesetter manifest.")
    return manifest


def check_manifest(manifest: dict, *, current_engine: str,
                   known: set[tuple[str, str]] | None = None) -> None:
    """Refuse what this installation cannot restore; nothing has been changed yet."""
    made_by = manifest.get("pacesetter_version", "unknown")
    if not isinstance(manifest.get("format"), int) or manifest["format"] > FORMAT:
        raise BackupError(f"This backup was written by a newer Pacesetter ({made_by}) in a "
                          f"format this version cannot read; upgrade Pacesetter first.")
    kind = manifest.get("engine")
    if kind != current_engine:
        raise BackupError(
            f"This backup holds a {kind} database, but this installation uses "
            f"{current_engine}; restore it into a {kind} installation "
            f"({'unset' if kind == 'sqlite' else 'set'} DATABASE_URL). Nothing was changed.")
    known = known_migrations() if known is None else known
    unknown = sorted(f"{app}.{name}" for app, name in manifest["migrations"].items()
                     if (app, name) not in known)
    if unknown:
        raise BackupError(
            f"This backup comes from a newer schema (Pacesetter {made_by}) than this "
            f"installation knows: unknown migration(s) {', '.join(unknown)}. Upgrade "
            f"Pacesetter to a version that has them, then restore. Nothing was changed.")


def restore(path: str | os.PathLike, *, log: Callable[[str], None] = _silent) -> dict:
    """Replace the database and the uploaded files with the archive's. Returns the manifest
    and, under ``pending``, the migrations to apply (a backup from an older schema)."""
    path = Path(path).resolve()
    manifest = read_manifest(path)
    kind = engine()
    check_manifest(manifest, current_engine=kind)
    dump_name = DUMP_NAMES[kind]
    media_root = Path(settings.MEDIA_ROOT).resolve()
    media_root.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(dir=media_root.parent, prefix=".pacesetter-restore-"))
    try:
        with tarfile.open(path, "r:*") as tar:
            members = tar.getmembers()
            _check_members(members, dump_name, path)
            log("Unpacking the uploaded files …")
            (staging / MEDIA_DIR).mkdir()
            media = [m for m in members if m.name.startswith(f"{MEDIA_DIR}/")]
            try:
                tar.extractall(staging, members=media, filter="data")
            except tarfile.FilterError as exc:
                raise BackupError(f"{path} holds an unsafe file name ({exc}).") from None
            dump = tar.extractfile(tar.getmember(dump_name))
            if kind == "sqlite":
                _restore_sqlite(dump, log)
            else:
                _restore_postgresql(dump, staging, log)
        log(f"Replacing the uploaded files in {media_root} …")
        _swap_folder(staging / MEDIA_DIR, media_root)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return {**manifest, "pending": pending_migrations()}


def _check_members(members: list[tarfile.TarInfo], dump_name: str, path: Path) -> None:
    names = {m.name for m in members}
    if dump_name not in names:
        raise BackupError(f"{path} holds no {dump_name}; it is damaged or not a Pacesetter "
                          f"backup. Nothing was changed.")
    for member in members:
        if member.name in (MANIFEST, dump_name):
            if not member.isfile():
                raise BackupError(f"{member.name} in {path} is not a file. Nothing was changed.")
        elif not member.name.startswith(f"{MEDIA_DIR}/"):
            raise BackupError(f"{path} holds an unexpected entry {member.name!r}. "
                              f"Nothing was changed.")
        elif not (member.isfile() or member.isdir()):
            raise BackupError(f"{path} holds a link or device {member.name!r}. "
                              f"Nothing was changed.")


def _restore_sqlite(dump, log: Callable[[str], None]) -> None:
    db = _sqlite_path()
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
            raise BackupError(f"The database in the backup is damaged ({result}). "
                              f"Nothing was changed.")
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


def _restore_postgresql(dump, staging: Path, log: Callable[[str], None]) -> None:
    file = staging / DUMP_NAMES["postgresql"]
    with open(file, "wb") as out:
        shutil.copyfileobj(dump, out, 1 << 20)
    tool = _pg_tool("pg_restore")
    database = connections[DEFAULT_DB_ALIAS].settings_dict["NAME"]
    log("Restoring the PostgreSQL database with pg_restore …")
    connections.close_all()
    # One transaction: on any error the database is left exactly as it was.
    _run([tool, "--clean", "--if-exists", "--no-owner", "--no-privileges",
          "--single-transaction", "--exit-on-error", f"--dbname={database}", str(file)],
         "pg_restore")


def _swap_folder(new: Path, live: Path) -> None:
    if not live.exists():
        os.replace(new, live)
        return
    old = Path(tempfile.mkdtemp(dir=live.parent, prefix=f".{live.name}.old-"))
    try:
        os.replace(live, old / live.name)
    except OSError:  # a mount point cannot be moved: empty it and fill it instead
        for entry in live.iterdir():
            shutil.move(str(entry), old / entry.name)
        for entry in new.iterdir():
            shutil.move(str(entry), live / entry.name)
    else:
        os.replace(new, live)
    shutil.rmtree(old, ignore_errors=True)
