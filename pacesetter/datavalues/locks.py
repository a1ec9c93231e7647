"""Whether a unit's month is closed to edits. The rule belongs to the report workflow
(``reporting.rules``), which sits above this app; it registers itself here at start-up so
figures never import the workflow (no cycle between the two apps)."""

from __future__ import annotations

from collections.abc import Callable

from pacesetter.orgunits.models import OrgUnit

LockCheck = Callable[[OrgUnit, str], str | None]
_lock: LockCheck | None = None


def register(check: LockCheck) -> None:
    """``check(orgunit, period_text) -> str | None``: why the month is locked, or None."""
    global _lock
    _lock = check


def locked_reason(orgunit: OrgUnit, period: str) -> str | None:
    if _lock is None:
        raise RuntimeError("no report lock registered: is pacesetter.reporting installed?")
    return _lock(orgunit, period)
