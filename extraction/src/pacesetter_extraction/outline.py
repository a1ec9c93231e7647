"""The shape of a document around its figures: title, headings, named lead units, readable quotes.

Pure functions over the text exactly as stored (offsets are the caller's offsets); nothing here
decides what a target is. Used by plan import to name the draft plan, group candidates under the
document's own sections and propose who leads each one.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache

from . import vocab
from .clean import DECOR_RUN_RE, Cleaned, normalise, pinyin_spans

_CN = "一二三四五六七八九十百零〇两"
# Numbered headings, from the widest division to the narrowest (index = rank); plain
# unnumbered heading lines rank between sections (第X节) and 一、.
_NUMBERED = [
    re.compile(rf"^第[{_CN}\d]+[编篇部][\s、.．:：]*"),
    re.compile(rf"^第[{_CN}\d]+章[\s、.．:：]*"),
    re.compile(rf"^第[{_CN}\d]+节[\s、.．:：]*"),
    None,  # plain line
    re.compile(rf"^[{_CN}]{{1,3}}[、.．]\s*"),
    re.compile(rf"^[（(][{_CN}]{{1,3}}[）)]\s*"),
    re.compile(r"^\d{1,2}[、.．](?!\d)\s*"),
    re.compile(r"^[（(]\d{1,2}[）)]\s*"),
]
_PLAIN_RANK = 3
_SENTENCE_PUNCT = re.compile(r"[。！？!?；;]")
_HEAD_CUT = re.compile(r"[。！？!?；;:：]")
_HAN = re.compile(r"[\u3400-\u9fff]")
# A year (2025年, 2021-2025) is a heading's topic; any other number states a figure, which makes
# the line a list item ("1、人均预期寿命达到81岁"), not a heading.
_YEAR = re.compile(r"(?:19|20)\d{2}(?=年|[-—~至到]|$)")
_DATE = re.compile(r"\d{4}\s*[-/.年]\s*\d{1,2}(?:\s*[-/.月]\s*\d{1,2})?|\d{1,2}月\d{1,2}日")
# Site furniture and bylines: navigation, sharing, credits, log-in prompts.
_FURNITURE = re.compile(
    r"首页|首頁|当前位置|當前位置|来源|來源|作者|记者|記者|通讯员|通訊員|编辑|編輯|责编|"
    r"打印|字体|字體|分享|扫一扫|掃一掃|登录|登錄|注册|註冊|上一篇|下一篇|相关|相關|返回|"
    r"关闭|關閉|阅读|閱讀|点击|點擊|浏览|瀏覽|版权|版權|主办|主辦|发新|發新|回复|回復|截图|截圖|"
    r"新华社|新華社|中新社|中央社|中评社|中評社|[Cc]opyright|©|https?:|^[【|>›»]|[>›»]"
    # (图/ 台北市政府), (圖片來源:…), 资料图: a photo's credit
    r"|^[(（]?(?:图|圖)(?:片|源)?(?:来源|來源)?\s*[/／:：]|资料图|資料圖"
)
_PLAN_WORDS = re.compile(
    r"方案|规划|規劃|计划|計劃|意见|意見|报告|報告|通知|纲要|綱要|决定|決定|要点|要點"
)
_BOOK_TITLE = re.compile(
    r"《([^《》\n]{4,60}?(?:方案|规划|規劃|计划|計劃|意见|意見|纲要|綱要|要点|要點))》"
)
_TITLE_LINES = 12  # the title sits at the top: look no further


@dataclass(frozen=True)
class Heading:
    """A heading of the document: ``level`` 1 is the widest present; ``start``/``end`` are the
    offsets of its title in the text."""

    level: int
    title: str
    start: int
    end: int


def _lines(text: str) -> list[tuple[int, str]]:
    """Each line with its start offset, leading blanks skipped, trailing blanks dropped."""
    out, pos = [], 0
    for raw in text.split("\n"):
        body = raw.lstrip(" \t\u3000\r")
        out.append((pos + len(raw) - len(body), body.rstrip(" \t\u3000\r")))
        pos += len(raw) + 1
    return out


def _states_a_figure(title: str) -> bool:
    return bool(re.search(r"\d", _YEAR.sub("", title)))


def _is_furniture(line: str) -> bool:
    return bool(_FURNITURE.search(line) or _DATE.search(line) or line.endswith(("摄", "攝")))


_HAN_RUN_RE = re.compile(r"[\u4e00-\u9fff]{3}")


def _plain_heading(line: str, *, shortest: int = 4, longest: int = 30) -> bool:
    """A short line of words without sentence punctuation, colon or trailing comma/dash, and
    not a list of keywords (spam lines string many phrases with commas)."""
    return (
        shortest <= len(line) <= longest
        and len(re.findall(r"[，,]", line)) < 2
        and len(_HAN.findall(line)) >= 4
        # 日 | 一 | 二 | 三: a calendar's or a table's cells, one character each, are no words
        and _HAN_RUN_RE.search(line) is not None
        and not _SENTENCE_PUNCT.search(line)
        and not re.search(r"[:：]|[，,、—\-…]$|^[—\-–]", line)
        and not _is_furniture(line)
    )


def _numbering(line: str) -> tuple[int, re.Match[str]] | None:
    """The rank and match of the number a line opens with (第二章, 一、, （一）, 1.)."""
    for rank, pattern in enumerate(_NUMBERED):
        if pattern is not None and (m := pattern.match(line)):
            return rank, m
    return None


def _numbered(line: str) -> tuple[int, str] | None:
    """(rank, title) of a numbered heading line, else None (also for a numbered list item)."""
    if numbering := _numbering(line):
        rank, m = numbering
        title = _HEAD_CUT.split(line[m.end() :], 1)[0].strip()
        if len(title) > 40:  # 一、加快发展工业经济，推动…: the heading is the first phrase
            title = re.split(r"[，,]", title, maxsplit=1)[0].strip()
        if 2 <= len(title) <= 40 and not _states_a_figure(title):
            return rank, title
    return None


# 表:…主要指标, 附表2: a table's caption label before its title
_CAPTION_RE = re.compile(r"^(?:附)?表\s*[\d一二三四五六七八九十]*\s*[:：]\s*")


def _title_text(line: str) -> str:
    return _CAPTION_RE.sub("", readable(line))


def _title_line(lines: list[tuple[int, str]]) -> int | None:
    """Index of the document's title line, if it opens with one."""
    first = None
    for i, (_start, line) in enumerate(lines[:_TITLE_LINES]):
        if _SENTENCE_PUNCT.search(line) and len(line) > 40:
            break  # the body has begun
        line = _title_text(line)
        if line.endswith("|"):
            continue  # “十四五”目标 |: a table's cell, copied with its bar (A | B is a headline)
        if _plain_heading(line, shortest=6, longest=60) and not _numbering(line):
            if _PLAN_WORDS.search(line):
                return i
            first = i if first is None else first
    return first


