from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from pacesetter.accounts.models import User
from pacesetter.core.periods import Period
from pacesetter.indicators.models import Indicator
from pacesetter.orgunits.models import OrgUnit
from pacesetter.reporting import services as rs
from pacesetter.validation.expressions import ExpressionError, evaluate, parse
from pacesetter.validation.models import ValidationRule

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("text", ["__import__('os')", "I10.value", "open('x')", "I10 ** 2",
                                  "[1, 2]", "children(I10, I11)", "lambda: 1"])
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
    ValidationRule.objects.create(plan=demo, name="单镇签约上限", left="I10", operator="<=",
                                  right="3", message="单个乡镇单月签约额不应超过3亿元")
    town = OrgUnit.objects.get(name="双城镇")
    actor = User.objects.get(username="reporter-shuangcheng")
    report = rs.report_open(actor=actor, plan=demo, orgunit=town, period=Period.parse("202311"))
    with pytest.raises(rs.ValidationFailed, match="不应超过3亿元"):
        rs.report_save_values(actor=actor, report=report,
                              values={Indicator.objects.get(code="I10"): (Decimal(4), "")})
    rs.report_save_values(actor=actor, report=report,
                          values={Indicator.objects.get(code="I10"): (Decimal("0.8"), "")})
