"""Who hears of a request's step: the unit's staff of a new request or a note, the enterprise
of an answer, a resolution or an escalation. Called after the commit; never fails the step."""

from __future__ import annotations

from django.utils.translation import gettext as _

from pacesetter.notifications.recipients import staff
from pacesetter.notifications.services import announce
from pacesetter.servicedesk.models import ServiceRequest


def link(request: ServiceRequest) -> str:
    return f"/service/r/{request.code}/"


def _values(request: ServiceRequest, text: str = "") -> dict:
    return {
        "code": request.code,
        "title": request.title,
        "enterprise": request.enterprise,
        "unit": request.unit.name,
        "category": request.category.name,
        "text": text[:200],
    }


def _to_unit(request: ServiceRequest, message: str) -> None:
    announce(users=staff([request.unit]), units=[request.unit], message=message, link=link(request))


def _to_enterprise(request: ServiceRequest, message: str) -> None:
    announce(users=[request.filed_by], message=message, link=link(request))


def filed(request: ServiceRequest) -> None:
    _to_unit(
        request,
        _("New service request %(code)s (%(category)s) from %(enterprise)s: %(title)s")
        % _values(request),
    )


def noted(request: ServiceRequest, text: str) -> None:
    _to_unit(
        request,
        _("%(enterprise)s added to request %(code)s: %(text)s") % _values(request, text),
    )


def replied(request: ServiceRequest, text: str) -> None:
    _to_enterprise(
        request, _("%(unit)s answered your request %(code)s: %(text)s") % _values(request, text)
    )


def resolved(request: ServiceRequest, text: str) -> None:
    _to_enterprise(
        request, _("%(unit)s resolved your request %(code)s: %(text)s") % _values(request, text)
    )


def escalated(request: ServiceRequest) -> None:
    _to_enterprise(
        request,
        _("Your request %(code)s is now followed by the county as supervision task %(task)s.")
        % {**_values(request), "task": request.task.code if request.task else ""},
    )
