"""Dates, periods and deadlines of Vietnamese administrative news.

Grammar of the genre (each form one named pattern below; ``Y`` a year 19xx/20xx):

    date     := [ngày] D/M/Y | [ngày] D-M-Y | [ngày] D.M.Y | ngày D tháng M [năm Y]
    month    := tháng M (/|-| năm ) Y | M/Y | tháng M            (bare month: published year)
    quarter  := quý R [(,|và) [quý] R]* [(/|-| năm ) Y | năm nay]  R roman or 1-4
    half     := N tháng [đầu|cuối] năm [Y|nay] | nửa đầu/cuối năm [Y]
    year     := năm Y | (đến|tới|trong|vào|từ|sau|trước|…) Y
    range    := [giai đoạn|thời kỳ|nhiệm kỳ|từ năm|năm] Y - Y
    relative := năm nay | năm tới | năm sau | năm ngoái | cuối năm [nay]
    dm       := [ngày] D/M | D-M                 (only in a date context, see _dm_is_date)
    time     := HH:MM | 11h30 | 8 giờ 30 [phút] | N giờ (sáng|chiều|ngày …)

Days without a year take the publication year, moved by one when that puts them more
than half a year from the publication date ("ngày 28/12" in a bulletin of 2 January).

Deadlines (FORMAT.md ``deadline``) are date mentions led by a cue: ``before`` (trước
[ngày|thời điểm], chậm nhất, hạn chót), ``by`` (đến [hết|cuối], tầm nhìn/định hướng
đến, a year range's end), ``in`` (trong/vào tháng|quý|năm), ``from`` (từ, kể từ). A
"đến"/"trong" mention is a due time only when its period has not ended by the
publication date (otherwise it is the stand-point or period label of a figure, used by
:func:`time_context`); without a publication date a due/target word in the sentence
decides. "từ X đến Y" gives only the end. Event dates ("Chiều 10/7/2024, …") have no cue.

dateparser (measured here: 1.5.0, languages=['vi'], settings pinned DATE_ORDER=DMY,
PREFER_DAY_OF_MONTH=first, RELATIVE_BASE fixed; one call per short string after warm-up):
0.5-0.9 ms per string it reads ("20/7/2024" 0.72 ms, "20-7-2024" 0.53, "ngày 20 tháng 7
năm 2024" 0.89), against ~18 µs per string for :func:`find_dates` (identifier masking
included). It returns None for "quý III/2024", "6 tháng đầu năm 2024" and "11h30", reads
"tháng 7/2024" and "năm nay" as a day (2024-07-01: the precision is lost), and does not
find dates inside running text at all (it parses whole strings). It is not used.
"""

from __future__ import annotations

import bisect
import datetime as _dt
import re
from typing import Iterable

import attrs

from ..lexicon.calendar import (
    AS_OF_MARKERS,
    BASELINE_CUES,
    BEFORE_CUES,
    BY_CUES,
    BY_MODIFIERS,
    DAY_PARTS,
    DEADLINE_NOUNS,
    DUE_CUES,
    STATE_BEFORE_CUTOFF,
    FROM_CUES,
    HORIZON_CUES,
    IN_CUES,
    YEAR_OWNERS,
    FRACTION_NOUNS,
    RELATIVE_YEARS,
    ROMAN,
    WEEKDAYS,
)
from ..records import Metric
from ..text.scan import fast_finditer, match_read_back
from .legal import identifier_spans


@attrs.frozen(slots=True)
class DateMention:
    """A date, period, time of day or relative year in the text.

    ``iso`` is cut to ``precision`` ('day' 2024-07-20, 'month' 2024-07, 'quarter'
    2024-Q3, 'half' 2024-H1, 'months' 2024-09 for "9 tháng" (its last month), 'year'
    2024, 'time' 13:45). It is "" when the year cannot be told (no publication date).
    ``range_start`` keeps the first year of a range; ``iso`` is its end.
    """

    start: int
    end: int
    iso: str
    precision: str
    kind: str  # 'date' | 'range' | 'time' | 'relative'
    range_start: str | None = None


# -- patterns ----------------------------------------------------------------------
_S = r"[^\S\n]+"          # white space within a line
_O = r"[^\S\n]*"


def _alt(words) -> str:
    """Words as a case-insensitive alternation, longest first, any spaces inside."""
    ws = sorted(words, key=len, reverse=True)
    return "(?i:" + "|".join(_S.join(re.escape(p) for p in w.split()) for w in ws) + ")"

_D = r"(?P<d>0?[1-9]|[12]\d|3[01])"
_M = r"(?P<m>0?[1-9]|1[0-2])"
_Y = r"(?P<y>(?:18|19|20)\d\d)"
_SEP = rf"{_O}[/.\-]{_O}"
_NUM_START = r"(?<![\w.,/])"
_DATE_START = rf"(?:(?P<ngay>(?<![^\W_])(?i:ngày)){_O}|{_NUM_START})"
_END = r"(?![^\W_]|/|[.,\-]\d)"
_ROMAN = "|".join(sorted(ROMAN, key=len, reverse=True))
_QNUM = rf"(?:{_ROMAN}|[1-4])(?![^\W_])"
_RELYEAR = "|".join(re.escape(w.split()[1]) for w in RELATIVE_YEARS)

