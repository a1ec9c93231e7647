from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied
from pacesetter_extraction import read_document

from pacesetter.core.exceptions import DomainError
from pacesetter.indicators.models import Indicator, Target
from pacesetter.orgunits.models import OrgUnit
from pacesetter.planimport import services
from pacesetter.planimport.models import Candidate
from pacesetter.planimport.tests.conftest import INLINE
from pacesetter.plans.models import Goal, Plan
from pacesetter.projects.models import Project

pytestmark = pytest.mark.django_db
SEED_TARGETS = {
    "生物医药产业产值": "亿元",
    "钢铁铸造产业产值": "亿元",
    "刀剪产业产值": "亿元",
    "僧服产业产值": "亿元",
    "3A级旅游景区": "个",
    "特色民宿": "个",
    "特色文化街区": "条",
    "新签约工业、服务业项目投资": "亿元",
}


def _live_rows() -> tuple[int, ...]:
    return tuple(m.objects.count() for m in (Goal, Indicator, Target, Project))


def _by_name(draft) -> dict[str, Candidate]:
    return {c.name: c for c in draft.candidates.all()}


def _ready(draft, actor, unit_code="ZR-FGJ"):
    services.candidates_accept_pending(actor=actor, draft=draft)
    services.lead_unit_fill(actor=actor, draft=draft, unit=OrgUnit.objects.get(code=unit_code))


def test_the_seed_becomes_a_draft_of_candidates_and_nothing_live(seed_path, users, county):
    before = _live_rows()
    draft = services.draft_from_file(
        actor=users["office"], source=seed_path, file_name=seed_path.name, owner=county, year=2023
    )
    plan = draft.plan
    title = "深學爭優 敢為爭先 實干爭效 | 專訪柘榮縣委書記張曉容"  # the headline, debris gone
    assert (plan.status, plan.name, plan.owner) == ("draft", title, county)
    assert plan.source_text == read_document(seed_path)
    targets = {c.name: c for c in draft.candidates.filter(kind="target")}
    assert {name: c.unit for name, c in targets.items()} == SEED_TARGETS
    assert targets["生物医药产业产值"].value == Decimal(20)
    assert targets["生物医药产业产值"].extracted["unit"] == "億元"  # as the document writes it
    milestones = set(draft.candidates.filter(kind="milestone").values_list("name", flat=True))
    assert "创建省级全域旅游示范县" in milestones
    assert draft.candidates.filter(kind="project").count() >= 4
    for c in draft.candidates.all():
        assert plan.source_text[c.start : c.end] == c.quote
        assert c.status == "pending" and c.lead_unit is None
    assert _live_rows() == before


def test_the_seed_activates_into_its_indicators(seed_path, users, county):
    office = users["office"]
    draft = services.draft_from_file(
        actor=office, source=seed_path, file_name=seed_path.name, owner=county, year=2023
    )
    projects = list(draft.candidates.filter(kind="project").order_by("number"))
    for other in projects[1:]:
        services.candidate_merge(actor=office, candidate=other, into=projects[0])
    _ready(draft, office, "ZR-GXJ")
    plan = services.draft_activate(actor=office, draft=draft)
    names = set(Indicator.objects.filter(goal__plan=plan).values_list("name", flat=True))
    assert set(SEED_TARGETS) <= names and "创建省级全域旅游示范县" in names
    assert Project.objects.filter(plan=plan).count() == 1
    assert Plan.objects.get(pk=plan.pk).status == "active"


def test_a_short_text_gives_typed_candidates(inline_draft):
    c = _by_name(inline_draft)
    growth, money, count = c["地区生产总值增速"], c["规上工业产值"], c["新建智慧农业示范基地"]
    assert (growth.is_growth, growth.unit, growth.comparator, growth.value) == (True, "%", ">=", 7)
    assert (money.unit, money.comparator, money.value, money.year) == ("亿元", ">", 50, 2023)
    assert (count.unit, count.value) == ("个", 5)
    assert c["创建国家级生态文明示范县"].kind == "milestone"
    assert {"城南片区旧城改造工程", "县城污水处理厂扩建工程"} <= set(c)
    assert not any("固定资产投资" in name for name in c)  # 去年完成… is a past figure


