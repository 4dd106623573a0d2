"""Deadlines (FORMAT.md ``deadline``) among the date mentions of :mod:`.dates`, and the
sentences that open with a start date still to come.

Deadlines (FORMAT.md ``deadline``) are date mentions led by a cue: ``before`` (trước
[ngày|thời điểm], chậm nhất, hạn chót), ``by`` (đến [hết|cuối], tầm nhìn/định hướng
đến, a year range's end), ``in`` (trong/vào tháng|quý|năm), ``from`` (từ, kể từ). A
"đến"/"trong" mention is a due time only when its period has not ended by the
publication date (otherwise it is the stand-point or period label of a figure, used by
:func:`time_context`); without a publication date a due/target word in the sentence
decides. "từ X đến Y" gives only the end. Event dates ("Chiều 10/7/2024, …") have no cue.
"""

from __future__ import annotations

import bisect
import datetime as _dt
import re

import attrs

from ..lexicon.calendar import (
    AS_OF_MARKERS,
    BEFORE_CUES,
    BY_CUES,
    BY_MODIFIERS,
    DEADLINE_NOUNS,
    DUE_CUES,
    STATE_BEFORE_CUTOFF,
    FROM_CUES,
    HORIZON_CUES,
    IN_CUES,
)
from ..records import Metric
from ..text.structure import is_heading
from .dates import DateMention, _O, _S, _alt
from .periods import begins_after, not_over_yet, period_end


