"""The time of a figure (FORMAT.md ``period`` and ``as_of``): the period label or
stand-point its sentence gives it ("Năm 2024, …", "Tính đến 30/6/2024, …"), and a time
still to come that says the figure is not yet real (:func:`future_label`)."""

from __future__ import annotations

import bisect
import datetime as _dt
import re

from ..lexicon.calendar import (
    AS_OF_MARKERS,
    BASELINE_CUES,
    BY_CUES,
    YEAR_OWNERS,
)
from .dates import DateMention, _O, _S, _alt
from .periods import begins_after
from ..text.segment import LONG_SENTENCE, reading_window
from .deadlines import classify


# -- as_of / period ----------------------------------------------------------------
_ASOF_BEFORE = re.compile(
    rf"(?<![^\W_])(?:{_alt(AS_OF_MARKERS)}{_S})?{_alt(BY_CUES)}(?:{_S}(?i:hết|cuối))?(?:{_S}(?i:ngày|tháng))?{_O}$"
)
_FOLLOW_GAP = re.compile(
    rf"^(?:{_S}[^\W\d_]+){{0,3}}{_O}\({_O}$|^{_O}(?:,{_O}|(?i:của|trong|vào|tại)(?:{_S}(?i:cả|cuối|đầu|giữa))?){_O}$|^{_O}$"
)
_BASELINE_BEFORE = re.compile(rf"(?<![^\W_]){_alt(BASELINE_CUES)}(?:{_S}(?i:đầu|cuối|giữa))?{_O}$")
_UNTIL_NOW_AFTER = re.compile(rf"{_O}(?:đến|tới|cho{_S}đến){_S}(?:nay|hiện{_S}nay|thời{_S}điểm{_S}này)(?![^\W_])", re.I)
_OWNER_BEFORE = re.compile(
    rf"(?<![^\W_]){_alt(YEAR_OWNERS)}(?:{_S}[^\W\d_]+){{0,4}}{_S}$"
)
_FRAME_START = re.compile(rf"^[\W_]{{0,3}}(?i:tính{_S})?(?i:đến|tới){_S}(?:(?i:hết|cuối){_S})?$")
_COORD_YEAR_AFTER = re.compile(rf"{_O}(?:và|,){_O}(?:(?i:năm){_S})?(?P<y>(?:19|20)\d\d)(?![\d/.,\-])", re.I)


def _as_of_value(dm: DateMention) -> str:
    iso = dm.iso
    if dm.precision == "half":
        return iso[:4] + ("-06" if iso.endswith("H1") else "-12")
    return iso


def _usable(text: str, d: DateMention, sentence: tuple[int, int], published: _dt.date | None,
            future: bool = False) -> bool:
    """A mention that can be a figure's period label or stand-point (``future``: one that
    starts after publication, which labels no period but says the figure is still to come)."""
    ss = sentence[0]
    before = text[max(ss, d.start - 30):d.start]
    asof_cue = bool(_ASOF_BEFORE.search(before))
    if d.precision == "day" and not asof_cue:
        return False  # an event date ("Chiều 10/7/2024, …")
    if _BASELINE_BEFORE.search(before) and d.kind != "range":
        return False  # "so với năm 2015", "từ đầu năm …": a baseline or a start
    if d.precision == "year" and d.kind == "date" and _OWNER_BEFORE.search(text[max(ss, d.start - 60):d.start]):
        return False  # "Kế hoạch hoạt động năm 2024": the year names a plan
    if _UNTIL_NOW_AFTER.match(text, d.end):
        return False  # "từ đầu năm 2024 đến nay"
    rel = classify(text, d, sentence, published)
    if rel and d.kind != "range" and not future:
        return False  # a due time ("phấn đấu đến năm 2025: 90%")
    later = begins_after(d.iso, published)
    return later if future else not later


_INDEX_CACHE: tuple[object, int, tuple[list[int], list[int]] | None] | None = None


