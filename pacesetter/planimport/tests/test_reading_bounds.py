"""A hostile document sent to plan import is refused, naming the bound it broke, and
creates nothing: a .docx bomb is not inflated, and reading keeps to its time budget."""

import io

import docx
import pytest
from django.utils import translation

from pacesetter.planimport import services
from pacesetter.planimport.models import ImportedPlan
from pacesetter.plans.models import Plan

pytestmark = pytest.mark.django_db


def _docx(text: str) -> bytes:
    d = docx.Document()
    d.add_paragraph(text)
    buffer = io.BytesIO()
    d.save(buffer)
    return buffer.getvalue()


def _refused(users, county, data: bytes) -> str:
    before = (Plan.objects.count(), ImportedPlan.objects.count())
    with translation.override("en"), pytest.raises(services.ImportRefused) as refused:
        services.draft_from_file(
            actor=users["office"], source=data, file_name="plan.docx", owner=county, year=2023
        )
    assert (Plan.objects.count(), ImportedPlan.objects.count()) == before
    return refused.value.message


def test_a_docx_bomb_is_refused_unopened(users, county, monkeypatch):
    bomb = _docx("到2025年，地区生产总值增长6%。" * 1_000_000)  # ~40 MB of XML
    assert len(bomb) < 1024 * 1024
    monkeypatch.setattr(docx, "Document", lambda *a, **k: pytest.fail("parsed"))
    message = _refused(users, county, bomb)
    assert "would expand" in message and "at most 100 times" in message


def test_reading_beyond_the_time_budget_is_refused(users, county, settings):
    settings.IMPORT_SECONDS = 0
    message = _refused(users, county, _docx("到2025年，地区生产总值增长6%。"))
    assert "longer than the 0 seconds allowed" in message


def test_text_beyond_the_character_bound_is_refused(users, county, settings):
    settings.PLAN_IMPORT_MAX_CHARS = 100
    message = _refused(users, county, _docx("到2025年，地区生产总值增长6%。" * 20))
    assert "more than 100 characters" in message
