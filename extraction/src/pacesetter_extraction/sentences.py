"""Lines, sentences and clauses of the cleaned analysis text.

All positions are in cleaned-text coordinates. Splitting is a single linear
scan; very long runs without punctuation are chopped so that per-clause work
stays bounded (the extractor must stay linear in the size of its input).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

MAX_SENTENCE = 2000  # chars; longer runs are chopped (real sentences are far shorter)
# A ? before Latin letters is mojibake (總?cè)藬?shù)), not the end of a question.
# A digest's citation marks (…护砌2.75千米 [1][2]) end its sentences as a full stop would.
SENTENCE_END = re.compile(r"(?:[。!]|\?(?![a-zà-ü])|\[\d{1,2}\])+")
# Clause marks; 《》「」 and table bars also bound clauses (a list of 《target》 items).
# A comma between digit groups (36,000; 1089,0827,000) is part of a number, not a clause
# break; nor is a colon between digits (a ratio, 2.8:1, or a time, 9:30).
# A digest's spaced dash (…工程 - 实施…) bounds a clause too, but not a range (15% - 20%).
# A middle dot between long runs of words (…企业会客厅·下半年预计新增…) lists items, as a
# comma would; between short ones (平安·和美, 马克·吐温) it joins a name.
CLAUSE_SPLIT = re.compile(
    r"(?<!\d),|,(?!\d{3}(?!\d)|\d{4},\d{3}(?!\d))|[;《》「」|]|(?<!\d):|:(?!\d)| - (?!\d)(?<![\d%] - )"
    r"|·(?<=[\u4e00-\u9fff\d%”)]{4}·)(?=[\u4e00-\u9fff“(]{4})"  # (the dot first: a fast scan)
)
HEADING_MAX = 30
_SENTENCE_MARK_RE = re.compile(r"[。,;]")
PAREN_RE = re.compile(r"\([^()\n]{0,40}\)")


@dataclass(slots=True)
class Clause:
    start: int
    end: int


@dataclass(slots=True)
class Sentence:
    start: int
    end: int
    line: int  # index of the line (paragraph) it belongs to
    clauses: list[Clause] = field(default_factory=list)
    markers: list | None = None  # temporal markers, computed once (context.sentence_markers)


@dataclass(slots=True)
class Line:
    start: int
    end: int
    heading: bool
    sentences: list[Sentence] = field(default_factory=list)


def _chop(start: int, end: int) -> list[tuple[int, int]]:
    return [(s, min(s + MAX_SENTENCE, end)) for s in range(start, end, MAX_SENTENCE)] or [
        (start, end)
    ]


# A numbered section title may end with a full stop (2、推进学前教育低龄化发展。) but holds no
# figure of its own.
_NUMBERED_TITLE_RE = re.compile(
    r"(?:\d{1,2}[、.]|[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\))[^\d,;。]{2,28}。"
)


def is_heading(text: str) -> bool:
    """A short line without sentence punctuation, or a numbered title: a section heading."""
    t = text.strip()
    if _NUMBERED_TITLE_RE.fullmatch(t):
        return True
    return 0 < len(t) <= HEADING_MAX and not _SENTENCE_MARK_RE.search(t)


def split(text: str) -> list[Line]:
    """Split the analysis text into lines → sentences → clauses."""
    lines: list[Line] = []
    pos = 0
    n = len(text)
    while pos <= n:
        nl = text.find("\n", pos)
        if nl == -1:
            nl = n
        line_text = text[pos:nl]
        if line_text.strip():
            line = Line(pos, nl, is_heading(line_text))
            s = pos
            for m in SENTENCE_END.finditer(line_text):
                e = pos + m.end()
                for cs, ce in _chop(s, e):
                    line.sentences.append(Sentence(cs, ce, len(lines)))
                s = e
            if s < nl:
                for cs, ce in _chop(s, nl):
                    line.sentences.append(Sentence(cs, ce, len(lines)))
            for sent in line.sentences:
                c = sent.start
                # Marks inside a short parenthesis do not end a clause: (人民币,下同).
                parens = [p.span() for p in PAREN_RE.finditer(text, sent.start, sent.end)]
                k = 0
                for m in CLAUSE_SPLIT.finditer(text, sent.start, sent.end):
                    while k < len(parens) and parens[k][1] <= m.start():
                        k += 1
                    if k < len(parens) and parens[k][0] < m.start():
                        continue
                    if m.start() > c:
                        sent.clauses.append(Clause(c, m.start()))
                    c = m.end()
                if c < sent.end:
                    sent.clauses.append(Clause(c, sent.end))
            lines.append(line)
        pos = nl + 1
    return lines
