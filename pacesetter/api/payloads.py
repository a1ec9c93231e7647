"""Read the body of ``POST /api/datavalues``: JSON, or CSV with a header row, into bulk rows."""

from __future__ import annotations

import csv
import io

import pydantic
from django.utils.translation import gettext as _

from pacesetter.api.errors import validation_fields
from pacesetter.api.schemas import DataValuesInput
from pacesetter.core.exceptions import DomainError
from pacesetter.datavalues.bulk import Row
from pacesetter.imports import columns

CSV_COLUMNS = ("indicator", "unit", "period", "value", "comment", "version")
CSV_TYPES = {"text/csv", "application/csv"}


def datavalue_rows(request, plan: str | None) -> tuple[str | None, list[Row]]:
    """The plan code (if any) and the rows of the request; ``plan`` is the ?plan= query
    parameter. Without a plan, codes are catalogue measure codes."""
    if request.content_type in CSV_TYPES:
        payload = _csv_payload(request.body, plan)
    else:
        try:
            payload = DataValuesInput.model_validate_json(request.body or b"{}")
        except pydantic.ValidationError as exc:
            raise DomainError(
                "invalid_request",
                _("Some fields of the request are missing or malformed: see fields."),
                validation_fields(exc.errors()),
            ) from None
    plan = payload.plan or plan or None
    body = request.body  # JSON writes a NUL as \u0000: without one, no text holds one
    if "\x00" in (plan or "") or b"\x00" in body or b"\\u0000" in body:
        _refuse_nul(plan, payload)
    rows = [
        Row(
            v.indicator,
            v.unit,
            v.period,
            v.value,
            v.comment,
            line=v.line or position,
            version=v.version,
        )
        for position, v in enumerate(payload.values, start=1)
    ]
    return plan, rows


def _refuse_nul(plan: str | None, payload: DataValuesInput) -> None:
    """A NUL character names no code and cannot be stored (PostgreSQL refuses it in any text):
    the whole set is malformed, each such cell named, before anything is looked up."""
    message = _("Must not contain NUL characters.")
    fields = {"plan": message} if plan and "\x00" in plan else {}
    for position, value in enumerate(payload.values):
        for name in ("indicator", "unit", "period", "value", "comment"):
            if "\x00" in (getattr(value, name) or ""):
                where = f"line {value.line}, " if value.line else f"values.{position}."
                fields[where + name] = message
    if fields:
        raise DomainError(
            "invalid_request",
            _("Some fields of the request are missing or malformed: see fields."),
            fields,
        )


def _header(names: list[str]) -> list[str]:
    """The column keys of a CSV header: a column may be headed by any name an upload accepts
    (备注 or note for comment); a name that heads no column is refused, never ignored."""
    spellings = {**columns.spellings(), "version": "version"}
    keys = [spellings.get(columns.normalize(name), (name or "").strip()) for name in names]
    unknown = [key for key in keys if key and key not in spellings.values()]
    if unknown:
        message = _(
            "Unknown column(s) %(unknown)s; nothing was saved. Accepted headers: "
            "%(accepted)s; version."
        ) % {"unknown": ", ".join(unknown), "accepted": columns.accepted_headers()}
        raise DomainError("invalid_csv", message, {"header": message})
    return keys


def _csv_values(text: str) -> list[dict]:
    """The rows of a CSV text, keyed by column; ``newline=""`` lets the csv module itself
    handle line ends, also those inside quoted cells."""
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = _header(reader.fieldnames or [])
    missing = [c for c in CSV_COLUMNS[:4] if c not in header]
    if missing:
        message = _(
            "The first line must name the columns indicator, unit, period, value "
            "(and optionally comment); missing: %(missing)s."
        ) % {"missing": ", ".join(missing)}
        raise DomainError("invalid_csv", message, {"header": message})
    reader.fieldnames = header
    # Without a comment column the file says nothing about comments: the stored ones are kept.
    has_comment = "comment" in header
    values = []
    for record in reader:
        cells = {c: (record.get(c) or "").strip() for c in CSV_COLUMNS}
        values.append(
            {
                **cells,
                "comment": cells["comment"] if has_comment else None,
                "value": cells["value"] or None,
                "version": cells["version"] or None,
                "line": reader.line_num,
            }
        )
    return values


def _csv_payload(raw: bytes, plan: str | None) -> DataValuesInput:
    try:
        text = raw.decode("utf-8-sig")  # Excel writes a byte-order mark
    except UnicodeDecodeError:
        raise DomainError("invalid_csv", _("Save the CSV file as UTF-8.")) from None
    try:
        values = _csv_values(text)
    except csv.Error:  # e.g. a cell beyond the csv module's field limit (128 KiB)
        message = _(
            "The CSV file could not be read: check its quotes and the length of its cells. "
            "Nothing was saved."
        )
        raise DomainError("invalid_csv", message, {"file": message}) from None
    try:
        return DataValuesInput(plan=plan, values=values)
    except pydantic.ValidationError as exc:  # e.g. a version that is not a whole number
        lines = {str(position): str(v["line"]) for position, v in enumerate(values)}
        fields = {
            f"line {lines.get(key.split('.')[1], '?')}, {key.split('.')[-1]}": message
            for key, message in validation_fields(exc.errors()).items()
            if key.startswith("values.")
        }
        raise DomainError(
            "invalid_csv", _("Some cells of the file are malformed: see fields."), fields
        ) from None
