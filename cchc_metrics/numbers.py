"""The Vietnamese numeral grammar: find number expressions and read their values.

Rules compose bottom-up, as in Duckling: a *numeral* is digits written the Vietnamese way
or spelled-out words; a *scaled numeral* is a numeral followed by scale words ("75,16
triệu", "nghìn tỷ", "2 tỷ 300 triệu"); an *expression* is a scaled numeral alone, a
fraction "a/b" (the scale after b applies to both: "33,5/34,7 triệu"), a range "a-b",
"từ a đến b", or "a trong (tổng số) b".

The scanner works on the lower-cased, masked text (identifiers and dates already blanked
out, so "63/2024/NĐ-CP" and "7/2024" never reach it). Offsets are into that text.
"""

from __future__ import annotations

import re

import attrs

from .lexicon import numerals as L
from .text.scan import fast_finditer


@attrs.frozen(slots=True)
class NumberExpr:
    start: int
    end: int
    value: float | int
    value_max: float | int | None = None
    denominator: float | int | None = None
    form: str = "plain"  # plain | fraction | range | within ("4 trong 63")
    spelled: bool = False


# ---------------------------------------------------------------------------------------
# Digits
_GROUPED_DOT = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?"      # 1.800.000 / 3.500 / 1.234,5
_GROUPED_COMMA = r"\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?"  # 1,234,567 (English habit, unambiguous)
_GROUPED_SPACE = r"\d{1,3}(?: \d{3})+(?![\d.,])"     # 1 800 000
_SIMPLE = r"\d{1,15}(?:[.,]\d{1,15})?"               # 75,16 / 26.46 / 2024 (longer runs are no claims)
DIGITS = rf"(?:{_GROUPED_DOT}|{_GROUPED_COMMA}|{_SIMPLE})"
# A numeral may not touch a letter, digit or separator on either side ("4G", "VNR500",
# "1.1.1" lists); the guards also keep the scan linear on "1.1.1.1…".
# Units written against the number ("2.000đ", "5km", "30ha") may touch it; other letters
# may not ("4G", "10h30" is a time, read by the date stage).
# Copies of web pages glue words too ("2.340.000đồng/tháng", "30ngày làm việc"): the
# currency and the units of time may touch the number as well.
_GLUED_UNIT = (r"(?:đồng|đ|vnđ|usd|km2|km²|km|ha|kg|kwh|mwh|mw|kw|mbps|gbps|gb|mb|tb|m2|m²|m3|m³|m"
               r"|ngày|tháng|tuần|giờ|phút)(?![^\W\d_])")
_DIGIT_NUMERAL = (rf"(?:(?<![\w.,/])(?:{_GROUPED_SPACE}|{DIGITS})"
                  # a number grouped with thousands dots is one even glued to the word before
                  # it ("mức lương cơ sở là2.340.000đồng/tháng"): no name or code is so written
                  rf"|(?<=[^\W\d_]){_GROUPED_DOT}"
                  # a currency code written against the amount ("USD3,75/kg", "VND150.000")
                  rf"|(?:(?<=(?<![^\W\d_])usd)|(?<=(?<![^\W\d_])vnd)|(?<=(?<![^\W\d_])vnđ)){DIGITS})"
                  rf"(?:(?![\w]|[.,]\d)|(?={_GLUED_UNIT}))")

_SCALE_WORD = r"(?:nghìn|ngàn|vạn|triệu|tỷ|tỉ|trăm|chục)"
# Scale words that begin other words: "tỷ lệ", "tỷ trọng", "triệu tập", "trăm phần trăm".
_NOT_SCALE_AFTER = r"(?!\s+(?:lệ|trọng|tập|phần\s+trăm))"
_SCALES = rf"(?:\s+{_SCALE_WORD}{_NOT_SCALE_AFTER}){{1,3}}(?!\w)"
_HALF = r"(?:\s+rưỡi)?"


