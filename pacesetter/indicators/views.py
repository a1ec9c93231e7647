from decimal import Decimal

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from pacesetter.core import policy
from pacesetter.core.exceptions import DomainError
from pacesetter.core.numbers import parse_number
from pacesetter.indicators import services
from pacesetter.indicators.models import Indicator, Target
from pacesetter.plans.selectors import plan_list_visible


def _indicator(request, code: str, indicator: str) -> Indicator:
    """The indicator of a visible plan whose owner the user manages, or 404."""
    plan = plan_list_visible(user=request.user).filter(code=code).first()
    found = (
        Indicator.objects.filter(goal__plan=plan, code=indicator)
        .select_related("measure", "goal__plan__owner")
        .first()
        if plan
        else None
    )
    if found is None or not policy.can(request.user, policy.MANAGE, plan.owner):
        raise Http404
    return found


def _read(post, units) -> tuple[dict[int, Decimal | None], dict[int, str]]:
    parts, errors = {}, {}
    for unit in units:
        raw = post.get(f"t-{unit.pk}", "")
        try:
            parts[unit.pk] = parse_number(raw)
        except ValueError as exc:
            errors[unit.pk] = str(exc)
    return parts, errors


@login_required
def target_split(request, code, indicator, year):
    ind = _indicator(request, code, indicator)
    units = services.split_units(indicator=ind)
    current = {
        t.orgunit_id: t.value
        for t in Target.objects.filter(indicator=ind, year=year, orgunit__in=units)
    }
    parts, errors = dict(current), {}
    if request.method == "POST":
        parts, errors = _read(request.POST, units)
        if request.POST.get("action") == "adopt":
            try:
                services.target_adopt(actor=request.user, indicator=ind, year=year)
                messages.success(request, _("The target was adopted."))
            except DomainError as exc:
                messages.error(request, exc.message)
            return redirect("target_split", code=code, indicator=indicator, year=year)
        if not errors and request.headers.get("HX-Request") != "true":
            try:
                services.target_split(actor=request.user, indicator=ind, year=year, parts=parts)
                messages.success(request, _("The split was saved."))
                return redirect("target_split", code=code, indicator=indicator, year=year)
            except DomainError as exc:
                messages.error(request, exc.message)
    context = {
        "indicator": ind,
        "plan": ind.goal.plan,
        "year": year,
        "errors": errors,
        "rows": [(u, parts.get(u.pk), errors.get(u.pk, "")) for u in units],
        "whole": Target.objects.filter(indicator=ind, year=year, orgunit=None)
        .select_related("adopted_from__indicator__goal__plan")
        .first(),
        "coverage": services.coverage(indicator=ind, year=year, parts=parts),
        "adoptable": services.adoptable(indicator=ind, year=year),
    }
    if request.headers.get("HX-Request") == "true":
        return render(request, "indicators/partials/_coverage.html", context)
    return render(request, "indicators/target_split.html", context)
