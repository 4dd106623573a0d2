"""The subject of a claim: the noun phrase of what is counted or measured, as written.

FORMAT.md, Conventions: the phrase at the number, contiguous; it leaves out the number,
the qualifier and verbs of change, and ends where a verb or clause word starts, at a list
comma, a parenthesis or a clause break ("18 bộ, ngành, 1 doanh nghiệp" → "bộ, ngành").
A percent's subject is the share it names, after ("100% thủ tục hành chính") or before
("tỷ lệ hồ sơ trực tuyến đạt 93,6%").

The noun phrase itself is read by ``noun_phrase.py``; this module decides which phrase
(after the figure, before it, a clause's head, a list's label, a neighbour's) names what
each figure counts. Lexicons live in ``lexicon/phrases.py``.
"""

from __future__ import annotations

import functools
import re

from ..kinds.base import alternation
from ..text.masks import MASK_CHAR
from ..lexicon.phrases import (
    CLASSIFIERS,
    CLAUSE_OPENERS,
    HEAD_STOPS,
    LABEL_NOT_SUBJECT,
    LINK_VERBS,
    NOMINALIZERS,
    SHARE_BASES,
    STOP_WORDS,
)
from .noun_phrase import (
    COMPOUND,
    DANGLING_END,
    DETERMINER,
    FIRST_NOUN,
    LEVEL_AFTER,
    LISTED_NOUNS,
    MAX_WORDS,
    MONEY_REACH,
    MONEY_STOP,
    NUMBERISH,
    PhraseIndex,
    RATE_NAME,
    RATE_NAME_EXTRA,
    RATE_NAME_STOP,
    SHARE_STOP,
    STOP,
    STOP_FIRST,
    TOKEN,
    comma_in_pair,
    first_syllable,
    phrase_after,
    service_levels_end,
    share_of_total,
    stops_with_average,
)

# "tỷ lệ này đạt 48%": the share named before (context/subject_shared.py finds it)
ANAPHOR = re.compile(r"(?:tỷ|tỉ)\s+lệ\s+(?:này|đó|trên|nói\s+trên)$")
_SHARE_REACH = 600  # characters: a share's name stands within its clause, close to the figure


def share_before(view, pos: int, clause_start: int, index: PhraseIndex) -> tuple[int, int] | None:
    """The share named before a percent: from a share noun to the linking verb."""
    lower = view.masked
    # a share named before a semicolon is another clause's ("Tỷ lệ … đạt trên 80%; giao dịch
    # không dùng tiền mặt đạt 80%"), unless that clause only sets its goal ("Tỷ lệ bao phủ …
    # đạt 92,4%; mục tiêu đến năm 2025 là 95%")
    semi = lower.rfind(";", max(clause_start, pos - _SHARE_REACH), pos)
    if semi >= 0 and not _GOAL_CLAUSE.match(lower, semi + 1, pos):
        clause_start = semi + 1
    r = index.shares.span_indices(clause_start, pos)
    last = None
    for i in reversed(r):  # "mức độ 3, 4" is a service level, not the share
        m = index.shares.matches[i]
        if not (m.group().startswith("mức") and LEVEL_AFTER.match(lower, m.end())):
            last = m
            break
    if last is None:
        return None
    start = last.start()
    # FORMAT.md: a share named with "tỷ lệ" keeps its whole name ("Tỷ lệ hộ nghèo theo chuẩn
    # nghèo đa chiều", "Tỷ trọng công nghiệp, xây dựng và dịch vụ trong cơ cấu kinh tế")
    rate_name = RATE_NAME.match(lower, start) is not None
    # The phrase runs to the linking verb, a clause break or the number itself.
    end = pos
    i = last.end()
    head = COMPOUND.match(lower, start)
    if head is not None and last.end() < head.end() <= pos:
        i = head.end()  # "mức giảm", "tốc độ tăng trưởng": the share noun begins a compound
    while i < pos:
        tok = TOKEN.search(lower, i, pos)
        if tok is None:
            break
        t = tok.group()
        if t == ",":
            pair_end = comma_in_pair(lower, tok.start())  # "tỷ lệ thôn, bản có sóng"
            if pair_end is not None and pair_end <= pos:
                i = pair_end
                continue
            if rate_name and LISTED_NOUNS.match(lower, tok.end(), pos):
                # "Tỷ trọng công nghiệp, xây dựng và dịch vụ trong cơ cấu kinh tế": the name
                # lists its parts
                i = tok.end()
                continue
        levels_end = service_levels_end(lower, tok, start, pos)
        if levels_end is not None:  # "dịch vụ công mức độ 3, 4"
            i = levels_end
            continue
        compound = COMPOUND.match(lower, tok.start())
        if compound is not None and compound.end() <= pos:  # "tốc độ tăng trưởng tổng sản phẩm"
            i = compound.end()
            continue
        stops = RATE_NAME_STOP if rate_name else SHARE_STOP
        # ("|": a table's next cell)
        if t in ",;:()|" or t[0] == MASK_CHAR or stops.match(lower, tok.start()) or NUMBERISH.match(t):
            end = tok.start()
            break
        i = tok.end()
    phrase = lower[start:end].rstrip()
    if rate_name and not ANAPHOR.search(phrase):
        # "… đúng hạn trong [tháng 8] đạt …": the date is masked, its preposition stays out
        # (not "tỉ lệ nói trên", which points back)
        phrase = DANGLING_END.sub("", phrase)
    if not phrase or len(phrase.split()) > MAX_WORDS + (RATE_NAME_EXTRA if rate_name else 4):
        return None
    if start + len(phrase) == last.end() and lower.startswith(",", last.end()):
        return None  # "Kết quả, đã cấp …": a discourse marker, not a share
    return start, start + len(phrase)


# "Số biên chế công chức giảm 2,1%": a verb of change links the clause's noun phrase to
# the figure as well (when nothing is named after the figure).
_LINK_BEFORE = re.compile(
    r"(?<!\w)(?:là|đạt|lên\s+tới|lên\s+đến|ở\s+mức|khoảng|chiếm|tăng(?:\s+lên)?|giảm(?:\s+xuống)?)\s*$"
)
_CLAUSE_OPEN = re.compile(r"[,;:(“\"]|(?<!\w)(?:và|nhưng|trong\s+đó|với)(?!\w)")


