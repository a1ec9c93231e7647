"""Word tables of general policy-language vocabulary (simplified characters).

Everything here is generic to Chinese government plans and work reports;
nothing names a particular document. The analysis text is converted to
simplified characters first, so only simplified forms are listed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def alt(words: Iterable[str]) -> str:
    """Regex alternation, longest first so that 超过 wins over 超."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


# --- comparators -----------------------------------------------------------
# Prefix words (before the number) and the comparator they give.
PREFIX_COMPARATORS: dict[str, str] = {
    "突破": ">",
    "超过": ">",
    "超": ">",
    "高于": ">",
    "大于": ">",
    "多于": ">",
    "不低于": ">=",
    "不少于": ">=",
    "至少": ">=",
    "迈上": ">=",
    "跨上": ">=",
    "不超过": "<=",
    "不高于": "<=",
    "低于": "<",
    "少于": "<",
    "小于": "<",
    "约": "~",
    "大约": "~",
    "大概": "~",
    "近": "~",
    "接近": "~",
}
# Suffix words (after the unit).
SUFFIX_COMPARATORS: dict[str, str] = {
    "以上": ">=",
    "及以上": ">=",
    "以内": "<=",
    "以下": "<=",
    "之内": "<=",
    "左右": "~",
    "上下": "~",
    "台阶": ">=",
}

# Words that bring the value (stripped from the indicator, kept out of it).
VALUE_VERBS = [
    "达到",
    "达",
    "增加到",
    "提高到",
    "提升到",
    "增至",
    "提高至",
    "提升至",
    "降至",
    "降到",
    "缩至",
    "缩短至",
    "缩短到",
    "稳定在",
    "保持在",
    "控制在",
    "维持在",
    "设定在",
    "定在",
    "为",
    "是",
    "在",
    "完成",
    "实现",
    "突破",
    "超过",
    "超",
    "迈上",
    "跨上",
    "有",
    "将有",
    "不低于",
    "不少于",
    "至少",
    "不超过",
    "高于",
    "大于",
    "低于",
    "按",
    "达成",
    "总计",
]

# --- change words (growth) --------------------------------------------------
CHANGE_WORDS = [
    "年均增长",
    "同比增长",
    "增长",
    "增速",
    "增幅",
    "涨幅",
    "上涨",
    "降低",
    "下降",
    "年均下降",
    "增长目标",
    "实际增长",
    "名义增长",
]

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
    "近年来",
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
    "当前",
    "现已",
    "保有量",
    "年来",
    "上半年",
    "前三季度",
    "一季度",
]
# 去年/上年 are past unless they introduce a comparison base (比上年, 较去年).
PAST_YEAR_WORDS = ["去年", "上年", "前年", "上一年"]
COMPARISON_BASE = ["比", "较", "同", "与", "和", "对比", "相比", "基础上"]
FUTURE_WORDS = [
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
# Whole-clause overrides.
FORECAST_WORDS = ["预计", "估计", "预测", "据估算", "估算", "预估", "测算"]
HYPOTHETICAL_WORDS = ["如果", "假如", "假设", "倘若", "若按", "要是", "如按", "按照这个速度"]
# Present facts framed as a comparison ("与全省超400万家中小企业相比").
COMPARISON_CLAUSE = ["相比", "相较", "对比"]
# Verb + 了 marks something done (超过了, 制定了); the listed words are not aspect 了.
LE_NOT_ASPECT = ["为了", "了解", "除了", "了不起", "不了", "了结", "罢了", "极了"]

# Section headings that switch context.
HEADING_PAST = ["回顾", "成绩", "成就", "成效", "总结", "过去", "工作报告回顾"]
HEADING_FUTURE = ["目标", "任务", "计划", "重点工作", "展望", "安排", "思路", "预期"]

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
]
# Attributes of a named thing rather than goals (全长178公里).
ATTRIBUTE_WORDS = ["全长", "总长", "全程", "总里程为", "半径", "距离", "周边", "面积为"]
# Words right after a figure that make it part of a name/descriptor.
DESCRIPTOR_AFTER = ["级", "范围", "量级", "强", "以上级"]
# Absolute deltas against last year restate a planned amount.
DELTA_RE = re.compile(
    r"(?:比|较)(?:上年|去年|上一年|前一年)[^,;。]{0,8}?(?:增加|减少|多|少|提高|下降)$"
)

# --- units and magnitudes -----------------------------------------------------
MAGNITUDES: dict[str, int] = {"万亿": 10**12, "兆": 10**12, "亿": 10**8, "万": 10**4}
# Units of counted things; a Chinese-numeral count with these is an enumeration.
COUNT_UNITS = [
    "个",
    "家",
    "户",
    "项",
    "所",
    "处",
    "条",
    "座",
    "台",
    "套",
    "辆",
    "张",
    "间",
    "名",
    "位",
    "件",
    "批",
    "只",
    "头",
    "羽",
    "箱",
    "株",
    "棵",
    "对",
    "部",
    "艘",
    "架",
    "列",
    "栋",
    "幢",
    "块",
    "片",
    "宗",
    "笔",
    "份",
    "支",
    "口",
    "眼",
    "例",
    "场",
    "次",
    "期",
    "人次",
    "人",
    "床",
    "标箱",
]
MEASURE_UNITS = [
    "元",
    "美元",
    "斤",
    "公斤",
    "千克",
    "吨",
    "亩",
    "公顷",
    "平方米",
    "平方公里",
    "公里",
    "千米",
    "米",
    "立方米",
    "千瓦时",
    "千瓦",
    "兆瓦",
    "吉瓦",
    "分钟",
    "小时",
    "天",
    "吨标准煤",
]
PERCENT_UNITS = ["%", "‰", "个百分点"]
BASE_UNITS = COUNT_UNITS + MEASURE_UNITS
# Figures in these units are real measurements even when written in Chinese numerals.
NON_ENUM_UNITS = set(MEASURE_UNITS) | set(PERCENT_UNITS)

