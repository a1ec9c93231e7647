"""Writes of plan import that make a draft: a document read, its candidates proposed.

Each candidate is proposed as the plan office will most likely keep it: a growth target named
apart from the level of the same quantity, the document's section it sits in, and the lead unit
the text names, matched against the owner's units. The office still reviews every field.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from pathlib import Path

from django.conf import settings
from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _
from pacesetter_extraction import (
    ExtractionError,
    LimitExceeded,
    Milestone,
    Project,
    ReadLimits,
    Target,
    extract,
    read_document,
)
from pacesetter_extraction.clean import clean, to_simplified
from pacesetter_extraction.outline import (
    Heading,
    document_title,
    headings_at,
    lead_near,
    outline,
    shown_quote,
)

from pacesetter.core import policy
from pacesetter.core.exceptions import DomainError
from pacesetter.core.periods import FIRST_YEAR, LAST_YEAR
from pacesetter.orgunits.models import OrgUnit
from pacesetter.planimport import mapping
from pacesetter.planimport.guards import require, save
from pacesetter.planimport.models import Candidate, ImportedPlan
from pacesetter.planimport.selectors import lead_unit_choices
from pacesetter.plans.models import Plan

_KIND_ORDER = {Candidate.Kind.TARGET: 0, Candidate.Kind.MILESTONE: 1, Candidate.Kind.PROJECT: 2}
_COMPARATORS = {">=", ">", "<=", "<", "=", "~"}


class ImportRefused(DomainError):
    """Nothing was created; ``message`` says why."""

    def __init__(self, message: str):
        super().__init__("import_refused", message)


def read_limits() -> ReadLimits:
    """The bounds of reading a plan document; settings may lower them (tests do)."""
    default = ReadLimits()
    return ReadLimits(
        max_chars=getattr(settings, "PLAN_IMPORT_MAX_CHARS", default.max_chars),
        max_pages=getattr(settings, "PLAN_IMPORT_MAX_PAGES", default.max_pages),
        seconds=getattr(settings, "IMPORT_SECONDS", default.seconds),
    )


def _beyond(name: str, exc: LimitExceeded) -> str:
    """The refusal of a document beyond a bound of reading, naming the bound."""
    messages = {
        "total": _("%(name)s would expand to more than %(limit)s MB when opened; it was not read."),
        "ratio": _(
            "%(name)s holds a part that would expand %(found)s times when opened (at most "
            "%(limit)s times); it was not read."
        ),
        "members": _("%(name)s holds %(found)s parts (at most %(limit)s); it was not read."),
        "damaged": _("%(name)s is damaged or holds other data than it declares; it was not read."),
        "seconds": _(
            "Reading %(name)s took longer than the %(limit)s seconds allowed; nothing was "
            "imported. Split the document and import the parts."
        ),
        "chars": _(
            "%(name)s holds more than %(limit)s characters of text; nothing was imported. "
            "Split the document and import the parts."
        ),
        "pages": _("%(name)s has %(found)s pages (at most %(limit)s); nothing was imported."),
    }
    limit = exc.bound
    if exc.limit == "total" and exc.bound is not None:  # the total always has a bound
        limit = exc.bound // 1024 // 1024
    return messages.get(exc.limit, "%(name)s: %(reason)s") % {
        "name": name,
        "limit": limit,
        "found": exc.found,
        "reason": exc,
    }


def draft_from_file(
    *,
    actor: policy.Actor | None,
    source: str | Path | bytes,
    file_name: str,
    owner: OrgUnit,
    year: int,
    name: str = "",
    code: str = "",
) -> ImportedPlan:
    """Read a document (text, HTML, .docx, PDF) and make a draft of it; unreadable → refused.
    Without a name, the plan is named by the document's title, else by the file's name."""
    require(actor, owner)
    try:
        text = read_document(source, name=file_name or None, limits=read_limits())
    except LimitExceeded as exc:
        raise ImportRefused(_beyond(file_name or _("The file"), exc)) from None
    except ExtractionError as exc:
        raise ImportRefused(
            _("%(name)s could not be read: %(reason)s")
            % {"name": file_name or _("The file"), "reason": exc}
        ) from None
    return draft_from_text(
        actor=actor,
        text=text,
        owner=owner,
        year=year,
        name=name or document_title(text) or Path(file_name).stem,
        code=code,
        file_name=Path(file_name).name,
    )


@transaction.atomic
def draft_from_text(
    *,
    actor: policy.Actor | None,
    text: str,
    owner: OrgUnit,
    year: int,
    name: str = "",
    code: str = "",
    file_name: str = "",
) -> ImportedPlan:
    """A draft plan holding the document as read and every candidate found in it; without a
    name, the plan takes the document's title."""
    require(actor, owner)
    text = text.replace("\x00", "")  # PostgreSQL cannot store NUL; offsets are taken after this
    if not text.strip():
        raise ImportRefused(_("The text is empty: paste the plan or upload a file."))
    name = (name or document_title(text) or "").strip()[:200]
    if not name:
        raise ImportRefused(_("Give the plan a name: the text has no title line to take it from."))
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise ImportRefused(_("%(year)s is not a plan year.") % {"year": year})
    try:
        result = extract(text, name=file_name, year=year)  # a text without a year is the plan's
    except ExtractionError as exc:
        raise ImportRefused(str(exc)) from None
    records = (
        [(Candidate.Kind.TARGET, r) for r in result.targets]
        + [(Candidate.Kind.MILESTONE, r) for r in result.milestones]
        + [(Candidate.Kind.PROJECT, r) for r in result.projects]
    )
    if not records:
        raise ImportRefused(
            _("No targets, milestones or projects were found in the text; nothing was created.")
        )
    plan = Plan.objects.create(
        code=_plan_code(owner, year, code),
        name=name,
        owner=owner,
        first_year=year,
        last_year=year,
        status=Plan.Status.DRAFT,
        source_text=text,
    )
    draft = ImportedPlan.objects.create(plan=plan, file_name=file_name[:255], created_by=actor)
    records.sort(key=lambda kr: (kr[1].start, _KIND_ORDER[kr[0]], kr[1].end))
    context = _Context(text, owner)
    for number, (kind, record) in enumerate(records, start=1):
        candidate = _candidate(draft, number, kind, record, year)
        context.place(candidate)
        save(candidate, actor, "extracted")
    return draft


