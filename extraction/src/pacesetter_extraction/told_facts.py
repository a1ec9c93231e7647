"""Figures a text tells rather than aims at, known by the words right around them: fines,
roll calls and attendance, the sets a thing is one of, who wrote a plan, a shortfall, word
counts, parts of a whole, slogans' shapes, sayings, a cited title's words."""

from __future__ import annotations

import re

from . import vocab
from .quantities import Quantity

__all__ = ["told_not_aimed"]

# Delegates who attend a meeting (47名正式代表参与讨论) are a fact of the meeting.
_ATTENDANCE_RE = re.compile(
    r"[^,;。]{0,4}(?:代表|委员)[^,;。]{0,2}(?:出席|列席|参加|参与|到会|齐聚)"
)
# …also without a verb: 230名人大代表精神饱满, 51名代表的票决 count the meeting's members.
_DELEGATES_RE = re.compile(
    r"(?:\([^)]{0,10}\))?"  # 44名(共46名)人大代表: a bracket may give the full roll
    r"(?:人大|政协|党|职工|妇女|基层议事|区人大|县人大|市人大)?(?:代表|委员)(?!会|处|团|性)"
)
_PERSON_UNITS = frozenset(("名", "位"))
# …and 分布于23个区: how far a thing is spread
_TOLD_LEVEL_LEADS = tuple("不到 不足 仅 仅有 仅为 只有 多达 分布于 分布在 遍布".split())
_DONE_AFTER_RE = re.compile(r"[^,;。\d]{1,10}?已(?:于|经|全部|全数|相继|先后|全面|正式|陆续)")
# …the goal's own figure may come between (完成年度目标任务589亿元的37.22%); 占 a plan's
# share of what was done (完成投资3212万元,占年度投资计划的32.12%)
_DONE_SHARE_BEFORE_RE = re.compile(
    r"(?:完成|占)[^,;。\d]{0,12}?(?:目标|任务|计划)(?:投资|资金)?(?:\d[\d.]*[^\d,;。的]{0,4})?的"
    r"(?:\d[\d.]*%[、和及])*$"  # …分别完成年度计划的116.24%、100.06%和(91.12%): each share
)
# 低于序时进度1.6个百分点: how far ahead of or behind the schedule the work is
_SCHEDULE_GAP_RE = re.compile(r"(?:低于|高于|超过|超出|快于|慢于|落后|领先)(?:于)?序时进度$")
# 高于全省1.4个百分点, 高于预期目标4.3个百分点: a result's margin over another place, the
# average or the goal; a goal writes its bound or its aim (力争高于全省1个百分点以上).
_MARGIN_BEFORE_RE = re.compile(r"(?:高于|低于|快于|慢于|高出|超出|超过)[^,;。\d]{1,10}$")
_AIM_BEFORE_RE = re.compile(r"力争|确保|争取|保持|努力|力求|目标是|要|将")
# 实施“1115”工程,即实施10个重大专项: the parts a programme's numbers stand for (a goal's
# numbers, 实现“135”目标,即引进…1个, are its targets)
_SLOGAN_DEFINED_RE = re.compile(
    r"“[\d一二三四五六七八九十+]{2,8}”(?:工程|行动|计划|战略|体系|布局)[^。;“”目标]{0,20}?[,:]?即[^。;]*$"
)
_PROGRESS_HEADER_RE = re.compile(r"\n *(?:当前|目前|工程|项目|实施)?(?:进度|进展|完成情况) *\n")
_OTHER_PLACE_NOTE_RE = re.compile(r"\((?:全国|全省|全市|同期)[^()]{0,14}$")
_ALREADY_AFTER_RE = re.compile(
    r"[^,;。\d]{0,8}?已经(?:开工|建成|完成|投产|投用|实现|竣工)"
    # 41所学校…招投标文件已发布: a clause closing on 已 and a done verb tells what is done
    r"|[^,;。、|\n\d已]{0,20}?已(?:开工|建成|完成|投产|投用|竣工|发布|开通|交付|到位)[^,;。\n\d]{0,4}"
    r"(?:[,;。\n]|$)"
)
_RATE_OF_SET_RE = re.compile(
    r"[^,;。、 \d]{1,16}?(?:比例|比重|占比|率)(?:要|将|须|应)?(?:达到|达|为|不低于|保持在|稳定在|提高到)"
    r" ?\d[\d.]* ?%"
)
_MARKS_RE = re.compile(r"标志着[^,;。]{0,20}$")
_PLANNED_RE = re.compile(r"力争|确保|争取|计划|预计|目标|要|将|需|应")
# 设计灌溉面积, 设计供水规模为 (not IC设计补助计划: a design trade)
_DESIGN_BEFORE_RE = re.compile(
    r"(?<!建)设计[^,;。\d]{0,6}(?:规模|能力|面积|时速|速度|容量|库容|流量|产能)[^,;。\d]{0,4}$"
)
_DOMAIN_BEFORE_RE = re.compile(r"(?:领域|板块)$")
_AS_FOLLOWS_RE = re.compile(r"[^,;。\d]{0,8}?(?:如下|分别是|分别为)")
# (the figure is the average's own: not 达到79岁、高于全国平均水平, a goal compared with it)
_AVERAGE_AFTER_RE = re.compile(r"(?:[^,;。、\d]{0,8}?的[^,;。、\d]{0,12}?)?平均水平")
# …and 以1公里为辐射半径, 以100户为单位: the measure a work is laid out by, no amount to reach
_BASIS_AFTER_RE = re.compile(
    r"[^,;。\d]{0,8}?(?:计算|测算|为基数)|为[^,;。\d]{0,4}?(?:半径|单位|基准|基期|起点|门槛)"
)
_SURVEY_RE = re.compile(
    r"(?:抽样误差|有效样本|置信度|信心水准)[^,;。\d]{0,6}$|有效样本|份?有效问卷"
)
_PAGE_COUNT_RE = re.compile(r"(?:评论|留言|点赞|阅读|浏览|转发|收藏)")
_GAP_BEFORE_RE = re.compile(r"(?:缺口|缺额)(?:为|达|约|近|超)?$")  # (社会住宅需求缺额达600户)
_FILL_RE = re.compile(r"弥补|填补|补齐|补足|缩小")
_ONE_OF_RE = re.compile(r"[^,;。\n]{0,12}?之一")
# 连云港港口是全国25个沿海主要港口、11个国际枢纽海港…之一: a list of the sets a thing is
# one of, after 是.
_ONE_OF_LIST_RE = re.compile(r"[^,;。\n]{0,60}?之一")
_IS_BEFORE_RE = re.compile(r"(?:是|为|成为|列为|属于)(?:全国|全省|中国|国家|全市)?$")
# 90余家金融机构及行业投资人赴会: who came to a meeting.
_CAME_RE = re.compile(r"[^,;。\d]{0,14}?(?:赴会|参会|与会|到会|出席会议|齐聚)")
# …会同…等20余个部门编制: who wrote a document.
_AUTHORS_RE = re.compile(r"[^,;。\d]{0,4}?(?:部门|单位|机构|专家)(?:共同|联合)?(?:编制|起草|编写)")
_SET_DESCRIBED_RE = re.compile(r"[^,;。\d\n]{1,10}?[均都](?:为|是|配套|位于|建在|属于|采用|已)")
_OF_WHICH_RE = re.compile(r"[^,;。\d]{1,12}?(?<![初高集其当从])中[,,](?:已有|有|其中)")
_BRACKET_BASE_RE = re.compile(r"\((?:(?:19|20)\d{2}年(?:底|末)?|现为|目前为|现状)为?$")
_ROLL_CALL_RE = re.compile(r"(?:应到|实到|到会|缺席|请假)(?:代表|委员)?$")
_ESTIMATE_MARKS = ("(预计数", "(快报数", "(初步核算", "(预计完成", "(预计值", "(估计数")
_MULTIPLIERS = frozenset("双两三四五六七八九十")
_SLOGAN_LEAD_RE = re.compile(r"[“\"][双两三四五六七八九十]个?$")
_CJK_BEFORE_RE = re.compile(r"[\u4e00-\u9fff」”)] ?\($")
# 完成投资16.1亿元,完成年度计划投资的39.9%: the amount done so far against the year's plan
_DONE_SO_FAR_RE = re.compile(r"[^。;]{0,6}?[,;]完成[^,;。\d]{0,10}?计划(?:投资|资金)?的\d")
_PART_OF_TOTAL_RE = re.compile(r"总投资\d[\d.]*[万亿]?元的[^,;。]{1,16}?完成(?:投资)?$")
_BASE_LIST_BEFORE_RE = re.compile(r"(?:由|从)(?:\d+(?:\.\d+)?%?、)*$")
_CHANGED_TO_AFTER_RE = re.compile(
    r"(?:、\d+(?:\.\d+)?%?)*分别(?:提升|提高|增加|增长|下降|降低|上升|减少)(?:到|至)"
)
_SUBJECT_BEFORE = frozenset(",;:和及与、")
_EACH_AFTER_RE = re.compile(r"[\u4e00-\u9fff]{1,4}?(?:分别|各自)")
_PENALTY_AFTER_RE = re.compile(r"[^,;。!?]{0,10}?(?:罚款|罚锾|罚金)")
_PENALTY_BEFORE_RE = re.compile(r"(?:处以|裁处|罚款|罚锾|罚金)[^,;。]{0,2}$")
_PEOPLE_AFTER_RE = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:人民|群众|儿女|同胞|父老乡亲)")
_CLAUSE_OPENERS = frozenset(",;:。“\n ")
_SLOGAN_AROUND_RE = re.compile(r"[^“”,;。]{0,8}”")
_LESS_AFTER_RE = re.compile(r"[^,;。\d]{0,8}?少(?:[,;。!?]|$)")
_FOCUS_BEFORE_RE = re.compile(r"以[^,;。以]{0,18}$")
_FOCUS_AFTER_RE = re.compile(r"[^,;。]{0,14}?为(?:重点|主体|核心|依托|抓手|突破口|载体)")
_LISTED_AFTER_RE = re.compile(r"[^,;。]{0,10}?被(?:列入|纳入|列为|评为|认定为)")


