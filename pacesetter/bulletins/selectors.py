"""Reading published bulletins: for the plan page (signed in) and the public page (no login)."""

from __future__ import annotations

from django.db.models import QuerySet

from pacesetter.bulletins.models import PublishedBulletin
from pacesetter.plans.models import Plan

FORMATS = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def published_for(plan: Plan) -> QuerySet[PublishedBulletin]:
    """A plan's published bulletins, newest period first, without their files (a list page
    must not read megabytes)."""
    return PublishedBulletin.objects.filter(plan=plan).defer("docx", "pdf", "xlsx", "content")


def published_file(bulletin: PublishedBulletin, fmt: str) -> tuple[bytes, str, str] | None:
    """(bytes, file name, content type) of one format of a published bulletin; None for a
    format that does not exist."""
    if fmt not in FORMATS:
        return None
    data = bytes(getattr(bulletin, fmt))
    return data, f"{bulletin.plan.code}-{bulletin.period}-{bulletin.pk}.{fmt}", FORMATS[fmt]


def published_content(bulletin: PublishedBulletin) -> dict:
    """The content as it was published (deferred on list reads)."""
    return PublishedBulletin.objects.values_list("content", flat=True).get(pk=bulletin.pk)