# -- deadlines ---------------------------------------------------------------------
# (a holiday may be named between the cue and its date: "xong trước ngày Quốc khánh 02/9/2025")
_HOLIDAY_NAME = rf"(?:(?i:lễ){_S})?(?i:quốc{_S}khánh|tết(?:{_S}nguyên{_S}đán|{_S}dương{_S}lịch)?|giỗ{_S}tổ(?:{_S}hùng{_S}vương)?){_S}"
_CUE_BEFORE = re.compile(
    rf"(?<![^\W_])(?:{_alt(BEFORE_CUES)}|{_alt(DEADLINE_NOUNS)}(?:(?:{_S}[^\W\d_]+){{0,4}}?{_S}(?i:là|vào))?)"
    rf"{_O}(?:(?i:ngày){_S})?(?:{_HOLIDAY_NAME})?$"
)
# "Hạn chót nhận phiếu đăng ký dự tuyển viên chức … là mùng 10 tháng 9": the deadline noun
# and its "là / vào" may frame a long noun phrase (no clause break between)
_DEADLINE_NOUN_FAR = re.compile(
    rf"(?<![^\W_]){_alt(DEADLINE_NOUNS)}(?![^\W_])[^.;:\n]{{0,110}}?{_S}(?i:là|vào){_O}(?:(?i:ngày){_S})?$"
)
_DEADLINE_NOUN_REACH = 140
_CUE_BY = re.compile(
    rf"(?<![^\W_])(?P<tinh>{_alt(AS_OF_MARKERS)}{_S})?(?P<w>{_alt(HORIZON_CUES)}"
    rf"|{_alt(BY_CUES)}(?:{_S}{_alt(BY_MODIFIERS)})?|(?<!tháng\s)(?<!những\s)(?<!ngày\s)(?i:hết|cuối))"
    rf"(?:{_S}(?i:ngày|tháng))?{_O}$"
)
# a task's completion time, labelled: "Thời gian hoàn thành: 15/11/2025", "- Thời hạn hoàn
# thành: tháng 11/2025" (the date answers the label: a due time)
_COMPLETION_LABEL = re.compile(
    rf"(?<![^\W_])(?i:thời{_S}gian|thời{_S}hạn|hạn){_S}(?i:hoàn{_S}thành){_O}:{_O}(?:(?i:ngày|tháng|quý|năm){_S})?$"
)
_SPAN_FROM_BEFORE = re.compile(
    rf"(?<![^\W_])(?i:từ){_S}(?:(?i:ngày){_S})?\d{{1,2}}[/\-.]\d{{1,2}}(?:[/\-.]\d{{2,4}})?{_S}(?i:đến|tới){_S}(?:(?i:ngày){_S})?$"
)
_SCHOOL_YEAR = re.compile(rf"(?<![^\W_])(?i:năm{_S}học|niên{_S}học|niên{_S}khóa|khóa{_S}học){_O}$")
# "vào đầu tháng 3/2025", "vào giữa quý II", "trung tuần tháng 4/2025": a part of the month
# or quarter is still "in" it (the gold reads them so)
_CUE_IN = re.compile(
    rf"(?<![^\W_])(?:{_alt(IN_CUES)}(?:{_S}(?i:ngày|đầu|giữa))?|(?i:thượng|trung|hạ){_S}(?i:tuần)"
    rf"|(?<!đến\s)(?<!tới\s)(?<!từ\s)(?i:giữa))(?:{_S}(?i:tuần))?{_O}$"
)
_CUE_FROM = re.compile(
    rf"(?<![^\W_]){_alt(FROM_CUES)}(?:{_S}(?i:đầu|cuối|giữa|ngày))?{_O}$"
)
# a span of time counted from the date: "05 năm kể từ ngày …", "30 ngày làm việc, kể từ ngày …"
_SPAN_BEFORE_FROM = re.compile(
    rf"(?<![^\W_])\d+{_S}(?i:năm|tháng|tuần|ngày|ngày{_S}làm{_S}việc|giờ)[ \t]*,?{_O}$"
)
_RANGE_AFTER = re.compile(rf"{_O}(?:(?i:đến|tới)(?![^\W_])|[-–—]{_O}\d)")
_COORD = re.compile(rf"^{_O}(?:,|;|(?i:và)|(?i:hoặc)){_O}$")
# (not after "vừa / đã / mới": "vừa ban hành Kết luận 126", "đã hoàn thành" report what was done)
_DUE = re.compile(rf"(?<![^\W_])(?<!(?i:vừa) )(?<!(?i:đã) )(?<!(?i:mới) ){_alt(DUE_CUES)}(?![^\W_])")
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
# "Dự án PPP đã mở thầu trước ngày 01/7/2025 nhưng …": what was done before a day (an active
# "đã" and its verb, up to three words, right before the cue) bounds a group of things; a due
# word in the sentence ("đã hoàn thành trước ngày …" reports a due time met) keeps the date
_DONE_BEFORE_CUTOFF = re.compile(rf"(?<![^\W_])(?i:đã)(?:{_S}[^\W\d_]+){{1,3}}{_O}$")
_STATE_BEFORE = re.compile(rf"(?<![^\W_]){_alt(STATE_BEFORE_CUTOFF)}(?![^\W_])(?:{_S}\S+){{0,6}}?{_O}(?:(?i:từ)[^\n]{{0,30}})?$")
_PAST = re.compile(r"(?<![^\W_])(?i:đã|được)(?![^\W_])")
_THEN_AFTER = re.compile(r"[ \t]*,?[ \t]*(?i:thì)(?![^\W_])")
# "… đã nhận được yêu cầu trước ngày 01/7/2025 nhưng chưa thụ lý": a cut-off that defines
# the cases still open, no due date
_BUT_NOT_YET_AFTER = re.compile(
    r"[ \t]*,?[ \t]*(?:(?i:nhưng|mà)[ \t]+(?:(?i:vẫn)[ \t]+)?(?i:chưa)|(?i:đang)[ \t]+(?i:hưởng|làm|công\s+tác|giữ))(?![^\W_])"
)
_OR_BEFORE = re.compile(rf"(?<![^\W_])(?i:hay|hoặc){_S}(?i:trước){_O}(?:(?i:ngày){_S})?$")
_LATEST_WITHIN = re.compile(rf"(?<![^\W_])(?i:chậm{_S}nhất{_S}trong){_O}$")
_ALREADY = re.compile(r"(?<![^\W_])(?i:đã)(?![^\W_])")