# 全面落实《…实施方案》: a document the text carries out, cited by its title; it is not the
# text's own title, and its years are not the text's.
# A document's title in book marks (《…》).
TITLE_RE = re.compile(r"《[^》\n]{1,80}》")
CITING_RE = re.compile(r"(?:落实|贯彻|按照|根据|依据|对照|执行|实施)[^《,。]{0,3}《?$")


@lru_cache(maxsize=8)  # asked for one text by several year readers and the import
def document_title(text: str) -> str | None:
    """The document's title: its first heading-like line (a plan's kind named in it preferred),
    else the 《…方案/规划》 the opening paragraph names; without pinyin debris."""
    lines = _lines(text)
    index = _title_line(lines)
    if index is not None:
        title = _title_text(lines[index][1])
        return title[1:-1] if re.fullmatch(r"《[^《》]+》", title) else title
    for _start, line in lines[:_TITLE_LINES]:
        for m in _BOOK_TITLE.finditer(line):
            if not CITING_RE.search(line, 0, m.start()):
                return readable(m.group(1))
    for _start, line in lines[:_TITLE_LINES]:
        if announced := _ANNOUNCED_RE.search(readable(line)):
            return announced.group("what") + announced.group("kind")
        if released := _RELEASED_RE.search(readable(line)):
            return released.group("what")
    return None


