"""Live analytics of a plan: status, rankings with movement, an indicator's monthly series."""

from decimal import Decimal

from django.http import Http404
from django.utils.translation import gettext as _
from ninja import Router, Schema

from pacesetter.analytics.detail import indicator_detail
from pacesetter.analytics.selectors import plan_status
from pacesetter.analytics.units import unit_ranking
from pacesetter.api import selectors
from pacesetter.api.schemas import plain
from pacesetter.core.exceptions import DomainError
from pacesetter.core.periods import InvalidPeriod, Period, parse_month
from pacesetter.forecasts.selectors import plan_forecasts
from pacesetter.indicators.models import Indicator
from pacesetter.orgunits.models import OrgUnit

router = Router(tags=["analytics"])


class IndicatorStatusOut(Schema):
    code: str
    name: str
    unit: str
    comparator: str | None
    target: str | None
    actual: str | None
    completion: str | None
    expected: str
    status: str
    growth: str | None  # 同比: year to date against the same period last year, a fraction
    # The month is incomplete: reporting units that have not reported it (0: a late figure),
    # and the earlier month whose year to date gave the status, if any.
    incomplete: bool
    waiting: int | None
    assessed_to: str | None


class PlanStatusOut(Schema):
    plan: str
    period: str
    figures: str  # which figures are read: "accepted" (submitted ones are not counted yet)
    counts: dict[str, int]
    indicators: list[IndicatorStatusOut]


class RankOut(Schema):
    unit: str
    name: str
    score: str | None
    rank: int | None
    previous_rank: int | None
    movement: int | None
    # False: the unit has not reported the month yet; listed after the ranked units, unranked.
    reported: bool
    last_reported: str | None


class MonthOut(Schema):
    period: str
    value: str | None
    actual: str | None
    target_path: str | None
    month_on_month: str | None
    year_on_year: str | None


class ForecastOut(Schema):
    indicator: str
    unit: str  # the plan's owner (the whole area) or a unit under it with a target of its own
    target: str | None  # the level the target asks for by December (growth: last year's grown)
    forecast: str | None  # the year-end value by the indicator's year rule
    low: str | None  # the interval at ``rate`` (None: too few months to tell)
    high: str | None
    completion: str | None  # forecast against the target, a fraction (inverted: lower is better)
    completion_low: str | None
    completion_high: str | None
    will_miss: bool  # even the interval's favourable end misses the target
    method: str | None  # seasonal, pace, trend, latest, level, final


class PlanForecastOut(Schema):
    plan: str
    period: str
    rate: str  # the intervals' nominal coverage, a fraction
    forecasts: list[ForecastOut]


def _period(text: str) -> Period:
    try:
        return parse_month(text)
    except InvalidPeriod:
        raise DomainError(
            "invalid_period",
            _("Give a month such as 202310."),
            {"period": _("Give a month such as 202310.")},
        ) from None


@router.get("/plans/{plan}/status", response=PlanStatusOut, url_name="plan_status")
def plan_status_view(request, plan: str, period: str):
    """Each indicator's target, actual, completion against the time-elapsed share, and status,
    from accepted figures only. A growth target is judged on the year to date against the
    same period last year; an incomplete month is marked, and missing never hides a red."""
    chosen = selectors.plan_get(user=request.auth, code=plan)
    status = plan_status(plan=chosen, upto=_period(period))
    rows = [
        IndicatorStatusOut(
            code=r.indicator.code,
            name=r.indicator.name,
            unit=r.indicator.unit,
            comparator=r.target.comparator if r.target else None,
            target=plain(r.target.value) if r.target else None,
            actual=plain(r.actual),
            completion=plain(r.completion),
            expected=plain(r.assessment.expected),
            status=r.status,
            growth=plain(r.growth),
            incomplete=r.gap is not None,
            waiting=r.gap.waiting if r.gap else None,
            assessed_to=str(r.gap.assessed_to) if r.gap and r.gap.assessed_to else None,
        )
        for r in status.rows
    ]
    return PlanStatusOut(
        plan=chosen.code, period=period, figures="accepted", counts=status.counts, indicators=rows
    )


@router.get("/plans/{plan}/ranking", response=list[RankOut], url_name="plan_ranking")
def plan_ranking(
    request,
    plan: str,
    period: str,
    parent: str | None = None,
    indicator: str | None = None,
    by: str = "completion",
):
    """Units under ``parent`` (default: the plan's owner) ranked on their own targets, from
    accepted figures; units that have not reported the month follow, unranked."""
    chosen = selectors.plan_get(user=request.auth, code=plan)
    root = chosen.owner
    if parent:
        root = OrgUnit.objects.filter(code=parent, path__startswith=chosen.owner.path).first()
        if root is None:
            raise Http404
    ind = None
    if indicator:
        ind = Indicator.objects.filter(goal__plan=chosen, code=indicator).first()
        if ind is None:
            raise Http404
    rows = unit_ranking(
        plan=chosen,
        parent=root,
        upto=_period(period),
        indicator=ind,
        by="growth" if by == "growth" else "completion",
    )
    return [
        RankOut(
            unit=r.unit.code,
            name=r.unit.name,
            score=plain(r.row.score),
            rank=r.row.rank,
            previous_rank=r.row.previous_rank,
            movement=r.row.movement,
            reported=r.reported,
            last_reported=str(r.last_reported) if r.last_reported else None,
        )
        for r in rows
    ]


@router.get(
    "/plans/{plan}/indicators/{indicator}/series",
    response=list[MonthOut],
    url_name="indicator_series",
)
def indicator_series(request, plan: str, indicator: str, period: str):
    """Month by month: the month's figure, year to date, the target path, 环比 and 同比."""
    chosen = selectors.plan_get(user=request.auth, code=plan)
    ind = Indicator.objects.filter(goal__plan=chosen, code=indicator).first()
    if ind is None:
        raise Http404
    detail = indicator_detail(plan=chosen, indicator=ind, upto=_period(period))
    return [
        MonthOut(
            period=str(m.period),
            value=plain(m.value),
            actual=plain(m.actual),
            target_path=plain(m.target_path),
            month_on_month=plain(m.month_on_month),
            year_on_year=plain(m.year_on_year),
        )
        for m in detail["months"]
    ]


@router.get("/plans/{plan}/forecast", response=PlanForecastOut, url_name="plan_forecast")
def plan_forecast(request, plan: str, period: str, indicator: str | None = None):
    """Each indicator's year-end forecast from the accepted figures up to ``period``: the
    pace so far shaped by the measure's earlier years, with an interval. With ``indicator``,
    that indicator for the whole area and for each unit holding a target of its own."""
    chosen = selectors.plan_get(user=request.auth, code=plan)
    ind = None
    if indicator:
        ind = Indicator.objects.filter(goal__plan=chosen, code=indicator).first()
        if ind is None:
            raise Http404
    found = plan_forecasts(plan=chosen, upto=_period(period), indicator=ind, units=ind is not None)
    rows = []
    for r in found.rows:
        ends = r.completion_range
        rows.append(
            ForecastOut(
                indicator=r.indicator.code,
                unit=r.unit.code,
                target=plain(r.goal),
                forecast=plain(r.value),
                low=plain(r.low),
                high=plain(r.high),
                completion=plain(r.completion),
                completion_low=plain(ends[0]) if ends else None,
                completion_high=plain(ends[1]) if ends else None,
                will_miss=r.will_miss,
                method=r.forecast.method if r.forecast else None,
            )
        )
    return PlanForecastOut(
        plan=chosen.code, period=period, rate=plain(Decimal(str(found.rate))), forecasts=rows
    )