def _index_of(dates: list[DateMention]) -> tuple[list[int], list[int]] | None:
    """``(starts, ends)`` of ``dates`` when they are sorted and disjoint (as
    :func:`find_dates` returns them), else None. Kept for the last list seen: the pipeline
    asks once per figure about the same list."""
    global _INDEX_CACHE
    cache = _INDEX_CACHE
    if cache is not None and cache[0] is dates and cache[1] == len(dates):
        return cache[2]
    starts = [d.start for d in dates]
    ends = [d.end for d in dates]
    ok = all(ends[i] <= starts[i + 1] for i in range(len(dates) - 1)) and all(
        s < e for s, e in zip(starts, ends)
    )
    index = (starts, ends) if ok else None
    _INDEX_CACHE = (dates, len(dates), index)
    return index


def _frame(text: str, dates: list[DateMention], ss: int, published: _dt.date | None
           ) -> DateMention | None:
    """A stand-point opening the previous sentence of the same paragraph ("Tính đến ngày
    30/6/2024, …") scopes over the next one. (Spreading plain labels such as "Năm 2021, …"
    further was measured: it gains on some documents and loses more on others.)"""
    para = text.rfind("\n", 0, ss) + 1
    prev_start = max(text.rfind(". ", para, max(para, ss - 2)) + 2, para)
    index = _index_of(dates)
    if index is not None:
        # sorted, disjoint: the mentions ending by ``ss`` are a prefix; walk it backwards
        candidates = (dates[i] for i in range(bisect.bisect_right(index[1], ss) - 1, -1, -1))
    else:
        candidates = reversed(dates)
    for d in candidates:
        if d.end > ss:
            continue
        if d.start < prev_start:
            break
        if d.kind == "time" or not d.iso:
            continue
        sent_start = max(text.rfind(". ", para, d.start) + 2, para)
        if _FRAME_START.match(text[sent_start:d.start]) and \
                _usable(text, d, (sent_start, ss), published):
            return d
    return None


def time_context(text: str, dates: list[DateMention], sentence: tuple[int, int], start: int,
                 end: int, published: _dt.date | None) -> tuple[str | None, str | None]:
    """``(period, as_of)`` of a figure at ``[start, end)`` in ``sentence``.

    as_of follows the gold's conventions: "tính đến (hết) X", "đến X" (X over by
    publication), "từ A đến B" -> X / B; a period label ("năm 2023", "6 tháng đầu năm
    2024", "quý I năm nay", "giai đoạn 2015-2020") -> the period, halves as their last
    month (2024-06), ranges as their end year. A label right after the figure ("3,585
    triệu đồng (năm 2018)", "vị trí 63 của năm 2020") beats one before it; otherwise the
    nearest usable one before it in the sentence. Not usable: event days without
    "đến", baselines ("so với năm 2015"), starts ("từ đầu năm … đến nay"), due times,
    periods starting after publication. "năm 2022 và 2023" stands at its last year.
    period is the label itself (halves as 2024-H1) and None for "đến" stand-points.
    """
    # in a very long sentence (a flattened table) the dates near the figure label it, and no
    # previous sentence frames it
    windowed = sentence[1] - sentence[0] > LONG_SENTENCE
    ss, se = reading_window(sentence, start, end)
    index = _index_of(dates)
    if index is None:
        if any(d.start < end and start < d.end for d in dates):
            return None, None  # the figure is itself a period ("6 tháng đầu năm")
        inside = [d for d in dates if ss <= d.start and d.end <= se and d.kind != "time" and d.iso]
    else:
        # sorted and disjoint (what find_dates returns): bisection instead of a scan
        starts, ends = index
        i = bisect.bisect_left(starts, end) - 1  # the last mention starting before ``end``
        if i >= 0 and ends[i] > start:
            return None, None  # the figure is itself a period ("6 tháng đầu năm")
        inside = []
        for k in range(bisect.bisect_left(starts, ss), bisect.bisect_right(starts, se)):
            d = dates[k]
            if d.end <= se and d.kind != "time" and d.iso:
                inside.append(d)
    chosen = _label(text, inside, sentence, start, end, published)
    if chosen is None and not inside and not windowed:
        chosen = _frame(text, dates, ss, published)
    if chosen is None:
        return None, None
    asof_cue = _ASOF_BEFORE.search(text[max(ss, chosen.start - 30):chosen.start])
    as_of = _as_of_value(chosen)
    period = None if (asof_cue or chosen.kind == "range") else chosen.iso
    if chosen.precision == "year":
        more = _COORD_YEAR_AFTER.match(text, chosen.end)
        if more and more.end() <= start:
            as_of = more.group("y")
            period = None
    return period, as_of


