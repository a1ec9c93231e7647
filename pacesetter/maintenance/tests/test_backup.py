"""``pacesetter backup`` / ``restore`` end to end, in subprocesses against a real database file
(the test database is in memory): counts of every table and sums of every numeric column
before the backup, after a change, and after the restore."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from pacesetter.maintenance import services

SNAPSHOT = r"""
import json
import django
django.setup()
from django.apps import apps
from django.db import connection, models

counts, sums = {}, {}
with connection.cursor() as cursor:
    for table in sorted(connection.introspection.table_names()):
        cursor.execute(f"SELECT count(*) FROM {connection.ops.quote_name(table)}")
        counts[table] = cursor.fetchone()[0]
numeric = (models.IntegerField, models.DecimalField, models.FloatField, models.AutoField)
for model in apps.get_models(include_auto_created=True):
    fields = [f for f in model._meta.concrete_fields if isinstance(f, numeric)]
    if fields:
        totals = model.objects.aggregate(**{f.attname: models.Sum(f.attname) for f in fields})
        sums[model._meta.db_table] = {k: str(v) for k, v in totals.items()}
print(json.dumps({"counts": counts, "sums": sums}))
"""

CHANGE = r"""
import uuid
import django
django.setup()
from django.db.models import F
from pacesetter.accounts.models import User
from pacesetter.datavalues.models import DataValue, DataValueChange
value = DataValue.objects.exclude(value=None).order_by("pk").first()
DataValue.objects.filter(pk=value.pk).update(value=F("value") + 1000)
DataValueChange.objects.filter(pk__in=DataValueChange.objects.order_by("-pk")
                               .values("pk")[:3]).delete()
User.objects.create(username=f"after-the-backup-{uuid.uuid4().hex[:8]}")
# a table a later version added: the restore must not leave it behind
from django.db import connection
with connection.cursor() as cursor:
    cursor.execute("CREATE TABLE later_feature (id integer PRIMARY KEY)")
