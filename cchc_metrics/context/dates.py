"""Date mentions of Vietnamese administrative news (the publication date of a text is read
in :mod:`.published`).

Grammar of the genre (each form one named pattern below; ``Y`` a year 19xx/20xx):

    date     := [ngày] D/M/Y | [ngày] D-M-Y | [ngày] D.M.Y | (ngày|mồng|mùng) D tháng M [năm Y]
                | ngày D/M/YY (two-digit year) | ngày (đầu tiên|cuối cùng) của tháng M [năm Y]
    month    := tháng M (/|-| năm ) Y | M/Y | tháng M/YY | tháng M   (bare month: published year)
    quarter  := quý R [(,|và) [quý] R]* [(/|-| năm | của năm ) Y | năm nay]
                R roman, 1-4 or spelled (hai, ba, tư …)
    M        := 1-12 | spelled (tám, mười một, Năm …: lexicon.calendar.MONTH_WORDS)
    half     := N tháng [đầu|cuối] năm [Y|nay] | nửa đầu/cuối năm [Y]
    year     := năm Y | (đến|tới|trong|vào|từ|sau|trước|…) Y
    range    := [giai đoạn|thời kỳ|nhiệm kỳ|từ năm|năm] Y - Y
    relative := năm nay | năm tới | năm sau | năm ngoái | cuối năm [nay]
    dm       := [ngày] D/M | D-M                 (only in a date context, see _dm_is_date)
    time     := HH:MM | 11h30 | 8 giờ 30 [phút] | N giờ (sáng|chiều|ngày …)

Days without a year take the publication year, moved by one when that puts them more
than half a year from the publication date ("ngày 28/12" in a bulletin of 2 January); a
text with no publication date lends them the year it names most (:func:`.published.reference_date`).

dateparser (measured here: 1.5.0, languages=['vi'], settings pinned DATE_ORDER=DMY,
PREFER_DAY_OF_MONTH=first, RELATIVE_BASE fixed; one call per short string after warm-up):
0.5-0.9 ms per string it reads ("20/7/2024" 0.72 ms, "20-7-2024" 0.53, "ngày 20 tháng 7
năm 2024" 0.89), against ~18 µs per string for :func:`find_dates` (identifier masking
included). It returns None for "quý III/2024", "6 tháng đầu năm 2024" and "11h30", reads
"tháng 7/2024" and "năm nay" as a day (2024-07-01: the precision is lost), and does not
find dates inside running text at all (it parses whole strings). It is not used here.

What the mentions mean is read elsewhere: deadlines in :mod:`.deadlines`, a figure's
period and stand-point in :mod:`.time_context`, period arithmetic against publication in
:mod:`.periods`.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as _dt
import re
from typing import Iterable

import attrs

from ..lexicon.calendar import (
    DAY_PARTS,
    FRACTION_NOUNS,
    MEASURE_FRACTION_NOUNS,
    MONTH_QUANTIFIERS,
    MONTH_WORDS,
    QUARTER_WORDS,
    RELATIVE_YEARS,
    ROMAN,
    WEEKDAYS,
)
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
    # False when the year was not written ("ngày 20/12", "tháng tám", "quý III") but taken
    # from the publication date: a due date may then lie a year on (context/deadlines.py)
    year_written: bool = True


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
_QNUM = rf"(?:{_ROMAN}|[1-4]|{_alt(QUARTER_WORDS)})(?![^\W_])"
# a spelled month: "tháng tám", "tháng Mười một" ("năm" is May only where a year or a day
# makes it one, see _candidates)
_MW = rf"(?P<mw>{_alt(MONTH_WORDS)})(?![^\W_])"
_MONTH_OR_WORD = rf"(?:{_M}(?!\d)|{_MW}(?!{_S}\d))"
_YY = r"(?P<yy>\d\d)"
_RELYEAR = "|".join(re.escape(w.split()[1]) for w in RELATIVE_YEARS)

_DMY = re.compile(rf"{_DATE_START}{_D}{_SEP}{_M}{_SEP}{_Y}{_END}")
_DMY_WORDS = re.compile(  # "ngày 20 tháng 7 năm 2024", "mồng 6 tháng 7", "ngày mùng 1 tháng tư"
    rf"(?<![^\W_])(?i:(?:ngày{_S})?(?:mồng|mùng)|ngày){_S}{_D}{_S}(?i:tháng){_S}{_MONTH_OR_WORD}"
    rf"(?:{_O},?{_O}(?i:năm){_S}{_Y})?(?!\d)"
)
# "ngày 6/4/25", "ngày 15-1-25": a two-digit year, only after "ngày" (bare, "6/4/25" may be
# anything)
_DMY_SHORT = re.compile(rf"(?<![^\W_])(?i:ngày){_O}{_D}(?P<sep>[/\-.]){_M}(?P=sep){_YY}{_END}")
# "ngày đầu tiên của tháng 7", "ngày cuối cùng của tháng Mười hai năm 2025"
_MONTH_EDGE_DAY = re.compile(
    rf"(?<![^\W_])(?i:ngày){_S}(?P<edge>(?i:đầu{_S}tiên|cuối{_S}cùng)){_S}(?i:của){_S}(?i:tháng){_S}{_MONTH_OR_WORD}"
    rf"(?:(?:{_O}[/\-]{_O}|{_O},?{_S}(?i:năm){_S}){_Y}{_END})?"
)
_MONTH_YEAR = re.compile(
    rf"(?<![^\W_])(?i:tháng){_S}{_M}(?:{_O}[/\-]{_O}|\.|{_O},?{_S}(?i:năm){_S}){_Y}{_END}"  # "tháng 12.2025" too
)
_MONTH_NUM = re.compile(rf"{_NUM_START}{_M}[/\-]{_Y}{_END}")
_MONTH_SHORT = re.compile(rf"(?<![^\W_])(?i:tháng){_S}{_M}[/\-]{_YY}{_END}")  # "tháng 3/25", "tháng 10/24"
_MONTH_ONLY = re.compile(rf"(?<!\d)(?<!\d{_S[:-1]})(?<![^\W_])(?i:tháng){_S}{_M}(?![^\W_]|[/.,\-]\d)")
# "tháng Năm năm 2025", "tháng mười một năm 2024"; "trước tháng tám.", "trong tháng bảy năm
# nay": a spelled month ends its phrase (a word after it may make a compound: "tháng tư vấn")
_SPELLED_MONTH = rf"(?<!\d)(?<!\d{_S[:-1]})(?<![^\W_])(?i:tháng){_S}{_MW}"  # not "6 tháng tư …"
_MONTH_WORD_YEAR = re.compile(rf"{_SPELLED_MONTH}{_O},?{_S}(?i:năm){_S}{_Y}{_END}")
_MONTH_WORD_ONLY = re.compile(
    rf"{_SPELLED_MONTH}(?:{_S}(?i:năm){_S}(?P<rel>{_RELYEAR})(?![^\W_])|(?=[^\S\n]*(?:[.,;:!?)\]\n]|$)))"
)
_QUANTIFIER_BEFORE = re.compile(rf"(?<![^\W_]){_alt(MONTH_QUANTIFIERS)}{_S}$")
# "Cách mạng tháng Tám", "phong trào tháng Năm": a name, no month of a year
_MONTH_NAME_BEFORE = re.compile(rf"(?<![^\W_])(?i:cách{_S}mạng|phong{_S}trào|sự{_S}kiện){_S}$")
_QUARTER = re.compile(
    rf"(?<![^\W_])(?i:quý){_S}(?P<qs>{_QNUM}(?:{_O}(?:,|(?i:và)){_O}(?:(?i:quý){_S})?{_QNUM})*)"
    rf"(?:(?:{_O}[/\-]{_O}|{_O},?{_S}(?:(?i:của){_S})?(?i:năm){_S}){_Y}{_END}|{_S}(?i:năm){_S}(?P<rel>{_RELYEAR})(?![^\W_]))?"
)
_PHRASE_END = re.compile(r"[^\S\n]*(?:[.,;:!?)\]\n]|$)")
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
    # (not "2 năm nay", "hơn nửa năm nay": a span up to now; not "02 năm trước", "5 năm tới":
    # a span before or after, a duration; "tháng 12 năm sau" stays a date)
    rf"|(?!(?:(?<=\d )|(?<=nửa )|(?<=Nửa ))(?i:năm){_S}(?i:nay))"
    rf"(?!(?<=\d )(?<!tháng \d )(?<!tháng \d\d )(?<!Tháng \d )(?<!Tháng \d\d )(?i:năm))"
    rf"(?i:năm){_S}(?P<rel>{_RELYEAR}))(?![^\W_]|{_S}(?:19|20)\d\d)"
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


def _month_of(m: re.Match) -> int:
    """The month of a match of a pattern built on ``_MONTH_OR_WORD`` / ``_MW``."""
    if m.groupdict().get("m"):
        return int(m.group("m"))
    return MONTH_WORDS[" ".join(m.group("mw").lower().split())]


def _century(yy: str, published: _dt.date | None) -> int:
    """A two-digit year: in this century unless that puts it more than ten years after the
    publication (or today): "ngày 2/9/45" in a text of 2025 is 1945."""
    y = 2000 + int(yy)
    ref = published.year if published is not None else _dt.date.today().year
    return y - 100 if y > ref + 10 else y


def _year_after(text: str, end: int, pub_year: int | None) -> tuple[int | None, int]:
    """A relative year said right after a year-less day or month ("tháng tư năm sau"): the
    year and where the mention ends (None and ``end`` when there is none)."""
    rel = _RELATIVE_YEAR_AFTER.match(text, end)
    if rel is None or pub_year is None:
        return None, end
    return pub_year + RELATIVE_YEARS["năm " + rel.group("rel").lower()], rel.end()


def _year_of(m: re.Match, text: str, published: _dt.date | None, month: int, day: int = 15) -> tuple[int | None, int]:
    """The year of a day or month mention and where the mention ends: the year written in it,
    else one said right after it ("… năm sau"), else the publication's nearest."""
    if m.group("y"):
        return int(m.group("y")), m.end()
    y, end = _year_after(text, m.end(), published.year if published else None)
    return y or _year_for(published, month, day), end


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


