"""The bulletin pages: a preview drafted from today's figures with its downloads, publishing
(the plan office), and the published copies, which stay as they were published."""

from __future__ import annotations

import base64

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from pacesetter.analytics.months import default_period
from pacesetter.bulletins import selectors
from pacesetter.bulletins.charts import chart_png
from pacesetter.bulletins.content import build_bulletin
from pacesetter.bulletins.document import Bulletin
from pacesetter.bulletins.formats import FORMATS
from pacesetter.bulletins.formats import render as render_file
from pacesetter.bulletins.services import bulletin_publish
from pacesetter.core import policy
from pacesetter.core.periods import InvalidPeriod, Period, parse_month
from pacesetter.plans.models import Plan
from pacesetter.plans.selectors import plan_list_visible


def _plan(request, code: str) -> Plan:
    plan = plan_list_visible(user=request.user).filter(code=code).first()
    if plan is None or plan.status == Plan.Status.DRAFT:
        raise Http404
    return plan


def _period(plan: Plan, text: str | None) -> Period:
    """The month asked for, if it is one of the plan's; else the month pages open on."""
    try:
        period = parse_month(text) if text else None
    except InvalidPeriod:
        period = None
    if period is None or not plan.first_year <= period.year <= plan.last_year:
        return default_period(plan)
    return period


def _charts(bulletin: Bulletin) -> dict[str, str]:
    def walk(sections):
        for s in sections:
            yield from s.charts
            yield from walk(s.subsections)

    return {
        c.key: "data:image/png;base64," + base64.b64encode(chart_png(c, dpi=110)).decode()
        for c in walk(bulletin.sections)
    }


def _language() -> str:
    return get_language() or "zh-hans"


@login_required
def preview(request, code: str):
    plan = _plan(request, code)
    period = _period(plan, request.GET.get("period"))
    bulletin = build_bulletin(plan=plan, period=period, language=_language())
    years = range(plan.first_year, plan.last_year + 1)
    return render(
        request,
        "bulletins/preview.html",
        {
            "plan": plan,
            "period": period,
            "periods": [Period.month(y, m) for y in years for m in range(1, 13)],
            "bulletin": bulletin,
            "charts": _charts(bulletin),
            "formats": FORMATS,
            "may_publish": policy.can(request.user, policy.MANAGE, plan.owner),
            "published": selectors.published_for(plan),
        },
    )


def _attachment(data: bytes, name: str, content_type: str) -> HttpResponse:
    response = HttpResponse(data, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


@login_required
def download(request, code: str, period: str, fmt: str):
    plan = _plan(request, code)
    if fmt not in FORMATS:
        raise Http404
    month = _period(plan, period)
    if str(month) != period:
        raise Http404
    bulletin = build_bulletin(plan=plan, period=month, language=_language())
    data = render_file(bulletin, fmt)
    return _attachment(data, f"{plan.code}-{month}.{fmt}", selectors.FORMATS[fmt])


@login_required
@require_POST
def publish(request, code: str):
    plan = _plan(request, code)
    period = _period(plan, request.POST.get("period"))
    try:
        published = bulletin_publish(request.user, plan=plan, period=period, language=_language())
    except PermissionDenied:
        raise Http404
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect(f"{request.path.rsplit('publish/', 1)[0]}?period={period}")
    messages.success(request, _("Published: it stays as it is now, whatever changes later."))
    return redirect("bulletins:bulletin_published", code=plan.code, pk=published.pk)


def _published(request, code: str, pk: int):
    plan = _plan(request, code)
    found = selectors.published_for(plan).filter(pk=pk).first()
    if found is None:
        raise Http404
    return plan, found


@login_required
def published(request, code: str, pk: int):
    plan, found = _published(request, code, pk)
    bulletin = Bulletin.from_json(selectors.published_content(found))
    return render(
        request,
        "bulletins/published.html",
        {
            "plan": plan,
            "item": found,
            "bulletin": bulletin,
            "charts": _charts(bulletin),
            "formats": FORMATS,
        },
    )


@login_required
def published_download(request, code: str, pk: int, fmt: str):
    _plan_, found = _published(request, code, pk)
    result = selectors.published_file(found, fmt)
    if result is None:
        raise Http404
    return _attachment(*result)