_DMY = re.compile(rf"{_DATE_START}{_D}{_SEP}{_M}{_SEP}{_Y}{_END}")
_DMY_WORDS = re.compile(  # "ngày 20 tháng 7 năm 2024", "mồng 6 tháng 7", "ngày mùng 1 tháng 8"
    rf"(?<![^\W_])(?i:(?:ngày{_S})?(?:mồng|mùng)|ngày){_S}{_D}{_S}(?i:tháng){_S}{_M}"
    rf"(?:{_O},?{_O}(?i:năm){_S}{_Y})?(?!\d)"
)
_MONTH_YEAR = re.compile(
    rf"(?<![^\W_])(?i:tháng){_S}{_M}(?:{_O}[/\-]{_O}|{_O},?{_S}(?i:năm){_S}){_Y}{_END}"
)
_MONTH_NUM = re.compile(rf"{_NUM_START}{_M}[/\-]{_Y}{_END}")
_MONTH_ONLY = re.compile(rf"(?<!\d)(?<!\d{_S[:-1]})(?<![^\W_])(?i:tháng){_S}{_M}(?![^\W_]|[/.,\-]\d)")
_QUARTER = re.compile(
    rf"(?<![^\W_])(?i:quý){_S}(?P<qs>{_QNUM}(?:{_O}(?:,|(?i:và)){_O}(?:(?i:quý){_S})?{_QNUM})*)"
    rf"(?:(?:{_O}[/\-]{_O}|{_O},?{_S}(?i:năm){_S}){_Y}{_END}|{_S}(?i:năm){_S}(?P<rel>{_RELYEAR})(?![^\W_]))?"
)
_QTOKEN = re.compile(_QNUM)
_HALF_REST = rf"(?:{_S}(?P<pos>(?i:đầu|cuối)))?{_S}(?i:năm)(?:{_S}(?:{_Y}|(?P<rel>(?i:nay))))?(?![^\W_]|\d)"
_HALF = re.compile(rf"(?<![^\W_])(?:(?P<n>[369]|(?i:ba|sáu|chín)){_S}(?i:tháng)|(?i:nửa)){_HALF_REST}")
# Found from "tháng"/"nửa" (words the other date scans look for too), the count of months
# read back: the same matches as _HALF.finditer.
_HALF_WORD = re.compile(rf"(?<![^\W_])(?P<w>(?i:tháng|nửa)){_HALF_REST}")
_HALF_COUNT_BEFORE = re.compile(rf"(?<![^\W_])(?:[369]|(?i:ba|sáu|chín)){_S}$")
_HALF_COUNT_REACH = 12
_RANGE_LEAD = rf"(?<![^\W_])(?i:giai{_S}đoạn|thời{_S}kỳ|nhiệm{_S}kỳ|từ{_S}năm|năm){_S}"
_RANGE_YEARS = rf"(?<![\w.,/])(?P<y1>(?:19|20)\d\d){_O}[-–—]{_O}(?P<y2>(?:19|20)\d\d){_END}"
_RANGE = re.compile(rf"(?:{_RANGE_LEAD})?{_RANGE_YEARS}")
# The years are found first (a lead word is common, a span of years rare), the lead read
# back from them: the same matches as _RANGE.finditer.
_RANGE_CORE = re.compile(_RANGE_YEARS)
_RANGE_LEAD_BEFORE = re.compile(_RANGE_LEAD + "$")
_RANGE_LEAD_REACH = 30
_YEAR = re.compile(rf"(?<![^\W_])(?i:năm){_S}{_Y}{_END}")
_BARE_YEAR = re.compile(
    rf"(?<![^\W_])(?i:đến|tới|trong|vào|từ|sau|trước|cuối|hết){_S}(?P<y>(?:19|20)\d\d)(?![^\W_]|[/.,\-]\d)"
)
_RELATIVE = re.compile(
    rf"(?<![^\W_])(?:(?P<cuoi>(?i:cuối|đầu)){_S}(?i:năm)(?:{_S}(?P<rel2>(?i:nay)))?"
    rf"|(?i:năm){_S}(?P<rel>{_RELYEAR}))(?![^\W_]|{_S}(?:19|20)\d\d)"
)
_DM = re.compile(
    rf"{_DATE_START}{_D}(?P<sep>[/\-]){_M}(?![^\W_]|/|[.,]\d)"
    rf"|(?P<ngay2>(?<![^\W_])(?i:ngày)){_O}(?P<d2>0?[1-9]|[12]\d|3[01])\.(?P<m2>0?[1-9]|1[0-2])(?![^\W_]|[/.,]\d)"
)
_TIME = re.compile(
    rf"(?<![\w:.,/])(?P<h>[01]?\d|2[0-3])(?::(?P<mi>[0-5]?\d)(?::[0-5]\d)?(?![\d:])|h(?P<mi2>[0-5]\d)?(?![^\W_]))"
    rf"|(?<![\w.,/])(?P<h2>[01]?\d|2[0-3]){_S}(?i:giờ)(?:{_S}(?P<mi3>[0-5]?\d)(?:{_S}(?i:phút))?(?![^\W_]))?"
    rf"(?P<tail>{_S}(?i:{'|'.join(DAY_PARTS)}|ngày|hôm|lúc))?"
)
# "sau 15 giờ", "bắt đầu từ 21 giờ": an afternoon or evening hour after a point-in-time
# preposition is a clock time ("sau 24 giờ", "trong 16 giờ" stay spans)
_CLOCK_PREP = re.compile(rf"(?<![^\W_])(?i:từ|sau|trước|đến|tới|vào){_S}$")
_LUC = re.compile(rf"(?i:lúc|vào)(?:{_S}(?i:gần|khoảng|hơn|chừng|đúng))?{_S}$")  # "lúc gần 11 giờ"

