"""The one domain error type: a code, a message a person can act on, and the fields at fault."""

from __future__ import annotations


class DomainError(Exception):
    def __init__(self, code: str, message: str, fields: dict[str, str] | None = None):
        super().__init__(message)
        self.code = code
        self.message = message
        self.fields = fields or {}


class InvalidTransition(DomainError):
    def __init__(self, message: str):
        super().__init__("invalid_transition", message)


class ConcurrentEdit(DomainError):
    def __init__(self, message: str, current: object = None):
        super().__init__("concurrent_edit", message)
        self.current = current
