"""Fraction: "x/y things" read as x out of y (value x, denominator y, subject).

Own sentences in the style of Vietnamese administrative news; expected values are what the
Vietnamese says. See percent.py for the shape of an ``Example``.
"""

from . import examples_of

E = examples_of("fraction")


EXAMPLES = [
    # points are the unit of a score: the share is named before it
    E("Chỉ số hài lòng của tỉnh đạt 88,2/100 điểm, cao nhất từ trước đến nay.", "88,2/100",
      value=88.2, denominator=100, subject="Chỉ số hài lòng"),
    E("Đến nay đã có 17/20 sở, ngành kết nối với hệ thống quản lý văn bản.", "17/20",
      value=17, denominator=20, subject="sở, ngành"),
    E("Có 45/63 tỉnh, thành phố đã ban hành kế hoạch.", "45/63",
      value=45, denominator=63, subject="tỉnh, thành phố"),
    E("Tỉnh đã tích hợp 120/150 thủ tục lên Cổng dịch vụ công quốc gia.", "120/150",
      value=120, denominator=150, subject="thủ tục"),
    E("Huyện đã số hóa 1.234/1.500 hồ sơ hộ tịch.", "1.234/1.500",
      value=1234, denominator=1500, subject="hồ sơ hộ tịch"),
    E("Có 8 trong tổng số 11 huyện đã hoàn thành việc sắp xếp.", "8 trong tổng số 11",
      value=8, denominator=11, subject="huyện"),
    E("Có 9 trong số 10 xã đạt chuẩn tiếp cận pháp luật.", "9 trong số 10",
      value=9, denominator=10, subject="xã"),
    E("Có 350 trong tổng số 420 thủ tục được cung cấp trực tuyến toàn trình.",
      "350 trong tổng số 420", value=350, denominator=420, subject="thủ tục"),
    E("Đã có 100/100 xã, phường sử dụng phần mềm một cửa điện tử.", "100/100",
      value=100, denominator=100, subject="xã, phường"),
    E("Toàn tỉnh có 10/10 huyện, thị xã hoàn thành chỉ tiêu.", "10/10",
      value=10, denominator=10, subject="huyện, thị xã"),
    E("Đã có 7/9 chỉ tiêu về chính quyền số hoàn thành trước hạn.", "7/9",
      value=7, denominator=9, subject="chỉ tiêu"),
    E("Kết quả có 21/22 bộ, ngành hoàn thành kết nối dữ liệu dân cư.", "21/22",
      value=21, denominator=22, subject="bộ, ngành"),
    # Whose it is is no part of it: "thuộc …" ends the noun phrase (FORMAT.md; the seed
    # gold, corrected: "thủ tục hành chính thuộc lĩnh vực bảo hiểm xã hội" → "thủ tục hành
    # chính").
    E("Đã có 15/19 cơ quan chuyên môn thuộc UBND tỉnh áp dụng ISO điện tử.", "15/19",
      value=15, denominator=19, subject="cơ quan chuyên môn"),
    E("Thanh tra phát hiện 12/40 đơn vị chưa niêm yết thủ tục.", "12/40",
      value=12, denominator=40, subject="đơn vị"),
    E("Đã có 32/35 cơ sở dữ liệu chuyên ngành được kết nối.", "32/35",
      value=32, denominator=35, subject="cơ sở dữ liệu chuyên ngành"),
    E("Có 40/45 trường học triển khai học bạ số.", "40/45",
      value=40, denominator=45, subject="trường học"),
    E("Có 11/12 phường đã triển khai camera giám sát an ninh.", "11/12",
      value=11, denominator=12, subject="phường"),
    E("Ngành thuế đã xử lý 3,2/3,5 triệu tờ khai điện tử.", "3,2/3,5 triệu",
      value=3_200_000, denominator=3_500_000, subject="tờ khai điện tử"),
    E("Hiện 25/27 đơn vị sự nghiệp đã tự chủ chi thường xuyên.", "25/27",
      value=25, denominator=27, subject="đơn vị sự nghiệp"),
    E("Ban chỉ đạo đánh giá 13/16 nhiệm vụ đã hoàn thành.", "13/16",
      value=13, denominator=16, subject="nhiệm vụ"),
    E("Đã có 4 trong 6 khu công nghiệp được lấp đầy trên 80%.", "4 trong 6",
      value=4, denominator=6, subject="khu công nghiệp"),
    E("Tỉnh có 130/135 xã đạt chuẩn nông thôn mới.", "130/135",
      value=130, denominator=135, subject="xã"),
    E("Đã có 63/63 tỉnh, thành phố kết nối với Cơ sở dữ liệu quốc gia về dân cư.", "63/63",
      value=63, denominator=63, subject="tỉnh, thành phố"),
    E("Kết quả có 19/25 thủ tục được cắt giảm thành phần hồ sơ.", "19/25",
      value=19, denominator=25, subject="thủ tục"),
    E("Có 5/7 huyện được đánh giá tốt về cải cách hành chính.", "5/7",
      value=5, denominator=7, subject="huyện"),
    # more
    E("Có 48/50 thủ tục hành chính được giải quyết đúng hạn.", "48/50",
      value=48, denominator=50, subject="thủ tục hành chính"),
    E("Đã có 27/30 xã hoàn thành việc cập nhật dữ liệu.", "27/30",
      value=27, denominator=30, subject="xã"),
    E("Chủ đầu tư đã bàn giao 14/16 căn hộ tái định cư.", "14/16",
      value=14, denominator=16, subject="căn hộ tái định cư"),
    E("Có 88/105 hồ sơ được giải quyết trước hạn.", "88/105",
      value=88, denominator=105, subject="hồ sơ"),
    E("Đến nay, 18/18 sở, ban, ngành đã ban hành quy chế văn hóa công vụ.", "18/18",
      value=18, denominator=18, subject="sở, ban, ngành"),
    E("Có 31 trong tổng số 40 dự án đã khởi công.", "31 trong tổng số 40",
      value=31, denominator=40, subject="dự án"),
    E("Kết quả có 12/13 chỉ tiêu đạt kế hoạch.", "12/13",
      value=12, denominator=13, subject="chỉ tiêu"),
    E("Có 1.500/1.800 doanh nghiệp đã kê khai thuế điện tử.", "1.500/1.800",
      value=1500, denominator=1800, subject="doanh nghiệp"),
    # was a known gap; library gave: subject 'hồ sơ' (stops at 'đăng ký', here part of the noun)
    E("Ngành đã số hóa 12,4/15,6 triệu hồ sơ đăng ký đất đai.", "12,4/15,6 triệu",
      value=12_400_000, denominator=15_600_000, subject="hồ sơ đăng ký đất đai"),
    # was a known gap; library gave: subject 'xã, phường' (drops 'thị trấn')
    E("Có 56/59 xã, phường, thị trấn đã thành lập tổ công nghệ số cộng đồng.", "56/59",
      value=56, denominator=59, subject="xã, phường, thị trấn"),
    # was a known gap; library gave: subject 'giấy chứng' (cut inside 'giấy chứng nhận')
    E("Thành phố đã cấp 2.150/2.300 giấy chứng nhận quyền sử dụng đất.", "2.150/2.300",
      value=2150, denominator=2300, subject="giấy chứng nhận quyền sử dụng đất"),
    # was a known gap; library gave: subject 'dự án trọng điểm chậm tiến độ giải phóng mặt' (runs over the predicate 'chậm')
    E("Có 3/5 dự án trọng điểm chậm tiến độ giải phóng mặt bằng.", "3/5",
      value=3, denominator=5, subject="dự án trọng điểm"),
    # was a known gap; library gave: no fraction ('6/6' masked as a date although a noun follows)
    E("Tổng cộng 6/6 đoàn kiểm tra đã hoàn thành nhiệm vụ.", "6/6",
      value=6, denominator=6, subject="đoàn kiểm tra"),
    # was a known gap; library gave: no fraction ('2/3' masked as a date although a noun follows)
    E("Đã hoàn thành 2/3 hạng mục của dự án.", "2/3",
      value=2, denominator=3, subject="hạng mục"),
    # was a known gap; library gave: subject 'chỉ tiêu kinh tế' (stops at ' - '), qualifier 'over' from the verb 'vượt'
    E("Năm 2023, tỉnh đạt và vượt 18/20 chỉ tiêu kinh tế - xã hội.", "18/20",
      value=18, denominator=20, subject="chỉ tiêu kinh tế - xã hội",
      qualifier=None),  # "đạt và vượt" is the verb "exceed", not "over"
    E("Đã có 87 xã, phường, thị trấn trong tổng số 92 kết nối mạng truyền số liệu.",
      "87", value=87, denominator=92, subject="xã, phường, thị trấn"),
]

