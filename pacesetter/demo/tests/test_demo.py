from decimal import Decimal

import pytest

from pacesetter.accounts.models import RoleAssignment, User
from pacesetter.datavalues.models import DataValue, DataValueChange
from pacesetter.demo.loader import load_demo
from pacesetter.indicators.models import Indicator, Target
from pacesetter.orgunits.models import OrgUnit
from pacesetter.plans.models import Goal, Plan
from pacesetter.projects.models import Milestone, ProgressReport, Project
from pacesetter.reporting.models import Report

pytestmark = pytest.mark.django_db
MODELS = [OrgUnit, User, RoleAssignment, Plan, Goal, Indicator, Target, DataValue,
          DataValueChange, Project, Milestone, ProgressReport, Report]

SEED_TARGETS = {  # from the interview: name → (comparator, value, unit)
    "生物医药产业产值": (">", "20", "亿元"),
    "钢铁铸造产业产值": (">", "36", "亿元"),
    "刀剪产业产值": (">", "21", "亿元"),
    "僧服产业产值": ("=", "2.3", "亿元"),
    "新签约工业、服务业项目投资": (">=", "30", "亿元"),
    "3A级旅游景区创建": (">=", "3", "个"),
    "特色民宿建设": (">=", "6", "个"),
    "特色文化街区建设": (">=", "2", "条"),
    "重点项目开工个数": (">=", "130", "个"),
}


def test_loading_twice_leaves_one_copy_and_no_new_history():
    load_demo()
    counts = {m.__name__: m.objects.count() for m in MODELS}
    history = Plan.history.count()
    load_demo()
    assert {m.__name__: m.objects.count() for m in MODELS} == counts
    assert Plan.history.count() == history == Plan.objects.count()


def test_every_seed_target_is_an_indicator_with_its_plan_target(demo):
    for name, (comparator, value, unit) in SEED_TARGETS.items():
        target = Target.objects.get(indicator__name=name, orgunit=None, year=2023)
        assert (target.comparator, target.value, target.indicator.unit) == (
            comparator, Decimal(value), unit), name


def test_qualitative_commitments_are_milestone_indicators(demo):
    milestones = set(Indicator.objects.filter(value_type="milestone").values_list("name", flat=True))
    assert {"创建省级全域旅游示范县", "推动温福高铁“过境设站”", "“华夏剪纸城”定位打造"} <= milestones


def test_named_works_are_projects(demo):
    names = set(Project.objects.values_list("name", flat=True))
    for work in ("职业中专学校整体搬迁", "教师进修学校整体搬迁", "柘荣二中整体搬迁", "县医院整体搬迁"):
        assert work in names
    assert any("一区三园" in n for n in names)


def test_towns_differ_in_pace_so_some_are_ahead_and_some_behind(demo):
    indicator = Indicator.objects.get(name="新签约工业、服务业项目投资")
    shares = []
    for target in Target.objects.filter(indicator=indicator).exclude(orgunit=None):
        done = sum(DataValue.objects.filter(indicator=indicator, orgunit=target.orgunit)
                   .values_list("value", flat=True))
        shares.append(done / target.value)
    expected = Decimal(10) / 12
    assert any(s > expected for s in shares) and any(s < expected * Decimal("0.9") for s in shares)


def test_simulated_values_are_marked_as_demo_data(demo):
    assert DataValue.objects.filter(is_demo=False).count() == 0
    assert set(DataValue.objects.values_list("period", flat=True)) == {
        f"2023{m:02d}" for m in range(1, 11)}
