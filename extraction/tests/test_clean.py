"""Cleaning keeps a map back to the original text."""

from __future__ import annotations

from pacesetter_extraction.clean import clean


def test_seed_has_289_pinyin_debris(seed_text: str) -> None:
    doc = clean(seed_text)
    assert doc.pinyin_removed == 289
    assert "(xué)" not in doc.text and "學" in doc.text


def test_pinyin_removed_and_map_points_back() -> None:
    original = "深學(xué)爭(zhēng)優(yōu)"
    doc = clean(original)
    assert doc.text == "深學爭優"
    assert doc.analysis == "深学争优"
    quote, s, e = doc.quote(1, 3)
    assert (quote, s, e) == ("學(xué)爭", 1, 8)
    assert original[s:e] == quote


def test_uppercase_brackets_are_not_pinyin() -> None:
    assert clean("國內生產總值(GDP)增長5%").text == "國內生產總值(GDP)增長5%"
    assert clean("新(改)建高標準農田").text == "新(改)建高標準農田"


def test_captions_credit_lines_and_decoration_removed() -> None:
    original = (
        "大會現場 張寶杉 攝\n正文第一句。\n▼\n编辑：陈某\n來源:某某日報 通訊員 王某\n"
        "重庆2023年预期目标******\n【编辑:俞丹鳳】\n"
    )
    doc = clean(original)
    assert "攝" not in doc.text and "编辑" not in doc.text and "來源" not in doc.text
    assert "▼" not in doc.text and "*" not in doc.text and "俞丹鳳" not in doc.text
    assert "正文第一句。" in doc.text and "重庆2023年预期目标" in doc.text


def test_fullwidth_digits_and_punctuation() -> None:
    original = "ＧＤＰ增長百分之五，失業率５．５％左右；"
    doc = clean(original)
    assert doc.text == "GDP增長百分之五,失業率5.5%左右;"
    assert len(doc.text) == len(original)  # 1:1, offsets unchanged


def test_doubled_punctuation_collapsed() -> None:
    doc = clean("增長5%,,支持消費,。")
    assert doc.text == "增長5%,支持消費,"


def test_every_clean_char_maps_to_the_same_original_char_after_normalising() -> None:
    original = "學(xué)習 攝\n第二行(zhèn)，數字１２３。"
    doc = clean(original)
    from pacesetter_extraction.clean import normalise

    norm = normalise(original)
    for i, ch in enumerate(doc.text):
        assert norm[doc.index[i]] == ch


def test_a_space_after_every_pinyin_bracket_goes_with_the_debris() -> None:
    assert (
        clean("今年前兩(liang) 月投資(zi) 完成118億(yi) 元").analysis == "今年前两月投资完成118亿元"
    )
    # a page that puts a space after one bracket only uses it to part two phrases
    assert clean("加快農(nóng)田建設(shè) 綠色食品面積(jī)保持第一").analysis == (
        "加快农田建设 绿色食品面积保持第一"
    )
