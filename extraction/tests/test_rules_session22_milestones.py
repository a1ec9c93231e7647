"""Milestone rules written in session 22 (issue 14); the target rules are in
test_rules_session22.py.

Each case is (text, expected, reason); the sentences are written for these tests, in the language
of plans and news, and are not taken from any corpus text.
"""

from __future__ import annotations

from pacesetter_extraction import extract


def test_works_put_into_operation_opened_or_started_this_year_are_milestones() -> None:
    text = (
        "今年我区将力争城南污水处理厂三期等建成投运,滨江公园东段建成开放;"
        "新开工望江路跨河大桥等桥梁工程,开工建设新区生态水系。"
    )
    names = [m.indicator for m in extract(text).milestones]
    assert len(names) == 4 and all(names), (
        "建成投运 (投入运行 written short), 建成开放, 新开工 of a named work and the building "
        "of a named network of waterways are checkable events"
    )


def test_a_named_facility_basically_finished_by_a_horizon_is_a_milestone() -> None:
    text = "到2029年,城北综合客运枢纽基本建成,滨河污水处理厂二期如期竣工。"
    names = [m.indicator for m in extract(text).milestones]
    assert names == ["城北综合客运枢纽基本建成", "滨河污水处理厂二期竣工"], (
        "基本 / 如期 before the event tell how it comes; the facility is still named"
    )


def test_handover_opening_to_patients_and_track_laid_through_are_events() -> None:
    text = (
        "今年,市第三中学新校区、城东小学完工交付;推动市中医院东院区开门应诊;"
        "地铁五号线年内实现轨通;滨江路综合改造年内基本完成。"
    )
    assert len(extract(text).milestones) == 4, (
        "完工交付 of named schools, 开门应诊 of a hospital's site, 轨通 of a metro line and a "
        "named renovation 年内基本完成 are dated, checkable events"
    )


def test_a_bare_schedule_after_a_named_facility_completes_it() -> None:
    text = (
        "2025年重点民生项目:\n1.城西妇幼保健院综合楼,有望10月底前完成。\n"
        "2.城东游客服务中心,预计年底前投入使用。"
    )
    names = [m.indicator for m in extract(text).milestones]
    assert names == ["城西妇幼保健院综合楼完成", "城东游客服务中心投入使用"], (
        "a clause that only schedules (有望10月底前完成) completes the facility its sentence "
        "named before it"
    )


def test_works_ready_to_open_or_finished_by_their_structure_or_building_are_events() -> None:
    text = (
        "2025年,滨湖路地道计划在7月底具备通车条件;江北大道主体结构争取9月底完成;"
        "城南水厂扩建项目计划于6月末完成全部建设工作;海堤大道工程进展顺利,预计后年通车。"
    )
    names = [m.indicator for m in extract(text).milestones]
    assert names == [
        "滨湖路地道具备通车条件",
        "江北大道主体结构完成",
        "城南水厂扩建项目完成全部建设",
        "海堤大道工程通车",
    ], "each clause schedules an event of the work it names (后年 is a time, 进展顺利 a remark)"


def test_an_item_of_a_plans_numbered_list_is_planned() -> None:
    text = (
        "2026年城西区民生项目:\n1、城西实验小学、城西二中新校区完工交付。\n"
        "2、推动区中医院新院区开门应诊。"
    )
    names = [m.indicator for m in extract(text).milestones]
    assert len(names) == 2 and all(names), (
        "an item of a plan's numbered list, with no time of its own, is what the plan sets out "
        "to do: a named facility handed over or opened is a milestone"
    )


def test_schedules_told_after_progress_name_the_work_of_their_sentence() -> None:
    text = (
        "城北引水项目已于3月复工,目前正在铺设管线,项目计划于今年8月底完成全部建设工作。"
        "滨江大道工程已开展主桥桩基施工,预计后年通车。今年,南运河城区段将实现通航。"
    )
    names = [m.indicator for m in extract(text, year=2025).milestones]
    assert names == ["城北引水项目完成", "滨江大道工程通车", "南运河城区段通航"], (
        "a schedule after a progress note (项目计划于…完成全部建设工作, 预计后年通车) completes "
        "the work the sentence opened with; 通航 opens a waterway"
    )


def test_a_named_facility_finished_in_a_paragraph_that_looks_ahead_is_a_milestone() -> None:
    text = (
        "到2028年,港口吞吐能力明显提升,物流成本显著下降。城北综合客运枢纽基本建成。"
        "全市有29所中小学投入使用。"
    )
    names = [m.indicator for m in extract(text).milestones]
    assert names == ["城北综合客运枢纽基本建成"], (
        "a named facility finished, in a paragraph whose earlier sentence set the horizon, is a "
        "milestone; works counted (有29所…) are a target's business"
    )


def test_works_finished_verb_first_streets_opened_and_ranked_lists_entered() -> None:
    text = (
        "2021年,完工江北大桥、滨江隧道;基本建成东门传统风貌区;实现老街区首开区开街运营;"
        "综合实力跻身全国百强区。标志着全县新能源装机容量达到181.7万千瓦。"
    )
    out = extract(text)
    assert len(out.milestones) == 4, (
        "完工 told before the works, 基本建成 of a named quarter, a street quarter 开街运营 and a "
        "ranked list entered (百强) are events"
    )
    assert out.targets == [], "a level 标志着 reached is told as news, no goal"


def test_a_place_named_for_a_family_is_no_past_word() -> None:
    text = "2026年目标:完工曾家湾大桥、滨江隧道;完工南门立交、北环路一期工程。"
    assert len(extract(text).milestones) == 2, (
        "曾 in 曾家湾 starts a place's name, not 曾 (once): the works are still to finish"
    )


def test_a_power_plant_connected_to_the_grid_is_an_event() -> None:
    text = "城南50万千瓦光伏发电项目正在加紧建设,预计2026年底并网发电。"
    names = [m.indicator for m in extract(text).milestones]
    assert names == ["城南50万千瓦光伏发电项目并网发电"], (
        "并网发电 of a named power plant is its opening; the plant is named by its sentence"
    )


def test_the_set_a_rate_is_measured_over_and_a_share_of_an_issued_task_are_no_goals() -> None:
    text = (
        "2026年,全市15个国考断面优Ⅲ水体比例达到86.7%。去年造林面积为省政府下达任务数的113.92%。"
        "年内启动1GW/2GWh储能示范项目。"
    )
    out = extract(text)
    assert [t.value for t in out.targets] == [86.7], (
        "15个国考断面 is the set the rate is measured over; a share of the task the province "
        "issued tells how much was done; a storage plant's power and energy name the plant"
    )
    assert len(out.milestones) == 1, "启动 a plant named with its size is an event"


def test_works_resumed_so_far_are_progress_and_a_5a_title_is_a_designation() -> None:
    text = (
        "2022年,新材料项目年内计划完成投资8亿元,开复工项目9个,开复工率75%;"
        "全年计划开复工项目120个。完成西山景区5A创建。"
    )
    out = extract(text)
    assert [t.value for t in out.targets] == [8, 120], (
        "开复工 counts and rates without a plan word in their clause tell works resumed so far "
        "(a plan word in an earlier clause is that clause's); 计划开复工 is a goal"
    )
    assert len(out.milestones) == 1, "5A written without 级 still names the grade to win"
