from decimal import Decimal

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from pacesetter.catalogue.collections import collection_clear, collection_set
from pacesetter.catalogue.models import Collection
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


@login_required
def collection(request, code, indicator):
    """Which office collects this indicator's measure for which of the plan's units (代报)."""
    ind = _indicator(request, code, indicator)
    units = services.split_units(indicator=ind)
    if request.method == "POST":
        chosen = [u for u in units if request.POST.get(f"u-{u.pk}")]
        collector = next((u for u in units if str(u.pk) == request.POST.get("collector")), None)
        try:
            if not chosen:
                raise DomainError("no_units", _("Tick the units concerned."))
            if request.POST.get("action") == "clear":
                collection_clear(actor=request.user, measure=ind.measure, units=chosen)
                messages.success(request, _("Those units report the figure themselves again."))
            elif collector is None:
                raise DomainError("no_collector", _("Choose the office that collects it."))
            else:
                collection_set(
                    actor=request.user, measure=ind.measure, collector=collector, units=chosen
                )
                messages.success(
                    request,
                    _("%(office)s now gives the figure for the units ticked.")
                    % {"office": collector.name},
                )
            return redirect("indicator_collection", code=code, indicator=indicator)
        except DomainError as exc:
            messages.error(request, exc.message)
    collectors = {
        c.orgunit_id: c.collector
        for c in Collection.objects.filter(measure=ind.measure, orgunit__in=units).select_related(
            "collector"
        )
    }
    return render(
        request,
        "indicators/collection.html",
        {
            "indicator": ind,
            "plan": ind.goal.plan,
            "rows": [(u, collectors.get(u.pk)) for u in units],
            "units": units,
        },
    )
