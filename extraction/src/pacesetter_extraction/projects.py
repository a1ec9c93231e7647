"""Named works (县医院整体搬迁, 一区三园基础设施): candidates for the project
list of a plan. A project is an object of a work verb (推动, 抓好, 实施…) whose
head is a kind of work (搬迁, 基础设施, 工程, 项目); a head written once after a
list applies to every short item of the list (职校、二中和县医院整体搬迁).
"""

from __future__ import annotations

import re

from . import vocab
from .clause_times import walk
from .clean import Cleaned
from .context import DocYears
from .model import Project
from .sentences import Line

VERB_RE = re.compile(vocab.alt(vocab.PROJECT_VERBS))
_HEADS = sorted(vocab.PROJECT_HEADS, key=len, reverse=True)
_ITEM_SPLIT = re.compile(r"[、和及]")
_QUOTES = '“”"「」『』'
_GENERIC = ("一批", "重点", "若干", "各类", "相关", "一系列", "各项", "有关", "这些", "该")


def _head(item: str) -> str | None:
    core = item.strip(_QUOTES)
    for h in _HEADS:
        if core.endswith(h):
            return h
    return None


def extract_projects(doc: Cleaned, lines: list[Line], years: DocYears) -> list[Project]:
    an = doc.analysis
    out: list[Project] = []
    seen: set[tuple[int, str]] = set()
    for ctx in walk(doc, lines, years):
        if ctx.state == "past":
            continue
        cl = ctx.clause
        text = an[cl.start : cl.end].rstrip("。!? ")
        vm = VERB_RE.search(text)
        if not vm:
            continue
        obj_start = vm.end()
        obj = text[obj_start:]
        for tail in ("工作", "建设"):
            if obj.endswith(tail) and _head(obj[: -len(tail)]):
                obj = obj[: -len(tail)]
        # Items with their positions inside text.
        items: list[tuple[int, str]] = []
        pos = obj_start
        for part in _ITEM_SPLIT.split(obj):
            items.append((pos, part))
            pos += len(part) + 1
        last_head = _head(items[-1][1]) if items else None
        for k, (p, item) in enumerate(items):
            h = _head(item)
            name = item
            end = p + len(item)
            if (
                h is None
                and last_head
                and k < len(items) - 1
                and 1 < len(item.strip(_QUOTES)) <= 6
                and all(_head(it) is None for _, it in items[:-1])
            ):
                name = item + last_head
                end = obj_start + len(obj)
                h = last_head
            if h is None:
                continue
            clean_name = name.translate(str.maketrans("", "", _QUOTES)).strip()
            core = clean_name[: -len(h)]
            if len(core) < 2 or re.search(r"\d", clean_name) or clean_name.startswith(_GENERIC):
                continue
            if (cl.start, clean_name) in seen:
                continue
            seen.add((cl.start, clean_name))
            quote, s, e = doc.quote(cl.start + p, cl.start + end)
            out.append(Project(quote=quote, start=s, end=e, name=clean_name))
    return out