def test_edits_and_decisions_are_kept_in_history(inline_draft, users):
    office = users["office"]
    money = _by_name(inline_draft)["规上工业产值"]
    services.candidate_update(
        actor=office,
        candidate=money,
        changes={
            "name": "规模以上工业产值",
            "value": Decimal("52"),
            "unit": "亿元",
            "comparator": ">=",
        },
    )
    services.candidate_set_status(actor=office, candidate=money, status="accepted")
    services.candidate_set_status(actor=office, candidate=money, status="rejected")
    money.refresh_from_db()
    assert (money.name, money.value, money.comparator, money.status) == (
        "规模以上工业产值",
        52,
        ">=",
        "rejected",
    )
    history = list(money.history.order_by("history_date"))
    assert [h.history_change_reason for h in history] == [
        "extracted",
        "edited",
        "accepted",
        "rejected",
    ]
    assert history[0].name == "规上工业产值" and history[-1].history_user == office
    with pytest.raises(DomainError):
        services.candidate_set_status(actor=office, candidate=money, status="merged")


def test_merging_folds_one_candidate_into_another(inline_draft, users):
    office = users["office"]
    c = _by_name(inline_draft)
    keep, other = c["城南片区旧城改造工程"], c["县城污水处理厂扩建工程"]
    other.lead_unit = OrgUnit.objects.get(code="ZR-ZJJ")
    other.save()
    services.candidate_merge(actor=office, candidate=other, into=keep)
    other.refresh_from_db()
    keep.refresh_from_db()
    assert (other.status, other.merged_into, keep.lead_unit.code) == ("merged", keep, "ZR-ZJJ")
    with pytest.raises(DomainError, match="same kind"):
        services.candidate_merge(actor=office, candidate=c["地区生产总值增速"], into=keep)
    with pytest.raises(DomainError, match="merged"):
        services.candidate_set_status(actor=office, candidate=other, status="accepted")
    _ready(inline_draft, office)
    plan = services.draft_activate(actor=office, draft=inline_draft)
    project = Project.objects.get(plan=plan)
    assert project.name == "城南片区旧城改造工程" and project.total_investment == 0
    assert project.source_quote == "城南片区旧城改造工程\n县城污水处理厂扩建工程"


def test_activation_creates_goals_indicators_targets_and_projects(inline_draft, users):
    office = users["office"]
    rejected = _by_name(inline_draft)["新建智慧农业示范基地"]
    services.candidate_set_status(actor=office, candidate=rejected, status="rejected")
    _ready(inline_draft, office)
    plan = services.draft_activate(actor=office, draft=inline_draft)
    plan.refresh_from_db()
    assert plan.status == "active" and inline_draft.activated_at is not None
    goals = list(Goal.objects.filter(plan=plan).order_by("path"))
    assert [(g.code, g.depth) for g in goals] == [("G1", 1), ("G1.1", 2), ("G1.2", 2)]
    indicators = {i.name: i for i in Indicator.objects.filter(goal__plan=plan)}
    assert set(indicators) == {"地区生产总值增速", "规上工业产值", "创建国家级生态文明示范县"}
    growth, money = indicators["地区生产总值增速"], indicators["规上工业产值"]
    assert (growth.unit, growth.value_type, growth.aggregation) == ("%", "percent", "last")
    assert (money.unit, money.value_type, money.aggregation) == ("亿元", "number", "cumulative")
    assert money.source_quote == "规上工业产值突破50亿元" and money.lead_unit.code == "ZR-FGJ"
    assert money.goal.code == "G1.1"
    target = Target.objects.get(indicator=growth)
    assert (target.year, target.comparator, target.value, target.is_growth) == (2023, ">=", 7, True)
    milestone = indicators["创建国家级生态文明示范县"]
    assert (milestone.unit, milestone.value_type) == ("是/否", "milestone")
    assert milestone.goal.code == "G1.2"
    assert Target.objects.get(indicator=milestone).value == 1
    assert Project.objects.filter(plan=plan).count() == 2
    with pytest.raises(DomainError, match="already been activated"):
        services.draft_activate(actor=office, draft=inline_draft)


def test_counts_are_counted_and_later_years_widen_the_plan(inline_draft, users):
    office = users["office"]
    count = _by_name(inline_draft)["新建智慧农业示范基地"]
    services.candidate_update(actor=office, candidate=count, changes={"year": 2025})
    _ready(inline_draft, office)
    plan = services.draft_activate(actor=office, draft=inline_draft)
    indicator = Indicator.objects.get(goal__plan=plan, name="新建智慧农业示范基地")
    assert (indicator.value_type, indicator.aggregation) == ("count", "last")
    assert indicator.targets.get().year == 2025
    assert (plan.first_year, plan.last_year) == (2023, 2025)


def test_activation_is_refused_without_accepted_candidates(inline_draft, users):
    before = _live_rows()
    with pytest.raises(services.ActivationRefused, match="Accept at least one"):
        services.draft_activate(actor=users["office"], draft=inline_draft)
    assert _live_rows() == before
    assert Plan.objects.get(pk=inline_draft.plan.pk).status == "draft"


