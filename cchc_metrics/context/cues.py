"""Matches of a context pattern over a whole document, found once and queried by position.

Readers of context (status cues, share nouns, rate phrases, clause openings) look back from
each figure to the start of its sentence. Scanning that stretch again for every figure is
quadratic in a sentence that holds many figures (a flattened table: "90% 90% 90% …"), so
each pattern is run once over the document and looked up by bisection.
"""

from __future__ import annotations

import bisect
import re

from ..text.scan import fast_finditer


class MatchIndex:
    """All non-overlapping matches of ``pattern`` in ``text``, in order."""

    __slots__ = ("matches", "starts")

    def __init__(self, pattern: re.Pattern[str], text: str):
        self._hold(list(fast_finditer(pattern)(text)))

    def _hold(self, matches: list[re.Match[str]]) -> None:
        self.matches = matches
        self.starts = [m.start() for m in matches]

    @classmethod
    def of(cls, matches: list[re.Match[str]]) -> "MatchIndex":
        """An index of matches already found (in order, non-overlapping)."""
        index = cls.__new__(cls)
        index._hold(matches)
        return index

    @classmethod
    def split(cls, pattern: re.Pattern[str], text: str, first: set[str]) -> tuple["MatchIndex", "MatchIndex"]:
        """One scan for two indexes: matches whose named group in ``first`` took part, and
        the others (cheaper than two scans of the same text)."""
        a, b = [], []
        for m in fast_finditer(pattern)(text):
            (a if any(m.group(g) is not None for g in first) else b).append(m)
        return cls.of(a), cls.of(b)

    def span_indices(self, lo: int, hi: int) -> range:
        """Indices of the matches starting in ``[lo, hi)``."""
        return range(bisect.bisect_left(self.starts, lo), bisect.bisect_left(self.starts, hi))

    def between(self, lo: int, hi: int) -> list[re.Match[str]]:
        r = self.span_indices(lo, hi)
        return self.matches[r.start:r.stop]

    def first_between(self, lo: int, hi: int) -> re.Match[str] | None:
        r = self.span_indices(lo, hi)
        return self.matches[r.start] if r else None

    def last_between(self, lo: int, hi: int) -> re.Match[str] | None:
        r = self.span_indices(lo, hi)
        return self.matches[r.stop - 1] if r else None
