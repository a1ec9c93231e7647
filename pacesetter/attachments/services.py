"""Attaching a file: checked whole before anything is written, then the bytes and the row
together, so a refused or failed upload leaves neither behind."""

from __future__ import annotations

import hashlib

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.db.models import Model

from pacesetter.attachments import checks, registry, storage
from pacesetter.attachments.models import Attachment
from pacesetter.core import policy
from pacesetter.core.policy import Actor


def attach(*, actor: Actor, obj: Model, upload: UploadedFile) -> Attachment:
    """Keep ``upload`` as a file of ``obj``. Raises PermissionDenied when the actor may not
    add files to ``obj`` and ``checks.AttachmentRefused`` for a file that is not kept."""
    if not registry.can_attach(actor, obj):
        raise PermissionDenied("attach")
    name = upload.name or ""
    extension = checks.check_name(name)
    size = upload.size or 0
    checks.check_size(name, size)
    data = upload.read(checks.max_bytes() + 1)
    checks.check_size(name, len(data))  # the stated size may lie
    detected = checks.content_type(name, extension, data)
    stored_as = storage.new_name()
    path = storage.write(stored_as, data)
    try:
        with transaction.atomic():
            return Attachment.objects.create(
                content_type=ContentType.objects.get_for_model(obj),
                object_id=obj.pk,
                name=name,
                stored_as=stored_as,
                content_type_name=detected,
                size=len(data),
                sha256=hashlib.sha256(data).hexdigest(),
                uploaded_by=actor if actor is not policy.SYSTEM else None,
            )
    except BaseException:
        # An outer transaction rolled back later still leaves the file: unreachable under
        # its random name, and never served without a row.
        path.unlink(missing_ok=True)
        raise
