"""What a milestone names: a facility, a work, a link, a document (by its head or its 《title》)
or a designation, each by its head (中心, 工程, 高速公路, 方案, 示范区), never a generic object
(一批项目, …体系) nor a kind praised; the works of a list (A、B相继动工) one by one; the work a bare
schedule clause completes; a clause cut into its commitments (创建X和完成Y)."""

from __future__ import annotations

import re

from . import vocab

QUOTES = '“”"「」『』'
GENERIC_START = tuple(vocab.GENERIC_OBJECT_START)
DOCUMENT_HEADS = tuple(vocab.DOCUMENT_HEADS)
_QUOTED_TITLE_RE = re.compile(r"[“\"「][^”\"」]{2,12}[”\"」][\u4e00-\u9fff]{1,4}$")
_BETWEEN_RE = re.compile(r"[^,]{2}(?:至|到|与|、)[^,]{2}")
# A phase after a work's name (工程一期, 工程(二期)) is still that work.
_PAREN_TAIL_RE = re.compile(r"\([^)]*\)$|[一二三四五六七八九十\d]期$")
_EVALUATIVE = tuple(vocab.EVALUATIVE_WORDS)
_DE_RE = re.compile(r"(?<!目)的")


def described_kind(obj: str) -> bool:
    """建设成为市民的幸福家园, 打造成为首府的后花园: whose or what kind of place a thing
    becomes, a description (目的地 is a word; a title in quotes stays one)."""
    return not _QUOTED_TITLE_RE.search(obj) and _DE_RE.search(obj.strip(QUOTES)) is not None


_PRAISE_LIST_RE = re.compile(
    r"(?:[\u4e00-\u9fff]{0,4}(?:" + vocab.alt(vocab.EVALUATIVE_WORDS) + r")、)+"
    r"[\u4e00-\u9fff]{0,4}(?:" + vocab.alt(vocab.EVALUATIVE_WORDS) + r")"
)
_ROAD_NUMBER_RE = re.compile(r"[GSXY]\d{2,4}(?![\dA-Za-z])")
_WORK_HEADS = sorted(vocab.WORK_HEADS, key=len, reverse=True)


def head_ok(obj: str) -> bool:
    # A title in quotation marks before what it names (“平安·和美”村庄) is a designation; a
    # road's number (G347梓潼至江油段, S234临澧段) names a road.
    if _QUOTED_TITLE_RE.search(obj) or _ROAD_NUMBER_RE.match(obj):
        return True
    core = _PAREN_TAIL_RE.sub("", obj.strip(QUOTES)).strip(QUOTES)
    # 卓越的全球城市: a kind praised, not a designation's name (国家森林城市); a list may still
    # hold names (示范区、…的目的地).
    pre = core.rpartition("的")[0]
    if pre.endswith(("”", '"')):
        # 建成“绿量充沛、美丽宜居”的…城市: a slogan of praise in quotes before 的
        praise = pre.rstrip('”"').rpartition("“")[2].split("、")
        described = any(p.endswith(_EVALUATIVE) for p in praise)
    else:
        described = "、" not in core and pre.endswith(_EVALUATIVE)
    # 全国知名、全省一流乡村旅游目的地: a list of praise before the head, no title
    described = described or _PRAISE_LIST_RE.match(core) is not None
    return not described and any(core.endswith(h) for h in vocab.DESIGNATION_HEADS)


# 优质工程, 民心工程、廉洁工程: works named only by the quality they are to have.
_QUALITY_WORKS_RE = re.compile(
    r"(?:(?:优质|精品|民心|廉洁|放心|满意|样板|标杆|平安)工程[、和及与]?)+"
)


def generic(obj: str) -> bool:
    o = obj.strip(QUOTES)
    return (
        o.startswith(tuple(vocab.GENERIC_OBJECT_START) + ("实施", "推进", "建设", "实现"))
        or o.endswith(tuple(vocab.GENERIC_OBJECT_END))
        or _QUALITY_WORKS_RE.fullmatch(o) is not None
    )


def names_something(subject: str) -> bool:
    return len(subject) >= 4 and not generic(subject)


def names_a_facility(subject: str) -> bool:
    return len(subject) >= 3 and not generic(subject) and head_ok(subject)


def names_a_document(subject: str) -> bool:
    """…;流浮山发展方案出台: a named plan or rule published, when its time is given."""
    core = subject.strip(QUOTES)
    return len(core) >= 4 and core.endswith(DOCUMENT_HEADS) and not core.startswith(GENERIC_START)


