"""Nouns that take a number as a name or label, not as a quantity.

Source: Vietnamese naming conventions for administrative units and legal texts: "Quận 7",
"Phường 12", "Điều 5", "khoản 2", "Khóa 15", "số 20" (number twenty), "Hội nghị Trung ương
7". A number right after one of these is a label (FORMAT.md "Not metrics").
"""

# Only nouns that are not the last syllable of common compounds: "trực tuyến 3 cấp",
# "mô hình 4 tại chỗ", "danh mục 25 thủ tục" must still read as counts.
LABEL_NOUNS = (
    "quận", "phường", "khu phố", "ấp", "tổ", "thôn", "xóm", "đội", "khóa", "khoá",
    "lô", "tầng", "phòng", "điều", "khoản", "điểm", "chương",
    "trung ương", "quốc lộ", "tỉnh lộ", "ql", "tl",
    # provincial and district roads by their code ("ĐT 639", "ĐH 12"; blind batch 24)
    "đt", "đh", "đường tỉnh", "đường huyện",
    "đợt", "kỳ", "mã", "ký hiệu", "bảng", "biểu", "trang", "phụ lục", "hotline",
    "điện thoại", "fax", "tổng đài", "nhóm", "vnr", "iso", "covid",
    "quyển", "phiên bản", "version", "tầm nhìn", "giai đoạn", "top", "tốp",
    # parts of a legal text: "tiểu mục 2", "mẫu số 01" ("mục", "tiết", "phần" end "danh
    # mục", "chi tiết", "thành phần": kinds/labels.py reads them apart)
    "tiểu mục", "mẫu số", "mẫu",
    # a status code: "trạng thái 10"
    "trạng thái",
    # a row of an annex's list: "tại số thứ tự 2, 3, 4, 5 Mục B", "số thứ tự từ 1 đến 3"
    "số thứ tự", "stt",
    # a ring road: "đường vành đai 3, vành đai 4" (audit round 10)
    "vành đai",
    # military units named by their number: "Quân khu 1" (audit round 11; not "lớp": "lớp 9"
    # is a grade, but "mỗi lớp 5 ngày" a course's length)
    "quân khu", "quân đoàn", "sư đoàn",
    # steering committees named by the number of their founding decision: "Ban Chỉ đạo 389
    # quốc gia", "Ban chỉ đạo 751" (audit round 11)
    "ban chỉ đạo",
    # a weight class ("hạng cân 48 kg"; audit round 12)
    "hạng cân",
)
# Identity papers and codes whose number of digits is named after them ("thẻ căn cước/CCCD
# 12 số", "chứng minh nhân dân 09 số"): a kind of paper, no count (audit round 10)
ID_NOUNS = (
    "cccd", "cmnd", "cmtnd", "căn cước", "căn cước công dân", "chứng minh nhân dân", "chứng minh thư",
    "số định danh", "số định danh cá nhân", "mã định danh", "mã số thuế", "mã số", "số điện thoại",
)
# Level labels whose number FORMAT.md treats as an optional rank.
LEVEL_BEFORE = ("mức độ", "cấp độ", "kỳ họp thứ", "phiên họp thứ", "lần thứ", "hội nghị thứ")

# Street nouns: a number right before one is a house number ("số 12 đường Lê Lợi", "45-47
# phố Lò Đúc"), an address, not a count.
STREET_NOUNS = ("đường", "phố", "ngõ", "ngách", "hẻm", "kiệt", "quốc lộ", "tỉnh lộ")
# Institutions numbered with "số" ("Trường THCS số 2", "Tổ dân phố số 5"): a label.
NUMBERED_INSTITUTIONS = ("trường", "tổ", "khu", "đội", "nhà", "phòng", "bến", "cổng", "kho")
# "qua 01 trong 03 hình thức sau", "1 trong 2 phương thức": one of N ways to choose from, a
# choice, not a share of a whole (nor a count of the ways: the list after it names them).
OPTION_NOUNS = ("hình thức", "phương thức", "cách thức", "cách", "phương án", "lựa chọn", "kênh")
# "kỷ niệm 50 năm Ngày giải phóng", "chào mừng 95 năm thành lập Đảng": the years of an
# anniversary name the occasion, not a span someone measured.
ANNIVERSARY_BEFORE = ("kỷ niệm", "chào mừng", "dịp")
