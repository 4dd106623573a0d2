"""Grouping the mentions of one figure within a document into one claim."""

from __future__ import annotations

from pathlib import Path

import pytest

import cchc_metrics
from cchc_metrics import extract
from cchc_metrics.claims import Claim, claim_rows, group_claims, metric_claim_ids
from cchc_metrics.records import Extraction, Metric

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"

# An invented bulletin: its contents (1.–3.) and each article's title repeat figures of the body.
BULLETIN = """Bản tin Cải cách hành chính ngày 14/5/2024

CẢI CÁCH ĐỊA PHƯƠNG

1.        Quảng Trị: Tỷ lệ hồ sơ trực tuyến đạt 78,4%

2.        Kon Tum xếp thứ 12/63 về Chỉ số PAR INDEX

3.        Hậu Giang cắt giảm 46 thủ tục hành chính

CẢI CÁCH ĐỊA PHƯƠNG

Quảng Trị: Tỷ lệ hồ sơ trực tuyến đạt 78,4%

Theo báo cáo của Văn phòng UBND tỉnh Quảng Trị, tính đến hết tháng 4 năm 2024, tỷ lệ hồ sơ trực tuyến của tỉnh đạt 78,4%, tăng mạnh so với cùng kỳ. Tỷ lệ hồ sơ giải quyết đúng hạn đạt 97,1%.

Kon Tum xếp thứ 12/63 về Chỉ số PAR INDEX

Năm 2023, tỉnh Kon Tum xếp thứ 12/63 về Chỉ số PAR INDEX, tăng 9 bậc so với năm trước. Chỉ số SIPAS của tỉnh đạt 82,3%.

Hậu Giang cắt giảm 46 thủ tục hành chính

Trong quý I/2024, tỉnh Hậu Giang đã cắt giảm 46 thủ tục hành chính. Tỉnh cũng đã cấp 512.000 thẻ căn cước công dân gắn chip.
"""

# A second one: a national bulletin whose contents line names no place and no period.
BULLETIN_2 = """Bản tin Cải cách hành chính ngày 3/7/2024

1.        Cả nước cấp hơn 86 triệu thẻ căn cước công dân gắn chip

2.        Giải ngân vốn đầu tư công đạt 29,39%

CHỦ TRƯƠNG CẢI CÁCH

Cả nước cấp hơn 86 triệu thẻ căn cước công dân gắn chip

Tính đến hết tháng 6 năm 2024, Bộ Công an đã cấp hơn 86 triệu thẻ căn cước công dân gắn chip trên toàn quốc.

Giải ngân vốn đầu tư công đạt 29,39%

Theo Bộ Tài chính, 6 tháng đầu năm 2024, cả nước giải ngân vốn đầu tư công đạt 29,39% kế hoạch.
"""


def _claims(text, name="b"):
    return group_claims(cchc_metrics.extract(text), name, text=text)


def _texts(text, claim):
    return [text[a:b] for a, b in claim.mentions]


def test_contents_title_and_body_merge():
    claims = _claims(BULLETIN)
    by_indicator = {c.indicator: c for c in claims if c.indicator}
    share = by_indicator["online_application_share"]
    assert _texts(BULLETIN, share) == ["78,4%"] * 3
    assert (share.locality, share.as_of, share.value) == ("Quảng Trị", "2024-04", 78.4)
    rank = by_indicator["par_index"]
    assert len(rank.mentions) == 3 and (rank.value, rank.denominator, rank.period) == (12, 63, "2023")
    cut = by_indicator["procedures_cut"]
    assert len(cut.mentions) == 3 and cut.period == "2024-Q1"
    # the figures stated once stay single
    for ind in ("on_time_share", "sipas", "chip_id_cards"):
        assert len(by_indicator[ind].mentions) == 1
    # every metric is in exactly one claim
    assert sorted(i for c in claims for i in c.metric_indices) == list(range(len(cchc_metrics.extract(BULLETIN).metrics)))


def test_national_bulletin_merges():
    claims = _claims(BULLETIN_2)
    cards = [c for c in claims if c.indicator == "chip_id_cards"]
    assert len(cards) == 1 and len(cards[0].mentions) == 3
    assert cards[0].qualifier == "over"
    money = [c for c in claims if c.indicator == "public_investment_disbursement"]
    assert len(money) == 1 and len(money[0].mentions) == 3


def test_ids_are_in_text_order_and_stable():
    claims = _claims(BULLETIN, "bt-14")
    assert [c.claim_id for c in claims] == [f"bt-14#c{n}" for n in range(1, len(claims) + 1)]
    firsts = [c.mentions[0][0] for c in claims]
    assert firsts == sorted(firsts)
    assert [c.claim_id for c in _claims(BULLETIN, "bt-14")] == [c.claim_id for c in claims]


