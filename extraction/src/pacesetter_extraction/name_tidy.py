"""A name's tidying: without the marks, bullets, item numbers, conjunctions and the place
phrases around it (what every indicator name and work name goes through last)."""

from __future__ import annotations

import re

from . import vocab

STRIP_CHARS = " \u3000,;:。、!?-—·…「」『』【】|\n\t★☆→←⇒" + vocab.BULLET_MARKS  # bullets too


def _balance_quotes(s: str) -> str:
    if s.count("(") != s.count(")"):
        s = s.strip("()")  # (规划建成约: a bracket the figure's clause opened or closed
    if s.count("“") != s.count("”"):
        s = s.strip("“”")
    elif s.startswith("“") and s.endswith("”") and s.count("“") == 1:
        s = s[1:-1]  # a name that is one quoted phrase (“疆煤外运”) is that phrase
    return s


# 集装箱方面, 养老设施和: a topic's word or a conjunction ends no name.
_TRAIL_NOISE = ("方面", "和", "及", "与")


# ①, ⑴, ⒈ (U+2460–249B): a circled or bracketed number opens an item as 1、 does
_ITEM_START = frozenset(
    "0123456789一二三四五六七八九十(" + "".join(map(chr, range(0x2460, 0x249C)))
)
_ITEM_NO_RE = re.compile(
    r"^(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})[.、．]|\((?:\d{1,2}|[一二三四五六七八九十]{1,3})\)"
    r"|[\u2460-\u249b][.、．]?)"
)


_PLACES_EACH_RE = re.compile(
    r".{0,6}?\d+个(?:"
    + vocab.alt(vocab.GOAL_SETTING_PLACES)
    + r")(?:中[,，]?有\d+个|均将|都将|均|都|各)"
    r"|有\d+个"
)
_PLACE_SCOPE_RE = re.compile(
    r"在[^,;。\d]{0,8}?\d+[^,;。\d]{0,4}?(?:"
    + vocab.alt(vocab.WORK_PLACES)
    + r")(?:\([^)]{0,6}\))?"
)


_FROM_NOW_RE = re.compile(r"(?:亦|也|还)?(?:将|要|会)?(?:从|由)(?:目前|现在?|现时|当前)$")


_MODAL_MID_RE = re.compile(
    r"(?<=.)(?:都|均|也|亦)?(?:即将|将)(?:确保|力争|争取)?(?:在|于)?"
    r"(?=年内|年底|今年|明年|开工|建成|竣工|通车|投产|投用|完成|实现)"
)


def tidy(s: str) -> str:
    """A name without the marks, bullets, item numbers and conjunctions around it."""
    # 于2030年(民国119年)达成: the years gone, their brackets and 于 are no name.
    if "()" in s:
        s = s.replace("()", "").removeprefix("于")
    s = s.strip(STRIP_CHARS)
    if s[:1] in _ITEM_START:
        s = _ITEM_NO_RE.sub("", s).strip(STRIP_CHARS)  # 5.长者…: an item's number
    if "个" in s and (each := _PLACES_EACH_RE.match(s)) and each.end() < len(s) - 1:
        s = s[each.end() :]  # 江西11个设区市均将GDP…: how many places set it, no part of it
    if s[:1] == "在" and (scope := _PLACE_SCOPE_RE.match(s)) and scope.end() < len(s) - 1:
        s = s[scope.end() :]  # 在12个行政村(社区)铺设污水管网: where the work is done
    if s[:1] == "(" and 2 < (close := s.find(")")) < len(s) - 2:
        s = s[close + 1 :]  # (街道办)硬化道路: the gloss of a word cut off before the name
    if ("从" in s or "由" in s) and (now := _FROM_NOW_RE.search(s)):
        s = s[: now.start()]  # 森林覆盖率(将)从目前(的23%…): the level it starts from
    if "将" in s:
        s = _MODAL_MID_RE.sub("", s)  # 预备项目年内即将开工, 车站都将确保在年内开工: the pledge
    if s.endswith(_TRAIL_NOISE):
        s = s[: -2 if s.endswith("方面") else -1].strip(STRIP_CHARS)
    return _balance_quotes(s)
