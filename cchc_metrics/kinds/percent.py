"""Percent: "71,68%", "70-80%", "1% - 1,5%", "50 phần trăm". Unit "%", value in percent."""

from __future__ import annotations

from ..lexicon.units import PERCENT
from .base import after, alternation

_UNIT = after(alternation(PERCENT))


def read(expr, view):
    m = _UNIT.match(view.masked, expr.end)
    if not m:
        return None
    return {"kind": "percent", "end": m.end(), "unit": "%"}
