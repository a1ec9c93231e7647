"""Who hears of a task's step: the units on issue and on the office's answer, the plan office
when a unit reports done or asks for time. Called after the commit; never fails the step."""

from __future__ import annotations

from django.utils.translation import gettext as _

from pacesetter.notifications.recipients import offices, staff
from pacesetter.notifications.services import announce
from pacesetter.supervision.models import Extension, Task


def link(task: Task) -> str:
    return f"/tasks/{task.code}/"


def _units(task: Task) -> list:
    return [task.lead_unit, *task.co_units.all()]


def _to_units(task: Task, message: str) -> None:
    units = _units(task)
    announce(users=staff(units), units=units, message=message, link=link(task))


def _to_office(task: Task, message: str) -> None:
    announce(users=offices(task.lead_unit), message=message, link=link(task))


def issued(task: Task) -> None:
    _to_units(
        task,
        _("New supervision task %(code)s for %(unit)s, due %(deadline)s: %(title)s")
        % {
            "code": task.code,
            "unit": task.lead_unit.name,
            "deadline": task.deadline,
            "title": task.title,
        },
    )


def stepped(task: Task, step: str, text: str) -> None:
    values = {"code": task.code, "unit": task.lead_unit.name, "title": task.title, "text": text}
    if step == "report":
        _to_office(task, _("%(unit)s reports task %(code)s done: %(title)s") % values)
    elif step == "return":
        _to_units(task, _("Task %(code)s was returned: %(text)s") % values)
    elif step == "close":
        _to_units(task, _("Task %(code)s is verified and closed.") % values)
    elif step == "urge":
        _to_units(task, _("Urged (催办): task %(code)s, %(title)s. %(text)s") % values)


def extension_asked(extension: Extension) -> None:
    task = extension.task
    _to_office(
        task,
        _("%(unit)s asks to extend task %(code)s to %(date)s: %(reason)s")
        % {
            "unit": task.lead_unit.name,
            "code": task.code,
            "date": extension.requested_deadline,
            "reason": extension.reason,
        },
    )


def extension_decided(extension: Extension) -> None:
    task = extension.task
    values = {"code": task.code, "date": extension.requested_deadline, "note": extension.note}
    if extension.decision == Extension.Decision.GRANTED:
        _to_units(task, _("Extension of task %(code)s to %(date)s granted.") % values)
    else:
        _to_units(task, _("Extension of task %(code)s refused: %(note)s") % values)


def cause_cleared(task: Task) -> None:
    _to_office(task, _("The cause of task %(code)s has cleared.") % {"code": task.code})