_WORD = re.compile(r"[^\W\d_]+")
_RANK_BEFORE = re.compile(rf"(?i:(?:thứ|hạng|vị{_S}trí|top|đạt|có|được|gồm|trên|là)){_S}$")
_DATE_BEFORE = re.compile(
    rf"(?i:(?:{'|'.join(DAY_PARTS)}|nay|hôm|ngày|từ|đến|tới|trước|sau|vào|qua|tối|"
    rf"{'|'.join(w.replace(' ', _S) for w in WEEKDAYS)}))[,]?{_S}$"
)


# -- helpers -----------------------------------------------------------------------
_RELATIVE_YEAR_AFTER = re.compile(rf"{_S}(?i:năm){_S}(?P<rel>(?i:sau|tới|nay|trước))(?![^\W_])")


def _year_for(published: _dt.date | None, month: int, day: int = 15) -> int | None:
    if published is None:
        return None
    y = published.year
    try:
        cand = _dt.date(y, month, day)
    except ValueError:
        cand = _dt.date(y, month, 28)
    delta = (cand - published).days
    if delta > 183:
        return y - 1
    if delta < -183:
        return y + 1
    return y


def _overlaps(spans: list[tuple[int, int]], s: int, e: int) -> bool:
    """``spans`` sorted and disjoint: does any meet [s, e)?"""
    i = bisect.bisect_right(spans, (s, float("inf"))) - 1
    if i >= 0 and spans[i][1] > s:
        return True
    return i + 1 < len(spans) and spans[i + 1][0] < e


def _next_words(text: str, pos: int, n: int = 2) -> list[str]:
    out = []
    for m in _WORD.finditer(text, pos, min(len(text), pos + 40)):
        if "\n" in text[pos:m.start()]:
            break
        out.append(m.group())
        if len(out) == n:
            break
    return out


_FROM_BEFORE = re.compile(rf"(?<![^\W_])(?i:từ){_S}$")
_SHARE_AFTER = re.compile(r"[^.;:\n]{0,60}?(?<![^\W_])(?i:trở\s+lên|trở\s+xuống|lên|xuống|đến|tới|tổng\s+số)(?![^\W_])")


def _dm_is_date(text: str, m: re.Match) -> bool:
    """D/M without a year: a date only in a date context (see module docstring)."""
    if m.group("ngay") or m.group("ngay2"):
        return True
    s, e = m.start(), m.end()
    line_start = text.rfind("\n", 0, s) + 1
    before = text[max(line_start, s - 30):s]
    if _RANK_BEFORE.search(before):
        return False
    date_before = bool(_DATE_BEFORE.search(before))
    after = text[e:e + 3]
    if after[:1] == "%" or after.lstrip()[:1] == "%":
        return False
    words = _next_words(text, e)
    gap = text[e:e + 2]
    if words and gap[:1] == " ":
        first = words[0]
        two = " ".join(words[:2]).lower()
        if first.lower() in FRACTION_NOUNS or two in FRACTION_NOUNS:
            # "đến 8/8 trạm", "10/10 Nghị định": a noun phrase counts things; but "từ 1/7 cán
            # bộ, công chức sẽ được tăng lương": a start day before the clause's subject, when
            # no bound or turn makes it a share ("từ 2/3 thành viên trở lên", "từ 5/10 lên 8/10")
            return bool(_FROM_BEFORE.search(before)) and not _SHARE_AFTER.match(text, e)
        if first[0].islower():
            return True  # followed by a non-noun word
        return True  # a capitalized name follows ("Ngày 10/6 Bộ …")
    if date_before:
        return True
    return True  # punctuation or end of line


def _iso_day(y: int | None, mo: int, d: int) -> str:
    if y is None:
        return ""
    try:
        return _dt.date(y, mo, d).isoformat()
    except ValueError:
        return ""


