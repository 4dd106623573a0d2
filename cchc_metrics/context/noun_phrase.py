"""The noun phrase after a figure, read word by word: the reader every subject rule uses.

FORMAT.md, Conventions: a subject is the phrase at the number, contiguous; it ends where a
verb or clause word starts, at a list comma, a parenthesis or a clause break ("18 bộ, ngành,
1 doanh nghiệp" → "bộ, ngành"). The reader walks word tokens of the masked lower-case text;
its stop words and noun lexicons live in ``lexicon/phrases.py``.
"""

from __future__ import annotations

import re

from ..kinds.base import alternation
from ..lexicon.numerals import AFTER_TENS_ONLY, TENS_WORDS, UNITS
from ..lexicon.phrases import (
    APPOSITION_STOPS,
    LEADING_DETERMINERS,
    MONEY_NOUNS,
    MONEY_STOPS,
    NOUN_COMPOUNDS,
    NOUN_PAIRS,
    NOUN_VERBS,
    RATE_NAME_STOPS,
    SHARE_NOUNS,
    SHARE_STOPS,
    STOP_WORDS,
    TOPIC_HEADS,
)
from .cues import MatchIndex

MAX_WORDS = 10

TOKEN = re.compile(r"\w+(?:[-.&]\w+)*|[^\w\s]")
_RATE_SLASH = re.compile(r"/\s*(?:giờ|ngày|tuần|tháng|quý|năm)(?!\w)")
# "quý" ends a phrase as a quarter ("quý I", "quý này"), not as "precious" ("cây thuốc quý");
# "sang" ends it before the end level of a movement ("từ 3 cấp sang 2 cấp"), not in
# "xuất khẩu sang thị trường EU"; "tương ứng" before a figure or "với" links ("…, tương ứng
# 62,5%"), after a noun it qualifies it ("mức tiền lương tương ứng của …")
STOP = re.compile(r"(?!quý(?!\s+(?:[ivx]{1,4}|\d|này|trước|tới|sau|đầu|cuối|năm)(?!\w)))"
                   r"(?!sang(?!\s+\d))"
                   r"(?!tương\s+ứng(?!\s+(?:với|là|khoảng|gần|hơn|trên|\d)))"
                   # "nhận" alone is a verb, not the last syllable of "chấp nhận", "tiếp nhận" …
                   r"(?!(?:(?<=chấp )|(?<=tiếp )|(?<=xác )|(?<=thừa )|(?<=công )|(?<=ghi )|(?<=cảm ))nhận)"
                   + "(?:" + alternation(STOP_WORDS) + r"(?!\w)"
                   # "nhập 48 xã thành 19 xã": "thành" before a number is "into", the verb of a
                   # restructuring (not "thành phố", "thành viên")
                   r"|thành(?=\s+(?:\d|(?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)(?!\w))))")
COMPOUND = re.compile(alternation(NOUN_COMPOUNDS) + r"(?!\w)")
# The first syllables of the stop words: a token that is none of them starts no stop word,
# so the long alternation need not be tried there (it is tried once per word of a phrase).
STOP_FIRST = frozenset(w.split()[0] for w in STOP_WORDS)
_SYLLABLE = re.compile(r"\w+")


def first_syllable(tok: str) -> str:
    return tok if tok.isalnum() else _SYLLABLE.match(tok).group()


FIRST_NOUN = re.compile(alternation(NOUN_VERBS) + r"(?!\w)")
_PAIR = re.compile(alternation(", ".join(p) for p in NOUN_PAIRS) + r"(?!\w)")
_SHARE = re.compile(r"(?<!\w)" + alternation(SHARE_NOUNS) + r"(?!\w)")
_MONEY = re.compile(r"(?<!\w)" + alternation(MONEY_NOUNS) + r"(?!\w)")
# "bình quân"/"trung bình" before the figure is how it is counted ("tăng bình quân 7%/năm");
# after the noun, with words before the figure, it names the measure ("mức tăng trưởng GDP
# bình quân khoảng 10%", "giá bán lẻ điện bình quân đang áp dụng … là 2.103 đồng")
_AVERAGE = ("bình quân", "trung bình")
_AVERAGE_STOP = r"|(?:bình\s+quân|trung\s+bình)(?=\s*(?:(?:đạt|là|ở\s+mức|mỗi|năm|tháng)\s*)?[\d\x1a,;:.()]|\s*$)"