def test_metric_claim_ids():
    ex = cchc_metrics.extract(BULLETIN)
    claims = group_claims(ex, "b", text=BULLETIN)
    ids = metric_claim_ids(claims, len(ex.metrics))
    assert len(ids) == len(ex.metrics) and None not in ids
    share = next(c for c in claims if c.indicator == "online_application_share")
    assert [ids[i] for i in share.metric_indices] == [share.claim_id] * 3


# -- the rules, on hand-made metrics (independent of the extractor) -----------------------
def M(start, value=5, **kw):
    kw.setdefault("kind", "count")
    kw.setdefault("subject", "dự án")
    return Metric(start=start, end=start + 1, text="5", value=value, **kw)


def group(*metrics):
    return group_claims(Extraction(metrics=metrics), "d")


def test_same_figure_merges_and_another_value_does_not():
    claims = group(M(0, locality="Huế"), M(10, locality="Huế"), M(20, value=6, locality="Huế"))
    assert [len(c.mentions) for c in claims] == [2, 1]


@pytest.mark.parametrize("change", [
    {"status": "target"}, {"unit": "VND", "kind": "money"}, {"value_max": 9}, {"subject": "hồ sơ"},
    {"per": "year"}, {"locality": "Huế"}, {"period": "2024"},
])
def test_a_different_field_keeps_claims_apart(change):
    base = dict(locality="Đà Nẵng", period="2023")
    claims = group(M(0, **base), M(10, **{**base, **change}))
    assert len(claims) == 2


def test_subject_variants_fold():
    claims = group(M(0, subject="Tổng số dự án"), M(10, subject="các dự án,"))
    assert len(claims) == 1 and claims[0].subject == "Tổng số dự án"


def test_indicator_joins_different_wordings():
    a = Metric("percent", 0, 3, text="61%", value=61, unit="%", subject="tỷ lệ hồ sơ nộp trực tuyến")
    b = Metric("percent", 9, 12, text="61%", value=61, unit="%", subject="Tỉ lệ hồ sơ trực tuyến")
    claims = group(a, b)
    assert len(claims) == 1 and claims[0].indicator == "online_application_share"


def test_partial_context_joins_the_one_fuller_claim():
    claims = group(M(0), M(10, locality="Huế"), M(20, locality="Huế", period="2024"))
    assert len(claims) == 1
    assert (claims[0].locality, claims[0].period) == ("Huế", "2024")


def test_partial_context_stays_alone_when_ambiguous():
    claims = group(M(0, locality="Huế"), M(10, locality="Huế", period="2023"), M(20, locality="Huế", period="2024"))
    assert [len(c.mentions) for c in claims] == [1, 1, 1]


def test_partial_context_never_overrides_a_contradiction():
    claims = group(M(0, locality="Huế"), M(10, locality="Đà Nẵng", period="2024"))
    assert len(claims) == 2


def test_deadlines_group_by_date():
    d1 = Metric("deadline", 0, 5, date="2025-07-01", relation="by")
    d2 = Metric("deadline", 10, 15, date="2025-07-01", relation="by")
    d3 = Metric("deadline", 20, 25, date="2025-12-31", relation="by")
    assert [len(c.mentions) for c in group(d1, d2, d3)] == [2, 1]


def test_to_dict_round_trip_and_rows():
    claims = _claims(BULLETIN)
    for c in claims:
        assert Claim.from_dict(c.to_dict()) == c
    rows = claim_rows(claims)
    assert rows[0]["n_mentions"] == len(claims[0].mentions)
    assert rows[0]["mentions"].count(";") == len(claims[0].mentions) - 1


def test_empty_and_bad_input():
    assert group_claims(Extraction(), "x") == []
    with pytest.raises(TypeError):
        group_claims(None)
    with pytest.raises(TypeError):
        group_claims(BULLETIN)
    with pytest.raises(TypeError):
        group_claims(Extraction(), doc_id=3)
    with pytest.raises(TypeError):
        group_claims(Extraction(), "x", text=b"bytes")


@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is not here")
def test_corpus_partition():
    files = sorted(CORPUS.glob("*.txt"))[:40]
    assert files
    for path in files:
        text = cchc_metrics.read_text(path)
        ex = cchc_metrics.extract(text)
        claims = group_claims(ex, path.stem, text=text)
        indices = sorted(i for c in claims for i in c.metric_indices)
        assert indices == list(range(len(ex.metrics))), path.name
        for c in claims:  # every mention of a claim states the same number
            values = {(ex.metrics[i].kind, ex.metrics[i].value, ex.metrics[i].date) for i in c.metric_indices}
            assert len(values) == 1, (path.name, c.claim_id)


