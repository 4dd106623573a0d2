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


# --- Written blind (session 3) by helpers who saw FORMAT.md and TRAPS.md but no code
# (classes: date-not-deadline, date-spelled); first-touch pass rates are in docs/evaluation.md.
CORPUS += [
    ('Hệ thống thông tin giải quyết thủ tục hành chính dùng chung của tỉnh dự kiến vận hành chính thức trong quý IV năm nay.', '2024-06-11',
     [{'text': 'quý IV năm nay', 'date': '2024-Q4', 'relation': 'in'}]),  # date-spelled
    ('Tỉnh phấn đấu hoàn thành cấp chữ ký số cho toàn bộ cán bộ, công chức cấp xã đến hết quý III.', '2024-06-11',
     [{'text': 'quý III', 'date': '2024-Q3', 'relation': 'by'}]),  # date-spelled
    ('Công trình trụ sở Trung tâm Phục vụ hành chính công mới của tỉnh Hà Nam phải được khởi công trong quý I năm sau.', '2024-06-11',
     [{'text': 'quý I năm sau', 'date': '2025-Q1', 'relation': 'in'}]),  # date-spelled
    ('Các đơn vị gửi báo cáo tự đánh giá chỉ số cải cách hành chính về Sở Nội vụ trước mồng 6 tháng 7.', '2024-06-11',
     [{'text': 'mồng 6 tháng 7', 'date': '2024-07-06', 'relation': 'before'}]),  # date-spelled
]
# spelled months and quarters, "mồng", "ngày đầu tiên của tháng", two-digit years, "quý 2
# của năm": known gaps since session 3, read from session 13 on (context/dates.py)
CORPUS += [
    ('UBND tỉnh yêu cầu các sở, ngành hoàn thành việc rà soát quy trình nội bộ giải quyết thủ tục hành chính trước tháng tám.', '2024-06-11',
     [{'text': 'tháng tám', 'date': '2024-08', 'relation': 'before'}]),  # date-spelled
    ('Bộ phận một cửa các xã được phép dùng song song phần mềm cũ đến hết tháng mười một.', '2024-06-11',
     [{'text': 'tháng mười một', 'date': '2024-11', 'relation': 'by'}]),  # date-spelled
    ('Chủ tịch UBND huyện giao Phòng Nội vụ tổ chức đối thoại với người dân về cải cách hành chính trong tháng bảy.', '2024-06-11',
     [{'text': 'tháng bảy', 'date': '2024-07', 'relation': 'in'}]),  # date-spelled
    ('Đến cuối tháng mười hai, Sở Tài nguyên và Môi trường phải hoàn thiện cơ sở dữ liệu đất đai của thành phố Tam Kỳ.', '2024-06-11',
     [{'text': 'tháng mười hai', 'date': '2024-12', 'relation': 'by'}]),  # date-spelled
    ('Chậm nhất ngày 30 tháng chín, các xã phải cập nhật đầy đủ dữ liệu hộ nghèo lên hệ thống của tỉnh.', '2024-06-11',
     [{'text': 'ngày 30 tháng chín', 'date': '2024-09-30', 'relation': 'before'}]),  # date-spelled
    ('Các bộ, ngành phải trình phương án cắt giảm điều kiện kinh doanh trước tháng Năm năm 2025.', '2024-06-11',
     [{'text': 'tháng Năm năm 2025', 'date': '2025-05', 'relation': 'before'}]),  # date-spelled
    ('Kế hoạch nêu rõ việc lắp đặt hệ thống camera giám sát tại bộ phận một cửa cấp huyện phải xong trong quý ba.', '2024-06-11',
     [{'text': 'quý ba', 'date': '2024-Q3', 'relation': 'in'}]),  # date-spelled
    ('Theo kế hoạch, việc bàn giao trụ sở làm việc cho xã mới thành lập phải hoàn tất trong quý hai năm nay.', '2024-06-11',
     [{'text': 'quý hai năm nay', 'date': '2024-Q2', 'relation': 'in'}]),  # date-spelled
    ('Việc số hóa toàn bộ sổ hộ tịch lưu trữ tại thị xã Tân Uyên phải xong trong quý 2 của năm 2025.', '2024-06-11',
     [{'text': 'quý 2 của năm 2025', 'date': '2025-Q2', 'relation': 'in'}]),  # date-spelled
    ('Chậm nhất ngày mồng 6 tháng tư năm sau, các huyện phải hoàn thành việc chỉnh lý hồ sơ địa chính.', '2024-06-11',
     [{'text': 'ngày mồng 6 tháng tư năm sau', 'date': '2025-04-06', 'relation': 'before'}]),  # date-spelled
    ('Quyết định công bố danh mục thủ tục hành chính mới trong lĩnh vực hộ tịch có hiệu lực từ ngày mùng 1 tháng tám.', '2024-06-11',
     [{'text': 'ngày mùng 1 tháng tám', 'date': '2024-08-01', 'relation': 'from'}]),  # date-spelled
    ('Kể từ ngày đầu tiên của tháng 7, người dân đăng ký xe mô tô có thể bấm biển số ngay tại công an xã.', '2024-06-11',
     [{'text': 'ngày đầu tiên của tháng 7', 'date': '2024-07-01', 'relation': 'from'}]),  # date-spelled
    ('Quy trình liên thông khai tử – xóa đăng ký thường trú – hưởng mai táng phí được áp dụng từ ngày đầu tiên của tháng 5 năm 2025.', '2024-06-11',
     [{'text': 'ngày đầu tiên của tháng 5 năm 2025', 'date': '2025-05-01', 'relation': 'from'}]),  # date-spelled
    ('Doanh nghiệp sử dụng lao động nước ngoài phải nộp báo cáo tình hình sử dụng lao động về Sở trước ngày 6/4/25.', '2024-06-11',
     [{'text': 'ngày 6/4/25', 'date': '2025-04-06', 'relation': 'before'}]),  # date-spelled
    ('Việc thu phí khai thác, sử dụng thông tin trong Cơ sở dữ liệu quốc gia về dân cư được áp dụng từ tháng 3/25.', '2024-06-11',
     [{'text': 'tháng 3/25', 'date': '2025-03', 'relation': 'from'}]),  # date-spelled
    ('Sở Thông tin và Truyền thông đề nghị các địa phương hoàn thành lắp đặt wifi miễn phí tại nhà văn hóa thôn đến hết tháng 10/24.', '2024-06-11',
     [{'text': 'tháng 10/24', 'date': '2024-10', 'relation': 'by'}]),  # date-spelled
    ('Hồ sơ đề nghị khen thưởng công tác cải cách hành chính gửi về Ban Thi đua – Khen thưởng chậm nhất ngày 15-1-25.', '2024-06-11',
     [{'text': 'ngày 15-1-25', 'date': '2025-01-15', 'relation': 'before'}]),  # date-spelled
    ('Thường trực UBND tỉnh yêu cầu các sở gửi dự thảo báo cáo sơ kết công tác nửa đầu năm trước ngày 20 tháng sáu.', '2024-06-11',
     [{'text': 'ngày 20 tháng sáu', 'date': '2024-06-20', 'relation': 'before'}]),  # date-spelled
]
# "hạn chót <a long noun phrase> là <date>" (read in session 13: the deadline noun may frame a
# long noun phrase)
CORPUS += [
    ('Hạn chót nhận phiếu đăng ký dự tuyển viên chức ngành giáo dục huyện Yên Thế là mùng 10 tháng 9.', '2024-06-11',
     [{'text': 'mùng 10 tháng 9', 'date': '2024-09-10', 'relation': 'before'}]),  # date-spelled
]
CORPUS += [
    ('Triển lãm ảnh về cuộc đời và sự nghiệp của Chủ tịch Hồ Chí Minh (1890–1969) thu hút đông đảo cán bộ, công chức đến tham quan.', '2024-06-11', []),  # date-not-deadline
    ('Đồng chí Võ Văn Tần (1891–1941) là tấm gương sáng được nhắc lại trong buổi sinh hoạt chuyên đề của Đảng bộ huyện Đức Hòa.', '2024-06-11', []),  # date-not-deadline
    ('Kháng chiến chống thực dân Pháp 1945-1954: dấu ấn của chính quyền cách mạng tỉnh Thái Bình', '2024-06-11', []),  # date-not-deadline
    ('Những năm 1946-1950, Ủy ban kháng chiến hành chính tỉnh Bắc Kạn phải nhiều lần dời trụ sở vào rừng sâu.', '2024-06-11', []),  # date-not-deadline
    ('Theo Luật Cán bộ, công chức năm 2008 (sửa đổi, bổ sung năm 2019), công chức cấp xã được quản lý thống nhất với công chức cấp huyện.', '2024-06-11', []),  # date-not-deadline
    ('Người dân đánh giá cao thái độ phục vụ của công chức tại bộ phận một cửa (Báo cáo PAPI 2023, tr. 45).', '2024-06-11', []),  # date-not-deadline
    ('Lễ trao Giải Báo chí về cải cách hành chính tỉnh Lâm Đồng năm 2023 đã vinh danh nhiều tác phẩm chất lượng.', '2024-06-11', []),  # date-not-deadline
    ('Quyết định số 1234/QĐ-UBND ngày 15/5/2024 của UBND tỉnh công bố danh mục thủ tục hành chính được chuẩn hóa.', '2024-06-11', []),  # date-not-deadline
    ('Ngày 12/3 vừa qua, Sở Nội vụ đã tổ chức hội nghị tập huấn nghiệp vụ cho công chức văn phòng – thống kê cấp xã.', '2024-06-11', []),  # date-not-deadline
    ('Hồi tháng tám năm ngoái, đoàn công tác của Bộ Nội vụ đã khảo sát mô hình một cửa liên thông tại huyện Lục Nam.', '2024-06-11', []),  # date-not-deadline
    ('Thứ Hai, 10/06/2024 08:30 — Chiều qua, Chủ tịch UBND tỉnh tiếp công dân định kỳ tại trụ sở tiếp dân.', '2024-06-11', []),  # date-not-deadline
    ('Trong quý I/2024, Trung tâm Phục vụ hành chính công tỉnh đã giải quyết 12.350 hồ sơ, đạt 99,1% đúng hạn.', '2024-06-11', []),  # date-not-deadline
    ('Tính đến hết tháng 4/2024, toàn tỉnh đã kích hoạt 1,2 triệu tài khoản định danh điện tử.', '2024-06-11', []),  # date-not-deadline
    ('Năm 2023, tỷ lệ người dân hài lòng với sự phục vụ của cơ quan hành chính nhà nước tại Quảng Ninh đạt 96%.', '2024-06-11', []),  # date-not-deadline
    ('Đến tháng 5 năm nay, huyện Phú Lương đã số hóa 80% kết quả giải quyết thủ tục hành chính còn hiệu lực.', '2024-06-11', []),  # date-not-deadline
    ('Ông Phạm Văn Lực từng giữ chức Bí thư Huyện ủy nhiệm kỳ 2015-2020 trước khi được điều động về tỉnh.', '2024-06-11', []),  # date-not-deadline
    # a term's label is no horizon, even one still running (a gap until session 7)
    ('Bà Nguyễn Thị Thu, đại biểu HĐND tỉnh nhiệm kỳ 2021-2026, chất vấn Giám đốc Sở Xây dựng về chậm trễ cấp phép.', '2024-06-11', []),  # date-not-deadline
]