# "tối thiểu" opens a bound ("tỷ lệ … tối thiểu 95%"), but "lương tối thiểu" is the minimum
# wage ("mức lương tối thiểu tháng là 5.310.000 đồng")
_FLOOR_STOP = r"|(?<!lương\s)tối\s+thiểu"


def stops_with_average(words) -> re.Pattern[str]:
    """A stop-word pattern in which "bình quân"/"trung bình" stops only before the figure,
    and "tối thiểu" not after "lương"."""
    floor = _FLOOR_STOP if "tối thiểu" in words else ""
    kept = (w for w in words if w not in _AVERAGE and w != "tối thiểu")
    return re.compile("(?:" + alternation(kept) + _AVERAGE_STOP + floor + r")(?!\w)")


MONEY_STOP = stops_with_average(SHARE_STOPS + MONEY_STOPS)
MONEY_REACH = 80
SHARE_STOP = stops_with_average(SHARE_STOPS)
RATE_NAME = re.compile(r"(?:tỷ|tỉ)\s+(?:lệ|trọng)(?!\w)")
RATE_NAME_EXTRA = 12  # words beyond the cap: a rate's whole name may be long
LISTED_NOUNS = re.compile(r"[ \t]*[^\W\d_]+(?:[ \t]+[^\W\d_]+)?(?:[ \t]*,[ \t]*[^\W\d_]+(?:[ \t]+[^\W\d_]+)?)*[ \t]+và[ \t]")
DANGLING_END = re.compile(r"(?:\s+(?:trong|vào|tại|trên|dưới|hơn|gần|của|và|với|theo|qua|được|đến|từ))+$")
RATE_NAME_STOP = re.compile(alternation(RATE_NAME_STOPS) + r"(?!\w)")
# A service level is part of what is counted: "476 dịch vụ công trực tuyến mức độ 3, 4".
LEVEL_AFTER = re.compile(r"\s*\d")
_LEVEL_NOUN = re.compile(r"(?<!\w)(?:mức\s+độ|cấp\s+độ)\s*$")
_LEVELS = re.compile(r"\d(?:\s*(?:,|và|hoặc)\s*(?:(?:mức|cấp)\s+độ\s+)?\d(?!\d|[.,]\d))*")
# A numeral word opening a coordinated or apposed group starts another counted item
# ("86 xã và hai phường", "hai phường, mười hai thị trấn"); "năm" is left out, it is
# mostly "year".
_NUMERAL_WORD = alternation(tuple(w for w in (*UNITS, *TENS_WORDS) if w not in AFTER_TENS_ONLY and w != "năm"))
# After a comma: 1-6 lower-case words, none a number or a clause word, up to punctuation.
_APPOSED_NOUNS = re.compile(
    r"(?![ \t]+(?:" + _NUMERAL_WORD + r"|hàng\s+(?:chục|trăm|nghìn|ngàn|vạn|triệu))[ \t])"
    r"(?![ \t]+" + alternation(APPOSITION_STOPS) + r"(?!\w))"
    # "…, phản ánh sự quan tâm lớn": a verb with a nominalised object is a clause
    r"(?![ \t]+[^\W\d_]+(?:[ \t]+[^\W\d_]+)?[ \t]+(?:sự|việc)(?!\w))"
    r"(?:[ \t]+(?!" + alternation(STOP_WORDS) + r"(?!\w))[^\W\d_]+){1,6}(?=[ \t]*(?:[,.;:()\n]|$))"
)
_SPACES = re.compile(r"[ \t]*")
_TOPIC_HEAD = re.compile(alternation(TOPIC_HEADS) + r"[ \t]+$")
# the topic: one to four words, none of them a stop word, closed by punctuation, a clause
# word or the end ("về đất đai theo Luật …", "về công chức")
_TOPIC = re.compile(
    r"(?:[ \t]+(?!" + alternation(STOP_WORDS) + r"(?!\w))[^\W\d_]+){1,4}(?=[ \t]*(?:[,.;:()\n?!]|$|"
    + alternation(STOP_WORDS) + r"(?!\w)))"
)
_NOW_WORD = re.compile(r"hiện\s+(?:hành|tại|nay)(?!\w)")
_OPEN_QUOTES = "“\"‘'«"
_CLOSE_QUOTES = "”\"’'»"
NUMBERISH = re.compile(r"\d")