_TITLE_BODY_RE = re.compile(r"[^《》。\n]+")
# …a document's (方案, 通知), not a headline or an item a list puts in book marks.
_DOCUMENT_END_RE = re.compile(
    "(?:"
    + vocab.alt(
        [*vocab.DOCUMENT_HEADS, "通知", "决定", "报告", "要点", "规定", "细则", "措施", "批复"]
    )
    + r")[>)]?(?:\(草案\))?$"
)


_QUOTE_OPEN_RE = re.compile(r"[“\"][^“”\",;。]{1,6}$")
# …or a service or programme so named (“免费住15天”服务)
_WORK_AFTER_QUOTE = ("项目", "工程", "等项目", "等工程", "服务", "行动", "计划", "活动")


def _in_project_name(an: str, q: Quantity) -> bool:
    """智利电子“年产10亿件电子元器件技术改造”等项目: a figure in a quoted project's name."""
    op = an.rfind("“", max(0, q.start - 8), q.start)
    if op == -1 or an.find("”", op, q.start) != -1:
        return False
    close = an.find("”", q.end, q.end + 30)
    return close != -1 and an.startswith(_WORK_AFTER_QUOTE, close + 1)


def _in_title(an: str, pos: int) -> bool:
    """Inside a cited document's title (《…》), up to 80 characters long."""
    op = an.rfind("《", max(0, pos - 80), pos)
    if op == -1 or an.find("》", op, pos) != -1:
        return False
    close = an.find("》", pos, pos + 80)
    return (
        close != -1
        and _TITLE_BODY_RE.fullmatch(an, op + 1, close) is not None
        and _DOCUMENT_END_RE.search(an, max(op, close - 8), close) is not None
    )


