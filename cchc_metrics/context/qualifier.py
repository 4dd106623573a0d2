"""Qualifier of a number (FORMAT.md): the word right before it ("trên 86 triệu") or a
bound right after it ("từ 98% trở lên"); lexicon in ``lexicon/qualifiers.py``."""

from __future__ import annotations

import re

from ..kinds.base import alternation, ends_with, last_words, word_before
from ..lexicon.qualifiers import (
    AFTER,
    AFTER_NOT_BOUND,
    ALL_PROVINCES,
    BEFORE,
    COMPARATIVE_BEFORE_HON,
    COMPOUND_FIRST,
    VERB_PAIR_BEFORE,
)

_BEFORE = re.compile(r"(?<!\w)(" + alternation(BEFORE) + r")\s*$")
_BEFORE_LAST = last_words(BEFORE)  # the words _BEFORE may end with
_AFTER = re.compile(r"[ \t]*(" + alternation(AFTER) + r")(?!\w)")
_COMPARATIVE = re.compile(r"(?<!\w)(" + alternation(COMPARATIVE_BEFORE_HON) + r")\s+$")
_NEGATED_CLAUSE = re.compile(r"(?<!\w)(?:không|chưa|chẳng|cấm|tránh)(?!\w)[^,;.:\n]*$")
_BEFORE_EVENT_AFTER = re.compile(r"\s*(?:ngày\s+làm\s+việc|ngày|giờ|tuần|tháng|năm)?\s+trước(?!\w)")
_LEVEL_BEFORE = re.compile(r"(?<!\w)mức\s+$")
_TU = re.compile(r"(?<!\w)từ\s*$")
_PREV_SYLLABLE = re.compile(r"(\w+)\s+$")
_VERB_PAIR = re.compile(r"(?<!\w)" + alternation(VERB_PAIR_BEFORE) + r"\s+$")
# a comparative or "vượt" whose figure is then compared: the figure is a difference
_DIFFERENCE_WORDS = ("ít hơn", "thấp hơn", "nhỏ hơn", "kém hơn", "nhiều hơn", "lớn hơn", "vượt")
_COMPARED_AFTER = re.compile(r"[ \t]*%?[ \t]*(?:[^\W\d_]+[ \t]+){0,3}?so[ \t]+với(?!\w)")
_IN_BEFORE = re.compile(r"(?<!\w)trong\s+$")
_RANGE_AT = re.compile(r"[\d.,]+\s*(?:[-–]|đến|tới)\s*\d")
_UP_TO = ("đến", "tới", "lên đến", "lên tới")
# a fine or a ceiling right before "đến": "phạt tiền đến", "bị phạt lên đến", "mức cao nhất lên đến"
_CAP_BEFORE = re.compile(r"(?<!\w)(?:phạt(?:\s+tiền)?|(?:mức\s+)?(?:cao\s+nhất|tối\s+đa))\s*$")
_LEVEL_NAMED = re.compile(r"(?<!\w)mức(?:\s+[^\W\d_]+){0,4}\s+$")
_PLACE_NOUN = re.compile(r"\s*(?:tỉnh|thành\s+phố|tỉnh\s+thành|địa\s+phương)(?!\w)")


