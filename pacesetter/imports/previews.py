"""Dry runs of an import, kept to be applied later: the data page, the API and the command.

A preview is ``datavalues.preview.datavalues_preview`` (the checks of the one bulk path,
nothing written) stored as an ``ImportPreview``. Applying it sends each figure with the
version it was compared with, so a figure saved by anyone since refuses the whole set.
"""

from __future__ import annotations

from dataclasses import astuple
from datetime import timedelta

from django.utils import timezone
from django.utils.translation import gettext as _

from pacesetter.core import policy
from pacesetter.core.exceptions import ConcurrentEdit, DomainError
from pacesetter.datavalues.bulk import Row, datavalues_import
from pacesetter.datavalues.models import DataValueChange
from pacesetter.datavalues.preview import (
    REFUSED,
    STATES,
    Diff,
    applied_rows,
    datavalues_preview,
    refused_row,
    stale_message,
)
from pacesetter.imports import guards
from pacesetter.imports.models import ImportPreview
from pacesetter.imports.readers import Track, read_table
from pacesetter.imports.services import locate
from pacesetter.plans.models import Plan

PURGE_AFTER = timedelta(days=7)  # an expired preview still says "expired" for a week
OPEN, APPLIED = ImportPreview.Status.OPEN, ImportPreview.Status.APPLIED


def diff_file(
    *,
    actor: policy.Actor,
    name: str,
    data: bytes,
    plan: Plan | None = None,
    track: Track | None = None,
) -> Diff:
    """What importing ``data`` (an .xlsx or .csv named ``name``) would change; writes nothing.

    Raises ``UploadRefused`` for a file that cannot be read at all; a row refused by the
    reader (a formula) or by the checks is a refused row of the diff."""
    table = read_table(name, data, track=track)
    if not table.rows and not table.errors:
        raise guards.empty_file()
    diff = datavalues_preview(actor=actor, rows=table.rows, plan=plan) if table.rows else None
    unread = [refused_row(e) for e in table.errors]
    rows = [*unread, *(diff.rows if diff else [])]
    rows.sort(key=lambda r: (STATES.index(r.state), r.sheet, r.line))  # refused first
    errors = [*table.errors, *(diff.errors if diff else [])]
    return Diff(rows, locate(sorted(errors, key=lambda e: (e.sheet, e.line)), table))


def preview_file(
    *, actor: policy.Actor, name: str, data: bytes, plan: Plan | None = None
) -> ImportPreview:
    """The dry run of an upload, stored for its owner to apply."""
    diff = diff_file(actor=actor, name=name, data=data, plan=plan)
    return preview_save(owner=actor, name=name, channel=DataValueChange.Channel.IMPORT, diff=diff)


def preview_rows(
    *, actor: policy.Actor, rows: list[Row], plan: Plan | None, name: str, channel: str
) -> ImportPreview:
    """The dry run of a set sent to the API, stored for its owner to apply."""
    diff = datavalues_preview(actor=actor, rows=rows, plan=plan)
    return preview_save(owner=actor, name=name, channel=channel, diff=diff)


def preview_save(*, owner: policy.Actor, name: str, channel: str, diff: Diff) -> ImportPreview:
    """Keep ``diff`` for ``owner`` to apply; previews long expired are removed meanwhile."""
    ImportPreview.objects.filter(created_at__lt=timezone.now() - PURGE_AFTER).delete()
    return ImportPreview.objects.create(
        owner=owner,
        file_name=name[:255],
        channel=channel,
        rows=[row.as_json() for row in diff.rows],
        errors=[list(astuple(e)) for e in diff.errors],
        counts=diff.counts,
    )


def preview_apply(*, actor: policy.Actor, preview: ImportPreview) -> int:
    """Apply a preview all or nothing; returns the number of figures it changed.

    Refused, with nothing written: someone else's preview (as if it did not exist), one
    applied already, expired, with a refused row, or with nothing to change; and when any of
    its figures was saved by anyone since the preview (named in the message). The checks of
    the bulk path run again, so a month closed or a right lost since refuses it as well."""
    if preview.owner_id != getattr(actor, "pk", None):
        raise ImportPreview.DoesNotExist
    _refuse_unappliable(preview)
    now = timezone.now()
    # Claimed before the write, so two clicks or two clients apply it once.
    if not ImportPreview.objects.filter(pk=preview.pk, status=OPEN).update(
        status=APPLIED, applied_at=now
    ):
        raise _applied_already()
    try:
        datavalues_import(actor=actor, rows=applied_rows(preview.rows), channel=preview.channel)
    except ConcurrentEdit as exc:
        _reopen(preview)
        refused = ConcurrentEdit(stale_message(exc), current=exc.current)
        refused.fields = exc.fields
        raise refused from None
    except BaseException:
        _reopen(preview)
        raise
    preview.status, preview.applied_at = APPLIED, now
    return preview.changes


def _reopen(preview: ImportPreview) -> None:
    ImportPreview.objects.filter(pk=preview.pk).update(status=OPEN, applied_at=None)


def _applied_already() -> DomainError:
    return DomainError(
        "preview_applied", _("This preview has been applied already; nothing was saved again.")
    )


def _refuse_unappliable(preview: ImportPreview) -> None:
    if preview.status == APPLIED:
        raise _applied_already()
    if preview.expired:
        raise DomainError(
            "preview_expired",
            _(
                "This preview is more than 24 hours old; nothing was saved. Upload the file "
                "again to see what it would change now."
            ),
        )
    if refused := preview.counts.get(REFUSED, 0):
        raise DomainError(
            "preview_refused",
            _(
                "%(n)s row(s) of this file are refused; nothing was saved. Correct them and "
                "upload the file again."
            )
            % {"n": refused},
        )
    if not preview.changes:
        raise DomainError(
            "nothing_to_apply",
            _("Nothing to apply: every figure of the file is saved already as it stands."),
        )
