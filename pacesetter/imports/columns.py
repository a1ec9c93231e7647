"""The columns every figures file shares (entry template, CSV, export) and how a header is read.

A header may be written in any interface language: a template downloaded in Chinese must still
be read when it is uploaded from an English session, and a CSV written by hand uses the plain
keys ``indicator,unit,period,value,comment``.
"""

from __future__ import annotations

import re

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
TEMPLATE = ("indicator", "name", "measure", "unit", "unit_name", "period", "target", "previous",
            "value", "comment")
# What an export writes: the import columns first, so an export can be edited and imported back.
EXPORT = ("indicator", "unit", "period", "value", "comment", "name", "unit_name", "measure",
          "state")
SHEET = gettext_noop("Figures")  # the one sheet an upload is read from
README_SHEET = gettext_noop("Read me")
ERRORS_SHEET = gettext_noop("Errors")


def label(key: str) -> str:
    return _(LABELS[key])


def normalize(text) -> str:
    return re.sub(r"[\s_\-*]+", "", str(text or "")).casefold()


def _spellings(msgid: str, extra: str = "") -> set[str]:
    names = {normalize(msgid)} | ({normalize(extra)} if extra else set())
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            names.add(normalize(_(msgid)))
    return names


def sheet_names() -> set[str]:
    return _spellings(SHEET, "data")


def match_header(cells) -> dict[str, int]:
    """key → column index for every cell of ``cells`` that names a known column."""
    spellings = {key: _spellings(msgid, key) for key, msgid in LABELS.items()}
    found: dict[str, int] = {}
    for index, cell in enumerate(cells):
        name = normalize(cell)
        for key, names in spellings.items():
            if name and name in names and key not in found:
                found[key] = index
                break
    return found