def parse_digits(s: str) -> float | int:
    """Read digits written the Vietnamese way ('.' groups thousands, ',' is the decimal mark).

    >>> parse_digits("3.500"), parse_digits("75,16"), parse_digits("26.46"), parse_digits("1,234,567")
    (3500, 75.16, 26.46, 1234567)
    """
    s = s.replace(" ", "")
    dots, commas = s.count("."), s.count(",")
    if dots and commas:
        if s.rfind(",") > s.rfind("."):  # 1.234,5
            return _num(s.replace(".", "").replace(",", "."))
        return _num(s.replace(",", ""))  # 1,234.5
    if dots:
        head, _, tail = s.partition(".")
        if dots > 1 or (len(tail) == 3 and head != "0"):
            return _num(s.replace(".", ""))  # thousands: 3.500, 1.800.000
        return _num(s)  # decimal written the English way: 26.46, 0.661, 4.0
    if commas:
        if commas > 1:
            return _num(s.replace(",", ""))  # 1,234,567
        return _num(s.replace(",", "."))  # 75,16 and, Vietnamese first, 3,585
    return int(s)


def _num(s: str) -> float | int:
    v = float(s)
    return int(v) if v.is_integer() and "." not in s else v


def format_vi(value: float | int, decimals: int | None = None) -> str:
    """Write a number the Vietnamese way (inverse of :func:`parse_digits`)."""
    if isinstance(value, int) or (decimals == 0):
        return f"{int(value):,}".replace(",", ".")
    text = f"{value:,.{decimals}f}" if decimals is not None else f"{value:,}"
    whole, _, frac = text.partition(".")
    whole = whole.replace(",", ".")
    return f"{whole},{frac}" if frac else whole


# ---------------------------------------------------------------------------------------
# Spelled-out numerals
_WORDS = sorted(
    set(L.UNITS) | set(L.TENS_WORDS) | set(L.ZERO_TENS) | {L.HALF, L.HALF_OF} | set(L.SCALES),
    key=len,
    reverse=True,
)
_WORD = "(?:" + "|".join(_WORDS) + ")"
# "hai mươi ba nghìn, tám trăm ba mươi chín tỷ đồng": a comma after a scale word goes on
# with the same number (the way an amount is written out in words in a resolution)
_SPELLED = re.compile(rf"(?<!\w){_WORD}(?:(?:\s+|(?:(?<=nghìn)|(?<=ngàn)|(?<=triệu)),[ \t]+){_WORD}){{0,20}}(?!\w)")
_SPELLED_ITER = fast_finditer(_SPELLED)
# "năm xã", "Năm phường nội thị": "năm" before a unit that no year can name is five; not
# after words that take a year ("trong năm tỉnh đã …" is "in the year").
_FIVE_UNITS = re.compile(r"\s+(?:xã|phường|thị\s+trấn|huyện|quận|sở|dự\s+thảo|đơn\s+vị\s+hành\s+chính|thôn|bản|ấp|"
                         r"nhóm\s+giải\s+pháp|nhiệm\s+vụ|giải\s+pháp|dự\s+án|thủ\s+tục|hồ\s+sơ|văn\s+bản|"
                         r"tiếng|phút)(?!\w)")  # "gần năm tiếng", "năm phút": no year lasts an hour
_YEAR_WORD_BEFORE = re.compile(r"(?<!\w)(?:trong|cả|mỗi|hằng|hàng|của|cuối|đầu|giữa|nửa|qua|sau|trước|các|những|từng|một|vào)\s+$")
# "trong một tuần", "hơn một năm", "sau một tháng": "một" counting a span of time.
_ONE_DURATION = re.compile(r"\s+(?:ngày|tuần|tháng|năm|giờ|phút|quý|thập\s+kỷ|thập\s+niên)(?!\w)")
# "tăng thêm một Thứ trưởng", "bổ sung một biên chế": "một" after a change is a count of one
_ONE_ADDED = re.compile(r"(?<!\w)(?:thêm|bổ\s+sung|giảm|bớt|cắt\s+giảm|chỉ\s+có|chỉ\s+còn|duy\s+nhất\s+có)\s+$")
# ("Chỉ có một xã … là chưa kết nối": "only one" counts one)
_TIME_PREP = re.compile(r"(?<!\w)(?:trong|trong\s+vòng|sau|qua|hơn|gần|khoảng|mất|chỉ|còn|chưa\s+đầy|trên)\s+$")