_YEAR_AFTER_DAY = re.compile(rf"{_S}(?i:năm){_S}{_Y}{_END}")
_SPAN_UNITS = frozenset(("năm", "tháng", "tuần", "quý"))
_YEAR_NAMED_AFTER = re.compile(rf"{_S}(?i:năm){_S}(?:{_RELYEAR}|(?:19|20)\d\d)(?![^\W_])")
# what may follow a day-month written with a dash ("từ 1-4 đến 30-4", "2-9 năm nay"): a
# dashed pair before any other lowercase word is a range ("từ 5-9 giấy tờ", "3-5 triệu")
_AFTER_DASHED_DATE = frozenset(
    "đến tới và năm này vừa qua sau trước hằng hàng cho lúc tại ở là đã sẽ có với của".split()
)


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
        if m.group("sep") == "-" and first[0].islower() and first.lower() not in _AFTER_DASHED_DATE:
            return False  # "hồ sơ có từ 1-4 giấy tờ": a range of a count, no day and month
        if first.lower() in _SPAN_UNITS and int(m.group("d")) < int(m.group("m")) and not date_before \
                and not _YEAR_NAMED_AFTER.match(text, e):
            return False  # "rút ngắn còn 1/2 năm", "khoảng 1/3 tháng": a share of a span ("1/7 năm nay" stays a day)
        if (first.lower() in MEASURE_FRACTION_NOUNS or two in MEASURE_FRACTION_NOUNS) \
                and int(m.group("d")) < int(m.group("m")) and not date_before and not _FROM_BEFORE.search(before):
            return False  # "1/2 mức phạt tiền", "2/3 thời gian làm bài thi": a share of a measure
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
        d, mo = int(m.group("d")), _month_of(m)
        y, end = _year_of(m, text, published, mo, d)
        iso = _iso_day(y, mo, d) if y else ""
        if iso or y is None:
            yield m.start(), end, iso, "day", "date", None
    for m in _iter(_DMY_SHORT)(text):
        iso = _iso_day(_century(m.group("yy"), published), int(m.group("m")), int(m.group("d")))
        if iso:
            yield m.start(), m.end(), iso, "day", "date", None
    for m in _iter(_MONTH_EDGE_DAY)(text):
        mo = _month_of(m)
        y, end = _year_of(m, text, published, mo)
        if y is None:
            yield m.start(), end, "", "day", "date", None
            continue
        day = 1 if m.group("edge").lower().startswith("đầu") else calendar.monthrange(y, mo)[1]
        yield m.start(), end, _iso_day(y, mo, day), "day", "date", None
    for pat in (_MONTH_YEAR, _MONTH_NUM, _MONTH_WORD_YEAR):
        for m in _iter(pat)(text):
            if pat is _MONTH_WORD_YEAR and _MONTH_NAME_BEFORE.search(text, max(0, m.start() - 16), m.start()):
                continue
            yield m.start(), m.end(), f"{m.group('y')}-{_month_of(m):02d}", "month", "date", None
    for m in _iter(_MONTH_SHORT)(text):
        yield m.start(), m.end(), f"{_century(m.group('yy'), published)}-{int(m.group('m')):02d}", "month", "date", None
    for m in _iter(_MONTH_ONLY)(text):
        mo = int(m.group("m"))
        y, end = _year_after(text, m.end(), pub_year)
        y = y or _year_for(published, mo)
        yield m.start(), end, f"{y}-{mo:02d}" if y else "", "month", "date", None
    for m in _iter(_MONTH_WORD_ONLY)(text):
        word = m.group("mw")
        if _QUANTIFIER_BEFORE.search(text, max(0, m.start() - 12), m.start()) or (word.lower() == "năm" and word[0] != "N") \
                or _MONTH_NAME_BEFORE.search(text, max(0, m.start() - 16), m.start()):
            continue  # "mỗi tháng hai lần"; "ngày tháng năm." of a form (May only as "tháng Năm"); "Cách mạng tháng Tám."
        mo = _month_of(m)
        if m.group("rel"):
            y = pub_year + RELATIVE_YEARS["năm " + m.group("rel").lower()] if pub_year else None
        else:
            y = _year_for(published, mo)
        yield m.start(), m.end(), f"{y}-{mo:02d}" if y else "", "month", "date", None
    for m in _iter(_QUARTER)(text):
        if not (m.group("y") or m.group("rel")) and not _PHRASE_END.match(text, m.end()) \
                and any(t.group().lower() in QUARTER_WORDS for t in _QTOKEN.finditer(text, m.start("qs"), m.end("qs"))):
            continue  # "quý" praising ("quý hai bạn"), no quarter, when a spelled number does not end it
        if m.group("y"):
            y: int | None = int(m.group("y"))
        elif m.group("rel"):
            y = pub_year + RELATIVE_YEARS["năm " + m.group("rel").lower()] if pub_year else None
        else:
            y = pub_year
        toks = list(_QTOKEN.finditer(text, m.start("qs"), m.end("qs")))
        for i, t in enumerate(toks):
            q = ROMAN.get(t.group(), None) or QUARTER_WORDS.get(t.group().lower()) or int(t.group())
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
        if n is None and not m.group("pos"):
            continue  # "sau nửa năm hoạt động", "đã hơn nửa năm nay": half a year's span, no half of the calendar
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
        elif (named := _YEAR_AFTER_DAY.match(text, m.end())) is not None:
            y = int(named.group("y"))  # "từ 1/2 năm 2025": the year said after the day
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
        written = kind != "date" or prec not in ("day", "month", "quarter") or _YEAR_WRITTEN.search(text, s, e) is not None
        out.append(DateMention(s, e, iso, prec, kind, rs, written))
        last_end = e
    return out


# a year said in the mention: four digits, a two-digit year after a slash or dash, or a
# year relative to publication
_YEAR_WRITTEN = re.compile(
    rf"(?:19|20)\d\d|\d[/\-.]\d{{1,2}}[/\-.]\d\d(?!\d)|(?i:tháng){_S}\d{{1,2}}[/\-]\d\d(?!\d)|(?i:năm){_S}(?:{_RELYEAR})"
)