_FAST: dict[re.Pattern, object] = {}


def _iter(pattern: re.Pattern):
    """``pattern.finditer`` that skips impossible start positions (see text/scan.py)."""
    it = _FAST.get(pattern)
    if it is None:
        it = _FAST[pattern] = fast_finditer(pattern)
    return it


def _halves_of_years(text: str) -> list[re.Match]:
    out = []
    for w in _iter(_HALF_WORD)(text):
        if w.group("w").lower() == "nửa":
            m = _HALF.match(text, w.start())
            m = m if m is not None and m.end() == w.end() else None
        else:
            m = match_read_back(_HALF, _HALF_COUNT_BEFORE, text, w.start(), w.end(), _HALF_COUNT_REACH)
        if m is not None:
            out.append(m)
    return out


def _ranges_of_years(text: str) -> list[re.Match]:
    return [match_read_back(_RANGE, _RANGE_LEAD_BEFORE, text, core.start(), core.end(), _RANGE_LEAD_REACH,
                            optional=True) or core
            for core in _iter(_RANGE_CORE)(text)]


def _candidates(text: str, published: _dt.date | None) -> Iterable[tuple[int, int, str, str, str, str | None]]:
    pub_year = published.year if published else None
    for m in _iter(_DMY)(text):
        iso = _iso_day(int(m.group("y")), int(m.group("m")), int(m.group("d")))
        if iso:
            yield m.start(), m.end(), iso, "day", "date", None
    for m in _iter(_DMY_WORDS)(text):
        d, mo = int(m.group("d")), int(m.group("m"))
        y = int(m.group("y")) if m.group("y") else _year_for(published, mo, d)
        iso = _iso_day(y, mo, d) if y else ""
        if iso or y is None:
            yield m.start(), m.end(), iso, "day", "date", None
    for pat in (_MONTH_YEAR, _MONTH_NUM):
        for m in _iter(pat)(text):
            yield m.start(), m.end(), f"{m.group('y')}-{int(m.group('m')):02d}", "month", "date", None
    for m in _iter(_MONTH_ONLY)(text):
        mo = int(m.group("m"))
        y = _year_for(published, mo)
        yield m.start(), m.end(), f"{y}-{mo:02d}" if y else "", "month", "date", None
    for m in _iter(_QUARTER)(text):
        if m.group("y"):
            y: int | None = int(m.group("y"))
        elif m.group("rel"):
            y = pub_year + RELATIVE_YEARS["năm " + m.group("rel").lower()] if pub_year else None
        else:
            y = pub_year
        toks = list(_QTOKEN.finditer(text, m.start("qs"), m.end("qs")))
        for i, t in enumerate(toks):
            q = ROMAN.get(t.group(), None) or int(t.group())
            if q > 4:
                continue
            s = m.start() if i == 0 else t.start()
            win = text[max(0, s - 6):s]
            if i and win.rstrip().lower().endswith("quý"):
                s = s - len(win) + win.lower().rindex("quý")  # "quý I và quý II"
            e = t.end() if i < len(toks) - 1 else m.end()
            yield s, e, f"{y}-Q{q}" if y else "", "quarter", "date", None
    for m in _halves_of_years(text):
        n = m.group("n")
        if n is None and not (m.group("pos") or m.group("y") or m.group("rel")):
            continue  # "sau nửa năm hoạt động": half a year's span, no period of the calendar
        n = {"ba": 3, "sáu": 6, "chín": 9}.get(n.lower(), None) if n and not n.isdigit() else (int(n) if n else 6)
        pos = (m.group("pos") or "đầu").lower()
        y = int(m.group("y")) if m.group("y") else pub_year
        if not y:
            iso, prec = "", "half"
        elif n == 6:
            iso, prec = f"{y}-{'H1' if pos == 'đầu' else 'H2'}", "half"
        elif n == 3:
            iso, prec = f"{y}-{'Q1' if pos == 'đầu' else 'Q4'}", "quarter"
        else:
            iso, prec = f"{y}-{9 if pos == 'đầu' else 12:02d}", "months"
        yield m.start(), m.end(), iso, prec, "date", None
    for m in _ranges_of_years(text):
        y1, y2 = int(m.group("y1")), int(m.group("y2"))
        if y2 > y1:
            yield m.start(), m.end(), str(y2), "year", "range", str(y1)
    for m in _iter(_YEAR)(text):
        yield m.start(), m.end(), m.group("y"), "year", "date", None
    for m in _iter(_BARE_YEAR)(text):
        yield m.start("y"), m.end(), m.group("y"), "year", "date", None
    for m in _iter(_RELATIVE)(text):
        if m.group("rel"):
            off = RELATIVE_YEARS["năm " + m.group("rel").lower()]
        else:
            off = 0
        yield m.start(), m.end(), str(pub_year + off) if pub_year else "", "year", "relative", None
    for m in _iter(_DM)(text):
        if not _dm_is_date(text, m):
            continue
        d = int(m.group("d") or m.group("d2"))
        mo = int(m.group("m") or m.group("m2"))
        y = _year_for(published, mo, d)
        rel = _RELATIVE_YEAR_AFTER.match(text, m.end())
        if rel and pub_year:
            # "trước ngày 10/1 năm sau": the year said after the day, relative to publication
            y = pub_year + RELATIVE_YEARS["năm " + " ".join(rel.group("rel").lower().split())]
        iso = _iso_day(y, mo, d) if y else ""
        if y and not iso:
            continue
        yield m.start(), m.end(), iso, "day", "date", None
    for m in _iter(_TIME)(text):
        if m.group("h2") is not None:
            if m.group("mi3") is None and not m.group("tail") and not _LUC.search(text, max(0, m.start() - 16), m.start()) \
                    and not (13 <= int(m.group("h2")) <= 23 and _CLOCK_PREP.search(text, max(0, m.start() - 8), m.start())):
                continue
            h, mi = int(m.group("h2")), int(m.group("mi3") or 0)
            end = m.end() if m.group("tail") is None else m.start("tail")
            yield m.start(), end, f"{h:02d}:{mi:02d}", "time", "time", None
        else:
            h, mi = int(m.group("h")), int(m.group("mi") or m.group("mi2") or 0)
            yield m.start(), m.end(), f"{h:02d}:{mi:02d}", "time", "time", None


