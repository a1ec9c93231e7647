"""The single error type raised by the extractor."""

from __future__ import annotations


class ExtractionError(ValueError):
    """Raised when a document cannot be read or evaluated.

    A ValueError subclass so callers that already catch bad input keep working;
    the message is meant to be shown to a person as is.
    """
