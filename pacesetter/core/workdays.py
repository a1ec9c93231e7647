"""Working days and office hours on the Chinese public-holiday calendar.

Service levels ("first response within 4 working hours, resolved within 5 working days")
count only office hours of working days. ``chinese_calendar`` knows the State Council's
holidays and the make-up Saturdays and Sundays (调休); for years it has no data for, Monday
to Friday are taken as working days.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import chinese_calendar  # type: ignore[import-untyped]
from django.conf import settings
from django.utils import timezone

DEFAULT_OFFICE_HOURS = (("08:30", "12:00"), ("14:30", "17:30"))
# A bound on the days searched for the next working day: no holiday lasts this long.
MAX_DAYS_OFF = 30


def is_workday(d: date) -> bool:
    """A working day: a make-up weekend day counts, a public holiday does not."""
    try:
        return bool(chinese_calendar.is_workday(d))
    except NotImplementedError:  # a year the library has no data for
        return d.weekday() < 5


def office_windows() -> list[tuple[time, time]]:
    """The office hours of a working day, from ``PACESETTER_OFFICE_HOURS``, in order."""
    spans = getattr(settings, "PACESETTER_OFFICE_HOURS", DEFAULT_OFFICE_HOURS)
    return sorted((time.fromisoformat(start), time.fromisoformat(end)) for start, end in spans)


def hours_per_day() -> float:
    return sum(_seconds(start, end) for start, end in office_windows()) / 3600


def next_workday(d: date) -> date:
    """The first working day after ``d``."""
    for offset in range(1, MAX_DAYS_OFF + 1):
        if is_workday(d + timedelta(days=offset)):
            return d + timedelta(days=offset)
    raise ValueError(f"no working day within {MAX_DAYS_OFF} days after {d}")


def add_working_hours(start: datetime, hours: float) -> datetime:
    """The moment ``hours`` office hours after ``start`` (local time, aware)."""
    moment = _local(start)
    left = timedelta(hours=hours)
    if left <= timedelta(0):
        return moment
    day = moment.date()
    if not is_workday(day):
        day = next_workday(day)
    while True:
        for opens, closes in _windows_on(day):
            begin = max(opens, moment)
            if begin >= closes:
                continue
            if begin + left <= closes:
                return begin + left
            left -= closes - begin
        day = next_workday(day)


def add_working_days(start: datetime, days: int) -> datetime:
    """The close of the ``days``-th working day after the day of ``start``; with 0, the close
    of that day (or of the next working day when it is not one). The day of filing is not
    counted, as a time limit runs from the next day."""
    day = _local(start).date()
    if days <= 0:
        if not is_workday(day):
            day = next_workday(day)
    else:
        for _ in range(days):
            day = next_workday(day)
    return _windows_on(day)[-1][1]


def working_hours_between(a: datetime, b: datetime) -> float:
    """Office hours elapsed from ``a`` to ``b`` (0 when ``b`` is not after ``a``)."""
    a, b = _local(a), _local(b)
    if b <= a:
        return 0.0
    total = timedelta(0)
    day = a.date()
    while day <= b.date():
        if is_workday(day):
            for opens, closes in _windows_on(day):
                begin, end = max(opens, a), min(closes, b)
                if end > begin:
                    total += end - begin
        day += timedelta(days=1)
    return total.total_seconds() / 3600


def working_days_between(a: datetime, b: datetime) -> float:
    """Elapsed office hours from ``a`` to ``b`` counted in full working days."""
    return working_hours_between(a, b) / hours_per_day()


def _local(moment: datetime) -> datetime:
    if timezone.is_naive(moment):
        return timezone.make_aware(moment)
    return timezone.localtime(moment)


def _windows_on(day: date) -> list[tuple[datetime, datetime]]:
    return [
        (
            timezone.make_aware(datetime.combine(day, opens)),
            timezone.make_aware(datetime.combine(day, closes)),
        )
        for opens, closes in office_windows()
    ]


def _seconds(start: time, end: time) -> float:
    return (datetime.combine(date.min, end) - datetime.combine(date.min, start)).total_seconds()