def test_districts_keep_claims_apart():
    # "Quận Nam Từ Liêm … 4 phường" and "Quận Long Biên … 4 phường" are two figures
    claims = group(M(0, subject="đơn vị hành chính", locality="Hà Nội", district="Nam Từ Liêm"),
                   M(10, subject="đơn vị hành chính", locality="Hà Nội", district="Long Biên"))
    assert len(claims) == 2
    assert {c.district for c in claims} == {"Nam Từ Liêm", "Long Biên"}


def test_a_one_word_subject_outside_the_taxonomy_does_not_merge():
    # "1.000 người" in three different scoring rules of one decree
    claims = group(M(0, subject="người", value=1000), M(10, subject="người", value=1000))
    assert [len(c.mentions) for c in claims] == [1, 1]
    # a two-word subject still merges its repeats (title, summary, body)
    claims = group(M(0, subject="hồ sơ trực tuyến"), M(10, subject="hồ sơ trực tuyến"))
    assert [len(c.mentions) for c in claims] == [2]


def test_a_number_shared_down_a_list_is_no_restatement():
    text = ("Các vùng kinh tế - xã hội\n\n"
            "- Vùng Bắc Trung Bộ gồm 5 tỉnh, thành phố: Thanh Hóa, Nghệ An, Hà Tĩnh, Quảng Trị, Huế;\n"
            "- Vùng đồng bằng sông Cửu Long gồm 5 tỉnh, thành phố: Cần Thơ, Vĩnh Long, Đồng Tháp, An Giang, Cà Mau.\n")
    ex = extract(text, published="2025-07-01")
    claims = group_claims(ex, "v", text=text)
    fives = [c for c in claims if c.value == 5]
    assert len(fives) == 2


def test_a_title_restates_its_body():
    text = ("Bắc Ninh có 1.250 hồ sơ trực tuyến trong tháng 5\n\n"
            "Trong tháng 5/2024, tỉnh Bắc Ninh tiếp nhận 1.250 hồ sơ trực tuyến qua Cổng dịch vụ công.\n")
    ex = extract(text, published="2024-06-11")
    claims = group_claims(ex, "t", text=text)
    assert [len(c.mentions) for c in claims if c.value == 1250] == [2]


def test_two_points_of_a_law_that_differ_by_a_letter_are_two_claims():
    text = ("Mức hỗ trợ đóng bảo hiểm\n\n"
            "Hỗ trợ tối thiểu 70% mức đóng bảo hiểm y tế đối với đối tượng quy định tại điểm a khoản 4 Điều 12 "
            "của Luật Bảo hiểm y tế;\n\n"
            "Hỗ trợ tối thiểu 70% mức đóng bảo hiểm y tế đối với đối tượng quy định tại điểm g khoản 4 Điều 12 "
            "của Luật Bảo hiểm y tế.\n")
    ex = extract(text, published="2025-07-11")
    claims = group_claims(ex, "p", text=text)
    assert [len(c.mentions) for c in claims if c.value == 70] == [1, 1]
    # the same sentence repeated word for word is one claim
    body = "Tỉnh Bắc Ninh đã tiếp nhận 1.250 hồ sơ trực tuyến qua Cổng dịch vụ công trong tháng 5."
    text = f"Tin cải cách\n\n{body}\n\n{body}\n"
    claims = group_claims(extract(text, published="2024-06-11"), "r", text=text)
    assert [len(c.mentions) for c in claims if c.value == 1250] == [2]


def test_table_cells_keep_regions_same_article_claims_and_small_counts_apart():
    from cchc_metrics.indicator_table import build_table

    regions = ("Các vùng sau sắp xếp\n\n"
               "Vùng Bắc Trung Bộ gồm 5 tỉnh là Thanh Hóa, Nghệ An, Hà Tĩnh, Quảng Trị, Huế.\n\n"
               "Vùng đồng bằng sông Cửu Long gồm 5 tỉnh là Cần Thơ, Vĩnh Long, Đồng Tháp, An Giang, Cà Mau.\n")
    wards = "Thị xã Chũ có 10 đơn vị hành chính cấp xã, gồm 05 phường và 05 xã.\n"
    big = "Sau sắp xếp, cả nước có 3.321 đơn vị hành chính cấp xã.\n"
    docs = [(f"d{i}", extract(t, published="2025-07-10"), t) for i, t in enumerate((regions, wards, big, big))]
    rows = build_table(docs)
    fives = [r for r in rows if r["value"] == 5]
    assert fives and all(r["n_claims"] == 1 for r in fives)  # no cell holds two 5s
    merged = [r for r in rows if r["value"] == 3321]
    assert [r["n_docs"] for r in merged] == [2]  # a large count restated by two articles is one cell