# --- from audit round 2 (own sentences): a date bounding a group of things done before it
CORPUS += [
    ("Các văn bản ban hành trước ngày 01/01/2025 vẫn được áp dụng đến hết thời hạn.", "2025-06-01", []),
    ("Hợp đồng ký trước ngày 01 tháng 01 năm 2021 được tiếp tục thực hiện.", "2025-06-01", []),
    ("Các sở phải ban hành kế hoạch trước ngày 15/7/2025.", "2025-06-01",
     [{"text": "trước ngày 15/7/2025", "date": "2025-07-15", "relation": "before"}]),
]

CORPUS += [
    # the period of a running total, every year's date, a periodic report's name: no deadline
    ("Tổng nhu cầu kinh phí lũy kế 3 năm 2025-2027 tăng thêm là 500.000 tỷ đồng.", "2025-06-01", []),
    ("Bảng giá đất được điều chỉnh và áp dụng từ ngày 01 tháng 01 của năm tiếp theo.", "2025-06-01", []),
    ("Doanh nghiệp nộp báo cáo tình hình sử dụng lao động cuối năm 2025 qua Cổng dịch vụ công.", "2025-11-01", []),
    # … a report due to someone by a time is a due date
    ("Các sở báo cáo Ủy ban nhân dân tỉnh vào cuối quý II/2026.", "2026-01-10",
     [{"text": "cuối quý II/2026", "date": "2026-Q2", "relation": "by"}]),
]
CORPUS += [
    # a day followed by a year said relative to publication
    ("Các đơn vị báo cáo trước ngày 15/1 năm sau.", "2025-06-01",
     [{"text": "trước ngày 15/1", "date": "2026-01-15", "relation": "before"}]),
]
# A part of a month or quarter is still "in" it; a month written "12.2025" (session 10, from
# the deadlines missed on the corpus batches)
CORPUS += [
    ("Bộ Chính trị yêu cầu hoàn thành việc sắp xếp vào đầu quý III/2025.", "2025-03-01",
     [{"text": "vào đầu quý III/2025", "date": "2025-Q3", "relation": "in"}]),
    ("Các địa phương báo cáo kết quả trong trung tuần tháng 6/2025.", "2025-03-01",
     [{"text": "trung tuần tháng 6/2025", "date": "2025-06", "relation": "in"}]),
    ("Dự kiến khởi công công trình vào giữa tháng 9/2025.", "2025-03-01",
     [{"text": "vào giữa tháng 9/2025", "date": "2025-09", "relation": "in"}]),
    ("Xã phấn đấu về đích nông thôn mới nâng cao vào tháng 11.2025.", "2025-03-01",
     [{"text": "vào tháng 11.2025", "date": "2025-11", "relation": "in"}]),
]
# A dashed pair before a counted noun is a range of a count, no day and month (session 11,
# a false deadline seen reading sample 2095): no deadline
CORPUS += [
    ("Bộ hồ sơ gồm từ 2-6 bản vẽ thì được trả kết quả trong ngày.", "2025-07-06", []),
    ("Mỗi đoàn kiểm tra có từ 3-5 thành viên, làm việc trong 2 ngày.", "2025-07-06", []),
]
# A span of years in running text is a period label, no horizon (FORMAT.md: the "giai đoạn
# A-B" of a title is one, optional); audit round 11
CORPUS += [
    ("Kế hoạch phát triển hạ tầng giai đoạn 2026 - 2030\n\nTỉnh có 11 dự án thành phần giai đoạn 2026 - 2030, "
     "tổng chiều dài 711 km.", "2025-05-01",
     [{"text": "giai đoạn 2026 - 2030", "date": "2030", "relation": "by"}]),
]
CORPUS += [
    # in an undated page, a passive participle in an earlier clause reports nothing about
    # the due time of the next one; an active "đã" does (session 12, from corpus_b1/b3/b5's
    # misses; own sentences)
    ("Rà soát 120 thủ tục đã được số hóa trên hệ thống, hoàn thành trong tháng 10 năm 2025.", None,
     [{"text": "trong tháng 10 năm 2025", "date": "2025-10", "relation": "in"}]),
    ("Các sở đã rà soát, hoàn thành trong tháng 10 năm 2025.", None, []),
]
CORPUS += [
    # cut-offs, conditions and citations, no due times (session 12, audit round 12; own
    # sentences): what was paid before a day, a condition "trước ngày X thì …", a date at
    # the end of a cited document's title after "vừa ban hành"
    ("Hệ thống ghi nhận thời gian người lao động đã đóng bảo hiểm xã hội tự nguyện trước ngày 01 tháng 7 năm 2025.",
     "2025-06-10", []),
    ("Văn bản có hiệu lực trước ngày 1/3/2027 thì quy định tương ứng hết hiệu lực.", "2025-06-10", []),
    ("Ban Bí thư vừa ban hành Kết luận số 15 về nhiệm vụ trọng tâm trong năm 2025.", "2025-03-01", []),
    ("Các bộ phải hoàn thành trước ngày 15/8/2025.", "2025-06-01",
     [{"text": "trước ngày 15/8/2025", "date": "2025-08-15", "relation": "before"}]),
]
CORPUS += [
    # session 12, audit round 13 (own sentences): what was done before a day bounds a group
    # (an active "đã" and its verb before "trước ngày"), unless a due word or a modal makes
    # it a due time; a span counted from a date ("05 năm kể từ ngày …") makes the date its
    # anchor, no start date
    ("Dự án đã mở thầu trước ngày 01/7/2025 nhưng chưa ký hợp đồng thì tiếp tục thực hiện.", "2025-06-10", []),
    ("Hồ sơ đã nộp trước ngày 15/3/2025 được giải quyết theo quy định cũ.", "2025-02-10", []),
    ("Các bộ đã hoàn thành trước ngày 15/8/2025.", "2025-06-01",
     [{"text": "trước ngày 15/8/2025", "date": "2025-08-15", "relation": "before"}]),
    ("Những xã đã được giao phải nộp báo cáo trước ngày 20/9/2025.", "2025-06-01",
     [{"text": "trước ngày 20/9/2025", "date": "2025-09-20", "relation": "before"}]),
    ("Chậm nhất là 05 năm kể từ ngày 01/7/2025 phải bảo đảm số lượng theo quy định.", "2025-06-10", []),
    ("Trong thời hạn 30 ngày làm việc, kể từ ngày 01/8/2025, các đơn vị phải báo cáo.", "2025-06-10", []),
    ("Nghị định có hiệu lực kể từ ngày 01/8/2025.", "2025-06-10",
     [{"text": "kể từ ngày 01/8/2025", "date": "2025-08-01", "relation": "from"}]),
]
KNOWN_GAPS = []

