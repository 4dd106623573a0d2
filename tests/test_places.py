"""Places: our own sentences of the genre (not taken from the seeds or devtest)."""

from __future__ import annotations

import pytest

from cchc_metrics.context.localities import attach_localities
from cchc_metrics.context.gazetteer import NATIONAL, outlet_province, province_2025
from cchc_metrics.context.places import find_places
from cchc_metrics.records import Article, Metric
from cchc_metrics.text.segment import split_sentences
from cchc_metrics.text.structure import parse_document


def _first(text):
    places = [p for p in find_places(text) if p.province or p.national or p.region]
    return places[0] if places else None


# text -> (province, district, region, national) of the first mention
FIND = [
    ("UBND tỉnh Bắc Giang vừa ban hành kế hoạch.", ("Bắc Giang", None, None, False)),
    ("Tại TP.HCM, người dân nộp hồ sơ trực tuyến.", ("Hồ Chí Minh", None, None, False)),
    ("Người dân TPHCM đánh giá cao.", ("Hồ Chí Minh", None, None, False)),
    ("UBND Thành phố Hồ Chí Minh chỉ đạo.", ("Hồ Chí Minh", None, None, False)),
    ("Sở Nội vụ TP. Hồ Chí Minh cho biết.", ("Hồ Chí Minh", None, None, False)),
    ("Giới trẻ Sài Gòn hưởng ứng.", ("Hồ Chí Minh", None, None, False)),
    ("Thủ đô đi đầu trong chuyển đổi số.", ("Hà Nội", None, None, False)),
    ("Tỉnh BR-VT triển khai mô hình mới.", ("Bà Rịa - Vũng Tàu", None, None, False)),
    ("Công an tỉnh TT-Huế hướng dẫn người dân.", ("Thừa Thiên Huế", None, None, False)),
    ("Người dân TT Huế làm thủ tục.", ("Thừa Thiên Huế", None, None, False)),
    ("Tỉnh Khánh Hoà công bố danh mục.", ("Khánh Hòa", None, None, False)),
    ("Tỉnh Thanh Hoá có 27 đơn vị cấp huyện.", ("Thanh Hóa", None, None, False)),
    ("Tỉnh Đắc Lắk đẩy mạnh dịch vụ công.", ("Đắk Lắk", None, None, False)),
    ("Tỉnh Dak Nông rà soát thủ tục.", ("Đắk Nông", None, None, False)),
    ("UBND huyện Củ Chi tiếp nhận hồ sơ.", ("Hồ Chí Minh", "Củ Chi", None, False)),
    ("Quận 7 đứng đầu khối quận, huyện.", ("Hồ Chí Minh", "7", None, False)),
    ("Thị xã Sơn Tây, Hà Nội triển khai thí điểm.", ("Hà Nội", "Sơn Tây", None, False)),
    ("Huyện Châu Thành, tỉnh Bến Tre hoàn thành.", ("Bến Tre", "Châu Thành", None, False)),
    ("Tại tỉnh Hậu Giang, huyện Châu Thành đạt kết quả tốt.", ("Hậu Giang", None, None, False)),
    ("Thành phố Hà Giang thu hút khách du lịch.", ("Hà Giang", "Hà Giang", None, False)),
    ("Hà Giang có 11 đơn vị hành chính cấp huyện.", ("Hà Giang", None, None, False)),
    ("Thành phố Thủ Dầu Một nhận bằng khen.", ("Bình Dương", "Thủ Dầu Một", None, False)),
    ("Các tỉnh vùng ĐBSCL đẩy mạnh chuyển đổi số.", (None, None, "Đồng bằng sông Cửu Long", False)),
    ("Các tỉnh, thành phố đã kết nối.", (None, None, None, True)),
    ("Vùng Tây Nguyên có 5 tỉnh.", (None, None, "Tây Nguyên", False)),
    ("Khu vực Đông Nam Bộ thu hút đầu tư.", (None, None, "Đông Nam Bộ", False)),
    ("Cả nước có hơn 4.000 dịch vụ công trực tuyến.", (None, None, None, True)),
    ("Bộ Tư pháp đã cấp 2 triệu phiếu lý lịch.", (None, None, None, True)),
    ("Văn phòng Chính phủ tổng hợp báo cáo.", (None, None, None, True)),
    ("Thủ tướng yêu cầu các bộ đẩy nhanh tiến độ.", (None, None, None, True)),
    ("Trên toàn quốc đã có 63/63 tỉnh kết nối.", (None, None, None, True)),
]


