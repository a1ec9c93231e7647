"""Names of shares told around their figure: 58%的县以高速公路连通 (the share of the places that
do something), 高铁覆盖80%以上的大城市 (of what a verb reaches), and lists of them (30%的县区、
40%的乡镇…完成…创建)."""

from __future__ import annotations

import re

from .indicators import from_left

__all__ = ["reached_again", "reached_share", "share_of"]

# 58%的县(市、区)以高速公路连通: a share of the places or things that do something.
_SHARE_RE = re.compile(
    # 通 as in 行政村通光纤 (a link reaches them), not 通过 (by means of).
    # (a list's next item is no noun: 26%、到本世纪中叶达到…)
    r"(?:以上|左右)?(?:\(含\))?的?(?P<noun>(?!、)[^\d,;:。的]{1,14}?)(?P<vp>(?:以|实现|有|建成|创建|完成|开通|纳入|覆盖|达到|得到|通(?!过))"
    r"[^,;:。]{1,18})"
)


def share_of(right: str) -> tuple[str, int] | None:
    """The indicator of a share told after its figure, and how far it reaches:
    全省58%的县以高速公路连通 → 以高速公路连通的县比例."""
    m = _SHARE_RE.match(right)
    if m:
        return f"{m.group('vp').removeprefix('实现')}的{m.group('noun')}比例", m.end()
    # 30%的县区、40%的乡镇…完成…创建: each share of a list is of its own noun, and they share
    # what the last one's verb says.
    item = _SHARE_ITEM_RE.match(right)
    last = _SHARE_RE.match(right, right.rfind("%的") + 1) if item else None
    if not item or not last:
        return None
    return f"{last.group('vp').removeprefix('实现')}的{item.group('noun')}比例", item.end("noun")


_SHARE_ITEM_RE = re.compile(r"的(?P<noun>[^\d,;:。、的]{1,8})、(?=[\d.]+%)")


# 高铁覆盖80%以上的大城市: a share of the things a verb reaches, named after the figure.
_REACH_VERB_RE = re.compile(r"(?:覆盖|惠及|连通|通达|接入|联通)$")
_SHARE_NOUN_RE = re.compile(
    # …城市社区和50%的…; after a bound 的 may go unsaid (覆盖90%以上乡镇)
    r" ?的?(?P<noun>[^\d,;:。、的\s]{1,10}?)(?=[,;:。\s]|$|[和及与、] ?\d)"
)


def reached_share(name: str, right: str) -> tuple[str, int] | None:
    """(高铁覆盖, 的大城市) → 高铁覆盖大城市比例, and how far the name reaches."""
    m = _SHARE_NOUN_RE.match(right) if _REACH_VERB_RE.search(name) else None
    return (f"{name}{m.group('noun')}比例", m.end()) if m else None


# …the verb's first item may be no share (覆盖所有城市社区、90%以上乡镇和)
_ITEM = r"[^,;:。\d]{1,12}?[和及、与]"
_SHARE_ITEM = r" ?[\d.]+ ?%[^,;:。\d]{0,3}的?[^,;:。\d]{1,10}?[和及、与]"
_REACHED_BEFORE_RE = re.compile(
    r"(?P<name>.*?(?:覆盖|惠及|连通|通达|接入|联通))(?:" + _ITEM + ")?(?:" + _SHARE_ITEM + ")"
    r"|(?P<name2>.*?(?:覆盖|惠及|连通|通达|接入|联通))" + _ITEM
)


def reached_again(head: str, right: str) -> tuple[str, int] | None:
    """(覆盖100%的城市社区和)(50%的农村社区): a second share the first one's verb reaches."""
    m = _REACHED_BEFORE_RE.fullmatch(head)
    return reached_share(from_left(m.group("name") or m.group("name2"))[0], right) if m else None
