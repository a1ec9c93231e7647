"""One bulletin, three formats: the renderers by file extension."""

from __future__ import annotations

from collections.abc import Callable

from django.utils import translation

from pacesetter.bulletins.document import Bulletin

FORMATS = ("docx", "pdf", "xlsx")


def renderer(fmt: str) -> Callable[[Bulletin], bytes]:
    """The function drawing ``fmt``; imported on use (WeasyPrint and matplotlib are heavy)."""
    if fmt == "docx":
        from pacesetter.bulletins.render_docx import render_docx

        return render_docx
    if fmt == "pdf":
        from pacesetter.bulletins.render_pdf import render_pdf

        return render_pdf
    if fmt == "xlsx":
        from pacesetter.bulletins.render_xlsx import render_xlsx

        return render_xlsx
    raise ValueError(f"unknown bulletin format {fmt!r}: use one of {', '.join(FORMATS)}")


def render(bulletin: Bulletin, fmt: str) -> bytes:
    """The file, its own labels (table headers, the annex's cover) in the bulletin's language."""
    with translation.override(bulletin.language):
        return renderer(fmt)(bulletin)
