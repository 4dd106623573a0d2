"""Quantity: physical measures read through pint ("40 Mbps", "426 người/km²", "1.200 ha").

The unit is kept as written (a pint expression from the lexicon); :func:`registry` builds
our own pint registry once, lazily, with Mbps as megabit per second.
"""

from __future__ import annotations

import functools
import re

from ..lexicon.units import COEFFICIENT_HEAD, COEFFICIENT_OF, QUANTITY
from .base import alternation
from .multiplier import multiplier_end

# ("7,37 km2và quy mô dân số": a unit ending in a digit or a superscript may touch the next
# word in copies of web pages; no unit goes on with a letter after its exponent)
_UNIT = re.compile(rf"[ \t]*({alternation(QUANTITY)})(?:(?!\w)|(?<=[\d²³])(?=[^\W\d_]))")


_CLASS_NAME_BEFORE = re.compile(r"(?<!\w)hạng\s+cân\s*$")
_SIZE_BEFORE = re.compile(r"\d[ \t]*[x×][ \t]*$")
_SCORE = re.compile(r"[ \t]*(điểm)(?=\s*(?:[,.;:)\]]|$|\s(?:so\s+với|và|xếp|đứng|tăng|giảm|trên|cao|thấp|đến|tới|trở|thì|được|\())|\s*\n)")


# "hệ số lương 2,34", "(từ hệ số lương 6,20)", "hệ số phụ cấp chức vụ là 0,7": the
# coefficient's name runs up to the number
_COEFFICIENT_BEFORE = re.compile(
    r"(?<!\w)" + COEFFICIENT_HEAD + r"(?:[ \t]+" + alternation(COEFFICIENT_OF) + r")*[ \t]*:?[ \t]*$"
)
_COEFFICIENT_REACH = 60


def coefficient(expr, view) -> dict | None:
    """A dimensionless quantity for a number named as a coefficient right before it."""
    if expr.form in ("fraction", "within"):
        return None
    named = _COEFFICIENT_BEFORE.search(view.masked, max(0, expr.start - _COEFFICIENT_REACH), expr.start)
    if named is None:
        return None
    out = {"kind": "quantity", "unit": "dimensionless"}
    lower = _FROM_BEFORE.search(view.masked, max(0, named.start() - 8), named.start())
    if lower is not None and expr.value_max is None:
        # "(từ hệ số lương 6,20)": the lowest coefficient of a group, a lower bound
        out.update(start=lower.start(), qualifier="at_least")
    return out


_FROM_BEFORE = re.compile(r"(?<!\w)từ[ \t]+$")


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
    if _SIZE_BEFORE.search(view.masked, max(0, expr.start - 8), expr.start):
        return None  # "ảnh cỡ 20 x 30 mm": one side of a size, no measure of its own
    if _CLASS_NAME_BEFORE.search(view.masked, max(0, expr.start - 12), expr.start):
        return None  # "HCV hạng cân 48 kg nữ": the name of a weight class, no measure
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
