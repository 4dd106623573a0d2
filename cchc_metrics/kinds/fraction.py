"""Fraction: "15/22 bộ, ngành", "8.578/17.464", "33,5/34,7 triệu giấy phép lái xe",
"13 trong tổng số 17 cơ sở dữ liệu": value x out of denominator y, with a subject."""

from __future__ import annotations

import re

from ..lexicon.labels import OPTION_NOUNS
from .base import alternation

# "quy hoạch chi tiết tỷ lệ 1/500", "bản đồ tỷ lệ 1/2.000": the scale of a map or plan
_SCALE_BEFORE = re.compile(r"(?<!\w)(?:tỷ|tỉ)\s+lệ\s*(?:bản\s+đồ\s*)?$")


# "01 trong 03 hình thức sau": one of the ways to choose from
_OPTION_AFTER = re.compile(r"[ \t]+" + alternation(OPTION_NOUNS) + r"(?!\w)")


def read(expr, view):
    if expr.form not in ("fraction", "within"):
        return None
    if expr.form == "within" and expr.value == 1 and _OPTION_AFTER.match(view.masked, expr.end):
        return None
    if expr.denominator is None or expr.denominator == 0 or expr.value > expr.denominator:
        return None  # 7/2 is no part of a whole
    if expr.value == 1 and expr.denominator >= 100 and _SCALE_BEFORE.search(view.masked, max(0, expr.start - 20), expr.start):
        return None
    if 1800 <= expr.denominator <= 2100 and isinstance(expr.denominator, int) and expr.value <= 60:
        return None  # "tuần 39/2022", "số 12/2024": a number within a year, not a share
    return {"kind": "fraction", "denominator": expr.denominator}
