"""Cleaning with an offset map back to the original text.

Every operation is either a 1:1 character replacement (full-width forms) or a
deletion (pinyin debris, captions, credit lines, decoration, doubled
punctuation). So the cleaned text maps back by an index array:
``index[i]`` is the position in the original of cleaned character ``i``, and
any cleaned span maps to an original span whose text is what the reader saw.
"""

from __future__ import annotations

import re
from array import array
from dataclasses import dataclass, field
from functools import lru_cache

from . import vocab

# Full-width and CJK punctuation → ASCII, one character for one character.
_FULLWIDTH = {chr(0xFF01 + i): chr(0x21 + i) for i in range(94)}
_FULLWIDTH.update(
    {
        "\u3000": " ",
        "，": ",",
        "；": ";",
        "：": ":",
        "（": "(",
        "）": ")",
        "！": "!",
        "？": "?",
        "％": "%",
        "～": "~",
        "－": "-",
        "\u00a0": " ",
        "\u2014": "—",
        "\u2015": "—",  # GB2312's dash as some code pages map it (1―4月)
        "\u2212": "-",
        "〔": "(",
        "〕": ")",
        "\t": " ",
    }
)
# Keep these as they are: they carry meaning the analysis relies on.
for _keep in ("。", "、", "“", "”", "《", "》", "「", "」", "【", "】"):
    _FULLWIDTH.pop(_keep, None)
# str.translate with a mapping calls back per character; replacing each form present is ~4x
# faster on Chinese text, where most characters map to themselves.
_REPLACEMENTS = tuple(_FULLWIDTH.items())

_TONE_VOWELS = "āáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ"
# 學(xué): lowercase pinyin in brackets right after a Han character; scrapers sometimes
# repeat it (農(nong)(nong)), so a run of such brackets goes at once.
_PINYIN_SYLLABLE = (
    r"(?=[a-z" + _TONE_VOWELS + r"]{0,6}[aeiouv" + _TONE_VOWELS + r"])"
    r"[a-z" + _TONE_VOWELS + r"ńňǹḿ]{1,7}"
)
# The pattern opens with a bracket and looks behind it, so the engine jumps from bracket to
# bracket instead of trying every character. Some pages put the reading in 【】 (装【zhuāng】).
PINYIN_RE = re.compile(
    r"(?:\((?<=[\u3400-\u9fff]\()" + _PINYIN_SYLLABLE + r"\)(?:\(" + _PINYIN_SYLLABLE + r"\))*"
    r"|【(?<=[\u3400-\u9fff]【)" + _PINYIN_SYLLABLE + r"】(?:【" + _PINYIN_SYLLABLE + r"】)*)"
    r"(?P<space> (?=[\u3400-\u9fff]))?"
)
# 中小《练:xiǎo》学, 驟《繁:驟》: a scraper's gloss of a character (its reading or its
# traditional form) in title marks, inside the word.
_GLOSS_RE = re.compile(
    r"《(?<=[\u3400-\u9fff]《)(?:繁体|繁體|繁|练|練|读|讀|拼音|注音)[:：][^《》\n]{1,8}》"
)
# </p><h2 align="center">, \u003cp\u003e (a page's markup, raw or escaped as JSON): no text.
_MARKUP_RE = re.compile(
    r"<!--.*?-->|</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>\n]{0,200})?/?>"
    r"|\\u003c!--.*?--\\u003e|\\u003c/?[A-Za-z][^\n]{0,200}?\\u003e"
)
_BLOCK_TAG_RE = re.compile(
    r"(?:<|\\u003c)/?(?:p|div|br|h\d|li|tr|td|th|table|ul|ol|section|article|blockquote)\b",
    re.IGNORECASE,
)