KNOWN_GAPS = [
]

NOT_CLAIMS = [
    "Số liệu tính đến tháng 7/2024 cho thấy tiến độ còn chậm.",
    "Báo cáo tiến độ tuần 39/2022 của Sở Thông tin và Truyền thông.",
    "Thực hiện Nghị định 63/2024/NĐ-CP ngày 10/6/2024 của Chính phủ.",
    "Theo Quyết định 1120/QĐ-UBND, các sở phải công khai thủ tục.",
    "Ngày 20/7, Sở Nội vụ tổ chức hội nghị sơ kết.",
    "Trường Mầm non 19/5 được công nhận đạt chuẩn quốc gia.",
    "Tổng đài hỗ trợ người dân phục vụ 24/7.",
    "(Congly.vn 10/6, Vũ Ba)",
    "Thứ Hai, 01/4/2024, tỉnh xếp thứ 4/63 về chỉ số PAR Index.",
    "Ông Nguyễn Văn A, số nhà 15/3 đường Trần Phú, đã nộp hồ sơ trực tuyến.",
    # a map scale after "tỷ lệ"
    "Quy hoạch chi tiết tỷ lệ 1/500 khu trung tâm hành chính đã được phê duyệt.",
]

# Must produce no fraction but still do (strict xfail).
NOT_CLAIMS_KNOWN_GAPS = [
]