def phrase_before_link(view, pos: int, clause_start: int) -> tuple[int, int] | None:
    """The noun phrase a linking verb attributes the figure to: "Tổng mức đầu tư dự án là
    3.500 tỷ đồng" → "Tổng mức đầu tư dự án". Only the words since the last clause opening,
    at most MAX_WORDS, and none of them a stop word of another clause."""
    lower = view.masked
    link = _LINK_BEFORE.search(lower, max(clause_start, pos - 20), pos)
    if not link:
        return None
    end = link.start()
    # The phrase holds at most MAX_WORDS words: look for the clause opening only that far.
    start = max(clause_start, end - 12 * MAX_WORDS)
    window_start = start
    for m in _CLAUSE_OPEN.finditer(lower, window_start, end):
        start = m.end()
    if start == window_start and window_start > clause_start:
        return None  # no opening within reach: the phrase would be too long
    words = list(TOKEN.finditer(lower, start, end))
    if not words or len(words) > MAX_WORDS:
        return None
    for w in words:
        if not w.group()[0].isalnum() or NUMBERISH.match(w.group()):
            return None
    first = words[0]
    det = DETERMINER.match(lower, first.start(), end)
    s = det.end() if det else first.start()
    e = words[-1].end()
    if STOP.match(lower, s):
        return None
    return (s, e) if s < e else None


def noun_right_before(view, pos: int, clause_start: int, max_words: int = 4) -> tuple[int, int] | None:
    """The noun phrase written right before a number, back to a clause word or punctuation:
    "tuyển dụng công chức 101 người" → "công chức", "quy mô dân số hơn 3,06 triệu người"."""
    lower = view.masked
    words = list(TOKEN.finditer(lower, max(clause_start, pos - 12 * max_words), pos))
    start = None
    for i in range(len(words) - 1, max(-1, len(words) - 1 - max_words), -1):
        w = words[i]
        t = w.group()
        if not t[0].isalnum() or NUMBERISH.match(t) or STOP.match(lower, w.start()):
            break
        prev = STOP.match(lower, words[i - 1].start()) if i else None
        if prev and prev.end() > w.start():
            break  # the second syllable of a verb ("tuyển dụng")
        start = w.start()
    if start is None:
        return None
    end = words[-1].end()
    return (start, end) if lower[end:pos].strip() == "" else None


def money_noun_before(view, pos: int, clause_start: int, index: PhraseIndex) -> tuple[int, int] | None:
    """What an amount of money is, named before it: from a money noun ("chi phí", "kinh
    phí", "doanh thu" …) to the qualifier, verb or number that follows it."""
    lower = view.masked
    # (not a noun after "từ": "vốn đối ứng từ ngân sách địa phương là 1.080 tỷ đồng" says
    # where the money comes from, not what it is)
    noun = next((m for m in reversed(index.money.between(max(clause_start, pos - MONEY_REACH), pos))
                 if not _SOURCE_BEFORE.search(lower, max(clause_start, m.start() - 8), m.start())), None)
    if noun is None:
        return None
    if _FIGURE_BEFORE_NOUN.search(lower, max(clause_start, noun.start() - 16), noun.start()) \
            or _BOUND_BETWEEN.search(lower, noun.end(), pos):
        # "thưởng 1,28 tháng lương/người, tặng quà Tết 500 nghìn đồng": the noun is the earlier
        # figure's ("1,28 tháng lương"); "có hệ số phụ cấp chức vụ từ 0,9 trở lên được hỗ trợ
        # 10.400.000 đồng": it measures the bound between, not the amount
        return None
    begin = noun.start()
    while (lead := _MONEY_LEAD.search(lower, max(clause_start, begin - 12), begin)) is not None:
        begin = lead.start()  # "tổng số vốn triển khai", "vốn ngân sách địa phương"
    end = noun.end()
    compound = COMPOUND.match(lower, begin)
    if compound is not None and noun.end() < compound.end() <= pos:
        end = compound.end()  # "thu nhập tăng thêm": a noun holding a stop word
    for tok in TOKEN.finditer(lower, end, pos):
        if tok.start() < end:
            continue  # inside a compound read whole
        t = tok.group()
        if (inner := COMPOUND.match(lower, tok.start())) is not None and inner.end() <= pos:
            end = inner.end()  # "chi phí thuê nhà ở": a noun holding a stop word
            continue
        if t == "," and (pair_end := comma_in_pair(lower, tok.start())) is not None and pair_end <= pos:
            end = pair_end  # "kim ngạch xuất, nhập khẩu": a fixed pair
            continue
        if t in ",;:()|" or t[0] == MASK_CHAR or NUMBERISH.match(t) or MONEY_STOP.match(lower, tok.start()):
            break
        end = tok.end()
    return begin, end


_SOURCE_BEFORE = re.compile(r"(?<!\w)từ\s+$")
# a money noun right after another figure and its unit ("1,28 tháng lương") is that figure's
_FIGURE_BEFORE_NOUN = re.compile(r"\d[\d.,]*\s+(?:tháng|năm|ngày|lần|giờ)\s+$")
# a bound the noun measures, closed before the amount: "có hệ số … từ 0,9 trở lên được hỗ trợ
# …", "có vốn trên 50 tỷ đồng: 3.000.000 đồng" (not a movement's start, "từ 1,8 lên 2,34")
_BOUND_BETWEEN = re.compile(
    r"(?<!\w)(?:từ|dưới|trên)\s+\d[^:;\n]{0,40}?(?:(?<!\w)(?:trở\s+lên|trở\s+xuống|đến)(?!\w)|:)"
)
# "tặng quà Tết 500 nghìn đồng", "hỗ trợ suất ăn 30.000 đồng/người/ngày", "ủng hộ Quỹ xóa nhà
# tạm ở huyện Tây Sơn 100 triệu đồng": a verb of giving, then what it gives, then the amount
_GIVEN_BEFORE = re.compile(
    r"(?<!\w)(?:tặng|trao\s+tặng|trao|hỗ\s+trợ|ủng\s+hộ|tài\s+trợ|chi\s+trả)\s+"
    r"(?P<np>(?!(?:thêm|mỗi|bình\s+quân|khoảng|gần|hơn|trên|tối\s+đa|tối\s+thiểu|ít\s+nhất|mức|cho|bằng|tặng|trao)(?!\w))"
    r"[^\W\d_]+(?:\s+[^\W\d_]+){0,7}?)\s+$"
)
_GIVEN_REACH = 70


