"""What the review page proposes from the document itself: readable quotes, growth named apart,
repeated figures flagged, the plan's name, the document's sections, the lead unit it names."""

import re
from decimal import Decimal

import pytest
from django.test import Client

from pacesetter.indicators.models import Indicator
from pacesetter.orgunits.models import OrgUnit
from pacesetter.planimport import services
from pacesetter.planimport.drafting import indicator_name, match_unit
from pacesetter.plans.models import Goal

pytestmark = pytest.mark.django_db
# Written for these tests: a title, two levels of numbered headings, a level and a growth of the
# same quantity, pinyin debris, lead units named three ways (one not among the county's units),
# and the first figure repeated at the end, as news texts do.
TEXT = (
    "白沙县2031年重点工作安排\n"
    "一、经济发展\n"
    "（一）工业\n"
    "全县地区生产总值达到300亿元，地区生产总值增长7%。（牵头单位：县发改局）\n"
    "（二）旅游\n"
    "由县文体旅局牵头，全年接待遊(yóu)客突破500万人次。\n"
    "二、民生实事\n"
    "新建公办幼儿园3所，县教育局负责。改造农村公路20公里，县公路中心负责。\n"
    "全县地区生产总值达到300亿元。\n"
)


@pytest.fixture
def draft(users, county):
    return services.draft_from_text(actor=users["office"], text=TEXT, owner=county, year=2031)


@pytest.fixture
def page(draft, users):
    client = Client()
    client.force_login(users["office"])
    client.cookies["django_language"] = "en"
    return lambda: client.get(f"/plan-import/{draft.pk}/").content.decode()


def _numbered(draft):
    return {c.number: c for c in draft.candidates.select_related("lead_unit")}


def test_the_plan_is_named_by_the_documents_title(draft):
    assert draft.plan.name == "白沙县2031年重点工作安排"


def test_quotes_are_shown_without_debris_and_highlighted_as_written(draft, page):
    visitors = draft.candidates.get(name="接待游客")
    assert visitors.quote == "全年接待遊(yóu)客突破500万人次"
    html = page()
    assert f'<blockquote id="c{visitors.pk}-quote">全年接待遊客突破500万人次</blockquote>' in html
    assert re.search(
        rf'<mark class="q-pending" data-c="{visitors.pk}"[^>]*>全年接待遊\(yóu\)客', html
    )


def test_a_growth_target_is_named_apart_from_the_level_of_its_quantity(draft):
    c = _numbered(draft)
    assert (c[1].name, c[1].is_growth) == ("地区生产总值", False)
    assert (c[2].name, c[2].is_growth) == ("地区生产总值增速", True)
    assert c[2].extracted["indicator"] == "地区生产总值", "the extractor's record is kept as read"


@pytest.mark.parametrize(
    "name, growth, expected, reason",
    [
        ("社会消费品零售总额", True, "社会消费品零售总额增速", "a quantity's growth is its speed"),
        ("社会消费品零售总额", False, "社会消费品零售总额", "a level keeps its name"),
        (
            "居民人均可支配收入增长",
            True,
            "居民人均可支配收入增速",
            "增长 becomes 增速, not 增长增速",
        ),
        ("研发投入增长率", True, "研发投入增长率", "already a growth rate"),
        ("森林覆盖率", True, "森林覆盖率增幅", "a share grows by points: 增幅"),
        (
            "温室气体净排放量较基准年减量",
            True,
            "温室气体净排放量较基准年减量",
            "a cut says its change",
        ),
        ("Retail sales", True, "Retail sales growth", "an English name gets English"),
    ],
)
def test_indicator_name(name, growth, expected, reason):
    assert indicator_name(name, growth) == expected, reason


UNIT_CASES = [
    (
        "2031年全县新增农村公路1.2千公里,新增农户5千户。",
        {("公里", Decimal("1200")), ("户", Decimal("5000"))},
        "1.2千公里 is 1200 公里: the form's unit list has 公里, not 千公里",
    ),
    (
        "2031年全县新建自行车道850公尺,垃圾处理能力达到1.2万吨/天,清运废弃物3万公吨。",
        {("米", Decimal("850")), ("万吨/日", Decimal("1.2")), ("万吨", Decimal("3"))},
        "公尺 and 公吨 are Taiwan's names for 米 and 吨, and 吨/天 is 吨/日",
    ),
]