# --- Written blind (session 3) by helpers who saw FORMAT.md and TRAPS.md but no code
# (classes: fraction-not); first-touch pass rates are in docs/evaluation.md.
NOT_CLAIMS = NOT_CLAIMS + [
    'Theo Nghị định 152/2025-NĐ-CP, hồ sơ được tiếp nhận qua Cổng Dịch vụ công quốc gia.',  # fraction-not
    'Chính phủ yêu cầu các bộ, ngành triển khai nghiêm Nghị quyết 71.2/2025/NQ-CP về cắt giảm thủ tục hành chính.',  # fraction-not
    'Tại Công văn số 12/UBND-KT, UBND huyện đề nghị các xã khẩn trương rà soát hồ sơ tồn đọng.',  # fraction-not
    'Tòa nhà trụ sở cũ của tỉnh được xây dựng từ tháng 5/1896 và nay được bảo tồn làm di tích.',  # fraction-not
    'Sở Tài nguyên và Môi trường đã hoàn thành việc số hóa bản đồ địa chính tỷ lệ 1/2.000 của toàn huyện.',  # fraction-not
    'Đồ án quy hoạch chi tiết tỷ lệ 1/500 khu trung tâm hành chính mới đã được phê duyệt.',  # fraction-not
    'Tổng đài hỗ trợ người dân thực hiện dịch vụ công trực tuyến hoạt động 24/7.',  # fraction-not
    'Hội nghị tập huấn được tổ chức tại hội trường Trường Mầm non 19/5 của phường.',  # fraction-not
    'Điểm tiếp nhận hồ sơ lưu động đặt tại hẻm 45/12 đường Nguyễn Trãi.',  # fraction-not
    'Thực hiện Kết luận 126-KL/TW của Bộ Chính trị, tỉnh đang xây dựng phương án sắp xếp bộ máy.',  # fraction-not
    'Thành ủy đã ban hành Quyết định 1120-QĐ/TU về quy chế làm việc của Ban Chỉ đạo.',  # fraction-not
    'Báo cáo kết quả công tác cải cách hành chính quý I/2025 phải gửi về Sở Nội vụ để tổng hợp.',  # fraction-not
    'Ngày 20/5, Sở Nội vụ tổ chức hội nghị triển khai Nghị định 63/2024/NĐ-CP.',  # fraction-not
]

# Spelled fractions "N phần M" (issue 14's spelled numbers; session 6)
EXAMPLES += [
    E("Người sử dụng lao động đóng hai phần ba mức đóng, người lao động đóng phần còn lại.", "hai phần ba",
      value=2, denominator=3),
    E("Một phần tư số xã của huyện chưa có nhà văn hóa đạt chuẩn.", "Một phần tư", value=1, denominator=4,
      subject="số xã"),
    E("Ngân sách tỉnh bảo đảm ba phần năm kinh phí thực hiện đề án.", "ba phần năm", value=3, denominator=5,
      subject="kinh phí"),
    E("Gần hai phần mười hộ kinh doanh chưa chuyển sang hóa đơn điện tử.", "hai phần mười", value=2,
      denominator=10),
]
NOT_CLAIMS = NOT_CLAIMS + [
    "Ngân sách tỉnh hỗ trợ một phần kinh phí mua sắm trang thiết bị.",  # fraction-not: no denominator
    "Các xã hoàn thành phần việc được giao trước thời hạn.",  # fraction-not
]

# Precision traps of audit round 3 (issue 14; session 6)
NOT_CLAIMS = NOT_CLAIMS + [
    'Người dân nhận kết quả qua 01 trong 03 hình thức sau: bưu điện, thư điện tử hoặc trực tiếp.',
    'Doanh nghiệp nộp báo cáo qua 1 trong 2 phương thức: trực tuyến hoặc bản giấy.',
]
NOT_CLAIMS = NOT_CLAIMS + [
    # a start day before the clause's subject (audit round 3), while "từ 2/3 thành viên trở
    # lên" stays a share (EXAMPLES)
    "Bộ trưởng cho biết từ 1/7 cán bộ, công chức, viên chức sẽ được tăng lương cơ sở.",  # fraction-not
]
EXAMPLES += [
    E("Nghị quyết được thông qua khi có từ 2/3 thành viên trở lên tán thành.", "2/3", value=2, denominator=3),
]
# session 15 (read in the blind batches' misses; own sentences): a proper fraction before a
# measure is a share of it, not a day; "từ 1/7 mức lương …" stays a start day
EXAMPLES += [
    E("Tổ chức vi phạm bị phạt bằng 1/2 mức phạt tiền áp dụng với cá nhân.", "1/2", value=1, denominator=2),
    E("Thí sinh phải có mặt ít nhất 2/3 thời gian thi.", "2/3", value=2, denominator=3),
]
NOT_CLAIMS = NOT_CLAIMS + [
    "Từ 1/7 mức lương cơ sở được điều chỉnh.",
]
