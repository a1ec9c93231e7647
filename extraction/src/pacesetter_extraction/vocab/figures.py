"""Figures: comparator words, value verbs, change words (growth) and units of measure.

Generic policy language in simplified characters (the analysis text is converted first);
nothing names a particular document.
"""

from __future__ import annotations

# --- comparators -----------------------------------------------------------
# Prefix words (before the number) and the comparator they give.
PREFIX_COMPARATORS: dict[str, str] = {
    "≥": ">=",
    "≤": "<=",
    ">=": ">=",
    "<=": "<=",
    ">": ">",  # a table's cell: >90%
    "<": "<",
    "突破": ">",
    "超过": ">",
    "逾": ">",
    "过": ">",  # 产值过千亿元 (经过, 通过 are not)
    "超": ">",
    "高于": ">",
    "大于": ">",
    "多于": ">",
    "不低于": ">=",
    "不少于": ">=",
    "不低": ">=",  # 比例不低30%: 于 left out
    "至少": ">=",
    "迈上": ">=",
    "跨上": ">=",
    "跨越": ">",  # 经济总量跨越6万亿元: past the figure
    "不超过": "<=",
    "不超": "<=",  # 平均用时不超38个工作日
    "不高于": "<=",
    "不大于": "<=",
    "不多于": "<=",
    "不小于": ">=",
    "低于": "<",
    "少于": "<",
    "小于": "<",
    "约": "~",
    "约为": "~",  # 年发电量约为3.3万亿千瓦时
    "约有": "~",  # 约有20项服务实现…: about so many
    "大约有": "~",
    "大约": "~",
    "大概": "~",
    "近": "~",
    "接近": "~",
    "上限": "<=",  # 补贴上限1,000元: a cap
    "上限为": "<=",
    "最高": "<=",
    "下限": ">=",
    "最低": ">=",
    # 达到或超过: reaching the figure is enough, so the bound includes it
    "或超过": ">=",
    "或高于": ">=",
    "或低于": "<=",
}
# 不得低于35%, 不能超过24米: a rule's floor or cap (a modal between 不 and the comparison).
PREFIX_COMPARATORS |= {
    "不" + modal + word: cmp
    for modal in "得能应可宜准"
    for word, cmp in (
        ("低于", ">="),
        ("少于", ">="),
        ("小于", ">="),
        ("高于", "<="),
        ("超过", "<="),
        ("多于", "<="),
        ("大于", "<="),
    )
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
    "级": ">=",  # 提升至7万亿级: into the size class (a descriptor before a noun, not_goals.py)
    "+": ">",  # 建1万+充电枪: a headline's "more than"
}

# Words that bring the value (stripped from the indicator, kept out of it).
VALUE_VERBS = [
    "达到",
    "到达",
    "达",
    "增加到",
    "增加至",
    "扩大到",
    "扩大至",
    "延长到",
    "延长至",
    "提高到",
    "提升到",
    "增至",
    "增长到",
    "上升到",
    "提高至",
    "提升至",
    "降至",
    "降到",
    "降低到",
    "降低至",
    "下降至",
    "上升至",
    "增长至",
    "守住",
    "发展到",  # 高档优质稻发展到(200万亩以上)
    "发展至",
    "下降到",
    "减少到",
    "减少至",
    "缩至",
    "缩短至",
    "缩短到",
    "下调至",  # 开支计划总数(由…)下调至(195.9亿元): a revised budget
    "下调到",
    "上调至",
    "上调到",
    "压缩至",  # 开办时间压缩至(3个月以内)
    "压缩到",
    "压减至",
    "稳定在",
    "保持在",
    "控制在",
    "维持在",
    "维持于",  # 目标维持于(46万个单位), 目标定于(42万个单位)
    "定于",
    "定在",
    "保持",  # 保持不低于26.5%: the verb, not part of the name
    "维持",
    "共计",  # 完成…共50万户: a total's word, not part of the name
    "合计",
    "总计",
    "合共",  # Hong Kong's 合共(约10万个单位)
    "共",
    "设定在",
    "设定为",
    "设置在",
    "设置为",
    "确定为",
    "确定在",
    "锚定在",
    "锚定",  # 增速锚定(5.5%左右): the goal is set, the verb is no name
    "锁定在",  # 总造林目标锁定在(1000万亩)
    "锁定为",
    "订在",
    "订为",
    "定为",
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
    "跨越",
    "有",
    "将有",
    "不低于",
    "不少于",
    "至少",
    "不超过",
    "不超",
    "高于",
    "大于",
    "低于",
    "按",
    "安排",  # 财政收入增幅安排(12%), 安排(资金6亿元): a budget sets the figure
    "达成",
    "总计",
]

# Verbs that move a level to a new one (由38%提高到…, 从17家成长至…): the figure before them
# is where the change starts.
LEVEL_CHANGE_VERBS = [
    "提高",
    "提升",
    "增加",
    "增长",
    "成长",
    "下降",
    "降低",
    "减少",
    "上升",
    "缩短",
    "缩小",
    "扩大",
    "降",
    "增",
    "减",  # 从5654种减至…
    "下调",  # 由197.5亿元下调至…: a budget or a rate revised
    "上调",
]