def _given_before(view, pos: int, clause_start: int) -> tuple[int, int] | None:
    """What a verb of giving gives, named between the verb and the amount ("tặng quà Tết 500
    nghìn đồng" → "quà Tết"), without a place after it; None when nothing stands between."""
    m = _GIVEN_BEFORE.search(view.masked, max(clause_start, pos - _GIVEN_REACH), pos)
    if m is None or MONEY_STOP.search(view.masked, m.start("np"), m.end("np")):
        return None
    return _without_place_tail(view, (m.start("np"), m.end("np")), named_unit=True)
_GOAL_CLAUSE = re.compile(r"\s*(?:mục\s+tiêu|chỉ\s+tiêu|kế\s+hoạch|phấn\s+đấu)(?!\w)")
# "tổng mức vốn", "(mức) phạt tiền", "mức trần thu nhập"
_MONEY_LEAD = re.compile(r"(?<!\w)(?:tổng(?:\s+số)?|mức|vốn|nguồn|phạt|trần)\s+$")


# ---------------------------------------------------------------- the head of a clause
_LINK_AT = re.compile(r"(?<!\w)" + alternation(LINK_VERBS) + r"\s*$")
_OPENER = re.compile(r"\s*(?:" + alternation(CLAUSE_OPENERS) + r")(?!\w)\s*,?\s*")
# "Năm 2024," "Tại tỉnh X," "Trong 9 tháng đầu năm," — a time or place adjunct opening a
# segment (masked dates read as MASK_CHAR runs)
_ADJUNCT = re.compile(
    r"\s*(?:(?:tại|ở|trên\s+địa\s+bàn|trong|sau|đến|tính\s+đến|từ|qua|với|vào)(?!\w)[^,;:]*,\s*"
    # an enumerator opening a list item: "a) Vào ngày thường, …"
    r"|\(?[a-zđ\d]{1,2}[.)]\s+"
    r"|[" + MASK_CHAR + r"\s]+,?\s*)"
)
_HEAD_STOP = stops_with_average(HEAD_STOPS)
_NOMINALIZER = re.compile(alternation(NOMINALIZERS) + r"(?!\w)")
_PREDICATE_START = re.compile(r"\s*(?:" + alternation(LINK_VERBS + ("được", "đã", "sẽ", "đang", "với", "và"))
                              + r")(?!\w)")
_SEGMENTS_BACK = 3
_QUALIFIER_LINK = re.compile(r"ước(?!\w)")  # "ước đạt", read into the figure as its qualifier
_COLON_LINK = re.compile(r":\s*$")
_SHARE_OPENER = re.compile(r"(?:,|\()\s*(?:tương\s+ứng|chiếm|bằng|đạt\s+(?:tỷ|tỉ)\s+lệ)(?:\s+\w+)?\s*$")
_FIRST_DIGIT = re.compile(r"(?<![\w.,])\d")
# the verbs by which a clause measures its subject (not "cấp trên 86 triệu thẻ": an action)
MEASURE_LINK_AT = re.compile(
    r"(?<!\w)(?:là|đạt|ước\s+đạt|ước|lên\s+tới|lên\s+đến|ở\s+mức|chiếm|bằng|tăng|giảm|có)"
    r"(?:\s+(?:khoảng|gần|hơn|trên|xấp\s+xỉ|chừng))?\s*$"
)


_NOUN_AFTER_AND = re.compile(r"\s+(?!" + alternation(STOP_WORDS) + r"(?!\w))[^\W\d_]+\s+[^\W\d_]+")
_NOMINAL_END = re.compile(r"(?:của|đạt|là|tăng|giảm|chiếm|bằng|ước|khoảng|trong|tại|ở|chỉ|tính|đã|vẫn|sẽ|mới\s+đạt)(?!\w)")


def noun_phrase_at(view, lo: int, hi: int) -> tuple[int, int] | None:
    """The head noun phrase that opens ``[lo, hi)`` (see :func:`_head_np`)."""
    return _head_np(view, lo, hi)


def _head_np(view, lo: int, hi: int) -> tuple[int, int] | None:
    """The head noun phrase at the start of ``[lo, hi)`` (after openers and adjuncts)."""
    lower = view.masked
    while True:
        m = _OPENER.match(lower, lo, hi) or _ADJUNCT.match(lower, lo, hi)
        if not m or m.end() == lo:
            break
        lo = m.end()
    if _PREDICATE_START.match(lower, lo, hi):
        return None
    nominal = _NOMINALIZER.match(lower, lo, hi) is not None
    start = end = None
    words = 0
    i = lo
    while i < hi:
        tok = TOKEN.search(lower, i, hi)
        if tok is None:
            break
        t = tok.group()
        if t == "," and start is not None and (pair_end := comma_in_pair(lower, tok.start())) is not None \
                and pair_end <= hi:
            end = i = pair_end  # "kim ngạch xuất, nhập khẩu": a fixed pair
            words += 1
            continue
        if not t[0].isalnum() or NUMBERISH.match(t) or t[0] == MASK_CHAR:
            break
        compound = COMPOUND.match(lower, tok.start())
        if start is None:
            if STOP.match(lower, tok.start()) and not FIRST_NOUN.match(lower, tok.start()) and not compound:
                return None
            start = tok.start()
        elif compound is None:
            if nominal:
                if _NOMINAL_END.match(lower, tok.start()):
                    break
            elif t == "và" and _NOUN_AFTER_AND.match(lower, tok.end(), hi):
                pass  # coordinated nouns inside the subject
            elif (first_syllable(t) in STOP_FIRST and STOP.match(lower, tok.start())) or _HEAD_STOP.match(lower, tok.start()):
                break
        end = compound.end() if compound else tok.end()
        i = end
        words += 1
        if words > MAX_WORDS + (4 if nominal else 0):
            return None
    if start is None:
        return None
    det = DETERMINER.match(lower, start, end) or _RESULT_LEAD.match(lower, start, end)
    if det and det.end() < end:
        start = det.end()
    return start, end


