"""What is not a target: watched counts, list headings, attributes, descriptors, deltas.

Generic policy language in simplified characters (the analysis text is converted first);
nothing names a particular document.
"""

from __future__ import annotations

import re

from .time import GOAL_WORDS

# --- what is not a target ---------------------------------------------------
# A count after these verbs lists existing things being watched, not a goal.
FOCUS_VERBS = [
    "紧盯",
    "盯紧",
    "聚焦",
    "围绕",
    "瞄准",
    "紧扣",
    "锚定",
    "对标",
    "依托",
    "立足",
    "针对",
    "抓住",
]
# Counted nouns that are headings of a list (三个攻坚年, 10件实事, 五方面工作).
META_NOUNS = [
    "方面",
    "条件",  # 满足3个条件: requirements, not a count to reach
    "指标",  # 提出20项主要指标: the goals listed, not a goal
    "实事",
    "方案",
    "任务",
    "工作",
    "措施",
    "举措",
    "行动",
    "战略",
    "要求",
    "环节",
    "领域",
    "方向",
    "句话",
    "个字",
    "原则",
    "大类",
    "攻坚年",
    "专栏",  # 设置27个专栏, 共17章: a document's own parts
    "章",
    "专案报告",  # 邀县府提3项专案报告: a meeting's agenda
    "议题",
]
# Attributes of a named thing rather than goals (全长178公里).
# The size of a described facility (its site, floor area) is a specification, never a goal.
SITE_AREA_WORDS = ["占地面积", "建筑面积", "用地面积", "总建筑面积", "占地", "建设面积"]
# A clause that is nothing but a noun of size and a figure (总投资3亿元, 设置床位400张) describes the
# facility named before it; the same noun after a verb (完成投资, 新增床位) is a goal.
BARE_SPEC_NOUNS = [
    "总投资",
    "投资",
    "床位",
    "规模",
    "办学规模",
    "规划",
    "面积",
    "库容",
    "装机容量",
    "总长",
    "长度",
]
ATTRIBUTE_WORDS = [
    "全长",
    "总长",
    "全程",
    "总里程为",
    "半径",
    "距离",
    "周边",
    "面积为",
    "设计面积",
    # 设计时速350公里, 运行时间约为1小时: how a line is built to run, no goal of the plan
    "设计时速",
    "设计速度",
    "设计车速",
    "时速为",
    "运行时间为",
    "运行时间约为",
    "车程为",
    "车程约为",
]
# Things a threshold before them names (人口20万以上城市, 500万元以上项目).
ENTITY_HEADS = [
    "项目",
    "企业",
    "城市",
    "县城",
    "乡镇",
    "村庄",
    "景区",
    "园区",
    "医院",
    "学校",
    "人口",
]
# Counts a facility is built for, after the figure (99个标准班级, 36个教学班).
SPEC_COUNT_NOUNS = ["标准班级", "班级", "教学班", "标准班"]
# What a described facility can hold (可满足3500名幼儿上学, 可容纳800人).
CAPACITY_WORDS = ["可满足", "可容纳", "能容纳", "可供", "可接待", "可服务", "可提供", "设有"]
# Words right after a figure that make it part of a name/descriptor.
DESCRIPTOR_AFTER = ["级", "范围", "量级", "强", "以上级"]
# Absolute deltas against last year restate a planned amount.
DELTA_RE = re.compile(
    r"(?:比|较)(?:上年|去年|上一年|前一年)[^,;。]{0,8}?(?:增加|减少|多|少|提高|下降)"
    r"(?:人民币|新台币|港币|港元)? ?$"  # 比上年增加人民币 2,300 亿元
)
# A change since a past moment (较本届政府上任时增加约50%) tells a result, rate or amount.
SINCE_DELTA_RE = re.compile(
    r"(?:比|较)[^,;。]{1,10}?时[^,;。]{0,8}?(?:增加|减少|多|少|提高|下降)约?$"
)
# A share of a task already done (完成年度任务的117%, 超出年度任务37%) reports progress.
TASK_SHARE_RE = re.compile(
    r"(?:(?:完成|超出|超额完成|超过|达到|占|为)(?:[省市县区](?:政府)?定|(?:[省市县区]政府|上级)?下达的?)?"
    r"(?:年度|全年|本年)?(?:投资)?(?:考核)?(?:目标)?(?:任务|计划)数?(?:开工|投资)?"
    # 占年度目标任务(3.9万个)的56.4%: the task's size in brackets before its share
    r"(?:的)?(?:\([^()]{0,24}\))?(?:的)?"
    # 超过时间进度5.9个百分点: progress measured against the calendar
    r"|(?:超过|超出|快于|慢于|落后于?)(?:序时|时间)进度)$"
)
# What a work spans (项目涉及15个乡镇) describes it; it is not a goal. (惠及 is kept: a
# project list's 惠及群众9300人 is the benefit it commits to.) A count pointed back at
# (在这81辆公交车中, 上述7处社区服务中心) is what was already told, not a new goal.
SCOPE_RE = re.compile(r"(?:涉及|下辖|管辖)[^,;。]{0,6}$|(?:这|这些|上述|前述)$")
# A streak (连续5年排名第一) is a record kept, unless the clause sets it as a goal.
STREAK_RE = re.compile(r"连续[\d一二两三四五六七八九十]+年")
_GOAL_WORDS_RE = re.compile("|".join([*GOAL_WORDS, "要"]))


def kept_record(head: str) -> bool:
    """A streak told without a goal word before it (连续5年排名, not 力争连续3年)."""
    m = STREAK_RE.search(head)
    return m is not None and not _GOAL_WORDS_RE.search(head, 0, m.start())


# Places a work is done in (在39个村改造…) and places that each set a goal (11个设区市均…): a
# count of them says where or who, not what is to be reached.
WORK_PLACES = ["乡镇", "村", "社区", "小区", "县", "街道", "镇", "学校"]
GOAL_SETTING_PLACES = [
    "设区市",
    "地级市",
    "地市",
    "城市",
    "县市区",
    "县区",
    "县市",
    "市州",
    "省份",
    "省区市",
]
