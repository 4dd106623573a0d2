"""The indicator taxonomy: one invented sentence per indicator, and a near miss for each."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

import cchc_metrics
from cchc_metrics.indicators import (fold, indicator_of, load_taxonomy, match_indicator, subject_key,
                                     taxonomy_from_entries)
from cchc_metrics.records import Metric

# (indicator, invented sentence, the text of the figure in it)
POSITIVE = [
    ("online_application_share", "Năm 2024, tỷ lệ hồ sơ nộp trực tuyến của tỉnh Bắc Ninh đạt 82,5%.", "82,5%"),
    ("online_application_share", "Tỉ lệ hồ sơ trực tuyến toàn trình của Hà Nam đạt 61%.", "61%"),
    ("online_services_count", "Tỉnh Hải Dương đã tích hợp 618 dịch vụ công trực tuyến lên Cổng quốc gia.", "618"),
    ("online_payment_share", "Tỷ lệ thanh toán trực tuyến của tỉnh Gia Lai đạt 45,2%.", "45,2%"),
    ("procedures_cut", "Trong năm 2024, tỉnh Lào Cai đã cắt giảm, đơn giản hóa 125 thủ tục hành chính.", "125"),
    ("budget_revenue", "Thu ngân sách nhà nước 6 tháng đầu năm 2024 của tỉnh Nam Định ước đạt 4.250 tỷ đồng.",
     "4.250 tỷ đồng"),
    ("public_investment_disbursement", "Đến hết tháng 9/2024, tỉnh Phú Thọ giải ngân vốn đầu tư công đạt 65,2%.",
     "65,2%"),
    ("provincial_units", "Sau sắp xếp, cả nước còn 34 đơn vị hành chính cấp tỉnh.", "34"),
    ("district_units", "Năm 2023, tỉnh Hưng Yên có 10 đơn vị hành chính cấp huyện.", "10"),
    ("commune_units", "Tỉnh Thái Bình giảm từ 260 xuống còn 112 đơn vị hành chính cấp xã.", "112"),
    ("staff_cut", "Năm 2024, tỉnh Yên Bái đã tinh giản 312 biên chế.", "312"),
    ("staff_headcount", "Tổng biên chế công chức của tỉnh Kon Tum năm 2024 là 2.150 người.", "2.150"),
    ("par_index", "Chỉ số PAR INDEX 2023 của tỉnh Quảng Ninh đạt 91,5 điểm, xếp thứ 1/63 tỉnh, thành phố.",
     "xếp thứ 1/63"),
    ("sipas", "Chỉ số SIPAS năm 2023 của tỉnh Bình Định đạt 84,2%.", "84,2%"),
    ("papi", "Chỉ số PAPI 2023 của tỉnh Bình Định xếp thứ 5/63.", "xếp thứ 5/63"),
    ("pci", "Năm 2023, PCI của Long An đạt 70,5 điểm, xếp thứ 3/63.", "70,5 điểm"),
    ("dti", "Chỉ số chuyển đổi số DTI năm 2023 của Đà Nẵng xếp thứ 1/63.", "xếp thứ 1/63"),
    ("chip_id_cards", "Công an tỉnh Nghệ An đã cấp 2,6 triệu thẻ căn cước công dân gắn chip.", "2,6 triệu"),
    ("on_time_share", "Tỷ lệ hồ sơ giải quyết đúng hạn của tỉnh Cà Mau đạt 98,7%.", "98,7%"),
    ("grdp_growth", "Năm 2024, tăng trưởng GRDP của tỉnh Bắc Giang đạt 13,85%.", "13,85%"),
]

# (the indicator it must NOT get, a metric as the extractor gives it, its sentence or None)
NEAR_MISS = [
    ("online_application_share", Metric("percent", 0, 3, text="40%", value=40, unit="%",
                                        subject="tỷ lệ hồ sơ nộp trực tiếp"), None),
    ("online_application_share", Metric("count", 0, 3, text="618", value=618,
                                        subject="dịch vụ công trực tuyến"), None),  # a count of services
    ("online_services_count", Metric("count", 0, 5, text="1.899", value=1899, subject="dịch vụ công"), None),
    ("online_payment_share", Metric("percent", 0, 3, text="45%", value=45, unit="%",
                                    subject="tỷ lệ thanh toán tiền mặt"), None),
    ("procedures_cut", Metric("count", 13, 16, text="125", value=125, subject="thủ tục hành chính", sentence=(0, 54)),
     "Tỉnh công bố 125 thủ tục hành chính thuộc thẩm quyền."),
    ("procedures_cut", Metric("percent", 20, 23, text="30%", value=30, unit="%",
                              subject="thời gian giải quyết thủ tục hành chính", sentence=(0, 70)),
     "Cắt giảm ít nhất 30% thời gian giải quyết thủ tục hành chính."),
    ("budget_revenue", Metric("money", 0, 5, text="3.000 tỷ đồng", value=3e12, unit="VND",
                              subject="chi ngân sách địa phương"), None),
    ("public_investment_disbursement", Metric("money", 0, 5, value=5e11, unit="VND", subject="vốn đầu tư công",
                                              sentence=(0, 60), text="500 tỷ"),
     "Tổng vốn đầu tư công năm 2024 của tỉnh là 500 tỷ đồng."),
    ("provincial_units", Metric("count", 0, 2, text="12", value=12, subject="tỉnh lộ"), None),
    ("district_units", Metric("count", 0, 2, text="12", value=12, subject="huyện ủy viên"), None),
    ("commune_units", Metric("count", 0, 2, text="40", value=40, subject="căn hộ nhà ở xã hội"), None),
    ("staff_cut", Metric("count", 10, 13, text="120", value=120, subject="công chức", sentence=(0, 40)),
     "Tỉnh đã tuyển 120 công chức mới."),
    ("staff_headcount", Metric("count", 0, 3, text="120", value=120, subject="cán bộ"), None),
    ("par_index", Metric("rank", 25, 34, text="xếp thứ 2", value=2, sentence=(0, 60)),
     "Thị xã đứng đầu bảng, xếp thứ 2 về thu hút đầu tư."),
    ("sipas", Metric("percent", 0, 3, text="98%", value=98, unit="%", subject="mức độ hài lòng"), None),
    ("papi", Metric("rank", 38, 48, text="xếp thứ 43", value=43, sentence=(0, 60)),
     "Chỉ số hiệu quả logistics (LPI) của Việt Nam xếp thứ 43."),
    ("pci", Metric("rank", 43, 53, text="xếp thứ 67", value=67, sentence=(0, 60)),
     "Chỉ số năng lực cạnh tranh toàn cầu (GCI) xếp thứ 67."),
    ("dti", Metric("rank", 22, 31, text="xếp thứ 5", value=5, sentence=(0, 40)),
     "Chỉ số ICT Index tỉnh xếp thứ 5."),
    ("chip_id_cards", Metric("count", 0, 9, text="53,88 triệu", value=53_880_000,
                             subject="tài khoản định danh điện tử"), None),
    ("on_time_share", Metric("percent", 0, 4, text="1,2%", value=1.2, unit="%",
                             subject="tỷ lệ hồ sơ giải quyết quá hạn"), None),
    ("grdp_growth", Metric("percent", 0, 3, text="35%", value=35, unit="%",
                           subject="tỷ trọng công nghiệp trong GRDP"), None),
    ("grdp_growth", Metric("money", 0, 3, text="95 triệu đồng", value=95e6, unit="VND",
                           subject="GRDP bình quân đầu người"), None),
]


@pytest.mark.parametrize("indicator, sentence, figure", POSITIVE, ids=[p[0] + "-" + p[2] for p in POSITIVE])
def test_positive_through_the_extractor(indicator, sentence, figure):
    metrics = [m for m in cchc_metrics.extract(sentence).metrics if figure in m.text]
    assert metrics, f"the extractor no longer reads {figure!r} in {sentence!r}"
    assert indicator_of(metrics[0], sentence) == indicator


@pytest.mark.parametrize("indicator, metric, sentence", NEAR_MISS, ids=[n[0] for n in NEAR_MISS])
def test_near_miss(indicator, metric, sentence):
    assert indicator_of(metric, sentence) != indicator


def test_every_builtin_indicator_has_a_positive_and_a_near_miss():
    ids = set(load_taxonomy().ids)
    assert ids == {p[0] for p in POSITIVE}
    assert ids == {n[0] for n in NEAR_MISS}


def test_kind_filters():
    m = Metric("money", 0, 5, value=5, unit="VND", subject="tỷ lệ hồ sơ trực tuyến")
    assert indicator_of(m) is None


def test_sentence_nearest_keyword_wins():
    s = "Chỉ số PCI của tỉnh xếp thứ 10, còn Chỉ số PAPI xếp thứ 20."
    far = s.index("xếp thứ 20")
    near = s.index("xếp thứ 10")
    a = Metric("rank", near, near + 10, text="xếp thứ 10", value=10, sentence=(0, len(s)))
    b = Metric("rank", far, far + 10, text="xếp thứ 20", value=20, sentence=(0, len(s)))
    assert indicator_of(a, s) == "pci"
    assert indicator_of(b, s) == "papi"


def test_subject_beats_sentence():
    # a named subject is matched alone: the sentence's PCI does not make "thu ngân sách" an index
    s = "Tỉnh có PCI cao, thu ngân sách đạt 5.000 tỷ đồng."
    m = Metric("money", s.index("5.000"), len(s) - 1, text="5.000 tỷ đồng", value=5e12, unit="VND",
               subject="thu ngân sách", sentence=(0, len(s)))
    assert match_indicator(m, s).target == "subject"
    assert indicator_of(m, s) == "budget_revenue"


def test_evidence_is_kept():
    found = match_indicator(Metric("percent", 0, 3, value=9, unit="%", subject="Tỉ lệ hồ sơ trực tuyến"))
    assert (found.indicator, found.target, found.text) == ("online_application_share", "subject", "hồ sơ trực tuyến")


@pytest.mark.parametrize("raw, key", [
    ("Tổng số  Thứ trưởng,", "thứ trưởng"),
    ("Tỉ lệ hồ sơ trực tuyến", "tỷ lệ hồ sơ trực tuyến"),
    ("số hồ sơ", "hồ sơ"),
    ("số hoá hồ sơ", "số hóa hồ sơ"),       # "số hóa" is a word, not "the number of"
    ("các tỉnh, thành phố", "tỉnh thành phố"),
    ("Uỷ ban (UBND)", "ủy ban ubnd"),
    ("quý", "quý"),                          # "qu" + "ý": the same in both tone styles
    ("hoàn thành", "hoàn thành"),
    ("số", "số"),
    (None, ""),
    ("", ""),
])
def test_subject_key(raw, key):
    assert subject_key(raw) == key


def test_fold_keeps_length():
    s = "Hoà bình, thuỷ lợi, tỉ lệ, Uỷ ban"
    assert len(fold(s)) == len(s)


def test_bad_input():
    with pytest.raises(TypeError):
        subject_key(b"bytes")
    with pytest.raises(TypeError):
        indicator_of("not a metric")
    with pytest.raises(TypeError):
        indicator_of(Metric("count", 0, 1, value=1), sentence_text=b"x")
    with pytest.raises(FileNotFoundError):
        load_taxonomy("/nonexistent/taxonomy.json")
    with pytest.raises(TypeError):
        load_taxonomy(b"x.json")


def _write(tmp_path, entries):
    path = tmp_path / "mine.json"
    path.write_text(json.dumps({"format_version": 1, "indicators": entries}, ensure_ascii=False), encoding="utf-8")
    return path


def test_user_file_adds_replaces_and_disables(tmp_path):
    path = _write(tmp_path, [
        {"id": "vneid_accounts", "label_vi": "Tài khoản định danh điện tử", "label_en": "VNeID accounts",
         "kinds": ["count"], "patterns": ["tài khoản định danh điện tử", "vneid"]},
        {"id": "sipas", "label_vi": "Mức độ hài lòng", "label_en": "Satisfaction", "kinds": ["percent"],
         "patterns": ["mức độ hài lòng", "sipas"]},
        {"id": "grdp_growth", "disabled": True},
    ])
    tax = load_taxonomy(path)
    assert tax.ids[:2] == ("vneid_accounts", "sipas")  # the user's entries are tried first
    assert "grdp_growth" not in tax.ids
    assert tax.fingerprint != load_taxonomy().fingerprint
    acc = Metric("count", 0, 1, value=5, subject="tài khoản định danh điện tử")
    assert indicator_of(acc) is None
    assert indicator_of(acc, taxonomy=tax) == "vneid_accounts"
    assert indicator_of(Metric("percent", 0, 1, value=98, unit="%", subject="mức độ hài lòng"), taxonomy=tax) == "sipas"
    assert indicator_of(Metric("percent", 0, 1, value=9, unit="%", subject="tăng trưởng GRDP"), taxonomy=tax) is None


@pytest.mark.parametrize("entry, message", [
    ({"id": "Bad Id", "kinds": ["count"], "patterns": ["x"]}, "id"),
    ({"id": "x", "kinds": ["money", "spoons"], "patterns": ["x"]}, "kinds"),
    ({"id": "x", "kinds": ["count"], "patterns": []}, "patterns"),
    ({"id": "x", "kinds": ["count"], "patterns": ["(unclosed"]}, "regular expression"),
    ({"id": "x", "kinds": ["count"], "patterns": "not a list"}, "list"),
])
def test_malformed_user_file(tmp_path, entry, message):
    with pytest.raises(ValueError, match=message):
        load_taxonomy(_write(tmp_path, [entry]))


def test_not_json(tmp_path):
    path = tmp_path / "x.json"
    path.write_text("{nope", encoding="utf-8")
    with pytest.raises(ValueError, match="JSON"):
        load_taxonomy(path)


def test_round_trip_through_entries():
    tax = load_taxonomy()
    again = taxonomy_from_entries([i.to_dict() for i in tax.indicators])
    assert again.fingerprint == tax.fingerprint


def test_import_is_cheap():
    # importing compiles no pattern and reads no file: the taxonomy loads on first use
    code = ("import sys, cchc_metrics.indicators as i; "
            "print(i._builtin.cache_info().currsize, 'pint' in sys.modules, 'pandas' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["0", "False", "False"]


def test_veto_near_the_number_keeps_a_court_s_communes_out_of_the_unit_count():
    from cchc_metrics import extract
    from cchc_metrics.indicators import indicator_of

    own = "Sau sắp xếp, tỉnh Lâm Đồng có 124 xã, phường."
    court = "Tòa án nhân dân khu vực 6 tỉnh Lâm Đồng có thẩm quyền đối với 07 xã."
    m_own = [m for m in extract(own, published="2025-07-10").metrics if m.kind == "count"][0]
    m_court = [m for m in extract(court, published="2025-07-10").metrics if m.kind == "count" and m.value == 7][0]
    assert indicator_of(m_own, own) == "commune_units"
    assert indicator_of(m_court, court) is None
