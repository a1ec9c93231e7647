"""What a file must be to be kept: a plain name, an allowed kind, and content that is that
kind. Each refusal is an ``AttachmentRefused`` whose message says what to do instead."""

from __future__ import annotations

import io
import warnings
from pathlib import PurePath

from django.conf import settings
from django.utils.translation import gettext as _
from pacesetter_extraction import LimitExceeded, ZipLimits, check_zip
from PIL import Image

from pacesetter.core.exceptions import DomainError

IMAGES = {"jpg": "JPEG", "jpeg": "JPEG", "png": "PNG", "gif": "GIF", "webp": "WEBP"}
OFFICE = {
    "docx": ("word/", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "xlsx": ("xl/", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
}
ALLOWED = (*IMAGES, "pdf", *OFFICE, "txt")
MAX_NAME = 120  # Attachment.name
MAX_PIXELS = 50_000_000  # a 50-megapixel photo; beyond it decoding is a memory bomb
# Programs, whatever they are called: Windows (MZ), Linux (ELF), scripts (#!), Mach-O.
_EXECUTABLES = (b"MZ", b"\x7fELF", b"#!", b"\xfe\xed\xfa", b"\xcf\xfa\xed\xfe", b"\xca\xfe\xba\xbe")


class AttachmentRefused(DomainError):
    def __init__(self, message: str):
        super().__init__("attachment_refused", message, {"file": message})


def max_bytes() -> int:
    return int(getattr(settings, "PACESETTER_ATTACHMENT_MAX_MB", 10)) * 1024 * 1024


def check_name(name: str) -> str:
    """The file's extension, lower case; refuses a name that is a path or of another kind."""
    if not name or not name.strip():
        raise AttachmentRefused(_("The file has no name. Rename it and upload it again."))
    if any(part in name for part in ("/", "\\", "..", "\x00")):
        raise AttachmentRefused(
            _(
                "The file name %(name)s contains a path (/, \\, .. or a NUL character); "
                "rename the file and upload it again."
            )
            % {"name": repr(name)}
        )
    if len(name) > MAX_NAME or any(ord(c) < 32 for c in name):
        raise AttachmentRefused(
            _(
                "The file name must be at most %(limit)s characters without control "
                "characters; rename the file and upload it again."
            )
            % {"limit": MAX_NAME}
        )
    extension = PurePath(name).suffix.lower().lstrip(".")
    if extension not in ALLOWED:
        raise AttachmentRefused(
            _("%(name)s cannot be attached: the allowed kinds are %(kinds)s.")
            % {"name": name, "kinds": ", ".join(f".{k}" for k in ALLOWED)}
        )
    return extension


def check_size(name: str, size: int) -> None:
    if size == 0:
        raise AttachmentRefused(_("%(name)s is empty.") % {"name": name})
    if size > max_bytes():
        raise AttachmentRefused(
            _("%(name)s is %(size)s MB; files up to %(limit)s MB are accepted.")
            % {"name": name, "size": f"{size / 1024 / 1024:.1f}", "limit": max_bytes() // 2**20}
        )


def content_type(name: str, extension: str, data: bytes) -> str:
    """The checked content's MIME type; refuses content that is not what the name says."""
    if data.startswith(_EXECUTABLES):
        raise AttachmentRefused(
            _("%(name)s is a program, not a document or a picture; it cannot be attached.")
            % {"name": name}
        )
    if extension in IMAGES:
        return _image(name, data)
    if extension == "pdf":
        return _pdf(name, data)
    if extension in OFFICE:
        return _office(name, extension, data)
    return _text(name, data)


def _not_what_it_says(name: str, kind: str) -> AttachmentRefused:
    return AttachmentRefused(
        _(
            "%(name)s is not a readable %(kind)s file: it may be damaged or renamed. Open it, "
            "save it again as %(kind)s and upload that."
        )
        % {"name": name, "kind": kind}
    )


def _image(name: str, data: bytes) -> str:
    refused = _not_what_it_says(name, _("image (JPEG, PNG, GIF or WebP)"))
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as image:
                image.verify()  # checks the structure; the image cannot be used after it
            with Image.open(io.BytesIO(data)) as image:
                if image.format not in IMAGES.values():
                    raise refused
                if image.width * image.height > MAX_PIXELS:
                    raise AttachmentRefused(
                        _("%(name)s has more than %(limit)s million pixels; scale it down.")
                        % {"name": name, "limit": MAX_PIXELS // 1_000_000}
                    )
                image.load()  # decodes the pixels: truncated or corrupt data fails here
                return Image.MIME.get(image.format or "", "application/octet-stream")
    except AttachmentRefused:
        raise
    except Exception:  # Pillow raises many kinds (OSError, SyntaxError, ValueError, bombs …)
        raise refused from None


def _pdf(name: str, data: bytes) -> str:
    from pypdf import PdfReader

    try:
        pages = len(PdfReader(io.BytesIO(data)).pages)
    except Exception:  # pypdf raises PdfReadError and plain errors on damaged files
        pages = 0
    if pages < 1:
        raise _not_what_it_says(name, "PDF")
    return "application/pdf"


def _office(name: str, extension: str, data: bytes) -> str:
    folder, mime = OFFICE[extension]
    try:
        members = set(check_zip(data, ZipLimits()))
    except LimitExceeded:
        raise _not_what_it_says(name, f".{extension}") from None
    if "[Content_Types].xml" not in members or not any(m.startswith(folder) for m in members):
        raise _not_what_it_says(name, f".{extension}")
    return mime


def _text(name: str, data: bytes) -> str:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        raise AttachmentRefused(
            _("%(name)s is not UTF-8 text; save it as UTF-8 and upload it again.") % {"name": name}
        ) from None
    return "text/plain; charset=utf-8"