@pytest.mark.parametrize("text,expected", FIND, ids=[t for t, _ in FIND])
def test_find_places(text, expected):
    p = _first(text)
    assert p is not None
    assert (p.province, p.district, p.region, p.national) == expected
    assert text[p.start:p.end].strip()


NO_PLACE = [
    "Ông Nguyễn Hòa Bình phát biểu tại hội nghị.",  # a person
    "Bà Lê Thái Bình, Phó Giám đốc Sở, cho biết.",  # a person
    "Học tập và làm theo tư tưởng Hồ Chí Minh.",  # the President
    "Xây dựng Chính phủ điện tử là nhiệm vụ trọng tâm.",  # a theme, not the Government
    "Đất nước ta sống trong hòa bình.",  # a common word
    "Tổ công nghệ số cộng đồng thống nhất hoạt động.",  # lower case
]


@pytest.mark.parametrize("text", NO_PLACE)
def test_no_false_place(text):
    assert [p for p in find_places(text) if p.province or p.national] == []


def test_person_and_place_in_one_sentence():
    text = "Ông Trần Quảng Nam làm việc với tỉnh Quảng Nam."
    provs = [(text[p.start:p.end], p.province) for p in find_places(text) if p.province]
    assert provs == [("tỉnh Quảng Nam", "Quảng Nam")]


def test_shared_district_unresolved_without_context():
    p = [x for x in find_places("UBND huyện Châu Thành họp bàn.") if x.district]
    assert p and p[0].province is None and p[0].district == "Châu Thành"


@pytest.mark.parametrize(
    "old,new",
    [("Hải Dương", "Hải Phòng"), ("Thừa Thiên Huế", "Huế"), ("Hà Nội", "Hà Nội"),
     ("Bà Rịa - Vũng Tàu", "Hồ Chí Minh"), ("Hậu Giang", "Cần Thơ"), ("Đắk Nông", "Lâm Đồng")],
)
def test_province_2025(old, new):
    assert province_2025(old) == new


def test_outlet_province():
    assert outlet_province("https://baoquangninh.vn/tin") == "Quảng Ninh"
    assert outlet_province("Baothainguyen.vn") == "Thái Nguyên"
    assert outlet_province("https://vnexpress.net/x") is None


# ------------------------------------------------------------------ attaching to claims
def _attach(text, quotes, articles=None):
    metrics = []
    for kind, q in quotes:
        s = text.index(q)
        metrics.append(Metric(kind=kind, start=s, end=s + len(q), text=q))
    arts = articles if articles is not None else parse_document(text)
    return attach_localities(text, metrics, arts, split_sentences(text))


def _loc(m):
    return (m.locality, m.district)