def _markup(text: str) -> tuple[str, list[tuple[int, int]]]:
    """The spans of markup to delete; a tag that parts blocks (</p>, <br>, <td>) leaves its
    first character, turned into a line break, so the blocks stay apart."""
    spans: list[tuple[int, int]] = []
    parts: list[str] = []
    pos = 0
    for m in _MARKUP_RE.finditer(text):
        if _BLOCK_TAG_RE.match(text, m.start()):
            parts += [text[pos : m.start()], "\n"]
            pos = m.start() + 1
            spans.append((m.start() + 1, m.end()))
        else:
            spans.append(m.span())
    return "".join(parts) + text[pos:], spans


# 兩(liang) 月: some scrapers put a space after every bracket, inside the word; a page where
# only some brackets have one uses it to part phrases (建設(shè) 綠色…) and keeps it.
_SPACED_SHARE = 0.8
# A line of wrapped text: long, ending inside a sentence (no punctuation), and the next line
# going on with a character of the same sentence (细颗\n粒物, 提高到\n50%). A heading is short.
_WRAP_MIN = 24
_SENTENCE_CHAR_RE = re.compile(r"[\u4e00-\u9fff\d]")


# A line that ends with a whole figure (学前教育学位5220座, 50家以上) ends an item of a list,
# unless the next line goes on with the figure's own words (以上, 的, 、…).
_FIGURE_END_RE = re.compile(
    r"\d(?:\.\d+)?[万萬亿億千]?(?:"
    + "|".join(sorted(vocab.BASE_UNITS, key=len, reverse=True))
    + r"|%)(?:以上|以下|左右|以内)?$"
)
_DIGIT_NEAR_END_RE = re.compile(r"\d[^\d]{0,7}$")
_FIGURE_GOES_ON_RE = re.compile(r"[的、和及与]|以上|以下|左右|以内|以內")


def _ends_an_item(text: str, line_start: int, i: int) -> bool:
    if not _DIGIT_NEAR_END_RE.search(text, max(line_start, i - 8), i):
        return False  # no figure ends the line: skip the script conversion
    tail = to_simplified(text[max(line_start, i - 16) : i])
    return bool(_FIGURE_END_RE.search(tail)) and not _FIGURE_GOES_ON_RE.match(text, i + 1)


# ☑建成投用服务点2处, ● …: a line a mark opens is an item of a list, whole on its line.
_BULLET_RE = re.compile(r"[ \u3000]*[" + vocab.BULLET_MARKS + "]")


# 发布日期:2018-03-14, 来源:…: a page's line of its own, never a wrapped sentence's end.
_PAGE_LINE_RE = re.compile(r"(?:发布|發布|更新)(?:日期|时间|時間)|来源[:：]|來源[:：]|作者[:：]")
# 中新社香港7月11日电, 本报讯: a story's dateline opens its body; the headline above ends there.
_DATELINE_RE = re.compile(r"[^\n,。 ]{0,16}?\d{1,2}月\d{1,2}日(?:电|電|讯|訊)|本(?:报|報)(?:讯|訊)")


# 加快…城际建设⏎推动14号线通车运营: a line opening with a task's verb after a whole phrase is
# the next item of a list; a wrap falls before such a verb only after a word that leads to it
# (将, 要, 年底, 加快, 积极…).
_TASK_OPEN_RE = re.compile(
    r"推动|推进|加快|力争|力爭|确保|争取|实施|新增|建成|實施|確保|爭取|推進|推動"
)
_LEADS_ON = frozenset(
    "将將要会會能可并並和及与與、年月底内內前的在于於把对對向从從快力续續极極步面断斷"
)


def _next_item(text: str, i: int) -> bool:
    return text[i - 1] not in _LEADS_ON and _TASK_OPEN_RE.match(text, i + 1) is not None


