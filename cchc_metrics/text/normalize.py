"""Repair text before reading it, keeping a map back to the caller's offsets.

Repairs (each a run of characters replaced by another, possibly empty, run):
- decomposed Vietnamese (NFD) composed to NFC, one letter-plus-marks cluster at a time;
- homoglyphs: Cyrillic and Greek letters standing for Latin ones inside Latin words
  ("топ", "cchccanθο.gov.vn"), and U+00D0 "Ð" standing for "Đ";
- non-breaking, thin and other exotic spaces to a plain space; zero-width characters and
  soft hyphens removed; "\\r\\n" kept as is (offsets count both characters);
- a number repeated in words in brackets ("15 (mười lăm) ngày làm việc") read through;
- markdown debris from PDF and web converters: bold markers ("**186.420** hồ sơ", runs of
  them, and markers inside a word: "**s****ắp xếp**", "trước ****ngày") and heading hashes
  at a line start.

The map is a short list of edit sites, not a list per character: the common clean text
has none at all, and a 50 MB text with a few thousand repairs costs a few kilobytes.
"""

from __future__ import annotations

import bisect
import re
import unicodedata

from ..lexicon.homoglyphs import HOMOGLYPHS
from .scan import fast_finditer

_SPACES = "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
_DROPPED = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_HOMOGLYPH_CLASS = "".join(sorted(HOMOGLYPHS))
_LATIN = "A-Za-z\u00c0-\u024f\u1e00-\u1eff"  # Latin letters, Vietnamese ones included

_REPAIR = re.compile(
    rf"""
    (?P<space>[{_SPACES}])
    | (?P<drop>[{_DROPPED}]+)
    | (?P<nfd>[\u0300-\u036f]+)                        # combining marks (with the letter before)
    | (?P<glyph>(?<=[{_LATIN}])[{_HOMOGLYPH_CLASS}]+|[{_HOMOGLYPH_CLASS}]+(?=[{_LATIN}]))
    | (?P<eth>\u00d0)
    | (?P<md>(?<=\S)\*{{2,}}(?=[\s,.;:)]|$)|(?:(?<=[\s(])|^)\*{{2,}}(?=\S)|(?<=\w)\*{{2,}}(?=\w)|^\#{{1,6}}[ \t]+)   # markdown debris
    """,
    re.VERBOSE | re.DOTALL | re.MULTILINE,
)
# A whole word of homoglyphs only ("топ") counts when every letter has a Latin twin and the
# word sits in Latin text; checked separately so real Russian or Greek words stay as they are.
_REPAIR_ITER = fast_finditer(_REPAIR)
_GLYPH_WORD = re.compile(rf"(?<![^\W\d_])[{_HOMOGLYPH_CLASS}]+(?![^\W\d_])")
_LATIN_NEAR = re.compile(r"[A-Za-zÀ-ỹĐđ]{2,}")
_GLYPH_WORD_ITER = fast_finditer(_GLYPH_WORD)
# A number repeated in words in brackets, as legal texts write it ("15 (mười lăm) ngày làm
# việc", "01 (một) bộ hồ sơ"): the brackets are read through, so the number meets its unit.
# Its own scan, from the bracket (an alternative of _REPAIR that could start at any space made
# the repair step five times slower on clean text).
_NUMBER_WORDS = (
    "(?i:một|hai|ba|bốn|tư|năm|lăm|sáu|bảy|tám|chín|mười|mươi|mốt|trăm|nghìn|ngàn|triệu|tỷ|tỉ|linh|lẻ|không)"
)
_ECHO = re.compile(rf"\([ \t]*{_NUMBER_WORDS}(?:[ \t]+{_NUMBER_WORDS})*[ \t]*\)(?=[ \t]+[^\W\d_])")


def _echoes(text: str) -> list[tuple[int, int, str]]:
    """The brackets of "15 (mười lăm) ngày", with the spaces before them, as empty repairs."""
    out = []
    for m in _ECHO.finditer(text):
        k = m.start()
        while k > 0 and text[k - 1] in " \t":
            k -= 1
        if k > 0 and text[k - 1].isdigit():
            out.append((k, m.end(), ""))
    return out


