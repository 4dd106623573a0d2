"""Money: "3.500 tỷ đồng", "1.800.000 đồng", "2 triệu USD", "24,5 tỷ VNĐ". Unit ISO 4217."""

from __future__ import annotations

import re

from ..lexicon.units import MONEY, MONEY_BEFORE, NOT_DO, NOT_DONG
from .base import after, alternation

_UNIT = after(alternation(MONEY))
_NOT_CURRENCY = re.compile(r"\s+" + alternation(NOT_DONG) + r"(?!\w)")
_NOT_DOLLAR = re.compile(r"\s+" + alternation(NOT_DO) + r"(?!\w)")
# A code right before the number; "$" may touch a word ("từ $25"), a letter code may not.
_CODE_BEFORE = re.compile(r"(?:(?<!\w)(?:us\$|usd|vnd|vnđ)|(?<![\w$])\$)[ \t]?$")


def read(expr, view):
    m = _UNIT.match(view.masked, expr.end)
    if not m:
        return _code_first(expr, view)
    word = " ".join(m.group(1).split())
    if word == "đồng" and _NOT_CURRENCY.match(view.masked, m.end()):
        return None
    if word == "đô" and _NOT_DOLLAR.match(view.masked, m.end()):
        return None
    return {"kind": "money", "end": m.end(), "unit": MONEY[word]}


def _code_first(expr, view):
    """"USD 2,15 tỷ", "$40 triệu": the currency code before the amount."""
    code = _CODE_BEFORE.search(view.masked, max(0, expr.start - 5), expr.start)
    if code is None:
        return None
    return {"kind": "money", "start": code.start(), "end": expr.end, "unit": MONEY_BEFORE[code.group().strip()]}
