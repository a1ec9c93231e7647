"""A small county for supervision tests: an office, a leader, two departments with staff."""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone

from pacesetter.accounts.services import user_ensure
from pacesetter.core import policy
from pacesetter.orgunits.models import OrgUnit
from pacesetter.orgunits.services import orgunit_ensure
from pacesetter.supervision.models import Task
from pacesetter.supervision.services import task_create


def county():
    root = orgunit_ensure(code="Z", name="柘荣县", kind="county")
    gx = orgunit_ensure(code="GX", name="县工信局", kind="department", parent=root)
    fg = orgunit_ensure(code="FG", name="县发改局", kind="department", parent=root)
    people = {}
    for name, unit, roles in [
        ("office", root, ["plan_office"]),
        ("leader", root, ["leader"]),
        ("gx", gx, ["reporter"]),
        ("gx-head", gx, ["unit_head"]),
        ("fg", fg, ["reporter"]),
    ]:
        people[name] = user_ensure(
            username=name, password="x", orgunit=unit, roles=roles, validate=False
        )
    # Sorted insertion moves siblings: read the units back after the tree is built.
    root, gx, fg = (OrgUnit.objects.get(code=c) for c in ("Z", "GX", "FG"))
    return {"root": root, "GX": gx, "FG": fg, **people}


def issue(world, *, days: int = 10, actor=None, **extra) -> Task:
    values = {
        "source": Task.Source.INSTRUCTION,
        "title": "加快推进项目",
        "instruction": "请县工信局本月内解决用地问题",
        "lead_unit": world["GX"],
        "deadline": timezone.localdate() + timedelta(days=days),
    }
    values.update(extra)
    return task_create(actor=actor or world["leader"], **values)


__all__ = ["county", "issue", "policy"]
