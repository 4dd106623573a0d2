"""Duckling-style examples for deadlines: (sentence, published ISO date, expected).

Written from the grammar of Vietnamese due-time expressions (trước / chậm nhất / hạn
chót; đến / đến hết / tầm nhìn đến; trong / vào; từ / kể từ), not taken from the seeds.
``expected`` is a list of dicts with the deadline's ``text`` (a substring the deadline
must overlap), ``date`` and ``relation``; an empty list means no deadline.
"""

CORPUS: list[tuple[str, str, list[dict]]] = [
    # before
    ("Sở Tài chính gửi dự toán về UBND tỉnh trước ngày 15/9/2023.", "2023-08-20",
     [{"text": "trước ngày 15/9/2023", "date": "2023-09-15", "relation": "before"}]),
    ("Các huyện nộp báo cáo chậm nhất ngày 5-1-2025 để tổng hợp.", "2024-12-20",
     [{"text": "chậm nhất ngày 5-1-2025", "date": "2025-01-05", "relation": "before"}]),
    ("Hạn chót nhận hồ sơ là ngày 30 tháng 11 năm 2022.", "2022-11-01",
     [{"text": "ngày 30 tháng 11 năm 2022", "date": "2022-11-30", "relation": "before"}]),
    ("Đơn vị hoàn thiện dự thảo trước ngày 25/3, gửi Sở Nội vụ thẩm định.", "2024-03-10",
     [{"text": "trước ngày 25/3", "date": "2024-03-25", "relation": "before"}]),
    ("Người dân nên làm thủ tục trước tháng 10 để kịp nhận thẻ.", "2022-08-01",
     [{"text": "trước tháng 10", "date": "2022-10", "relation": "before"}]),
    ("Báo cáo kết quả trước ngày 10/1 năm sau.", "2023-12-20",
     [{"text": "trước ngày 10/1", "date": "2024-01-10", "relation": "before"}]),
    ("Yêu cầu các xã rà soát xong trước 31/12/2024.", "2024-10-02",
     [{"text": "trước 31/12/2024", "date": "2024-12-31", "relation": "before"}]),
    ("Bộ Công an đặt mục tiêu đến trước ngày 1/7/2026 cấp xong thẻ.", "2026-02-01",
     [{"text": "trước ngày 1/7/2026", "date": "2026-07-01", "relation": "before"}]),
    # by
    ("Phấn đấu đến năm 2030, 100% thủ tục được số hóa.", "2023-05-05",
     [{"text": "đến năm 2030", "date": "2030", "relation": "by"}]),
    ("Mục tiêu đến hết năm 2026 giảm 20% thời gian giải quyết hồ sơ.", "2025-01-10",
     [{"text": "đến hết năm 2026", "date": "2026", "relation": "by"}]),
    ("Tỉnh phấn đấu đến cuối năm nay có 80% hồ sơ trực tuyến.", "2024-03-01",
     [{"text": "cuối năm nay", "date": "2024", "relation": "by"}]),
    ("Dự kiến đến tháng 12/2025 hệ thống sẽ vận hành ổn định.", "2025-06-01",
     [{"text": "đến tháng 12/2025", "date": "2025-12", "relation": "by"}]),
    ("Chiến lược phát triển chính quyền số đến năm 2030, tầm nhìn đến năm 2045.", "2022-01-15",
     [{"text": "đến năm 2030", "date": "2030", "relation": "by"},
      {"text": "tầm nhìn đến năm 2045", "date": "2045", "relation": "by"}]),
    ("Kế hoạch cải cách hành chính giai đoạn 2026-2030 được ban hành.", "2025-12-01",
     [{"text": "giai đoạn 2026-2030", "date": "2030", "relation": "by"}]),
    ("Đề án thực hiện từ tháng 3-2025 đến tháng 9-2025.", "2025-01-01",
     [{"text": "đến tháng 9-2025", "date": "2025-09", "relation": "by"}]),
    ("Từ nay đến năm 2027, thành phố tập trung đầu tư hạ tầng số.", "2024-11-11",
     [{"text": "đến năm 2027", "date": "2027", "relation": "by"}]),
    # in
    ("Các bộ hoàn thành việc kết nối dữ liệu trong tháng 8/2024.", "2024-07-20",
     [{"text": "trong tháng 8/2024", "date": "2024-08", "relation": "in"}]),
    ("Thanh tra tỉnh sẽ tiến hành kiểm tra trong quý II/2025.", "2025-03-01",
     [{"text": "quý II/2025", "date": "2025-Q2", "relation": "in"}]),
    ("Bảo đảm xong việc sắp xếp đơn vị hành chính trong năm 2025.", "2025-02-14",
     [{"text": "trong năm 2025", "date": "2025", "relation": "in"}]),
    ("Luật dự kiến được thông qua vào năm 2026.", "2025-10-10",
     [{"text": "vào năm 2026", "date": "2026", "relation": "in"}]),
    ("Kiểm tra sẽ được thực hiện trong quý I và quý II năm 2024.", "2024-01-05",
     [{"text": "quý I", "date": "2024-Q1", "relation": "in"},
      {"text": "quý II năm 2024", "date": "2024-Q2", "relation": "in"}]),
    ("Ban hành quy chế phối hợp ngay trong tháng 5.", "2023-04-28",
     [{"text": "trong tháng 5", "date": "2023-05", "relation": "in"}]),
    # from
    ("Nghị định có hiệu lực thi hành từ ngày 15/8/2024.", "2024-07-01",
     [{"text": "từ ngày 15/8/2024", "date": "2024-08-15", "relation": "from"}]),
    ("Kể từ ngày 1/1/2025, hồ sơ giấy không còn được tiếp nhận.", "2024-12-01",
     [{"text": "Kể từ ngày 1/1/2025", "date": "2025-01-01", "relation": "from"}]),
    ("Mức lương mới áp dụng từ 1-10-2024.", "2024-09-01",
     [{"text": "từ 1-10-2024", "date": "2024-10-01", "relation": "from"}]),
    # nothing: event dates, period labels, stand-points, fractions, identifiers
    ("Chiều 12/3/2024, Phó Thủ tướng chủ trì cuộc họp trực tuyến.", "2024-03-13", []),
    ("Ngày 5/6, Sở Nội vụ tổ chức hội nghị tập huấn.", "2024-06-07", []),
    ("Trong năm 2022, toàn tỉnh tiếp nhận 120.000 hồ sơ.", "2023-02-01", []),
    # a span of days named by its two ends
    ("BẢN TIN TUẦN TỪ NGÀY 6/10 ĐẾN NGÀY 12/10/2025", "2025-10-13", []),
    # a school year, the days of the present, a start long past
    ("Bước vào năm học 2024 - 2025, toàn huyện có 86 trường.", "2024-08-20", []),
    ("Những ngày cuối tháng 9, bộ phận một cửa đông người đến làm thủ tục.", "2024-09-25", []),
    ("Đây là đợt sắp xếp lớn nhất kể từ năm 1991.", "2025-07-02", []),
    ("6 tháng đầu năm 2024, tỷ lệ hồ sơ đúng hạn đạt 98%.", "2024-07-10", []),
    ("Tính đến ngày 30/4/2024, đã có 12/15 sở kết nối.", "2024-05-10", []),
    ("Đến cuối năm 2021, cả tỉnh có 500 điểm thanh toán.", "2024-01-01", []),
    ("Đã có 15/22 bộ, ngành và 8/12 tỉnh hoàn thành.", "2024-06-01", []),
    ("Thực hiện Nghị định 45/2024/NĐ-CP ngày 20/4/2024 của Chính phủ.", "2024-06-01", []),
    ("Từ ngày 1/1/2023 đến nay, đã cấp 5.000 thẻ.", "2023-06-01", []),
    ("Thứ Hai, 08/7/2024 09:15", "2024-07-08", []),
    ("Bản tin số 12, phát hành ngày 30/6/2024", "2024-06-30", []),
    # a stand-point, not a due time: "đến" + date, then what has been done ("đã")
    ("Đến giữa tháng 10/2023, cổng dịch vụ công đã tiếp nhận hơn 20.000 hồ sơ.", "2023-10-25", []),
    ("Tính đến cuối tháng 5/2024, toàn tỉnh đã cấp 1,2 triệu thẻ căn cước.", "2024-06-03", []),
]

# A cut-off date that defines a group is no due date (issue 14).
CORPUS += [
    ("Mã số thuế đã được cấp trước ngày 01/7/2025 vẫn được tiếp tục sử dụng.", "2025-06-01", []),
    ("Thẻ căn cước công dân hết hạn sử dụng từ ngày 15/1/2024 đến trước ngày 30/6/2024 vẫn có giá trị.",
     "2024-01-10", []),
    ("Hộ gia đình sử dụng đất ổn định trước ngày 1/7/2004 được cấp giấy chứng nhận.", "2024-06-11", []),
]