_RESULT_LEAD = re.compile(r"kết\s+quả\s+(?=\w)")
_HEAD_BREAK = re.compile(r"[;:“\"]")  # a clause or a quotation opens after it


_HEAD_REACH = 400  # characters before the link verb


# a place or unit named as what has the measured thing ("Huyện có thu ngân sách …")
_UNIT = r"(?:tỉnh|thành\s+phố|huyện|quận|xã|phường|thị\s+xã|thị\s+trấn|địa\s+phương|cả\s+nước|việt\s+nam|nước\s+ta)"
_HAS = r"\s+có\s+(?!(?:tới|đến|hơn|gần|khoảng|trên|dưới)(?!\w))"  # (not "có tới 5 …": a count's link)
_UNIT_ONLY = re.compile(_UNIT + r"(?:\s+[^\W\d_]+){0,3}")
_PROPER = re.compile(r"[A-ZĐÀ-Ỹ][^\W\d_]*(?:\s+[A-ZĐÀ-Ỹ][^\W\d_]*){0,3}")
_UNIT_HAS = re.compile(_UNIT + r"(?:\s+[^\W\d_]+){0,3}?" + _HAS)


_TRAILING_BOUND = re.compile(r"(?:\s+|^)(?:từ|khoảng)$", re.IGNORECASE)
_HAS_AFTER = re.compile(_HAS)


def _after_unit_has(lower: str, span: tuple[int, int]) -> tuple[int, int] | None:
    """The attribute of "<place or unit> có <attribute>" written inside ``span``, or None."""
    has = _UNIT_HAS.match(lower, span[0], span[1])
    return (has.end(), span[1]) if has is not None and has.end() < span[1] else None


def _attribute_of_unit(view, np: tuple[int, int], hi: int) -> tuple[int, int]:
    """"Huyện có thu ngân sách đạt 500 tỷ đồng", "Việt Nam có quy mô kinh tế số đạt …": a
    place or unit that has what is measured — the attribute after "có" is the head."""
    lower = view.masked
    attribute = _after_unit_has(lower, np)
    if attribute is not None:
        return attribute
    if _UNIT_ONLY.fullmatch(lower, np[0], np[1]) or view.text[np[0]:np[0] + 1].isupper() and _PROPER.fullmatch(view.text, np[0], np[1]):
        after = _HAS_AFTER.match(lower, np[1], hi)
        if after is not None:
            return _head_np(view, after.end(), hi) or np
    return np


def clause_head(view, pos: int, clause_start: int) -> tuple[int, int] | None:
    """What a figure reached through a linking verb measures: the head noun phrase of its
    clause — "Tổng thu ngân sách của huyện năm 2024 ước đạt 1.240 tỷ đồng" → "Tổng thu ngân
    sách"; "Thu ngân sách 10 tháng đạt 12.000 tỷ đồng, tăng 34,4%" → "Thu ngân sách" for
    both figures; "việc ký số văn bản đi đạt trên 95%" → "việc ký số văn bản đi". Looks back
    over at most a few comma-separated segments, skipping predicates ("ước đạt 12.000 tỷ
    đồng") and adjuncts ("Năm 2024", "Tại Hà Nội")."""
    lower = view.masked
    link = _LINK_AT.search(lower, max(clause_start, pos - 24), pos)
    if link is not None:
        hi = link.start()
    elif _QUALIFIER_LINK.match(lower, pos) or _COLON_LINK.search(lower, max(clause_start, pos - 4), pos):
        hi = pos  # "… ước đạt 1.240 tỷ đồng" read with its qualifier; "Biên chế dôi dư: 4.210 người"
    else:
        return None
    if _SHARE_OPENER.match(lower, hi - 20 if hi >= 20 else 0, hi) or _SHARE_OPENER.search(lower, max(clause_start, hi - 20), hi):
        return None  # "…, tương ứng giảm 44%": the share of the figure before (shared_subjects)
    # (a head this far back is no head: the look stays linear in a sentence of thousands of
    # figures, a flattened table)
    lo_limit = max(clause_start, hi - _HEAD_REACH)
    brk = None
    for brk in _HEAD_BREAK.finditer(lower, lo_limit, hi):
        pass
    if brk is not None:
        lo_limit = brk.end()
    own = True
    for _ in range(_SEGMENTS_BACK):
        comma = max(lower.rfind(",", lo_limit, hi), lower.rfind("(", lo_limit, hi))
        lo = comma + 1 if comma >= 0 else lo_limit
        if comma >= 0 and comma_in_pair(lower, comma) is not None:
            comma2 = lower.rfind(",", lo_limit, comma)
            lo = comma2 + 1 if comma2 >= 0 else lo_limit
        if not own:
            # an earlier segment lends its subject only when it measures it too ("Thu ngân
            # sách 10 tháng ước đạt 12.000 tỷ đồng, tăng 34,4%"), not when it tells what
            # someone did ("huyện đã giải quyết 1.200 hồ sơ, tăng 12%")
            digit = _FIRST_DIGIT.search(lower, lo, hi)
            if digit is not None and not MEASURE_LINK_AT.search(lower, max(lo, digit.start() - 30), digit.start()):
                return None
        np = _head_np(view, lo, hi)
        if np is not None:
            return _attribute_of_unit(view, np, hi)
        if lo <= lo_limit:
            return None
        hi = lo - 1
        own = False
    return None


# ------------------------------------------------------------------ the label of an item
# "- Cấp giấy phép xây dựng các công trình khác: 150.000 đồng/giấy phép", "Biên chế dôi dư:
# 4.210 người": a list item names what its figure is before a colon (FORMAT.md: the word at
# the number that only measures gives way to what the clause names). A label that names
# where ("Tại phường: 80.000 đồng; Tại xã, thị trấn: 50.000 đồng") defers to the label
# that opens the line ("+ Cấp mới: …"); a name ("Quảng Ninh:", "Xã Tân Sơn:") names no
# measured thing.
_LABEL_COLON = re.compile(
    r"[ \t*]*:[ \t*]*(?:(?:khoảng|gần|hơn|trên|tối\s+đa|tối\s+thiểu|ít\s+nhất|từ|dưới|không\s+quá|mức)[ \t]+)?$"
)
_ITEM_MARK = re.compile(r"[ \t*>#]*(?:[-+•–]|\(?(?:\d{1,2}|[ivx]{1,4}|[a-zđ])[.)])?[ \t*]*")
_LABEL_SKIP = re.compile(alternation(LABEL_NOT_SUBJECT) + r"(?!\w)")
_LABEL_LEAD = re.compile(r"(?:đối\s+với|về)\s+")
_LABEL_TAIL = re.compile(
    r"\s*(?:\(|(?<!\w)(?:của|tại|thuộc|trên\s+địa\s+bàn|mới\s+nhất|hiện\s+nay|hiện\s+hành|hiện\s+tại|đối\s+với|như\s+sau)(?!\w))"
)
_LABEL_CLAUSE = re.compile(r"(?<!\w)(?:là|đạt|được|đã|sẽ|gồm|như\s+sau)(?!\w)|\d|" + MASK_CHAR)
_LABEL_MAX_WORDS = 12
_LABEL_REACH = 160


