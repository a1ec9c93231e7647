"""Whether a unit's month is closed to edits. The rule belongs to the report workflow
(``reporting.rules``), which sits above this app; it registers itself here at start-up so
figures never import the workflow (no cycle between the two apps)."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from pacesetter.orgunits.models import OrgUnit

Pairs = Iterable[tuple[OrgUnit, str]]
LockCheck = Callable[[Pairs], dict[tuple[int, str], str]]
_lock: LockCheck | None = None


def register(check: LockCheck) -> None:
    """``check([(orgunit, period_text), …]) -> {(orgunit pk, period_text): why}`` for the
    locked ones among the pairs: asked once for a whole set of figures."""
    global _lock
    _lock = check


def locked_reasons(pairs: Pairs) -> dict[tuple[int, str], str]:
    """(unit pk, month) → why it is locked, for the locked ones among ``pairs``."""
    if _lock is None:
        raise RuntimeError("no report lock registered: is pacesetter.reporting installed?")
    return _lock(pairs)


def locked_reason(orgunit: OrgUnit, period: str) -> str | None:
    return locked_reasons([(orgunit, period)]).get((orgunit.pk, period))
