"""Fraction: "15/22 bộ, ngành", "8.578/17.464", "33,5/34,7 triệu giấy phép lái xe",
"13 trong tổng số 17 cơ sở dữ liệu": value x out of denominator y, with a subject."""

from __future__ import annotations


def read(expr, view):
    if expr.form not in ("fraction", "within"):
        return None
    if expr.denominator is None or expr.denominator == 0 or expr.value > expr.denominator:
        return None  # "1/500" map scales pass; 7/2 is no part of a whole
    if 1900 <= expr.denominator <= 2100 and isinstance(expr.denominator, int) and expr.value <= 60:
        return None  # "tuần 39/2022", "số 12/2024": a number within a year, not a share
    return {"kind": "fraction", "denominator": expr.denominator}