def _label_span(view, lo: int, colon: int) -> tuple[int, int] | None:
    """The label written in ``[lo, colon)``, trimmed, if it names a measured thing."""
    lower = view.masked
    s = _ITEM_MARK.match(lower, lo, colon).end()
    lead = _LABEL_LEAD.match(lower, s, colon)
    if lead is not None:
        s = lead.end()
    tail = _LABEL_TAIL.search(lower, s, colon)
    e = tail.start() if tail is not None else colon
    e = s + len(lower[s:e].rstrip(" \t*"))
    words = view.text[s:e].split()
    if not words or len(words) > _LABEL_MAX_WORDS or _LABEL_CLAUSE.search(lower, s, e):
        return None
    if _LABEL_SKIP.match(lower, s) or all(w[:1].isupper() for w in words):
        return None
    return s, e


def label_before(view, pos: int, clause_start: int) -> tuple[int, int] | None:
    """The label of the list item whose figure starts at ``pos`` (see above), or None."""
    lower = view.masked
    colon = _LABEL_COLON.search(lower, max(clause_start, pos - 30), pos)
    if colon is None:
        return None
    line = max(clause_start, lower.rfind("\n", max(0, pos - _LABEL_REACH), pos) + 1, pos - _LABEL_REACH)
    at = colon.start()
    lo = max(line, lower.rfind(";", line, at) + 1, lower.rfind(":", line, at) + 1)
    span = _label_span(view, lo, at)
    if span is not None:
        return span
    if not _LABEL_SKIP.match(lower, _ITEM_MARK.match(lower, lo, at).end()):
        return None
    # a label of where: the line's first label, when it is another one
    first = lower.find(":", line, lo)
    if first < 0 or first >= at:
        return None
    return _label_span(view, line, first)


# "- Phí, lệ phí:\n\n+ 0 đồng đối với cá nhân …\n\n+ 100.000 đồng đối với …": an amount that
# opens an item of a list names nothing itself; the line announcing the list does
_ITEM_OPENING = re.compile(r"[ \t*>]*[-+•–][ \t*]*(?:(?:khoảng|từ|tối\s+đa|không\s+quá|mức)[ \t]+)?$")
_ITEM_LINE = re.compile(r"[ \t*>]*[-+•–]")
_VALUE_AFTER_COLON = re.compile(r":[ \t*]*$")
# the items of a scoring rule may be lettered or numbered too: "a) Xã từ 16.000 người trở
# xuống được tính 10 điểm; …" under "#### 1. Quy mô dân số:"
_SCORED_ITEM_LINE = re.compile(r"[ \t*>]*(?:[-+•–]|\(?(?:\d{1,2}|[a-zđ])[.)][ \t])")
_ITEM_LINE_REACH = 40  # characters: the item's mark stands right before its amount
_LABEL_LINE_REACH = 600  # characters: the lines above (items, the announcing line) are short
_LIST_LABEL_LINES = 30  # lines above: the items before this one, blank lines, the announcing line


def list_label_above(view, pos: int, opening: bool = True) -> tuple[int, int] | None:
    """The label of the line announcing the list whose item opens with the figure at
    ``pos`` ("- Phí, lệ phí:" above "+ 0 đồng đối với …"), or None. With ``opening``
    False the figure may stand anywhere in its item ("(1) Quy mô dân số:" above "- Tỉnh từ
    2.000.000 người trở xuống được tính 10 điểm")."""
    lower = view.masked
    if opening:
        line = lower.rfind("\n", max(0, pos - _LABEL_LINE_REACH), pos) + 1
        if line == 0 and pos > _LABEL_LINE_REACH:
            return None
        if pos - line <= _ITEM_LINE_REACH and _ITEM_OPENING.fullmatch(lower, line, pos):
            item_line = _ITEM_LINE
        elif _SCORED_ITEM_LINE.match(lower, line) and _VALUE_AFTER_COLON.search(lower, line, pos):
            # "b) Cá nhân … có doanh thu trên 300 đến 500 triệu đồng/năm: 500.000 đồng/năm;"
            # under "2. Mức thu lệ phí môn bài … như sau:": the item's case, a colon, then the
            # level the announced list gives it
            item_line = _SCORED_ITEM_LINE
        else:
            return None  # (a figure far into its line opens no item)
    else:
        item_line = _SCORED_ITEM_LINE
        line = lower.rfind("\n", max(0, pos - _LABEL_LINE_REACH), pos) + 1
        if (line == 0 and pos > _LABEL_LINE_REACH) or not item_line.match(lower, line):
            return None
    end = line - 1
    for _ in range(_LIST_LABEL_LINES):
        if end <= 0:
            return None
        start = lower.rfind("\n", max(0, end - _LABEL_LINE_REACH), end) + 1
        if start == 0 and end > _LABEL_LINE_REACH:
            return None  # a line too long to announce a list
        text = lower[start:end].rstrip(" \t*")
        if text.endswith(":"):
            colon = start + len(text) - 1
            return _label_span(view, start, colon)
        if text.strip() and not item_line.match(lower, start):
            return None  # prose between: no list
        end = start - 1
    return None


# ------------------------------------------------------------------ one choice per figure
_SCORE_UNITS = ("điểm", "điểm phần trăm")
_SET_WORDS = ("bộ", "bản")  # a set or a copy of papers: a measure only after a label
_SCORED_AFTER = re.compile(r"(?<!\w)được\s+tính(?:\s+thêm)?\s+[\d,]+\s*điểm")
# copies of a paper ("bản gốc", "bản sao", "bộ bản giấy"), not "bản ghi" (records) or "bộ" (ministries)
_COPIES = re.compile(r"(?:bộ\s+)?bản\s+(?:gốc|chính|sao|giấy|photo|in)(?!\w)|bộ\s+hồ\s+sơ(?!\w)")


