"""The bulletin as PDF: ``bulletins/pdf.html`` (the body the preview page also shows) set on A4 by
WeasyPrint, with the faces fontconfig found embedded and the charts drawn on the server."""

from __future__ import annotations

import base64
from collections.abc import Iterator
from pathlib import Path

from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import pgettext
from weasyprint import CSS, HTML
from weasyprint.urls import URLFetcher

from pacesetter.bulletins import fonts
from pacesetter.bulletins.charts import chart_png
from pacesetter.bulletins.document import Bulletin, Chart, Section

PRINT_CSS = Path(__file__).parent / "static" / "bulletins" / "pdf.css"

# Which elements each font role sets (class names from _body.html).
ROLE_SELECTORS = {
    "body": "html",
    "title": ".bulletin-masthead, .bulletin-title",
    "heading1": ".bulletin-h1, .bulletin-table-title",
    "heading2": ".bulletin-h2",
    "page_number": "@page",
}
GENERIC = {"heading1": "sans-serif"}


def render_pdf(bulletin: Bulletin) -> bytes:
    """The PDF file's bytes, in the bulletin's own language."""
    with translation.override(bulletin.language):
        html = render_to_string(
            "bulletins/pdf.html",
            {"bulletin": bulletin, "charts": chart_uris(bulletin), "font_note": font_note()},
        )
    # Only the inline charts: the document never fetches anything from the network or disk.
    document = HTML(string=html, url_fetcher=URLFetcher(allowed_protocols={"data"}))
    stylesheets = [CSS(filename=str(PRINT_CSS)), CSS(string=font_css())]
    pdf = document.write_pdf(stylesheets=stylesheets)
    assert pdf is not None  # write_pdf without a target returns the bytes
    return pdf


def chart_uris(bulletin: Bulletin, *, dpi: int = 200) -> dict[str, str]:
    """Every chart as a data URI by its key (the ``charts`` context of ``_body.html``)."""
    return {
        chart.key: "data:image/png;base64," + base64.b64encode(chart_png(chart, dpi=dpi)).decode()
        for chart in _charts(bulletin.sections)
    }


def _charts(sections: list[Section]) -> Iterator[Chart]:
    for section in sections:
        yield from section.charts
        yield from _charts(section.subsections)


def font_css() -> str:
    """``font-family`` rules naming the faces found, so WeasyPrint (fontconfig) embeds them."""
    rules = []
    for role, selector in ROLE_SELECTORS.items():
        choice = fonts.resolve(role)
        families = [choice.used, *fonts.CANDIDATES[role]]
        names = ", ".join(_quoted(f) for f in dict.fromkeys(families))
        rules.append(f"{selector} {{ font-family: {names}, {GENERIC.get(role, 'serif')}; }}")
    return "\n".join(rules)


def _quoted(family: str) -> str:
    return '"' + family.replace("\\", "").replace('"', "") + '"'


def font_note() -> str:
    """The document's last line: which faces stand in for the GB/T 9704 ones, if any."""
    if fonts.any_cjk_missing():
        return _("No Chinese font is installed on the server: Chinese text may not display.")
    roles = {
        "title": _("the title"),
        "body": _("the body text"),
        "heading1": _("level-1 headings"),
        "heading2": _("level-2 headings"),
        "page_number": _("page numbers"),
        "chart": _("charts"),
    }
    parts = [
        _("%(role)s in %(used)s instead of %(wanted)s")
        % {"role": roles[c.role], "used": c.used, "wanted": c.wanted}
        for c in fonts.substitutions()
    ]
    if not parts:
        return ""
    return _("Fonts in this document: %(faces)s.") % {
        "faces": pgettext("list separator", "; ").join(parts)
    }
