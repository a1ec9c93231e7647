"""Rules of session 32: an event a clause names as its aim, a season or half-year in a
schedule, a building's rooms, spaces a page put around a date's digits. Sentences written
for these tests."""

from __future__ import annotations

from pacesetter_extraction import extract


def milestones(text: str) -> list[str]:
    return [m.indicator for m in extract(text).milestones]


def test_an_event_told_as_a_clauses_aim_is_no_milestone() -> None:
    text = "2032年,为确保城东敬老院按期完工,施工单位实行两班倒。城西大桥计划2032年10月建成通车。"
    assert milestones(text) == ["城西大桥建成通车"]


def test_a_season_or_half_year_in_a_schedule_keeps_a_progress_notes_event() -> None:
    text = (
        "截至2032年5月,全区在建学校均已复工。"
        "其中,城南实验小学扩建工程预计2032年秋季启用,北湖中学预计下半年竣工。"
    )
    assert milestones(text) == ["城南实验小学扩建工程启用", "北湖中学竣工"]


def test_a_work_named_by_its_title_line_when_the_clause_tells_only_its_building() -> None:
    text = "二、2032年推进项目\n城南小学新校区\n由市实验小学领办,同期投入建设,预计2032年秋季启用。"
    assert milestones(text) == ["城南小学新校区启用"]


def test_a_schools_rooms_are_a_work() -> None:
    text = "二、2032年推进项目\n城北中学教学用房及辅助用房\n2032年秋季启用,缓解城北学位紧张。"
    assert milestones(text) == ["城北中学教学用房及辅助用房启用"]


def test_spaces_around_a_dates_digits_do_not_hide_the_goal() -> None:
    text = "下一步,园区将规划引进新产业,预计到 2032 年园区总产值达到20亿元。"
    found = extract(text).targets
    assert [(t.indicator, float(t.value), t.year) for t in found] == [("园区总产值", 20, 2032)]


def targets(text: str) -> list[tuple[str, float, str, int | None, bool]]:
    return [
        (t.indicator, float(t.value), t.unit, t.year, t.growth)
        for t in extract(text, screen=False).targets
    ]


def test_a_pdfs_indicator_table_with_one_year_beside_each_rows_kind() -> None:
    text = (
        "专栏1   “十五五”时期残疾人事业发展主要指标\n\n"
        "                 指 标                              2030 年        属 性\n\n"
        "     1.残疾人家庭人均收入年均增长(%)                        >7.5           预期性\n\n"
        "     2.城乡残疾人职业技能培训人数(万人)                       >4             预期性\n"
    )
    assert targets(text) == [
        ("残疾人家庭人均收入年均增长", 7.5, "%", 2030, True),
        ("城乡残疾人职业技能培训人数", 4, "万人", 2030, False),
    ]


def test_chinese_digits_in_a_row_are_read_by_place() -> None:
    text = "县府表示,明年度岁入预算总额为三五一亿七八八四万二千元。"
    assert [v for _, v, *_ in targets(text)] == [35178842000]


def test_digits_grouped_by_ten_thousands_are_one_number() -> None:
    text = "一三二年度岁入预算数1089,0827,000元,岁出预算总金额为1184,3693,000元。"
    assert [v for _, v, *_ in targets(text)] == [10890827000, 11843693000]


def years(text: str) -> list[int | None]:
    return [t.year for t in extract(text, screen=False).targets]


def test_a_year_after_last_year_in_its_sentence_is_over() -> None:
    text = (
        "记者从市交通运输局获悉,今年一季度该局将加快基础设施建设。客货运输指标将较去年同期大幅增长,"
        "交通项目建设借助2031年第四季度攻坚态势保持大干快上局面。今年一季度计划完成交通投资11亿元。"
    )
    assert years(text) == [2032]


def test_a_year_told_as_setting_a_record_is_over() -> None:
    text = (
        "市经信委负责人介绍,2031年全市规模以上工业增加值增长10.7%,创下近6年新高。"
        "今年我市力争规模以上工业增加值增长6%左右。"
    )
    assert years(text)[-1] == 2032


def test_a_yearly_growth_speed_is_a_growth_rate() -> None:
    text = "到2032年,全县纺织服装产业产值达到120亿元,年均增长速度达到10%。"
    assert [g for *_, g in targets(text)] == [False, True]


def test_dongjian_starts_a_work() -> None:
    assert milestones("县医院外科综合大楼2032年底动建。") == ["县医院外科综合大楼动建"]


def test_an_amount_naming_a_size_class_of_firms_is_no_goal() -> None:
    text = "到2032年,培育产值过10亿元企业5家,1亿—5亿元企业20家,20亿元以上汽车制造企业各1家。"
    assert [(n, v) for n, v, *_ in targets(text)] == [
        ("产值过10亿元企业", 5),
        ("1亿—5亿元企业", 20),
        ("20亿元以上汽车制造企业", 1),
    ]


def test_a_space_after_a_lists_mark_before_a_year_is_no_break() -> None:
    text = "冷链物流中心预计今年 7 月公告招商,2031年发包动工、 2032 年启用。"
    assert [(m.indicator, m.year) for m in extract(text, screen=False).milestones][-1] == (
        "冷链物流中心启用",
        2032,
    )


def test_zeng_alone_before_a_percent_is_growth() -> None:
    text = "2032年全市进出口总额拟增10%,全县新增就业岗位1.2万个。"
    assert [(v, g) for _, v, _, _, g in targets(text)] == [(10, True), (1.2, False)]


def test_a_fiscal_years_du_and_chubu_are_no_part_of_a_name() -> None:
    text = "黄山北大门整体开发项目2032年度计划投资3.7亿元。全县一般公共预算收入初步安排24亿元。"
    assert [n for n, *_ in targets(text)] == ["黄山北大门整体开发项目投资", "一般公共预算收入"]


def test_a_plans_stage_is_no_part_of_a_name() -> None:
    text = "到2032年,全县火情瞭望监测覆盖率近期达到90%。"
    assert [n for n, *_ in targets(text)] == ["火情瞭望监测覆盖率"]


def test_a_reporters_byline_is_no_part_of_the_text() -> None:
    text = "【记者郑永德台南报导】台南市城东社会住宅将于2032年底完工。"
    assert milestones(text) == ["台南市城东社会住宅完工"]
