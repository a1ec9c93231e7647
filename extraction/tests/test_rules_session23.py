"""Rules written in session 23 (issue 14).

Each case is (text, expected, reason); the sentences are written for these tests, in the language
of plans and news, and are not taken from any corpus text.
"""

from __future__ import annotations

from rule_table import targets


def test_a_scrapers_gloss_in_title_marks_is_no_part_of_the_name() -> None:
    text = "2027年,全县改扩建乡镇卫《繁:衛》生院6所,新建农村书《拼音:shū》屋20个。"
    got = [(t["indicator"], t["value"]) for t in targets(text)]
    assert got == [("改扩建乡镇卫生院", 6), ("新建农村书屋", 20)], (
        "a page's gloss of a character (its traditional form or its reading) inside a word is "
        "debris; the quote keeps it, the name does not"
    )
    titled = "2027年,全面落实《乡村振兴促进法》,建成示范村15个。"
    assert [t["value"] for t in targets(titled)] == [15], "a real title in 《》 stays text"