# After "và": one to three words that are neither numbers nor clause words, then the
# phrase ends (punctuation, a clause word, the end of the sentence).
_COORDINATED = re.compile(
    r"(?![ \t]+" + _NUMERAL_WORD + r"[ \t])"
    r"(?:[ \t]+(?!" + alternation(STOP_WORDS) + r"(?!\w))(?![\d])\w+){1,3}(?=[ \t]*(?:[,.;:()\n]|$|"
    + alternation(STOP_WORDS) + r"(?!\w)))"
)
DETERMINER = re.compile(alternation(LEADING_DETERMINERS) + r"\s+")
_TIMES_SIGNS = ("x", "×")
_QUALIFIED_NUMBER = re.compile(r"(?:gần|khoảng|hơn|trên|dưới|chừng|xấp\s+xỉ|tới|đến)[ \t]+\d")
# a share in brackets between a count and its noun
_SHARE_ASIDE = re.compile(r"\((?:\s*(?:chiếm|đạt|bằng|tỷ\s+lệ|tỉ\s+lệ))?\s*\d[\d.,]*\s*%\s*\)")
_OPERAND = re.compile(r"[ \t]*\d")
_WORD_START = re.compile(r"(?<!\w)\w")


def service_levels_end(lower: str, tok: re.Match[str], phrase_start: int, limit: int) -> int | None:
    """Where the service levels end when ``tok`` is a level number ("mức độ 3, 4") inside a
    phrase that began at ``phrase_start``; None when it is no level."""
    if not NUMBERISH.match(tok.group()) or not _LEVEL_NOUN.search(lower, max(phrase_start, tok.start() - 8), tok.start()):
        return None
    return _LEVELS.match(lower, tok.start(), limit).end()


def comma_in_pair(lower: str, comma: int) -> int | None:
    """If the comma at ``comma`` sits inside a fixed noun pair, return the pair's end.

    Tries each word start in the few words before the comma, so overlapping pairs in a
    series ("xã, phường, thị trấn") are all found."""
    best = None
    for w in _WORD_START.finditer(lower, max(0, comma - 30), comma):
        m = _PAIR.match(lower, w.start(), min(len(lower), comma + 40))
        if m and m.end() > comma and (best is None or m.end() > best):
            best = m.end()
    return best


_ACRONYM_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZĐ")
_CAPS_RUN = re.compile(r"[^\W\d_]+(?:[ \t]+[^\W\d_]+)*")


def _shouted(text: str, s: int, e: int) -> bool:
    """Vietnamese words written in capitals ("THỐNG NHẤT", "XEM CHI TIẾT"): a run of words in
    capitals one of which carries a tone or vowel mark, which acronyms (UBND, TTHC, CCCD, NĐ)
    do not."""
    if not text[s:e].isupper():
        return False
    for word in _CAPS_RUN.match(text, s).group().split():
        if not word.isupper():
            return False
        if any(c not in _ACRONYM_LETTERS for c in word):
            return True
    return False


