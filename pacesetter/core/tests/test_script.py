"""繁體 is converted by phrase with the usual Taiwan-standard forms, and the 繁體 catalog is
the 简体 one through that same conversion (one source of wording, no hand-kept copy)."""

import re
from pathlib import Path

import polib
import pytest

from pacesetter.core.script import to_traditional

LOCALE = Path(__file__).resolve().parents[2] / "locale"


@pytest.mark.parametrize(
    ("simplified", "traditional"),
    [
        ("负责人已签批", "負責人已簽批"),  # 簽 of signing, not 籤 of lots
        ("部门会签", "部門會簽"),
        ("最多只接受 10 MB", "最多只接受 10 MB"),  # the adverb 只, not the classifier 隻
        ("已审核", "已審核"),  # not 審覈
        ("作为附件", "作為附件"),  # not 爲
        ("群机器人", "群機器人"),  # not 羣
        ("一只羊", "一隻羊"),  # the classifier is still 隻
        ("数据填报", "數據填報"),  # script only: the wording stays the mainland's (not 資料)
    ],
)
def test_phrases_convert_as_a_reader_of_traditional_chinese_expects(simplified, traditional):
    assert to_traditional(simplified) == traditional


def test_the_traditional_catalog_is_the_simplified_one_converted():
    hans = {
        (e.msgctxt, e.msgid): e for e in polib.pofile(str(LOCALE / "zh_Hans/LC_MESSAGES/django.po"))
    }
    wrong = []
    for entry in polib.pofile(str(LOCALE / "zh_Hant/LC_MESSAGES/django.po")):
        source = hans[entry.msgctxt, entry.msgid]
        if entry.msgid_plural:
            expected = {k: to_traditional(v) for k, v in source.msgstr_plural.items()}
            if entry.msgstr_plural != expected:
                wrong.append(entry.msgid)
        elif entry.msgstr != to_traditional(source.msgstr):
            wrong.append(entry.msgid)
    assert wrong == []


def test_english_mode_shows_no_chinese_interface_wording():
    """A message written with a Chinese term in its English source has an English rendering
    (data such as unit names stays as entered)."""
    cjk = re.compile(r"[\u4e00-\u9fff]")
    left = [
        e.msgid
        for e in polib.pofile(str(LOCALE / "en/LC_MESSAGES/django.po"))
        if cjk.search(e.msgid) and (not e.msgstr or cjk.search(e.msgstr))
    ]
    assert left == []
