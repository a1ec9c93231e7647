"""The dry run of the bulk path: what a set would do to each figure, with nothing written.

It runs ``bulk.check_set`` (the very reading and checks of ``datavalues_import``) and then
compares each figure that passed with the one stored, instead of writing it. Each row keeps
the version of the figure it was compared with (0: none), so applying the previewed set later
(``applied_rows`` → ``datavalues_import``) is refused if any of them changed meanwhile.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.utils.translation import gettext as _

from pacesetter.catalogue.models import Measure
from pacesetter.core import policy
from pacesetter.core.exceptions import ConcurrentEdit
from pacesetter.datavalues.bulk import Key, Row, RowError, check_set
from pacesetter.datavalues.bulk_write import _concurrent, _stored
from pacesetter.plans.models import Plan

NEW, CHANGED, UNCHANGED, REFUSED = "new", "changed", "unchanged", "refused"
STATES = (REFUSED, CHANGED, NEW, UNCHANGED)  # the order a diff is shown in: refusals first


@dataclass(frozen=True)
class RowDiff:
    """One row's fate. ``indicator``, ``unit``, ``period`` and ``value`` are as the row gave
    them; ``measure`` is the catalogue code the apply sends (empty on a refused row);
    ``version`` the version of the stored figure compared with (0: none)."""

    state: str
    sheet: str
    line: int
    indicator: str
    unit: str
    period: str
    old_value: str | None = None
    new_value: str | None = None
    old_comment: str = ""
    new_comment: str = ""
    measure: str = ""
    version: int = 0
    reason: str = ""  # a refused row's problems, one per line
    column: str = ""  # where its first problem is

    @property
    def comment_changed(self) -> bool:
        return self.state == CHANGED and self.old_comment != self.new_comment

    @property
    def value_changed(self) -> bool:
        return self.state == CHANGED and self.old_value != self.new_value

    def as_json(self) -> dict:
        return dict(vars(self))  # flat fields: no need for asdict's deep copy, 100,000 times


@dataclass
class Diff:
    rows: list[RowDiff]  # refused first, then changed, new, unchanged; each in file order
    errors: list[RowError]  # every problem of the refused rows, for the error report

    @property
    def counts(self) -> dict[str, int]:
        found = Counter(r.state for r in self.rows)
        return {state: found.get(state, 0) for state in STATES}

    @property
    def changes(self) -> int:
        counts = self.counts
        return counts[NEW] + counts[CHANGED]

    @property
    def applicable(self) -> bool:
        """Applied all or nothing: only a set without a refused row, that changes something."""
        return self.counts[REFUSED] == 0 and self.changes > 0


def plain(value: Decimal | None) -> str | None:
    return None if value is None else f"{value.normalize():f}"


def _text(value: object) -> str | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, Decimal | int):
        return plain(Decimal(value))
    return str(value).strip()


def refused_row(error: RowError, row: Row | None = None) -> RowDiff:
    """A row refused before or by the checks; ``row`` when it was read at all."""
    return RowDiff(
        REFUSED,
        error.sheet,
        error.line,
        "" if row is None else str(row.indicator).strip(),
        "" if row is None else str(row.orgunit).strip(),
        "" if row is None else str(row.period).strip(),
        new_value=None if row is None else _text(row.value),
        reason=error.message,
        column=error.column,
    )


def datavalues_preview(*, actor: policy.Actor, rows: list[Row], plan: Plan | None = None) -> Diff:
    """The diff of ``rows`` against the figures as stored now; writes nothing. A refused row
    does not stop the others from being compared (the uploader sees every row's fate), but
    a diff with one cannot be applied."""
    checked = check_set(actor=actor, rows=rows, plan=plan)
    refused: dict[int, list[RowError]] = {}
    for index, error in checked.problems:
        refused.setdefault(index, []).append(error)
    stored = _stored(checked.keys, ("pk", "value", "comment", "version"))
    codes = dict(
        Measure.objects.filter(pk__in={k[0] for k in checked.keys}).values_list("pk", "code")
    )
    fates: dict[int, RowDiff] = {}
    for key, entry in zip(checked.keys, checked.entries, strict=True):
        index = checked.positions[key]
        if index in refused:  # passed reading, refused by a rule
            continue
        row = checked.sources[key]
        if (stale := _stale(row, stored.get(key))) is not None:
            refused[index] = [stale]
            continue
        fates[index] = _compared(row, key, entry, stored.get(key), codes[key[0]])
    for index, errors in refused.items():
        first = refused_row(errors[0], rows[index])
        fates[index] = RowDiff(
            **{**first.as_json(), "reason": "\n".join(e.message for e in errors)}
        )
    ordered = sorted(fates.items(), key=lambda item: (STATES.index(item[1].state), item[0]))
    errors = sorted(
        (e for errors in refused.values() for e in errors), key=lambda e: (e.sheet, e.line)
    )
    return Diff([fate for _i, fate in ordered], errors)


def _stale(row: Row, current: tuple | None) -> RowError | None:
    """The refusal the write would give a row sent with a version that is no longer stored."""
    if row.version is None:
        return None
    if current is None:
        if row.version == 0:
            return None
        message = _("This value was deleted by someone else.")
    elif row.version == current[3]:
        return None
    else:
        message = _concurrent(current[0]).message
    return RowError(row.sheet, row.line, _("version"), message)


def _compared(row: Row, key: Key, entry: Any, current: tuple | None, code: str) -> RowDiff:
    common = {
        "sheet": row.sheet,
        "line": row.line,
        "indicator": str(row.indicator).strip(),
        "unit": str(row.orgunit).strip(),
        "period": key[2],
        "new_value": plain(entry.value),
        "new_comment": entry.comment,
        "measure": code,
    }
    if current is None:
        return RowDiff(NEW, **common)
    _pk, value, comment, version = current
    same = (value, comment) == (entry.value, entry.comment)  # as ``write_set`` compares
    return RowDiff(
        UNCHANGED if same else CHANGED,
        old_value=plain(value),
        old_comment=comment,
        version=version,
        **common,
    )


def applied_rows(diff_rows: list[dict]) -> list[Row]:
    """The rows that apply a stored diff (``RowDiff.as_json``): catalogue codes, the figures
    as previewed, and the version each was compared with, so a figure saved since refuses
    the set. Unchanged rows go too: overwriting a figure changed since is refused as well."""
    return [
        Row(
            d["measure"],
            d["unit"],
            d["period"],
            d["new_value"],
            d["new_comment"],
            sheet=d["sheet"],
            line=d["line"],
            version=d["version"],
        )
        for d in diff_rows
        if d["state"] in (NEW, CHANGED, UNCHANGED)
    ]


def stale_message(exc: ConcurrentEdit) -> str:
    """The refusal of an apply after a concurrent change, naming the figure."""
    fields = getattr(exc, "fields", {}) or {}
    return _(
        "%(indicator)s of %(unit)s in %(period)s was changed after the preview (it is now "
        "%(value)s, version %(version)s); nothing was saved. Upload the file again to see "
        "what it would change now."
    ) % {
        "indicator": fields.get("indicator", "?"),
        "unit": fields.get("unit", "?"),
        "period": fields.get("period", "?"),
        "value": fields.get("value") or _("empty"),
        "version": fields.get("version", 0),
    }
