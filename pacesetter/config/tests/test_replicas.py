"""A real primary and streaming replica (``scripts/with-postgres --replica``): pages read from
the replica, a user's own fresh write is read back from the primary, transactions stay there.

Django's test runner creates the test database on the primary only; the replica (TEST MIRROR)
is pointed at the same database name and receives it by streaming replication."""

import os
import socket
import time
from contextlib import contextmanager
from decimal import Decimal

import pytest
from django.db import DEFAULT_DB_ALIAS, connections, transaction
from django.test.utils import CaptureQueriesContext

from pacesetter.accounts.models import User
from pacesetter.api.tokens import token_create
from pacesetter.config import replicas
from pacesetter.config.replicas import replica_reads
from pacesetter.datavalues.models import DataValue

pytestmark = [
    pytest.mark.skipif(
        not os.environ.get("DATABASE_REPLICA_URLS"),
        reason="needs a streaming replica: scripts/with-postgres --replica",
    ),
    pytest.mark.django_db(transaction=True, databases="__all__"),
]

PLAN, SHUANGCHENG = "zherong-2023", "350926100"
DASHBOARD = f"/plans/{PLAN}/?period=202310"
SERIES = f"/api/datavalues?plan={PLAN}&period=202311&unit={SHUANGCHENG}"


def caught_up(timeout=10.0):
    """Wait until the replica has replayed everything the primary has written so far."""
    with connections[DEFAULT_DB_ALIAS].cursor() as cursor:
        cursor.execute("SELECT pg_logical_emit_message(false, 'pacesetter-test', '')")
        (lsn,) = cursor.fetchone()
    deadline = time.monotonic() + timeout
    with connections["replica1"].cursor() as cursor:
        while time.monotonic() < deadline:
            cursor.execute("SELECT pg_last_wal_replay_lsn() >= %s::pg_lsn", [lsn])
            if cursor.fetchone()[0]:
                return
            time.sleep(0.02)
    raise AssertionError(f"the replica did not replay {lsn} within {timeout} s")


@contextmanager
def replay_paused():
    """The replica keeps answering but stops applying the primary's changes: a lag that lasts
    exactly as long as the block."""
    with connections["replica1"].cursor() as cursor:
        cursor.execute("SELECT pg_wal_replay_pause()")
        for _ in range(500):
            cursor.execute("SELECT pg_get_wal_replay_pause_state()")
            if cursor.fetchone()[0] == "paused":
                break
            time.sleep(0.02)
        else:
            raise AssertionError("the replica did not pause")
    try:
        yield
    finally:
        with connections["replica1"].cursor() as cursor:
            cursor.execute("SELECT pg_wal_replay_resume()")


@contextmanager
def queries():
    """The queries each database answered inside the block."""
    with (
        CaptureQueriesContext(connections[DEFAULT_DB_ALIAS]) as primary,
        CaptureQueriesContext(connections["replica1"]) as replica,
    ):
        yield {"primary": primary, "replica": replica}


def i10(response):
    items = response.json()["items"]
    return next((v["value"] for v in items if v["indicator"] == "ZR-I10"), None)


def test_the_replica_is_a_standby_on_its_own_port_holding_the_test_database(db):
    primary = connections[DEFAULT_DB_ALIAS].settings_dict
    replica = connections["replica1"].settings_dict
    assert replica["PORT"] != primary["PORT"]
    assert replica["NAME"] == primary["NAME"]  # the test database, through TEST MIRROR
    with connections["replica1"].cursor() as cursor:
        cursor.execute("SELECT pg_is_in_recovery(), current_database(), inet_server_port()")
        assert cursor.fetchone() == (True, primary["NAME"], int(replica["PORT"]))


def test_a_signed_in_users_dashboard_is_read_from_the_replica(client, demo):
    client.force_login(User.objects.get(username="leader"))
    caught_up()
    with queries() as answered:
        response = client.get(DASHBOARD)
    assert response.status_code == 200  # the session and the user came from the replica too
    assert "柘荣" in response.content.decode()
    assert len(answered["replica"]) > 5
    assert len(answered["primary"]) == 0


def test_a_just_saved_value_is_read_back_from_the_primary_while_the_replica_lags(client, demo):
    _token, raw = token_create(user=User.objects.get(username="reporter-shuangcheng"))
    headers = {"Authorization": f"Bearer {raw}"}
    caught_up()
    # The token's first use is recorded (a write); the replica must have seen that too, or
    # each read of it would record it again on the primary and then read from there.
    assert client.get(SERIES, headers=headers).status_code == 200
    client.cookies.pop(replicas.WROTE_COOKIE)
    caught_up()
    before = i10(client.get(SERIES, headers=headers))
    assert before != "0.8"
    body = {"plan": PLAN, "values": [{"indicator": "I10", "unit": SHUANGCHENG, "period": "202311", "value": "0.8"}]}  # fmt: skip

    with replay_paused():
        saved = client.post("/api/datavalues", body, content_type="application/json", headers=headers)  # fmt: skip
        assert saved.status_code == 200, saved.json()
        with queries() as answered:
            assert i10(client.get(SERIES, headers=headers)) == "0.8"
        assert len(answered["replica"]) == 0 and len(answered["primary"]) > 0
        # Without the writer's stamp the same read is served by the lagging replica: stale.
        stamp = client.cookies.pop(replicas.WROTE_COOKIE)
        assert i10(client.get(SERIES, headers=headers)) == before
        client.cookies[replicas.WROTE_COOKIE] = stamp

    caught_up()
    client.cookies.pop(replicas.WROTE_COOKIE)
    with queries() as answered:
        assert i10(client.get(SERIES, headers=headers)) == "0.8"
    assert len(answered["replica"]) > 0


def test_reads_inside_a_transaction_come_from_the_primary(demo):
    figure = DataValue.objects.filter(value__isnull=False).order_by("pk").first()
    caught_up()
    with replay_paused():
        DataValue.objects.filter(pk=figure.pk).update(value=Decimal("12345.6"))
        with replica_reads():
            assert DataValue.objects.get(pk=figure.pk).value == figure.value  # replica: stale
            with transaction.atomic():
                assert DataValue.objects.get(pk=figure.pk).value == Decimal("12345.6")


def test_an_unreachable_replica_leaves_the_page_to_the_primary(client, demo, monkeypatch):
    replica = connections["replica1"]
    replica.close()
    with socket.socket() as unused:
        unused.bind(("127.0.0.1", 0))
        dead_port = unused.getsockname()[1]
    monkeypatch.setitem(replica.settings_dict, "PORT", str(dead_port))
    monkeypatch.setattr(replicas, "_down_until", {})
    client.force_login(User.objects.get(username="leader"))
    try:
        with CaptureQueriesContext(connections[DEFAULT_DB_ALIAS]) as primary:
            response = client.get(DASHBOARD)
        assert response.status_code == 200
        assert len(primary) > 5
    finally:
        replica.close()  # reconnects to the real port once monkeypatch restores it