def _wrapped_breaks(text: str) -> list[tuple[int, int]]:
    out = []
    line_start = 0
    i = text.find("\n")
    while i != -1:
        if (
            i - line_start >= _WRAP_MIN
            and _SENTENCE_CHAR_RE.match(text, i - 1)
            and _SENTENCE_CHAR_RE.match(text, i + 1)
            and not _ends_an_item(text, line_start, i)
            and not _BULLET_RE.match(text, line_start)
            and not _PAGE_LINE_RE.match(text, i + 1)
            and not _DATELINE_RE.match(text, i + 1)
            and not _next_item(text, i)
        ):
            out.append((i, i + 1))
        line_start = i + 1
        i = text.find("\n", line_start)
    return out


# Photo captions: a short line ending in "<name> 摄".
CAPTION_RE = re.compile(r"(?m)^[^\n。]{0,60}[ \u3000]+(?:摄|攝|摄影|攝影)[ \u3000]*$")
# Credit lines and page furniture, anywhere in a short line without a full stop.
CREDIT_RE = re.compile(
    r"(?m)^[^\n。]{0,60}?(?:责任编辑|責任編輯|编辑|編輯|来源|來源|作者|审核|審核|校对|校對|"
    r"通讯员|通訊員|监制|監製|主编|主編)\s*[:|丨][^\n。]{0,80}$"
    # a reporter's byline alone on its line (記者/林意欽), or bracketed before the story
    # (【记者郑永德台南报导】)
    r"|^[ \u3000]*(?:记者|記者)[/／:： \u3000]?[\u4e00-\u9fff]{2,4}[ \u3000]*$"
    r"|【(?:记者|記者)[^】\n]{1,20}】"
)
FURNITURE_RE = re.compile(
    r"(?m)^[ \u3000]*(?:扫一扫|掃一掃|分享到|相关阅读|相關閱讀|免责声明|免責聲明|©|\(资料图\)|"
    r"\(資料圖\)|【[^\n】]{0,12}】[ \u3000]*$|更 多$|视频$|視頻$|"
    r"24小时(?:热评|热门|点击)?排行|24小時(?:熱評|熱門|點擊)?排行)[^\n]*$"
    # a breadcrumb line, or the breadcrumb and the page's title before a whole article on
    # the same line (您的位置:首页 > 新闻 > 山西开工…900个 来源:…。…)
    r"|^[ \u3000]*(?:首页 ->|首頁 ->|您的位置|您當前位置|您当前位置)(?:[^\n。]*$|(?:[^\n。>]*>)* *[^\n。> ]*)"
    # A page's reading-time line: 本篇文章354字,读完约1分钟 / 閱讀時間約3分鐘.
    r"|^[^\n。]{0,20}(?:读完|讀完|阅读|閱讀)(?:时间|時間|全文)?(?:需要|需|约|約|大约|大約)*"
    r"\s*\d{1,2}\s*(?:分钟|分鐘)[^\n。]{0,10}$"
)
# A news feed's items after a story: a headline (often printed twice) over the line that tells
# how long ago it was posted (13分鐘前, 1小时前); other news, none of the text's goals.
FEED_RE = re.compile(
    r"(?m)^[^\n]{1,80}\n(?:[^\n]{1,80}\n)?[ \u3000]*\d{1,3} ?(?:分钟|分鐘|小时|小時|天)前[ \u3000]*$"
)
# Lines of decoration only (▼, ****, ———), and runs of decoration at a line end.
DECOR_LINE_RE = re.compile(r"(?m)^[ \u3000]*[▼▲◆◇■□●○★☆※*=_~—\-·•↓↑→←|#]+[ \u3000]*$")
DECOR_RUN_RE = re.compile(r"(?=[*#=▼▲◆★☆※])(?:[*#=]{3,}|[▼▲◆★☆※]+)")
# …增长✅30%以上, 演唱会□□、: symbols a spam page scatters inside words and figures (after a
# word or a digit; at a line's start they may be its bullet)
_GLYPH_RUN_RE = re.compile(r"[\u2600-\u27bf\u2b00-\u2bff\u3280-\u32b0□\U0001f300-\U0001faff]+")
_WORD_CHAR_RE = re.compile(r"[\u4e00-\u9fff\d]")
# 5000億元,,支持 / 增長5%,。 → keep the first mark only (group 1 goes).
DOUBLE_PUNCT_RE = re.compile(r"[,;:。、!?]([,;:。、!?]+)")


