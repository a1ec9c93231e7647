"""What a milestone names: a facility, a work, a link, a document or a designation, each by
its head (中心, 工程, 高速公路, 方案, 示范区), never a generic object (一批项目, …体系)."""

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


_WORK_HEADS = sorted(vocab.WORK_HEADS, key=len, reverse=True)


def head_ok(obj: str) -> bool:
    # A title in quotation marks before what it names (“平安·和美”村庄) is a designation.
    if _QUOTED_TITLE_RE.search(obj):
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
    return not described and any(core.endswith(h) for h in vocab.DESIGNATION_HEADS)


def generic(obj: str) -> bool:
    o = obj.strip(QUOTES)
    return o.startswith(
        tuple(vocab.GENERIC_OBJECT_START) + ("实施", "推进", "建设", "实现")
    ) or o.endswith(tuple(vocab.GENERIC_OBJECT_END))


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
    head = next((h for h in _WORK_HEADS if core.endswith(h)), None)
    if head is None or len(core) - len(head) < 2:
        return False
    # 启动实施…工程 starts a programme (a policy 工程), not a work.
    return not core.startswith((*vocab.GENERIC_OBJECT_START, "实施", "推进", "实现"))


# A count or an alternative verb after 新建 (新建3所学校, 新建改建一批, 新建或回购) makes a
# quantity or a programme, not one facility.
_NOT_ONE_RE = re.compile(
    r"\d|[一两二三四五六七八九十百千几多]+[个座所家条项处批]|^(?:改|扩|迁|或|和|及)"
)


def names_one_facility(obj: str) -> bool:
    """新建 + one named facility (新建镇史博物馆) is an event; its name is more than its kind."""
    core = _PAREN_TAIL_RE.sub("", obj.strip(QUOTES)).strip(QUOTES)
    return not _NOT_ONE_RE.search(core) and len(core) >= 5
