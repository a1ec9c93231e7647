"""``generate``: a deterministic synthetic world of a county, a city or a province, loaded
into an empty database for benchmarks (issue 11).

Structure (units, catalogue, plans, accounts, projects) goes through the project's services
and bulk creation with history (``world``). Figures, targets and reports — millions of rows —
go through the bulk path's own writers (``bulk_write._insert_rows``: COPY on PostgreSQL,
many-row INSERTs on SQLite), a county's worth at a time; each figure then gets its one
history row ("created by the system, version 1") in one set-based INSERT … SELECT."""

from __future__ import annotations

import sys
import time
from collections.abc import Iterable
from datetime import datetime, timedelta
from random import Random

from django.db import connection, transaction
from django.db.models import Count
from django.utils import timezone
from django.utils.translation import gettext as _
from tqdm import tqdm

from pacesetter.benchdata import world
from pacesetter.benchdata.scales import SCALES, kind_of
from pacesetter.benchdata.series import comparator, text, unit_series
from pacesetter.catalogue.models import Measure
from pacesetter.core.db import refresh_statistics
from pacesetter.core.exceptions import DomainError
from pacesetter.core.periods import Period, deadline, latest_closed_month
from pacesetter.datavalues import rollups
from pacesetter.datavalues.bulk_write import FIGURE_COLUMNS, _insert_rows, _table
from pacesetter.datavalues.models import DataValue, DataValueChange, MonthTotal
from pacesetter.indicators.models import Indicator, Target
from pacesetter.orgunits.models import OrgUnit
from pacesetter.plans.models import Goal, Plan
from pacesetter.reporting.models import Report

REASON = "基准数据（模拟）"
FLUSH = 200_000  # figures buffered before a write: a county's worth, bounded memory
TARGET_COLUMNS = ("indicator_id", "year", "orgunit_id", "comparator", "value", "is_growth")
REPORT_COLUMNS = ("orgunit_id", "period", "state", "due_date", "submitted_at", "version", "is_demo")
# The latest month is still being reported: most units accepted, some in review or drafting.
LATEST_STATES = (("accepted", 70), ("submitted", 10), ("signed", 5), ("draft", 15))
FIGURE_STATE = {"accepted": "accepted", "submitted": "submitted", "signed": "submitted"}


class NotEmpty(DomainError):
    def __init__(self, message: str):
        super().__init__("not_empty", message)


def generate(
    scale: str,
    years: int | None = None,
    seed: int = 1,
    progress: bool = True,
    end: Period | None = None,
    history: bool = True,
) -> dict:
    """Build the world of ``scale`` with ``years`` of monthly figures ending at ``end``;
    the counts of what was made. The same scale, years, seed and end give the same world.

    ``end`` defaults to the month after the latest closed one: that month is still being
    reported (some units drafting or in review), every month before it is accepted, so
    pages open on a complete month (``web.periods.default_period``)."""
    spec = SCALES[scale]
    years = years or spec.years
    end = end or latest_closed_month(timezone.localdate()).next()
    periods = [end.shift(-i) for i in reversed(range(years * 12))]
    _refuse_unless_empty()
    clock = _Clock()
    _autovacuum(False)
    with transaction.atomic():
        root = world.plan_tree(spec, Random(f"{seed}/tree"))
        root_unit = world.save_tree(root)
        measures = world.save_measures(spec.measures, owner=root_unit)
        plans = world.save_plans(root, measures, periods[0].year, end.year)
        accounts = world.save_accounts(root)
        months = [(p.year, p.number) for p in periods]
        projects = world.save_projects(root, plans, months, seed, spec.projects)
        clock.lap("structure")
        bar = tqdm(
            total=_expected(root, measures, periods),
            unit="fig",
            unit_scale=True,
            file=sys.stderr,
            desc=_("figures"),
            disable=not progress,
        )
        loader = _Loader(periods, measures, plans, seed, bar, frozen=_truncate_for_freeze())
        with bar:
            loader.visit(root)
            loader.flush()
        clock.lap("figures")
        changes = _history() if history else 0
        clock.lap("history")
        rollups.rebuild()  # the figures were accepted in bulk, not month by month
        clock.lap("month totals")
    _settle(frozen=loader.frozen)
    clock.lap("statistics")
    return _counts(root, scale, years, seed, periods, loader, changes, projects, accounts, clock)


def _refuse_unless_empty() -> None:
    if DataValue.objects.exists():
        raise NotEmpty(
            _(
                "The database already holds figures: benchmark data is generated only into an "
                "empty database (create and migrate a new one)."
            )
        )
    if OrgUnit.objects.filter(code=world.ROOT_CODE).exists():
        raise NotEmpty(_("The database already holds a generated world."))


