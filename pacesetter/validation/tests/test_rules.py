from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from pacesetter.accounts.models import User
from pacesetter.catalogue.models import Measure
from pacesetter.core.periods import Period
from pacesetter.datavalues.models import DataValue
from pacesetter.orgunits.models import OrgUnit
from pacesetter.plans.models import Plan
from pacesetter.reporting import services as rs
from pacesetter.validation.expressions import ExpressionError, evaluate, parse
from pacesetter.validation.models import ValidationRule

pytestmark = pytest.mark.django_db
NOV = Period.parse("202311")


@pytest.mark.parametrize(
    "text",
    [
        "__import__('os')",
        "I10.value",
        "open('x')",
        "I10 ** 2",
        "[1, 2]",
        "children(I10, I11)",
        "lambda: 1",
    ],
)
def test_anything_but_arithmetic_over_codes_is_refused(text):
    with pytest.raises(ExpressionError):
        parse(text)


def test_expressions_evaluate_with_looked_up_figures():
    values = {("", "A"): Decimal(3), ("children", "A"): Decimal(10), ("previous", "A"): None}
    assert evaluate(parse("(A + 1) * 2"), lambda f, c: values[(f, c)]) == Decimal(8)
    assert evaluate(parse("children(A) - A"), lambda f, c: values[(f, c)]) == Decimal(7)
    assert evaluate(parse("previous(A) + 1"), lambda f, c: values[(f, c)]) is None


def test_a_rule_that_cannot_be_read_is_refused_on_the_form(demo):
    rule = ValidationRule(plan=demo, name="x", left="I10 +", operator="<=", right="5")
    with pytest.raises(ValidationError) as err:
        rule.full_clean()
    assert "left" in err.value.message_dict


def test_a_plan_rule_blocks_a_figure_that_breaks_it(demo):
    ValidationRule.objects.create(
        plan=demo,
        name="单镇签约上限",
        left="I10",
        operator="<=",
        right="3",
        message="单个乡镇单月签约额不应超过3亿元",
    )
    town = OrgUnit.objects.get(name="双城镇")
    actor = User.objects.get(username="reporter-shuangcheng")
    investment = Measure.objects.get(code="ZR-I10")
    with pytest.raises(rs.ValidationFailed, match="不应超过3亿元"):
        rs.report_save_values(
            actor=actor, orgunit=town, period=NOV, values={investment: (Decimal(4), "")}
        )
    assert not DataValue.objects.filter(measure=investment, period="202311").exists()
    rs.report_save_values(
        actor=actor, orgunit=town, period=NOV, values={investment: (Decimal("0.8"), "")}
    )
    assert DataValue.objects.get(
        measure=investment, orgunit=town, period="202311"
    ).value == Decimal("0.8")


def test_the_rules_of_every_plan_tracking_the_measure_apply(demo):
    # The city plan's N1 counts the same measure as Zherong's I10: its rule, written over
    # its own code, checks the figure a Zherong township enters once for both plans.
    city = Plan.objects.get(code="ningde-2023")
    ValidationRule.objects.create(
        plan=city,
        name="乡镇签约上限",
        left="N1",
        operator="<=",
        right="2",
        message="市计划：单个乡镇单月签约额不超过2亿元",
    )
    fuxi = OrgUnit.objects.get(name="富溪镇")
    actor = User.objects.get(username="reporter-fuxi")
    investment = Measure.objects.get(code="ZR-I10")
    with pytest.raises(rs.ValidationFailed, match="市计划") as err:
        rs.report_save_values(
            actor=actor, orgunit=fuxi, period=NOV, values={investment: (Decimal("2.5"), "")}
        )
    assert "ZR-I10" in err.value.fields