def phrase_after(view, pos: int, limit: int, *, stops: re.Pattern[str] = STOP) -> tuple[int, int] | None:
    """The noun phrase starting right after ``pos`` (up to ``limit``), or None."""
    lower = view.masked
    start = end = None
    words = 0
    in_quote = False
    i = pos
    while i < limit:
        m = TOKEN.search(lower, i, limit)
        if not m:
            break
        tok = m.group()
        if start is None and m.start() - i > 3:
            break  # the phrase must touch the number
        if tok in _OPEN_QUOTES and start is None:
            in_quote = True
            i = m.end()
            continue
        if tok == "(" and start is None and (aside := _SHARE_ASIDE.match(lower, m.start(), limit)) is not None:
            i = aside.end()  # "với 455/459 (chiếm 95,19%) đại biểu Quốc hội": the noun after the aside
            continue
        if tok in _CLOSE_QUOTES and in_quote:
            in_quote = False
            i = m.end()
            break
        if tok == "/" and start is not None and not _RATE_SLASH.match(lower, m.start()):
            end = m.end()  # "cơ sở dữ liệu/hệ thống thông tin"
            i = m.end()
            continue
        if tok == ",":
            pair_end = comma_in_pair(lower, m.start()) if start is not None else None
            if pair_end is None and start is not None:
                more = _APPOSED_NOUNS.match(lower, m.end(), limit)
                first = _SPACES.match(lower, m.end()).end()
                if more and not view.text[first:first + 1].isupper():  # a name opens a clause
                    # "hồ sơ, kết quả giải quyết thủ tục hành chính, đạt 94,6%": nouns
                    # coordinated by a comma, closed by punctuation, not a new clause; a
                    # series goes on while the next item is one too ("cán bộ, đảng viên,
                    # quân nhân, trong đó …")
                    end = more.end()
                    while lower.startswith(",", end):
                        nxt = _APPOSED_NOUNS.match(lower, end + 1, limit)
                        first = _SPACES.match(lower, end + 1).end()
                        if nxt is None or view.text[first:first + 1].isupper():
                            break
                        end = nxt.end()
                    break
            if pair_end is None:
                break
            end = pair_end
            words += 1
            i = pair_end
            continue
        levels_end = service_levels_end(lower, m, start, limit) if start is not None else None
        if levels_end is not None:  # "dịch vụ công mức độ 3 và mức độ 4"
            end = i = levels_end
            words += 1
            continue
        if not (tok[0].isalnum()) or NUMBERISH.match(tok) \
                or (tok in _TIMES_SIGNS and (start is None or _OPERAND.match(lower, m.end()))):
            break  # "25% x 2.340.000", "2.340.000 đồng x hệ số 2,34": an operator, not the thing measured
        if start is not None and _QUALIFIED_NUMBER.match(lower, m.start()):
            break  # "5 đoàn hành quân gần 3.200 người": the next figure's qualifier
        if start is not None and _shouted(view.text, m.start(), m.end()) \
                and any(c.islower() for c in view.text[start:end]):
            break  # "chính quyền 2 cấp TẢI VỀ …", "… cấp THỐNG NHẤT": a word set in capitals, no acronym
        compound = COMPOUND.match(lower, m.start())
        if compound and start is None and _NOW_WORD.match(lower, m.start()):
            break  # "vượt mức 2.340.000 đồng/tháng hiện hành": when the figure holds, no noun
        if compound:
            if start is None:
                start = m.start()
            end = compound.end()
            words += 1
            i = compound.end()
            continue
        if tok == "và" and start is not None:
            joined = _COORDINATED.match(lower, m.end(), limit)
            first = _SPACES.match(lower, m.end()).end()
            last = view.text.rfind(" ", start, m.start() - 1) + 1
            if joined and view.text[first:first + 1].isupper() and not view.text[max(start, last):max(start, last) + 1].isupper():
                # "4 tổ và Văn phòng có 5 tổ": a name after a common noun and "và" opens the
                # next clause (not "2 tỉnh Hà Giang và Tuyên Quang": names coordinated)
                joined = None
            if joined:
                # "trước hạn và đúng hạn", "doanh nghiệp và hộ kinh doanh": a short
                # coordinated word group closed by punctuation or a clause word.
                end = joined.end()
                words += 1 + len(joined.group().split())
                i = joined.end()
                break
        if (stops is not STOP or first_syllable(tok) in STOP_FIRST) and stops.match(lower, m.start()) \
                and not (start is None and FIRST_NOUN.match(lower, m.start())):
            if tok == "về" and start is not None and _TOPIC_HEAD.match(lower, start, m.start()) \
                    and (topic := _TOPIC.match(lower, m.end(), limit)) is not None:
                end = topic.end()  # "thủ tục hành chính về đất đai": which kind, part of the name
            break
        if start is None:
            start = m.start()
        end = m.end()
        words += 1
        i = m.end()
        if words >= MAX_WORDS:
            break
    if start is None or end is None:
        return None
    det = DETERMINER.match(lower, start, end)
    if det and det.end() < end:
        start = det.end()  # "100% các cơ quan" counts "cơ quan"
    return start, end


class PhraseIndex:
    """Share nouns and money nouns of a document, found once (see context/cues.py)."""

    def __init__(self, lower: str):
        self.shares = MatchIndex(_SHARE, lower)
        self.money = MatchIndex(_MONEY, lower)


# "100% trong số 423 trường mầm non": the share of the total named after it
_OF_TOTAL = re.compile(r"[ \t]+trong[ \t]+(?:tổng[ \t]+)?số[ \t]+\d[\d.,]*")


def share_of_total(view, pos: int, limit: int) -> tuple[int, int] | None:
    """The noun after "trong (tổng) số N" right after a percent."""
    m = _OF_TOTAL.match(view.masked, pos, limit)
    return phrase_after(view, m.end(), limit) if m else None