_PERCENT_SERIES_AFTER = re.compile(r"(?:[ \t]*(?:,|và|hoặc)[ \t]*\d{1,3}(?:[.,]\d+)?[ \t]*%){1,8}")


def subject_of(view, kind: str, start: int, end: int, after: tuple[int, int] | None,
               sentence: tuple[int, int], index: PhraseIndex) -> tuple[int, int] | None:
    """The subject span of a figure at ``[start, end)`` (FORMAT.md), ``after`` the noun
    phrase found right after it while reading its kind, if any."""
    masked = view.masked
    s_start, s_end = sentence
    span = after
    bounded = _BOUND_END.search(masked, max(start, end - 10), end) is not None
    if kind == "percent" and bounded:
        # "quy mô dân số đạt từ 100% trở lên tiêu chuẩn của xã": after the bound comes what
        # the share is of; the attribute the unit must have names it
        span = attribute_before(view, start, s_start)
    occupy = OCCUPY_BEFORE.search(masked, max(s_start, start - 24), start) if kind == "percent" else None
    occupies = occupy is not None
    if occupies:
        # "vốn đầu tư công chiếm khoảng 57% tổng mức đầu tư": what follows is the whole the
        # share is of; what occupies it is the clause's subject (or the figure before it)
        verb = occupy.start()
        lo = max(s_start, max(masked.rfind(c, s_start, verb) for c in ",;:(") + 1)
        span = _head_np(view, lo, verb)
        if span is None and lo > s_start and masked[lo - 1] == "(" and masked[lo:verb].strip() == "":
            # "Lương cơ bản (chiếm khoảng 70% tổng quỹ lương)": what stands before the bracket
            lo2 = max(s_start, max(masked.rfind(c, s_start, lo - 1) for c in ",;:()") + 1)
            opener = _AND_OPENER.match(masked, lo2, lo - 1)
            if opener is not None:
                lo2 = opener.end()
            if not NUMBERISH.search(masked, lo2, lo - 1):  # else the share is the figure's before it
                span = _head_np(view, lo2, lo - 1)
        if span is None and masked[lo:verb].strip() == "":
            # "1.346 hồ sơ được trả tận nơi, chiếm gần 40% tổng số hồ sơ": after a figure's
            # clause the share names the whole it is of (else it takes the figure's noun)
            span = phrase_after(view, end, s_end)
    if span is None and not occupies:
        span = phrase_after(view, end, s_end)
        if span is None and kind == "percent" and (series := _PERCENT_SERIES_AFTER.match(masked, end, s_end)) \
                and share_before(view, start, s_start, index) is None:
            # "đóng lần lượt bằng 70%, 60%, 50% mức đóng của người thứ nhất": the noun after the
            # last share of a series is every share's (not when the share is named before it:
            # "tỷ lệ … đạt tối thiểu 60% và 100% người hưởng …" are two claims)
            span = phrase_after(view, series.end(), s_end)
        if span is not None and kind == "fraction" and masked[span[0]:span[1]] in _SCORE_UNITS:
            span = None  # "Chỉ số PAR INDEX đạt 86,45/100 điểm": the points are the unit
    if occupies:
        return span  # else the figure before it lends its subject (shared_subjects)
    if kind == "percent" and span is not None and _WHOLE_AFTER.match(masked, span[0]) \
            and (named := share_before(view, start, s_start, index)) is not None and RATE_NAME.match(masked, named[0]) \
            and len(masked[named[0]:named[1]].split()) > 2:
        # "tỷ lệ khấu trừ mỗi lần không quá 30% tổng số tiền lương": the total after is the
        # whole the share is of; the rate named before is what is measured
        span = named
    if kind == "percent" and span is not None and _BASE.fullmatch(masked, span[0], span[1]):
        # "Quy mô kinh tế số đạt tối thiểu 30% GDP": GDP is the whole the share is of; the
        # clause names the share
        span = clause_head(view, start, s_start) or span
    if span is None and kind == "percent":
        span = share_of_total(view, end, s_end)
    if span is None and kind in ("percent", "fraction"):
        span = share_before(view, start, s_start, index)
        if span is not None and kind == "percent":
            # "Số hóa kết quả giải quyết thủ tục hành chính … đạt 62%": a verb phrase that
            # holds the share noun names what is measured
            head = clause_head(view, start, s_start)
            if head is not None and head[0] < span[0] < head[1]:
                span = head
    if span is None and kind == "percent":
        span = _object_of_change(view, start, s_start)
    if span is None and kind == "percent":
        # "đóng Bảo hiểm Y tế 100%", "giảm lệ phí 30%", "hỗ trợ học phí 50%": the object of a
        # verb of payment or change, named right before the share, is what it measures
        span = _object_before_share(view, start, s_start)
    if span is None and kind in ("percent", "count"):
        span = clause_head(view, start, s_start)
    if span is None and kind == "money":
        # "tặng quà Tết 500 nghìn đồng/người", "hỗ trợ suất ăn 30.000 đồng": what a verb of
        # giving gives, named right before the amount
        span = _given_before(view, start, s_start)
    if span is None and kind == "money":
        # the money noun named before ("với tổng mức đầu tư gần 15 tỷ đồng"), widened to the
        # clause's head when that holds it ("Tổng thu ngân sách của huyện … ước đạt …")
        noun = money_noun_before(view, start, s_start, index)
        head = clause_head(view, start, s_start)
        if noun is None or (head is not None and head[0] <= noun[0] < head[1]):
            span = head or noun
        else:
            span = noun
    if span is not None and kind == "count" and masked[span[0]:span[1]] in CLASSIFIERS:
        # "quy mô dân số là 5.554 người", "tuyển dụng công chức 101 người": "người" is the
        # classifier; the clause or the noun right before names who is counted — or, in a
        # scoring rule's items, the line that announces them ("(1) Quy mô dân số:" above "-
        # Tỉnh từ 2.000.000 người trở xuống được tính 10 điểm")
        span = (attribute_before(view, start, s_start) or label_before(view, start, s_start)
                or (list_label_above(view, start, opening=False) if _SCORED_AFTER.search(masked, end, s_end) else None)
                or clause_head(view, start, s_start) or noun_right_before(view, start, s_start) or span)
    if span is not None and kind == "count" and span[0] >= end:
        span = _without_place_tail(view, span)
        word = masked[span[0]:span[1]]
        if len(word.split()) <= 2 and (head := clause_head(view, start, s_start) or label_before(view, start, s_start)) \
                and masked.startswith(word + " ", head[0]):
            # "trong đó hộ kinh doanh là 9.754 hộ": the unit repeats the head of what the
            # clause names, which is the fuller noun (as "Biên chế dôi dư: 4.210 người")
            span = head
    if span is not None and kind == "count" and masked[span[0]:span[1]] in _SET_WORDS:
        # "Số lượng hồ sơ: 01 bộ": a set of papers counted under a label is what the label names
        span = label_before(view, start, s_start) or span
    elif span is not None and kind == "count" and span[0] >= end and _COPIES.match(masked, span[0], span[1]):
        # "01 bộ bản giấy", "Riêng giấy rút vốn là 02 bản gốc": copies of a paper counted under
        # a label, or after a link verb, are what the label or the clause names
        span = (label_before(view, start, s_start) or attribute_before(view, start, s_start)
                or (clause_head(view, start, s_start) if _LINK_AT.search(masked, max(s_start, start - 12), start) else None)
                or span)
    if span is None:
        span = label_before(view, start, s_start)
    if span is None and kind == "money":
        span = item_before_bracket(view, start, end, s_start)
    if span is None and kind == "money":
        span = list_label_above(view, start)
    if span is not None and kind != "count":
        # "lệ phí cấp sổ đỏ thành phố Huế là 0 đồng": where, after the noun, is no part of it
        # (written with "tỉnh / thành phố": "Xây dựng cầu Hòa Bình" is a bridge's name)
        span = _without_place_tail(view, span, named_unit=True)
    if span is not None:
        # a label or a clause head may end in a sign: "Mức lương = 2.340.000 x 2,34 = …"
        text = view.text[span[0]:span[1]]
        stripped = text.rstrip(" \t=:+-–*“”\"'‘’«»")
        # a bound word glued to the number ("Phạt tiền từ1.000.000 đồng") is its qualifier
        stripped = _TRAILING_BOUND.sub("", stripped)
        if not stripped:
            return None
        span = (span[0], span[0] + len(stripped))
    return span


