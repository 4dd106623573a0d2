"""Bulletin structure: articles, sections, outlets, table of contents."""

from __future__ import annotations

from pathlib import Path

import pytest

from cchc_metrics.goldfile import read_text
from cchc_metrics.text.structure import article_at, parse_document, toc_target

SEEDS = Path(__file__).parent / "gold" / "seeds"


def _seed(stem: str) -> str:
    return read_text(SEEDS / f"{stem}.txt")


# (title start, outlet, section, locality) of each article, in order
EXPECTED = {
    "000_0347a6aaf26ad1f0": [
        ("Khắc phục những “điểm nghẽn”", "Anninhthudo.vn", "CHỦ TRƯƠNG CẢI CÁCH", None),
        ("TP.HCM: Những đơn vị", "Plo.vn", "CẢI CÁCH ĐỊA PHƯƠNG", "Hồ Chí Minh"),
        ("Người dân Hà Nội dễ tiếp cận", "Hanoionline.vn", "CẢI CÁCH ĐỊA PHƯƠNG", "Hà Nội"),
        ("Cổng dịch vụ công trực tuyến tỉnh Hải Dương", "Congluan.vn", "CẢI CÁCH ĐỊA PHƯƠNG", "Hải Dương"),
        ("Sơn La: Cải cách thủ tục", "Daidoanket.vn", "CẢI CÁCH ĐỊA PHƯƠNG", "Sơn La"),
        ("Đồng Nai: Hỗ trợ người dân", "Baodongnai.com.vn", "CẢI CÁCH ĐỊA PHƯƠNG", "Đồng Nai"),
        ("Hải Phòng: Cài đặt", "Congly.vn", "CẢI CÁCH ĐỊA PHƯƠNG", "Hải Phòng"),
        ("Liên thông điện tử thủ tục", "Vietnamnet.vn", "LĨNH VỰC CẢI CÁCH", None),
        ("Hà Nội: Kiểm tra công tác", "Tienphong.vn", "QUẢN LÝ HÀNH CHÍNH", "Hà Nội"),
        ("Lời cảnh tỉnh cán bộ", "Baogiaothong.vn", "PHÂN TÍCH – BÌNH LUẬN", None),
    ],
    "001_00a668d5bffee5bd": [
        ("Hà Nội “phổ cập” chữ ký số", "Hanoimoi.com.vn", "CẢI CÁCH ĐỊA PHƯƠNG", "Hà Nội"),
        ("Đồng Nai: Chấn chỉnh", "Baodongnai.com.vn", "CẢI CÁCH ĐỊA PHƯƠNG", "Đồng Nai"),
        ("Quảng Nam hoàn thành", "Baoquangnam.com.vn", "CẢI CÁCH ĐỊA PHƯƠNG", "Quảng Nam"),
        ("Phú Yên: Triển khai", "Baophuyen.vn", "CẢI CÁCH ĐỊA PHƯƠNG", "Phú Yên"),
        ("Hà Nam: Đăng ký khám", None, "CẢI CÁCH ĐỊA PHƯƠNG", "Hà Nam"),
        ("Bình Phước: Lấy sự hài lòng", "Baobinhphuoc.com.vn", "CẢI CÁCH ĐỊA PHƯƠNG", "Bình Phước"),
        ("Quảng Ninh đang tăng tốc", "VOV.vn", "CẢI CÁCH ĐỊA PHƯƠNG", "Quảng Ninh"),
        ("Lai Châu: Tạo sự hài lòng", "Baolaichau.vn", "CẢI CÁCH ĐỊA PHƯƠNG", "Lai Châu"),
        ("Hà Nội đẩy mạnh thi tuyển", "Kinhtedothi.vn", "QUẢN LÝ HÀNH CHÍNH", "Hà Nội"),
        ("Lắng nghe nhân dân", "Nhandan.vn", "PHÂN TÍCH – BÌNH LUẬN", None),
    ],
    "002_cfcf353bf027713e": [
        ("Những sáng kiến, nỗ lực bứt phá", "Chinhphu.vn", None, None),
    ],
    "003_f5daff6a1dd97500": [
        ("Tuần tin cải cách hành chính", None, None, None),
    ],
    "004_6d0c6c2720c7878a": [
        ("Phấn đấu đến năm 2025", "tcnn.vn", "TIN CẢI CÁCH HÀNH CHÍNH TRUNG ƯƠNG", None),
        ("Các bộ, ngành đã cắt giảm", "baocantho.com.vn", "TIN CẢI CÁCH HÀNH CHÍNH TRUNG ƯƠNG", None),
        ("Tập trung thực hiện quyết liệt", "tcnn.vn", "TIN CẢI CÁCH HÀNH CHÍNH TRUNG ƯƠNG", None),
        ("Tập trung cao độ hoàn thành", "tcnn.vn", "TIN CẢI CÁCH HÀNH CHÍNH TRUNG ƯƠNG", None),
        ("Nhiều kết quả tích cực", "baocantho.com.vn", "TIN CẢI CÁCH HÀNH CHÍNH THÀNH PHỐ CẦN THƠ", None),
        ("Chuyển đổi số ở khu vực Đồng bằng", "tcnn.vn", "TIN CẢI CÁCH HÀNH CHÍNH THÀNH PHỐ CẦN THƠ", None),
        ("Khảo sát phục vụ thẩm tra", "baocantho.com.vn", "TIN CẢI CÁCH HÀNH CHÍNH THÀNH PHỐ CẦN THƠ", None),
        ("Sở Văn hóa, Thể thao và Du lịch", "baocantho.com.vn", "TIN CẢI CÁCH HÀNH CHÍNH THÀNH PHỐ CẦN THƠ", None),
        ("Bình Thủy đẩy mạnh", "baocantho.com.vn", "TIN CẢI CÁCH HÀNH CHÍNH THÀNH PHỐ CẦN THƠ", None),
    ],
}


