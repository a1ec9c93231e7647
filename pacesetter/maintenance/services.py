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
import tarfile
import tempfile
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from typing import Literal

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, connections

from pacesetter.maintenance.engines import (
    BackupError,
    dump_postgresql,
    dump_sqlite,
    restore_postgresql,
    restore_sqlite,
    sqlite_path,
)

FORMAT = 1
MANIFEST = "manifest.json"
MEDIA_DIR = "media"
DUMP_NAMES = {"sqlite": "database.sqlite3", "postgresql": "database.pgdump"}


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


def pending_migrations() -> list[str]:
    """Migrations this code has that the (restored) database has not applied."""
    from django.db.migrations.executor import MigrationExecutor

    executor = MigrationExecutor(connections[DEFAULT_DB_ALIAS])
    plan = executor.migration_plan(executor.loader.graph.leaf_nodes())
    return [f"{m.app_label}.{m.name}" for m, backwards in plan if not backwards]


# ---------------------------------------------------------------------------------------------
# Backup


def backup(
    path: str | os.PathLike, *, overwrite: bool = False, log: Callable[[str], None] = _silent
) -> dict:
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
            log(f"Copying the SQLite database {sqlite_path()} …")
            migrations = dump_sqlite(dump)
        else:
            log("Dumping the PostgreSQL database with pg_dump …")
            migrations = dump_postgresql(dump)
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
        manifest_file.write_text(
            json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )
        archive = Path(work) / "archive.partial"
        with tarfile.open(archive, _write_mode(path)) as tar:
            tar.add(manifest_file, arcname=MANIFEST)  # first, so a restore reads it at once
            tar.add(dump, arcname=dump.name)
            for file in files:
                tar.add(
                    file,
                    arcname=f"{MEDIA_DIR}/{file.relative_to(media_root).as_posix()}",
                    recursive=False,
                )
        os.replace(archive, path)
    return manifest


def _write_mode(path: Path) -> Literal["w:gz", "w:xz", "w"]:
    name = path.name.lower()
    if name.endswith((".tar.gz", ".tgz")):
        return "w:gz"
    if name.endswith((".tar.xz", ".txz")):
        return "w:xz"
    return "w"


def _media_files(root: Path) -> Iterator[Path]:
    if not root.is_dir():
        return
    for folder, dirs, names in os.walk(root):
        dirs.sort()
        for name in sorted(names):
            file = Path(folder) / name
            if file.is_file() and not file.is_symlink():
                yield file


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


def check_manifest(
    manifest: dict, *, current_engine: str, known: set[tuple[str, str]] | None = None
) -> None:
    """Refuse what this installation cannot restore; nothing has been changed yet."""
    made_by = manifest.get("pacesetter_version", "unknown")
    if not isinstance(manifest.get("format"), int) or manifest["format"] > FORMAT:
        raise BackupError(
            f"This backup was written by a newer Pacesetter ({made_by}) in a "
            f"format this version cannot read; upgrade Pacesetter first."
        )
    kind = manifest.get("engine")
    if kind != current_engine:
        raise BackupError(
            f"This backup holds a {kind} database, but this installation uses "
            f"{current_engine}; restore it into a {kind} installation "
            f"({'unset' if kind == 'sqlite' else 'set'} DATABASE_URL). Nothing was changed."
        )
    known = known_migrations() if known is None else known
    unknown = sorted(
        f"{app}.{name}" for app, name in manifest["migrations"].items() if (app, name) not in known
    )
    if unknown:
        raise BackupError(
            f"This backup comes from a newer schema (Pacesetter {made_by}) than this "
            f"installation knows: unknown migration(s) {', '.join(unknown)}. Upgrade "
            f"Pacesetter to a version that has them, then restore. Nothing was changed."
        )


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
            assert dump is not None  # a regular file: _check_members refused anything else
            if kind == "sqlite":
                restore_sqlite(dump, log)
            else:
                restore_postgresql(dump, staging, log)
        log(f"Replacing the uploaded files in {media_root} …")
        _swap_folder(staging / MEDIA_DIR, media_root)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return {**manifest, "pending": pending_migrations()}


def _check_members(members: list[tarfile.TarInfo], dump_name: str, path: Path) -> None:
    names = {m.name for m in members}
    if dump_name not in names:
        raise BackupError(
            f"{path} holds no {dump_name}; it is damaged or not a Pacesetter "
            f"backup. Nothing was changed."
        )
    for member in members:
        if member.name in (MANIFEST, dump_name):
            if not member.isfile():
                raise BackupError(f"{member.name} in {path} is not a file. Nothing was changed.")
        elif not member.name.startswith(f"{MEDIA_DIR}/"):
            raise BackupError(
                f"{path} holds an unexpected entry {member.name!r}. Nothing was changed."
            )
        elif not (member.isfile() or member.isdir()):
            raise BackupError(
                f"{path} holds a link or device {member.name!r}. Nothing was changed."
            )


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