class _Clock:
    def __init__(self) -> None:
        self.start = self.last = time.monotonic()
        self.laps: dict[str, float] = {}

    def lap(self, name: str) -> None:
        now = time.monotonic()
        self.laps[name] = round(now - self.last, 2)
        self.last = now


def _expected(root: world.Node, measures: list, periods: list) -> int:
    """Figures to come, for the progress bar: every measure for towns, the rates and
    milestones (not additive) for the units above them."""
    own = sum(not kind_of(i).additive for i in range(len(measures)))
    units = list(root.walk())
    towns = sum(n.kind == "township" for n in units)
    upper = sum(n.kind in world.LOWER for n in units)
    return len(periods) * (towns * len(measures) + upper * own)


class _Loader:
    """Walks the tree bottom-up: each reporting unit's figures and reports, each plan's
    targets (a unit's own, summed up the tree for additive measures: 目标分解)."""

    def __init__(
        self, periods: list[Period], measures: list, plans: dict, seed: int, bar: tqdm, frozen: bool
    ):
        self.measures, self.plans, self.seed, self.frozen = measures, plans, seed, frozen
        self.kinds = [kind_of(i) for i in range(len(measures))]
        self.years: list[tuple[int, list[int]]] = []
        for p in periods:
            if not self.years or self.years[-1][0] != p.year:
                self.years.append((p.year, []))
            self.years[-1][1].append(p.number)
        self.latest = str(periods[-1])
        self.now = connection.ops.adapt_datetimefield_value(timezone.now())
        self.dates = {str(p): _report_dates(p) for p in periods}
        self.figures: list[tuple] = []
        self.reports: list[tuple] = []
        self.count = {"figures": 0, "targets": 0, "reports": 0}
        self.bar = bar

    def visit(self, node: world.Node) -> dict[tuple[int, int], float]:
        """(measure index, year) → the unit's target, after writing everything below it."""
        if node.kind == "township":
            return self._own(node, range(len(self.measures)))
        below = [(child, self.visit(child)) for child in node.reporting_children()]
        totals = self._own(node, [i for i, k in enumerate(self.kinds) if not k.additive])
        for i, kind in enumerate(self.kinds):
            if kind.additive:
                for year, _months in self.years:
                    totals[(i, year)] = sum(t[(i, year)] for _c, t in below)
        self._targets(node, totals, below)
        return totals

    def _own(self, node: world.Node, indices: Iterable[int]) -> dict[tuple[int, int], float]:
        """The unit's own figures of ``indices`` and its reports; its targets for them."""
        rng = Random(f"{self.seed}/{node.code}")
        unit_id = node.saved.pk
        report = rng.choices([s for s, _w in LATEST_STATES], [w for _s, w in LATEST_STATES])[0]
        latest_state = FIGURE_STATE.get(report, "draft")
        targets, rows, now = {}, self.figures, self.now
        before = len(rows)
        for i in indices:
            kind, measure_id = self.kinds[i], self.measures[i].pk
            for year, values, target in unit_series(kind, rng, self.years):
                targets[(i, year)] = target
                for month, value in values:
                    period = f"{year}{month:02d}"
                    state = latest_state if period == self.latest else "accepted"
                    rows.append(
                        (
                            measure_id,
                            unit_id,
                            period,
                            text(kind, value),
                            "",
                            state,
                            1,
                            now,
                            None,
                            False,
                        )
                    )
        for period, (due, submitted) in self.dates.items():
            state = report if period == self.latest else "accepted"
            sent = None if state == "draft" else submitted
            self.reports.append((unit_id, period, state, due, sent, 1, False))
        self.bar.update(len(rows) - before)
        if len(rows) >= FLUSH:
            self.flush()
        return targets

    def _targets(self, node: world.Node, totals: dict, below: list) -> None:
        """The plan of ``node``: its plan-wide targets and each lower unit's share."""
        plan = self.plans[node.code]
        ids = dict(Indicator.objects.filter(goal__plan=plan).values_list("code", "pk"))
        rows = []
        for i, kind in enumerate(self.kinds):
            indicator, sign = ids[f"I{i + 1:03d}"], comparator(kind)
            for year, _months in self.years:
                rows.append((indicator, year, None, sign, text(kind, totals[(i, year)]), False))
                rows += [
                    (indicator, year, child.saved.pk, sign, text(kind, t[(i, year)]), False)
                    for child, t in below
                ]
        _insert_rows(Target, TARGET_COLUMNS, rows)
        self.count["targets"] += len(rows)

    def flush(self) -> None:
        if self.frozen:
            _copy_frozen(self.figures)
        else:
            _insert_rows(DataValue, FIGURE_COLUMNS, self.figures)
        _insert_rows(Report, REPORT_COLUMNS, self.reports)
        self.count["figures"] += len(self.figures)
        self.count["reports"] += len(self.reports)
        self.figures.clear()
        self.reports.clear()