def test_activation_names_the_candidate_without_a_lead_unit(inline_draft, users):
    office = users["office"]
    services.candidates_accept_pending(actor=office, draft=inline_draft)
    money = _by_name(inline_draft)["规上工业产值"]
    for c in inline_draft.candidates.exclude(pk=money.pk):
        services.candidate_update(
            actor=office, candidate=c, changes={"lead_unit": OrgUnit.objects.get(code="ZR-FGJ")}
        )
    before = _live_rows()
    with pytest.raises(services.ActivationRefused) as refused:
        services.draft_activate(actor=office, draft=inline_draft)
    assert refused.value.problems == [
        f"Candidate #{money.number} “规上工业产值” has no lead unit: choose one."
    ]
    assert _live_rows() == before
    assert Plan.objects.get(pk=inline_draft.plan.pk).status == "draft"


def test_activation_names_a_target_whose_unit_is_unknown(inline_draft, users):
    office = users["office"]
    money = _by_name(inline_draft)["规上工业产值"]
    services.candidate_update(actor=office, candidate=money, changes={"unit": ""})
    _ready(inline_draft, office)
    with pytest.raises(services.ActivationRefused, match=f"#{money.number} “规上工业产值”.*unit"):
        services.draft_activate(actor=office, draft=inline_draft)


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"", "empty"),
        (bytes(range(256)) * 40, "could not be read"),
        (b"   \n ", "no readable text"),
    ],
)
def test_an_unreadable_file_creates_nothing(users, county, data, reason):
    plans = Plan.objects.count()
    with pytest.raises(services.ImportRefused, match=reason):
        services.draft_from_file(
            actor=users["office"], source=data, file_name="plan.txt", owner=county, year=2023
        )
    assert Plan.objects.count() == plans


def test_a_text_without_candidates_creates_nothing(users, county):
    plans = Plan.objects.count()
    with pytest.raises(services.ImportRefused, match="No targets"):
        services.draft_from_text(
            actor=users["office"], text="天气很好。", owner=county, year=2023, name="空"
        )
    assert Plan.objects.count() == plans


def test_only_the_plan_office_of_the_owning_unit_may_import_or_review(inline_draft, users, county):
    for name in ("leader", "reporter-shuangcheng"):
        with pytest.raises(PermissionDenied):
            services.draft_from_text(
                actor=users[name], text=INLINE, owner=county, year=2023, name="x"
            )
        with pytest.raises(PermissionDenied):
            services.draft_activate(actor=users[name], draft=inline_draft)
    elsewhere = OrgUnit.objects.get(code="350981")  # 福安市: outside 柘荣县
    money = _by_name(inline_draft)["规上工业产值"]
    with pytest.raises(DomainError, match="lead unit"):
        services.candidate_update(
            actor=users["office"], candidate=money, changes={"lead_unit": elsewhere}
        )


def test_a_plan_year_beyond_the_calendar_the_system_keeps_is_refused(users, county):
    with pytest.raises(services.ImportRefused, match="2101"):
        services.draft_from_text(
            actor=users["office"],
            text="到2101年，全县GDP达到500亿元。",
            owner=county,
            year=2101,
            name="远景",
        )


def test_a_text_without_a_year_is_read_in_the_year_it_is_imported_into(users, county):
    # A news item that only says 今年 and 明年: 明年 is the year after the plan's year.
    text = "区长在会上说，今年全区将新建幼儿园8所；明年再新建幼儿园12所。"
    draft = services.draft_from_text(
        actor=users["office"], text=text, owner=county, year=2027, name="某区民生实事"
    )
    years = sorted((c.value, c.year) for c in draft.candidates.filter(kind=Candidate.Kind.TARGET))
    assert years == [(Decimal(8), 2027), (Decimal(12), 2028)]


def test_the_units_plans_write_are_read_into_the_draft(users, county):
    text = (
        "2026年民生实事\n"
        "今年全县新增学位1.2万个,改造老旧小区30万平方米,新建光伏电站装机0.5GW,"
        "萬人以上鄉鎮新建公廁20座。\n"
    )
    draft = services.draft_from_text(
        actor=users["office"], text=text, owner=county, year=2026, name="示例县2026年民生实事"
    )
    units = {c.name: c.unit for c in draft.candidates.all()}
    assert units["新增学位"] == "万个" and units["改造老旧小区"] == "万平方米"
    assert "GW" in units.values() and "座" in units.values()
    _ready(draft, users["office"])
    plan = services.draft_activate(actor=users["office"], draft=draft)
    places = Indicator.objects.get(goal__plan=plan, name="新增学位")
    assert (places.unit, places.value_type, places.aggregation) == ("万个", "count", "last")