class Normalized:
    """Repaired text plus the map from its offsets to the original's."""

    __slots__ = ("text", "original", "_norm_starts", "_norm_ends", "_orig_starts", "_orig_ends")

    def __init__(self, original: str, text: str, edits: list[tuple[int, int, int, int]]):
        self.original = original
        self.text = text
        self._norm_starts = [e[0] for e in edits]
        self._norm_ends = [e[1] for e in edits]
        self._orig_starts = [e[2] for e in edits]
        self._orig_ends = [e[3] for e in edits]

    @property
    def identity(self) -> bool:
        return not self._norm_starts

    def to_original(self, pos: int, *, is_end: bool = False) -> int:
        """Map an offset of the repaired text to the original text."""
        if not self._norm_starts:
            return pos
        # The last edit that starts before pos (for ends: at or before pos - 1).
        i = bisect.bisect_right(self._norm_starts, pos - 1 if is_end else pos) - 1
        if i < 0:
            return pos
        ne, os_, oe = self._norm_ends[i], self._orig_starts[i], self._orig_ends[i]
        if pos < ne or (is_end and pos == ne):
            # Inside a repaired run: snap outwards to the whole original run.
            return oe if is_end else os_
        return oe + (pos - ne)

    def span(self, start: int, end: int) -> tuple[int, int]:
        return self.to_original(start), self.to_original(end, is_end=True)


def _glyph_words(text: str) -> list[tuple[int, int, str]]:
    out = []
    for m in _GLYPH_WORD_ITER(text):
        window = text[max(0, m.start() - 40): m.end() + 40]
        if _LATIN_NEAR.search(window):
            out.append((m.start(), m.end(), "".join(HOMOGLYPHS[c] for c in m.group())))
    return out


def _without_overlaps(repairs: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Keep the first of any two repairs that overlap."""
    kept: list[tuple[int, int, str]] = []
    for r in repairs:
        if kept and r[0] < kept[-1][1]:
            continue
        kept.append(r)
    return kept


def normalize(original: str) -> Normalized:
    """Repair ``original``; the result maps every offset back into it."""
    if original.isascii() and "*" not in original and "#" not in original:
        return Normalized(original, original, [])
    repairs: list[tuple[int, int, str]] = []
    for m in _REPAIR_ITER(original):
        group = m.lastgroup
        start, end = m.span()
        if group == "nfd" and start > 0 and not (repairs and repairs[-1][1] > start - 1):
            start -= 1  # compose with the letter the marks sit on
        s = original[start:end]
        if group == "space":
            repl = " "
        elif group == "drop":
            repl = ""
        elif group == "nfd":
            repl = unicodedata.normalize("NFC", s)
        elif group == "glyph":
            repl = "".join(HOMOGLYPHS[c] for c in s)
        elif group == "md":
            repl = ""  # "**186.420** hồ sơ": bold markers between a number and its noun
        else:  # eth
            repl = "Đ"
        if repl != s:
            repairs.append((start, end, repl))
    echoes = _echoes(original)
    if echoes:  # "15 (mười lăm) ngày": the number's words, read through
        repairs = _without_overlaps(sorted(repairs + echoes))
    if _GLYPH_WORD.search(original):
        taken = {(a, b) for a, b, _ in repairs}
        extra = [r for r in _glyph_words(original) if (r[0], r[1]) not in taken]
        if extra:
            repairs = _without_overlaps(sorted(repairs + extra))
    if not repairs:
        return Normalized(original, original, [])
    pieces: list[str] = []
    edits: list[tuple[int, int, int, int]] = []
    pos = 0
    npos = 0
    for start, end, repl in repairs:
        pieces.append(original[pos:start])
        npos += start - pos
        pieces.append(repl)
        edits.append((npos, npos + len(repl), start, end))
        npos += len(repl)
        pos = end
    pieces.append(original[pos:])
    return Normalized(original, "".join(pieces), edits)