# --- from audit round 14 (own sentences): a date of every plan year, a cut-off of open cases
CORPUS += [
    ("Bộ Tài chính tổng hợp, điều chỉnh kế hoạch vốn giữa các bộ trước ngày 15 tháng 12 năm kế hoạch.", "2025-06-01", []),
    ("Tòa án khu vực giải quyết các yêu cầu đã nhận trước ngày 01/7/2025 nhưng chưa thụ lý.", "2025-06-01", []),
    ("Các bộ gửi đề xuất điều chỉnh kế hoạch vốn trước ngày 15 tháng 12 năm nay.", "2025-06-01",
     [{"text": "trước ngày 15 tháng 12 năm nay", "date": "2025-12-15", "relation": "before"}]),
]
CORPUS += [
    # a month in a name is no month of a year (session 13)
    ("Từ Cách mạng tháng Tám đến nay, bộ máy hành chính đã qua nhiều lần sắp xếp.", "2025-06-01", []),
]

# --- from audit round 16 (own sentences): "chậm nhất trong <period>" is within it; a cut-off of
# those still receiving something; either side of a day
CORPUS += [
    ("Chậm nhất trong quý III/2025, các sở hoàn thành số hóa hồ sơ.", "2025-03-01",
     [{"text": "Chậm nhất trong quý III/2025", "date": "2025-Q3", "relation": "in"}]),
    ("Người được tuyển dụng trước ngày 01/01/2025 đang hưởng phụ cấp thì tiếp tục được hưởng.", "2025-03-01", []),
    ("Dù nộp từ ngày 15/12/2025 hay trước 15/12/2025, người dân vẫn được giải quyết.", "2025-03-01",
     [{"text": "từ ngày 15/12/2025", "date": "2025-12-15", "relation": "from"}]),
]
# --- blind batch 25, read after its first touch (own sentence): an old form still in use until
# a day is due to be replaced by then
CORPUS += [
    ("Các địa phương tiếp tục sử dụng mẫu giấy khai sinh cũ đến hết ngày 30/6/2025.", None,
     [{"text": "đến hết ngày 30/6/2025", "date": "2025-06-30", "relation": "by"}]),
]
# a task's completion time, labelled (session 14, corpus_b28 after its first touch; own text)
CORPUS += [
    ("Bước 2: Rà soát hồ sơ đất đai.\nThời gian hoàn thành: 20/12/2026.", "2026-10-01",
     [{"text": "Thời gian hoàn thành: 20/12/2026", "date": "2026-12-20", "relation": "by"}]),
    ("- Thời hạn hoàn thành: tháng 12/2026.", "2026-10-01",
     [{"text": "Thời hạn hoàn thành: tháng 12/2026", "date": "2026-12", "relation": "by"}]),
]
# a holiday named between the cue and its date (session 14, corpus_b30 after its first touch;
# own text)
CORPUS += [
    ("Các xã chi trả xong trước ngày Quốc khánh 02/9/2026.", "2026-08-10",
     [{"text": "trước ngày Quốc khánh 02/9/2026", "date": "2026-09-02", "relation": "before"}]),
]
# session 15 (corpus_b33 after its first touch; own sentence): "không quá ngày …" is a due day;
# "không quá" before a number stays a cap
CORPUS += [
    ("Các xã gửi báo cáo chậm nhất không quá ngày 20/11/2025.", "2025-11-01",
     [{"text": "không quá ngày 20/11/2025", "date": "2025-11-20", "relation": "before"}]),
    ("Thời gian xử lý không quá 15 ngày.", "2025-11-01", []),
]
# session 15 (read in the blind batches' misses; own sentences): in an undated text, "đến hết ngày
# <day>" is the last day of something to be done, a window's end whatever its verb; a
# stand-point reached ("Đến hết ngày …, tỉnh đã …") is not
CORPUS += [
    ("Thời gian nhận hồ sơ: từ ngày 03/11/2025 đến hết ngày 02/12/2025.", None,
     [{"text": "đến hết ngày 02/12/2025", "date": "2025-12-02", "relation": "by"}]),
    ("Đến hết ngày 30/6/2024, tỉnh đã cấp 5.000 thẻ căn cước.", None, []),
]