# "giảm được thủ tục kiểm tra chuyên ngành từ trên 30% xuống 15%": the object of a verb of
# change, between the verb and "từ", is what both ends measure
_CHANGE_OBJECT = re.compile(
    r"(?<!\w)(?:giảm|tăng|nâng|hạ|cắt\s+giảm|rút\s+ngắn)(?:\s+được)?\s+(?P<np>[^\W\d_][^\d,;:.()%]{2,80}?)\s+từ\s+"
    r"(?:(?:trên|dưới|khoảng|gần|hơn|mức)\s+)?(?:\S+\s+(?:xuống|lên)(?:\s+còn)?\s+(?:(?:trên|dưới|khoảng|gần|hơn|mức)\s+)?|còn\s+)?$"
)
_CHANGE_OBJECT_REACH = 140


_OBJECT_BEFORE_SHARE = re.compile(
    r"(?<!\w)(?:giảm|tăng|nâng|hỗ\s+trợ|đóng|miễn|cắt\s+giảm|trích|hoàn\s+trả|nộp|chi\s+trả)(?:\s+được)?\s+"
    # (not the second syllable of a compound verb or an adverb: "tăng trưởng 52%", "đóng góp
    # 43%", "tăng mạnh 55%", "giảm bình quân 3%")
    r"(?P<np>(?!(?:thêm|khoảng|gần|hơn|trên|tối\s+đa|tối\s+thiểu|ít\s+nhất|mức|cho|bằng|từ|đến|lên|xuống|còn|"
    r"trưởng|góp|mạnh|nhẹ|nhanh|chậm|đều|trung\s+bình|bình\s+quân|tương\s+ứng|lần\s+lượt|liên\s+tục|khá|rất|"
    r"cao|thấp|tới|ước|được|đạt|chỉ|so\s+với|thu|dần|hơn\s+nữa|ít|nhiều|tiếp|ở)(?!\w))"
    r"[^\W\d_]+(?:\s+[^\W\d_]+){0,5}?)\s+$"
)
_OBJECT_BEFORE_SHARE_REACH = 60


def _object_before_share(view, pos: int, clause_start: int) -> tuple[int, int] | None:
    m = _OBJECT_BEFORE_SHARE.search(view.masked, max(clause_start, pos - _OBJECT_BEFORE_SHARE_REACH), pos)
    if m is None or STOP.search(view.masked, m.start("np"), m.end("np")):
        return None
    return m.span("np")


def _object_of_change(view, pos: int, clause_start: int) -> tuple[int, int] | None:
    """The noun phrase a verb of change acts on, when the percent at ``pos`` is one end of its
    movement, or None."""
    m = _CHANGE_OBJECT.search(view.masked, max(clause_start, pos - _CHANGE_OBJECT_REACH), pos)
    if m is None:
        return None
    return _head_np(view, m.start("np"), m.end("np"))


@functools.lru_cache(maxsize=1)
def _place_tail() -> re.Pattern[str]:
    """A province's name (with its "tỉnh / thành phố" if written) after a space, built once
    from the gazetteer on first use."""
    from .gazetteer import _gaz
    names = sorted((n for n, (prov, _) in _gaz().names.items() if prov and not n[0].isdigit()), key=len, reverse=True)
    return re.compile(r" +(?:(?P<unit>tỉnh|thành phố|TP\.?) +)?(?:" + "|".join(map(re.escape, names)) + r")(?!\w)")


