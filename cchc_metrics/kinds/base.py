"""What every kind reader shares: a view of the document and small pattern helpers."""

from __future__ import annotations

import re
from typing import Iterable

import attrs

from ..lexicon.calendar import DAY_PARTS
from ..text.scan import lower_same_length  # noqa: F401 - re-exported: one rule for both


@attrs.frozen(slots=True)
class DocView:
    """The repaired text, its lower-case twin (same length) and the masked lower text.

    ``masked`` has document identifiers, dates, URLs and phone numbers blanked out with
    spaces-like filler, so number readers never see them; offsets are shared by all three.
    """

    text: str
    lower: str
    masked: str


def after_hour_is_time_of_day(lower: str, hour_end: int) -> bool:
    """Is the hour word ending at ``hour_end`` a time of day ("Tám giờ sáng", "8 giờ 30
    sáng"), not a number of hours?"""
    return _DAY_PART_AFTER.match(lower, hour_end) is not None


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first, spaces matching any white space."""
    items = sorted(set(words), key=len, reverse=True)
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in items) + ")"


def after(pattern: str) -> re.Pattern[str]:
    """A pattern matched right after a number: optional space, then ``pattern``, then no letter."""
    return re.compile(rf"[ \t]*({pattern})(?!\w)")


def before(pattern: str) -> re.Pattern[str]:
    """A pattern searched in a short window ending right before a number."""
    return re.compile(rf"(?<!\w)({pattern})\s*$")


WINDOW = 40  # characters looked at before a number
# A year written as a bare number ("2025"): a count of a thousand and more takes a thousands
# dot ("2.025 hồ sơ"), so the bare form is a year (kinds/labels.py, kinds/count.py)
BARE_YEAR = re.compile(r"(?:19|20)\d\d")


def ends_with(pattern: re.Pattern[str], lower: str, pos: int, window: int = WINDOW) -> re.Match | None:
    return pattern.search(lower, max(0, pos - window), pos)


def word_before(text: str, pos: int, reach: int = WINDOW) -> str:
    """The word (letters, digits, "_") that ends right before ``pos``, white space skipped;
    "" when punctuation comes first. A pattern that must end with one of a few words then
    white space ("hạng", "thứ" before a rank) cannot match when this word is none of them:
    checking it first spares the search of :func:`ends_with`, which tries every start."""
    seg = text[max(0, pos - reach):pos].rstrip()
    i = j = len(seg)
    while i > 0 and (seg[i - 1].isalnum() or seg[i - 1] == "_"):
        i -= 1
    return seg[i:j]


def last_words(phrases) -> frozenset[str]:
    """What :func:`word_before` is when one of ``phrases`` ends right before a number: the
    run of word characters closing each, lower-cased ("" for "~")."""
    return frozenset(word_before(p.lower(), len(p)) for p in phrases)


_DAY_PART_AFTER = re.compile(r"(?:[ \t]+\d{1,2}(?:[ \t]+phút)?)?[ \t]+" + alternation(DAY_PARTS) + r"(?!\w)")
