"""Forward-looking quantitative targets.

A figure with a unit is a target when (1) it is not part of a name or a list
heading (千亿级, 过1000亿元的集群, 三个攻坚年, 10件实事), and (2) its time
context is forward-looking: the last temporal marker before it in its sentence
(今年/到2025年/力争 vs 去年/截至/过去, or a year before the report year), else
the state carried from earlier sentences of the paragraph or the section
heading, else forward (plans are the documents this reads). Forecasts (预计),
hypotheticals (如果…就), comparisons (与…相比), completed actions (超过了) and
deltas against last year (比上年增加) are dropped clause by clause.
"""

from __future__ import annotations

import dataclasses
import re

from . import indicators, quantities, vocab
from .clause_skips import skip_clause
from .clean import Cleaned
from .context import DocYears, Marker, sentence_markers
from .figure_groups import delta_beside_level, groups, listed_after, names_a_change, next_figure
from .horizons import (
    announced_horizon,
    handed_horizon,
    last_marker,
    last_year,
    leading_horizon,
    opens_with_year,
    when_after,
)
from .list_figures import (
    counts_the_list,
    event_roll,
    focused,
    glosses,
    heads_a_list,
    list_total,
    own_list,
    restates_list,
    under_way,
)
from .model import Target
from .name_lists import (
    cell_name,
    counted_before,
    each_of,
    goal_named_after,
    name_before_comma,
    named_after,
    of_previous,
    split_list,
)
from .not_goals import GOAL_AFTER_DE, is_descriptor, is_specification
from .numerals import to_plain
from .past_levels import compared_base, last_year_delta, past_start, superseded
from .ranks import rank_name
from .sections import heading_state, section_after
from .sentences import Line
from .share_names import reached_again, reached_share, share_of
from .subjects import Found, date_headline, resolve
from .work_amounts import doing_only, extent_of_works, renews_an_extent, spent_on
from .year_forms import years_each

# A clause ending in a speech verb introduces a quote; it is no subject.
_SPEECH_END_RE = re.compile(r"(?:指出|表示|认为|说|介绍|强调|提出|透露|称|宣布|坦言)$")
_SUBJECT_CUT_RE = re.compile(r"在|实现|达到|完成|将|要|分别")


_CHANGE_NAME_RE = re.compile(r"增速|增幅|涨幅|升幅|增长|降幅")
_RATE_VERB_RE = re.compile(r"(覆盖|普及|达标|联网|入网|通达)[”\"]?[,;。]?$")
# 10家以上的合作社 (not 以上的总体目标, 以上的“老破旧”学校: a goal's word, a quoted kind)
_BOUND_DE_RE = re.compile(r"的(?!" + "|".join(GOAL_AFTER_DE) + r")[\u4e00-\u9fff]")
_MORE_FIGURES_RE = re.compile(r"[,、和及与 ]{1,2}\d")


