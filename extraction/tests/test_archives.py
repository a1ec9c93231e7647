"""Zip documents beyond reason are refused before a parser inflates them, and reading keeps
to its bounds of text, pages and time."""

from __future__ import annotations

import io
import struct
import zipfile

import docx
import pytest
from pacesetter_extraction import LimitExceeded, ReadLimits, ZipLimits, check_zip, read_document


def _docx(text: str) -> bytes:
    d = docx.Document()
    d.add_paragraph(text)
    buffer = io.BytesIO()
    d.save(buffer)
    return buffer.getvalue()


def _lie(data: bytes, member: str, size: int) -> bytes:
    """The zip with ``member``'s stated uncompressed size replaced by ``size`` (both in the
    central directory, which readers trust, and the local header)."""
    out = bytearray(data)
    name = member.encode()
    at = out.find(b"PK\x01\x02")
    while at != -1:
        name_len = struct.unpack_from("<H", out, at + 28)[0]
        if out[at + 46 : at + 46 + name_len] == name:
            struct.pack_into("<I", out, at + 24, size)
            local = struct.unpack_from("<I", out, at + 42)[0]
            struct.pack_into("<I", out, local + 22, size)
            return bytes(out)
        at = out.find(b"PK\x01\x02", at + 4)
    raise AssertionError(f"no member {member}")


def test_a_docx_bomb_is_refused_before_it_is_parsed(monkeypatch):
    bomb = _docx("发展" * 6_000_000)  # ~36 MB of XML in a few hundred KB
    assert len(bomb) < 1024 * 1024
    monkeypatch.setattr(docx, "Document", lambda *a, **k: pytest.fail("parsed"))
    with pytest.raises(LimitExceeded) as refused:
        read_document(bomb, name="plan.docx")
    assert refused.value.limit == "ratio"
    assert "at most 100 times" in str(refused.value)


def test_the_total_a_docx_states_is_bounded():
    data = _docx("到2025年，地区生产总值增长6%。")
    with pytest.raises(LimitExceeded) as refused:
        read_document(data, name="plan.docx", limits=ReadLimits(zip=ZipLimits(max_total=1000)))
    assert refused.value.limit == "total"


def test_a_member_holding_more_than_it_states_is_refused():
    data = _docx("到2025年，地区生产总值增长6%。" * 200)
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        size = z.getinfo("word/document.xml").file_size
    lying = _lie(data, "word/document.xml", size // 4)  # within every stated bound
    with pytest.raises(LimitExceeded) as refused:
        check_zip(lying)
    assert refused.value.limit == "damaged"
    with pytest.raises(LimitExceeded):
        read_document(lying, name="plan.docx")


def test_too_many_members_are_refused():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        for i in range(20):
            z.writestr(f"part{i}.xml", "<x/>")
    with pytest.raises(LimitExceeded) as refused:
        check_zip(buffer.getvalue(), ZipLimits(max_members=10))
    assert refused.value.limit == "members"
    assert "at most 10" in str(refused.value)


def test_reading_stops_at_its_time_budget():
    with pytest.raises(LimitExceeded) as refused:
        read_document(_docx("一" * 100), name="plan.docx", limits=ReadLimits(seconds=0))
    assert refused.value.limit == "seconds"


def test_text_beyond_the_character_bound_is_refused():
    data = ("增长6%。" * 1000).encode()
    with pytest.raises(LimitExceeded) as refused:
        read_document(data, name="plan.txt", limits=ReadLimits(max_chars=1000))
    assert "more than 1,000 characters" in str(refused.value)
    with pytest.raises(LimitExceeded):
        read_document(_docx("增长6%。" * 1000), name="p.docx", limits=ReadLimits(max_chars=1000))


def test_pages_beyond_the_bound_are_refused():
    from pypdf import PdfWriter

    writer = PdfWriter()
    for _ in range(5):
        writer.add_blank_page(100, 100)
    buffer = io.BytesIO()
    writer.write(buffer)
    with pytest.raises(LimitExceeded) as refused:
        read_document(buffer.getvalue(), name="p.pdf", limits=ReadLimits(max_pages=3))
    assert refused.value.limit == "pages"


def test_an_ordinary_docx_reads_within_the_default_bounds():
    assert "增长6%" in read_document(_docx("到2025年，地区生产总值增长6%。"), name="plan.docx")