def find_dates(
    text: str, published: _dt.date | None, identifiers: list[tuple[int, int]] | None = None
) -> list[DateMention]:
    """Every date, period, time of day and relative year, in text order, not overlapping,
    outside document identifiers (pass ``identifiers`` when they are already known)."""
    masked = identifier_spans(text) if identifiers is None else identifiers
    cands = sorted(_candidates(text, published), key=lambda c: (c[0], -(c[1] - c[0])))
    out: list[DateMention] = []
    last_end = -1
    for s, e, iso, prec, kind, rs in cands:
        if s < last_end or _overlaps(masked, s, e):
            continue
        out.append(DateMention(s, e, iso, prec, kind, rs))
        last_end = e
    return out


# -- deadlines ---------------------------------------------------------------------
_CUE_BEFORE = re.compile(
    rf"(?<![^\W_])(?:{_alt(BEFORE_CUES)}|{_alt(DEADLINE_NOUNS)}(?:(?:{_S}[^\W\d_]+){{0,4}}?{_S}(?i:là|vào))?)"
    rf"{_O}(?:(?i:ngày){_S})?$"
)
_CUE_BY = re.compile(
    rf"(?<![^\W_])(?P<tinh>{_alt(AS_OF_MARKERS)}{_S})?(?P<w>{_alt(HORIZON_CUES)}"
    rf"|{_alt(BY_CUES)}(?:{_S}{_alt(BY_MODIFIERS)})?|(?<!tháng\s)(?<!những\s)(?<!ngày\s)(?i:hết|cuối))"
    rf"(?:{_S}(?i:ngày|tháng))?{_O}$"
)
_SPAN_FROM_BEFORE = re.compile(
    rf"(?<![^\W_])(?i:từ){_S}(?:(?i:ngày){_S})?\d{{1,2}}[/\-.]\d{{1,2}}(?:[/\-.]\d{{2,4}})?{_S}(?i:đến|tới){_S}(?:(?i:ngày){_S})?$"
)
_SCHOOL_YEAR = re.compile(rf"(?<![^\W_])(?i:năm{_S}học|niên{_S}học|niên{_S}khóa|khóa{_S}học){_O}$")
_CUE_IN = re.compile(rf"(?<![^\W_]){_alt(IN_CUES)}(?:{_S}(?i:ngày))?{_O}$")
_CUE_FROM = re.compile(
    rf"(?<![^\W_]){_alt(FROM_CUES)}(?:{_S}(?i:đầu|cuối|giữa|ngày))?{_O}$"
)
_RANGE_AFTER = re.compile(rf"{_O}(?:(?i:đến|tới)(?![^\W_])|[-–—]{_O}\d)")
_COORD = re.compile(rf"^{_O}(?:,|;|(?i:và)|(?i:hoặc)){_O}$")
_DUE = re.compile(rf"(?<![^\W_]){_alt(DUE_CUES)}(?![^\W_])")
# A noun, then a verb of what was done to it, right before "trước ngày": the date bounds a
# group of things (documents issued, contracts signed, cards issued before it); with a modal
# or an order before, it is a due date ("phải ban hành trước ngày …").
_CUTOFF_PARTICIPLE = re.compile(
    rf"(?<![^\W_])[^\W\d_]+{_S}(?:(?:đã|được|đã{_S}được){_S})?"
    rf"(?i:ban{_S}hành|ký|ký{_S}kết|cấp|đăng{_S}ký|thành{_S}lập|hết{_S}hạn(?:{_S}sử{_S}dụng)?|phát{_S}sinh|sinh|tuyển{_S}dụng|bổ{_S}nhiệm)"
    rf"{_O}$"
)
_MODAL_BEFORE = re.compile(
    rf"(?<![^\W_])(?i:phải|cần|sẽ|yêu{_S}cầu|đề{_S}nghị|đề{_S}xuất|chậm{_S}nhất|hoàn{_S}thành|khẩn{_S}trương|giao|trình|chỉ{_S}đạo|dự{_S}kiến|phấn{_S}đấu)(?![^\W_])"
)
_STATE_BEFORE = re.compile(rf"(?<![^\W_]){_alt(STATE_BEFORE_CUTOFF)}(?![^\W_])(?:{_S}\S+){{0,4}}?{_O}(?:(?i:từ)[^\n]{{0,30}})?$")
_PAST = re.compile(r"(?<![^\W_])(?i:đã|được)(?![^\W_])")
_ALREADY = re.compile(r"(?<![^\W_])(?i:đã)(?![^\W_])")