# --- change words (growth) --------------------------------------------------
CHANGE_WORDS = [
    "年均增长",
    "同比增长",
    "比增",
    "增长",
    "增速",
    "增幅",
    "涨幅",
    "升幅",  # 物价指数升幅2%左右 (Hong Kong, Taiwan): the rise, a change
    "上涨",
    "降低",
    "下降",
    "年均下降",
    "增长目标",
    "成长目标",
    "成长",
    "每年下降",
    "每年降",
    "降",
    "实际增长",
    "名义增长",
    "年均递增",  # 年均递增10.4%: growth year on year
    "递增",
    "翻",  # 比2020年翻(一番): a doubling is a change
]

# --- units and magnitudes -----------------------------------------------------
MAGNITUDES: dict[str, int] = {"万亿": 10**12, "兆": 10**12, "亿": 10**8, "万": 10**4}
# Units of counted things; a Chinese-numeral count with these is an enumeration.
COUNT_UNITS = [
    "组",  # 100组治安摄像头
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
    "场次",  # performances (举办音乐会100场次以上)
    # events counted by item, flight, run, household or vessel (健身活动700项次, 起降10万架次)
    *("项次", "架次", "班次", "户次", "艘次", "批次"),
    "种",  # kinds (救治病种不少于30种, 出版图书6000种)
    "人",
    "床",
    "标准箱",  # containers (TEU), also cut short as 标箱
    "标箱",
    "册",  # books held (藏书10000册)
    "穴",  # graves (新增墓穴10000穴)
    "盏",  # lamps (安装路灯1249盏)
    "幅",  # plots of land (约150幅土地改作住宅用途)
    "㎡",  # square metres written as one sign
    "人年",  # research staff in full-time years (研发人员209人年)
    "校",  # schools, as Taiwan counts them (完成100校装设)
    "伙",  # flats, as Hong Kong counts them (兴建约7,000伙公屋)
]
MEASURE_UNITS = [
    "微克/立方米",  # air quality (PM2.5)
    "毫克/立方米",
    # …and in SI letters (47μg/m3, 0.5mg/L), as environmental bulletins write them
    "μg/m3",
    "µg/m3",
    "μg/m³",
    "µg/m³",
    "ug/m3",
    "g/m3",  # (the μ lost in copying: PM2.5年均值20 g/m3)
    "mg/m3",
    "mg/m³",
    "mg/L",
    "公里/百平方公里",  # road density
    "元/人",  # 全员劳动生产率58万元/人: per person employed
    "元",
    "美元",
    "港元",
    "澳门元",
    "斤",
    "担",  # 50 kg, as tobacco and grain are weighed (烟叶产量30万担)
    "公斤",
    "千克",
    "吨",
    "亩",
    "公顷",
    "平方米",
    "方米",  # 平方米 as speech and news shorten it (人均2.6方米)
    "平米",  # …or 平米 (展览面积超3万平米)
    "平方公里",
    "公里",
    "千米",
    "米",
    # Taiwan's names of the metric units (公尺 metre, 公吨 tonne, 公升 litre) and km in letters
    "公尺",
    "平方公尺",
    "立方公尺",
    "公吨",
    "公升",
    "km",
    "立方米",
    "方",  # 蓄水165万方, 年输气量2亿方: cubic metres as counties write them (not 三方面)
    "千瓦时",
    "千瓦",
    "兆瓦",
    "吉瓦",
    # Power and energy written in SI letters (18GW, 500MW, 3kWh), as Taiwan and Hong Kong do.
    "TWh",
    "GWh",
    "MWh",
    "kWh",
    "GW",
    "MW",
    "kW",
    "分钟",
    "毫秒",  # 市内单向时延小于1毫秒: a network's delay
    "小时",
    # computing power (算力规模超过60EFLOPS)
    "EFLOPS",
    "PFLOPS",
    "TFLOPS",
    "个小时",  # not 两个 (a count) + 小时
    "个工作日",  # 审批时间压缩至5个工作日: the time a service takes, as 营商环境 plans count it
    "工作日",
    "个月",  # not 3个 (a count) + 月
    "分",  # a score (满意度90分以上); 分钟 is longer and wins
    "倍",  # 增长2倍, 控制在1.3倍以内: a multiple
    "番",  # 翻一番: doubled
    "年",  # 受教育年限11.7年: only with a decimal (quantities.find), never a calendar year
    "克标准煤/千瓦时",  # power plants' coal use per kWh
    "克标煤/千瓦时",
    "天",
    "吨标准煤/万元",  # energy used per 10,000 yuan of output (单位GDP能耗0.5吨标准煤/万元)
    "吨标煤/万元",
    "吨标准煤",
    "吨标煤",  # 11亿吨标煤: standard coal, shortened
    "t标准煤",
    "t标煤",
    "岁",
    "周岁",
]
# Ages: a figure in these units directly followed by a noun names a group of people
# (5岁以下儿童, 60周岁以上老年人), not a goal.
AGE_UNITS = ["岁", "周岁"]
# A person's age stated as a fact (享年73岁, 现年45岁), right before the figure.
# …and the age one must have reached (年满, 需满18岁): who is eligible, no goal
AGE_FACT_WORDS = [
    "享年",
    "时年",
    "年仅",
    "现年",
    "年方",
    "今年",
    "年满",
    "需满",
    "须满",
    "已满",
    "未满",
]
PERCENT_UNITS = ["%", "‰", "个百分点"]
BASE_UNITS = COUNT_UNITS + MEASURE_UNITS
# Figures in these units are real measurements even when written in Chinese numerals.
NON_ENUM_UNITS = set(MEASURE_UNITS) | set(PERCENT_UNITS)
