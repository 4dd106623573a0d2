"""A multiplier of a base level, "N lần": "gấp 2 lần", "bằng 0,4 lần mức lương cơ sở",
"không quá 05 lần mức lương tối thiểu vùng", "tăng 1,5 lần so với", "tối đa là 1,8 lần" (a
coefficient's cap). FORMAT.md reads it as a bare index value (a dimensionless quantity),
not a number of times; "họp 2 lần", "quá 1 lần" count occasions.

The count reader and the quantity reader ask the same question from two sides: any sign
of a comparison makes "N lần" no count, while a whole N is a quantity only with both a
word of comparison before it and a base after it ("tăng gấp 2 lần" alone is neither)."""

from __future__ import annotations

import re

_TIMES = re.compile(r"[ \t]*lần(?!\w)")
# a word of comparison before the number ("cao hơn từ 02 lần", "bằng 0,4 lần"); a cap
# ("tối đa là 03 lần", "không quá 2 lần") bounds occasions as well, so it makes a
# multiplier only with a base after it
_BEFORE = r"(?:\s+(?:từ|khoảng|gần|hơn|trên))?\s*$"
_COMPARED_BEFORE = re.compile(r"(?<!\w)(?:gấp|bằng|tăng|giảm|lên|xuống|hơn|cao|nhiều|thấp|ít|đi)" + _BEFORE)
_CAPPED_BEFORE = re.compile(r"(?<!\w)(?:tối\s+đa(?:\s+là)?|không\s+(?:vượt\s+)?quá)" + _BEFORE)
# the base it multiplies, or the level it is compared with ("lần mức xử phạt", "lần so với
# cùng kỳ", "lần trước")
_BASE_AFTER = re.compile(r"\s*(?:so\s+với|mức|giá\s+trị|tổng|quỹ|lương|số\s+tiền|trước|cùng\s+kỳ)(?!\w)")
_REACH = 16


def times_end(expr, view) -> int | None:
    """Where "lần" right after the number ends, or None."""
    m = _TIMES.match(view.masked, expr.end)
    return m.end() if m is not None else None


# "… gấp từ 2 lần đến 3 lần mức …": the upper end of a range of multipliers is compared too
_FROM_MULTIPLIER_BEFORE = re.compile(
    r"(?<!\w)(?:gấp|bằng|tăng|cao\s+hơn)(?:\s+từ)?\s+\d+(?:[.,]\d+)?\s*lần\s*(?:đến|tới|-|–)\s*(?:gấp\s+)?$"
)


def _compared(expr, view, *, caps: bool = False) -> bool:
    lo = max(0, expr.start - _REACH)
    return _COMPARED_BEFORE.search(view.masked, lo, expr.start) is not None or (
        caps and _CAPPED_BEFORE.search(view.masked, lo, expr.start) is not None) or (
        _FROM_MULTIPLIER_BEFORE.search(view.masked, max(0, expr.start - 40), expr.start) is not None)


# "gấp từ 3 lần đến gấp 5 lần so với định mức": the lower end of a range of multipliers
# takes the base of the upper one
_RANGE_TO_MULTIPLIER = re.compile(r"\s*(?:đến|tới|-|–)\s*(?:gấp\s+)?\d+(?:[.,]\d+)?\s*lần(?!\w)")


def _based(view, end: int) -> bool:
    if _BASE_AFTER.match(view.masked, end) is not None:
        return True
    upper = _RANGE_TO_MULTIPLIER.match(view.masked, end)
    return upper is not None and _BASE_AFTER.match(view.masked, upper.end()) is not None


def is_multiplier(expr, view) -> bool:
    """Any sign that "N lần" multiplies rather than counts occasions."""
    end = times_end(expr, view)
    return end is not None and (
        not float(expr.value).is_integer() or _compared(expr, view) or _based(view, end))


def multiplier_end(expr, view) -> int | None:
    """The end of "N lần" read as a dimensionless quantity, or None: a fraction of N or
    a whole N without both a comparison and a base is none."""
    end = times_end(expr, view)
    if end is None or expr.form == "fraction":
        return None
    if float(expr.value).is_integer() and not (_compared(expr, view, caps=True) and _based(view, end)):
        return None
    return end
