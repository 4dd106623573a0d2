"""Hostile and messy input: clear errors, empty results, offsets that always hold.

The example count is bounded for CI (``CCHC_FUZZ_EXAMPLES`` raises it for a long run:
``CCHC_FUZZ_EXAMPLES=100000 python -m pytest tests/test_robustness.py``).
"""

from __future__ import annotations

import datetime as dt
import os
import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import cchc_metrics
from cchc_metrics import extract, extract_metrics

EXAMPLES = int(os.environ.get("CCHC_FUZZ_EXAMPLES", "150"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Sentences in the genre's style, written for these tests.
SENTENCES = [
    "Tỉnh đã tiếp nhận trên 12.500 hồ sơ trực tuyến, đạt 87,5%.",
    "Phấn đấu đến năm 2025, 100% thủ tục hành chính được số hóa.",
    "Thời gian giải quyết giảm từ 15 ngày xuống còn 5 ngày làm việc.",
    "Huyện xếp thứ 3/11 về chỉ số cải cách hành chính.",
    "Kinh phí hỗ trợ khoảng 2,5 tỷ đồng mỗi năm theo Nghị định 63/2024/NĐ-CP.",
    "Có 18/20 xã, phường hoàn thành trước ngày 30/9/2024.",
    "Tốc độ mạng 4G đạt tối thiểu 40 Mbps tại 63 tỉnh, thành phố.",
]
DOCUMENT = "Bản tin ngày 11/6/2024\n\n" + "\n".join(SENTENCES)


def _claims(text: str, **kw):
    return [(m.kind, m.value, m.unit, m.denominator) for m in extract_metrics(text, **kw)]


def _assert_offsets(text: str, metrics) -> None:
    for m in metrics:
        assert 0 <= m.start <= m.end <= len(text)
        assert m.text == text[m.start:m.end]


# -- bad input --------------------------------------------------------------------------
@pytest.mark.parametrize("bad", [None, b"12%", bytearray(b"x"), 12, 1.5, ["a"], object()])
def test_non_text_is_a_type_error(bad):
    with pytest.raises(TypeError, match="text must be str"):
        extract_metrics(bad)


@pytest.mark.parametrize("bad", ["11/6/2024", "yesterday", "2024-13-01"])
def test_bad_published_is_a_value_error(bad):
    with pytest.raises(ValueError, match="ISO date"):
        extract("Đạt 90%.", published=bad)


def test_published_accepts_dates_and_iso_strings():
    a = extract("Hoàn thành trước ngày 20/7.", published=dt.date(2024, 6, 11))
    b = extract("Hoàn thành trước ngày 20/7.", published="2024-06-11")
    assert a == b and a.published == "2024-06-11"
    with pytest.raises(TypeError):
        extract("x", published=20240611)


@pytest.mark.parametrize("blank", ["", " ", "\n\n\t", "\u00a0\u200b", "\ufeff"])
def test_blank_text_gives_an_empty_result(blank):
    result = extract(blank)
    assert result.metrics == () and result.legal_refs == ()


@pytest.mark.parametrize(
    "junk",
    [
        "\x00\x01\x02" * 100,
        "\ud800 lone surrogate 50%",  # broken Unicode (a lone surrogate) inside a str
        "\ufffd\ufffd 30% \ufffd",
        "Русский текст 5 тысяч и 10%",
        "中文 25% 和 3.500 tỷ đồng",
        "١٢٣ ٤٥٪",
        "%" * 1000 + "1" * 1000,
    ],
)
def test_junk_never_crashes_and_offsets_hold(junk):
    _assert_offsets(junk, extract_metrics(junk))


# -- invariants -------------------------------------------------------------------------
_ALPHABET = st.sampled_from(
    list("0123456789.,/%-–() \n:;“”") + ["trên ", "hơn ", "khoảng ", "triệu ", "tỷ ", "nghìn ",
     "đồng", " ngày", " năm ", "tháng ", "thứ ", "hồ sơ", "tỉnh ", "Hà Nội", "Nghị định ",
     "/NĐ-CP", "từ ", " xuống còn ", "mỗi ", "Đề án 06", "quý III", "\u00a0", "\u200b", "\u00ad",
     "о", "θ", "a\u0301", "Ð"]
)
_VIETNAMISH = st.lists(_ALPHABET, max_size=60).map("".join)


@FUZZ
@given(st.text(max_size=300))
def test_any_unicode_never_raises(text):
    _assert_offsets(text, extract_metrics(text))


@FUZZ
@given(_VIETNAMISH)
def test_genre_tokens_never_raise_and_offsets_slice(text):
    result = extract(text)
    _assert_offsets(text, result.metrics)
    for ref in result.legal_refs:
        assert ref.text == text[ref.start:ref.end]


@FUZZ
@given(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=4), st.text(max_size=200))
def test_appending_unrelated_text_keeps_the_claims(sentences, tail):
    doc = "\n".join(sentences)
    before = [(m.kind, m.value, m.unit, m.start, m.end) for m in extract_metrics(doc, published="2024-06-11")]
    longer = doc + "\n\n" + tail
    after = [(m.kind, m.value, m.unit, m.start, m.end) for m in extract_metrics(longer, published="2024-06-11")]
    assert after[: len(before)] == before


def test_nfd_text_gives_the_same_claims():
    nfd = unicodedata.normalize("NFD", DOCUMENT)
    assert nfd != DOCUMENT
    metrics = extract_metrics(nfd)
    _assert_offsets(nfd, metrics)
    assert [(m.kind, m.value, m.unit) for m in metrics] == [
        (m.kind, m.value, m.unit) for m in extract_metrics(DOCUMENT)
    ]
    # The slices are the same claims, only decomposed.
    assert [unicodedata.normalize("NFC", m.text) for m in metrics] == [m.text for m in extract_metrics(DOCUMENT)]


@FUZZ
@given(st.lists(st.sampled_from(["\u00a0", "\u200b", "\u00ad", "\ufeff"]), min_size=1, max_size=3),
       st.integers(min_value=0, max_value=10_000))
def test_invisible_characters_inside_words_do_not_change_the_claims(junk, seed):
    # Insert invisible characters between letters (never inside a number or next to a
    # space, where a non-breaking space would be a real space).
    letters = [i for i in range(1, len(DOCUMENT)) if DOCUMENT[i - 1].isalpha() and DOCUMENT[i].isalpha()]
    pos = letters[seed % len(letters)]
    text = DOCUMENT[:pos] + "".join(c for c in junk if c != "\u00a0") + DOCUMENT[pos:]
    metrics = extract_metrics(text)
    _assert_offsets(text, metrics)
    assert [(m.kind, m.value, m.unit) for m in metrics] == [(m.kind, m.value, m.unit) for m in extract_metrics(DOCUMENT)]


def test_non_breaking_spaces_read_as_spaces():
    text = DOCUMENT.replace(" ", "\u00a0")
    metrics = extract_metrics(text)
    _assert_offsets(text, metrics)
    assert _claims(text) == _claims(DOCUMENT)


@pytest.mark.parametrize(
    "swap",
    [("o", "о"), ("a", "а"), ("e", "е"), ("c", "с"), ("p", "р")],  # Cyrillic look-alikes
)
def test_homoglyphs_give_the_same_claims(swap):
    latin, cyrillic = swap
    # Swap only inside words that also hold other Latin letters.
    text = " ".join(w.replace(latin, cyrillic) if len(w) > 2 and w.isalpha() else w for w in DOCUMENT.split(" "))
    assert text != DOCUMENT
    metrics = extract_metrics(text)
    _assert_offsets(text, metrics)
    assert _claims(text) == _claims(DOCUMENT)


def test_eth_stands_for_dj():
    assert _claims("Kinh phí 2 tỷ Ðồng theo Nghị định 63/2024/NÐ-CP.") == _claims(
        "Kinh phí 2 tỷ Đồng theo Nghị định 63/2024/NĐ-CP."
    )
    refs = extract("Theo Nghị định 63/2024/NÐ-CP.").legal_refs
    assert [r.key for r in refs] == ["nghị định 63/2024/nđ-cp"]


def test_large_input_is_linear_enough():
    # 1 MB in one call: a smoke test of size (the benchmark measures 10 MB and memory).
    text = (DOCUMENT + "\n") * (1_000_000 // (len(DOCUMENT) + 1))
    metrics = extract_metrics(text)
    assert len(metrics) >= len(extract_metrics(DOCUMENT)) * 100
    _assert_offsets(text, metrics[-20:])


def test_import_loads_no_heavy_library():
    import subprocess
    import sys

    code = (
        "import sys, cchc_metrics; "
        "print(','.join(m for m in ('spacy','underthesea','dateparser','pint') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
    assert cchc_metrics.__version__


def test_a_number_repeated_in_words_in_brackets_is_read_through_with_offsets_kept():
    # legal texts write "15 (mười lăm) ngày làm việc": the claim spans the brackets in the
    # caller's string, and only number words are read through ("15 (dự kiến) ngày" is not)
    from cchc_metrics.text.normalize import normalize

    text = "Thời hạn giải quyết là 15 (mười lăm) ngày làm việc; hồ sơ gồm 01 (một) bộ."
    norm = normalize(text)
    assert "15 ngày làm việc" in norm.text and "01 bộ" in norm.text
    got = [(m.kind, m.value, text[m.start:m.end]) for m in extract_metrics(text)]
    assert ("duration", 15, "15 (mười lăm) ngày làm việc") in got
    kept = "Thời hạn là 15 (dự kiến) ngày."
    assert normalize(kept).text == kept
