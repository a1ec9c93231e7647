"""The API's one pagination: ninja's limit/offset, with an offset the database can take.

An offset past a signed 64-bit integer is refused as a malformed request (400) instead of
overflowing the database driver (500); the bound shows in the OpenAPI document.
"""

from __future__ import annotations

from ninja import Field
from ninja.pagination import LimitOffsetPagination as _NinjaLimitOffset
from ninja.pagination import paginate

MAX_OFFSET = 2**62  # far beyond any table, well inside SQLite's and PostgreSQL's BIGINT

__all__ = ["MAX_OFFSET", "LimitOffsetPagination", "paginate"]


class LimitOffsetPagination(_NinjaLimitOffset):
    class Input(_NinjaLimitOffset.Input):
        offset: int = Field(0, ge=0, le=MAX_OFFSET)
