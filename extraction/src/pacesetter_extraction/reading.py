"""Read a document into text: plain text in UTF-8, GB18030 or Big5 (detected),
HTML, .docx, and PDF with a text layer."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from .archives import Deadline, LimitExceeded, ZipLimits, check_zip
from .errors import ExtractionError


@dataclass(frozen=True)
class ReadLimits:
    """Bounds of one reading: the text it may yield, the PDF pages it may parse, the time it
    may take and the zip bounds of a .docx. Exceeding one raises ``LimitExceeded``."""

    max_chars: int = 30_000_000  # ~10 MB of Chinese text; extraction reads ~2 MB/s
    max_pages: int = 3000
    seconds: float | None = 60.0
    zip: ZipLimits = field(default_factory=ZipLimits)


_BLOCK_TAGS = {
    "p",
    "div",
    "br",
    "li",
    "tr",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "section",
    "article",
    "table",
    "ul",
    "ol",
    "header",
    "footer",
    "blockquote",
    "pre",
    "dd",
    "dt",
    "hr",
    "title",
}
_SKIP_TAGS = {"script", "style", "noscript", "template", "svg", "head"}
_HTML_SNIFF = re.compile(r"<\s*(?:!doctype\s+html|html|body|p|div|br|table|span|h[1-6])\b", re.I)


class _TextParser(HTMLParser):
    """Collects text; block tags become line breaks. Iterative, so depth is no issue."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            self._skip += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def html_to_text(html: str) -> str:
    parser = _TextParser()
    parser.feed(html)
    parser.close()
    text = "".join(parser.parts)
    text = re.sub(r"[ \t\r\f\v]+\n", "\n", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def decode(data: bytes) -> str:
    """Bytes → str: BOM / strict UTF-8 first, then detection (GB18030, Big5, …)."""
    if not data:
        raise ExtractionError("the document is empty: there is no text to read")
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = (
        from_bytes(
            data[:200_000], cp_isolation=["gb18030", "big5", "utf_8", "big5hkscs", "utf_16"]
        ).best()
        or from_bytes(data[:200_000]).best()
    )
    if best is None:
        raise ExtractionError(
            "could not read the document as text: the bytes are not UTF-8, GB18030 or Big5 "
            "(is it a binary file?)"
        )
    return data.decode(best.encoding, errors="replace")


class _Text:
    """Parts of the text gathered so far, refused once they exceed the bound or the time."""

    def __init__(self, limits: ReadLimits, deadline: Deadline):
        self.parts: list[str] = []
        self.size = 0
        self.limits, self.deadline = limits, deadline

    def add(self, part: str) -> None:
        self.size += len(part) + 1
        if self.size > self.limits.max_chars:
            raise _too_long(self.limits)
        self.parts.append(part)
        self.deadline.check()

    def text(self) -> str:
        return "\n".join(self.parts)


def _too_long(limits: ReadLimits) -> LimitExceeded:
    return LimitExceeded(
        "chars",
        limits.max_chars,
        f"the document holds more than {limits.max_chars:,} characters of text, the most "
        "accepted: split it",
    )


def _docx_text(data: bytes, limits: ReadLimits, deadline: Deadline) -> str:
    import docx  # python-docx

    check_zip(data, limits.zip, deadline)  # before python-docx inflates anything
    try:
        d = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises several types for a broken package
        raise ExtractionError(f"could not read the .docx file: {exc}") from exc
    deadline.check()
    out = _Text(limits, deadline)
    for p in d.paragraphs:
        out.add(p.text)
    for table in d.tables:
        for row in table.rows:
            out.add(" | ".join(c.text for c in row.cells))
    return out.text()


def _pdf_text(data: bytes, limits: ReadLimits, deadline: Deadline) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    out = _Text(limits, deadline)
    try:
        reader = PdfReader(io.BytesIO(data))
        count = len(reader.pages)
        if count > limits.max_pages:
            raise LimitExceeded(
                "pages",
                limits.max_pages,
                f"the PDF has {count} pages; at most {limits.max_pages} are accepted",
                count,
            )
        for page in reader.pages:
            out.add(page.extract_text() or "")
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        if isinstance(exc, ExtractionError):
            raise
        raise ExtractionError(f"could not read the PDF: {exc}") from exc
    text = out.text()
    if not text.strip():
        raise ExtractionError("the PDF has no text layer (scanned images need OCR first)")
    return text


def read_document(
    source: str | Path | bytes, name: str | None = None, *, limits: ReadLimits | None = None
) -> str:
    """Read a file path or raw bytes into text. Raises ExtractionError if nothing can be read,
    LimitExceeded (an ExtractionError) if the document goes beyond ``limits``."""
    limits = limits or ReadLimits()
    deadline = Deadline(limits.seconds)
    if isinstance(source, (str, Path)):
        path = Path(source)
        name = name or path.name
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise ExtractionError(f"cannot open {path}: {exc.strerror or exc}") from exc
    else:
        data = bytes(source)
    suffix = Path(name).suffix.lower() if name else ""
    if not data:
        raise ExtractionError("the document is empty: there is no text to read")
    if data.startswith(b"%PDF") or suffix == ".pdf":
        text = _pdf_text(data, limits, deadline)
    elif data.startswith(b"PK\x03\x04") and (suffix in ("", ".docx") and _is_docx(data)):
        text = _docx_text(data, limits, deadline)
    else:
        text = decode(data)
        if len(text) > limits.max_chars:
            raise _too_long(limits)
        if suffix in (".html", ".htm", ".xhtml") or _HTML_SNIFF.search(text[:5000]):
            text = html_to_text(text)
    deadline.check()
    text = text.replace("\x00", "")
    if not text.strip():
        raise ExtractionError("the document contains no readable text")
    return text


def _is_docx(data: bytes) -> bool:
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            return "word/document.xml" in z.namelist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return False