def parse_spelled(words: list[str]) -> tuple[float | int, int] | None:
    """Read spelled-out numeral words; return (value, number of words used) or None.

    Reads the longest prefix that is a numeral: "hai mươi lăm" = 25, "một trăm linh năm" = 105,
    "ba triệu rưỡi" = 3 500 000; "mười năm" stops before "năm" (ten years, TRAPS.md).
    """
    total = 0
    group = 0  # below the current big scale
    digit: int | None = None  # a unit waiting for mươi/trăm/scale
    last_scale = 1
    last_word = ""
    used = 0
    saw_number = False
    for i, w in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if w in L.UNITS:
            if w in L.AFTER_TENS_ONLY and last_word not in ("mươi", "mười") \
                    and not (w == "tư" and last_word in ("linh", "lẻ")):  # "ba trăm linh tư" = 304
                break
            if w == "không" and not (saw_number and nxt == "trăm"):
                break  # "không" is "not", except in "một nghìn không trăm …"
            if w == "năm" and not (
                last_word in L.ZERO_TENS
                or nxt in ("mươi", "trăm", "nghìn", "ngàn", "vạn", "triệu", "tỷ", "tỉ")
            ):
                break  # "mười năm", "hai mươi năm", "một trăm năm": years, not five
            if digit is not None:
                break  # two units in a row: "hai ba" is not a numeral
            digit = L.UNITS[w]
        elif w == "mười":
            if digit is not None:
                break
            group += 10
        elif w == "mươi":
            if digit is None:
                break
            group += digit * 10
            digit = None
        elif w in L.ZERO_TENS:
            if last_word not in ("trăm", "nghìn", "ngàn", "triệu", "tỷ", "tỉ"):
                break  # "một trăm linh năm" = 105, "hai nghìn linh tư" = 2004
        elif w == "trăm":
            if digit is None:
                break  # "phần trăm", a bare "trăm": no number
            group += digit * 100
            digit = None
        elif w in ("nghìn", "ngàn", "vạn", "triệu", "tỷ", "tỉ", "chục"):
            scale = L.SCALES[w]
            if w == "triệu" and nxt in ("tập", "hồi", "chứng"):
                break
            if (w == "tỷ" or w == "tỉ") and nxt in ("lệ", "trọng"):
                break
            if w == "chục":
                group += (digit if digit is not None else 1) * 10
                digit = None
            else:
                small = group + (digit or 0)
                if not saw_number:
                    break  # a bare scale word is no number ("hàng nghìn" is read elsewhere)
                if scale > last_scale and total:
                    total = (total + small) * scale
                else:
                    total += small * scale
                group, digit, last_scale = 0, None, scale
        elif w == L.HALF:
            if not saw_number:
                break
            if last_word in ("nghìn", "ngàn", "triệu", "tỷ", "tỉ", "trăm"):
                total += L.SCALES[last_word] / 2 if last_word != "trăm" else 0
                group += 50 if last_word == "trăm" else 0
            else:
                group += (digit or 0) + 0.5
                digit = None
            used = i + 1
            last_word = w
            break
        else:
            break
        saw_number = True
        used = i + 1
        last_word = w
    if not used:
        return None
    value = total + group + (digit or 0)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return value, used


