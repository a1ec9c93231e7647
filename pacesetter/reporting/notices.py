"""Who hears of a report's step: the head on submit, the office on sign, reporters on
return and acceptance (PRODUCT.md "Report": each step tells the next person)."""

from __future__ import annotations

from django.db.models import QuerySet
from django.utils.translation import gettext as _

from pacesetter.accounts.models import User
from pacesetter.inbox.services import notify
from pacesetter.notifications.recipients import offices as recipients_offices
from pacesetter.notifications.recipients import staff
from pacesetter.orgunits.models import OrgUnit
from pacesetter.reporting.models import Report


def link(report: Report) -> str:
    return f"/reports/{report.orgunit.code}/{report.period}/"


def heads(orgunit: OrgUnit) -> QuerySet[User]:
    return staff([orgunit], roles=("unit_head",))


def offices(orgunit: OrgUnit) -> QuerySet[User]:
    """The plan office above the unit: the one that accepts its report."""
    return recipients_offices(orgunit, itself=False)


def tell_heads(report: Report) -> None:
    notify(
        users=heads(report.orgunit),
        link=link(report),
        message=_("%(unit)s submitted its report %(period)s: please sign it.")
        % {"unit": report.orgunit.name, "period": report.period},
    )


def tell_office(report: Report) -> None:
    notify(
        users=offices(report.orgunit),
        link=link(report),
        message=_("%(unit)s's report %(period)s awaits your acceptance.")
        % {"unit": report.orgunit.name, "period": report.period},
    )


def tell_reporters(report: Report, message: str) -> None:
    notify(users=staff([report.orgunit], roles=("reporter",)), message=message, link=link(report))
