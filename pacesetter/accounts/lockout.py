"""The lock-out page after too many failed sign-ins, telling the clock time it ends."""

from __future__ import annotations

from datetime import datetime

from axes.conf import settings as axes_settings
from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_cool_off, get_failure_limit
from django.db.models import Max
from django.shortcuts import render
from django.utils import timezone
from django.utils.dateformat import format as date_format


def lock_ends(request, credentials: dict | None) -> datetime:
    """When sign-in opens again, in the server's time zone: the lock runs from the latest
    counted failure of this account and address (django-axes' rule), not from now."""
    cool_off = get_cool_off(request)
    attempts = AxesDatabaseHandler().get_user_attempts(request, credentials)
    latest = max(
        (t for qs in attempts if (t := qs.aggregate(at=Max("attempt_time"))["at"])),
        default=timezone.now(),
    )
    return timezone.localtime(latest + cool_off)


def lockout_response(request, original_response=None, credentials: dict | None = None):
    ends = lock_ends(request, credentials)
    # Just the time when the lock ends today (the usual case), with the date otherwise.
    pattern = "H:i" if ends.date() == timezone.localdate() else "Y-m-d H:i"
    context = {
        "failure_limit": get_failure_limit(request, credentials),
        "ends_at": date_format(ends, pattern),
    }
    return render(
        request,
        axes_settings.AXES_LOCKOUT_TEMPLATE,
        context,
        status=axes_settings.AXES_HTTP_RESPONSE_CODE,
    )