def _sentence_of(sentences: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    i = bisect.bisect_right(sentences, (pos, float("inf"))) - 1
    if i >= 0 and sentences[i][0] <= pos < sentences[i][1]:
        return sentences[i]
    return pos, pos


# "trước ngày 15 tháng 12 năm kế hoạch", "ngày 1/1 hằng năm": every year's, with or without
# a publication date
_EVERY_YEAR_AFTER = re.compile(
    rf"[ \t*]*(?i:năm{_S}kế{_S}hoạch|hằng{_S}năm|hàng{_S}năm|mỗi{_S}năm|hằng{_S}tháng|hàng{_S}tháng)(?![^\W_])"
)
_RECURRING_AFTER = re.compile(
    rf"[ \t*]*(?i:năm{_S}sau|năm{_S}kế{_S}hoạch|hằng{_S}năm|hàng{_S}năm|mỗi{_S}năm|hằng{_S}tháng|hàng{_S}tháng)(?![^\W_])"
)
# a year relative to publication the date mention itself ends with ("ngày 01 tháng 01 năm sau")
_RELATIVE_YEAR_END = re.compile(rf"{_S}(?i:năm){_S}(?i:sau|tới)$")
_TERM = re.compile(rf"(?i:nhiệm{_S}kỳ)(?![^\W_])")
# ("đến hết ngày 31 tháng 12 (của) năm đó": of whichever year a rule speaks of)
_GENERIC_YEAR_AFTER = re.compile(
    rf"{_S}(?:(?i:của|trong){_S}(?i:năm){_S}(?i:tiếp{_S}theo|kế{_S}tiếp|sau{_S}đó|sau|đó)|(?i:năm){_S}(?i:đó))(?![^\W_])"
)
_CUMULATIVE_BEFORE = re.compile(rf"(?<![^\W_])(?i:lũy|luỹ){_S}(?i:kế)(?:{_S}\d+)?(?:{_S}(?i:năm|giai{_S}đoạn))?{_O}$")
# the name of a periodic report: "báo cáo tình hình sử dụng lao động cuối năm 2025"
# (lower-case words only, none of a verb's: "báo cáo Ban Bí thư vào cuối quý II" reports to someone)
_REPORT_NAME_BEFORE = re.compile(
    rf"(?<![^\W_])(?i:báo{_S}cáo)(?:{_S}(?!(?:vào|lên|gửi|cho|về|với|trước)(?![^\W_]))[a-zà-ỹđ]+){{1,8}}{_O}$"
)


def classify(text: str, dm: DateMention, sent: tuple[int, int], published: _dt.date | None,
             memo: dict | None = None) -> tuple[str, int] | None:
    """(relation, cue start) when the mention is a due time, else None. ``memo`` keeps
    per-sentence look-ups across the mentions of one text (a sentence may hold thousands)."""
    ss, se = sent
    before = text[max(ss, dm.start - 40):dm.start]
    base = dm.start - len(before)
    cached: list[bool] = []

    def due() -> bool:  # a due/target word in the sentence (looked up only when it matters)
        if not cached:
            cached.append(_DUE.search(text, ss, se) is not None)
        return cached[0]

    not_over = not_over_yet(dm.iso, published)
    if _GENERIC_YEAR_AFTER.match(text, dm.end):
        return None  # "từ ngày 01 tháng 01 của năm tiếp theo": every year's, no date of its own
    if _EVERY_YEAR_AFTER.match(text, dm.end):
        return None  # "trước ngày 15 tháng 12 năm kế hoạch": a date of every year, none of its own
    if published is None and (_RECURRING_AFTER.match(text, dm.end) or _RELATIVE_YEAR_END.search(text, dm.start, dm.end)):
        # "trước ngày 15 tháng 01 năm sau năm kế hoạch" in an undated text: every year's
        # (with a publication date, "năm sau" names one year and the day is read as of it)
        return None
    if dm.kind == "range":
        if _TERM.match(text, dm.start):
            return None  # "Đại hội … nhiệm kỳ 2025-2030": a term's label, no horizon (FORMAT.md: optional in titles)
        if _SCHOOL_YEAR.search(before) or _CUMULATIVE_BEFORE.search(before):
            return None  # "năm học 2022 - 2023" names a school year, "lũy kế 3 năm 2024-2026" a total's period
        if published is not None and int(dm.iso[:4]) < published.year:
            return None  # "Những năm 1946-1950", "nhiệm kỳ 2015-2020": a span of the past
        if ss > 0 and not is_heading(text, ss, se):
            # "10 dự án thành phần giai đoạn 2021 - 2025", "mục tiêu tăng trưởng … giai đoạn
            # 2026 - 2030": in running text a span is a period label (FORMAT.md: no entry of
            # its own); only a title's ("Kế hoạch … giai đoạn 2021-2025") reads as a horizon
            return None
        return "by", dm.start
    c = _CUE_BEFORE.search(before)
    if c is None and (far := _DEADLINE_NOUN_FAR.search(text, max(ss, dm.start - _DEADLINE_NOUN_REACH), dm.start)):
        base = far.start()
        before = text[base:dm.start]
        c = _DEADLINE_NOUN_FAR.search(before)
    if c:
        if not_over is False and published and int(dm.iso[:4]) < published.year and not due():
            return None
        if _CUTOFF_PARTICIPLE.search(text, max(ss, dm.start - 50), base + c.start()) \
                and not _MODAL_BEFORE.search(text, max(ss, dm.start - 90), base + c.start()):
            return None  # "văn bản … ban hành trước ngày 01/01/2025", "hợp đồng ký trước ngày …"
        if not due() and _STATE_BEFORE.search(text, max(ss, dm.start - 60), base + c.start()):
            return None  # "mã số thuế đã được cấp trước ngày 01/7/2025": a cut-off, not a due date
        if not due() and _DONE_BEFORE_CUTOFF.search(text, max(ss, dm.start - 40), base + c.start()) \
                and not _MODAL_BEFORE.search(text, max(ss, dm.start - 90), base + c.start()):
            return None  # "Dự án PPP đã mở thầu trước ngày 01/7/2025": a cut-off
        if _THEN_AFTER.match(text, dm.end) or _BUT_NOT_YET_AFTER.match(text, dm.end):
            return None  # "… có hiệu lực trước ngày 1/3/2027 thì …": a condition, not a due date
        if _OR_BEFORE.search(before):
            return None  # "dù từ ngày 15/12/2025 hay trước 15/12/2025": either side of a day, no due date
        if dm.precision != "day" and _LATEST_WITHIN.search(before):
            return "in", base + c.start()  # "Chậm nhất trong năm 2025": within the period, at the latest
        return "before", base + c.start()
    c = _COMPLETION_LABEL.search(before)
    if c:
        return "by", base + c.start()  # "Thời gian hoàn thành: 15/11/2025"
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
        if not due() and _ALREADY.search(text, dm.end, min(se, dm.end + 80)):
            return None  # "đến giữa tháng 9/2022, hệ thống đã tiếp nhận …": a stand-point
        if not_over is True or (not_over is None and (due() or (dm.precision == "day" and _TO_END_OF.search(w)))):
            # (in an undated text, "đến hết ngày 06/12/2025" is the last day of something
            # to be done — a window's end, "Thời gian nhận hồ sơ: từ … đến hết ngày …" —
            # whatever its verb; "đến ngày …" alone may be a stand-point)
            return "by", base + c.start()
        return None
    c = _CUE_FROM.search(before)
    if c:
        if _RANGE_AFTER.match(text, dm.end):
            return None
        if _SPAN_BEFORE_FROM.search(text, max(ss, base + c.start() - 30), base + c.start()):
            return None  # "chậm nhất là 05 năm kể từ ngày 01/7/2025": the anchor of a span, no start
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
            if begins_after(dm.iso, published) or due():
                return "in", base + c.start()
            return None
        cs = _clause_start(text, ss, dm.start)
        if not_over is None and due() and not _any_between(_PAST, text, sent, cs, se, memo) \
                and not _any_between(_DONE_ACTIVE, text, sent, ss, cs, memo):
            # (a passive participle in an earlier clause, "… thủ tục đã được tích hợp …, hoàn
            # thành trong tháng 9 năm 2025", reports nothing about this one; "Các bộ đã rà
            # soát, hoàn thành trong tháng 9" does)
            return "in", base + c.start()
    return None


_TO_END_OF = re.compile(r"(?<!\w)hết(?!\w)")
_DONE_ACTIVE = re.compile(r"(?<![^\W_])(?i:đã)(?![^\W_])(?!\s+được(?![^\W_]))")
_CLAUSE_REACH = 400  # characters: a clause longer than this is read from here on


def _clause_start(text: str, ss: int, pos: int) -> int:
    """Where the clause holding ``pos`` starts: after the last comma, semicolon, colon or
    bracket before it in its sentence (looked for within ``_CLAUSE_REACH``)."""
    lo = max(ss, pos - _CLAUSE_REACH)
    cut = max(text.rfind(ch, lo, pos) for ch in ",;:(")
    return cut + 1 if cut >= lo else lo


def _any_between(pattern: re.Pattern[str], text: str, sent: tuple[int, int], lo: int, hi: int,
                 memo: dict | None) -> bool:
    """Does ``pattern`` match inside ``[lo, hi)`` of the sentence ``sent``? Its matches are
    found once per sentence when a ``memo`` is given."""
    if memo is None:
        return pattern.search(text, lo, hi) is not None
    key = (pattern, sent)
    starts = memo.get(key)
    if starts is None:
        starts = memo[key] = [m.start() for m in pattern.finditer(text, *sent)]
    i = bisect.bisect_left(starts, lo)
    return i < len(starts) and starts[i] < hi


_FORWARD_AFTER = _dt.timedelta(days=45)  # a due date this long before publication is next year's


def _next_year(dm: DateMention, text: str, sent: tuple[int, int], published: _dt.date | None) -> DateMention | None:
    """A day or month whose year was not written, due ("trước ngày 20/12", "đến cuối tháng
    mười hai") in a text published well after it in the year: the mention moved a year on
    (the window of context/dates.py takes the nearest one, right for an event, not for a
    due date). None when it does not apply, or when the clause reports what was done."""
    if dm.year_written or published is None or dm.precision not in ("day", "month") or not dm.iso:
        return None
    y, rest = int(dm.iso[:4]), dm.iso[4:]
    last = period_end(dm.iso)
    if last is None or last + _FORWARD_AFTER >= published:
        return None
    before = text[max(sent[0], dm.start - 40):dm.start]
    if not (_CUE_BEFORE.search(before) or _CUE_BY.search(before)) \
            or _ALREADY.search(text, max(sent[0], dm.start - 60), dm.start):
        return None
    if dm.precision == "day" and rest == "-02-29":
        return None
    return attrs.evolve(dm, iso=f"{y + 1}{rest}")


def find_deadlines(text: str, dates: list[DateMention], sentences: list[tuple[int, int]],
                   published: _dt.date | None) -> list[Metric]:
    """Deadline metrics ("trước ngày 20/7/2024", "đến năm 2025", "trong tháng 7/2024")."""
    out: list[Metric] = []
    prev: DateMention | None = None
    prev_rel: str | None = None
    memo: dict = {}
    for dm in dates:
        if dm.kind == "time" or not dm.iso:
            prev, prev_rel = dm, None
            continue
        sent = _sentence_of(sentences, dm.start)
        ahead = _next_year(dm, text, sent, published)
        got = classify(text, ahead, sent, published, memo) if ahead is not None else None
        if got is not None and got[0] in ("before", "by"):
            dm = ahead
        else:
            got = classify(text, dm, sent, published, memo)
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
