"""What the API reads and returns. Objects are named by their codes, never by database ids."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from ninja import Schema
from pydantic import BaseModel, ConfigDict, Field
from pydantic.json_schema import SkipJsonSchema


def plain(value: Decimal | None) -> str | None:
    """1.2000 → "1.2": figures travel as strings so no client rounds them through a float."""
    return None if value is None else f"{value.normalize():f}"


def code_of(obj) -> str | None:
    return None if obj is None else obj.code


class ErrorOut(Schema):
    code: str
    message: str
    fields: dict[str, str]


class RowErrorOut(Schema):
    line: int
    column: str
    field: str
    message: str


class ImportFailedOut(ErrorOut):
    errors: list[RowErrorOut] = []  # set when rows were refused (code "import_failed")


class UnitOut(Schema):
    code: str
    name: str
    short_name: str
    kind: str
    parent: str | None

    @staticmethod
    def resolve_parent(obj) -> str | None:
        return obj.parent_code


class PlanOut(Schema):
    code: str
    name: str
    owner: str
    first_year: int
    last_year: int
    status: str
    is_demo: bool

    @staticmethod
    def resolve_owner(obj) -> str:
        return obj.owner.code


class GoalOut(Schema):
    code: str
    name: str
    level: str
    parent: str | None
    description: str

    @staticmethod
    def resolve_parent(obj) -> str | None:
        return obj.parent_code


class IndicatorOut(Schema):
    code: str
    name: str
    goal: str
    measure: str  # the catalogue code its figures are keyed by, shared with other plans
    unit: str
    value_type: str
    aggregation: str
    direction: str
    frequency: str
    lead_unit: str
    co_units: list[str]
    weight: str
    is_demo: bool

    @staticmethod
    def resolve_goal(obj) -> str:
        return obj.goal.code

    @staticmethod
    def resolve_measure(obj) -> str:
        return obj.measure.code

    @staticmethod
    def resolve_lead_unit(obj) -> str:
        return obj.lead_unit.code

    @staticmethod
    def resolve_co_units(obj) -> list[str]:
        return sorted(u.code for u in obj.co_units.all())

    @staticmethod
    def resolve_weight(obj) -> str:
        return plain(obj.weight)


class TargetOut(Schema):
    indicator: str
    year: int
    unit: str | None  # empty: the target of the whole plan
    comparator: str
    value: str
    value_max: str | None
    is_growth: bool
    stretch_value: str | None
    baseline: str | None

    @staticmethod
    def resolve_indicator(obj) -> str:
        return obj.indicator.code

    @staticmethod
    def resolve_unit(obj) -> str | None:
        return code_of(obj.orgunit)

    @staticmethod
    def resolve_value(obj) -> str:
        return plain(obj.value)

    @staticmethod
    def resolve_value_max(obj) -> str | None:
        return plain(obj.value_max)

    @staticmethod
    def resolve_stretch_value(obj) -> str | None:
        return plain(obj.stretch_value)

    @staticmethod
    def resolve_baseline(obj) -> str | None:
        return plain(obj.baseline)


class ProjectOut(Schema):
    code: str
    name: str
    category: str
    stage: str
    lead_unit: str
    township: str | None
    total_investment: str  # 万元
    start_date: date | None
    end_date: date | None
    is_demo: bool

    @staticmethod
    def resolve_lead_unit(obj) -> str:
        return obj.lead_unit.code

    @staticmethod
    def resolve_township(obj) -> str | None:
        return code_of(obj.township)

    @staticmethod
    def resolve_total_investment(obj) -> str:
        return plain(obj.total_investment)


class MeasureOut(Schema):
    """A catalogue entry (指标库): what is counted, defined once for every plan."""

    code: str
    name: str
    unit: str
    value_type: str
    aggregation: str
    additive: bool  # a unit without its own figure counts as the sum of its children
    direction: str
    frequency: str
    definition: str  # 口径
    owner: str | None  # the unit owning the definition

    @staticmethod
    def resolve_owner(obj) -> str | None:
        return code_of(obj.owner)


class DataValueOut(Schema):
    # The catalogue measure code: one figure serves every plan. Named ``indicator`` like the
    # import column, so a listed row can be posted back as it is; ``measure`` says what it is.
    indicator: str
    measure: str
    unit: str
    period: str
    value: str | None
    comment: str
    state: str
    version: int
    updated_at: datetime
    is_demo: bool

    @staticmethod
    def resolve_indicator(obj) -> str:
        return obj.measure.code

    @staticmethod
    def resolve_measure(obj) -> str:
        return obj.measure.code

    @staticmethod
    def resolve_unit(obj) -> str:
        return obj.orgunit.code

    @staticmethod
    def resolve_value(obj) -> str | None:
        return plain(obj.value)


class DataValueInput(BaseModel):
    # Codes and figures may arrive as JSON numbers (350926100, 1.2); they are read as text.
    model_config = ConfigDict(coerce_numbers_to_str=True)

    indicator: str
    unit: str
    period: str
    value: str | None = None
    comment: str | None = Field(
        default=None,
        description='Omitted or null: the stored comment is kept. "" clears it.',
    )
    version: int | None = Field(
        default=None,
        ge=0,
        description=(
            "The figure's version as last read (0: none was read). If someone saved it since, the "
            "whole set is refused with 409, naming the current value and version. Omitted: saved "
            "regardless."
        ),
    )
    # Set by the CSV reader so errors name the file's line; JSON values are numbered by position.
    line: SkipJsonSchema[int | None] = None


class DataValuesInput(BaseModel):
    plan: str | None = None  # may come as ?plan=CODE instead
    values: list[DataValueInput]


# The same two as ninja Schemas, for the OpenAPI document only: a request body is validated
# with the plain models above, since a Schema runs a Python validator on every object (five
# times the cost on a set of 100,000 figures).
class DataValueIn(Schema, DataValueInput):
    pass


class DataValuesIn(Schema, DataValuesInput):
    values: list[DataValueIn]  # type: ignore[assignment]  # documented as DataValueIn


class ImportResult(Schema):
    saved: int


class PreviewRowOut(Schema):
    """One row's fate in a dry run. ``old_*`` is the figure as stored now, ``new_*`` as the
    row would save it; ``version`` is the stored figure's version it was compared with (0: none),
    which the apply sends, so a figure saved since refuses the whole set."""

    state: str = Field(description="new, changed, unchanged or refused (with reason)")
    line: int
    indicator: str
    unit: str
    period: str
    old_value: str | None
    new_value: str | None
    old_comment: str
    new_comment: str
    version: int
    reason: str = Field(description="Why the row is refused (one problem per line); else empty.")


class PreviewCountsOut(Schema):
    new: int
    changed: int
    unchanged: int
    refused: int


class PreviewOut(Schema):
    """The answer of ``?dry_run=true``: nothing was saved. Apply it within 24 hours with
    ``POST /api/datavalues/previews/{preview}/apply``; only a preview without refused rows that
    changes something can be applied, and only by the token's user."""

    preview: str = Field(description="The preview's id, for the apply endpoint.")
    dry_run: bool = True
    status: str
    expires_at: datetime
    applicable: bool
    counts: PreviewCountsOut
    rows: list[PreviewRowOut] = Field(
        description="Refused rows first, then changed, new, unchanged."
    )

    @staticmethod
    def resolve_preview(obj) -> str:
        return str(obj.pk)


