"""Quantity: physical measures read through pint ("40 Mbps", "426 người/km²", "1.200 ha").

The unit is kept as written (a pint expression from the lexicon); :func:`registry` builds
our own pint registry once, lazily, with Mbps as megabit per second.
"""

from __future__ import annotations

import functools
import re

from ..lexicon.units import QUANTITY
from .base import after, alternation
from .multiplier import multiplier_end

_UNIT = after(alternation(QUANTITY))


_SCORE = re.compile(r"[ \t]*(điểm)(?=\s*(?:[,.;:)\]]|$|\s(?:so\s+với|và|xếp|đứng|tăng|giảm|trên|cao|thấp|đến|tới|trở|thì|được|\())|\s*\n)")


def read(expr, view):
    m = _UNIT.match(view.masked, expr.end)
    if not m:
        score = _SCORE.match(view.masked, expr.end)
        if score and expr.form != "fraction":
            return {"kind": "quantity", "end": score.end(), "unit": "dimensionless"}
        end = multiplier_end(expr, view)  # "bằng 0,4 lần mức lương cơ sở"
        return {"kind": "quantity", "end": end, "unit": "dimensionless"} if end is not None else None
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
