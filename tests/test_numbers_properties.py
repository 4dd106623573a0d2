"""Properties of the numeral grammar (cchc_metrics/numbers.py) and a fuzz net over the API.

- Vietnamese digit grouping round-trips: format_vi → parse_digits.
- Comma decimals (≤ 3 places) round-trip.
- "<number> <scale word>" found by find_numbers gives number × scale.
- Spelled-out numerals from our own number-to-words (Vietnamese rules: mốt, tư, lăm,
  linh/lẻ, mươi, mười) parse back with parse_spelled.
- extract_metrics never raises and its offsets slice the input to the reported text.
"""

from __future__ import annotations

import math

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cchc_metrics import extract_metrics
from cchc_metrics.numbers import find_numbers, format_vi, parse_digits, parse_spelled

# ---------------------------------------------------------------------------------------
# Digits


@given(st.integers(min_value=0, max_value=10**12))
def test_grouped_integers_round_trip(n):
    text = format_vi(n)
    assert "," not in text
    assert parse_digits(text) == n


@given(st.integers(min_value=0, max_value=10**9), st.integers(min_value=1, max_value=3), st.data())
def test_comma_decimals_round_trip(whole, places, data):
    frac = data.draw(st.integers(min_value=0, max_value=10**places - 1))
    text = f"{format_vi(whole)},{frac:0{places}d}"
    expected = whole + frac / 10**places
    assert math.isclose(parse_digits(text), expected, rel_tol=1e-12)


SCALES = {"nghìn": 10**3, "ngàn": 10**3, "triệu": 10**6, "tỷ": 10**9}


@given(st.integers(min_value=1, max_value=999_999), st.sampled_from(sorted(SCALES)))
def test_integer_times_scale(n, scale):
    text = f"tổng cộng {format_vi(n)} {scale} hồ sơ"
    found = find_numbers(text)
    assert len(found) == 1, found
    e = found[0]
    assert e.value == n * SCALES[scale]
    assert text[e.start:e.end] == f"{format_vi(n)} {scale}"


@given(st.integers(min_value=1, max_value=999), st.integers(min_value=1, max_value=9),
       st.sampled_from(["triệu", "tỷ"]))
def test_decimal_times_scale(whole, tenth, scale):
    text = f"đạt {whole},{tenth} {scale} đồng"
    (e,) = find_numbers(text)
    assert math.isclose(e.value, (whole + tenth / 10) * SCALES[scale], rel_tol=1e-9)


@given(st.integers(min_value=1, max_value=99), st.integers(min_value=1, max_value=9),
       st.integers(min_value=1, max_value=99), st.integers(min_value=1, max_value=9))
@settings(max_examples=60, deadline=None)
def test_a_bare_start_borrows_the_scale_of_its_end_exactly(a, ad, b, bd):
    # "từ 1,8 lên 2,34 triệu đồng": the first figure takes "triệu" from the second; a whole
    # number of đồng stays an int (1,8 × 10⁶ is 1800000, not 1800000.0000000002)
    lo, hi = sorted([a * 10 + ad, b * 10 + bd])
    if lo == hi:
        return
    text = f"Lương tăng từ {lo // 10},{lo % 10} lên {hi // 10},{hi % 10} triệu đồng."
    m = [x for x in extract_metrics(text) if x.kind == "money"]
    assert [x.value for x in m] == [lo * 100_000, hi * 100_000]
    assert all(isinstance(x.value, int) for x in m)


# ---------------------------------------------------------------------------------------
# Spelled-out numerals

UNIT_WORDS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"]


def _tens_and_units(t: int, u: int, after_hundreds: bool, v: dict) -> list[str]:
    """The tens and units of a group (the hundreds already said when ``after_hundreds``)."""
    if t == 0:
        if u == 0:
            return []
        return ([v["zero_tens"]] if after_hundreds else []) + [UNIT_WORDS[u]]
    words = ["mười"] if t == 1 else [UNIT_WORDS[t], "mươi"]
    if u == 0:
        return words
    if u == 5:
        return words + ["lăm"]  # 15, 25 … 95: lăm, never năm
    if t >= 2 and u == 1:
        return words + ["mốt"]  # 21 … 91: mốt (but mười một)
    if t >= 2 and u == 4:
        return words + [v["four"]]  # 24 … 94: tư or bốn (but mười bốn)
    return words + [UNIT_WORDS[u]]


def _group(n: int, leading: bool, v: dict) -> list[str]:
    """Words for 1 ≤ n ≤ 999; a non-leading group says its zero hundreds ("không trăm")."""
    h, t, u = n // 100, n // 10 % 10, n % 10
    if h or not leading:
        return [UNIT_WORDS[h], "trăm"] + _tens_and_units(t, u, True, v)
    return _tens_and_units(t, u, False, v)


def to_words(n: int, v: dict | None = None) -> str:
    """Vietnamese words for 0 < n < 10**9 (standard written reading)."""
    v = {"zero_tens": "linh", "four": "tư", "thousand": "nghìn", **(v or {})}
    assert 0 < n < 10**9
    words: list[str] = []
    for scale, name in ((10**6, "triệu"), (10**3, v["thousand"]), (1, None)):
        g = n // scale % 1000
        if g == 0:
            continue
        words += _group(g, leading=not words, v=v)
        if name:
            words.append(name)
    return " ".join(words)


_DIGIT_WORDS = ("không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín")


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(min_value=1, max_value=999), st.text(alphabet="0123456789", min_size=1, max_size=3),
       st.sampled_from([(None, 1), ("nghìn", 10**3), ("triệu", 10**6), ("tỷ", 10**9)]))
