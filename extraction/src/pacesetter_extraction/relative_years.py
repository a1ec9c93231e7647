"""Years told relative to the text's own: 今年, 明年, 去年, 下年度, and Taiwan's 去(108)年."""

from __future__ import annotations

import re

# 下年度, 下一年度: the financial year after this one (a budget's 下年度起)
# 去(108)年, 今(2026)年: Taiwan's news glosses the year with its number.
RELATIVE_RE = re.compile(
    r"今(?:\(\d{2,4}\))?年|本年度|本年|当年|明(?:\(\d{2,4}\))?年|来年|下一?年度|去(?:\(\d{2,4}\))?年"
    r"|上年|前年"
)
_GLOSS_RE = re.compile(r"\(\d{2,4}\)")


def relative_word(m: re.Match[str]) -> str:
    """The relative year word of a match, without its gloss: 去(108)年 → 去年."""
    return _GLOSS_RE.sub("", m.group()) if "(" in m.group() else m.group()


REL_OFFSET = {
    "今年": 0,
    "本年度": 0,
    "本年": 0,
    "当年": 0,
    "明年": 1,
    "来年": 1,
    "下年度": 1,
    "下一年度": 1,
    "去年": -1,
    "上年": -1,
    "前年": -2,
}
