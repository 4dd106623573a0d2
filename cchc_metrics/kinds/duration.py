"""Duration: "21 ngày", "4 ngày làm việc", "3 tháng", "2 giờ", "dưới 6 tuổi".

Units as FORMAT.md lists them; "tuổi" (age) is years; "thập kỷ" becomes ten years.
"""

from __future__ import annotations

import re

from ..lexicon.labels import ANNIVERSARY_BEFORE
from ..lexicon.units import DURATION, DURATION_FACTORS
from .base import after, after_hour_is_time_of_day, alternation

_UNIT = after(alternation(DURATION))
# "ngày 20 tháng 7 năm 2024" leaves "20 tháng 7" as day-month; the date stage masks most,
# and a unit followed by another number is a date part, not a duration.
_DATE_PART = re.compile(r"[ \t]*\d")
_HALF = re.compile(r"\s+rưỡi(?!\w)")  # "hai tiếng rưỡi" = 2.5 hours


# "28 tháng Chạp", "mùng 4 tháng Giêng": a day of a lunar month, not four months
_LUNAR_MONTH = re.compile(r"[ \t]+(?:chạp|giêng|một|hai|ba|tư|năm|sáu|bảy|tám|chín|mười|mười\s+một)(?!\w)")
_DAY_OF_MONTH_BEFORE = re.compile(r"(?<!\w)(?:mùng|mồng|ngày)\s*$")
# "từ 10 giờ ngày 09/12/2025", "từ 10 giờ, thứ Ba, ngày …", "lúc 8 giờ": an hour of a day
_HOUR_OF_DAY = re.compile(
    r"[ \t]*(?:\d{1,2}(?:[ \t]*phút)?[ \t]*)?,?[ \t]*(?:ngày|hôm|cùng\s+ngày|thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật)(?!\w)"
    r"|[ \t]*\x1a"
)
_AT_HOUR_BEFORE = re.compile(r"(?<!\w)(?:lúc|vào\s+lúc|đến\s+lúc)\s*$")
# "kỷ niệm 50 năm Ngày giải phóng": the years of an anniversary name the occasion
_ANNIVERSARY_BEFORE = re.compile(r"(?<!\w)" + alternation(ANNIVERSARY_BEFORE) + r"\s*$")
_SPACES_AFTER = re.compile(r"[ \t]*")
_SPAN_FRAME_BEFORE = re.compile(r"(?<!\w)(?:trong|sau|trước|hơn|gần|khoảng|mất|kéo\s+dài|thời\s+hạn|suốt|qua|tới)\s+$")
# what an anniversary names: a day, a victory, a founding, a liberation, a place ("Bình Định")
_ANNIVERSARY_NAME = re.compile(r"(?:Ngày|Chiến\s+thắng|Cách\s+mạng|Tổng\s+khởi\s+nghĩa|Giải\s+phóng|Quốc\s+khánh|"
                               r"thành\s+lập|Thành\s+lập|Tái\s+lập|[A-ZĐÂĂÊÔƠƯÁÀẢÃẠ][^\W\d_]+\s+[A-ZĐ][^\W\d_]+)")


def names_no_span(expr, view) -> bool:
    """A number before a unit of time that measures no span: a day of a (lunar) month ("28
    tháng Chạp", "mùng 4 tháng Giêng"), an hour of a day ("từ 10 giờ, thứ Ba"), the years
    of an anniversary ("kỷ niệm 50 năm Ngày giải phóng"). It is no count either."""
    m = _UNIT.match(view.masked, expr.end)
    return m is not None and _no_span_at(m, expr, view)


def _no_span_at(m: re.Match[str], expr, view) -> bool:
    return (_day_of_month_at(m, expr, view) or _hour_of_day_at(m, expr, view)
            or _anniversary_at(m, expr, view) or _school_year_at(m, view))


def _school_year_at(m: re.Match[str], view) -> bool:
    return m.group(1) == "năm" and _SCHOOL_AFTER.match(view.masked, m.end()) is not None


def _hour_of_day_at(m: re.Match[str], expr, view) -> bool:
    return m.group(1) in ("giờ", "h") and (
        _HOUR_OF_DAY.match(view.masked, m.end()) is not None
        or _AT_HOUR_BEFORE.search(view.masked, max(0, expr.start - 10), expr.start) is not None)


