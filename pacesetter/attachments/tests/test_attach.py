"""What is kept and what is refused: a refusal says why and leaves no row and no file."""

import io
import zipfile

import pytest
from django.core.exceptions import PermissionDenied

from pacesetter.attachments.checks import AttachmentRefused
from pacesetter.attachments.models import Attachment
from pacesetter.attachments.selectors import attachments_of
from pacesetter.attachments.services import attach
from pacesetter.attachments.storage import path_of

from .conftest import pdf_bytes, png_bytes, upload

ELF = b"\x7fELF\x02\x01\x01" + b"\x00" * 100
MZ = b"MZ\x90\x00" + b"\x00" * 100


def _zip(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out.getvalue()


def _refused(world, store, name, data, says):
    with pytest.raises(AttachmentRefused) as refused:
        attach(actor=world["reporter"], obj=world["problem"], upload=upload(name, data))
    assert says in refused.value.message
    assert not Attachment.objects.exists()
    assert not store.exists() or not any(p.is_file() for p in store.rglob("*"))


@pytest.mark.parametrize("program", [ELF, MZ, b"#!/bin/sh\nrm -rf /\n"], ids=["elf", "mz", "sh"])
def test_a_program_renamed_as_a_picture_is_refused(world, store, program):
    _refused(world, store, "photo.jpg", program, "is a program")


def test_a_program_is_refused_whatever_the_allowed_name(world, store):
    _refused(world, store, "notes.txt", b"#!/usr/bin/env python\nprint(1)\n", "is a program")


def test_an_oversized_file_is_refused_with_the_limit(world, store):
    _refused(world, store, "big.txt", b"a" * (1024 * 1024 + 1), "up to 1 MB")


def test_an_image_that_does_not_decode_is_refused(world, store):
    truncated = png_bytes()[:40]
    _refused(world, store, "photo.png", truncated, "not a readable image")
    _refused(world, store, "photo.jpg", b"\xff\xd8\xff\xe0 not really a jpeg", "not a readable")


@pytest.mark.parametrize("name", ["..\\..\\photo.png", "a..b.png", "photo\x00.png"])
def test_a_path_in_the_name_is_refused_not_stripped(world, store, name):
    _refused(world, store, name, png_bytes(), "contains a path")


def test_a_kind_not_allowed_is_refused_naming_the_allowed_ones(world, store):
    _refused(world, store, "tool.exe", b"hello", ".jpg, .jpeg, .png, .gif, .webp, .pdf")
    _refused(world, store, "page.html", b"<script>", ".docx, .xlsx, .txt")


def test_damaged_documents_are_refused(world, store):
    _refused(world, store, "report.pdf", b"%PDF-1.4 nothing else", "not a readable PDF")
    _refused(world, store, "sheet.xlsx", _zip({"word/document.xml": b"<w/>"}), ".xlsx")
    _refused(world, store, "letter.docx", b"PK\x03\x04 broken", ".docx")
    _refused(world, store, "notes.txt", "说明".encode("gb18030"), "not UTF-8")
    _refused(world, store, "empty.png", b"", "is empty")


def test_valid_files_are_kept_with_their_type_size_and_checksum(world, store):
    docx = _zip({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w/>"})
    kept = [
        attach(actor=world["reporter"], obj=world["problem"], upload=upload(name, data))
        for name, data in [
            ("现场.png", png_bytes()),
            ("批复.pdf", pdf_bytes()),
            ("说明.docx", docx),
            ("备注.txt", "进度正常".encode()),
        ]
    ]
    assert [a.content_type_name.split(";")[0] for a in kept] == [
        "image/png",
        "application/pdf",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "text/plain",
    ]
    png = kept[0]
    assert (png.name, png.size, png.uploaded_by) == (
        "现场.png",
        len(png_bytes()),
        world["reporter"],
    )
    assert path_of(png.stored_as).read_bytes() == png_bytes()
    assert "现场" not in png.stored_as and path_of(png.stored_as).is_relative_to(store)
    assert list(attachments_of(world["problem"])) == kept


def test_one_who_may_not_enter_the_unit_may_not_attach(world, store):
    for who in ("stranger", "office"):
        with pytest.raises(PermissionDenied):
            attach(actor=world[who], obj=world["problem"], upload=upload("a.png", png_bytes()))
    assert not Attachment.objects.exists()


def test_a_failed_row_removes_the_written_file(world, store, monkeypatch):
    def fail(**kwargs):
        raise RuntimeError("database gone")

    monkeypatch.setattr(Attachment.objects, "create", fail)
    with pytest.raises(RuntimeError):
        attach(actor=world["reporter"], obj=world["problem"], upload=upload("a.png", png_bytes()))
    assert not any(p.is_file() for p in store.rglob("*"))
