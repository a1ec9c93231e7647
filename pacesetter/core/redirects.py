"""Where a form may send the user back to: a path on this site, nothing else."""

from __future__ import annotations

from django.http import HttpRequest
from django.utils.http import url_has_allowed_host_and_scheme


def local_path(request: HttpRequest, target: str) -> str | None:
    """``target`` when it is a path of this site ("/entry/…"), else None: never another host,
    and never a bare word, which a redirect would take for a view name."""
    if not target.startswith("/") or target.startswith("//"):
        return None
    safe = url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )
    return target if safe else None
