from datetime import date, datetime

import pytest
from django.utils import timezone
from hypothesis import given, settings
from hypothesis import strategies as st

from pacesetter.core.workdays import (
    add_working_days,
    add_working_hours,
    is_workday,
    working_days_between,
    working_hours_between,
)


def at(*args) -> datetime:
    return timezone.make_aware(datetime(*args))


@pytest.mark.parametrize(
    ("day", "working"),
    [
        (date(2023, 9, 28), True),  # the Thursday before 国庆
        (date(2023, 9, 29), False),  # 中秋, first day of the holiday
        (date(2023, 10, 2), False),  # a Monday inside the holiday
        (date(2023, 10, 6), False),  # last day of the holiday
        (date(2023, 10, 7), True),  # make-up Saturday
        (date(2023, 10, 8), True),  # make-up Sunday
        (date(2023, 10, 14), False),  # an ordinary Saturday
        (date(2030, 1, 5), False),  # no holiday data for 2030: a Saturday is a day off
        (date(2030, 1, 7), True),  # and a Monday a working day
    ],
)
def test_working_days_follow_the_public_holiday_calendar(day, working):
    assert is_workday(day) is working


def test_hours_left_before_the_holiday_carry_over_to_the_make_up_saturday():
    # 1.5 hours on Thursday afternoon, the remaining 2.5 on Saturday 7 October morning.
    assert add_working_hours(at(2023, 9, 28, 16, 0), 4) == at(2023, 10, 7, 11, 0)


def test_hours_from_inside_the_holiday_start_when_the_office_opens():
    assert add_working_hours(at(2023, 10, 1, 10, 0), 1) == at(2023, 10, 7, 9, 30)


def test_the_lunch_break_and_the_night_are_not_counted():
    assert add_working_hours(at(2023, 10, 9, 12, 30), 1) == at(2023, 10, 9, 15, 30)
    assert add_working_hours(at(2023, 10, 9, 8, 30), 3.5) == at(2023, 10, 9, 12, 0)
    assert add_working_hours(at(2023, 10, 9, 17, 0), 1) == at(2023, 10, 10, 9, 0)


def test_working_days_count_from_the_next_day_and_end_at_closing_time():
    # 10-07, 10-08 (make-up days), 10-09, 10-10, 10-11.
    assert add_working_days(at(2023, 9, 28, 15, 0), 5) == at(2023, 10, 11, 17, 30)
    assert add_working_days(at(2023, 10, 2, 9, 0), 0) == at(2023, 10, 7, 17, 30)
    assert add_working_days(at(2023, 10, 9, 9, 0), 0) == at(2023, 10, 9, 17, 30)


def test_years_without_holiday_data_skip_weekends():
    assert add_working_days(at(2030, 1, 4, 17, 0), 1) == at(2030, 1, 7, 17, 30)


def test_hours_between_count_office_hours_only():
    assert working_hours_between(at(2023, 9, 28, 16, 0), at(2023, 10, 7, 11, 0)) == 4.0
    assert working_hours_between(at(2023, 10, 9, 11, 0), at(2023, 10, 9, 15, 30)) == 2.0
    assert working_hours_between(at(2023, 10, 9, 15, 0), at(2023, 10, 9, 9, 0)) == 0.0
    # 6.5 office hours make a working day: Thursday 08:30 to the holiday = one day.
    assert working_days_between(at(2023, 9, 28, 8, 30), at(2023, 10, 6, 12, 0)) == 1.0


def test_office_hours_come_from_the_settings(settings):
    settings.PACESETTER_OFFICE_HOURS = [("09:00", "17:00")]
    assert add_working_hours(at(2023, 10, 9, 9, 0), 8) == at(2023, 10, 9, 17, 0)
    assert add_working_days(at(2023, 10, 9, 9, 0), 1) == at(2023, 10, 10, 17, 0)


moments = st.datetimes(min_value=datetime(2022, 1, 1), max_value=datetime(2031, 12, 1)).map(
    timezone.make_aware
)


@settings(max_examples=60, deadline=None)
@given(moments, st.integers(min_value=1, max_value=60))
def test_adding_hours_and_measuring_them_agree(start, hours):
    end = add_working_hours(start, hours)
    assert working_hours_between(start, end) == pytest.approx(hours)