def _doubled(m: re.Match[str]) -> tuple[int, int]:
    """The marks of a doubled run that go: all but the first, or all but a list's 、 that
    ends the run (增长7%,、8%: the list goes on)."""
    if m.group().endswith("、"):
        return m.start(), m.end() - 1
    return m.span(1)


@dataclass
class Cleaned:
    """Cleaned text plus the map back to the original."""

    original: str
    text: str  # cleaned, in the original script
    analysis: str  # ``text`` in simplified characters, same length
    index: array = field(repr=False)  # original position of each cleaned char
    pinyin_removed: int = 0
    # Simplified text before line removal: dates in credit lines still tell the year.
    dated: str = ""

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Original [start, end) covering cleaned [start, end)."""
        if end <= start:
            pos = self.index[start] if start < len(self.index) else len(self.original)
            return pos, pos
        return self.index[start], self.index[end - 1] + 1

    def quote(self, start: int, end: int) -> tuple[str, int, int]:
        """The original text of analysis[start:end], without a conjunction that only joins
        it to the clause before (并改造…, 以及…, 而…)."""
        if (lead := _QUOTE_LEAD_RE.match(self.analysis, start, end)) and lead.end() < end - 2:
            start = lead.end()
        s, e = self.to_original(start, end)
        return self.original[s:e], s, e


_QUOTE_LEAD_RE = re.compile(r"(?:并且|以及|同时|并|且|而)(?!且|是|后|不|非|已)")


def _delete(text: str, index: array, spans: list[tuple[int, int]]) -> tuple[str, array]:
    """Remove sorted, possibly overlapping spans from text and index."""
    if not spans:
        return text, index
    spans.sort()
    parts: list[str] = []
    new_index = array("q")
    pos = 0
    for s, e in spans:
        if e <= pos:
            continue
        s = max(s, pos)
        parts.append(text[pos:s])
        new_index.extend(index[pos:s])
        pos = e
    parts.append(text[pos:])
    new_index.extend(index[pos:])
    return "".join(parts), new_index


@lru_cache(maxsize=1)
def _converter():
    import opencc

    return opencc.OpenCC("t2s")


_SPACED_POINT_RE = re.compile(r"(?<=\d) \. (?=\d)")
# 预计到 2025 年, 2021-2026 年, 2020 年 6 月, 动工、 2024 年: spaces a page put around a date's
# digits (after a word that leads to a time or a list's mark, or before 年 and 月), no break
_SPACED_DATE_RE = re.compile(
    r"(?<=[到至于於在比从從自计計、,，(（])(?P<a> +)(?=(?:19|20)\d\d *年)|(?<=\d)(?P<b> +)(?=[年月])"
    r"|(?<=年)(?P<c> +)(?=\d{1,2} *月)"
)
_SURROGATE_RE = re.compile("[\ud800-\udfff]")


def without_surrogates(text: str) -> str:
    """A lone surrogate (JSON may carry "\\ud800") has no UTF-8 form, so neither OpenCC nor a
    database can take it: it becomes U+FFFD, one character for one, so offsets hold."""
    return _SURROGATE_RE.sub("\ufffd", text) if _SURROGATE_RE.search(text) else text


def to_simplified(text: str) -> str:
    """Traditional → simplified, guaranteed to keep the length (offsets depend on it)."""
    cc = _converter()
    out = cc.convert(text)
    if len(out) == len(text):
        return out
    # Phrase conversion changed the length somewhere: redo line by line,
    # falling back to character by character for the offending lines.
    lines = text.split("\n")
    fixed = []
    for line in lines:
        conv = cc.convert(line)
        if len(conv) != len(line):
            conv = "".join(c2 if len(c2 := cc.convert(c)) == 1 else c for c in line)
        fixed.append(conv)
    return "\n".join(fixed)


def normalise(text: str) -> str:
    """1:1 normalisation only (full-width → ASCII); offsets are unchanged."""
    for form, plain in _REPLACEMENTS:
        if form in text:
            text = text.replace(form, plain)
    if "0" in text:
        text = _CN_YEAR_RE.sub(_cn_year_zeros, text)
    if "。" in text:
        text = _FULL_STOP_POINT_RE.sub(".", text)
    return text


# 新增年产值113。6亿元: a full stop typed for a decimal point, between digits before a magnitude
_FULL_STOP_POINT_RE = re.compile(r"(?<=\d)。(?=\d+(?:万|亿|萬|億|元|%))")


# 二0二六年: a year in Chinese digits typed with a Latin zero (Taiwan's press does).
_CN_YEAR_RE = re.compile(r"[一二](?=[〇○零0一二三四五六七八九]{3}年)[〇○零0一二三四五六七八九]{3}")


def _cn_year_zeros(m: re.Match[str]) -> str:
    return m.group().replace("0", "〇")


def pinyin_spans(text: str) -> list[tuple[int, int]]:
    """Where the pinyin debris of a normalised text lies (with the space after each bracket
    when the page puts one after nearly every bracket)."""
    found = list(PINYIN_RE.finditer(text))
    spaced = sum(1 for m in found if m.group("space")) >= _SPACED_SHARE * len(found)
    return [
        (m.start(), m.end() if spaced else m.end() - len(m.group("space") or "")) for m in found
    ]


def clean(original: str) -> Cleaned:
    """Clean a document, keeping the map to ``original``."""
    text = normalise(original)
    index = array("q", range(len(text)))
    # Pass 1: pinyin debris and carriage returns (before line rules, which
    # must see 責任編輯 rather than 責(zé)任編輯).
    spans = pinyin_spans(text)
    n_pinyin = len(spans)
    spans += [(m.start(), m.end()) for m in re.finditer(r"\r", text)]
    if "《" in text:
        spans += [m.span() for m in _GLOSS_RE.finditer(text)]
    if "<" in text or "\\u003c" in text:
        text, tags = _markup(text)
        spans += tags
    if " . " in text:
        # 增长6 . 5%: spaces a page put around a decimal point between digits (1. 2025年…, an
        # item's number, keeps its one space)
        for m in _SPACED_POINT_RE.finditer(text):
            spans += [(m.start(), m.start() + 1), (m.end() - 1, m.end())]
    if " " in text:
        spans += [m.span(m.lastgroup or 0) for m in _SPACED_DATE_RE.finditer(text)]
    text, index = _delete(text, index, spans)
    dated = text
    # Pass 2: whole lines and decoration.
    spans = []
    for rx in (CAPTION_RE, CREDIT_RE, FURNITURE_RE, FEED_RE, DECOR_LINE_RE, DECOR_RUN_RE):
        spans += [m.span() for m in rx.finditer(text)]
    spans += [
        m.span()
        for m in _GLYPH_RUN_RE.finditer(text)
        if m.start() and _WORD_CHAR_RE.match(text, m.start() - 1)
    ]
    text, index = _delete(text, index, spans)
    # Pass 3: doubled punctuation (only visible once pinyin is gone) and hard line breaks
    # inside a sentence of wrapped text.
    spans = [_doubled(m) for m in DOUBLE_PUNCT_RE.finditer(text)]
    spans += _wrapped_breaks(text)
    text, index = _delete(text, index, spans)
    analysis = to_simplified(text)
    dated = analysis if dated == text else to_simplified(dated)
    return Cleaned(original, text, analysis, index, n_pinyin, dated)
