"""Quantity: physical measures read through pint ("40 Mbps", "426 người/km²", "1.200 ha").

The unit is kept as written (a pint expression from the lexicon); :func:`registry` builds
our own pint registry once, lazily, with Mbps as megabit per second.
"""

from __future__ import annotations

import functools
import re

from ..lexicon.units import QUANTITY
from .base import after, alternation

_UNIT = after(alternation(QUANTITY))


_SCORE = re.compile(r"[ \t]*(điểm)(?=\s*(?:[,.;:)\]]|$|\s(?:so\s+với|và|xếp|đứng|tăng|giảm|trên|cao|thấp|đến|tới|trở|thì|được|\())|\s*\n)")


# A multiplier of a base level is a bare index value (FORMAT.md: dimensionless): "bằng 0,4
# lần mức lương cơ sở", "không quá 05 lần mức lương tối thiểu vùng", "tăng gấp 2 lần so với",
# "tối đa là 1,8 lần" (a coefficient's cap). "họp 2 lần", "quá 1 lần" count occasions
# (kinds/count.py), so an integer needs a word of comparison before or a base after.
_TIMES = re.compile(r"[ \t]*(lần)(?!\w)")
_MULTIPLIER_BEFORE = re.compile(
    r"(?<!\w)(?:gấp|bằng|tăng|giảm|lên|xuống|hơn|cao|nhiều|thấp|ít|tối\s+đa(?:\s+là)?|không\s+(?:vượt\s+)?quá)"
    r"(?:\s+(?:từ|khoảng|gần|hơn|trên))?\s*$"
)
_MULTIPLIER_BASE_AFTER = re.compile(r"[ \t]*(?:so\s+với|mức|giá\s+trị|tổng|lương|số\s+tiền)(?!\w)")


def _multiplier(expr, view) -> dict | None:
    times = _TIMES.match(view.masked, expr.end)
    if times is None or expr.form == "fraction":
        return None
    if float(expr.value).is_integer() and not (
            _MULTIPLIER_BEFORE.search(view.masked, max(0, expr.start - 16), expr.start)
            and _MULTIPLIER_BASE_AFTER.match(view.masked, times.end())):
        return None
    return {"kind": "quantity", "end": times.end(), "unit": "dimensionless"}


def read(expr, view):
    m = _UNIT.match(view.masked, expr.end)
    if not m:
        score = _SCORE.match(view.masked, expr.end)
        if score and expr.form != "fraction":
            return {"kind": "quantity", "end": score.end(), "unit": "dimensionless"}
        return _multiplier(expr, view)
    word = "".join(m.group(1).split())
    unit = QUANTITY.get(word) or QUANTITY.get(" ".join(m.group(1).split()))
    if unit is None:
        return None
    return {"kind": "quantity", "end": m.end(), "unit": unit}


@functools.lru_cache(maxsize=1)
def registry():
    """Our pint registry (built on first use: ~0.4 s)."""
    import pint

    ureg = pint.UnitRegistry()
    ureg.define("Mbps = megabit / second")
    ureg.define("Gbps = gigabit / second")
    ureg.define("kbps = kilobit / second")
    return ureg