ATTACH = [
    # own sentence wins
    ("Tin tổng hợp\nTại Sơn La, tỷ lệ hồ sơ trực tuyến đạt 85%.", ("percent", "85%"), ("Sơn La", None)),
    ("Tin tổng hợp\nHuyện Long Thành tiếp nhận 200 hồ sơ.", ("count", "200 hồ sơ"), ("Đồng Nai", "Long Thành")),
    # heading of the article
    ("Nghệ An: Nâng cao chất lượng phục vụ\nTỷ lệ hài lòng đạt 97%.", ("percent", "97%"), ("Nghệ An", None)),
    # the body's subject when the title names none
    ("Nâng cao chất lượng phục vụ\nTỉnh Yên Bái đã số hóa hồ sơ. Yên Bái đạt 60% hồ sơ.\nKết quả có 500 hồ sơ được số hóa.",
     ("count", "500 hồ sơ"), ("Yên Bái", None)),
    # national: a ministry reporting its own work
    ("Tin trung ương\nBộ Tài chính đã cắt giảm 120 thủ tục.", ("count", "120 thủ tục"), (NATIONAL, None)),
    ("Tin trung ương\nCả nước có 10 triệu tài khoản.", ("count", "10 triệu tài khoản"), (NATIONAL, None)),
    # a direction from the Government does not make a provincial claim national
    ("Quảng Bình: Rà soát thủ tục\nTheo chỉ đạo của Chính phủ, tỉnh cắt giảm 30 thủ tục.",
     ("count", "30 thủ tục"), ("Quảng Bình", None)),
    # "đứng thứ 2 cả nước": the country is the yardstick of the rank
    ("Tin tổng hợp\nTỉnh Bắc Ninh đứng thứ 2 cả nước.", ("rank", "thứ 2"), ("Bắc Ninh", None)),
    # the ranked one follows the rank
    ("Bảng xếp hạng\nXếp thứ ba là tỉnh Tây Ninh với 88 điểm.", ("rank", "thứ ba"), ("Tây Ninh", None)),
    # a region: no province
    ("Tin vùng\nCác tỉnh Tây Nguyên có 1.200 dịch vụ công.", ("count", "1.200 dịch vụ công"), (None, None)),
    # two provinces at once
    ("Tin tổng hợp\nThí điểm tại Hà Nam và tỉnh Ninh Bình với 3 thủ tục.", ("count", "3 thủ tục"), (None, None)),
    # a bare "tỉnh" points back to the province last named
    ("Tin tổng hợp\nTrong khi đó, Kon Tum triển khai mô hình mới. Lãnh đạo tỉnh dành 30 phút mỗi ngày tiếp dân.",
     ("duration", "30 phút"), ("Kon Tum", None)),
    # a province in topic position carries over the paragraph
    ("Tin tổng hợp\nCòn tỉnh Cà Mau triển khai đợt cao điểm. Kết quả, đã cấp 5.000 tài khoản.",
     ("count", "5.000 tài khoản"), ("Cà Mau", None)),
    # the shared district resolves by the province of the sentence
    ("Tin tổng hợp\nHuyện Châu Thành (Tiền Giang) giải quyết 98% hồ sơ đúng hạn.", ("percent", "98%"),
     ("Tiền Giang", "Châu Thành")),
    # provinces named as entries of a ranking are not the topic of what follows …
    ("Công bố Chỉ số hài lòng năm 2023: Bình Dương dẫn đầu\nBình Dương xếp thứ nhất, Long An đứng "
     "thứ hai. Cả nước có 63 địa phương tham gia. Chỉ số bình quân đạt 80,1%.", ("percent", "80,1%"),
     (NATIONAL, None)),
    ("Bảng xếp hạng\nHà Giang đứng cuối bảng với 70 điểm. Khoảng 8% người được hỏi chưa hài lòng.",
     ("percent", "8%"), (None, None)),
    # "Tỉnh xếp cuối": a province of the ranking, not the one named before
    ("Bảng xếp hạng\nLong An đứng thứ hai. Tỉnh xếp cuối bảng đạt 70,1%.", ("percent", "70,1%"),
     (None, None)),
    # a district shared by provinces takes the province named before it in the article,
    # not one a later comparison names
    ("Một cửa cấp huyện\nTỉnh Tiền Giang đẩy mạnh cải cách hành chính trong nhiều năm qua với nhiều "
     "mô hình mới, nhiều cách làm hay được nhân rộng.\nHuyện Châu Thành giải quyết 97% hồ sơ.\n"
     "Châu Thành của tỉnh Bến Tre đạt 90%.",
     ("percent", "97%"), ("Tiền Giang", "Châu Thành")),
    # a region after a rank is the field of the ranking, not where the claim is
    ("Kiên Giang: cải cách hành chính\nChỉ số của tỉnh đứng thứ 5 và dẫn đầu khu vực Đồng bằng sông "
     "Cửu Long với 88,1%.", ("percent", "88,1%"), ("Kiên Giang", None)),
    # a province's name inside a longer proper name, or naming a commune, is no province
    ("Tiền Giang: một cửa\nXã Long An Phú giải quyết 320 hồ sơ.", ("count", "320 hồ sơ"),
     ("Tiền Giang", None)),
    ("Cần Thơ: một cửa\nPhường An Hòa, đường Hà Nội tiếp nhận 75 hồ sơ.", ("count", "75 hồ sơ"),
     ("Cần Thơ", None)),
    # "tỉnh" in an article headed by its province: that province, not one listed earlier
    ("Gia Lai sẵn sàng vận hành bộ máy mới\nTỉnh Gia Lai mới được lập trên cơ sở hợp nhất hai tỉnh "
     "Gia Lai và Bình Định. Tỉnh mới có 135 đơn vị hành chính cấp xã.", ("count", "135 đơn vị"),
     ("Gia Lai", None)),
    # … but a province that does something is
    ("Tin tổng hợp\nHà Giang triển khai mô hình một cửa. Khoảng 8% người được hỏi chưa hài lòng.",
     ("percent", "8%"), ("Hà Giang", None)),
]


@pytest.mark.parametrize("text,claim,expected", ATTACH, ids=[a[1][1] for a in ATTACH])
def test_attach(text, claim, expected):
    (m,) = _attach(text, [claim])
    assert _loc(m) == expected