def _period_end(iso: str) -> _dt.date | None:
    """The last day of the period an ISO mention names."""
    try:
        if len(iso) == 10:
            return _dt.date.fromisoformat(iso)
        y = int(iso[:4])
        if len(iso) == 4:
            return _dt.date(y, 12, 31)
        tail = iso[5:]
        if tail.startswith("Q"):
            mo = int(tail[1]) * 3
        elif tail.startswith("H"):
            mo = 6 if tail == "H1" else 12
        else:
            mo = int(tail)
        nxt = _dt.date(y + (mo == 12), mo % 12 + 1, 1)
        return nxt - _dt.timedelta(days=1)
    except (ValueError, IndexError):
        return None


def _period_start(iso: str) -> _dt.date | None:
    try:
        if len(iso) == 10:
            return _dt.date.fromisoformat(iso)
        y = int(iso[:4])
        if len(iso) == 4:
            return _dt.date(y, 1, 1)
        tail = iso[5:]
        if tail.startswith("Q"):
            return _dt.date(y, int(tail[1]) * 3 - 2, 1)
        if tail.startswith("H"):
            return _dt.date(y, 1 if tail == "H1" else 7, 1)
        return _dt.date(y, int(tail), 1)
    except (ValueError, IndexError):
        return None


def begins_after(iso: str, published: _dt.date | None) -> bool:
    """Does the period ``iso`` ("2025-Q4", "2026", "2025-07") begin after publication?"""
    if published is None:
        return False
    start = _period_start(iso)
    return start is not None and start > published


def ends_after(iso: str, published: _dt.date | None, days: int = 0) -> bool:
    """Does the period ``iso`` run more than ``days`` past the publication day?"""
    if published is None:
        return False
    end = _period_end(iso)
    return end is not None and (end - published).days > days


def ended_by(iso: str, published: _dt.date | None) -> bool:
    """Has the period ``iso`` ended before the publication day?"""
    if published is None:
        return False
    end = _period_end(iso)
    return end is not None and end < published


def _not_over(iso: str, published: _dt.date | None) -> bool | None:
    """True when the period has not ended by publication (None: cannot tell)."""
    if published is None:
        return None
    end = _period_end(iso)
    return None if end is None else end >= published