def qualifier_before(lower: str, pos: int, value=None, end: int | None = None) -> tuple[str | None, int]:
    """(qualifier, start of its word) for the number at ``pos``; start == pos if none."""
    m = ends_with(_BEFORE, lower, pos, 30) if word_before(lower, pos, 30) in _BEFORE_LAST else None
    if not m:
        tu = _TU.search(lower, max(0, pos - 5), pos)
        m = ends_with(_BEFORE, lower, tu.start(), 30) if tu and word_before(lower, tu.start(), 30) in _BEFORE_LAST \
            else None
        if m and BEFORE[" ".join(m.group(1).split())] == "approx":
            return "approx", m.start(1)  # "khoảng từ 2 đến 3 tỷ đồng"
        return None, pos
    word = " ".join(m.group(1).split())
    if word in COMPOUND_FIRST:
        prev = _PREV_SYLLABLE.search(lower, max(0, m.start(1) - 12), m.start(1))
        if prev and prev.group(1) in COMPOUND_FIRST[word]:
            return None, pos  # "tốc độ 100 Mbps", "khảo sát 400 phiếu": a compound, no qualifier
    if word == "trên" and value in ALL_PROVINCES and end is not None and _PLACE_NOUN.match(lower, end):
        return None, pos
    if word == "vượt" and ends_with(_VERB_PAIR, lower, m.start(1), 12):
        return None, pos
    if word == "hơn" and (comp := ends_with(_COMPARATIVE, lower, m.start(1), 12)):
        if comp.group(1) in ("cao", "lớn") and _LEVEL_BEFORE.search(lower, max(0, comp.start() - 6), comp.start()):
            return "over", comp.start(1)  # "duy trì ở mức cao hơn 95%": a level above 95%
        return None, pos  # "cao hơn 2,65%": higher by, not more than
    if word.startswith(("chậm nhất", "muộn nhất")) and end is not None and _BEFORE_EVENT_AFTER.match(lower, end):
        return "at_least", m.start(1)  # "chậm nhất 01 ngày làm việc trước ngày hẹn": at least a day ahead
    if word in _DIFFERENCE_WORDS and end is not None and _COMPARED_AFTER.match(lower, end):
        return None, pos  # "ít hơn 23 phút so với Châu Thành", "vượt 5 đơn vị so với kế hoạch": a difference
    if word == "khoảng" and value is not None and _RANGE_AT.match(lower, pos) \
            and ends_with(_IN_BEFORE, lower, m.start(1), 8):
        return None, pos  # "dao động trong khoảng 120-180 triệu đồng": within the range, no estimate
    if word in ("tối đa bằng", "tối thiểu bằng") and _LEVEL_NAMED.search(lower, max(0, m.start(1) - 30), m.start(1)):
        return None, pos  # "mức tiền lương tối đa bằng 70%": the cap named, no bound on it
    if word in _UP_TO and not _CAP_BEFORE.search(lower, max(0, m.start(1) - 30), m.start(1)):
        return None, pos  # "đến năm 2030", "kết nối tới 34 sở": no bound without a fine or a ceiling
    if word == "quá" and not _NEGATED_CLAUSE.search(lower, max(0, m.start(1) - 50), m.start(1)):
        return "over", m.start(1)  # "đến chậm quá 15 phút"; "không … quá 1 lần" is at most
    return BEFORE[word], m.start(1)


_NOT_BOUND = re.compile(r"[ \t]*" + alternation(AFTER_NOT_BOUND) + r"(?!\w)")
# "ước thực hiện năm 2024 là 508.553 tỷ đồng": an estimate a few words before its figure
# ("ước giải ngân vốn đầu tư công từ đầu năm đến hết tháng 9/2024 đạt 268.516 tỷ đồng": the
# estimate of a flow, its period between)
_ESTIMATE_FAR = re.compile(
    r"(?<!\w)ước\s+(?:thực\s+hiện|tính|đạt|giải\s+ngân|thu|chi|xuất\s+khẩu|nhập\s+khẩu)"
    r"(?:\s+\S+){0,9}?\s+(?:là|đạt|khoảng)\s*$")


def estimate_before(lower: str, pos: int) -> bool:
    return ends_with(_ESTIMATE_FAR, lower, pos, 90) is not None


def qualifier_after(lower: str, end: int) -> tuple[str | None, int]:
    if _NOT_BOUND.match(lower, end):
        return None, end
    m = _AFTER.match(lower, end)
    if not m:
        return None, end
    return AFTER[" ".join(m.group(1).split())], m.end()


def starts_with_tu(lower: str, pos: int) -> int | None:
    """Start of a "từ" right before ``pos`` ("từ 98% trở lên"), else None."""
    m = ends_with(_TU, lower, pos, 8)
    return m.start() if m else None


# "cắt giảm ít nhất 30% thời gian giải quyết TTHC, 30% chi phí tuân thủ TTHC": a bound said
# once governs the same figure repeated in its list
_LIST_GAP = re.compile(r"[^\d.;:()\n]{0,60}?(?:,|\svà)\s*$")
_DISTRIBUTED = ("at_least", "at_most")


def distribute_bounds(lower: str, drafts: list[dict]) -> None:
    """Give a bound to the repeats of a bounded figure in its list (in place)."""
    for a, b in zip(drafts, drafts[1:]):
        q = a.get("qualifier")
        if q in _DISTRIBUTED and b.get("qualifier") is None and a["kind"] == b["kind"] \
                and a.get("value") == b.get("value") and a.get("sentence") == b.get("sentence") \
                and _LIST_GAP.fullmatch(lower, a["end"], b["start"]):
            b["qualifier"] = q