def names_a_link(subject: str) -> bool:
    """A link between named places (西安到汉中高速公路, 西安、延安、榆林高速公路), not a
    system (5G新型基础设施, 高速公路大通道)."""
    return len(subject) >= 4 and not generic(subject) and bool(_BETWEEN_RE.search(subject))


def names_a_work(obj: str) -> bool:
    """A named work whose start or completion can be checked: a name of its own before what
    it ends in (危湖大桥改建工程, 镇区基础设施配套建设), never a generic object (一批项目)."""
    core = _PAREN_TAIL_RE.sub("", obj.strip(QUOTES)).strip(QUOTES).removeprefix("建设")
    if _ROAD_NUMBER_RE.match(core.removeprefix("改建").removeprefix("新建")):
        return True
    head = next((h for h in _WORK_HEADS if core.endswith(h)), None)
    if head is None or len(core) - len(head) < 2:
        return False
    # 启动实施…工程 starts a programme (a policy 工程), not a work.
    return not core.startswith((*vocab.GENERIC_OBJECT_START, "实施", "推进", "实现"))


# A count or an alternative verb after 新建 (新建3所学校, 新建改建一批, 新建或回购) makes a
# quantity or a programme, not one facility.
_NOT_ONE_RE = re.compile(
    r"\d|[一两二三四五六七八九十百千几多]+[个座所家条项处批]|^(?:改|扩|迁|或|和|及)"
    r"|、[^、]+等"  # 新建五小、长林岗等小学: several, listed
)


def names_one_facility(obj: str) -> bool:
    """新建 + one named facility (新建镇史博物馆) is an event; its name is more than its kind."""
    core = _PAREN_TAIL_RE.sub("", obj.strip(QUOTES)).strip(QUOTES)
    return not _NOT_ONE_RE.search(core) and len(core) >= 5


_TITLED_DOCUMENT_RE = re.compile(
    r"(?:及|并)?(?:实施)?《[^《》]{2,40}(?:"
    + vocab.alt(vocab.DOCUMENT_HEADS)
    + r")(?:\([^()]{0,16}\))?》"
)


def titled_document(obj: str) -> bool:
    """《…中长期规划(2019-2028)》, 及实施《…方案》: a document named by its title."""
    return _TITLED_DOCUMENT_RE.fullmatch(obj) is not None


# 小蚝湾站、屯门南延线及北环线古洞站会在今年相继动工: works listed before 分别/相继 are one
# commitment each.
_EACH_RE = re.compile(
    r"分别|相继|陆续|先后|等(?:多|[两二三四五六七八九十\d]{1,2})[所个座家处条间](?=[^,;。]{2,24}$)"
)
_LIST_TAIL_RE = re.compile(r"将|会|要|也|亦|均|都|在|于|预计|计划|力争|今年|明年|年内|年底")
_ITEM_SPLIT_RE = re.compile(r"、|和|及|与")
_PAREN_RE = re.compile(r"\([^()]{0,12}\)")


def lists_works(indicator: str) -> bool:
    return _EACH_RE.search(indicator) is not None


# 开工或建成一批交通项目: a batch whose works go unnamed (A、B等一批 names some; 第一批 is the
# first of a series)
_BATCH_RE = re.compile(r"(?<![等第])一批")


def each_work(indicator: str, verb: str) -> list[str]:
    """The works a milestone names, one by one (none when it names only a batch)."""
    if _BATCH_RE.search(indicator):
        return []
    m = _EACH_RE.search(indicator)
    if not m or not verb:
        return [indicator]
    head = _PAREN_RE.sub("", indicator[: m.start()])
    last_sep = max((x.end() for x in _ITEM_SPLIT_RE.finditer(head)), default=0)
    if tail := _LIST_TAIL_RE.search(head, last_sep):
        head = head[: tail.start()]
    items = [i for i in _ITEM_SPLIT_RE.split(head) if i]
    if len(items) < 2 or any(len(i) < 2 for i in items) or "的" in head:
        return [indicator]
    return [i + verb for i in items]


# 由…负责的X项目,…,预计2021年11月份完成: a listed work and when it is to be done.
_SCHEDULE_RE = re.compile(
    r"^(?:并|将|亦|均|可)?(?:预计|计划|力争|希望|有望|可望|拟)(?:于|在)?[^,;。]{1,14}?"
    r"(?:前)?(?P<verb>完成|竣工|完工|建成|投用|投入使用|交付使用)$"
)
# the works a sentence names before its bare schedule (…项目, …工程, or a facility: 医院分院)
_WORK_IN_SENTENCE_RE = re.compile(r"(?:的|,|^)(?P<work>[^,;。的]{2,24}?(?:项目|工程))")
_FACILITY_IN_SENTENCE_RE = re.compile(
    r"(?:,|^)(?:\d{1,2}[.、]|[一二三四五六七八九十]{1,2}、)?(?P<work>[^,;。的]{3,24})(?=[,;。]|$)"
)


