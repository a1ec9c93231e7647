"""Rules written in session 17 (issue 14).

Each case is (text, expected, reason); the sentences are written for these tests, in the language
of plans and news, and are not taken from any corpus text.
"""

from __future__ import annotations

import pytest
from rule_table import H, targets

NAMES = [
    (
        H + "三年興建兩千間「青年宿舍」。",
        "兴建「青年宿舍」",
        "a span of years before a creating verb leaves only the verb; the quoted noun is counted",
    ),
    (
        H + "新建4个“红色驿站”服务点。",
        "新建“红色驿站”服务点",
        "a quoted name opens the counted noun, which goes on after the quote",
    ),
    (
        H + "县医院床位数亦将增至800张。",
        "县医院床位数",
        "亦 (also) is an adverb of the clause, no part of the name",
    ),
    (
        H + "接待游客达到800万人次「并不容易」。",
        "接待游客",
        "a quoted remark after the figure is no counted noun",
    ),
]


@pytest.mark.parametrize(("text", "name", "reason"), NAMES, ids=[c[2][:40] for c in NAMES])
def test_names(text: str, name: str, reason: str) -> None:
    assert [t["indicator"] for t in targets(text)] == [name], reason