# --- indicator clean-up -----------------------------------------------------
LEADING_NOISE = [
    "力争",
    "确保",
    "争取",
    "努力",
    "计划",
    "预计",
    "推动",
    "推进",
    "实现",
    "加快",
    "积极",
    "着力",
    "大力",
    "全力",
    "重点",
    "进一步",
    "持续",
    "继续",
    "要",
    "将",
    "拟",
    "并",
    "和",
    "及",
    "与",
    "其中",
    "同时",
    "此外",
    "而",
    "使",
    "让",
    "今年",
    "明年",
    "年内",
    "全年",
    "即",
    "其他",
    "也",
    "还",
    "再",
    "主要预期目标是",
    "预期目标是",
    "目标是",
    "包括",
    "包含",
    "以及",
    "科学",
    "规划布局",
    "引进",
    "培育",
    "累计",
    "引导",
    "每年",
    "分别",
    "均",
]
SCOPE_WORDS = [
    "全县",
    "全区",
    "全市",
    "全省",
    "全州",
    "全旗",
    "该省",
    "该市",
    "该县",
    "该区",
    "我省",
    "我市",
    "我县",
    "我区",
    "本县",
    "本市",
    "本省",
    "本区",
]
TRAILING_NOISE = [
    "预期目标为",
    "预期目标是",
    "预期目标",
    "目标为",
    "目标是",
    "目标",
    "的",
    "要",
    "将",
    "力争",
    "确保",
    "争取",
    "要求",
    "设定",
    "同口径",
    "分别",
    "均",
    "总数为",
    "规模为",
]
# Abbreviations of paired subjects (城、乡居民 → 城镇居民, 农村居民).
PAIR_EXPANSIONS = {"城": "城镇", "乡": "农村", "城乡": "城乡"}
ABBREVIATIONS = {"GDP": "生产总值"}
NATIONAL_GDP_RE = re.compile(r"(?:中国|全国|国内|我国)GDP")
# Verbs that may sit inside an indicator ("僧服产业完成产值").
INNER_VERBS = ["完成", "实现", "达到"]
# Nominalised verbs trailing a counted noun (3个旅游景区创建).
TRAILING_VERBS = ["创建", "建设", "打造", "培育", "改造", "提升", "工作"]

# --- milestones and projects --------------------------------------------------
MILESTONE_VERBS_FRONT = [
    "开工建设",
    "建成投用",
    "建成投产",
    "建成运营",
    "建成",
    "投用",
    "投产",
    "开通",
    "通车",
    "竣工",
    "创建",
    "争创",
    "创成",
    "获批",
    "进入",
    "启动",
    "完成",
    "成为",
]
MILESTONE_VERBS_END = [
    "开通",
    "通车",
    "投用",
    "投产",
    "竣工",
    "建成",
    "启动",
    "运营",
    "开工",
    "建成投用",
    "全线运营开通",
    "全线开通",
    "设站",
    "规划选址",
    "选址",
]
MILESTONE_PUSH_OBJECTS = ["设站", "规划选址", "选址", "落地", "获批", "立项"]
# A milestone names a facility, project, title or designation.
DESIGNATION_HEADS = [
    "示范县",
    "示范区",
    "示范市",
    "示范镇",
    "示范村",
    "示范园",
    "示范基地",
    "大县",
    "强县",
    "百强县",
    "百强区",
    "城市",
    "县城",
    "园区",
    "产业园",
    "开发区",
    "高新区",
    "站",
    "场",
    "项目",
    "工程",
    "线",
    "高铁",
    "铁路",
    "公路",
    "机场",
    "港",
    "码头",
    "医院",
    "学校",
    "中心",
    "馆",
    "桥",
    "隧道",
    "景区",
    "基地",
    "企业",
    "称号",
    "品牌",
    "城",
    "期",
    ")",
    "小镇",
    "名村",
    "名镇",
    "保护区",
    "公园",
    "试验区",
    "先行区",
    "集聚区",
    "厂",
    "库",
    "院",
    "园",
    "路",
    "大道",
    "管网",
    "电站",
    "堤",
    "坝",
    "楼",
    "综合体",
    "市场",
    "枢纽",
    "通道",
    "口岸",
    "大桥",
]
GENERIC_OBJECT_START = ["一批", "重点", "若干", "各类", "相关", "一系列", "各项", "全面", "站区"]
GENERIC_OBJECT_END = ["建设", "工作", "体系", "机制", "格局", "制度", "目标", "任务", "计划"]
PROJECT_HEADS = [
    "整体搬迁",
    "搬迁",
    "基础设施",
    "改扩建",
    "扩建",
    "新建工程",
    "改造工程",
    "工程",
    "项目",
]
PROJECT_VERBS = [
    "统筹推动",
    "统筹推进",
    "推动",
    "推进",
    "抓好",
    "实施",
    "建设",
    "加快",
    "启动",
    "完成",
    "开工建设",
    "持续抓好",
]
