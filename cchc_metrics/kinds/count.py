"""Count: a number of things or people, named by the noun phrase after it:
"86 triệu thẻ CCCD", "18 bộ, ngành", "hai nhóm thủ tục", "hàng trăm người dân".

A number with no noun after it is no count (list numbers, footnotes, bare figures). A
spelled-out number counts only before a head noun of the genre (lexicon COUNT_HEADS):
"hai chiều", "ba bên", "một số" are expressions, not counts."""

from __future__ import annotations

import re

from ..lexicon.phrases import COUNT_HEADS
from .base import BARE_YEAR, after_hour_is_time_of_day, alternation
from .duration import months_of_a_span, names_no_span
from .multiplier import is_multiplier

_HEAD = re.compile(alternation(COUNT_HEADS) + r"(?!\w)")


_TO_ANOTHER = re.compile(r"[ \t]*(?:lên|xuống|đến|tới|còn|[-–—])[ \t]*\d")
_FESTIVE_DAY_BEFORE = re.compile(r"(?<!\w)(?:mùng|mồng)\s*$")
# "năm thứ 11 liên tiếp", "lần thứ 3": an ordinal names a place in a series, it counts nothing
_ORDINAL_BEFORE = re.compile(r"(?<!\w)thứ\s*$")




_COMMA_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+")
_DIMENSION_AFTER = re.compile(r"[ \t]*[x×][ \t]*\d")
_DIMENSION_BEFORE = re.compile(r"\d[ \t]*[x×][ \t]*$")
_NUMBERING_ROW = re.compile(r"[ \t|]*1[ \t]*\|[ \t]*2[ \t]*\|[ \t]*3(?:[ \t]*\|[ \t]*\d{1,2})*[ \t|]*$", re.M)
# "Mỗi công dân được cấp 01 căn cước điện tử", "mỗi xã bố trí một công chức": one for each
# is a rule of distribution, no count (TRAPS.md: "mỗi … một tài khoản")
# (not a rate: "mỗi tháng họp 1 lần"; nor a range: "mỗi phường bố trí 1–2 công chức")
_EACH_IN_CLAUSE = re.compile(r"(?<!\w)mỗi(?!\s+(?:ngày|tuần|tháng|quý|năm|kỳ|lần|đợt)(?!\w))(?!\w)[^,;:.\n]{0,80}$")
# "thêm một khoản tiền lương": "một" before a measure word is an article
_ARTICLE_ONE = re.compile(r"(?:một|1)\s+(?=(?:khoản|phần|cách|chút|lúc|thời\s+gian)(?!\w))")


def read(expr, view, subject_span):
    if subject_span is None:
        return None
    if _DIMENSION_AFTER.match(view.masked, expr.end) or _DIMENSION_BEFORE.search(view.masked, max(0, expr.start - 8), expr.start):
        return None  # "ảnh cỡ 20 x 30 mm": a size
    if _ORDINAL_BEFORE.search(view.masked, max(0, expr.start - 6), expr.start) \
            or months_of_a_span(expr, view):
        return None  # "năm thứ 11"; "61 tuổi 3 tháng", "2 năm 6 tháng": the months of a span
    if expr.value == 1 and getattr(expr, "value_max", None) is None and not _TO_ANOTHER.match(view.masked, expr.end) \
            and (_EACH_IN_CLAUSE.search(view.masked, max(0, expr.start - 80), expr.start)
                 or _ARTICLE_ONE.match(view.masked, expr.start)):
        return None
    if view.masked.startswith("giờ", subject_span[0]) and after_hour_is_time_of_day(
        view.masked, subject_span[0] + len("giờ")
    ):
        return None  # "Tám giờ sáng": a time of day (the duration reader says so too)
    if is_address(expr, view, subject_span):
        return None
    if named_before(expr, view):
        return None  # "dự án Nhà ở xã hội Bình Thành 1 tỉnh Đồng Tháp": the number of a name
    if names_no_span(expr, view) or _FESTIVE_DAY_BEFORE.search(view.masked, max(0, expr.start - 6), expr.start):
        return None  # "28 tháng Chạp", "Mùng 4 Tết", "từ 10 giờ, thứ Ba", "kỷ niệm 50 năm"
    if not float(expr.value).is_integer() and not _TO_ANOTHER.match(view.masked, expr.end):
        if _COMMA_THOUSANDS.fullmatch(view.masked, expr.start, expr.end):
            # "1,250 hồ sơ", "7,488 người": no text counts a fraction of a thing, so a comma
            # before exactly three digits is a thousands separator (the English way)
            return {"kind": "count", "value": int(view.masked[expr.start:expr.end].replace(",", ""))}
        # "| hệ số lương 2,34 | 1,45 |": a coefficient or a measure, no number of things
        # (but "từ 1,8 lên 2,34 triệu đồng": one end takes its unit from the other)
        return None
    if not expr.spelled and getattr(expr, "value_max", None) is None \
            and BARE_YEAR.fullmatch(view.masked, expr.start, expr.end):
        return None  # "Tăng lương 2026 CBCCVC", "tuyển dụng công chức 2025 đợt 1": a year
    single_word = expr.spelled and " " not in view.masked[expr.start:expr.end].strip()
    if single_word and not _HEAD.match(view.masked, subject_span[0]):
        return None
    if is_multiplier(expr, view):  # "tăng gấp 2 lần", "1,5 lần mức lương"
        return None
    return {"kind": "count"}