def extract_targets(doc: Cleaned, lines: list[Line], years: DocYears) -> list[Target]:
    an, txt = doc.analysis, doc.text
    found: list[Found] = []
    deltas: set[int] = set()  # 增加1岁,达到78岁: the change names the level; the level is the goal
    section_state = ""
    heading_year: int | None = None
    # A paragraph that opens with a horizon (2010年,…) lends it to the undated paragraphs after
    # it, unless the section's heading gives its own year (2025年主要目标: …).
    carry_year: int | None = None
    section_year: int | None = None
    sent_no, para_state, prev_mark, past_lead = 0, "", "", False
    horizon_before: int | None = None  # the last horizon of the paragraph before
    for li, line in enumerate(lines):
        this_heading_year, st = None, ""
        if line.heading:
            st, hy = heading_state(an[line.start : line.end], years)
            section_state = st or section_state
            this_heading_year = hy
            carry_year, section_year, past_lead, horizon_before = None, hy, False, None
        # 其中,43个城市…: a paragraph that goes on from the one before keeps its time, as does
        # the next item of a list marked alike (●2023年…;⏎●地方一般公共预算收入达…)
        mark = an[line.start : line.start + 1]
        mark = mark if mark and mark in vocab.BULLET_MARKS else ""
        goes_on = an.startswith("其中", line.start) or (mark and mark == prev_mark)
        # 2019年,全国在园幼儿…。⏎普通小学招生…: undated paragraphs after one that opens on a
        # year gone by go on telling it
        para_state, prev_mark = (para_state if goes_on else "past" if past_lead else ""), mark
        # a horizon (到2025年) scopes the paragraph's later sentences
        para_year: int | None = None if line.heading else carry_year
        in_time_before = an.startswith(vocab.GOES_ON_OPENINGS, line.start)
        if para_year is None and not line.heading and in_time_before:
            para_year = horizon_before  # 此外,目标还包括… / 届时,…: the time of the one before
        list_inds: list[str] = []
        line_markers: list[Marker] = []
        for sent in line.sentences:
            sent_no += 1
            markers = sentence_markers(an, sent, years)
            sent_found: list[Found] = []
            has_figures: list[bool] = []  # per clause, to look back without rescanning
            figure_end = -1  # where the sentence's previous figure ends
            started_from = ""  # the name of a level a change starts from (由…的X,发展到Y)
            for ci, clause in enumerate(sent.clauses):
                qs = quantities.find(an, txt, clause.start, clause.end)
                has_figures.append(bool(qs))
                consumed = clause.start
                # is_descriptor (五千亿级 belongs to a noun) is asked per kept figure and again for
                # where the next real figure starts; the answers are remembered.
                described: dict[tuple[int, str | None], bool] = {}
                shared_until = clause.start  # a share's own words (…实现30分钟内通高速)
                clause_verb = ""  # 新建3所小学、2所初中: the verb governs the list
                prev_kept: tuple[int, str] | None = None  # where the last kept figure ends
                for group in groups(an, qs):
                    g0 = group[0]
                    if g0.start < shared_until:
                        continue
                    left = an[consumed : g0.start]
                    gloss = figure_end >= 0 and glosses(an[figure_end : g0.start])
                    figure_end = group[-1].end
                    if (
                        gloss
                        or skip_clause(an, sent, ci, clause, g0.start, g0.is_count)
                        or focused(an, clause.start, g0)
                        or is_specification(left, g0.percent, an[group[-1].end : clause.end + 16])
                        or restates_list(left, g0, an[sent.start : consumed])
                        or event_roll(an, sent.start, sent.end, clause.start, g0)
                        or under_way(an, clause.end, g0)
                        or counts_the_list(an, clause.start, g0)
                    ):
                        consumed = group[-1].end
                        continue
                    mk = last_marker(markers, g0.start)
                    state = mk.state if mk else (para_state or section_state or "future")
                    if state == "past":
                        consumed = group[-1].end
                        continue
                    ind, growth_word, resp = indicators.from_left(left)
                    if len(ind) == 1 or ind == "新增":
                        ind = ""  # (新增 alone names nothing: what is added is named elsewhere)
                    # 货物和集装箱吞吐能力500万吨、60万标箱: figures in as many units as the
                    # subject lists are each that subject's, as 分别 says
                    each = resp or len({q.base_unit for q in group}) == len(group) > 1
                    inds = split_list(ind, len(group)) if each else [ind] * len(group)
                    levels = [f.target.indicator for f in sent_found[-len(group) :]]
                    if resp and not ind and len(group) > 1 and len(levels) == len(group):
                        # 接待游客4.3亿人次,实现收入3250亿元,分别增长15%、25%: the changes of
                        # the levels just told, in their order
                        inds = levels
                    elif resp and not ind:
                        prev_subject = ""
                        if ci > 0:
                            pc = sent.clauses[ci - 1]
                            cut = _SUBJECT_CUT_RE.search(an, pc.start, pc.end)
                            prev_subject = indicators.from_left(
                                an[pc.start : cut.start() if cut else pc.end]
                            )[0]
                        if prev_subject:
                            inds = split_list(prev_subject, len(group))
                            consumed = sent.clauses[ci - 1].start
                        elif list_inds:
                            inds = (list_inds + [""] * len(group))[: len(group)]
                    if ci > 0 and len(group) == 1:
                        inds = [of_previous(an, sent.clauses, ci, left, inds[0], g0.percent)]
                    if not any(inds):
                        # 提供200万平方米、4万套的公租房: what the figures count follows them;
                        # …or a table's cell before the figure's (年度辅导优良市场数⏎6场)
                        after = "" if g0.percent else named_after(an, group[-1].end, clause.end)
                        if after := after or cell_name(an, clause, g0.start, group[-1].end):
                            inds = [after] * len(group)
                    if resp and len(group) > 1 and any(inds):
                        list_inds = inds
                    if (
                        not ind
                        and not resp
                        and ci > 0
                        and (left.strip() or name_before_comma(an, clause.start))
                        and not _SPEECH_END_RE.search(
                            an, sent.clauses[ci - 1].start, sent.clauses[ci - 1].end
                        )
                        and not has_figures[ci - 1]
                        and not indicators.right_noun(an, group[-1].end, clause.end)[0]
                    ):
                        # "X, 将有170公里": the subject is the previous clause (unless the
                        # figure names its own noun: 建设260万亩高标准农田).
                        pc = sent.clauses[ci - 1]
                        subj = indicators.subject(an[pc.start : pc.end])
                        if subj:
                            inds = [subj] * len(group)
                            consumed = pc.start
                    qstart = consumed
                    while qstart < g0.start and an[qstart] in " \u3000、和及与":
                        qstart += 1
                    qend = group[-1].end
                    year = when_after(an, markers, group[-1].end, clause.end) or last_year(
                        markers, g0.start
                    )
                    if year is None and an.startswith(vocab.PART_OPENINGS, sent.start) and found:
                        year = found[-1].target.year if found[-1].line == li else None
                    if year is None:
                        year = (
                            heading_year
                            if sent is line.sentences[0] and heading_year
                            else para_year or years.default
                        )
                    paired = years_each(an, sent.start, g0.start, len(group), years.today)
                    kept_any = False
                    for i, q in enumerate(group):
                        # 分别不低于5%、6%: a comparator before the list governs it, and so does
                        # 左右 after it (7%、8%左右); 以上 after its last item (1000万头、1500万头
                        # 以上) is that item's own.
                        about = group[-1].suffix_cmp if group[-1].suffix_cmp == "~" else None
                        cmp = (
                            q.comparator(g0.prefix_cmp, about) if len(group) > 1 else q.comparator()
                        )
                        d = described.get((q.start, cmp))
                        if d is None:
                            d = described[q.start, cmp] = is_descriptor(an, q, cmp)
                        if d and not listed_after(an, prev_kept, q):
                            continue
                        kept_any = True
                        prev_kept = (q.end, q.base_unit)
                        rn, rn_end = ("", q.end)
                        if len(group) == 1 and not q.percent:
                            nxt = next_figure(an, qs, q.start, described, clause.end)
                            # 创办10家以上的合作社: what is counted follows the bound and 的
                            at = q.end + bool(q.suffix_cmp and _BOUND_DE_RE.match(an, q.end))
                            rn, rn_end = indicators.right_noun(an, at, nxt)
                        if heads_a_list(an, clause.start, q):
                            continue
                        if own_list(an, sent.start, clause.start, q) or list_total(
                            an, sent.start, clause.start, q
                        ):
                            continue
                        head = an[clause.start : q.start]
                        if past_start(head, years.report):
                            started_from = inds[i]
                            continue
                        if (
                            (not q.percent and vocab.DELTA_RE.search(head))
                            or (not q.percent and last_year_delta(head, years.report))
                            or superseded(head)
                            or compared_base(head)
                            or vocab.SINCE_DELTA_RE.search(head)
                            or (q.percent and vocab.TASK_SHARE_RE.search(head))
                            or (q.is_count and vocab.SCOPE_RE.search(head))
                            or vocab.kept_record(head)
                        ):
                            continue
                        this_ind = extent_of_works(an, clause.start, q) or inds[i] or started_from
                        if q.relative:
                            this_ind = indicators.without_change(this_ind)
                        end = qend
                        if q.base_unit == quantities.RANK_UNIT:
                            this_ind = rank_name(this_ind, an[clause.start : q.start])
                        named_change = False
                        if q.percent and len(group) == 1:
                            right = an[q.end : clause.end]
                            share = (
                                (ind and reached_share(ind, right))
                                or reached_again(an[clause.start : q.start], right)
                                or (share_of(right) if not ind or right.startswith("的") else None)
                            )
                            if share:
                                this_ind, end = share[0], max(end, q.end + share[1])
                                shared_until = consumed = end
                            elif goal := goal_named_after(right):
                                # 设置2%的CPI涨幅目标: the goal names its quantity after the figure
                                this_ind = goal.group("name")
                                end = max(end, q.end + goal.end("name"))
                                named_change = _CHANGE_NAME_RE.search(this_ind) is not None
                            elif this_ind and (rate := _RATE_VERB_RE.match(right)):
                                # 基层文体设施100%覆盖: the verb after the share names its rate
                                this_ind += rate.group(1) + "率"
                                end = max(end, q.end + rate.end(1))
                        elif len(group) == 1 and (goal := goal_named_after(an, q.end, clause.end)):
                            # 完成2亿人次的旅游接待目标: the goal names what the count counts
                            this_ind = goal.group("name")
                            end = max(end, goal.end("name"))
                        if q.base_unit == "元" and (purpose := spent_on(an, q.end, this_ind))[0]:
                            this_ind, rn = purpose[0], ""  # 编列33亿元改善道路: the money's work
                            end = max(end, purpose[1])
                        if rn and renews_an_extent(q.base_unit, rn):
                            # 城东路至滨河路2.6公里道路拓宽改造工程: the place, then the work
                            place = "" if doing_only(this_ind) else this_ind
                            this_ind = place + rn.removesuffix("项目").removesuffix("工程")
                            end = consumed = max(end, rn_end)
                        elif rn and (
                            (
                                q.is_count
                                and not indicators.names_a_quantity(this_ind)
                                # 改建提升城市休憩角1个项目: 项目 only says what the named is
                                and not (this_ind and rn in indicators.GENERIC_COUNTED)
                            )
                            or indicators.verb_only(this_ind)
                        ):
                            verb = indicators.keep_verb(left)
                            if not verb and not left.strip(" 、和及与"):
                                verb = clause_verb
                            clause_verb = verb or clause_verb
                            this_ind = verb + rn
                            end = max(end, rn_end)
                            consumed = max(consumed, rn_end)
                        conf = 0.6 if mk is None else 0.8
                        if section_state == "future":
                            conf += 0.1
                        if not this_ind:
                            conf -= 0.1
                        quote, s, e = doc.quote(qstart, end)
                        t = Target(
                            quote=quote,
                            start=s,
                            end=e,
                            indicator=this_ind,
                            growth=q.relative
                            and (named_change or names_a_change(an, q, growth_word, left)),
                            comparator=cmp,
                            value=to_plain(q.value),
                            value_max=to_plain(q.value_max) if q.value_max is not None else None,
                            unit=q.unit,
                            base_value=to_plain(q.base_value),
                            year=paired[i] if paired else year,
                            confidence=round(min(0.99, max(0.05, conf)), 2),
                        )
                        sent_found.append(
                            Found(
                                t,
                                sent_no,
                                li,
                                not this_ind,
                                resp,
                                i,
                                clause.start,
                                sent.clauses[ci - 1].start if ci else clause.start,
                                "" if this_ind else counted_before(an, sent.start, q),
                            )
                        )
                        if delta_beside_level(an, q, head):
                            deltas.add(id(t))
                        shared = len(group) == 1 and not _MORE_FIGURES_RE.match(an, q.end)
                        if shared and resp:
                            # 进出口总额、实际利用外资分别增长20%: one figure for each subject (not
                            # when the list of figures goes on after a stray mark: 7%,8%); without
                            # 分别 (开工率、完工率达100%) the listed subjects share one goal
                            names = each_of(this_ind)
                            t.indicator = names[0]
                            for other in names[1:]:
                                copy = dataclasses.replace(sent_found[-1])
                                copy.target = dataclasses.replace(t, indicator=other)
                                sent_found.append(copy)
                    if kept_any:  # a descriptor (过1000亿元的) stays part of the next subject
                        consumed = max(consumed, group[-1].end)
            line_markers.extend(markers)
            if markers:
                para_state = markers[-1].state or para_state
                para_year = (
                    leading_horizon(sent, markers, years, an)
                    or announced_horizon(sent, markers, years, an)
                    or (None if any(mk.year is not None for mk in markers) else para_year)
                )
            found.extend(sent_found)
        if not line.heading:
            section_state = section_after(an[line.start : line.end], line_markers, section_state)
            ahead = [mk.year for mk in line_markers if mk.year and mk.state == "future"]
            horizon_before = ahead[-1] if ahead and ahead[-1] > (years.report or 0) else None
            if line_markers:
                past_lead = all(mk.state == "past" for mk in line_markers) and opens_with_year(
                    an, line, years
                )
            if section_year is None and any(mk.year is not None for mk in line_markers):
                handed = handed_horizon(an, line, years)
                if handed is not None or opens_with_year(an, line, years):
                    carry_year = handed
        # 二、“十五五”主要目标⏎研发投入年均增长7%以上⏎…: item lines (no 。, no time of their
        # own) keep the heading's year
        item = an.find("。", line.start, line.end) == -1 and not (st or this_heading_year)
        heading_year = heading_year if item else this_heading_year
    resolve(doc, found)
    body = next((i for i, ln in enumerate(lines) if "。" in an[ln.start : ln.end]), 0)
    undated = {
        i
        for i, ln in enumerate(lines[:body])
        if not any(mk.year for s in ln.sentences for mk in sentence_markers(an, s, years))
    }
    date_headline(found, undated, body, txt, lines[body].start if lines else 0)
    return [f.target for f in found if id(f.target) not in deltas]
