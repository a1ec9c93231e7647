"""The columns every figures file shares (entry template, CSV, export) and how a header is read.

A header may be written in any interface language: a template downloaded in Chinese must still
be read when it is uploaded from an English session, and a CSV written by hand uses the plain
keys ``indicator,unit,period,value,comment``. Each column also answers to the names people
usually give it (``SYNONYMS``: 备注 as well as 说明, note as well as comment); a header cell that
names no column is refused, never skipped, so a figure or a comment is never silently dropped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

# key → msgid. The first four are the msgids bulk.py names columns with, so an error's column
# reads exactly like the header the user sees.
LABELS = {
    "indicator": gettext_noop("indicator"),
    "unit": gettext_noop("org unit"),
    "period": gettext_noop("period"),
    "value": gettext_noop("value"),
    "comment": gettext_noop("comment"),
    "name": gettext_noop("name"),
    "measure": gettext_noop("unit of measure"),
    "unit_name": gettext_noop("unit name"),
    "target": gettext_noop("target"),
    "previous": gettext_noop("last period"),
    "state": gettext_noop("state"),
}
REQUIRED = ("indicator", "unit", "period", "value")
# What the entry template shows, in this order; value and comment are the input cells.
TEMPLATE = (
    "indicator",
    "name",
    "measure",
    "unit",
    "unit_name",
    "period",
    "target",
    "previous",
    "value",
    "comment",
)
# What an export writes: the import columns first, so an export can be edited and imported back.
EXPORT = (
    "indicator",
    "unit",
    "period",
    "value",
    "comment",
    "name",
    "unit_name",
    "measure",
    "state",
)
# Other names a column is commonly headed with, in Chinese (simplified and traditional) and
# English, beside its label in every interface language and its key. No spelling may name two
# columns: 单位 alone is the org unit (its label), the unit of measure is 计量单位.
SYNONYMS = {
    "indicator": (
        "指标代码",
        "指标编码",
        "指标编号",
        "指标",
        "代码",
        "编码",
        "指標代碼",
        "指標編碼",
        "code",
        "indicator code",
        "measure code",
    ),
    "unit": (
        "单位代码",
        "单位编码",
        "机构",
        "机构代码",
        "组织",
        "组织机构",
        "填报单位",
        "單位代碼",
        "機構",
        "orgunit",
        "org unit code",
        "unit code",
        "organisation unit",
        "organization unit",
    ),
    "period": (
        "期间",
        "月份",
        "报告期",
        "统计期",
        "年月",
        "時間",
        "时间",
        "報告期",
        "month",
        "period code",
    ),
    "value": (
        "值",
        "数值",
        "本月",
        "本期",
        "本月数值",
        "本期数值",
        "实际值",
        "完成值",
        "数据",
        "數值",
        "本月數值",
        "本期數值",
        "實際值",
        "數據",
        "value",
        "amount",
        "figure",
        "actual",
    ),
    "comment": (
        "说明",
        "备注",
        "備註",
        "備注",
        "注释",
        "註釋",
        "批注",
        "情况说明",
        "說明",
        "情況說明",
        "comments",
        "note",
        "notes",
        "remark",
        "remarks",
        "memo",
    ),
    "name": ("指标名称", "指標名稱", "名称", "indicator name"),
    "measure": ("计量单位", "計量單位", "uom", "measure unit"),
    "unit_name": ("单位名称", "機構名稱", "机构名称", "單位名稱", "org unit name"),
    "target": ("目标", "目标值", "计划值", "目標", "目標值", "計劃值"),
    "previous": ("上期", "上月", "上期数值", "上月数值", "上期數值", "previous"),
    "state": ("状态", "狀態", "status"),
}
# Text an export writes that starts with one of these is a formula to a spreadsheet program
# (the OWASP "CSV injection" list): it is neutralised in CSV and stored as text in .xlsx.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
SHEET = gettext_noop("Figures")  # the one sheet an upload is read from
README_SHEET = gettext_noop("Read me")
ERRORS_SHEET = gettext_noop("Errors")


def label(key: str) -> str:
    return _(LABELS[key])


def normalize(text: object) -> str:
    return re.sub(r"[\s_\-*]+", "", str(text or "")).casefold()


def _spellings(msgid: str, extra: str = "") -> set[str]:
    names = {normalize(msgid)} | ({normalize(extra)} if extra else set())
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            names.add(normalize(_(msgid)))
    return names


def sheet_names() -> set[str]:
    return _spellings(SHEET, "data")


def spellings() -> dict[str, str]:
    """Every accepted header, normalized → the key of the column it names."""
    names: dict[str, str] = {}
    for key, msgid in LABELS.items():
        for name in _spellings(msgid, key) | {normalize(s) for s in SYNONYMS.get(key, ())}:
            names.setdefault(name, key)
    return names


def match_header(cells: Iterable[object]) -> dict[str, int]:
    """key → column index for every cell of ``cells`` that names a known column (the first,
    if two name the same one)."""
    names = spellings()
    found: dict[str, int] = {}
    for index, cell in enumerate(cells):
        key = names.get(normalize(cell))
        if key is not None and key not in found:
            found[key] = index
    return found


def unknown_headers(cells: Iterable[object]) -> tuple[list[str], list[str]]:
    """(cells naming no column, cells naming a column an earlier cell already names)."""
    names = spellings()
    unknown, repeated, seen = [], [], set()
    for cell in cells:
        name = normalize(cell)
        if not name:
            continue  # an empty header cell: trailing columns Excel keeps
        key = names.get(name)
        if key is None:
            unknown.append(str(cell).strip())
        elif key in seen:
            repeated.append(str(cell).strip())
        else:
            seen.add(key)
    return unknown, repeated


def accepted_headers() -> str:
    """The headers an upload may use, column by column, for a refusal message."""
    lines = []
    for key in LABELS:
        names = dict.fromkeys([label(key), key, *SYNONYMS.get(key, ())])
        lines.append(f"{label(key)}: " + " / ".join(names))
    return "; ".join(lines)


def neutralise(text: object) -> object:
    """A text cell for CSV that no spreadsheet program will run as a formula: one starting with
    a formula character gets a leading ' (the OWASP rule). Anything else is returned as is."""
    if isinstance(text, str) and text.startswith(FORMULA_TRIGGERS):
        return "'" + text
    return text


def unneutralise(text: str) -> str:
    """Undo ``neutralise`` on a cell read back from a file, so an export imports unchanged."""
    if text.startswith("'") and text[1:].startswith(FORMULA_TRIGGERS):
        return text[1:]
    return text
