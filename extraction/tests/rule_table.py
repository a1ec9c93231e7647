"""Shared by the rule tables: a report-year header and the targets of a text, each quote checked
against the text it was cut from."""

from __future__ import annotations

from typing import Any

from pacesetter_extraction import extract

H = "2026年全县主要预期目标:"


def targets(text: str, year: int | None = None) -> list[dict[str, Any]]:
    out = [t.to_dict() for t in extract(text, year=year).targets]
    for t in out:
        assert text[t["start"] : t["end"]] == t["quote"]
    return out