@pytest.mark.parametrize(("text", "expected", "why"), UNIT_CASES)
def test_a_unit_the_measures_table_lacks_is_brought_to_the_one_it_keeps(
    users, county, text, expected, why
):
    """The office sees each figure in a unit it can keep instead of a blank unit."""
    draft = services.draft_from_text(
        actor=users["office"], text=text, name="白沙县2031年工作安排", owner=county, year=2031
    )
    assert {(c.unit, c.value) for c in draft.candidates.all()} == expected, why


def test_a_repeated_figure_is_flagged_with_the_merge_at_hand(draft, page, users):
    c = _numbered(draft)
    first, again = c[1], max(c.values(), key=lambda x: x.number)
    assert again.quote == "全县地区生产总值达到300亿元" and again.pk != first.pk
    html = page()
    assert f'id="c{again.pk}-duplicate">Possible duplicate of #1' in html
    assert f'<option value="{first.pk}" selected>#1 地区生产总值</option>' in html
    assert html.count("Possible duplicate of") == 1, "the growth rate is not the level's repeat"
    services.candidate_merge(actor=users["office"], candidate=again, into=first)
    assert "Possible duplicate of" not in page()


def test_candidates_are_grouped_under_the_documents_headings(draft, page):
    c = _numbered(draft)
    assert [(x.section, x.subsection) for x in c.values()][:3] == [
        ("经济发展", "工业"),
        ("经济发展", "工业"),
        ("经济发展", "旅游"),
    ]
    html = page()
    order = [
        html.index(s)
        for s in (
            '<h2 class="section-title">经济发展</h2>',
            '<h3 class="part-title">工业</h3>',
            f'id="c-{c[1].pk}"',
            '<h3 class="part-title">旅游</h3>',
            f'id="c-{c[3].pk}"',
            '<h2 class="section-title">民生实事</h2>',
            f'id="c-{c[4].pk}"',
        )
    ]
    assert order == sorted(order)


def test_activation_builds_the_goal_tree_from_the_headings(draft, users):
    office = users["office"]
    services.candidates_accept_pending(actor=office, draft=draft)
    services.lead_unit_fill(actor=office, draft=draft, unit=OrgUnit.objects.get(code="ZR-FGJ"))
    plan = services.draft_activate(actor=office, draft=draft)
    goals = [(g.code, g.name, g.level) for g in Goal.objects.filter(plan=plan).order_by("path")]
    assert goals == [
        ("G1", "经济发展", "pillar"),
        ("G1.1", "工业", "goal"),
        ("G1.2", "旅游", "goal"),
        ("G2", "民生实事", "pillar"),
    ]
    goal_of = {i.name: i.goal.name for i in Indicator.objects.filter(goal__plan=plan)}
    assert goal_of["地区生产总值增速"] == "工业" and goal_of["接待游客"] == "旅游"
    assert goal_of["新建公办幼儿园"] == "民生实事"


def test_the_lead_unit_the_text_names_is_proposed(draft, page):
    c = _numbered(draft)
    units = {n: (x.lead_unit and x.lead_unit.code, x.lead_named) for n, x in c.items()}
    assert units[1] == units[2] == ("ZR-FGJ", "县发改局"), "the note closing the paragraph"
    assert units[3] == ("ZR-WTLJ", "县文体旅局")
    assert units[4] == ("ZR-JYJ", "县教育局")
    road = draft.candidates.get(quote__contains="农村公路")
    assert (road.lead_unit, road.lead_named) == (None, "县公路中心")
    html = page()
    assert f'id="c{c[3].pk}-lead-named">Lead unit proposed from the text (“县文体旅局”)' in html
    assert f'id="c{road.pk}-lead-named">The text names “县公路中心”' in html
    assert f'<option value="{c[3].lead_unit.pk}" selected>' in html


