"""Duration: "21 ngày", "4 ngày làm việc", "3 tháng", "2 giờ", "dưới 6 tuổi".

Units as FORMAT.md lists them; "tuổi" (age) is years; "thập kỷ" becomes ten years.
"""

from __future__ import annotations

import re

from ..lexicon.units import DURATION, DURATION_FACTORS
from .base import after, after_hour_is_time_of_day, alternation

_UNIT = after(alternation(DURATION))
# "ngày 20 tháng 7 năm 2024" leaves "20 tháng 7" as day-month; the date stage masks most,
# and a unit followed by another number is a date part, not a duration.
_DATE_PART = re.compile(r"[ \t]*\d")
_HALF = re.compile(r"\s+rưỡi(?!\w)")  # "hai tiếng rưỡi" = 2.5 hours


def read(expr, view):
    m = _UNIT.match(view.masked, expr.end)
    if not m:
        return None
    if _DATE_PART.match(view.masked, m.end()) and m.group(1) in ("tháng", "năm", "ngày"):
        return None
    unit = DURATION[" ".join(m.group(1).split())]
    if unit == "hour" and after_hour_is_time_of_day(view.masked, m.end()):
        return None  # "Tám giờ sáng": a time of day
    factor = 1.0
    if unit in DURATION_FACTORS:
        unit, factor = DURATION_FACTORS[unit]
    out = {"kind": "duration", "end": m.end(), "unit": unit}
    half = _HALF.match(view.masked, m.end())
    if half and expr.value_max is None:
        out["end"] = half.end()
        out["plus"] = 0.5
    if factor != 1.0:
        out["factor"] = factor
    return out