# 现对2023年1-6月全市招商引资工作情况通报如下: a circular that names itself in its opening
_ANNOUNCED_RE = re.compile(
    r"[现現](?:对|對|将|將|就)(?P<what>[^,;。:：]{4,40}?)(?P<kind>通[报報]|[报報]告|公示|公告)如下"
)


# 县政府2025年度十件民生实事项目 正式出炉: a news lead that names the plan it reports on (the
# name starts after whoever voted on or issued it).
_RELEASED_RE = re.compile(
    r"(?:^|(?<=通过|表决|审议|票选|选出|发布|公布|印发)|(?<=[,;。!:：\s“”]))"
    r"(?P<what>(?:(?!通过|表决|审议|票选|选出|发布|公布|印发)[^,;。!:：\s“”]){4,30}?"
    r"(?:民生实事项目|民生实事|实事项目|政府工作报告|行动计划|实施方案|工作方案|规划|计划))"
    r"\s*(?:正式|已|日前|近日)?(?:出炉|发布|公布|出台|敲定|揭晓|印发)"
)


_BULLETS = vocab.BULLET_MARKS + "★☆ \u3000"


def outline(text: str) -> list[Heading]:
    """The document's headings in order: numbered ones (第X章, 一、, （一）, 1.) and short plain
    lines followed by body text; the title is not a heading. Levels are dense from 1."""
    lines = _lines(text)
    title = _title_line(lines)
    found: list[tuple[int, str, int, int]] = []  # rank, title, start, end
    for i, (start, line) in enumerate(lines):
        if i == title or not line:
            continue
        if numbered := _numbered(line):
            rank, words = numbered
            at = start + line.index(words)
            found.append((rank, readable(words), at, at + len(words)))
        elif not _numbering(line) and _plain_heading(line) and _body_follows(lines, i):
            # ☑建成投用服务点2处: a check mark or bullet opening the line is no part of it
            mark = len(line) - len(words := line.lstrip(_BULLETS))
            found.append((_PLAIN_RANK, readable(words), start + mark, start + len(line)))
    levels = {rank: n for n, rank in enumerate(sorted({f[0] for f in found}), start=1)}
    return [Heading(levels[r], words, s, e) for r, words, s, e in found]


def _body_follows(lines: list[tuple[int, str]], i: int) -> bool:
    """A plain line heads something: the next non-empty line is a paragraph or a heading."""
    for _start, line in lines[i + 1 :]:
        if line:
            return bool(_SENTENCE_PUNCT.search(line) or len(line) > 40 or _numbered(line))
    return False


def headings_at(headings: list[Heading], offset: int) -> tuple[Heading | None, Heading | None]:
    """The level-1 and level-2 headings ``offset`` lies under (a two-level tree): the nearest
    level-1 heading above it, and the nearest level-2 heading between that one and ``offset``."""
    above = [h for h in headings if h.start <= offset]
    top = next((h for h in reversed(above) if h.level == 1), None)
    sub = next(
        (h for h in reversed(above) if h.level == 2 and (top is None or h.start > top.start)),
        None,
    )
    return top, sub


# --- lead units ---------------------------------------------------------------------------------