def _label(text: str, inside: list[DateMention], sentence: tuple[int, int], start: int, end: int,
           published: _dt.date | None) -> DateMention | None:
    """The mention that labels the figure at ``[start, end)``: one right after it, else the
    nearest usable one before it in the sentence."""
    for d in inside:
        if d.start >= end and _FOLLOW_GAP.match(text[end:d.start]):
            if _usable(text, d, sentence, published):
                return d
            break
    for d in reversed([d for d in inside if d.end <= start]):
        if _usable(text, d, sentence, published):
            return d
    return None


# The positions where a date labels a figure for a time still to come: opening the figure's
# clause ("Năm 2030, nhập khẩu …", "…; đến hết năm 2025 hoàn thành 554km"), a few words
# before it ("định hướng năm 2050 nhập khẩu khoảng 14.688 MW"), or right after it ("4 triệu
# hành khách/năm vào năm 2030"). A year further away is too often a programme's name
# ("Chiến lược … đến năm 2030, tầm nhìn đến năm 2045 … để cho vay 02 loại công trình").
_FUTURE_OPENING = re.compile(rf"[\W_]*(?:(?i:đến|tới|trong|vào|từ{_S}nay{_S}đến){_S})?(?:(?i:hết|cuối){_S})?$")
_FUTURE_COMMA = re.compile(rf"{_O},")
_FUTURE_GAP = re.compile(r"[ \t]+(?!(?i:cho|của|tại|với|theo|về|và|hoặc)(?![^\W_]))(?:[^\W\d_]+[ \t]+){0,4}$")


def future_label(text: str, dates: list[DateMention], sentence: tuple[int, int], start: int, end: int,
                 published: _dt.date | None) -> DateMention | None:
    """The period still to come at publication that labels a figure, if any: such a figure
    is never actual (FORMAT.md)."""
    if published is None:
        return None
    ss, se = sentence
    last = max(text.rfind(";", ss, start), text.rfind("(", ss, start))  # the last clause opening
    clause = last + 1 if last >= 0 else ss
    index = _index_of(dates)
    first = bisect.bisect_left(index[0], ss) if index is not None else 0
    for d in dates[first:]:
        if d.end > se or d.start >= se:
            break
        # a day is an event or a due date; a range ("giai đoạn 2023-2025") counts from its start
        if d.start < ss or d.kind == "time" or not d.iso or d.precision == "day" \
                or (d.start < end and start < d.end):
            continue
        if d.kind == "range" and not (d.range_start and begins_after(d.range_start, published)):
            continue
        if d.start >= end:
            placed = _FOLLOW_GAP.match(text[end:d.start]) is not None
        elif d.start >= clause:
            placed = (_FUTURE_OPENING.match(text[clause:d.start]) is not None
                      and _FUTURE_COMMA.match(text, d.end) is not None) \
                or _FUTURE_GAP.match(text[d.end:start]) is not None
        else:
            placed = False
        if placed and _usable(text, d, sentence, published, future=True):
            return d
        if d.start >= end:
            break
    return None