# The named work a clause-final 完成 finishes (…康复中心工程预计明年第一季完成).
WORK_FIRST_RE = re.compile(
    r"([^,;。]{2,24}?(?:工程|项目|建设|扩建|改建|改造|主体结构))"
    r"(?=预计|计划|将|力争|争取|于|在|明年|今年|年底|年内|\d|亦|也|就|会)"
)
_BARE_WORK_RE = re.compile(r"(?:该|本)?(项目|工程)(?=预计|计划|将|力争|争取|于|在)")
_BUILDING_DONE_RE = re.compile(r"((?:全部|主体)?(?:建设|施工))(?:工作|任务)?")


def building_finished(text: str, obj: str) -> str | None:
    """X项目计划于6月末完成全部建设工作 → X项目完成全部建设: the named work before 完成 is
    finished when what 完成 takes is only its building."""
    done = _BUILDING_DONE_RE.fullmatch(obj)
    w = WORK_FIRST_RE.match(text) if done else None
    if done and w and names_a_work(w.group(1)):
        return w.group(1) + "完成" + done.group(1)
    bare = _BARE_WORK_RE.match(text) if done and not w else None
    if done and bare:
        return bare.group(1) + "完成"  # …,项目计划…完成: the work is named earlier (plan_name)
    return None


def scheduled_work(part: str, lead: str) -> str | None:
    """The work a bare schedule clause completes: the first named work of its sentence."""
    m = _SCHEDULE_RE.match(part)
    if not m:
        return None
    for w in _WORK_IN_SENTENCE_RE.finditer(lead):
        if names_a_work(w.group("work")):
            return w.group("work").translate(str.maketrans("", "", QUOTES)) + m.group("verb")
    for w in reversed(list(_FACILITY_IN_SENTENCE_RE.finditer(lead))):  # the nearest
        if names_a_facility(w.group("work")) and names_one_facility(w.group("work")):
            return w.group("work").translate(str.maketrans("", "", QUOTES)) + m.group("verb")
    return None


_JOIN_RE = re.compile(
    r"(?P<join>以及|和|及|并)(?=(?:"
    + vocab.alt(vocab.MILESTONE_VERBS_FRONT)
    + r")|\d|[一二两三四五六七八九十]+[个座所家条项])"
    # 预定114年动工、116年启用: a second dated event; 建成X、安装Y: a second task
    r"|(?P<stop>、)(?=(?:19|20)?\d{2,3}年|(?:建成|安装|开工建设|建成投用|完成)(?!率))"
    # 敦促X市场建成和Y市场增容: after an event's own verb, 和 starts the next item
    r"|(?<=建成|竣工|落成|投用|通车|开通|投产)(?P<after>以及|和|及)"
)


_JOIN_CHAR_RE = re.compile("[以和及并、]")


def commitment_parts(text: str) -> list[tuple[int, int]]:
    """A clause cut where a conjunction starts a new event or a counted item
    (创建X示范乡镇和完成Y工程, 完成X工程和6个污水厂建设): one commitment per part."""
    if _JOIN_CHAR_RE.search(text) is None:
        return [(0, len(text))]  # every cut starts at one of these characters
    cuts = [m.start() for m in _JOIN_RE.finditer(text) if m.start() > 0]
    bounds = [0, *cuts, len(text)]
    out = []
    for i in range(len(bounds) - 1):
        a, b = bounds[i], bounds[i + 1]
        if i > 0:
            j = _JOIN_RE.match(text, a)
            a += len(j.group("join") or j.group("stop") or j.group("after"))  # type: ignore[union-attr]
        out.append((a, b))
    return out


# 计划通车的11号线迪士尼段、12号线西段等正在抓紧调试; 包括年内将开工的岷江犍为枢纽: works told
# by the event planned for them.
_PLANNED_FOR_RE = re.compile(
    r"(?:年内|今年|年底前)?(?:计划|拟|将|预计|即将)(?:于?年内|在年内)?"
    r"(?P<verb>通车|开通|开工|建成|竣工|完工|投用|投产)的"
    r"(?P<work>[^,;。的等]{2,30}?)(?=等|正在|已|将|[,;。]|$)"
)