"""


def _environment(home: Path, database_url: str | None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env.update(PACESETTER_HOME=str(home), DJANGO_SETTINGS_MODULE="pacesetter.config.settings")
    if database_url:
        env["DATABASE_URL"] = database_url
    return env


class Site:
    """A Pacesetter installation in its own PACESETTER_HOME, driven through the CLI."""

    def __init__(self, home: Path, database_url: str | None = None):
        self.home = home
        self.env = _environment(home, database_url)

    def run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        result = subprocess.run(
            [sys.executable, "-m", "pacesetter.cli", *args],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=300,
        )
        if check:
            assert result.returncode == 0, result.stdout + result.stderr
        return result

    def python(self, code: str) -> str:
        result = subprocess.run(
            [sys.executable, "-c", code], env=self.env, capture_output=True, text=True, timeout=120
        )
        assert result.returncode == 0, result.stderr
        return result.stdout

    def snapshot(self) -> dict:
        return json.loads(self.python(SNAPSHOT))

    def media(self) -> dict[str, bytes]:
        root = self.home / "media"
        return {
            p.relative_to(root).as_posix(): p.read_bytes()
            for p in sorted(root.rglob("*"))
            if p.is_file()
        }


def _demo_site(home: Path, database_url: str | None = None) -> Site:
    site = Site(home, database_url)
    site.run("migrate", "-v0")
    site.run("demo")
    (home / "media" / "reports").mkdir(parents=True)
    (home / "media" / "reports" / "十月简报.pdf").write_bytes(b"%PDF-1.4 demo\n")
    (home / "media" / "logo.png").write_bytes(bytes(range(256)))
    return site


def _round_trip(site: Site, archive: Path) -> None:
    before, media_before = site.snapshot(), site.media()
    assert before["counts"]["datavalues_datavalue"] > 0

    site.run("backup", str(archive))
    with tarfile.open(archive) as tar:
        names = tar.getnames()
        manifest = json.load(tar.extractfile("manifest.json"))
    assert names[0] == "manifest.json"
    assert "media/reports/十月简报.pdf" in names and "media/logo.png" in names
    assert manifest["pacesetter_version"] == services.pacesetter_version()
    assert manifest["migrations"]["datavalues"].startswith("00")
    assert manifest["created_at"]

    site.python(CHANGE)
    (site.home / "media" / "logo.png").unlink()
    (site.home / "media" / "after.txt").write_text("added after the backup")
    changed = site.snapshot()
    assert changed != before
    assert changed["counts"]["accounts_user"] == before["counts"]["accounts_user"] + 1

    site.run("restore", "--no-input", str(archive))
    assert site.snapshot() == before
    assert site.media() == media_before


@pytest.fixture(scope="module")
def sqlite_site(tmp_path_factory):
    return _demo_site(tmp_path_factory.mktemp("home"))


def test_sqlite_round_trip(sqlite_site, tmp_path):
    _round_trip(sqlite_site, tmp_path / "pacesetter.tar.gz")
    assert not list(sqlite_site.home.glob(".*restore*")), "temp files left behind"


def _edited(archive: Path, target: Path, edit) -> Path:
    with tarfile.open(archive) as source, tarfile.open(target, "w") as out:
        for member in source.getmembers():
            data = source.extractfile(member).read() if member.isfile() else None
            if member.name == "manifest.json":
                manifest = json.loads(data)
                edit(manifest)
                data = json.dumps(manifest).encode()
                member.size = len(data)
            out.addfile(member, io.BytesIO(data) if data is not None else None)
    return target


def test_restore_refuses_newer_schema_and_other_engine(sqlite_site, tmp_path):
    archive = tmp_path / "backup.tar"
    sqlite_site.run("backup", str(archive))
    sqlite_site.python(CHANGE)  # so that a restore would show
    (sqlite_site.home / "media" / "after.txt").write_text("kept")
    state, media = sqlite_site.snapshot(), sqlite_site.media()

    newer = _edited(
        archive,
        tmp_path / "newer.tar",
        lambda m: m["migrations"].update(datavalues="0999_from_the_future"),
    )
    result = sqlite_site.run("restore", "--no-input", str(newer), check=False)
    assert result.returncode != 0
    assert "newer schema" in result.stderr and "datavalues.0999_from_the_future" in result.stderr
    assert "Nothing was changed" in result.stderr

    other = _edited(archive, tmp_path / "other.tar", lambda m: m.update(engine="postgresql"))
    result = sqlite_site.run("restore", "--no-input", str(other), check=False)
    assert result.returncode != 0
    assert "holds a postgresql database" in result.stderr and "uses sqlite" in result.stderr

    assert sqlite_site.snapshot() == state
    assert sqlite_site.media() == media


def test_backup_refuses_to_overwrite(sqlite_site, tmp_path):
    archive = tmp_path / "exists.tar"
    archive.write_text("something else")
    result = sqlite_site.run("backup", str(archive), check=False)
    assert result.returncode != 0 and "already exists" in result.stderr
    assert archive.read_text() == "something else"


def test_check_manifest_accepts_known_and_refuses_unknown_migrations():
    known = {("datavalues", "0001_initial"), ("datavalues", "0002_figures_by_measure")}
    manifest = {"format": 1, "engine": "sqlite", "migrations": {"datavalues": "0001_initial"}}
    services.check_manifest(manifest, current_engine="sqlite", known=known)
    manifest["migrations"]["newapp"] = "0001_initial"
    with pytest.raises(services.BackupError, match="newer schema.*newapp.0001_initial"):
        services.check_manifest(manifest, current_engine="sqlite", known=known)
    with pytest.raises(services.BackupError, match="newer Pacesetter"):
        services.check_manifest({**manifest, "format": 2}, current_engine="sqlite", known=known)


def test_restore_refuses_a_file_that_is_not_a_backup(sqlite_site, tmp_path):
    junk = tmp_path / "junk.tar"
    junk.write_bytes(b"not an archive" * 100)
    result = sqlite_site.run("restore", "--no-input", str(junk), check=False)
    assert result.returncode != 0 and "not a Pacesetter backup" in result.stderr


POSTGRES_URL = os.environ.get("DATABASE_URL", "")


@pytest.mark.skipif(
    not POSTGRES_URL.startswith(("postgres://", "postgresql://")),
    reason="needs DATABASE_URL pointing to PostgreSQL (scripts/with-postgres)",
)
def test_postgresql_round_trip(tmp_path):
    # The commands use the DATABASE_URL database itself (pytest-django's test database is a
    # separate one), as `pacesetter` does when it runs.
    site = _demo_site(tmp_path / "home", POSTGRES_URL)
    _round_trip(site, tmp_path / "pacesetter.tar")
    with tarfile.open(tmp_path / "pacesetter.tar") as tar:
        assert json.load(tar.extractfile("manifest.json"))["engine"] == "postgresql"
        assert "database.pgdump" in tar.getnames()