# "vượt mốc 5 triệu", "đạt con số 1.000": a milestone figure counts what the sentence is
# about even with no noun after it.
_MILESTONE = re.compile(r"(?<!\w)(?:mốc|con\s+số|ngưỡng)\s*$")


def is_milestone(expr, view) -> bool:
    return _MILESTONE.search(view.masked, max(0, expr.start - 12), expr.start) is not None


# A figure alone in a table cell ("| 12.518 |") counts what its column names; the first
# column is row numbering ("| 1 |"), not a claim.
_CELL = re.compile(r"\|[ \t]*$")
_CELL_END = re.compile(r"[ \t]*\|")
_DOT_LEADER = re.compile(r"(?:\.{3,}|…)[ \t]*\|[ \t]*$")


def is_table_cell(expr, view) -> bool:
    text = view.masked
    if not (_CELL.search(text, max(0, expr.start - 8), expr.start) and _CELL_END.match(text, expr.end)):
        return False
    line_start = text.rfind("\n", 0, expr.start) + 1
    if _DOT_LEADER.search(text, line_start, expr.start):
        return False  # "| 1. Hà Nội … ..... | 1 |": a page number in a table of contents
    if _NUMBERING_ROW.match(text, line_start):
        return False  # "| 1 | 2 | 3 | 4 | 5 |": the numbers of a table's columns
    # not the first cell; a copied row may have lost its leading bar ("Vùng I | 5.310.000 | …")
    lead_bar = text[line_start:expr.start].lstrip(" \t*").startswith("|")
    return text.count("|", line_start, expr.start) >= (2 if lead_bar else 1)


# Two or more capitalised words (not in capitals: a heading "… TĂNG 24 BẬC" counts) right
# before a number, inside a sentence: the number ends a proper name ("Khu công nghiệp Biên
# Hòa 1", "Tòa nhà Capital Place 29")
_WORDS_BEFORE = re.compile(r"(?:[^\W\d_]+[ \t]+)+$")
_SENTENCE_OPENS = re.compile(r"(?:^|[.!?:;(\"“*#\-–])\s*$")


def _title_word(w: str) -> bool:
    return w[0].isupper() and (len(w) == 1 or w[1:].islower())


# … when the number is not followed by what it would count: a name goes on after it ("Bình
# Thành 1 tỉnh Đồng Tháp", "Capital Place 29 Liễu Giai", "The Sóng 5 Sao"), a counted noun
# does not ("trong đó Lâm Đồng 137 đơn vị, Đắk Nông 71 đơn vị")
_NEXT_WORDS = re.compile(r"[ \t]*([^\W\d_]+)(?:[ \t]+([^\W\d_]+))?")
_PLACE_UNITS = frozenset(("tỉnh", "huyện", "quận", "xã", "phường", "tp"))


def _name_goes_on(text: str, end: int) -> bool:
    m = _NEXT_WORDS.match(text, end)
    if m is None:
        return True  # punctuation or the line's end
    first, second = m.group(1), m.group(2)
    return _title_word(first) or (first.lower() in _PLACE_UNITS and second is not None and _title_word(second))


def named_before(expr, view) -> bool:
    text = view.text
    if expr.spelled or not _name_goes_on(text, expr.end):
        return False
    line = text.rfind("\n", 0, expr.start) + 1
    m = _WORDS_BEFORE.search(text, max(line, expr.start - 48), expr.start)
    if m is None:
        return False
    words = m.group().split()
    run = 0
    for w in reversed(words):
        if not _title_word(w):
            break
        run += 1
    if run < 2:
        return False
    # the run may open the sentence, whose first word is capitalised anyway (the match starts
    # at its first word)
    return run < len(words) or _SENTENCE_OPENS.search(text, max(line, m.start() - 4), m.start()) is None


# "đặt tại 185 Cách Mạng Tháng Tám": a house number before a street name.
_ADDRESS_BEFORE = re.compile(r"(?<!\w)(?:tại|ở|địa\s+chỉ|số\s+nhà|số)\s*:?\s*$")


def is_address(expr, view, subject_span) -> bool:
    if subject_span is None or not view.text[subject_span[0]].isupper():
        return False
    return _ADDRESS_BEFORE.search(view.masked, max(0, expr.start - 15), expr.start) is not None
