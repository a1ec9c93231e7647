"""Rules written in session 26 (issue 14).

Each case is (text, expected, reason); the sentences are written for these tests, in the language
of plans and news, and are not taken from any corpus text.
"""

from __future__ import annotations

from rule_table import targets


def test_deng_inside_a_word_does_not_close_a_list() -> None:
    text = "到2028年,全省中等职业教育招生规模和高等职业教育毕业生就业率分别达到12万人和95%。"
    got = [(t["indicator"], t["value"]) for t in targets(text)]
    assert got == [("中等职业教育招生规模", 12), ("高等职业教育毕业生就业率", 95)], (
        "中等 and 高等 are adjectives (secondary, higher), not 等 (etc.) closing a list: each "
        "listed name keeps its whole words"
    )
    etc = "到2028年,全县蔬菜、水果等农产品产量达到40万吨。"
    assert [t["indicator"] for t in targets(etc)] == ["农产品产量"], (
        "等 after listed items closes the list: what follows it is measured"
    )


def test_a_whole_number_of_years_is_a_figure_when_the_sentence_measures_years() -> None:
    text = "到2030年,全市劳动年龄人口平均受教育年限达到12年以上。"
    got = [(t["indicator"], t["value"], t["unit"], t["comparator"]) for t in targets(text)]
    assert got == [("劳动年龄人口平均受教育年限", 12, "年", ">=")], (
        "年限 names a length in years, so 12年以上 is its figure, not the year 2012"
    )
    listed = "到2030年,县域学前教育普及率、平均受教育年限分别达到92%和11年左右。"
    assert [t["value"] for t in targets(listed)] == [92, 11], (
        "the last item of a 分别 list, measured in years, is the second name's figure"
    )
    age = "到2030年,全市改造房龄20年以上的老旧小区45个。"
    assert [t["value"] for t in targets(age)] == [45], (
        "房龄20年以上 describes which estates: no 年限 is measured, so no figure of years"
    )