def planned_for(part: str) -> tuple[int, str] | None:
    """(where it starts, the name) of works a clause names by the event planned for them."""
    m = _PLANNED_FOR_RE.search(part) if "的" in part else None
    if not m:
        return None
    works = re.split("[、和及]", m.group("work"))
    if not all(names_a_work(w) or names_a_facility(w) or _LINE_RE.search(w) for w in works):
        return None
    return m.start(), m.group("work").translate(str.maketrans("", "", QUOTES)) + m.group("verb")


_LINE_RE = re.compile(r"\d+号线|[段站]$")


# 今年还有9个预备项目年内即将开工,分别是商飞试飞中心、轨交15号线等: the works the clause
# before counts, named in a list after it, share its event.
_LISTED_RE = re.compile(r"^(?:分别是|分别为|包括|即)(?P<works>[^,;。]{4,80}?)等?$")
_COUNTED_EVENT_RE = re.compile(
    r"\d+[个项座条][^,;。]{0,12}?(?:将|即将|计划|拟|年内|确保|力争)[^,;。]{0,4}?"
    r"(?P<verb>开工|建成|竣工|完工|通车|投产|投用)[,，]?$"
)


def listed_works(part: str, lead: str) -> str | None:
    """The name of works a list names after the clause that counts them and their event."""
    m = _LISTED_RE.match(part) if part[:1] in "分包即" else None
    ev = _COUNTED_EVENT_RE.search(lead) if m else None
    if not m or not ev:
        return None
    works = m.group("works")
    items = re.split("[、和及]", works)
    if not all(names_a_work(w) or names_a_facility(w) or _LINE_RE.search(w) for w in items):
        return None
    return works.translate(str.maketrans("", "", QUOTES)) + ev.group("verb")


# 全省县域经济20强, 全国百强县, 中国旅游十强县: a ranked list of places or firms one enters
_RANKED_LIST_RE = re.compile(
    r"(?:全国|全省|全市|全区|中国|国内|世界|西部|中部|东部)[^,;。\d]{0,10}?"
    r"(?:\d{1,3}|[一二三四五六七八九十百]{1,3})强(?:县|市|区|镇|乡|企业|园区)?$"
)


def ranked_list(obj: str) -> bool:
    return _RANKED_LIST_RE.search(obj) is not None


# 二○二三年: a year of this century in Chinese digits, as Macau and Taiwan write it
CN_YEAR = r"二[〇○零][〇○零一二三四五六七八九]{2}年"
# …初步发展建议年底(公布), …第二期工程明年中(开展): when the event comes, told before its verb
_WHEN_TAIL_RE = re.compile(
    r"(?:预计|将于|将|计划|可望|有望|争取|力争)?(?:于|在)?(?:今年|明年|后年|年内|年底|年中|短期内|近期"
    r"|(?:19|20)\d{2}年|" + CN_YEAR + r")(?:中|底|内|初)?(?:前|内)?$"
)


def without_time(subject: str) -> str:
    return _WHEN_TAIL_RE.sub("", subject)


_BUILD_TAIL_RE = re.compile(r"(?:兴建|建设|施工|建造|新建)$")
_MODAL_TAIL_RE = re.compile(r"(?:预计|计划|将|可望|有望|争取|力争)$")


def built_whole(subject: str) -> bool:
    """…社会住宅预计2027年兴建(完成), 城北安置小区预计年底建设(完成): a named facility whose
    building is finished at the time told."""
    core = _MODAL_TAIL_RE.sub("", without_time(_BUILD_TAIL_RE.sub("", subject)))
    return core != subject and names_a_facility(core)


# 明年中落成的体育学院新大楼, 于2025年启用的体育园: a facility named by when it opens.
TIMED_FACILITY_RE = re.compile(
    r"(?:于|在)?(?:明年|今年|(?:19|20)\d{2}年)[^,;。的]{0,4}?"
    r"(?P<verb>落成|启用|建成|竣工|开通|投入使用|投入服务)的"
    r"(?P<obj>[^,;。的]{2,20}?)(?=会|将|为|是|已|可|能|把|于|和|及|等|$)"
)
# A network reaching a place (实现城区5G连续覆盖, 全部实现高速公路连接): there or not, so
# checkable; 全覆盖 of a service is a coverage rate, labelled as such or not at all.
SERVICE_RE = re.compile(
    r"实现(?P<obj>[^,;。]{2,30}?)(?<!全)(?:连续)?(?:覆盖|商用|连接|联网)(?:和(?:全面|规模)商用)?$"
)
