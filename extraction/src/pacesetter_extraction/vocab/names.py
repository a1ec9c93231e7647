"""Indicator names: leading and trailing noise, scope words, abbreviations, inner verbs.

Generic policy language in simplified characters (the analysis text is converted first);
nothing names a particular document.
"""

from __future__ import annotations

import re

# --- indicator clean-up -----------------------------------------------------
LEADING_NOISE = [
    "能够",  # 能够(新增优质学位1770个): what can be done, not the quantity
    "可以",
    "迈向",  # 迈向(…4.5年的目标): heading for the goal
    "做到",  # 做到(地区生产总值增长13%): the pledge, not the quantity
    "为达成",  # 为达成(台北减碳40%): the purpose, not the quantity
    "拼",  # 拚(2030减碳40%): a headline's pledge (Taiwan)
    "冲刺",  # 冲刺(旅游接待2亿人次目标): heading for the goal
    "尽快",
    "初步",  # 初步(安排一般公共预算收入…): a first draft of the figure, not its name
    "力争",
    "确保",
    "争取",
    "努力",
    "力求",
    "务必",
    "按照",  # 按照(单位GDP能耗下降…): the standard set above, not what is measured
    "希望",  # 希望(桃机服务客运量达到…): a hope, as 力争
    "计划",
    "预计",
    "预期",
    "推动",
    "推进",
    "实现",
    "加快",
    "积极",
    "着力",
    "大力",
    "全力",
    "全面",  # 全面(完成320公里…): how the work is done, not what is measured
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
    "这当中",
    "这其中",
    "当中",
    "对于",
    "另外",
    "力拼",
    "同时",
    "此外",
    "而",
    "使",
    "让",
    "围绕",  # 围绕(地区生产总值增长7%左右目标): the goal the work is organised around
    "紧紧围绕",
    "带动",  # 带动(全市体育产业总规模超过…): what is driven is measured
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
    "引进",
    "培育",
    "累计",
    "引导",
    "每年",
    "分别",
    "均",
]
# 一是(计划投资1700万元…), 二是: an item's enumerator, no part of what it counts
LEADING_NOISE += [n + "是" for n in "一二三四五六七八九十"]
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
    "我国",
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
    "拟",
    "有望",  # 公园数量有望(达到650座): a hope, no part of the quantity
    "可望",
    "力争",
    "确保",
    "必保",  # 项目必保(达到80项): a pledge, as 确保
    *("必须", "务必", "力求"),  # 项目建设投资必须(完成…): a duty, as 要
    "争取",
    "初步",  # 收入初步(安排243500万元): the figure is a first draft
    *("近期", "远期"),  # 覆盖率近期(达到90%): the stage of a plan the figure is for
    "要求",
    "设定",
    "同口径",
    "分别",
    "均",
    "总数为",
    "规模为",
    # a comparison base before the change (二氧化碳排放分别比2020年下降): 比 is no name
    "分别比",
    "较",
]
# A measured quantity ends so (建屋量, 普及率, 里程); the noun counted after the figure
# (18.9万个单位) does not replace it.
QUANTITY_ENDS = [
    "量",
    "数",
    "率",
    "额",
    "里程",
    "面积",
    "规模",
    "总值",
    "产值",
    "收入",
    "人次",
    "供应",
]
# Abbreviations of paired subjects (城、乡居民 → 城镇居民, 农村居民).
PAIR_EXPANSIONS = {"城": "城镇", "乡": "农村", "城乡": "城乡"}
ABBREVIATIONS = {"GDP": "生产总值"}
NATIONAL_GDP_RE = re.compile(r"(?:中国|全国|国内|我国)GDP")
# Verbs that may sit inside an indicator ("僧服产业完成产值").
INNER_VERBS = [
    "完成",
    "实现",
    "达到",
    "力争",
    "安排",
    "将",
    "计划",
    "锚定",
    "要完成",
    "要实现",
    "要达到",
]
# Nominalised verbs trailing a counted noun (3个旅游景区创建).
TRAILING_VERBS = ["创建", "建设", "打造", "培育", "改造", "提升", "工作"]
# Words that end the text before a figure without naming what it measures (收入可比(增长),
# 城镇化率提高(2个百分点)): cut from the end of a name.
NAME_TRAILING_WORDS = [
    "年均",
    "同比",
    "可比",  # 收入可比(增长): on a comparable basis
    "实际",
    "平均",
    "规模达",
    "分别为",
    "拟",
    "可",
    "能够",
    "应该",
    "就",
    "继续",
    "首次",  # GDP首次(突破一万亿元): a first, not the quantity
    "向",  # 经济总量向(7万亿元冲刺): heading for the figure
    "则",  # GDP则(预期增长5%左右): a contrast, not the quantity
    "稳步",  # 工业规模稳步(提升至7万亿级): the pace, not the quantity
    "将于",
    "占",  # 其中国家铁路占(7020亿元): the part's name, not 占比
    "各",  # 两个园区的绿化率各(达三成): each, not part of the name
    "预期",  # 生产总值预期(增长目标为): the kind of goal, not the quantity
    "预计",  # 生产总值预计(突破2500亿元)
    "提高",  # 城镇化率提高(2个百分点): the change, not the quantity
    "提升",
    "要解决",  # 保障住房要解决(2.8万套): the verb of the goal
    "获派",  # 每名居民获派(九千元): what each is given
    "获发",
    "瞄准",  # 产业瞄准(千亿元规模): the verb of the goal
    "冲刺",
    "力拼",  # 全年总运量力拚(1810万人次): the pledge (Taiwan), no part of the name
    "拼",
    "编列",  # 政策性预算编列(574亿元): the budgeting verb
    "共计",  # 高速公路 共计(282公里): the total's word, no part of the name
    "合计",
    "总计",
    "亦",  # 医院亦(将增71张): also, an adverb of the clause
    "也",
]
# Marks that open a list item or a check list's line (☑建成投用服务点2处, ● …).
BULLET_MARKS = "☑☐□■●◆◇▪•√✓✔➢►▶*"  # * also marks an item (a 市级 one, say)
# 此外/另外 (in addition), 届时 (by then): a paragraph going on in the time of the one before
GOES_ON_OPENINGS = ("此外", "另外", "届时")
# 其中/这当中 (of which): a sentence telling parts of what the one before told, in its time
PART_OPENINGS = ("其中", "这当中", "这其中", "当中")