def test_spelled_decimals_round_trip(whole, digits, scale):
    # "bốn phẩy năm đô", "hai phẩy không tám triệu": the whole part in words, "phẩy", the
    # digits after the comma one word each, then a scale word; value = whole.digits × scale
    if digits.strip("0") == "":
        digits = digits[:-1] + "5"
    if digits.endswith("0"):
        digits = digits.rstrip("0") or "5"
    words = f"{to_words(whole)} phẩy {' '.join(_DIGIT_WORDS[int(c)] for c in digits)}"
    name, factor = scale
    if name:
        words += f" {name}"
    text = f"giá là {words} đồng một đơn vị"
    found = [e for e in find_numbers(text) if "phẩy" in text[e.start:e.end]]
    assert len(found) == 1
    e = found[0]
    assert text[e.start:e.end] == words
    assert math.isclose(e.value, float(f"{whole}.{digits}") * factor, rel_tol=1e-9)


def test_to_words_itself():
    assert to_words(25) == "hai mươi lăm"
    assert to_words(105) == "một trăm linh năm"
    assert to_words(15) == "mười lăm"
    assert to_words(21) == "hai mươi mốt"
    assert to_words(11) == "mười một"
    assert to_words(34) == "ba mươi tư"
    assert to_words(14) == "mười bốn"
    assert to_words(3_500_000) == "ba triệu năm trăm nghìn"
    assert to_words(2050) == "hai nghìn không trăm năm mươi"
    assert to_words(999_999_999).count("chín") == 9


def _needs_zero_hundreds(n: int) -> bool:
    """True when a group after the leading one is 1…99 ("một nghìn không trăm linh năm")."""
    groups = [n // 10**6 % 1000, n // 10**3 % 1000, n % 1000]
    seen = False
    for g in groups:
        if seen and 0 < g < 100:
            return True
        seen = seen or g > 0
    return False


VARIANTS = st.fixed_dictionaries({
    "zero_tens": st.sampled_from(["linh", "lẻ"]),
    "four": st.sampled_from(["tư", "bốn"]),
    "thousand": st.sampled_from(["nghìn", "ngàn"]),
})


# A lone "năm" is the word for year far more often than five (TRAPS.md): not a numeral.
@given(st.integers(min_value=1, max_value=10**9 - 1).filter(lambda n: n != 5), VARIANTS)
def test_spelled_round_trip(n, variants):
    words = to_words(n, variants).split()
    assert parse_spelled(words) == (n, len(words))


# "không trăm" (zero hundreds after a larger scale): "một nghìn không trăm năm mươi" = 1050.
# Built directly (a high part, then a group of 1…99) rather than filtered.
@given(st.builds(lambda high, scale, low: high * scale + low,
                 st.integers(min_value=1, max_value=999), st.sampled_from([1_000, 1_000_000]),
                 st.integers(min_value=1, max_value=99)), VARIANTS)
def test_spelled_round_trip_zero_hundreds(n, variants):
    assert _needs_zero_hundreds(n)
    words = to_words(n, variants).split()
    assert parse_spelled(words) == (n, len(words))


@pytest.mark.parametrize("words,value", [
    ("hai mươi lăm", 25), ("một trăm linh năm", 105), ("một trăm lẻ năm", 105),
    ("ba triệu rưỡi", 3_500_000), ("mười hai", 12), ("chín mươi chín", 99),
    ("bốn mươi tư", 44), ("hai mươi mốt", 21), ("mười", 10), ("một trăm", 100),
])
def test_spelled_examples(words, value):
    assert parse_spelled(words.split()) == (value, len(words.split()))


@pytest.mark.parametrize("words,value,used", [
    ("mười năm", 10, 1),  # ten years
    ("hai mươi năm", 20, 2),  # twenty years: after mươi, five is "lăm" (TRAPS.md)
    ("một trăm năm", 100, 2),  # a hundred years
])
def test_spelled_stops_before_year(words, value, used):
    assert parse_spelled(words.split()) == (value, used)


# ---------------------------------------------------------------------------------------
# Fuzz: the public API never raises and offsets slice the input

VI_TOKENS = [
    "tỷ lệ", "đạt", "98,7%", "3.500", "tỷ", "đồng", "triệu", "nghìn", "hồ sơ", "xếp thứ",
    "4/63", "15/22", "ngày", "làm việc", "từ", "đến", "xuống còn", "trên", "hơn", "gần",
    "khoảng", "Mbps", "km²", "ha", "tấn", "người/km²", "Nghị định", "63/2024/NĐ-CP",
    "Thứ Hai,", "01/4/2024", "mười", "năm", "hai mươi lăm", "rưỡi", "phần trăm", "một cửa",
    "Quận 7", "4G", "đứng đầu", "cả nước", "mỗi tháng", "/ngày", "1.800.000", "26.46%",
    "70-80%", "tháng 7/2024", "tuần 39/2022", ".", ",", "\n", "İ", "e\u0301", "Ð", "(", ")",
]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text())
def test_any_text_never_raises(text):
    for m in extract_metrics(text, published="2024-06-11"):
        assert m.text == text[m.start:m.end]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(VI_TOKENS) | st.text(max_size=3), max_size=30).map(" ".join))
def test_vietnamese_soup_never_raises(text):
    for m in extract_metrics(text, published="2024-06-11"):
        assert m.text == text[m.start:m.end]