# ---------------------------------------------------------------------------------------
# Expressions
_NUMERAL = re.compile(_DIGIT_NUMERAL)
_NUMERAL_ITER = fast_finditer(_NUMERAL)
_SCALE_AT = re.compile(rf"{_SCALES}{_HALF}")
_COMPOUND_AT = re.compile(r"\s+(\d{1,3})\s+(nghìn|ngàn|triệu|trăm)(?!\w)")  # 2 tỷ 300 triệu
_FRACTION_AT = re.compile(rf"\s?/\s?({DIGITS})(?![\w]|[.,/]\d)")
_RANGE_AT = re.compile(rf"\s*(%?)\s*[-–—]\s*(?<![\w.,])({DIGITS})(?![\w]|[.,/-]\d)")
_RANGE_WORDS_AT = re.compile(rf"\s*%?\s+(?:đến|tới)\s+(?:(?:khoảng|gần|hơn|trên)\s+)?({DIGITS})(?![\w]|[.,/]\d)")
# "4 trong 63", "xếp hạng 21 trên 63 tỉnh" (out of), "12 trên tổng số 20"
_WITHIN_AT = re.compile(rf"\s+(?:trong\s+(?:tổng\s+số\s+|số\s+)?|trên\s+(?:tổng\s+số\s+)?)({DIGITS})(?![\w]|[.,/]\d)")
_TU_BEFORE = re.compile(r"(?:^|\s)từ\s*$")
# "khoảng 15 đến 20 triệu", "tầm 15 tới 20": an estimate opens a range as "từ" does.
_ESTIMATE_OPENS = re.compile(r"(?:^|\s)(?:khoảng|chừng|tầm|cỡ|xấp\s+xỉ)\s*$")
# "doanh thu trên 100 đến 300 triệu đồng/năm": the band above one level up to another
_BAND_OPENS = re.compile(r"(?:^|\s)(?:trên|hơn)\s*$")


def _scale_after(lower: str, pos: int) -> tuple[int, float]:
    """Scale words right after ``pos``: (end, factor)."""
    m = _SCALE_AT.match(lower, pos)
    if not m:
        return pos, 1
    words = m.group().split()
    half = words[-1] == L.HALF
    if half:
        words = words[:-1]
    factor = 1
    for w in words:  # products: "nghìn tỷ" = 10^12
        factor *= L.SCALES[w]
    end = m.end()
    if half:
        factor *= 1.5
    return end, factor


# "½ tháng tiền lương": a vulgar fraction sign is a number of its own
_VULGAR = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3}
_VULGAR_AT = re.compile(r"(?<![\w.,/])[½¼¾⅓⅔](?![\w/])")


def find_numbers(lower: str) -> list[NumberExpr]:
    """All number expressions in ``lower`` (lower-cased, masked text)."""
    out: list[NumberExpr] = []
    for m in _NUMERAL_ITER(lower):
        out.append(_read_digit_expression(lower, m))
    if any(c in lower for c in _VULGAR):
        out.extend(NumberExpr(m.start(), m.end(), _VULGAR[m.group()]) for m in _VULGAR_AT.finditer(lower))
    out.extend(_spelled_numbers(lower))
    out.sort(key=lambda e: e.start)
    # Drop expressions inside others (the second number of a fraction or range).
    kept: list[NumberExpr] = []
    for e in out:
        if kept and e.start < kept[-1].end:
            continue
        if kept and (pair := _pair_range(lower, kept[-1], e)) is not None:
            kept[-1] = pair  # "3, 4 lần", "hai, ba ngày": three or four times
            continue
        if kept and kept[-1].spelled and e.value == kept[-1].value and e.value_max is None \
                and _RESTATED.fullmatch(lower, kept[-1].end, e.start) and lower.startswith(")", e.end):
            # "ba (03) tháng": the digits in brackets restate the numeral words, one number
            kept[-1] = attrs.evolve(kept[-1], end=e.end + 1)
            continue
        kept.append(e)
    return kept


_RESTATED = re.compile(r"[ \t]*\([ \t]*")
_PAIR_GAP = re.compile(r"[ \t]*,[ \t]*")
# what two neighbouring small numbers may count together: times, spans, people
_PAIR_UNIT = re.compile(r"[ \t]+(?:lần|đợt|ngày|tuần|tháng|năm|giờ|tiếng|người)(?!\w)")