_TALLY_RE = re.compile(r"(?:的|中|[省市县区])有 ?\d+ ?个[^,;。\d]{0,12}$|(?:的|中|[省市县区])有 ?$")
_EACH_PLACE_RE = re.compile("(?:" + vocab.alt(vocab.GOAL_SETTING_PLACES) + ")(?:均|都|各)")
_AMONG_THEM_RE = re.compile(r"中[,，]?(?:有|共有)$")
_FIGURE_NEXT_RE = re.compile(r"[^,;。\d]{1,16}?\d")  # (…中,有9个目标增速设置在5.5%)
_WHERE_WORK_RE = re.compile(
    r"[^,;。\d]{0,3}?(?:" + vocab.alt(vocab.WORK_PLACES) + r")(?:\([^)]{0,6}\))?[^,;。\d]{0,16}?\d"
)
_AMONG_SET_RE = re.compile(r"[^,;。\d]{1,14}?中[,，]")


def told_not_aimed(an: str, q: Quantity) -> bool:
    """Figures a text tells rather than aims at: fines, roll calls, word counts, parts of a
    whole, lengths of time, slogans' shapes, sayings, who came or wrote, the sets a thing is
    one of. Cheap tests on the characters around the figure come first; most figures pass
    all of them."""
    prev = an[q.start - 1 : q.start]
    nxt = an[q.unit_end : q.unit_end + 1]
    base = q.base_unit
    count = q.is_count
    before = an[max(0, q.start - 20) : q.start]
    after = an[q.unit_end : q.unit_end + 20]
    if (
        "缺" in before[-5:]
        and (prev == "缺" or _GAP_BEFORE_RE.search(before[-5:]))
        and not _FILL_RE.search(before[-16:])
    ):
        return True  # 光电目标缺5.78GW, 资金缺口约10亿元: how far short (弥补缺口… is a goal)
    wide = an[max(0, q.start - 60) : q.start] if q.percent else before
    if ("完成" in wide or "占" in wide) and _DONE_SHARE_BEFORE_RE.search(wide):
        # 完成“十三五”规划目标的132.76%, 占年度投资计划的32.12%: how much of a goal was met
        return True
    if ("平均" in after and _AVERAGE_AFTER_RE.match(after)) or (
        "以" in before[-6:] and _BASIS_AFTER_RE.match(after)
    ):
        return True  # 低于4.51张/千人的全省平均水平, 以800多万常住人口计算: a yardstick
    if (
        q.percent
        and prev == "("
        and an.startswith(")", q.end)
        and _CJK_BEFORE_RE.search(an, max(0, q.start - 3), q.start)
    ):
        return True  # 推展会展活动(6%): a weight or a share noted after a name
    if (
        ("由" in before or "从" in before)
        and _BASE_LIST_BEFORE_RE.search(before)
        and (_CHANGED_TO_AFTER_RE.match(an, q.end))
    ):
        return True  # 处理率由12%、80%分别提升到32%、90%: the levels a change starts from
    if an.startswith(_ESTIMATE_MARKS, q.end):
        return True  # 增长3%左右(预计数,下同): an estimate of a result, told in a review
    if before.endswith(("完成", "完成投资")) and _DONE_SO_FAR_RE.match(an, q.end):
        return True  # 完成投资16.1亿元,完成年度计划投资的39.9%: progress so far
    if before.endswith(("完成", "完成投资")) and _PART_OF_TOTAL_RE.search(
        an, max(0, q.start - 40), q.start
    ):
        return True  # 总投资6000万元的19个项目完成投资3000万元: the part of a total done so far
    if before.endswith(("仍有", "尚有", "还有")) and "未" in after[:8]:
        return True  # 仍有4万多个单位未觅得土地: what is still lacking, a present fact
    if "有" in before and _TALLY_RE.search(before) and (count or q.percent):
        # 高于去年的有23个, 12省区有7个预期…在10%以上: a tally of others and what they expect
        return True
    if count and before.endswith(("在", "在 ")) and _AMONG_SET_RE.match(an, q.unit_end):
        return True  # 在31个省、市、自治区中: the set that is counted among, no goal
    if count and (
        _EACH_PLACE_RE.match(an, q.unit_end)
        or (_AMONG_THEM_RE.search(before[-6:]) and _FIGURE_NEXT_RE.match(an, q.unit_end))
    ):
        return True  # 11个设区市均将…设定在5%以上, …中,有9个…: how many places set a goal
    if count and before.endswith("在") and _WHERE_WORK_RE.match(an, q.unit_end):
        return True  # 在39个村改造线路16公里: where the work is done, its measure follows
    if count and before.endswith(_REACH_VERBS) and _said_before(an, q):
        return True  # 在17个乡镇硬化道路…,惠及17个乡镇: the same places again, no new goal
    if (
        q.unit == "个百分点"
        and not q.suffix_cmp
        and _MARGIN_BEFORE_RE.search(before)
        and not _AIM_BEFORE_RE.search(_sentence_before(an, q.start))
    ):
        return True  # 高于吴忠市1.4个百分点: how far a result is ahead, no goal
    if (
        q.percent
        and before.endswith("完成")
        and not _PLANNED_RE.search(_sentence_before(an, q.start))
    ):
        return True  # 地道土建结构完成70%: how far a work has got, progress
    if q.base_unit == "个" and _RATE_OF_SET_RE.match(an, q.unit_end):
        return True  # 15个国考断面优Ⅲ水体比例达到86.7%: the set a rate is measured over
    if "复工" in before[-8:] and not _PLANNED_RE.search(re.split(r"[,;:]", before)[-1]):
        return True  # 开复工项目25个,开复工率78%: works resumed so far, progress
    if count and "在建" in before[-12:] and q.base_unit in ("个", "项"):
        return True  # 在建高速公路项目9个: works under way now, counted
    if (
        q.percent
        and prev == "\n"
        and an[q.end : q.end + 1] in ("\n", "(", "")
        and _PROGRESS_HEADER_RE.search(an, max(0, q.start - 3000), q.start)
    ):
        return True  # 当前进度 ⏎ … ⏎ 80%(…滞后): a table's progress column, how far a work got
    if "(" in before and _OTHER_PLACE_NOTE_RE.search(before):
        return True  # 增长6.1%(全国6.4%,全省0.01%): other places' figures noted for comparison
    if _ALREADY_AFTER_RE.match(an, q.unit_end):
        return True  # 8500万千瓦项目已经开工建设: what is already under way, told
    if "标志着" in before and _MARKS_RE.search(before):
        return True  # 标志着我县新能源装机容量达到181.7万千瓦: a level reached, told as news
    if "设计" in before and _DESIGN_BEFORE_RE.search(before):
        return True  # 水库工程设计灌溉面积2.47万亩: what a work is designed for, a specification
    if count and (_DOMAIN_BEFORE_RE.search(before) or _AS_FOLLOWS_RE.match(an, q.unit_end)):
        return True  # 教育惠民领域2个, 10项工程如下: how a plan's own list splits, or its heading
    if "序时" in before and _SCHEDULE_GAP_RE.search(before):
        return True  # 低于序时进度1.6个百分点: progress against the schedule, a fact
    if (
        q.percent
        and not (q.suffix_cmp or q.prefix_cmp)
        and q.value != 100
        and an.endswith(("完成率", "完成率为"), 0, q.start)
    ):
        # 年度竣工目标完成率11.1%, 投资完成率151.47%: how much is done so far (达到80%以上 or a
        # full 100% aims)
        return True
    if an.endswith(_TOLD_LEVEL_LEADS, 0, q.start):
        return True  # 水土保持率不到60%, 面积多达5万公顷: a level told as short or large, a fact
    if count and _PAGE_COUNT_RE.match(an, q.unit_end):
        return True  # 共0条评论, 1.2万次阅读: the page's counters
    if ("样" in before or "信" in before or count) and (
        _SURVEY_RE.search(before) or (count and _SURVEY_RE.match(an, q.unit_end))
    ):
        return True  # 完成1,126个有效样本, 抽样误差不超过±2.93%: how a survey was made
    if nxt in ("横", "纵") or (nxt in ("湾", "灣") and q.unit == "台"):
        return True  # “9横11纵”: a network's shape; 2026台湾灯会: a year before 台湾
    if count:
        if nxt == "已" or _DONE_AFTER_RE.match(an, q.unit_end):
            return True  # 有40项已完工, 5个项目已于8月底全部竣工: things already done, counted
        if prev in _SUBJECT_BEFORE and _EACH_AFTER_RE.match(an, q.unit_end):
            return True  # 市级和14个区分别建立…: the count names who act, each of them
        if an.find("中", q.unit_end, q.unit_end + 14) != -1 and _OF_WHICH_RE.match(an, q.unit_end):
            return True  # 规划的46项工程中,有40项…: the whole a part is counted from
        if base == "次" and an.endswith("出现", 0, q.start):
            return True  # “发展”出现67次: how often a word occurs in a text
        if (base in _PERSON_UNITS or base == "人") and _ROLL_CALL_RE.search(
            an, max(0, q.start - 6), q.start
        ):
            return True  # 应到代表215名,实到199名: a meeting's roll call
    if not base and _PEOPLE_AFTER_RE.match(an, q.unit_end) and prev in _CLAUSE_OPENERS:
        return True  # “两会”时间,170万白银人民热切关注: a population as the subject
    if (
        q.chinese
        and _SLOGAN_AROUND_RE.match(an, q.unit_end)
        and "“" in an[max(0, q.start - 6) : q.start]
    ):
        return True  # 县“三年翻两番”目标: a slogan's words, the goals are set out after it
    if (prev in _MULTIPLIERS or prev == "个") and (
        _SLOGAN_LEAD_RE.search(before) and _SLOGAN_AROUND_RE.match(an, q.unit_end)
    ):
        # 推动“双15%”, 实现“三个100%”: a slogan's name for goals set out elsewhere
        return True
    if (
        count
        and "即" in an[max(0, q.start - 60) : q.start]
        and _SLOGAN_DEFINED_RE.search(an, max(0, q.start - 60), q.start)
    ):
        return True  # 实施“1115”工程,即实施10个重大专项: a programme's parts
    if (
        count
        and "以" in before
        and _FOCUS_BEFORE_RE.search(before)
        and _FOCUS_AFTER_RE.match(an, q.unit_end)
    ):
        return True  # 以…18个深度贫困县为重点: where the work is focused, no count to reach
    if count and _LISTED_AFTER_RE.match(an, q.unit_end):
        return True  # 9个项目被列入省重点项目: what a list took in, a fact
    if not base and an.startswith(("字", "余字", "多字"), q.unit_end):
        return True  # 共17章、9万字: a document's length
    if "比" in an[max(0, q.start - 30) : q.start] and _LESS_AFTER_RE.match(an, q.unit_end):
        return True  # 比上年提出的15.8万个单位少: the figure compared with, not a goal
    if _in_title(an, q.start):
        return True  # 关于印发<“十三五”新增1亿亩…方案>的通知》: a cited title's words
    if "“" in before and _in_project_name(an, q):
        return True  # “年产10亿件电子元器件技术改造”等项目: the project's name
    if count and an.startswith(("”", '"'), q.unit_end) and _QUOTE_OPEN_RE.search(before[-8:]):
        return True  # 落实“创新40条”: a package of measures named by its count
    if base == "个月" and prev == "年":
        return True  # 担任县长五年四个月: the months after years, a length of time
    if base in ("小时", "个小时") and q.value == 24:
        return True  # 24小时供水: around the clock, not a duration to reach
    if prev == "后" and an.endswith("最后", 0, q.start):
        return True  # 打通“最后一公里”: a saying, not a distance
    if _attended_or_belongs(an, q):
        return True
    window = an[max(0, q.start - 10) : q.start]
    if "(" in window and _BRACKET_BASE_RE.search(window):
        return True  # 占比达到60%以上(2022年为54%): the bracket gives the base
    if "罚" in window[-4:] or "罚" in an[q.unit_end : q.unit_end + 12]:
        # 处以5万元以下罚款, 裁处6万至30万元罚锾: a fine a rule sets, no goal
        return bool(
            _PENALTY_AFTER_RE.match(an, q.unit_end) or _PENALTY_BEFORE_RE.search(window[-4:])
        )
    return False