def test_a_named_unit_matches_one_unit_only(county):
    units = list(OrgUnit.objects.filter(path__startswith=county.path))
    code = lambda named: (u := match_unit(named, units)) and u.code  # noqa: E731
    assert code("县交通运输局") == "ZR-JTJ", "short name"
    assert code("柘荣县卫生健康局") == "ZR-WJJ", "full name"
    assert code("縣教育局") == "ZR-JYJ", "traditional characters"
    assert code("商务局") == "ZR-SWJ", "the end of a name"
    assert code("局") is None and code("县公路中心") is None


def test_a_target_the_reader_doubts_is_flagged_until_it_is_decided(users, county, monkeypatch):
    """The extractor's confidence is its learnt probability that a figure is a goal at all;
    under even odds the review page asks for a check. Written for this test: a project's
    expected output and a plan's count. The screen's reading of one sentence moves with each
    retraining, so here it is told to doubt the output (0.4) and trust the rest."""
    from pacesetter_extraction import plausibility

    monkeypatch.setattr(plausibility, "probability", lambda f: 0.4 if "i:产值" in f else 0.9)
    text = (
        "白沙县2031年重点工作安排\n"
        "今年全县共谋划重点项目86个，总投资420亿元。其中，新材料项目12个，总投资95亿元。\n"
        "项目建成后年产值可达5亿元。新建公办幼儿园3所。\n"
    )
    draft = services.draft_from_text(actor=users["office"], text=text, owner=county, year=2031)
    client = Client()
    client.force_login(users["office"])
    client.cookies["django_language"] = "en"
    targets = list(draft.candidates.filter(kind="target"))
    doubted = [c for c in targets if c.confidence < 0.5]
    assert doubted and len(doubted) < len(targets), [(c.quote, c.confidence) for c in targets]
    html = client.get(f"/plan-import/{draft.pk}/").content.decode()
    for c in targets:
        flagged = f'id="c{c.pk}-doubtful">Not sure this is a goal' in html
        assert flagged == (c.confidence < 0.5), (c.quote, c.confidence)
    note = f"the reader gives it {round(doubted[0].confidence * 100)} %"
    assert note in html
    first = min(doubted, key=lambda c: c.number)
    assert f'<a href="#c-{first.pk}" id="doubt-count">to check {len(doubted)}</a>' in html
    services.candidate_set_status(actor=users["office"], candidate=doubted[0], status="accepted")
    assert (
        f'id="c{doubted[0].pk}-doubtful"'
        not in client.get(f"/plan-import/{draft.pk}/").content.decode()
    )


def test_a_milestone_found_by_its_verb_alone_is_flagged_and_the_rules_are_not(
    users, county, monkeypatch
):
    """The rules' milestones are sure; one found by its event verb alone (完成设备安装) carries
    the learnt probability that it is one, and under even odds the review page asks for a
    check. Written for this test; the screen is told its probability (0.4)."""
    from pacesetter_extraction import milestone_screen

    monkeypatch.setattr(milestone_screen, "probability", lambda feats: 0.4)
    text = (
        "白沙县2031年重点工作安排\n"
        "力争城东污水处理厂年底前建成投用。县档案馆新馆6月完成设备安装，年内主体封顶。\n"
    )
    draft = services.draft_from_text(actor=users["office"], text=text, owner=county, year=2031)
    milestones = {c.name: c for c in draft.candidates.filter(kind="milestone")}
    assert set(milestones) == {
        "城东污水处理厂建成投用",
        "县档案馆新馆完成设备安装",
        "县档案馆新馆主体封顶",
    }
    client = Client()
    client.force_login(users["office"])
    client.cookies["django_language"] = "en"
    html = client.get(f"/plan-import/{draft.pk}/").content.decode()
    for name, c in milestones.items():
        flagged = (
            f'id="c{c.pk}-doubtful">Found by its event verb alone (the reader gives it 40 %)'
            in html
        )
        assert flagged == (name == "县档案馆新馆完成设备安装"), name
    assert 'id="doubt-count">to check 1</a>' in html