def _pair_range(lower: str, a: NumberExpr, b: NumberExpr) -> NumberExpr | None:
    """"3, 4 lần", "hai, ba ngày": two neighbouring small numbers, the second one more, before
    a unit of times, time or people, say "three or four" (one range); else None."""
    if a.value_max is not None or b.value_max is not None or a.form != "plain" or b.form != "plain":
        return None
    if not (isinstance(a.value, int) and isinstance(b.value, int) and 1 <= a.value <= 9 and b.value == a.value + 1):
        return None
    if not _PAIR_GAP.fullmatch(lower, a.end, b.start) or not _PAIR_UNIT.match(lower, b.end):
        return None
    return NumberExpr(a.start, b.end, a.value, value_max=b.value, form="range", spelled=a.spelled)


def _read_digit_expression(lower: str, m: re.Match) -> NumberExpr:
    start, end = m.span()
    value = parse_digits(m.group())
    # Fraction a/b, scale after b applying to both.
    fm = _FRACTION_AT.match(lower, end)
    if fm:
        den = parse_digits(fm.group(1))
        fend, factor = _scale_after(lower, fm.end())
        return NumberExpr(start, fend, scaled(value, factor), denominator=scaled(den, factor), form="fraction")
    send, factor = _scale_after(lower, end)
    if factor != 1:
        value = scaled(value, factor)
        cm = _COMPOUND_AT.match(lower, send)
        if cm and L.SCALES[cm.group(2)] < factor:
            value = value + int(cm.group(1)) * L.SCALES[cm.group(2)]
            send = cm.end()
        end = send
    # Ranges: 70-80, 70%-80%, từ 3 đến 5.
    rm = _RANGE_AT.match(lower, end)
    rng = _range(lower, start, value, factor, rm.group(2), rm.end()) if rm else None
    if rng is None:
        rw = _RANGE_WORDS_AT.match(lower, end)
        if rw and (_TU_BEFORE.search(lower, max(0, start - 6), start)
                   or _ESTIMATE_OPENS.search(lower, max(0, start - 9), start)
                   or _BAND_OPENS.search(lower, max(0, start - 6), start)):
            rng = _range(lower, start, value, factor, rw.group(1), rw.end())
    if rng is not None:
        return rng
    wm = _WITHIN_AT.match(lower, end)
    if wm and factor == 1:
        den = parse_digits(wm.group(1))
        if den >= value:
            return NumberExpr(start, wm.end(), value, denominator=den, form="within")
    return NumberExpr(start, end, value)


def _range(lower: str, start: int, value, factor, hi_text: str, hi_end: int) -> NumberExpr | None:
    """A range whose upper end is ``hi_text``; a scale written once applies to both ends
    ("3-5 triệu", "3 triệu - 5 triệu"). Years and dates were masked before, so what is left
    is a range when low < high."""
    hi = parse_digits(hi_text)
    rend, rfactor = _scale_after(lower, hi_end)
    if factor == 1 and rfactor != 1:
        value = scaled(value, rfactor)
    hi = scaled(hi, rfactor if rfactor != 1 else factor)
    if hi > value:
        return NumberExpr(start, rend, value, value_max=hi, form="range")
    return None


def scaled(value: float | int, factor: float) -> float | int:
    """``value * factor``, an int when the product is one up to float noise (1,8 × 10⁶)."""
    v = value * factor
    if isinstance(v, float) and abs(v - round(v)) < 1e-6 * max(1.0, abs(v)):
        return int(round(v))
    return v


# "hai phần ba", "một phần tư": a numerator, "phần", a denominator, all spelled. Found from
# the "phần" (a literal the scan finds at C speed), the numerator read back from it.
_PART_DENOMINATOR = re.compile(
    rf"(?<!\w){L.FRACTION_PART}\s+(?P<den>{_WORD}(?:\s+{_WORD}){{0,3}}|{'|'.join(L.DENOMINATOR_WORDS)})(?!\w)"
)
_PART_DENOMINATOR_ITER = fast_finditer(_PART_DENOMINATOR)
_NUMERATOR_BEFORE = re.compile(rf"(?<!\w){_WORD}(?:\s+{_WORD}){{0,3}}\s+$")
_NUMERATOR_REACH = 40  # characters: four numeral words


