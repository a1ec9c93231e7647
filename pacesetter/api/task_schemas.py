"""What the tasks API reads and returns. Units, plans, indicators and projects are named by
their codes; a problem has no code, so it is named by its number (id)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from django.urls import reverse
from django.utils.translation import gettext as _
from ninja import Schema
from pydantic import Field, field_validator

from pacesetter.attachments.selectors import attachments_of
from pacesetter.supervision.selectors import due_of

# Sources a person may issue through the API: service and rule tasks are written by the
# service desk and the automatic rules themselves.
Source = Literal["instruction", "meeting", "problem"]
Priority = Literal["urgent", "high", "normal"]
StepName = Literal["sign", "feedback", "report", "return", "close", "urge"]
MAX_ID = 2**62  # beyond any table, inside every database's BIGINT


def _readable(value: str) -> str:
    # PostgreSQL stores no NUL and no lone surrogate: refused here as a malformed field (400).
    if "\x00" in value:
        raise ValueError(_("Must not contain NUL characters."))
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError(_("Must be valid Unicode text.")) from None
    return value


class TextIn(Schema):
    """A request body whose every text field is storable."""

    @field_validator("*", mode="after")
    @classmethod
    def storable(cls, value):
        if isinstance(value, str):
            return _readable(value)
        if isinstance(value, list):
            return [_readable(v) if isinstance(v, str) else v for v in value]
        return value


class TaskIn(TextIn):
    source: Source
    title: str = Field(min_length=1, max_length=200)
    instruction: str = Field(min_length=1)
    lead_unit: str = Field(description="Code of the unit that answers for the task.")
    co_units: list[str] = Field(default=[], description="Codes of units that help.")
    deadline: date
    priority: Priority = "normal"
    plan: str | None = Field(default=None, description="Code of the plan it belongs to.")
    indicator: str | None = Field(default=None, description="An indicator code of ``plan``.")
    project: str | None = Field(default=None, description="A project code of ``plan``.")
    problem: int | None = Field(default=None, ge=1, le=MAX_ID, description="A problem's id.")
    evidence_required: bool = False


class StepIn(TextIn):
    step: StepName
    text: str = ""
    version: int | None = Field(
        default=None,
        ge=0,
        le=MAX_ID,
        description="The task's version as last read: if it changed since, 409. Omitted: no check.",
    )
    period: str = Field(default="", description="The report month it answers in (202311).")


class ExtensionIn(TextIn):
    deadline: date
    reason: str = Field(min_length=1)
    version: int | None = Field(default=None, ge=0, le=MAX_ID)


class DecisionIn(TextIn):
    grant: bool
    note: str = ""


def _code(obj) -> str | None:
    return None if obj is None else obj.code


def _username(user) -> str | None:
    return None if user is None else user.username


class DueOut(Schema):
    state: str  # "overdue", "soon" or "": always with the words in ``text``
    text: str


class SubjectOut(Schema):
    indicator: str | None
    project: str | None
    problem: int | None


class TaskItemOut(Schema):
    code: str
    title: str
    state: str
    priority: str
    source: str
    deadline: date
    due: DueOut
    plan: str | None
    lead_unit: str
    co_units: list[str]
    subject: SubjectOut
    version: int

    @staticmethod
    def resolve_due(obj) -> dict:
        due = due_of(obj)
        return {"state": due.css, "text": str(due.text)}

    @staticmethod
    def resolve_plan(obj) -> str | None:
        return _code(obj.plan)

    @staticmethod
    def resolve_lead_unit(obj) -> str:
        return obj.lead_unit.code

    @staticmethod
    def resolve_co_units(obj) -> list[str]:
        return sorted(u.code for u in obj.co_units.all())

    @staticmethod
    def resolve_subject(obj) -> dict:
        return {
            "indicator": _code(obj.indicator),
            "project": _code(obj.project),
            "problem": obj.problem_id,
        }


class EventOut(Schema):
    kind: str
    by: str | None  # username; empty for the system's own entries
    unit: str | None
    at: datetime
    text: str
    from_state: str
    to_state: str
    period: str

    @staticmethod
    def resolve_by(obj) -> str | None:
        return _username(obj.actor)

    @staticmethod
    def resolve_unit(obj) -> str | None:
        return _code(obj.unit)


class ExtensionOut(Schema):
    id: int
    requested_deadline: date
    reason: str
    requested_by: str | None
    requested_at: datetime
    decision: str
    decided_by: str | None
    decided_at: datetime | None
    note: str

    @staticmethod
    def resolve_requested_by(obj) -> str | None:
        return _username(obj.requested_by)

    @staticmethod
    def resolve_decided_by(obj) -> str | None:
        return _username(obj.decided_by)


class AttachmentOut(Schema):
    id: int
    name: str
    size: int
    url: str

    @staticmethod
    def resolve_url(obj) -> str:
        return reverse("attachments:download", args=[obj.pk])


class TaskOut(TaskItemOut):
    instruction: str
    evidence_required: bool
    issued_by: str | None
    issued_at: datetime
    reported_at: datetime | None
    closed_at: datetime | None
    on_time: bool | None
    events: list[EventOut]
    extensions: list[ExtensionOut]
    attachments: list[AttachmentOut]

    @staticmethod
    def resolve_issued_by(obj) -> str | None:
        return _username(obj.issued_by)

    @staticmethod
    def resolve_events(obj) -> list:
        return list(obj.events.select_related("actor", "unit"))

    @staticmethod
    def resolve_extensions(obj) -> list:
        return list(obj.extensions.select_related("requested_by", "decided_by"))

    @staticmethod
    def resolve_attachments(obj) -> list:
        return list(attachments_of(obj))
