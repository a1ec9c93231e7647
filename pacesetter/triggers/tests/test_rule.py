from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from pacesetter.triggers.demo import load_demo_rules
from pacesetter.triggers.models import Rule
from pacesetter.triggers.tests.worlds import county

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("kind", "threshold"),
    [
        (Rule.Kind.RED_MONTHS, "1.5"),
        (Rule.Kind.RED_MONTHS, "0"),
        (Rule.Kind.RED_MONTHS, "13"),
        (Rule.Kind.INVESTMENT_BEHIND, "0"),
    ],
)
def test_a_threshold_that_makes_no_sense_is_refused_with_a_message(kind, threshold):
    w = county()
    with pytest.raises(ValidationError) as refused:
        Rule(plan=w["plan"], kind=kind, threshold=Decimal(threshold)).full_clean()
    assert refused.value.message_dict["threshold"]


def test_the_demo_rules_are_loaded_once_however_often_the_demo_is():
    w = county()
    load_demo_rules(w["plan"])
    load_demo_rules(w["plan"])
    rules = Rule.objects.filter(plan=w["plan"])
    assert sorted(rules.values_list("kind", "threshold")) == [
        ("investment_behind", Decimal(10)),
        ("milestone_overdue", Decimal(0)),
        ("red_months", Decimal(2)),
    ]