def _spelled_whole(words: list[str]) -> float | int | None:
    parsed = parse_spelled(words)
    return parsed[0] if parsed is not None and parsed[1] == len(words) else None


def _spelled_fractions(lower: str) -> list[NumberExpr]:
    out = []
    for m in _PART_DENOMINATOR_ITER(lower):
        before = _NUMERATOR_BEFORE.search(lower, max(0, m.start() - _NUMERATOR_REACH), m.start())
        if before is None:
            continue
        den_words = m.group("den").split()
        den = L.DENOMINATOR_WORDS.get(den_words[0]) if len(den_words) == 1 else None
        if den is None:
            den = _spelled_whole(den_words)
        num = _spelled_whole(before.group().split())
        if num is None or den is None or not (isinstance(den, int) and 2 <= den <= 1000) or not 0 < num < den:
            continue  # ("ba mươi phần trăm" is a percent: a bare "trăm" is no numeral)
        out.append(NumberExpr(before.start(), m.end(), num, denominator=den, form="fraction", spelled=True))
    return out


_OPEN_BRACKET_BEFORE = re.compile(r"\([ \t*]*$")


def _spelled_runs(lower: str):
    """The runs of numeral words; a run that goes on past a comma is one number only as an
    amount written out in brackets ("(hai mươi ba nghìn, tám trăm ba mươi chín tỷ đồng)"),
    elsewhere its parts are read apart ("hai nghìn, ba trăm người": a list)."""
    for m in _SPELLED_ITER(lower):
        if "," not in m.group() or _OPEN_BRACKET_BEFORE.search(lower, max(0, m.start() - 4), m.start()):
            yield m
            continue
        pos = m.start()
        for part in m.group().split(","):
            sub = _SPELLED.search(lower, pos, pos + len(part))
            if sub is not None:
                yield sub
            pos += len(part) + 1


# "bốn phẩy năm đô", "hai phẩy tám triệu đô la", "ba phẩy không năm": a decimal said in
# words — the whole part, "phẩy", the digits after the comma (read as one number, its
# leading "không" kept as zeros), then scale words. Found from "phẩy" (rare), read around it.
_DECIMAL_WORD = re.compile(r"(?<!\w)phẩy(?!\w)")
_DECIMAL_WHOLE_BEFORE = re.compile(rf"(?<!\w){_WORD}(?:\s+{_WORD}){{0,11}}\s+$")
_DECIMAL_WHOLE_REACH = 100  # characters: twelve numeral words
_DECIMAL_PART_AFTER = re.compile(rf"\s+{_WORD}(?:\s+{_WORD}){{0,5}}(?!\w)")


_WORD_TOKEN = re.compile(r"\S+")


def _decimal_whole(words: list[str]) -> float | int | None:
    """The whole part of a spelled decimal: before "phẩy" a last "năm" is five ("năm phẩy
    hai", "hai mươi năm phẩy …"), not the year parse_spelled stops before."""
    if words[-1] == "năm":
        if len(words) == 1:
            return 5
        if words[-2] in ("mươi", "mười"):
            words = words[:-1] + ["lăm"]
    return _spelled_whole(words)


def _spelled_decimals(lower: str) -> list[NumberExpr]:
    out = []
    start = lower.find("phẩy")
    while start >= 0:
        m = _DECIMAL_WORD.match(lower, start)
        if m is not None:
            got = _spelled_decimal_at(lower, m)
            if got is not None:
                out.append(got)
        start = lower.find("phẩy", start + 4)
    return out


