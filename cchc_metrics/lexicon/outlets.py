"""Outlets whose name is not their province's, and what they cover.

A provincial paper or portal tells the province of a local story (its own news) — weaker
evidence than the text, which may report a ministry's national conference. Papers named
after their province ("Báo Cà Mau", "baoquangninh.vn", "Cổng TTĐT tỉnh Lâm Đồng") are read
from the name itself (context/gazetteer.outlet_province); this table holds the others.

Sources: the mastheads of the provincial party papers (Báo Ấp Bắc is the organ of the Tiền
Giang party committee, Báo Đồng Khởi of Bến Tre's, Báo Hànộimới of Hà Nội's, Báo Sài Gòn
Giải Phóng of Hồ Chí Minh City's, Báo Chính Phủ / VnExpress / Tuổi Trẻ are national).
"""

OUTLET_PROVINCES: dict[str, str] = {
    "ấp bắc": "Tiền Giang",
    "apbac": "Tiền Giang",
    "đồng khởi": "Bến Tre",
    "dongkhoi": "Bến Tre",
    "hànộimới": "Hà Nội",
    "hà nội mới": "Hà Nội",
    "hanoimoi": "Hà Nội",
    "sài gòn giải phóng": "Hồ Chí Minh",
    "sggp": "Hồ Chí Minh",
    "kinh tế & đô thị": "Hà Nội",
    "kinhtedothi": "Hà Nội",
    "quân đội nhân dân": None,
}
