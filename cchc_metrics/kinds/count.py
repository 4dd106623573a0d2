"""Count: a number of things or people, named by the noun phrase after it:
"86 triệu thẻ CCCD", "18 bộ, ngành", "hai nhóm thủ tục", "hàng trăm người dân".

A number with no noun after it is no count (list numbers, footnotes, bare figures). A
spelled-out number counts only before a head noun of the genre (lexicon COUNT_HEADS):
"hai chiều", "ba bên", "một số" are expressions, not counts."""

from __future__ import annotations

import re

from ..lexicon.phrases import COUNT_HEADS
from .base import alternation

_HEAD = re.compile(alternation(COUNT_HEADS) + r"(?!\w)")
# "tăng gấp 2 lần", "tăng lên 1,5 lần so với": a multiplier, not a number of times.
_TIMES = re.compile(r"lần(?!\w)")
_MULTIPLIER_BEFORE = re.compile(r"(?<!\w)(?:gấp|tăng|giảm|lên|xuống|hơn|cao|nhiều|thấp|ít|đi)\s*$")
_MULTIPLIER_AFTER = re.compile(r"\s*(?:so\s+với|trước|cùng\s+kỳ)")


def read(expr, view, subject_span):
    if subject_span is None:
        return None
    single_word = expr.spelled and " " not in view.masked[expr.start:expr.end].strip()
    if single_word and not expr.approximate and not _HEAD.match(view.masked, subject_span[0]):
        return None
    if _TIMES.match(view.masked, subject_span[0]) and (
        _MULTIPLIER_BEFORE.search(view.masked, max(0, expr.start - 12), expr.start)
        or _MULTIPLIER_AFTER.match(view.masked, subject_span[1])
    ):
        return None
    return {"kind": "count"}


# "vượt mốc 5 triệu", "đạt con số 1.000": a milestone figure counts what the sentence is
# about even with no noun after it.
_MILESTONE = re.compile(r"(?<!\w)(?:mốc|con\s+số|ngưỡng)\s*$")


def is_milestone(expr, view) -> bool:
    return _MILESTONE.search(view.masked, max(0, expr.start - 12), expr.start) is not None
