"""Legal references (context/legal.py): keys per FORMAT.md."""

from __future__ import annotations

import time

import pytest

from cchc_metrics.context.legal import find_legal_refs, identifier_spans, refs_in


@pytest.mark.parametrize("text,key,year,issuer,issued", [
    ("Nghị định 63/2024/NĐ-CP quy định", "nghị định 63/2024/nđ-cp", 2024, "NĐ-CP", None),
    ("Theo Nghị định số 63, từ", "nghị định 63", None, None, None),
    ("Quyết định số 36/QĐ-TTg, Thủ tướng", "quyết định 36/qđ-ttg", None, "QĐ-TTg", None),
    ("theo Nghị quyết 27-NQ/TW của", "nghị quyết 27/nq/tw", None, "NQ/TW", None),
    ("Kết luận 64-KL/TW của Hội nghị", "kết luận 64/kl/tw", None, "KL/TW", None),
    ("văn bản số 4808/VPCP-KTTH ngày 09/7/2024 của", "văn bản 4808/vpcp-ktth", 2024, "VPCP-KTTH", "2024-07-09"),
    ("Đề án 06 đã giúp", "đề án 06", None, None, None),
    ("Đề án số 06 đã", "đề án 06", None, None, None),
    ("Công văn 452 của Thủ tướng", "công văn 452", None, None, None),
    ("Nghị quyết 104/2023/QH15 của Quốc hội", "nghị quyết 104/2023/qh15", 2023, "QH15", None),
    ("Thông tư liên tịch số 01/2015/TTLT-BTC-BNV", "thông tư 01/2015/ttlt-btc-bnv", 2015, "TTLT-BTC-BNV", None),
    ("theo NĐ 63 về liên thông", "nghị định 63", None, None, None),
    ("theo QĐ 36 của", "quyết định 36", None, None, None),
    ("Nghị quyết số 1120-QĐ/TU ngày 28/11/2023", "nghị quyết 1120/qđ/tu", 2023, "QĐ/TU", "2023-11-28"),
    ("Nghị định 61/2018/NÐ-CP", "nghị định 61/2018/nđ-cp", 2018, "NĐ-CP", None),  # U+00D0
    ("nghị định 63 về liên thông", "nghị định 63", None, None, None),
    ("Nghị quyết số 131, ngày 6/10/2022 của Chính phủ", "nghị quyết 131", 2022, None, "2022-10-06"),
    ("Đề án 09 năm 2024 quy định", "đề án 09", 2024, None, None),
    ("Kế hoạch truyền thông số 20 hướng dẫn", "kế hoạch 20", None, None, None),
    ("Công điện số 12/CĐ-TTg ngày 3/2/2024", "công điện 12/cđ-ttg", 2024, "CĐ-TTg", "2024-02-03"),
    ("Chương trình 135 giai đoạn", "chương trình 135", None, None, None),
])
def test_single_ref(text, key, year, issuer, issued):
    (ref,) = find_legal_refs(text)
    assert (ref.key, ref.year, ref.issuer, ref.issued) == (key, year, issuer, issued)
    assert text[ref.start:ref.end] == ref.text


@pytest.mark.parametrize("text", [
    "các nghị định, thông tư hướng dẫn", "ban hành kế hoạch chuyển đổi số năm 2024",
    "báo cáo 3 lần mỗi năm", "Kế hoạch 2024 của tỉnh", "01 Nghị quyết, 01 báo cáo",
    "quy định cụ thể 64 nhiệm vụ", "hướng dẫn 8 phường hoàn thiện",
])
def test_not_refs(text):
    assert find_legal_refs(text) == []


def test_coordinated_identifiers():
    refs = find_legal_refs("Nghị định số 122/2016/NĐ-CP và 123/2016/NĐ-CP của Chính phủ")
    assert [r.key for r in refs] == ["nghị định 122/2016/nđ-cp", "nghị định 123/2016/nđ-cp"]


def test_every_mention_is_an_entry_and_refs_in_dedups():
    text = "Đề án 06 và Đề án 06. Nghị định 63/2024/NĐ-CP."
    refs = find_legal_refs(text)
    assert [r.key for r in refs] == ["đề án 06", "đề án 06", "nghị định 63/2024/nđ-cp"]
    assert refs_in(refs, 0, 21) == ("đề án 06",)
    assert refs_in(refs, 0, len(text)) == ("đề án 06", "nghị định 63/2024/nđ-cp")


def test_identifier_spans_include_bare_identifiers():
    text = "Căn cứ 63/2024/NĐ-CP và Quyết định số 36/QĐ-TTg; đạt 15/22 bộ."
    spans = identifier_spans(text)
    assert [text[s:e] for s, e in spans] == ["63/2024/NĐ-CP", "Quyết định số 36/QĐ-TTg"]


def test_linear_on_adversarial_input():
    for junk in ("Nghị định số ", "Kế hoạch truyền thông chuyển đổi ", "NĐ 63/2024/NĐ-CP ", "1/QĐ-"):
        text = junk * 20000
        t0 = time.perf_counter()
        find_legal_refs(text)
        identifier_spans(text)
        assert time.perf_counter() - t0 < 3.0, junk


def test_a_lower_case_type_that_is_a_verb_counts_what_it_regulates():
    # "Luật quy định 07 nguyên tắc": the verb and a count, no "Quy định 07" (session 15, read
    # in corpus_b10/b15's misses); "quy định 368 của Bộ Chính trị" stays a reference
    from cchc_metrics import extract

    e = extract("Luật quy định 07 nguyên tắc phân định thẩm quyền.", published="2025-01-01")
    assert not e.legal_refs and [(m.kind, m.value) for m in e.metrics] == [("count", 7)]
    e = extract("Nội dung phù hợp với quy định 368 của Bộ Chính trị.", published="2025-01-01")
    assert [r.key for r in e.legal_refs] == ["quy định 368"]
    e = extract("Theo Quy định 07, tỉnh có 5 ban.", published="2025-01-01")
    assert [r.key for r in e.legal_refs] == ["quy định 07"]