def _spelled_decimal_at(lower: str, m: re.Match) -> NumberExpr | None:
    before = _DECIMAL_WHOLE_BEFORE.search(lower, max(0, m.start() - _DECIMAL_WHOLE_REACH), m.start())
    after = _DECIMAL_PART_AFTER.match(lower, m.end())
    if before is None or after is None:
        return None
    whole_tokens = list(_WORD_TOKEN.finditer(lower, before.start(), before.end()))
    whole_words = [t.group() for t in whole_tokens]
    for i in range(len(whole_words)):  # the longest tail of the words before that is one number
        whole = _decimal_whole(whole_words[i:])
        if whole is not None and float(whole).is_integer():
            break
    else:
        return None
    start = whole_tokens[i].start()
    words = after.group().split()
    zeros = 0
    while zeros < len(words) and words[zeros] == "không":
        zeros += 1
    rest = words[zeros:]
    if rest and (rest[0] == "mười" or rest[1:2] == ["mươi"]):
        parsed = parse_spelled([w for w in rest if w not in L.SCALES])  # "phẩy mười lăm", "phẩy hai mươi"
        if parsed is None:
            return None
        frac, used = parsed
    else:  # digit by digit: "phẩy năm", "phẩy hai lăm", "phẩy không năm"
        digits = []
        for w in rest:
            if w not in L.UNITS:
                break
            digits.append(str(L.UNITS[w]))
        if not digits and not zeros:
            return None
        frac, used = int("".join(digits) or 0), len(digits)
    n = zeros + used
    factor = 1
    while n < len(words) and words[n] in L.SCALES and words[n] not in ("chục", "trăm"):
        factor *= L.SCALES[words[n]]
        n += 1
    value = (int(whole) + (int(frac) / 10 ** (zeros + len(str(int(frac)))) if used else 0)) * factor
    end = m.end()
    for w in words[:n]:
        end = lower.index(w, end) + len(w)
    return NumberExpr(start, end, scaled(value, 1), spelled=True)


def _spelled_numbers(lower: str) -> list[NumberExpr]:
    decimals = _spelled_decimals(lower) if "phẩy" in lower else []
    out = _spelled_fractions(lower) + decimals
    taken = [(d.start, d.end) for d in decimals]
    for m in _spelled_runs(lower):
        if taken and any(s < m.end() and m.start() < e for s, e in taken):
            continue
        words = m.group().replace(",", " ").split()
        pos = m.start()
        offsets = []
        for w in words:
            i = lower.index(w, pos)
            offsets.append((i, i + len(w)))
            pos = i + len(w)
        k = 0
        while k < len(words):
            if words[k] == L.HALF_OF and _ONE_DURATION.match(lower, offsets[k][1]):
                out.append(NumberExpr(offsets[k][0], offsets[k][1], 0.5, spelled=True))  # "nửa tháng"
                k += 1
                continue
            if words[k] == "năm" and _FIVE_UNITS.match(lower, offsets[k][1]) \
                    and not _YEAR_WORD_BEFORE.search(lower, max(0, offsets[k][0] - 8), offsets[k][0]):
                out.append(NumberExpr(offsets[k][0], offsets[k][1], 5, spelled=True))
                k += 1
                continue
            parsed = parse_spelled(words[k:])
            if parsed is None:
                k += 1
                continue
            value, used = parsed
            s, e = offsets[k][0], offsets[k + used - 1][1]
            first = words[k]
            # "ba bốn lần", "hai ba xã": two neighbouring numerals say "three or four"
            nxt = parse_spelled(words[k + 1:k + 2]) if used == 1 and k + 1 < len(words) else None
            if nxt is not None and 1 <= value <= 9 and nxt[0] == value + 1 and offsets[k + 1][0] - e == 1:
                out.append(NumberExpr(s, offsets[k + 1][1], value, value_max=value + 1, form="range", spelled=True))
                k += 2
                continue
            # A lone "một"/"năm" is an article or a year; lone units are numbers only
            # when a noun follows (the kind readers check that).
            if used == 1 and first in ("một", "năm", "không") and not (
                first == "một" and _ONE_DURATION.match(lower, e) and _TIME_PREP.search(lower, max(0, s - 12), s)
            ) and not (first == "một" and _ONE_ADDED.search(lower, max(0, s - 14), s)):
                k += used
                continue
            out.append(NumberExpr(s, e, value, spelled=True))
            k += used
    # "hàng trăm", "vài nghìn" name a magnitude, not a figure: a bare scale word is no
    # numeral (parse_spelled), so they give no claim; gold marks them optional at most.
    return out
