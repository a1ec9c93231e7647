"""Several writers at once: SQLite queues them instead of failing, and two people creating the
same figure at the same moment end with one figure and both changes in its history."""

import threading
from decimal import Decimal
from unittest import mock

import pytest
from django.db import connection
from django.db.utils import ConnectionHandler

from pacesetter.accounts.services import user_ensure
from pacesetter.catalogue.services import measure_for
from pacesetter.config import environment
from pacesetter.core.exceptions import ConcurrentEdit
from pacesetter.datavalues import services
from pacesetter.datavalues.models import DataValue, DataValueChange
from pacesetter.datavalues.services import datavalue_set
from pacesetter.orgunits.services import orgunit_ensure

PERIOD = "202303"


def _world():
    county = orgunit_ensure(code="Z", name="柘荣县", kind="county")
    measure = measure_for(name="刀剪产业产值", unit="亿元")

    def account(name):
        return user_ensure(
            username=name, password="x", orgunit=county, roles=["reporter"], validate=False
        )

    return {"county": county, "measure": measure, "alice": account("alice"), "bob": account("bob")}


def _set(world, who, value, **kw):
    return datavalue_set(
        actor=world[who],
        measure=world["measure"],
        orgunit=world["county"],
        period=PERIOD,
        value=Decimal(value),
        **kw,
    )


# --- SQLite: write-ahead log and a busy timeout on every connection ----------------------------


@pytest.fixture
def sqlite_file(tmp_path, monkeypatch, django_db_blocker):
    """Two fresh connections, configured as the site configures them, to a file database."""
    monkeypatch.delenv("DATABASE_URL", raising=False)
    handler = ConnectionHandler({"default": environment.database(tmp_path)})
    opened = []

    def connect():
        wrapper = handler.create_connection("default")
        wrapper.ensure_connection()
        opened.append(wrapper)
        return wrapper

    with django_db_blocker.unblock():
        yield connect
        for wrapper in opened:
            wrapper.close()


def _pragma(wrapper, name):
    with wrapper.cursor() as cursor:
        cursor.execute(f"PRAGMA {name}")
        return cursor.fetchone()[0]


def test_a_new_sqlite_connection_is_in_wal_mode_with_a_busy_timeout(sqlite_file):
    wrapper = sqlite_file()
    assert _pragma(wrapper, "journal_mode") == "wal"
    assert _pragma(wrapper, "busy_timeout") == environment.SQLITE_BUSY_TIMEOUT * 1000
    assert _pragma(wrapper, "synchronous") == 1  # NORMAL: safe with WAL, no fsync per commit
    assert wrapper.transaction_mode == "IMMEDIATE"


def test_a_sqlite_url_gets_the_same_options(tmp_path, monkeypatch):
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'site.sqlite3'}")
    assert environment.database(tmp_path)["OPTIONS"] == environment.SQLITE_OPTIONS


def test_a_writer_waits_for_another_instead_of_failing_and_readers_never_wait(sqlite_file):
    importer, other = sqlite_file(), sqlite_file()
    with importer.cursor() as cursor:
        cursor.execute("CREATE TABLE figure (value INTEGER)")
        cursor.execute("INSERT INTO figure VALUES (1)")
    raw_importer, raw_other = importer.connection, other.connection
    raw_importer.execute("BEGIN IMMEDIATE")  # a long import holds the write lock
    raw_importer.execute("INSERT INTO figure VALUES (2)")
    # A reader sees the last committed state at once, without waiting for the import.
    assert raw_other.execute("SELECT count(*) FROM figure").fetchone()[0] == 1
    done = threading.Event()

    def write():
        raw_other.execute("BEGIN IMMEDIATE")  # waits for the lock (busy timeout), not an error
        raw_other.execute("INSERT INTO figure VALUES (3)")
        raw_other.execute("COMMIT")
        done.set()

    writer = threading.Thread(target=write)
    writer.start()
    assert not done.wait(0.3)  # still waiting for the import…
    raw_importer.execute("COMMIT")
    writer.join(timeout=10)
    assert done.is_set()  # …and done as soon as the import ends
    assert raw_importer.execute("SELECT count(*) FROM figure").fetchone()[0] == 3


# --- Creating the same figure twice at once is an upsert ---------------------------------------


@pytest.fixture
def world(db):
    return _world()


def _created_meanwhile(world, who, value):
    """Stand in for the other writer: create the figure after this save looked for it and
    before it inserts (the lock check runs in between)."""
    original = services.locked_reason

    def create_then_check(orgunit, period):
        DataValue.objects.create(
            measure=world["measure"],
            orgunit=world["county"],
            period=PERIOD,
            value=Decimal(value),
            version=1,
            updated_by=world[who],
        )
        DataValueChange.objects.create(
            datavalue=DataValue.objects.get(),
            version=1,
            changed_by=world[who],
            new_value=Decimal(value),
        )
        return original(orgunit, period)

    return mock.patch.object(services, "locked_reason", side_effect=create_then_check)


def test_a_figure_created_meanwhile_is_updated_not_a_duplicate_key_error(world):
    with _created_meanwhile(world, "alice", "1.5"):
        saved = _set(world, "bob", "1.7")
    figure = DataValue.objects.get()
    assert (figure.pk, figure.value, figure.version) == (saved.pk, Decimal("1.7"), 2)
    assert figure.updated_by == world["bob"]
    assert list(
        DataValueChange.objects.order_by("version").values_list(
            "changed_by__username", "old_value", "new_value", "version"
        )
    ) == [("alice", None, Decimal("1.5"), 1), ("bob", Decimal("1.5"), Decimal("1.7"), 2)]


def test_an_editor_who_saw_no_figure_is_told_of_the_one_created_meanwhile(world):
    with _created_meanwhile(world, "alice", "1.5"), pytest.raises(ConcurrentEdit) as refused:
        _set(world, "bob", "1.7", expected_version=0)
    assert "1.5" in refused.value.message
    assert (refused.value.current.value, refused.value.current.version) == (Decimal("1.5"), 1)


def test_the_same_figure_created_meanwhile_records_nothing_more(world):
    with _created_meanwhile(world, "alice", "1.5"):
        _set(world, "bob", "1.5")
    assert DataValue.objects.get().version == 1 and DataValueChange.objects.count() == 1


@pytest.mark.django_db(transaction=True)
def test_two_writers_creating_the_same_figure_at_once_both_succeed():
    """Real transactions in two threads. On SQLite writes queue (IMMEDIATE transactions), so
    the race this guards against exists only on PostgreSQL."""
    if connection.vendor == "sqlite":
        pytest.skip("SQLite serialises writers: the two inserts cannot overlap")
    world = _world()
    both_looked = threading.Barrier(2, timeout=10)
    original = services.locked_reason

    def after_both_looked(orgunit, period):  # both have found no figure; now both insert
        both_looked.wait()
        return original(orgunit, period)

    outcomes = {}

    def save(who, value):
        try:
            outcomes[who] = _set(world, who, value).version
        except Exception as exc:  # noqa: BLE001 - the test reports whatever went wrong
            outcomes[who] = exc
        finally:
            connection.close()

    with mock.patch.object(services, "locked_reason", side_effect=after_both_looked):
        threads = [
            threading.Thread(target=save, args=(who, value))
            for who, value in (("alice", "1.5"), ("bob", "1.7"))
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=30)
    assert sorted(outcomes.values()) == [1, 2], outcomes
    figure = DataValue.objects.get()
    assert figure.version == 2
    assert list(DataValueChange.objects.order_by("version").values_list("version", flat=True)) == [
        1,
        2,
    ]
