"""The replica router's and middleware's decisions, without any replica (SQLite too).
The real primary + streaming replica run is test_replicas.py."""

import time

import pytest
from django.core import signing
from django.core.exceptions import MiddlewareNotUsed
from django.db import DEFAULT_DB_ALIAS, connections
from django.http import HttpResponse

from pacesetter.config import environment, replicas
from pacesetter.config.replicas import ReplicaMiddleware, ReplicaRouter, replica_reads
from pacesetter.datavalues.models import DataValue

router = ReplicaRouter()


@pytest.fixture
def one_replica(monkeypatch):
    """A configured replica1 that answers; ``reached`` lists the connection attempts."""
    reached: list[str] = []
    monkeypatch.setattr(replicas, "replica_aliases", lambda: ["replica1"])
    monkeypatch.setattr(replicas, "_down_until", {})
    monkeypatch.setattr(replicas, "_reachable", lambda alias: reached.append(alias) or True)
    monkeypatch.setattr(connections[DEFAULT_DB_ALIAS], "in_atomic_block", False)
    return reached


def test_reads_outside_a_request_and_all_writes_go_to_the_primary(one_replica):
    assert router.db_for_read(DataValue) == DEFAULT_DB_ALIAS
    with replica_reads():
        assert router.db_for_write(DataValue) == DEFAULT_DB_ALIAS


def test_an_eligible_request_reads_from_one_replica_until_it_writes(one_replica):
    with replica_reads():
        assert router.db_for_read(DataValue) == "replica1"
        assert router.db_for_read(DataValue) == "replica1"
        router.db_for_write(DataValue)
        assert router.db_for_read(DataValue) == DEFAULT_DB_ALIAS
    assert one_replica == ["replica1"]  # picked (and checked) once per request


def test_reads_in_an_open_transaction_go_to_the_primary(one_replica, monkeypatch):
    monkeypatch.setattr(connections[DEFAULT_DB_ALIAS], "in_atomic_block", True)
    with replica_reads():
        assert router.db_for_read(DataValue) == DEFAULT_DB_ALIAS


def test_a_request_that_is_not_eligible_reads_from_the_primary(one_replica):
    with replica_reads(eligible=False):
        assert router.db_for_read(DataValue) == DEFAULT_DB_ALIAS


def test_an_unreachable_replica_is_skipped_for_a_while(one_replica, monkeypatch):
    tried: list[str] = []
    monkeypatch.setattr(replicas, "_reachable", lambda alias: tried.append(alias) and False)
    with replica_reads():
        assert router.db_for_read(DataValue) == DEFAULT_DB_ALIAS
    with replica_reads():
        assert router.db_for_read(DataValue) == DEFAULT_DB_ALIAS
    assert tried == ["replica1"]  # the second request did not wait for it again


def test_only_the_primary_is_migrated_and_rows_may_relate_across_copies(one_replica):
    assert router.allow_migrate(DEFAULT_DB_ALIAS, "datavalues")
    assert not router.allow_migrate("replica1", "datavalues")
    a, b = DataValue(), DataValue()
    a._state.db, b._state.db = DEFAULT_DB_ALIAS, "replica1"
    assert router.allow_relation(a, b)
    b._state.db = "elsewhere"
    assert router.allow_relation(a, b) is None


# The middleware ----------------------------------------------------------------------------


def run(rf, method, *, status=200, writes=False, cookie=None):
    """One request through the middleware: (was it replica-eligible, the response)."""
    seen = {}

    def view(request):
        seen["eligible"] = replicas._routing.get().eligible
        if writes:
            router.db_for_write(DataValue)
        return HttpResponse(status=status)

    request = getattr(rf, method.lower())("/")
    if cookie:
        request.COOKIES[replicas.WROTE_COOKIE] = cookie
    response = ReplicaMiddleware(view)(request)
    return seen["eligible"], response


def stamp(age_seconds=0):
    """The cookie the middleware sets, as if set ``age_seconds`` ago."""
    signer = signing.get_cookie_signer(salt=replicas.WROTE_COOKIE + replicas._SALT)
    signer.timestamp = lambda: signing.b62_encode(int(time.time()) - age_seconds)
    return signer.sign("1")