def _sentence_of(sentences: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    i = bisect.bisect_right(sentences, (pos, float("inf"))) - 1
    if i >= 0 and sentences[i][0] <= pos < sentences[i][1]:
        return sentences[i]
    return pos, pos


_TERM = re.compile(rf"(?i:nhiệm{_S}kỳ)(?![^\W_])")
_GENERIC_YEAR_AFTER = re.compile(rf"{_S}(?i:của|trong){_S}(?i:năm){_S}(?i:tiếp{_S}theo|kế{_S}tiếp|sau{_S}đó|sau)(?![^\W_])")
_CUMULATIVE_BEFORE = re.compile(rf"(?<![^\W_])(?i:lũy|luỹ){_S}(?i:kế)(?:{_S}\d+)?(?:{_S}(?i:năm|giai{_S}đoạn))?{_O}$")
# the name of a periodic report: "báo cáo tình hình sử dụng lao động cuối năm 2025"
# (lower-case words only, none of a verb's: "báo cáo Ban Bí thư vào cuối quý II" reports to someone)
_REPORT_NAME_BEFORE = re.compile(
    rf"(?<![^\W_])(?i:báo{_S}cáo)(?:{_S}(?!(?:vào|lên|gửi|cho|về|với|trước)(?![^\W_]))[a-zà-ỹđ]+){{1,8}}{_O}$"
)


def _classify(text: str, dm: DateMention, sent: tuple[int, int], published: _dt.date | None
              ) -> tuple[str, int] | None:
    """(relation, cue start) when the mention is a due time, else None."""
    ss, se = sent
    before = text[max(ss, dm.start - 40):dm.start]
    base = dm.start - len(before)
    sentence = text[ss:se]
    due = bool(_DUE.search(sentence))
    not_over = _not_over(dm.iso, published)
    if _GENERIC_YEAR_AFTER.match(text, dm.end):
        return None  # "từ ngày 01 tháng 01 của năm tiếp theo": every year's, no date of its own
    if dm.kind == "range":
        if _TERM.match(text, dm.start):
            return None  # "Đại hội … nhiệm kỳ 2025-2030": a term's label, no horizon (FORMAT.md: optional in titles)
        if _SCHOOL_YEAR.search(before) or _CUMULATIVE_BEFORE.search(before):
            return None  # "năm học 2022 - 2023" names a school year, "lũy kế 3 năm 2024-2026" a total's period
        if published is not None and int(dm.iso[:4]) < published.year:
            return None  # "Những năm 1946-1950", "nhiệm kỳ 2015-2020": a span of the past
        return "by", dm.start
    c = _CUE_BEFORE.search(before)
    if c:
        if not_over is False and published and int(dm.iso[:4]) < published.year and not due:
            return None
        if _CUTOFF_PARTICIPLE.search(text, max(ss, dm.start - 50), base + c.start()) \
                and not _MODAL_BEFORE.search(text, max(ss, dm.start - 90), base + c.start()):
            return None  # "văn bản … ban hành trước ngày 01/01/2025", "hợp đồng ký trước ngày …"
        if not due and _STATE_BEFORE.search(text, max(ss, dm.start - 60), base + c.start()):
            return None  # "mã số thuế đã được cấp trước ngày 01/7/2025": a cut-off, not a due date
        return "before", base + c.start()
    c = _CUE_BY.search(before)
    if c:
        if c.group("tinh") or _SPAN_FROM_BEFORE.search(before):
            return None  # "tính đến …": a stand-point; "từ ngày 13/10 đến ngày 19/10": a span
        if c.group("w").lower() == "cuối" and _REPORT_NAME_BEFORE.search(text, max(ss, dm.start - 80), base + c.start()):
            return None  # "nộp báo cáo tình hình sử dụng lao động cuối năm 2025": the report's name
        w = c.group("w").lower()
        if w.startswith(("tầm", "định")):
            return "by", base + c.start()
        if dm.precision in ("half", "months"):
            return None
        if not due and _ALREADY.search(text, dm.end, min(se, dm.end + 80)):
            return None  # "đến giữa tháng 9/2022, hệ thống đã tiếp nhận …": a stand-point
        if not_over is True or (not_over is None and due):
            return "by", base + c.start()
        return None
    c = _CUE_FROM.search(before)
    if c:
        if _RANGE_AFTER.match(text, dm.end):
            return None
        if dm.precision == "year" and (re.search(r"(?i:đầu|cuối|giữa)", c.group())
                                       or text[dm.start:dm.end].lower().startswith(("đầu", "cuối"))):
            return None  # "ngay từ đầu năm 2024": the start of a reporting period
        if not_over is False and published and int(dm.iso[:4]) < published.year - 1:
            return None  # "lớn nhất kể từ năm 1976": history, not a start that applies
        return "from", base + c.start()
    c = _CUE_IN.search(before)
    if c:
        if dm.precision in ("half", "months") or dm.kind == "time":
            return None
        if not_over is True:
            if begins_after(dm.iso, published) or due:
                return "in", base + c.start()
            return None
        if not_over is None and due and not _PAST.search(sentence):
            return "in", base + c.start()
    return None


def find_deadlines(text: str, dates: list[DateMention], sentences: list[tuple[int, int]],
                   published: _dt.date | None) -> list[Metric]:
    """Deadline metrics ("trước ngày 20/7/2024", "đến năm 2025", "trong tháng 7/2024")."""
    out: list[Metric] = []
    prev: DateMention | None = None
    prev_rel: str | None = None
    for dm in dates:
        if dm.kind == "time" or not dm.iso:
            prev, prev_rel = dm, None
            continue
        sent = _sentence_of(sentences, dm.start)
        got = _classify(text, dm, sent, published)
        if got is None and prev is not None and prev_rel and prev.end <= dm.start and \
                _COORD.match(text[prev.end:dm.start]):
            got = (prev_rel, dm.start)  # "trong Quý III, IV/2024", "trong năm 2024 và năm 2025"
        if got:
            rel, s = got
            out.append(Metric(kind="deadline", start=s, end=dm.end, text=text[s:dm.end],
                              date=dm.iso, relation=rel, sentence=sent))
        prev, prev_rel = dm, (got[0] if got else None)
    return out


# -- scheduled changes ---------------------------------------------------------------
# "Từ ngày 1/3/2025, thí điểm tiếp nhận hồ sơ … đối với 12 thủ tục": a sentence that opens
# with a start date still to come announces what is planned; its figures are targets.
_START_OPENING = re.compile(rf"[\s\-+•*–]*(?:\d{{1,2}}[.)]{_O})?(?:(?i:kể){_S})?(?i:từ){_S}")


def scheduled_sentences(dates: list[DateMention], sentences: list[tuple[int, int]], text: str,
                        published: _dt.date | None) -> set[tuple[int, int]]:
    """Sentences opening with "Từ (ngày) D," where D starts after publication."""
    if published is None or not dates:
        return set()
    starts = [d.start for d in dates]
    out: set[tuple[int, int]] = set()
    for s, e in sentences:
        m = _START_OPENING.match(text, s, e)
        if not m:
            continue
        i = bisect.bisect_left(starts, m.end())
        if i < len(dates) and dates[i].start == m.end() and dates[i].iso:
            if begins_after(dates[i].iso, published):
                out.add((s, e))
    return out


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
    rel = _classify(text, d, sentence, published)
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
    ss, se = sentence
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
    if chosen is None and not inside:
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
_FUTURE_GAP = re.compile(rf"[ \t]+(?!(?i:cho|của|tại|với|theo|về|và|hoặc)(?![^\W_]))(?:[^\W\d_]+[ \t]+){{0,4}}$")


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


# -- publication date --------------------------------------------------------------
_PUB_ISO = re.compile(r"(?im)^(?:ngày|date|published)\s*:\s*(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)\s*$")
_DMY_ANY = r"(?P<d>0?[1-9]|[12]\d|3[01])[/.\-](?P<m>0?[1-9]|1[0-2])[/.\-](?P<y>(?:19|20)\d\d)(?!\d)"
_PUB_STRONG = re.compile(
    rf"(?im)^[^\S\n]*(?:"
    rf"(?:phát{_S}hành|ngày{_S}phát{_S}hành|cập{_S}nhật|đăng{_S}ngày)\s*:?{_O}(?:ngày{_S})?"
    rf"|(?:\d{{1,2}}:\d{{1,2}}{_O},{_O})?(?:{'|'.join(w.replace(' ', _S) for w in WEEKDAYS[:8])}){_O},{_O}"
    rf"|\d{{1,2}}:\d{{1,2}}{_O},{_O}(?:ngày{_S})?"
    rf")" + _DMY_ANY
)
_PUB_BULLETIN = re.compile(rf"(?i)(?:bản{_S}tin|điểm{_S}báo|số\s+\d+)[^\n]{{0,80}}?ngày{_S}" + _DMY_ANY)
_PUB_ISSUE_MONTH = re.compile(
    rf"(?i)(?<![^\W_])số{_S}\d+\s+(?:[^\n]{{0,20}}\s+)?tháng{_S}(?P<m>0?[1-9]|1[0-2]){_O}[/\-]{_O}(?P<y>(?:19|20)\d\d)"
)
_PUB_URL_MONTH = re.compile(r"(?i)(?:nguồn|source)\s*:[^\n]*?/(?P<y>20\d\d)(?P<m>0[1-9]|1[0-2])/")
_PUB_ANY = re.compile(_DMY_ANY)


def _mk(y: str, m: str, d: str) -> _dt.date | None:
    try:
        return _dt.date(int(y), int(m), int(d))
    except ValueError:
        return None


def infer_published(text: str) -> _dt.date | None:
    """The issue date from the document's header lines (first ~1500 characters).

    Order: an ISO "Ngày: 2024-06-11" line; a date line ("Phát hành: 01/4/2024",
    "Thứ ba, 16/07/2024 13:45", "22:10, ngày 24-12-2018", "11:3, Thứ Ba, 11-6-2024");
    a bulletin title "Bản tin … ngày 11/6/2024"; an issue "SỐ 28 THÁNG 7-2024" (the
    last day of that month: a monthly bulletin reports up to its end, as the gold has
    it); a news URL's /YYYYMM/ folder (its first day); the first full date in the header.
    """
    head = text[:1500]
    for pat in (_PUB_ISO, _PUB_STRONG, _PUB_BULLETIN):
        m = pat.search(head)
        if m:
            got = _mk(m.group("y"), m.group("m"), m.group("d"))
            if got:
                return got
    m = _PUB_ISSUE_MONTH.search(head)
    if m:
        y, mo = int(m.group("y")), int(m.group("m"))
        return _dt.date(y + (mo == 12), mo % 12 + 1, 1) - _dt.timedelta(days=1)
    m = _PUB_URL_MONTH.search(head)
    if m:
        y, mo = int(m.group("y")), int(m.group("m"))
        # the lede's own day ("Ngày19-4, Bộ Nội vụ …") when it is in that month
        for dm in _DM.finditer(text, m.end(), min(len(text), m.end() + 600)):
            if (dm.group("ngay") or dm.group("ngay2")) and int(dm.group("m") or dm.group("m2")) == mo:
                got = _mk(str(y), str(mo), dm.group("d") or dm.group("d2"))
                if got:
                    return got
        return _dt.date(y, mo, 1)
    m = _PUB_ANY.search(text[:600])
    if m:
        return _mk(m.group("y"), m.group("m"), m.group("d"))
    return None
