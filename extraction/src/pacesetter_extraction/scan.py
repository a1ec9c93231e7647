"""Faster ``finditer`` for patterns that open with optional parts or look-behinds.

Python's regex engine skips ahead quickly only when a pattern starts with a fixed character
or set; a pattern such as ``(?P<pre>到|在)?(?P<y>20\\d\\d)年`` is tried at every position of
the text. Where every match must start with one of a known set of characters, scanning to
those characters first and trying the pattern only there gives the same matches, in the same
order, several times faster.
"""

from __future__ import annotations

import re
from collections.abc import Iterator


class Anchored:
    """A pattern with the set of characters each of its matches starts with."""

    def __init__(self, pattern: re.Pattern[str], first: str) -> None:
        self.pattern = pattern
        self._first = re.compile(f"[{first}]")

    def finditer(
        self, text: str, start: int = 0, end: int | None = None
    ) -> Iterator[re.Match[str]]:
        """The same matches as ``pattern.finditer(text, start, end)``."""
        stop = len(text) if end is None else end
        find, match = self._first.search, self.pattern.match
        pos = start
        while (c := find(text, pos, stop)) is not None:
            m = match(text, c.start(), stop)
            if m is None:
                pos = c.start() + 1
                continue
            yield m
            pos = m.end() if m.end() > m.start() else m.end() + 1
