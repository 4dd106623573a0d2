"""Money: "3.500 tỷ đồng", "1.800.000 đồng", "2 triệu USD", "24,5 tỷ VNĐ". Unit ISO 4217."""

from __future__ import annotations

import re

from ..lexicon.units import MONEY, NOT_DONG
from .base import after, alternation

_UNIT = after(alternation(MONEY))
_NOT_CURRENCY = re.compile(r"\s+" + alternation(NOT_DONG) + r"(?!\w)")


def read(expr, view):
    m = _UNIT.match(view.masked, expr.end)
    if not m:
        return None
    word = " ".join(m.group(1).split())
    if word == "đồng" and _NOT_CURRENCY.match(view.masked, m.end()):
        return None
    return {"kind": "money", "end": m.end(), "unit": MONEY[word]}