def test_attach_sets_province_2025_and_region():
    text = "Tin tổng hợp\nTỉnh Hải Dương có 1.000 hồ sơ. Vùng Tây Nguyên có 200 hồ sơ."
    a, b = _attach(text, [("count", "1.000 hồ sơ"), ("count", "200 hồ sơ")])
    assert (a.locality, a.province_2025) == ("Hải Dương", "Hải Phòng")
    assert (b.locality, b.region) == (None, "Tây Nguyên")


def test_attach_without_articles():
    text = "Tỉnh Lạng Sơn đạt 90% hồ sơ trực tuyến."
    (m,) = _attach(text, [("percent", "90%")], articles=[])
    assert m.locality == "Lạng Sơn"


def test_speed():
    import time

    para = ("Tỉnh Hưng Yên đã cấp 2.000 chữ ký số; huyện Văn Lâm đạt 95% hồ sơ. "
            "Bộ Công an cho biết cả nước có 80 triệu thẻ.\n")
    text = para * 3000  # ~350 KB
    sents = split_sentences(text)
    t0 = time.perf_counter()
    find_places(text)
    metrics = [Metric(kind="percent", start=i * len(para) + para.index("95%"),
                      end=i * len(para) + para.index("95%") + 3) for i in range(0, 3000, 3)]
    out = attach_localities(text, metrics, [Article(0, 0, len(text))], sents)
    assert all(m.locality == "Hưng Yên" and m.district == "Văn Lâm" for m in out)
    assert time.perf_counter() - t0 < 10


def test_numbered_districts_keep_their_type_and_whole_province_claims_have_no_district():
    import cchc_metrics

    text = (
        "TP.HCM: Quận 10 số hóa hồ sơ\n\n"
        "Quận 10 đã số hóa 12.000 hồ sơ hộ tịch, đạt 85%.\n"
        "Toàn thành phố đã số hóa 1,2 triệu hồ sơ.\n"
    )
    metrics = {m.text: m for m in cchc_metrics.extract_metrics(text)}
    assert metrics["85%"].district == "Quận 10" and metrics["85%"].locality == "Hồ Chí Minh"
    whole = metrics["1,2 triệu"]
    assert whole.locality == "Hồ Chí Minh" and whole.district is None


def test_locality_takes_the_name_of_its_time():
    # Thừa Thiên Huế became the city of Huế on 1 January 2025; the 2025 merger kept it
    from cchc_metrics import extract_metrics

    text = "Thừa Thiên Huế: một cửa\nTỉnh đã giải quyết 12.000 hồ sơ đúng hạn."
    before = [m for m in extract_metrics(text, published="2024-06-01") if m.kind == "count"]
    after = [m for m in extract_metrics(text, published="2025-03-01") if m.kind == "count"]
    assert before[0].locality == "Thừa Thiên Huế" and before[0].province_2025 == "Huế"
    assert after[0].locality == "Huế" and after[0].province_2025 == "Huế"


def test_a_body_a_request_goes_to_is_no_locality():
    from cchc_metrics import extract_metrics

    text = "Bình Định: thi đua\nSở đề nghị Thủ tướng Chính phủ tặng Bằng khen cho 3 tập thể."
    (m,) = [m for m in extract_metrics(text, published="2024-11-01") if m.kind == "count"]
    assert m.locality == "Bình Định"


def test_no_inherited_district_after_districts_ended():
    # districts ended on 1 July 2025: a later claim keeps one only from its own sentence
    from cchc_metrics import extract_metrics

    text = ("Quận Hải Châu: một cửa\nUBND quận Hải Châu triển khai mô hình mới.\n"
            "Trung tâm tiếp nhận 300 hồ sơ mỗi ngày.")
    (before,) = [m for m in extract_metrics(text, published="2024-10-01") if m.kind == "count"]
    (after,) = [m for m in extract_metrics(text, published="2025-09-01") if m.kind == "count"]
    assert before.district == "Hải Châu" and after.district is None
    assert after.locality == "Đà Nẵng"


def test_a_district_named_once_in_a_provincial_report_is_not_its_subject():
    from cchc_metrics import extract_metrics

    text = ("UBND TỈNH BÌNH ĐỊNH\nBÁO CÁO\nKết quả cải cách hành chính quý III\n\n"
            "Trong quý, toàn tỉnh Bình Định tiếp nhận 86.000 hồ sơ. Tỉnh Bình Định đã số hóa 90% hồ sơ.\n\n"
            "| 1 | UBND thị xã An Nhơn | 9.877 |\n\nTổng kinh phí chi cho chuyển đổi số là 86,4 tỷ đồng.")
    (m,) = [m for m in extract_metrics(text, published="2024-10-15") if m.kind == "money"]
    assert (m.locality, m.district) == ("Bình Định", None)