def test_the_middleware_stays_out_without_replicas(monkeypatch):
    monkeypatch.setattr(replicas, "replica_aliases", lambda: [])
    with pytest.raises(MiddlewareNotUsed):
        ReplicaMiddleware(lambda request: HttpResponse())


def test_a_get_without_a_recent_write_may_use_a_replica(one_replica, rf):
    eligible, response = run(rf, "GET")
    assert eligible and replicas.WROTE_COOKIE not in response.cookies


def test_a_successful_post_keeps_its_user_on_the_primary(one_replica, rf, settings):
    settings.REPLICA_STICKY_SECONDS = 10
    eligible, response = run(rf, "POST")
    assert not eligible
    assert response.cookies[replicas.WROTE_COOKIE]["max-age"] == 10
    eligible, _ = run(rf, "GET", cookie=response.cookies[replicas.WROTE_COOKIE].value)
    assert not eligible


def test_a_refused_post_leaves_no_stamp(one_replica, rf):
    _, response = run(rf, "POST", status=400)
    assert replicas.WROTE_COOKIE not in response.cookies


def test_a_get_that_writes_is_stamped_too(one_replica, rf):
    _, response = run(rf, "GET", writes=True)
    assert replicas.WROTE_COOKIE in response.cookies


def test_an_old_or_forged_stamp_counts_for_nothing(one_replica, rf, settings):
    settings.REPLICA_STICKY_SECONDS = 10
    assert run(rf, "GET", cookie=stamp(age_seconds=11))[0]
    assert not run(rf, "GET", cookie=stamp(age_seconds=5))[0]
    assert run(rf, "GET", cookie="1:forged:signature")[0]


# The environment ---------------------------------------------------------------------------

PRIMARY = {
    "ENGINE": "django.db.backends.postgresql",
    "NAME": "pacesetter",
    "HOST": "db1",
    "PORT": 5432,
    "USER": "app",
    "PASSWORD": "secret",
    "CONN_MAX_AGE": 60,
    "OPTIONS": {},
}


def test_replica_urls_become_mirrors_of_the_primary(monkeypatch):
    monkeypatch.setenv(
        "DATABASE_REPLICA_URLS", "postgres://db2:5433/pacesetter, postgres://ro@db3/px"
    )
    found = environment.replicas(PRIMARY)
    assert list(found) == ["replica1", "replica2"]
    one, two = found["replica1"], found["replica2"]
    assert (one["HOST"], one["PORT"], one["USER"], one["PASSWORD"]) == (
        "db2",
        5433,
        "app",
        "secret",
    )
    assert (two["HOST"], two["NAME"], two["USER"]) == ("db3", "px", "ro")
    assert one["TEST"] == {"MIRROR": "default"} and one["CONN_MAX_AGE"] == 60
    assert one["OPTIONS"]["connect_timeout"] == environment.REPLICA_CONNECT_TIMEOUT


@pytest.mark.parametrize(
    ("primary", "urls", "message"),
    [
        ({"ENGINE": "django.db.backends.sqlite3"}, "postgres://db2/p", "PostgreSQL primary"),
        (PRIMARY, "mysql://db2/p", "use sqlite"),
        (PRIMARY, "sqlite:///x.db", "is not a postgres:// URL"),
        (PRIMARY, "postgres://db2:5433/", "names no database"),
    ],
)
def test_a_bad_replica_url_is_one_clear_line(monkeypatch, primary, urls, message):
    monkeypatch.setenv("DATABASE_REPLICA_URLS", urls)
    with pytest.raises(environment.ConfigurationError, match=message) as error:
        environment.replicas(primary)
    assert "DATABASE_REPLICA_URLS" in str(error.value)


def test_no_replica_urls_no_replicas(monkeypatch):
    monkeypatch.delenv("DATABASE_REPLICA_URLS", raising=False)
    assert environment.replicas(PRIMARY) == {}