_UNIT_END = (
    r"(?:委员会|委員會|办公室|辦公室|管委会|管委會|指挥部|指揮部|人民政府|政府|街道办事处|"
    r"街道|中心|集团|集團|公司|分局|局|委|办|辦|厅|廳|部|院|署|处|處|所|站|队|隊|镇|鎮|乡|鄉)"
)
_LABELLED = re.compile(
    r"(?:牵头|牽頭|责任|責任|主责|主責)(?:单位|單位|部门|部門)\s*[:：]\s*([^\s、，,;；。)）/]{2,30})"
)
_LED_BY = re.compile(rf"由([\u3400-\u9fff]{{2,24}}?{_UNIT_END})(?:牵头|牽頭|负责|負責)")
_DOES = re.compile(
    rf"([\u3400-\u9fff]{{2,24}}?{_UNIT_END})(?:牵头|牽頭|负责(?![人同])|負責(?![人同]))"
)
# Words that open a clause before its subject: 并由…, 该项目由…, 将…
_LEADING = re.compile(r"^.*?(?:由|将|將|并|並|要|均|须|須)(?=[\u3400-\u9fff]{3})")


def named_lead(sentence: str) -> str | None:
    """The unit a sentence names as leading its work: 牵头单位：X / 责任单位：X (the first of a
    list), 由X牵头/负责, X牵头 / X负责 (not 负责人)."""
    if m := _LABELLED.search(sentence):
        return m.group(1)
    if m := _LED_BY.search(sentence):
        return m.group(1)
    for m in _DOES.finditer(sentence):
        unit = _LEADING.sub("", m.group(1))
        if len(unit) >= 3:
            return unit
    return None


def lead_near(text: str, start: int, end: int) -> str | None:
    """The lead unit named for the figure at ``text[start:end]``: in its own sentence, or in a
    labelled note (（牵头单位：…）) later in the same paragraph, which covers the items before it."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    before = max((text.rfind(p, line_start, start) for p in "。；;！？!?"), default=-1)
    s = line_start if before < 0 else before + 1
    after = [i for p in "。；;！？!?" if (i := text.find(p, end, line_end)) >= 0]
    e = min(after, default=line_end)
    # A bracket right after the full stop still belongs to the sentence: …。（牵头单位：…）
    tail = re.match(r"[。；;]?\s*[（(][^）)\n]{0,60}[）)]", text[e:line_end])
    sentence = text[s : e + (tail.end() if tail else 0)]
    if found := named_lead(sentence):
        return found
    m = _LABELLED.search(text, e, line_end)
    return m.group(1) if m else None


# --- quotes as a reader should see them ---------------------------------------------------------

_TONES = "āáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńňǹḿ"
# Text decoded with the wrong encoding: U+FFFD, 锟斤拷 (GBK of U+FFFD twice), UTF-8 read as
# Latin-1 (â€œ, Ã©), and pinyin debris whose bracket was lost to a "?" (總?cè)…).
_MOJIBAKE = re.compile(
    r"\ufffd+|(?:锟斤拷)+|[ÃÂâ][\u0080-\u00bf\u2018-\u203a\u0152-\u0178]+"
    rf"|(?<=[\u3400-\u9fff])\?[a-z{_TONES}]{{1,7}}\)"
    # A quote that begins inside debris: "shù)9.6億…"
    rf"|^[a-z{_TONES}]{{1,7}}\)(?=[^\x00-\x7f]|\d)"
)


def readable(text: str) -> str:
    """``text`` without mojibake runs and pinyin debris, in its own script (traditional stays
    traditional: the quote is the document's evidence), punctuation as written."""
    text = DECOR_RUN_RE.sub("", _MOJIBAKE.sub("", text))
    # pinyin_spans reads normalised text; normalising is 1:1, so its spans fit the original.
    spans = pinyin_spans(normalise(text))
    for s, e in reversed(spans):
        text = text[:s] + text[e:]
    return text


def shown_quote(doc: Cleaned, start: int, end: int) -> str:
    """The characters of ``doc.original[start:end]`` that cleaning kept (no pinyin debris, no
    captions or decoration), in the original script and punctuation, then made ``readable``."""
    index = doc.index
    lo, hi = bisect_left(index, start), bisect_right(index, end - 1)
    return readable("".join(doc.original[index[i]] for i in range(lo, hi)))