def _without_place_tail(view, span: tuple[int, int], named_unit: bool = False) -> tuple[int, int]:
    """The counted noun without the province named after it (FORMAT.md: the subject leaves
    out where): "11 TAND khu vực Quảng Ngãi" → "TAND khu vực", "7 dự án đường cao tốc tỉnh
    Đồng Nai" → "dự án đường cao tốc". A name inside a proper name stays ("trường Đại học
    Quốc gia Hà Nội", "Sở Tư pháp Hà Nội"), and so do names that are what is counted ("2
    tỉnh Bắc Ninh và Bắc Giang"). With ``named_unit`` only a name written with "tỉnh /
    thành phố / TP" is cut (the noun of an amount or a share: "Xây dựng cầu Hòa Bình" is a
    bridge's name)."""
    text = view.text
    for cut in _place_tail().finditer(text, span[0], span[1]):
        if named_unit and cut.group("unit") is None:
            continue
        head = text[span[0]:cut.start()]
        if not text[cut.start() - 1].islower() or any(w[:1].isupper() and w[1:2].islower() for w in head.split()[1:]) \
                or _UNIT_NOUN_END.search(head) or _ROUTE_DASH.match(text, cut.end()):
            return span  # (nor "đường kết nối Gia Lai - Phú Yên": the ends of a route name it)
        return span[0], cut.start()
    return span


_ROUTE_DASH = re.compile(r"[ \t]*[-–][ \t]*[^\W\d_]")
_UNIT_NOUN_END = re.compile(r"(?<!\w)(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường|thị\s+trấn|tp\.?)$", re.I)


# "các dự án như cải tạo, nâng cấp Quốc lộ 25 (2.114 tỷ đồng); Xây dựng đường kết nối …
# (1.200 tỷ đồng)": an amount in brackets right after an item is what that item costs
_OPENS_BRACKET = re.compile(r"[ \t]*\([ \t]*$")
_CLOSES_BRACKET = re.compile(r"[^()\n]{0,40}\)")
_PROJECT_NOUN = re.compile(r"(?<!\w)(?:dự\s+án|công\s+trình|hạng\s+mục|gói\s+thầu|chương\s+trình)(?!\w)")
_ITEM_START = re.compile(r"[;:\n]|\)[ \t]*,?|(?<!\w)(?:như|gồm|bao\s+gồm|là|cụ\s+thể)(?!\w)")
# where the item's name gives way to where it is: ", đoạn qua …", "huyện Điện Biên Đông"
_ITEM_PLACE_TAIL = re.compile(
    r"\s*,\s*(?:đoạn|tại|thuộc|trên\s+địa\s+bàn)(?!\w)|\s+(?:huyện|xã|phường|quận|tỉnh|thị\s+xã|tại|thuộc)\s+[A-ZĐÀ-Ỹ]"
)
_ITEM_MAX_WORDS = 12


def item_before_bracket(view, start: int, end: int, clause_start: int) -> tuple[int, int] | None:
    lower = view.masked
    open_ = _OPENS_BRACKET.search(lower, max(clause_start, start - 4), start)
    if open_ is None or _CLOSES_BRACKET.match(lower, end) is None:
        return None
    e = open_.start()
    lo = max(clause_start, e - 160)
    s = lo
    for m in _ITEM_START.finditer(lower, lo, e):
        s = m.end()
    tail = _ITEM_PLACE_TAIL.search(view.text, s, e)
    if tail is not None:
        e = tail.start()
    project = None
    for project in _PROJECT_NOUN.finditer(lower, s, e):
        pass
    if project is not None:
        s = project.start()  # "TPHCM xây tặng Điện Biên dự án Lưới điện …": the project named
    det = DETERMINER.match(lower, s + len(lower[s:e]) - len(lower[s:e].lstrip()), e)
    if det is not None:
        s = det.end()
    words = view.text[s:e].split()
    if not words or len(words) > _ITEM_MAX_WORDS or MASK_CHAR in lower[s:e]:
        return None
    s += len(view.text[s:e]) - len(view.text[s:e].lstrip())
    return s, s + len(view.text[s:e].strip())


_BASE = re.compile(alternation(SHARE_BASES) + r"(?:\s+(?:cả\s+nước|của\s+cả\s+nước))?")
_BOUND_END = re.compile(r"(?<!\w)(?:trở\s+lên|trở\s+xuống)$")
_WHOLE_AFTER = re.compile(r"tổng(?!\w)")
OCCUPY_BEFORE = re.compile(r"(?<!\w)chiếm(?:\s+(?:tỷ|tỉ)\s+lệ)?(?:\s+(?:khoảng|gần|hơn|trên|tới|đến|xấp\s+xỉ))?\s*$")
# "xã có diện tích tự nhiên đạt từ 200% trở lên", "phường … có quy mô dân số đạt từ 45.000
# người trở lên": what a unit has, measured by the figure after "đạt/là/bằng"
_ATTRIBUTE = re.compile(
    r"(?:(?<!\w)(?:có|với|và)\s+|[,;:(]\s*|^\s*)(?P<np>[^\W\d_]+(?:\s+[^\W\d_]+){0,5}?)\s+(?:đạt|là|bằng)"
    r"(?:\s+(?:từ|khoảng|trên|dưới|tối\s+thiểu|ít\s+nhất))?\s*$"
)


_AND_OPENER = re.compile(r"\s*(?:và|cùng|với)\s+")


def attribute_before(view, pos: int, clause_start: int) -> tuple[int, int] | None:
    lo = max(clause_start, pos - 60)
    m = _ATTRIBUTE.search(view.masked, lo, pos)
    if m is not None and lo > clause_start and m.start("np") <= lo and m.group().lstrip()[:1].isalpha():
        return None  # the window cut a longer phrase: not the start of one
    if m is None or STOP.match(view.masked, m.start("np")) or _NP_VERB.search(view.masked, *m.span("np")):
        return None  # "biên chế công chức được giao là …": a verb inside, no plain noun phrase
    if m.group().lstrip().startswith(",") and _OWNERS_BEFORE.search(view.masked, max(clause_start, m.start() - 40), m.start()):
        return None  # "mức độ hài lòng của người dân, doanh nghiệp đạt …": the comma joins owners
    # "Thành phố có dân số đạt 2 triệu người": the attribute
    return _after_unit_has(view.masked, m.span("np")) or m.span("np")


_NP_VERB = re.compile(r"(?<!\w)(?:được|đã|sẽ|đang|bị|phải|cần)(?!\w)")
_OWNERS_BEFORE = re.compile(r"(?<!\w)của(?:\s+[^\W\d_]+){1,4}\s*$")

