"""Time: words that place a figure in the past or the future, and section headings that switch it.

Generic policy language in simplified characters (the analysis text is converted first);
nothing names a particular document.
"""

from __future__ import annotations

# --- temporal markers -------------------------------------------------------
# Positional: the last marker before a figure decides between past and future.
PAST_WORDS = [
    "过去",
    "回顾",
    "截至",
    "截止",
    "已经",
    "已",
    "取得",
    "成绩",
    "成就",
    # …攻坚战成效显著: an appraisal of work done (a goal says 取得明显成效, 成效更加…)
    "成效显著",
    "成效明显",
    "成果丰硕",
    "近年来",
    "历经",  # 历经10年: a span gone through
    "历时",
    "近几年",
    "此前",
    "曾经",
    "以来",
    "历年",
    "首次",
    "获评",
    "入选",
    "荣获",
    "目前",
    "现有",
    "现时",
    "当前",
    "现已",
    "年来",
    "上半年",
    "前三季度",
    "前3季",
    "前三季",
    "曾",
    "一季度",
    "单月",  # 10月单月突破600亿元: one month's record, never a plan's figure
    # A news item's own event (今天下午,区长做客…,网民共提问397个问题): it has happened.
    "昨天",
    "昨日",
    "日前",
    "近日",
    "今天上午",
    "今天下午",
    "当天",
    # 从105年…到今日253亿: a level reached so far
    "到今日",
    "至今",
    "迄今",
]
# Past words whose first character may end the word before (项目|前期, 节日|前后, 日历|年度: a
# calendar year, not 历年).
PAST_SPLIT_WORDS = {
    "目前": frozenset("项题节条科数栏书名剧"),
    "日前": frozenset("节假生"),
    "历年": frozenset("日"),
}
# Past words that name an achievement, not a time: after a horizon (到2020年,…取得进展) they
# are what the plan aims at.
ACHIEVEMENT_WORDS = ["取得", "成绩", "成就", "成效显著", "成效明显", "成果丰硕"]
# 去年/上年 are past unless they introduce a comparison base (比上年, 较去年).
# Terms that contain a future word without looking ahead (人均预期寿命 is life expectancy).
FUTURE_WORDS_IN_TERMS = ["预期寿命", "计划生育", "计划单列", "目标管理", "计划项目", "将近"]
PAST_YEAR_WORDS = ["去年", "上年", "前年", "上一年"]
COMPARISON_BASE = [
    "比",
    "较",
    "同",
    "与",
    "和",
    "对比",
    "相比",
    "基础上",
    "基础之上",
    "低于",
    "高于",
    "快于",
]
FUTURE_WORDS = [
    "预定",  # 预定114年动工: scheduled (Taiwan)
    "今年",
    "明年",
    "年内",
    "本年度",
    "力争",
    "确保",
    "计划",
    "目标",
    "预期",
    "将",
    "拟",
    "争取",
    "努力",
    "未来",
    "今后",
    "下一步",
    "届时",
    "任务",
    "实施方案",
    "行动计划",
]
# A change measured against the same period of last year (同比增长8.2%) reports an outcome;
# a plan sets a change without it (增长8%), unless a goal word comes first (力争同比增长).
SAME_PERIOD_WORDS = ["同比", "比增"]  # 比增: 同比增长 cut short
# Verbs that set goals out (提出了…目标, 定下…的目标): the figures they name are goals.
GOAL_SETTING_VERBS = ["定下", "确定", "提出", "明确", "制定", "设定"]
GOAL_WORDS = ["力争", "确保", "争取", "目标", "计划", "预期", "将", "拟"]
# Whole-clause overrides.
# 预期 with a subject who expects (我们预期…) is a forecast; 预期目标 is a goal.
FORECAST_WORDS = [
    "预计",
    "预料",
    "估计",
    "预测",
    "据估算",
    "估算",
    "预估",
    "测算",
    "可望",
    "我们预期",
    "我预期",
    "外界预期",
    "市场预期",
]
HYPOTHETICAL_WORDS = [
    "如果",
    "假如",
    "假设",
    "假定",
    "倘若",
    "若按",
    "如按",
    "按照这个速度",
]
# Present facts framed as a comparison ("与全省超400万家中小企业相比").
COMPARISON_CLAUSE = ["相比", "相较", "对比"]
# Verb + 了 marks something done (超过了, 制定了); the listed words are not aspect 了.
LE_NOT_ASPECT = ["为了", "了解", "除了", "了不起", "不了", "了结", "罢了", "极了"]

# Section headings that switch context.
HEADING_PAST = ["回顾", "成绩", "成就", "成效", "总结", "过去", "工作报告回顾"]
# 一、基本情况 / 发展现状: the section tells how things stand now, no goals (as a review does)
HEADING_PRESENT = ["基本情况", "概况", "现状", "基础条件"]
HEADING_FUTURE = ["目标", "任务", "计划", "重点工作", "展望", "安排", "思路", "预期"]
