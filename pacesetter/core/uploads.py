"""How large an uploaded file may be: one rule for spreadsheets and policy texts alike."""

from django.conf import settings


def max_upload_bytes() -> int:
    return int(getattr(settings, "PACESETTER_MAX_UPLOAD_MB", 20)) * 1024 * 1024