_REACH_VERBS = ("惠及", "覆盖", "涉及", "受益")


_SENTENCE_END_RE = re.compile(r"[。;!?\n]")


def _sentence_before(an: str, pos: int) -> str:
    """The sentence up to pos (at most 60 characters back)."""
    head = an[max(0, pos - 60) : pos]
    cut = max((m.end() for m in _SENTENCE_END_RE.finditer(head)), default=0)
    return head[cut:]


def _said_before(an: str, q: Quantity) -> bool:
    """The same count of the same things (17个乡镇) earlier in the sentence."""
    said = an[q.start : q.unit_end + 2]
    if len(said) < 4 or not "\u4e00" <= said[-1] <= "\u9fff":
        return False
    window = an[max(0, q.start - 80) : q.start]
    return said in window[max(window.rfind(c) for c in "。\n;!?") + 1 :]


def _attended_or_belongs(an: str, q: Quantity) -> bool:
    if _ATTENDANCE_RE.match(an, q.end):
        return True
    if q.base_unit in _PERSON_UNITS and _DELEGATES_RE.match(an, q.end):
        return True
    if not q.is_count:
        return False
    if _ONE_OF_RE.match(an, q.end) or _one_of_list(an, q):
        return True  # 全省10大文旅品牌之一: the count sizes the set the thing belongs to
    if _CAME_RE.match(an, q.end) or _AUTHORS_RE.match(an, q.end):
        return True  # who came to a meeting or wrote a plan: facts of the event
    return bool(_SET_DESCRIBED_RE.match(an, q.end))  # 9所幼儿园均为公办幼儿园: what all are


def _one_of_list(an: str, q: Quantity) -> bool:
    """The first count of a 是…N个…、M个…之一 list, or one after it in that list."""
    if not _ONE_OF_LIST_RE.match(an, q.end):
        return False
    k = q.start
    while k > 0 and an[k - 1] not in ",;。:\n":
        if _IS_BEFORE_RE.search(an, max(0, k - 6), k):
            return True
        k -= 1
    return False
