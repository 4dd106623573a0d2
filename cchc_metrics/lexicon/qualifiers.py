"""Words that qualify a number (FORMAT.md `qualifier`).

Source: FORMAT.md's list, extended from Vietnamese usage of approximation and bounds in
news (dictionary senses of trên, hơn, ngót, xấp xỉ, chừng, tối thiểu …). Each phrase
stands right before the number ("trên 86 triệu") unless it is in AFTER.
"""

BEFORE: dict[str, str] = {
    # over
    "trên": "over", "hơn": "over", "vượt": "over", "ngoài": "over", "vượt quá": "over",
    "hơn là": "over", "trên mức": "over", "vượt mức": "over", "vượt mốc": "over",
    "vượt ngưỡng": "over", "trên mốc": "over",
    # under
    "dưới": "under", "chưa đến": "under", "chưa tới": "under", "chưa đầy": "under",
    "không đến": "under", "không tới": "under", "dưới mức": "under",
    # a comparative under a negation or meaning less: "ít hơn 9 nghìn đồng" is under it,
    # "không hơn 9.000 đồng" at most it — not "over" because "hơn" is in them
    "ít hơn": "under", "thấp hơn": "under", "nhỏ hơn": "under", "kém hơn": "under",
    "không hơn": "at_most", "không cao hơn": "at_most", "không nhiều hơn": "at_most",
    "không lớn hơn": "at_most", "không vượt": "at_most", "không thấp hơn": "at_least",
    "không nhỏ hơn": "at_least", "không ít hơn": "at_least", "nhiều hơn": "over", "lớn hơn": "over",
    # approx
    "khoảng": "approx", "xấp xỉ": "approx", "ước": "approx", "ước tính": "approx",
    "ước khoảng": "approx", "ước đạt": "approx", "chừng": "approx", "trên dưới": "approx",
    "khoảng chừng": "approx", "độ": "approx", "tầm": "approx", "cỡ": "approx",
    "hàng": "approx", "ước chừng": "approx", "ước tăng": "approx", "ước giảm": "approx",
    "ước thực hiện": "approx", "ước thu": "approx", "ước chi": "approx",
    "~": "approx",  # "(~5.600 m², kinh phí ~10,7 tỉ đồng)"
    # nearly
    "gần": "nearly", "suýt": "nearly", "ngót": "nearly", "gần như": "nearly",
    "sát": "nearly",
    # at least
    "tối thiểu": "at_least", "ít nhất": "at_least", "không dưới": "at_least",
    "tối thiểu là": "at_least", "ít nhất là": "at_least", "tối thiểu từ": "at_least",
    "ít nhất từ": "at_least",
    # the bound before a link verb or "có": "ít nhất bằng 150%", "ít nhất phải bằng 02 tháng
    # tiền lương", "tối thiểu có 5 doanh nghiệp" (not "tối đa/tối thiểu bằng" after "mức":
    # they name it — "mức tiền lương tối đa bằng 70%" is the cap itself)
    "ít nhất bằng": "at_least", "ít nhất phải bằng": "at_least", "ít nhất phải là": "at_least",
    "ít nhất có": "at_least", "tối thiểu có": "at_least",
    # … and "tối đa / tối thiểu bằng" when no "mức" before names the cap itself
    # (context/qualifier.py): "bố trí tối đa bằng 10% tổng quỹ tiền lương"
    "tối đa bằng": "at_most", "tối thiểu bằng": "at_least",
    # written as signs ("đạt ≥ 95%")
    "≥": "at_least", "⩾": "at_least", "≤": "at_most", "⩽": "at_most",
    # at most
    "tối đa": "at_most", "không quá": "at_most", "nhiều nhất": "at_most",
    "không vượt quá": "at_most", "tối đa là": "at_most",
    # a prohibition bounds the same way: "không được vượt quá 20% mức tiền lương"
    "không được vượt quá": "at_most", "không được vượt": "at_most", "không được quá": "at_most",
    "không được hơn": "at_most", "không được cao hơn": "at_most", "không được thấp hơn": "at_least",
    "không được ít hơn": "at_least", "không được dưới": "at_least",
    # "up to" after a fine or a ceiling ("phạt tiền đến 50% mức tiền phạt tối đa", "bị phạt lên
    # đến 60.000.000 đồng", "mức cao nhất lên đến 40 triệu"); elsewhere "đến" is a preposition
    # and "lên tới" a magnitude ("cao điểm lên tới hai nghìn phản ánh"): context/qualifier.py
    "đến": "at_most", "tới": "at_most", "lên đến": "at_most", "lên tới": "at_most",
    # "quá" alone is over ("chậm quá 15 phút"); under a negation at most ("không … quá 1
    # lần"): context/qualifier.py tells them apart
    "quá": "at_most",
    # "chậm nhất 05 ngày làm việc sau khi nhận": within at most ("… trước ngày hẹn" is at
    # least that far ahead: context/qualifier.py)
    "chậm nhất": "at_most", "chậm nhất trong": "at_most", "chậm nhất là": "at_most", "muộn nhất": "at_most", "muộn nhất là": "at_most",
}
# Bounds written after the number ("từ 98% trở lên", "5 ngày trở xuống").
AFTER: dict[str, str] = {
    "trở lên": "at_least", "trở xuống": "at_most", "trở lại": "at_most",
    "đổ lại": "at_most", "đổ lên": "at_least",
}
# "trong 10 năm trở lại đây": the recent years, no bound
AFTER_NOT_BOUND = ("trở lại đây", "trở lại nay")
# "đạt và vượt 18/20 chỉ tiêu": achieved and exceeded, a verb pair, no bound on the number.
VERB_PAIR_BEFORE = ("đạt và", "đạt hoặc")
# "trên 63 tỉnh, thành phố" is "across all 63": the number of provinces before a place noun
# is a locative "trên", not "over" (63 before 1 July 2025, 34 after).
ALL_PROVINCES = (63, 34)
# "cao hơn 2,65%" / "tăng hơn": comparatives whose "hơn" is "higher by", not "more than".
COMPARATIVE_BEFORE_HON = frozenset(
    {"cao", "thấp", "lớn", "nhỏ", "nhanh", "chậm", "tốt", "kém", "sớm", "muộn", "ngắn", "dài"}
)

# Qualifier syllables that also end common compounds: after these first syllables they are
# no qualifier ("tốc độ 100 Mbps" is a speed, not "about 100"; "khảo sát 400 phiếu" a survey).
COMPOUND_FIRST: dict[str, frozenset[str]] = {
    "độ": frozenset("tốc mức cấp nhiệt trình thái chế tiến thời độ cường mật hạn".split()),
    "sát": frozenset("khảo giám kiểm quan bám sâu".split()),
    "hàng": frozenset("mặt dòng ngân khách cửa đơn hàng nhà".split()),
    "cỡ": frozenset("kích quy".split()),
    "tầm": frozenset("tìm".split()),
}