def _truncate_for_freeze() -> bool:
    """PostgreSQL, in a transaction of our own: empty the (checked empty) figures table in
    it, so that COPY FREEZE may write the figures already frozen and all-visible — else a
    VACUUM after the load costs a third of a province's load time."""
    if connection.vendor != "postgresql" or connection.savepoint_ids:
        return False
    with connection.cursor() as cursor:
        cursor.execute(f"TRUNCATE {_table(DataValue)}, {_table(DataValueChange)}")
    return True


def _copy_frozen(rows: list[tuple]) -> None:
    """``bulk_write._copy`` with FREEZE (its statement takes no options)."""
    columns = ", ".join(FIGURE_COLUMNS)
    with connection.cursor() as cursor:
        statement = f"COPY {_table(DataValue)} ({columns}) FROM STDIN (FREEZE)"
        with cursor.cursor.copy(statement) as copy:
            for row in rows:
                copy.write_row(row)


def _report_dates(period: Period) -> tuple:
    """(due date, submitted at) of a month's reports as stored: sent two days early."""
    due = deadline(period)
    sent = timezone.make_aware(datetime.combine(due - timedelta(days=2), datetime.min.time()))
    ops = connection.ops
    return ops.adapt_datefield_value(due), ops.adapt_datetimefield_value(sent)


def _history() -> int:
    """One history row per figure (version 1, by the system), set-based in the database:
    the figures were just inserted and nothing else wrote any."""
    now = connection.ops.adapt_datetimefield_value(timezone.now())
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {_table(DataValueChange)} (datavalue_id, version, changed_at, "
            "changed_by_id, old_value, new_value, old_comment, new_comment, reason, channel) "
            f"SELECT id, 1, %s, NULL, NULL, value, '', '', %s, %s FROM {_table(DataValue)}",
            [now, REASON, DataValueChange.Channel.SYSTEM.value],
        )
        return cursor.rowcount


# Written by plain INSERTs, in a province some 30 million rows: vacuumed after the load.
INSERTED = (DataValueChange, MonthTotal, Report, Target)


def _autovacuum(enabled: bool) -> None:
    """PostgreSQL: autovacuum off on the bulk tables while they load. Started on a table half
    loaded, it held the ANALYZE after the load for 5.6 minutes of a province's 12.7."""
    if connection.vendor != "postgresql" or connection.in_atomic_block:
        return
    setting = "RESET (autovacuum_enabled)" if enabled else "SET (autovacuum_enabled = off)"
    with connection.cursor() as cursor:
        for model in (DataValue, *INSERTED):
            cursor.execute(f"ALTER TABLE {_table(model)} {setting}")


def _settle(*, frozen: bool) -> None:
    """After the load: statistics for the planner, and on PostgreSQL a VACUUM (unthrottled,
    unlike autovacuum's) of the tables plain INSERTs wrote — the figures too unless COPY
    FREEZE wrote them all-visible — so that the first benchmark reads get index-only scans,
    autovacuum finds nothing to do during them, and then autovacuum is back on."""
    refresh_statistics()
    if connection.vendor != "postgresql" or connection.in_atomic_block:
        return
    tables = ", ".join(_table(m) for m in (*INSERTED, *(() if frozen else (DataValue,))))
    with connection.cursor() as cursor:
        cursor.execute(f"VACUUM (ANALYZE) {tables}")
    _autovacuum(True)


def _counts(
    root: world.Node,
    scale: str,
    years: int,
    seed: int,
    periods: list[Period],
    loader: _Loader,
    changes: int,
    projects: int,
    accounts: dict[str, str],
    clock: _Clock,
) -> dict:
    units = OrgUnit.objects.filter(path__startswith=root.saved.path)
    plans = Plan.objects.filter(owner__path__startswith=root.saved.path)
    measures = Measure.objects.filter(code__regex=r"^B\d{3}$")
    return {
        "scale": scale,
        "years": years,
        "seed": seed,
        "periods": [str(periods[0]), str(periods[-1])],
        "units": dict(units.values_list("kind").annotate(n=Count("pk")).order_by("kind")),
        "measures": measures.count(),
        "aggregations": dict(
            measures.values_list("aggregation").annotate(n=Count("pk")).order_by("aggregation")
        ),
        "plans": plans.count(),
        "goals": Goal.objects.filter(plan__in=plans).count(),
        "indicators": Indicator.objects.filter(goal__plan__in=plans).count(),
        **loader.count,
        "history": changes,
        "projects": projects,
        "accounts": accounts,
        "plan_codes": {code: plan.code for code, plan in loader.plans.items()},
        "seconds": {**clock.laps, "total": round(time.monotonic() - clock.start, 2)},
    }
