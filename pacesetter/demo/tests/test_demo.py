from decimal import Decimal

import pytest

from pacesetter.accounts.models import RoleAssignment, User
from pacesetter.catalogue.models import Measure
from pacesetter.core import policy
from pacesetter.datavalues.models import DataValue, DataValueChange
from pacesetter.demo import units
from pacesetter.demo.loader import load_demo
from pacesetter.indicators.models import Indicator, Target
from pacesetter.orgunits.models import OrgUnit
from pacesetter.plans.models import Goal, Plan
from pacesetter.projects.models import Milestone, ProgressReport, Project
from pacesetter.reporting.models import Report

pytestmark = pytest.mark.django_db
MODELS = [
    OrgUnit,
    User,
    RoleAssignment,
    Plan,
    Goal,
    Measure,
    Indicator,
    Target,
    DataValue,
    DataValueChange,
    Project,
    Milestone,
    ProgressReport,
    Report,
]

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


def _snapshot() -> dict:
    """What a user of the demo would notice: how many of everything, each figure's value
    and version, each report's state."""
    return {
        "counts": {m.__name__: m.objects.count() for m in MODELS},
        "figures": set(
            DataValue.objects.values_list(
                "measure__code", "orgunit__code", "period", "value", "version", "state"
            )
        ),
        "reports": set(Report.objects.values_list("orgunit__code", "period", "state")),
    }


def test_loading_twice_leaves_one_copy_and_no_new_history():
    load_demo()
    before = _snapshot()
    history = Plan.history.count()
    load_demo()
    assert _snapshot() == before
    assert Plan.history.count() == history == Plan.objects.count()


def test_every_seed_target_is_an_indicator_with_its_plan_target(demo):
    for name, (comparator, value, unit) in SEED_TARGETS.items():
        target = Target.objects.get(indicator__name=name, orgunit=None, year=2023)
        assert (target.comparator, target.value, target.indicator.unit) == (
            comparator,
            Decimal(value),
            unit,
        ), name


def test_qualitative_commitments_are_milestone_indicators(demo):
    milestones = set(
        Indicator.objects.filter(measure__value_type="milestone").values_list("name", flat=True)
    )
    assert {
        "创建省级全域旅游示范县",
        "推动温福高铁“过境设站”",
        "“华夏剪纸城”定位打造",
    } <= milestones


def test_named_works_are_projects(demo):
    names = set(Project.objects.values_list("name", flat=True))
    for work in (
        "职业中专学校整体搬迁",
        "教师进修学校整体搬迁",
        "柘荣二中整体搬迁",
        "县医院整体搬迁",
    ):
        assert work in names
    assert any("一区三园" in n for n in names)


def test_towns_differ_in_pace_so_some_are_ahead_and_some_behind(demo):
    indicator = Indicator.objects.get(name="新签约工业、服务业项目投资")
    shares = []
    for target in Target.objects.filter(indicator=indicator).exclude(orgunit=None):
        done = sum(
            DataValue.objects.filter(measure=indicator.measure, orgunit=target.orgunit).values_list(
                "value", flat=True
            )
        )
        shares.append(done / target.value)
    expected = Decimal(10) / 12
    assert any(s > expected for s in shares) and any(s < expected * Decimal("0.9") for s in shares)


def test_simulated_values_are_marked_as_demo_data(demo):
    assert DataValue.objects.filter(is_demo=False).count() == 0
    assert set(DataValue.objects.values_list("period", flat=True)) == {
        f"2023{m:02d}" for m in range(1, 11)
    }


def test_the_city_plan_reads_the_figures_zherongs_townships_enter_once(demo):
    shared = Measure.objects.get(code="ZR-I10")
    n1 = Indicator.objects.get(goal__plan__code="ningde-2023", code="N1")
    i10 = Indicator.objects.get(goal__plan__code="zherong-2023", code="I10")
    assert n1.measure == i10.measure == shared
    zherong = OrgUnit.objects.get(code=units.ZHERONG)
    in_zherong = DataValue.objects.filter(measure=shared, orgunit__path__startswith=zherong.path)
    # 柘荣县 enters nothing of its own: the city reads the sum of its townships.
    assert not in_zherong.filter(orgunit=zherong).exists()
    towns = {code for code, _name in units.TOWNSHIPS}
    assert set(in_zherong.values_list("orgunit__code", flat=True)) == towns
    assert in_zherong.count() == len(towns) * 10  # one figure per town and month, not per plan
    # The other eight counties have no plan of their own in the demo and report to the city.
    others = set(
        DataValue.objects.filter(measure=shared)
        .exclude(orgunit__path__startswith=zherong.path)
        .values_list("orgunit__code", flat=True)
    )
    assert others == {code for code, _name in units.COUNTIES} - {units.ZHERONG}


def test_every_township_has_a_reporter_who_may_enter_its_figures(demo):
    for code, name in units.TOWNSHIPS:
        town = OrgUnit.objects.get(code=code)
        reporters = User.objects.filter(roles__role="reporter", roles__orgunit=town)
        assert reporters.exists(), name
        assert all(policy.can(u, policy.ENTER, town) for u in reporters), name
