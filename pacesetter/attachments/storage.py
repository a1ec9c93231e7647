"""Where attachment bytes live: a directory outside the web root (never STATIC_ROOT or
MEDIA_ROOT, which the web server may serve), under random names sharded by their first two
characters so no directory grows huge."""

from __future__ import annotations

import secrets
from pathlib import Path

from django.conf import settings


def root() -> Path:
    return Path(getattr(settings, "PACESETTER_ATTACHMENTS_DIR", settings.HOME / "attachments"))


def new_name() -> str:
    return secrets.token_hex(16)


def path_of(stored_as: str) -> Path:
    return root() / stored_as[:2] / stored_as


def write(stored_as: str, data: bytes) -> Path:
    path = path_of(stored_as)
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "xb") as out:  # "x": never overwrite, even on a (vanishing) name clash
        out.write(data)
    return path
