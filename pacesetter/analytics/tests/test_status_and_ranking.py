from decimal import Decimal as D

import pytest

from pacesetter.analytics.ranking import composite, growth, ranking, ranks
from pacesetter.analytics.status import (
    GREEN,
    MET,
    MISSING,
    RED,
    YELLOW,
    assess,
    assess_milestone,
    expected_share,
)
from pacesetter.core.periods import Period

P = Period.parse


def test_expected_is_the_share_of_the_year_elapsed_or_the_profile():
    assert expected_share(period=P("202306"), year=2023) == D("0.5")
    profile = [0.02, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1]
    assert expected_share(period=P("202306"), year=2023, profile=profile) == D("0.4")
    assert expected_share(period=P("202306"), year=2023, time_bound=False) == 1


@pytest.mark.parametrize(
    ("actual", "status"),
    [
        ("9", GREEN),  # 45% done at 41.7% of the year
        ("7.8", YELLOW),  # 39%: 2.7 points behind, within 5
        ("6", RED),  # 30%: 11.7 points behind
        ("21", MET),  # a target met early
    ],
)
def test_higher_is_better_status(actual, status):
    got = assess(actual=D(actual), comparator=">=", target=D(20), expected=D(5) / 12)
    assert got.status == status


def test_strictly_more_than_is_not_met_at_the_figure_itself():
    assert assess(actual=D(20), comparator=">", target=D(20), expected=D(1)).status != MET
    assert assess(actual=D(20), comparator=">=", target=D(20), expected=D(1)).status == MET


def test_lower_is_better_falls_behind_by_overspending_the_allowance():
    half = D("0.5")
    assert (
        assess(
            actual=D(40), comparator="<=", target=D(100), expected=half, lower_is_better=True
        ).status
        == GREEN
    )
    assert (
        assess(
            actual=D(53), comparator="<=", target=D(100), expected=half, lower_is_better=True
        ).status
        == YELLOW
    )
    assert (
        assess(
            actual=D(70), comparator="<=", target=D(100), expected=half, lower_is_better=True
        ).status
        == RED
    )
    assert (
        assess(
            actual=D(90),
            comparator="<=",
            target=D(100),
            expected=D(1),
            lower_is_better=True,
            year_over=True,
        ).status
        == MET
    )


def test_missing_only_after_the_deadline():
    assert (
        assess(actual=None, comparator=">=", target=D(1), expected=D(1), overdue=True).status
        == MISSING
    )
    assert assess(actual=None, comparator=">=", target=D(1), expected=D(1)).status == GREEN


def test_tolerance_is_a_plan_setting():
    got = assess(actual=D("7.8"), comparator=">=", target=D(20), expected=D(5) / 12, tolerance=D(2))
    assert got.status == RED


def test_milestones_turn_yellow_in_the_last_quarter_and_red_after_the_year():
    assert assess_milestone(achieved=False, period=P("202306"), year=2023).status == GREEN
    assert assess_milestone(achieved=False, period=P("202310"), year=2023).status == YELLOW
    assert assess_milestone(achieved=False, period=P("202401"), year=2023).status == RED
    assert assess_milestone(achieved=True, period=P("202302"), year=2023).status == MET


def test_ties_share_a_rank_and_missing_scores_are_unranked():
    assert ranks({1: D(3), 2: D(5), 3: D(3), 4: None}) == {2: 1, 1: 2, 3: 2, 4: None}


def test_movement_counts_places_gained():
    rows = {r.unit_id: r for r in ranking({1: D(9), 2: D(8), 3: D(7)}, {1: D(1), 2: D(8), 3: D(9)})}
    assert (rows[1].rank, rows[1].movement) == (1, 2)
    assert rows[3].movement == -2 and rows[2].movement == 0


def test_composite_weights_and_caps_ratios():
    assert composite([(D(1), D("1.0")), (D(3), D("0.6"))]) == D("0.7")
    assert composite([(D(1), D(5)), (D(1), D("0.2"))]) == D("0.7")  # 5 is capped at 1.2
    assert composite([(D(1), None)]) is None


def test_growth_year_on_year_and_month_on_month():
    assert growth(D(110), D(100)) == D("0.1")
    assert growth(D(90), D(100)) == D("-0.1")
    assert growth(D(1), D(0)) is None and growth(None, D(1)) is None
