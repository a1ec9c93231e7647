"""Every path that defines an indicator (plan import, the demo, Excel, the API, the admin)
finds its measure here, so one quantity is never catalogued twice."""

from __future__ import annotations

from typing import Any

from django.db import transaction

from pacesetter.catalogue.models import Measure

# Rates, shares and growth are reported by each unit; summing them means nothing.
NON_ADDITIVE_TYPES = (Measure.ValueType.PERCENT, Measure.ValueType.MILESTONE)


def next_code() -> str:
    last = (
        Measure.objects.filter(code__regex=r"^M\d+$")
        .values_list("code", flat=True)
        .order_by("-code")
        .first()
    )
    number = int(last[1:]) + 1 if last else 1
    while Measure.objects.filter(code=f"M{number:04d}").exists():
        number += 1
    return f"M{number:04d}"


@transaction.atomic
def measure_for(*, name: str, unit: str, code: str = "", **fields: Any) -> Measure:
    """The catalogue entry with this code, or else this name and unit; created if none.

    ``fields`` (value_type, aggregation, direction, …) only shape a new entry: an
    existing definition belongs to its owner and is not changed by whoever reuses it.
    """
    found = None
    if code:
        found = Measure.objects.filter(code=code).first()
    if found is None:
        found = Measure.objects.filter(name=name, unit=unit).order_by("pk").first()
    if found is not None:
        return found
    if "additive" not in fields:
        fields["additive"] = fields.get("value_type") not in NON_ADDITIVE_TYPES
    return Measure.objects.create(code=code or next_code(), name=name, unit=unit, **fields)
