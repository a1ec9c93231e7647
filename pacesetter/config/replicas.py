"""Read replicas: reads of a plain page view go to a streaming replica, everything else to the
primary.

A request may read from a replica only when it is a GET or HEAD and its user has not written
in the last ``REPLICA_STICKY_SECONDS`` (a signed cookie set after each write says when). Within
such a request, reads go to one replica picked at its first read, until the request writes or
opens a transaction; then the rest of it reads from the primary too. Writes, reads inside a
transaction and everything outside a request (commands, workers, tests without the middleware)
use the primary. Raw SQL that should follow the same rule opens its cursor on
``connections[router.db_for_read(Model)]`` instead of ``connection``.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import MiddlewareNotUsed
from django.db import DEFAULT_DB_ALIAS, DatabaseError, connections

logger = logging.getLogger(__name__)

SAFE_METHODS = ("GET", "HEAD")
WROTE_COOKIE = "pacesetter_wrote"
_SALT = "pacesetter.replicas.wrote"
# After a failed connection a replica is left alone this long, so a dead host costs one
# connect timeout per worker per interval, not one per request.
RETRY_SECONDS = 30

_down_until: dict[str, float] = {}


@dataclass
class Routing:
    """Where this request's reads may go; ``replica`` is fixed at its first read."""

    eligible: bool
    replica: str | None = None
    wrote: bool = False


_routing: ContextVar[Routing | None] = ContextVar("pacesetter_replica_routing", default=None)


def replica_aliases() -> list[str]:
    return [alias for alias in settings.DATABASES if alias.startswith("replica")]


@contextmanager
def replica_reads(eligible: bool = True) -> Iterator[Routing]:
    """Within the block, route as for a request that may (or may not) read from a replica."""
    routing = Routing(eligible=eligible)
    token = _routing.set(routing)
    try:
        yield routing
    finally:
        _routing.reset(token)


def _reachable(alias: str) -> bool:
    connection = connections[alias]
    try:
        connection.close_if_health_check_failed()
        connection.ensure_connection()
    except DatabaseError as exc:
        logger.warning("replica %s unreachable, reading from the primary: %s", alias, exc)
        return False
    return True


def _pick_replica() -> str:
    now = time.monotonic()
    candidates = [a for a in replica_aliases() if _down_until.get(a, 0.0) <= now]
    random.shuffle(candidates)
    for alias in candidates:
        if _reachable(alias):
            return alias
        _down_until[alias] = now + RETRY_SECONDS
    return DEFAULT_DB_ALIAS


class ReplicaRouter:
    def db_for_read(self, model, **hints) -> str:
        routing = _routing.get()
        if routing is None or not routing.eligible or routing.wrote:
            return DEFAULT_DB_ALIAS
        # An open transaction may have written rows the replica has not seen yet.
        if connections[DEFAULT_DB_ALIAS].in_atomic_block:
            return DEFAULT_DB_ALIAS
        if routing.replica is None:
            routing.replica = _pick_replica()
        return routing.replica

    def db_for_write(self, model, **hints) -> str:
        routing = _routing.get()
        if routing is not None:
            routing.wrote = True  # the rest of this request reads its own writes
        return DEFAULT_DB_ALIAS

    def allow_relation(self, obj1, obj2, **hints) -> bool | None:
        # The replicas hold the primary's rows: a user read from one may own a row saved here.
        pool = {DEFAULT_DB_ALIAS, *replica_aliases()}
        return True if {obj1._state.db, obj2._state.db} <= pool else None

    def allow_migrate(self, db, app_label, **hints) -> bool:
        return db == DEFAULT_DB_ALIAS


def sticky_seconds() -> int:
    return int(getattr(settings, "REPLICA_STICKY_SECONDS", 10))


class ReplicaMiddleware:
    """Marks safe requests of users who have not written lately as replica-eligible, and stamps
    the response of a request that wrote (or a successful POST/PUT/PATCH/DELETE) with a signed
    cookie that keeps that user's reads on the primary for ``REPLICA_STICKY_SECONDS``.

    A cookie rather than the session: the session itself is read from a replica."""

    def __init__(self, get_response):
        if not replica_aliases():
            raise MiddlewareNotUsed
        self.get_response = get_response

    def __call__(self, request):
        safe = request.method in SAFE_METHODS
        with replica_reads(eligible=safe and not self.wrote_lately(request)) as routing:
            response = self.get_response(request)
        if routing.wrote or (not safe and response.status_code < 400):
            response.set_signed_cookie(
                WROTE_COOKIE,
                "1",
                salt=_SALT,
                max_age=sticky_seconds(),
                httponly=True,
                samesite="Lax",
                secure=settings.SESSION_COOKIE_SECURE,
            )
        return response

    @staticmethod
    def wrote_lately(request) -> bool:
        # The signature carries its own time, so an old cookie a client kept counts for nothing.
        stamp = request.get_signed_cookie(
            WROTE_COOKIE, default=None, salt=_SALT, max_age=sticky_seconds()
        )
        return stamp is not None
