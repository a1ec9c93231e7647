"""Zip-based documents (.docx, .xlsx) checked before any parser inflates them, and a clock
for the time a reading may take.

A zip states each member's size in its directory; a bomb states small sizes that it does
not keep, or honest huge ones that compress a thousandfold. ``check_zip`` refuses both:
it bounds the stated sizes, their compression ratio and the number of members, then inflates
every member as a stream, stopping at the stated size, so a member that holds more (or other)
than it states is found without ever holding more than a chunk of it in memory.
Pure Python: the web application reuses it for uploads.
"""

from __future__ import annotations

import io
import time
import zipfile
import zlib
from dataclasses import dataclass

from .errors import ExtractionError

MB = 1024 * 1024
_CHUNK = 1024 * 1024


@dataclass(frozen=True)
class ZipLimits:
    """Bounds of a zip document. A real .docx or .xlsx of a plan or a report expands to a
    few MB and compresses 5–20×; these leave a wide margin yet stop a bomb unopened."""

    max_total: int = 100 * MB  # stated size of all members together
    max_ratio: int = 100  # stated size ÷ compressed size, for members above ``ratio_floor``
    ratio_floor: int = 1 * MB  # tiny members (empty styles) may compress absurdly well
    max_members: int = 1000


class LimitExceeded(ExtractionError):
    """A document beyond a bound; ``limit`` names the bound (``"total"``, ``"ratio"``,
    ``"members"``, ``"damaged"``, ``"seconds"``, …) and ``bound`` its value, so a caller can
    word its own (translated) refusal. The message itself is plain English."""

    def __init__(self, limit: str, bound: float | None, message: str, found: int | None = None):
        super().__init__(message)
        self.limit, self.bound, self.found = limit, bound, found


class Deadline:
    """The time a reading may take; ``check()`` refuses once it has passed."""

    def __init__(self, seconds: float | None):
        self.seconds = seconds
        self._end = None if seconds is None else time.monotonic() + seconds

    def check(self) -> None:
        if self._end is not None and time.monotonic() > self._end:
            raise LimitExceeded(
                "seconds",
                self.seconds,
                f"reading the document took longer than the {self.seconds:g} seconds allowed",
            )


def check_zip(
    data: bytes, limits: ZipLimits | None = None, deadline: Deadline | None = None
) -> list[str]:
    """The member names of the zip ``data`` if it is within ``limits``, else LimitExceeded."""
    limits = limits or ZipLimits()
    deadline = deadline or Deadline(None)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
        raise _damaged() from None
    if len(members) > limits.max_members:
        raise LimitExceeded(
            "members",
            limits.max_members,
            f"the archive holds {len(members)} parts; at most {limits.max_members} are accepted",
            len(members),
        )
    total = sum(m.file_size for m in members)
    if total > limits.max_total:
        raise _too_large(total, limits)
    for m in members:
        if m.file_size > limits.ratio_floor and m.file_size > limits.max_ratio * max(
            m.compress_size, 1
        ):
            raise LimitExceeded(
                "ratio",
                limits.max_ratio,
                f"the part {m.filename} would expand {m.file_size // max(m.compress_size, 1)}"
                f" times; at most {limits.max_ratio} times is accepted",
                m.file_size // max(m.compress_size, 1),
            )
    _inflate_all(archive, members, deadline)
    return [m.filename for m in members]


def _inflate_all(
    archive: zipfile.ZipFile, members: list[zipfile.ZipInfo], deadline: Deadline
) -> None:
    """Inflate each member a chunk at a time. zipfile stops at the stated size and checks
    the CRC there, so a member holding more than it states fails here, having used at most a
    chunk of memory; so does one whose data is damaged."""
    for member in members:
        if member.is_dir():
            continue
        try:
            with archive.open(member) as stream:
                while stream.read(_CHUNK):
                    deadline.check()
        except (zipfile.BadZipFile, zlib.error, OSError, EOFError, NotImplementedError):
            raise _damaged() from None
        except RuntimeError:  # an encrypted member: nothing a reader could open
            raise _damaged() from None


def _too_large(total: int, limits: ZipLimits) -> LimitExceeded:
    return LimitExceeded(
        "total",
        limits.max_total,
        f"the document would expand to {total / MB:.0f} MB when opened; at most "
        f"{limits.max_total // MB} MB is accepted",
        total,
    )


def _damaged() -> LimitExceeded:
    return LimitExceeded(
        "damaged",
        None,
        "the archive is damaged, encrypted, or its parts hold other data than they declare",
    )