def _anniversary_at(m: re.Match[str], expr, view) -> bool:
    if m.group(1) != "năm":
        return False
    if _ANNIVERSARY_BEFORE.search(view.masked, max(0, expr.start - 12), expr.start) is not None:
        return True
    # "…; 80 năm Ngày thành lập Quân đội …", "Chương trình nghệ thuật “50 năm Bình Định”": the
    # years before a capitalised name are an anniversary's (in a list after "kỷ niệm:", or in
    # a name), unless a word before frames a span ("trong 5 năm", "sau 3 năm")
    nxt = _SPACES_AFTER.match(view.text, m.end()).end()
    return view.text[nxt:nxt + 1].isupper() and view.text[nxt:nxt + 1].isalpha() \
        and _SPAN_FRAME_BEFORE.search(view.masked, max(0, expr.start - 16), expr.start) is None \
        and _ANNIVERSARY_NAME.match(view.text, nxt) is not None


def _day_of_month_at(m: re.Match[str], expr, view) -> bool:
    """Is the number before the unit ``m`` a day of a (lunar) month?"""
    if m.group(1) != "tháng":
        return False
    return bool(_DAY_OF_MONTH_BEFORE.search(view.masked, max(0, expr.start - 8), expr.start)
                or (_LUNAR_MONTH.match(view.masked, m.end()) and view.text[m.end():m.end() + 2].strip()[:1].isupper()))


# "61 tuổi 3 tháng": the months of an age, no span (nor count) of their own
AGE_BEFORE = re.compile(r"\d[ \t]*tuổi[ \t]+$")
# "2 năm 6 tháng": the months of a span of years, read with them
_YEARS_BEFORE = re.compile(r"\d[ \t]*năm[ \t]+$")
_MONTHS_UNIT = re.compile(r"[ \t]*tháng(?!\w)")


def months_of_a_span(expr, view) -> bool:
    """Are these the months of an age or of a span of years ("61 tuổi 3 tháng", "2 năm 6
    tháng"), read with them? (No duration or count of their own.)"""
    before = view.masked[max(0, expr.start - 12):expr.start]
    return bool(AGE_BEFORE.search(before) or (_YEARS_BEFORE.search(before) and _MONTHS_UNIT.match(view.masked, expr.end)))


# "56 tuổi 8 tháng", "2 năm 6 tháng": years and months of one span, read as one duration in
# years (FORMAT.md issue 14: one duration or two, never a truncated one)
_MONTHS_AFTER = re.compile(r"[ \t]*(\d{1,2})[ \t]*tháng(?![ \t]*\d)(?!\w)")
# "trong một năm học": a school year names a period of teaching, no span read as years
_SCHOOL_AFTER = re.compile(r"[ \t]+học(?!\w)")


def read(expr, view):
    m = _UNIT.match(view.masked, expr.end)
    if not m:
        return None
    if months_of_a_span(expr, view):
        return None
    months = _MONTHS_AFTER.match(view.masked, m.end()) if m.group(1) in ("năm", "tuổi") else None
    if months is not None and int(months.group(1)) < 12 and expr.value_max is None and expr.form != "fraction":
        return {"kind": "duration", "end": months.end(), "unit": "year", "plus": int(months.group(1)) / 12}
    if _DATE_PART.match(view.masked, m.end()) and m.group(1) in ("tháng", "năm"):
        return None  # (not "ngày": "diễn ra trong 2 ngày 18 đến 19-4" names the days after the span)
    if _no_span_at(m, expr, view):
        return None  # see names_no_span
    unit = DURATION[" ".join(m.group(1).split())]
    if unit == "hour" and after_hour_is_time_of_day(view.masked, m.end()):
        return None  # "Tám giờ sáng": a time of day
    factor = 1.0
    if unit in DURATION_FACTORS:
        unit, factor = DURATION_FACTORS[unit]
    if expr.form == "fraction":
        if not expr.denominator or expr.value >= expr.denominator:
            return None
        factor *= 1 / expr.denominator  # "1/2 tháng": half a month
    out = {"kind": "duration", "end": m.end(), "unit": unit}
    half = _HALF.match(view.masked, m.end())
    if half and expr.value_max is None:
        out["end"] = half.end()
        out["plus"] = 0.5
    if factor != 1.0:
        out["factor"] = factor
    return out