class TransitionOut(Schema):
    from_state: str
    to_state: str
    by: str | None  # username; empty for the system's own step (no unit head: signing skipped)
    at: datetime
    reason: str

    @staticmethod
    def resolve_by(obj) -> str | None:
        return obj.actor.username if obj.actor else None


class ReportOut(Schema):
    """One unit's month across every active plan. A month nobody has written to yet answers
    as a draft without transitions: reading never creates a report."""

    unit: str
    period: str
    state: str
    version: int
    due_date: date | None
    submitted_at: datetime | None
    transitions: list[TransitionOut]

    @staticmethod
    def resolve_unit(obj) -> str:
        return obj.orgunit.code

    @staticmethod
    def resolve_transitions(obj) -> list:
        if obj.pk is None:  # the unsaved stand-in of a month nobody has written to
            return []
        return list(obj.transitions.select_related("actor"))


class ReasonIn(Schema):
    reason: str = ""


def inline_schema(model) -> dict:
    """``model``'s JSON schema with its $defs inlined, for hand-written OpenAPI request bodies
    (a "#/$defs/..." reference would point nowhere inside the OpenAPI document)."""
    schema = model.model_json_schema()
    definitions = schema.pop("$defs", {})

    def expand(node):
        if isinstance(node, dict):
            if "$ref" in node:
                return expand(definitions[node["$ref"].rsplit("/", 1)[-1]])
            return {key: expand(value) for key, value in node.items()}
        if isinstance(node, list):
            return [expand(item) for item in node]
        return node

    return expand(schema)
