"""Rank: a position. "xếp thứ 4/63", "đứng thứ hai cả nước", "thứ 3/11 huyện",
"xếp thứ 4 trong 63", "địa phương thứ 3", "đứng đầu", "dẫn đầu", "top 10".

Not ranks: the day of the week ("Thứ Hai, 01/4/2024", "thứ 7 ngày 6/7"), list items
("Thứ nhất,"), and level labels ("mức độ 3", "lần thứ 9"), which are names.
"""

from __future__ import annotations

import re

from ..lexicon.labels import LEVEL_BEFORE
from .base import alternation, ends_with

_THU = re.compile(r"(?<!\w)(?P<verb>(?:xếp|đứng|vươn lên|tụt xuống|giữ|ở|nằm ở)\s+(?:hạng\s+|vị\s+trí\s+)?)?(?:thứ|hạng)\s*$")
_LEVEL = re.compile(r"(?<!\w)" + alternation(LEVEL_BEFORE) + r"\s*$")
# A weekday: "Thứ Hai," at a date line, or "thứ 7, ngày 6/7".
_WEEKDAY_AFTER = re.compile(r"\s*[,-]?\s*(?:ngày\s*)?\x1a|\s*[,-]\s*\d{1,2}\s*[/-]\s*\d")
_FIRST_WORDS = re.compile(
    r"(?<!\w)(?P<verb>xếp|đứng|vươn lên|dẫn|giữ vị trí|giữ vững vị trí)\s+(?:thứ\s+nhất|đầu|số\s+1|số\s+một|nhất)(?!\w)"
    r"|(?<!\w)(?:dẫn\s+đầu|thứ\s+hạng\s+cao\s+nhất|vị\s+trí\s+dẫn\s+đầu)(?!\w)"
)


def read(expr, view):
    """A number preceded by thứ/hạng is a rank unless it is a weekday."""
    m = ends_with(_THU, view.masked, expr.start, 30)
    if not m:
        return None
    if ends_with(_LEVEL, view.masked, expr.start, 30):
        return None
    if _WEEKDAY_AFTER.match(view.masked, expr.end) or _capitalised_weekday(view, m.start(), expr):
        return None
    if expr.spelled and view.text[m.start()] == "T" and not m.group("verb"):
        return None  # "Thứ hai, …" opening a list or a date line
    den = expr.denominator if expr.form in ("fraction", "within") else None
    start = m.start() if m.group("verb") else m.start()
    return {"kind": "rank", "start": start, "value": expr.value, "denominator": den, "no_subject": True}


def _capitalised_weekday(view, thu_start, expr) -> bool:
    # "Thứ Ba" with both words capitalised is a weekday name.
    return view.text[thu_start] == "T" and expr.spelled and view.text[expr.start].isupper()


def find_word_ranks(view) -> list[dict]:
    """Ranks written without a number: "đứng đầu", "dẫn đầu", "xếp thứ nhất" (value 1)."""
    out = []
    for m in _FIRST_WORDS.finditer(view.masked):
        out.append({"kind": "rank", "start": m.start(), "end": m.end(), "value": 1, "denominator": None})
    return out