def _plan_code(owner: OrgUnit, year: int, wanted: str) -> str:
    if wanted:
        code = slugify(wanted)
        if not code or Plan.objects.filter(code=code).exists():
            raise ImportRefused(
                _("A plan with the code %(code)s already exists; choose another.")
                % {"code": wanted}
            )
        return code
    base = slugify(f"{owner.code}-{year}-import")[:58]
    code, n = base, 1
    while Plan.objects.filter(code=code).exists():
        n += 1
        code = f"{base}-{n}"
    return code


def _decimal(value: float | None) -> Decimal | None:
    """The extractor's number as the model stores it (4 decimals, 16 integer digits), else None."""
    if value is None:
        return None
    try:
        number = Decimal(str(value)).quantize(Decimal("0.0001"))
    except InvalidOperation:
        return None
    return number if abs(number) < Decimal(10) ** 16 else None


def _scaled(value: float | None, scale: int) -> float | None:
    return None if value is None else value * scale


# Names that already say they measure a change, and the ratios whose change is an amount of
# percentage points rather than a speed.
_SAYS_GROWTH = re.compile(
    r"(?:增速|增长率|增長率|成长率|成長率|增幅|增长速度|增長速度|涨幅|漲幅"
    r"|降幅|减幅|減幅|减量|減量|减少|減少|下降|降低)$"  # a cut says its change too
)
_SAYS_INCREASE = re.compile(r"(?:增长|增長|成长|成長)$")
_RATIO = re.compile(r"(?:率|比重|占比|佔比|比例)$")


def indicator_name(name: str, growth: bool) -> str:
    """The indicator a target measures: a growth target measures the growth of its quantity,
    so it is named apart from the level (地区生产总值 → 地区生产总值增速; a share's growth is its
    增幅; a name without Chinese gets " growth")."""
    name = name.strip()
    if not growth or not name or _SAYS_GROWTH.search(name):
        return name
    if not re.search(r"[\u3400-\u9fff]", name):
        return name if name.lower().endswith("growth") else f"{name} growth"
    stem = _SAYS_INCREASE.sub("", name) or name
    return stem + ("增幅" if _RATIO.search(stem) else "增速")


def _candidate(
    draft: ImportedPlan, number: int, kind: str, record: Target | Milestone | Project, year: int
) -> Candidate:
    candidate = Candidate(
        draft=draft,
        number=number,
        kind=kind,
        quote=record.quote,
        start=record.start,
        end=record.end,
        extracted=record.to_dict(),
    )
    if isinstance(record, Project):  # the kind of a record is its class
        candidate.name = record.name[:200]
        return candidate
    candidate.name = record.indicator[:200]
    candidate.year = record.year or year
    candidate.confidence = record.confidence
    if isinstance(record, Target):
        candidate.name = indicator_name(record.indicator, bool(record.growth))[:200]
        candidate.comparator = record.comparator if record.comparator in _COMPARATORS else ">="
        candidate.is_growth = bool(record.growth)
        candidate.unit, scale = mapping.unit_scale(record.unit)
        candidate.value = _decimal(_scaled(record.value, scale))
        candidate.value_max = _decimal(_scaled(record.value_max, scale))
    return candidate


class _Context:
    """What the document says around each candidate: its readable quote, its section, its lead
    unit. The document is cleaned and outlined once per draft."""

    def __init__(self, text: str, owner: OrgUnit):
        self.text = text
        self.doc = clean(text)
        self.headings: list[Heading] = outline(text)
        self.units = list(lead_unit_choices(owner=owner))

    def place(self, candidate: Candidate) -> None:
        candidate.shown_quote = shown_quote(self.doc, candidate.start, candidate.end)
        top, sub = headings_at(self.headings, candidate.start)
        candidate.section = top.title[:200] if top else ""
        candidate.subsection = sub.title[:200] if sub else ""
        named = lead_near(self.text, candidate.start, candidate.end)
        candidate.lead_named = (named or "")[:100]
        candidate.lead_unit = match_unit(named, self.units) if named else None


def match_unit(named: str, units: list[OrgUnit]) -> OrgUnit | None:
    """The one unit a name in the text means: its full or short name, or the unit whose name
    ends with it (教育局 → 柘荣县教育局); several or none → None (the office chooses)."""
    wanted = to_simplified(named.strip())
    names = {u.pk: {to_simplified(u.name), to_simplified(u.short_name or u.name)} for u in units}
    exact = [u for u in units if wanted in names[u.pk]]
    if len(exact) == 1:
        return exact[0]
    if len(wanted) < 3 or exact:
        return None
    ending = [u for u in units if any(n.endswith(wanted) for n in names[u.pk])]
    return ending[0] if len(ending) == 1 else None