@pytest.mark.parametrize("stem", sorted(EXPECTED))
def test_seed_articles(stem):
    text = _seed(stem)
    arts = parse_document(text)
    got = [(a.title, a.outlet, a.section, a.locality) for a in arts]
    exp = EXPECTED[stem]
    assert len(got) == len(exp), [g[0] for g in got]
    for (title, outlet, section, loc), (etitle, eoutlet, esection, eloc) in zip(got, exp):
        assert title.startswith(etitle)
        assert (outlet, section, loc) == (eoutlet, esection, eloc)
    # spans are ordered, disjoint and point at their title
    for a, b in zip(arts, arts[1:]):
        assert a.start < a.end <= b.start
    for a in arts:
        assert a.title.split()[0] in text[a.start:a.start + 200]


@pytest.mark.parametrize("stem", ["000_0347a6aaf26ad1f0", "001_00a668d5bffee5bd", "004_6d0c6c2720c7878a"])
def test_toc_line_maps_to_body_article(stem):
    text = _seed(stem)
    arts = parse_document(text)
    assert len(arts.toc) == len(arts)
    for start, end, n in arts.toc:
        assert article_at(arts, start) is None  # the TOC lies before the body
        target = toc_target(arts, (start + end) // 2)
        assert target is not None and target.index == n
        assert target.start > end


def test_toc_of_own_bulletin():
    text = (
        "BẢN TIN CẢI CÁCH HÀNH CHÍNH\n\n"
        "TIN TRUNG ƯƠNG\n"
        "1. Chính phủ họp phiên thường kỳ tháng 5\n"
        "TIN ĐỊA PHƯƠNG\n"
        "2. Gia Lai: Số hóa 90% hồ sơ một cửa\n\n"
        "TIN TRUNG ƯƠNG\n"
        "Chính phủ họp phiên thường kỳ tháng 5\n"
        "Sáng nay, Chính phủ họp phiên thường kỳ. (Baochinhphu.vn 31/5, An Nhiên)\n"
        "TIN ĐỊA PHƯƠNG\n"
        "### **Gia Lai: Số hóa 90% hồ sơ một cửa**\n"
        "Tỉnh đã số hóa 90% hồ sơ.\n"
        "Nguồn: baogialai.com.vn\n"
    )
    arts = parse_document(text)
    assert [a.title for a in arts] == [
        "Chính phủ họp phiên thường kỳ tháng 5",
        "Gia Lai: Số hóa 90% hồ sơ một cửa",
    ]
    assert [a.section for a in arts] == ["TIN TRUNG ƯƠNG", "TIN ĐỊA PHƯƠNG"]
    assert (arts[0].outlet, arts[0].date) == ("Baochinhphu.vn", "31/5")
    assert arts[1].outlet == "baogialai.com.vn"
    assert arts[1].locality == "Gia Lai"
    toc_pos = text.index("90% hồ sơ một cửa")
    assert toc_target(arts, toc_pos) is arts[1]
    body_pos = text.index("Tỉnh đã số hóa")
    assert article_at(arts, body_pos) is arts[1]


def test_single_article():
    text = "Quảng Trị: Rút ngắn thời gian giải quyết hồ sơ\nNgày 3/5, tỉnh đã ...\n"
    arts = parse_document(text)
    assert len(arts) == 1
    a = arts[0]
    assert (a.start, a.end, a.locality) == (0, len(text), "Quảng Trị")
    assert toc_target(arts, 5) is None
    assert article_at(arts, 10) is a


def test_empty():
    arts = parse_document("")
    assert len(arts) == 1 and arts[0].start == arts[0].end == 0


def test_every_claim_knows_its_article_and_toc_claims_their_body_article():
    import cchc_metrics

    text = read_text(SEEDS / "000_0347a6aaf26ad1f0.txt")
    result = cchc_metrics.extract(text)
    arts = {a.index: a for a in result.articles}
    body_start = min(a.start for a in result.articles)
    in_toc = [m for m in result.metrics if m.start < body_start]
    assert in_toc, "the table of contents of this bulletin holds claims"
    for m in in_toc:
        # "xếp thứ 4/63" in a TOC title belongs to the article with that title.
        assert m.article is not None and m.text in arts[m.article].title
    in_body = [m for m in result.metrics if m.start >= body_start]
    assert all(m.article is not None for m in in_body)
    for m in in_body:
        a = arts[m.article]
        assert a.start <= m.start < a.end
