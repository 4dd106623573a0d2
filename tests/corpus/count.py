"""Count: numbers of things or people, with the subject they count (FORMAT.md).

Own sentences in the style of Vietnamese administrative news; expected values are what the
Vietnamese says. See percent.py for the shape of an ``Example``.
"""

from . import examples_of

E = examples_of("count")


EXAMPLES = [
    # digits written the Vietnamese way
    E("Trong quý I, toàn tỉnh tiếp nhận 3.500 hồ sơ trực tuyến.", "3.500",
      value=3500, subject="hồ sơ trực tuyến"),
    E("Năm 2023, thành phố đã giải quyết 1.800.000 hồ sơ thủ tục hành chính.", "1.800.000",
      value=1_800_000, subject="hồ sơ thủ tục hành chính"),
    E("Huyện đã tổ chức 27 lớp tập huấn kỹ năng số cho tổ công nghệ số cộng đồng.", "27",
      value=27, subject="lớp tập huấn kỹ năng số"),
    E("Bộ đã ban hành 03 thông tư hướng dẫn trong tháng 5.", "03", value=3, subject="thông tư"),
    # scale words
    E("Đã có 1,5 triệu tài khoản định danh điện tử được kích hoạt trên địa bàn.", "1,5 triệu",
      value=1_500_000, subject="tài khoản định danh điện tử"),
    E("Bộ Công an đã cấp hơn 85 triệu thẻ căn cước cho công dân.", "hơn 85 triệu",
      value=85_000_000, qualifier="over", subject="thẻ căn cước"),
    E("Chương trình đã bồi dưỡng cho 2 vạn học viên là cán bộ cấp cơ sở.", "2 vạn",
      value=20_000, subject="học viên"),
    E("Cổng dịch vụ công ghi nhận 12,3 nghìn tài khoản đăng ký mới.", "12,3 nghìn",
      value=12_300, subject="tài khoản"),
    # spelled numerals
    E("Hai mươi lăm xã đã đạt chuẩn nông thôn mới nâng cao.", "Hai mươi lăm",
      value=25, subject="xã"),
    E("Đợt này có một trăm linh năm cán bộ được điều động về cơ sở.", "một trăm linh năm",
      value=105, subject="cán bộ"),
    E("Sở đã cử mười lăm công chức tham gia đoàn kiểm tra.", "mười lăm",
      value=15, subject="công chức"),
    E("Năm nay tỉnh tuyển dụng hai mươi mốt viên chức y tế.", "hai mươi mốt",
      value=21, subject="viên chức y tế"),
    # ranges
    E("Mỗi ngày bộ phận một cửa tiếp nhận 20-30 hồ sơ đất đai.", "20-30",
      value=20, value_max=30, per="day", subject="hồ sơ đất đai"),
    E("Mỗi tổ công tác gồm từ 3 đến 5 cán bộ.", "từ 3 đến 5",
      value=3, value_max=5, subject="cán bộ"),
    # qualifiers
    E("Gần 2.000 doanh nghiệp đã tham gia khảo sát chỉ số PCI.", "Gần 2.000",
      value=2000, qualifier="nearly", subject="doanh nghiệp"),
    E("Tỉnh đã công bố trên 1.000 thủ tục hành chính.", "trên 1.000",
      value=1000, qualifier="over", subject="thủ tục hành chính"),
    E("Mỗi phòng chuyên môn được bố trí tối đa 3 cấp phó.", "tối đa 3",
      value=3, qualifier="at_most", subject="cấp phó"),
    E("Cả năm chỉ có dưới 100 hồ sơ bị trả lại.", "dưới 100",
      value=100, qualifier="under", subject="hồ sơ"),
    # status
    E("Năm 2024, tỉnh phấn đấu cấp 500.000 tài khoản định danh điện tử.", "500.000",
      value=500_000, status="target", subject="tài khoản định danh điện tử"),
    E("Bộ dự kiến cắt giảm 200 thủ tục trong năm tới.", "200",
      value=200, status="projected", subject="thủ tục"),
    # per
    E("Hệ thống xử lý khoảng 150.000 lượt/ngày vào thời gian cao điểm.", "150.000",
      value=150_000, per="day", qualifier="approx"),
    E("Trung tâm tiếp nhận bình quân 300 hồ sơ mỗi tháng.", "300",
      value=300, per="month", subject="hồ sơ"),
    E("Hằng năm, tỉnh tuyển dụng 50 công chức mới.", "50",
      value=50, per="year", subject="công chức mới"),
    # change
    # fixed pairs with commas, list commas
    E("Đến nay đã có 12 sở, ngành và 9 huyện kết nối phần mềm.", "12",
      value=12, subject="sở, ngành"),
    E("Có 14 tỉnh, thành phố, 2 tập đoàn nhà nước tham gia thí điểm.", "14",
      value=14, subject="tỉnh, thành phố"),
    E("Đã có 02 Luật được Quốc hội thông qua tại kỳ họp.", "02", value=2, subject="Luật"),
    # "đồng" after a number that is no money
    E("Đoàn công tác gồm 4 đồng chí trong Ban Thường vụ.", "4", value=4, subject="đồng chí"),
    # more
    E("Tỉnh có 9 huyện, 1 thị xã và 1 thành phố trực thuộc.", "9", value=9, subject="huyện"),
    E("Năm qua, trung tâm đã trả 45.678 kết quả qua dịch vụ bưu chính công ích.", "45.678",
      value=45_678, subject="kết quả"),
    E("Toàn quốc đã cắt giảm, đơn giản hóa 2.100 quy định kinh doanh.", "2.100",
      value=2100, subject="quy định kinh doanh"),
    E("Trên 4.000 người dân được hướng dẫn cài đặt ứng dụng VNeID.", "Trên 4.000",
      value=4000, qualifier="over", subject="người dân"),
    E("Sau sắp xếp, tỉnh giảm 48 đơn vị hành chính cấp xã.", "48",
      value=48, subject="đơn vị hành chính cấp xã"),
    E("Có 250 cán bộ, công chức được cử đi đào tạo ở nước ngoài.", "250",
      value=250, subject="cán bộ, công chức"),
    E("Bảy xã miền núi được hỗ trợ thiết bị họp trực tuyến.", "Bảy",
      value=7, subject="xã miền núi"),
    E("Có 2.500 lượt người dân đến giao dịch tại trung tâm.", "2.500",
      value=2500, subject="lượt người dân"),
    E("Dân số cả nước đã vượt 100 triệu người.", "100 triệu",
      value=100_000_000, qualifier="over", subject="người"),
    # was a known gap; library gave: no count (spelled 'ba triệu rưỡi' not read as a count)
    E("Trang thông tin đã đón ba triệu rưỡi lượt truy cập.", "ba triệu rưỡi",
      value=3_500_000, subject="lượt truy cập"),
    # was a known gap; library gave: subject 'đại biểu tham dự' (runs over the verb 'tham dự')
    E("Hội nghị thu hút khoảng 500 đại biểu tham dự.", "khoảng 500",
      value=500, qualifier="approx", subject="đại biểu"),
    # was a known gap; library gave: subject 'công chức làm công tác tư pháp' (runs over the verb 'làm')
    E("Mỗi xã bố trí ít nhất 2 công chức làm công tác tư pháp.", "ít nhất 2",
      value=2, qualifier="at_least", subject="công chức"),
    # was a known gap; library gave: subject 'xã, phường' (drops 'thị trấn' of the fixed triple)
    E("Toàn tỉnh có 170 xã, phường, thị trấn.", "170",
      value=170, subject="xã, phường, thị trấn"),
    # was a known gap; library gave: no count (spelled 'mười hai')
    E("Ủy ban đã tiếp nhận mười hai kiến nghị.", "mười hai", value=12, subject="kiến nghị"),
    # was a known gap; library gave: no count (spelled 'một trăm hai mươi')
    E("Có một trăm hai mươi hộ dân được bàn giao đất tái định cư.", "một trăm hai mươi",
      value=120, subject="hộ dân"),
    # was a known gap; library gave: no count (spelled 'ba mươi tư')
    E("Huyện hiện có ba mươi tư thôn, tổ dân phố.", "ba mươi tư",
      value=34, subject="thôn, tổ dân phố"),
    # was a known gap; library gave: no count ('vượt mốc 5 triệu' with no noun after)
    E("Số tài khoản đăng ký đã vượt mốc 5 triệu.", "5 triệu",
      value=5_000_000, qualifier="over"),
    # was a known gap; library gave: no metric at all for '10.599' (only '3.321' is read)
    E("Số đơn vị hành chính cấp xã giảm từ 10.599 xuống còn 3.321 đơn vị.", "10.599",
      value=10_599, change="from"),
    # was a known gap; library gave: count 3321, change None (expected 'to')
    E("Số đơn vị hành chính cấp xã giảm từ 10.599 xuống còn 3.321 đơn vị.", "3.321",
      value=3321, change="to"),
    # A figure alone in a table cell; markdown bold between a number and its noun.
    E("| STT | Đơn vị | Hồ sơ |\n|---|---|---|\n| 1 | Sở Tư pháp | 3.204 |", "3.204", value=3204),
    E("Quý này, huyện tiếp nhận **2.315** hồ sơ trực tuyến.", "2.315", value=2315,
      subject="hồ sơ trực tuyến"),
    # A scaled figure after a linking verb counts the thing named before the verb.
    E("Số người dùng ứng dụng đã đạt 3,2 triệu.", "3,2 triệu", value=3_200_000),
    # "trên 63 tỉnh, thành phố" is "across all 63": no "over".
    E("Hệ thống đã kết nối trên 63 tỉnh, thành phố.", "63", value=63, qualifier=None),
    # "còn" without a verb of change is "still", no change.
    E("Toàn huyện còn 4 xã chưa kết nối mạng.", "4", value=4, subject="xã", change=None),
    # nouns coordinated by a comma and closed by punctuation stay in the phrase; a clause
    # after the comma does not
    E("Công an tỉnh đã cấp 1,2 triệu thẻ căn cước, căn cước công dân gắn chip; thu nhận 900.000 hồ sơ.",
      "1,2 triệu", value=1_200_000, subject="thẻ căn cước, căn cước công dân gắn chip"),
    E("Trung tâm đã tiếp nhận 2.300 hồ sơ, người dân đánh giá cao thái độ phục vụ.", "2.300",
      value=2300, subject="hồ sơ"),
    # "người" after the number is a classifier: the noun before it names who is counted
    E("Năm 2024, thành phố tuyển dụng viên chức 245 người.", "245", value=245, subject="viên chức"),
    E("Huyện có dân số khoảng 180.000 người.", "khoảng 180.000", value=180_000, subject="dân số"),
    E("Cả nước có 5.000 người tham gia khảo sát.", "5.000", value=5000, subject="người"),
    # two neighbouring spelled numerals are a range ("three or four")
    E("Trước đây, ông phải lên huyện ba bốn lần để làm xong thủ tục.", "ba bốn lần", value=3,
      value_max=4, subject="lần"),
    # before … now
    E("Trước sắp xếp, hai xã cũ có 48 cán bộ, công chức; nay xã mới còn 35 người.", "48",
      value=48, change="from"),
    E("Trước sắp xếp, hai xã cũ có 48 cán bộ, công chức; nay xã mới còn 35 người.", "35",
      value=35, change="to"),
    # a distributive phrase does not reach over ";" into the next clause
    E("Hằng năm, Sở tập huấn cho 5.000 giáo viên; kho học liệu đã có hơn 12.000 bài giảng.", "hơn 12.000",
      value=12000, per=None),
    E("Hằng năm, Sở tập huấn cho 5.000 giáo viên; kho học liệu đã có hơn 12.000 bài giảng.", "5.000",
      value=5000, per="year"),
    # a number with its own head noun after a level list is a count, not the next level
    E("Cổng cung cấp 215 dịch vụ công mức độ 3 và 64 dịch vụ công mức độ 4.", "64", value=64,
      subject="dịch vụ công mức độ 4"),
    # a qualifier syllable ending a compound is no qualifier
    E("Đoàn giám sát 12 xã về thực hiện cơ chế một cửa.", "12", value=12, qualifier=None),
    E("Kết quả khảo sát 600 phiếu cho thấy người dân hài lòng.", "600", value=600, qualifier=None),
    # a service level is part of what is counted
    E("Tỉnh cung cấp 1.150 dịch vụ công trực tuyến mức độ 3 và mức độ 4.", "1.150",
      value=1150, subject="dịch vụ công trực tuyến mức độ 3 và mức độ 4"),
    # the phrase ends where its predicate begins
    E("Sau sắp xếp, 412 đơn vị hành chính cấp xã kết thúc hoạt động từ ngày 1/7.", "412",
      value=412, subject="đơn vị hành chính cấp xã"),
    E("Khảo sát cho thấy 2.300 người dân đánh giá cao thái độ phục vụ của công chức.", "2.300",
      value=2300, subject="người dân"),
    E("Hệ thống ghi nhận 58.000 lượt tra cứu thành công trong tháng.", "58.000",
      value=58000, subject="lượt tra cứu"),
    E("Bưu điện đã chuyển 12.000 kết quả giải quyết thủ tục hành chính về tận nhà.", "12.000",
      value=12000, subject="kết quả giải quyết thủ tục hành chính"),
]

KNOWN_GAPS = [
]

NOT_CLAIMS = [
    # a name with a number, an ordinal, the edition of an index
    "Tỉnh đã tiêm vắc xin phòng Covid-19 cho người lao động.",
    "Đây là năm thứ 5 liên tiếp tỉnh tổ chức hội nghị đối thoại với doanh nghiệp.",
    "Kết quả PCI 2023 được công bố vào tháng 5.",
    "Thứ Hai, 01/4/2024, UBND Quận 7 tổ chức hội nghị giao ban.",
    "Triển khai Đề án 06 trên địa bàn tỉnh đạt nhiều kết quả tích cực.",
    "Thực hiện Nghị định 63/2024/NĐ-CP về dịch vụ công trực tuyến.",
    "Một số địa phương còn chậm triển khai bộ phận một cửa.",
    "Dịch vụ công trực tuyến mức độ 3 được cung cấp tại các xã.",
    "Nghị quyết Đại hội Đảng khóa XII đã đề ra nhiệm vụ cải cách.",
    "Mọi phản ánh xin gọi đường dây nóng 0236.3822.123 hoặc 1900 1234.",
    "Doanh thu dịch vụ số tăng gấp 2 lần so với cùng kỳ.",
    "Người đứng đầu cơ quan chịu trách nhiệm về kết quả cải cách.",
    "Mạng 4G và 5G đã được phủ sóng tại trung tâm huyện.",
    "Thứ nhất, tăng cường kỷ luật, kỷ cương hành chính.",
    "Thực hiện Chỉ thị số 20 của Thủ tướng Chính phủ.",
    "Trụ sở Trung tâm đặt tại 12 Lê Lợi, phường Vĩnh Ninh.",
    "| 2. Cần Thơ: Số hóa hồ sơ ....... | 4 |",
]

# Precision traps seen in real pages (issue 14): parts of legal texts, numbered offices, years
# in names, multipliers, days of lunar months.
NOT_CLAIMS += [
    "Căn cứ khoản 1, 2 Điều 5 Nghị định này, Sở Nội vụ hướng dẫn thủ tục.",
    "Theo tiểu mục 2 Mục I của Kế hoạch, các sở rà soát thủ tục.",
    "Nội dung này quy định tại tiết 3.2 điểm a của Hướng dẫn.",
    "Luật Căn cước 2023 quy định thẻ căn cước có giá trị sử dụng trên toàn quốc.",
    "Bộ luật Lao động 2019 quy định rõ quyền của người lao động.",
    "TAND khu vực 9 tiếp nhận đơn khởi kiện của người dân.",
    "Thuế cơ sở 7 thành phố Hà Nội quản lý phường Hồng Hà.",
    "Tiền lương không vượt quá 1,8 lần mức lương cơ sở.",
    "Người dân được nghỉ Tết từ 28 tháng Chạp năm Giáp Thìn.",
]
EXAMPLES += [
    # a compound ending in a label noun still counts: "danh mục 94 thủ tục"
    E("UBND tỉnh công bố danh mục 94 thủ tục hành chính lĩnh vực đất đai.", "94", value=94),
    E("Trên cơ sở 5 trung tâm y tế tuyến huyện, tỉnh thành lập 2 trung tâm y tế khu vực.", "5",
      value=5),
    E("Bộ Công Thương đưa số điều kiện kinh doanh từ 1.220 xuống còn 475.", "1.220", value=1220,
      change="from"),
]


# --- Written blind (session 3) by helpers who saw FORMAT.md and TRAPS.md but no code
# (classes: bounds, count-not, count-spelled); first-touch pass rates are in docs/evaluation.md.
EXAMPLES += [
    E('Mỗi tháng, Trung tâm Phục vụ hành chính công tỉnh Thái Nguyên tiếp nhận trên 1.200 hồ sơ đất đai.',
      '1.200 hồ sơ', value=1200, value_max=None, qualifier='over', denominator=None),  # bounds
    E('Mỗi phòng chuyên môn thuộc UBND cấp huyện có không quá 3 phó trưởng phòng.',
      '3 phó trưởng phòng', value=3, value_max=None, qualifier='at_most', denominator=None),  # bounds
    E('Sau khi sắp xếp, thị xã Hương Trà chỉ còn hai đơn vị hành chính cấp xã chưa đạt tiêu chuẩn về diện tích tự nhiên.',
      'hai đơn vị', value=2, value_max=None, qualifier=None, denominator=None),  # count-spelled
    E('Tuần qua, đoàn kiểm tra của Sở Nội vụ đã làm việc trực tiếp với ba bộ phận một cửa cấp huyện.',
      'ba bộ phận', value=3, value_max=None, qualifier=None, denominator=None),  # count-spelled
    E('Tỉnh Hà Nam chọn năm xã thuộc huyện Lý Nhân để thí điểm mô hình chính quyền số cấp cơ sở.',
      'năm xã', value=5, value_max=None, qualifier=None, denominator=None),  # count-spelled
    E('Trụ sở mới của Trung tâm Phục vụ hành chính công được bố trí mười hai phòng chức năng, mỗi phòng phụ trách một nhóm lĩnh vực.',
      'mười hai phòng', value=12, value_max=None, qualifier=None, denominator=None),  # count-spelled
    E('Bộ Tư pháp đã hoàn thành thẩm định bốn dự thảo nghị định trước khi trình Chính phủ xem xét.',
      'bốn dự thảo', value=4, value_max=None, qualifier=None, denominator=None),  # count-spelled
    E('Quận Hoàn Kiếm thành lập sáu tổ công tác đặc biệt để hỗ trợ người dân kích hoạt tài khoản định danh điện tử.',
      'sáu tổ công tác', value=6, value_max=None, qualifier=None, denominator=None),  # count-spelled
    E('Qua kiểm tra, Thanh tra tỉnh phát hiện bảy hồ sơ đất đai bị trả lại không đúng quy định và yêu cầu xử lý dứt điểm.',
      'bảy hồ sơ', value=7, value_max=None, qualifier=None, denominator=None),  # count-spelled
    E('Tại kỳ họp chuyên đề, Hội đồng nhân dân tỉnh Quảng Trị đã thông qua mười lăm nghị quyết quan trọng.',
      'mười lăm nghị quyết', value=15, value_max=None, qualifier=None, denominator=None),  # count-spelled
    E('Tính đến nay, hai mươi lăm xã trên địa bàn huyện Tiên Du đã áp dụng thanh toán không dùng tiền mặt khi thu phí, lệ phí.',
      'hai mươi lăm xã', value=25, value_max=None, qualifier=None, denominator=None),  # count-spelled
    E('Sở Thông tin và Truyền thông đã cử tám cán bộ kỹ thuật xuống hỗ trợ các địa phương vùng cao.',
      'tám cán bộ', value=8, value_max=None, qualifier=None, denominator=None),  # count-spelled
    E('Hơn hai mươi doanh nghiệp công nghệ đã tham gia giới thiệu giải pháp chuyển đổi số dành cho chính quyền cấp xã.',
      'Hơn hai mươi doanh nghiệp', value=20, value_max=None, qualifier='over', denominator=None),  # count-spelled
    E('UBND thành phố giao chín sở, ngành chủ trì xây dựng cơ sở dữ liệu chuyên ngành phục vụ chỉ đạo, điều hành.',
      'chín sở, ngành', value=9, value_max=None, qualifier=None, denominator=None),  # count-spelled
    E('Ban Chỉ đạo cải cách hành chính của tỉnh đã tổ chức mười cuộc kiểm tra đột xuất tại các cơ quan, đơn vị.',
      'mười cuộc kiểm tra', value=10, value_max=None, qualifier=None, denominator=None),  # count-spelled
    E('Sau hợp nhất, khối cơ quan chuyên môn thuộc UBND tỉnh còn mười bốn sở và tương đương.',
      'mười bốn sở', value=14, value_max=None, qualifier=None, denominator=None),  # count-spelled
    E('Đến nay, ba mươi hai thủ tục hành chính thuộc lĩnh vực tư pháp đã được cung cấp dưới dạng dịch vụ công trực tuyến toàn trình.',
      'ba mươi hai thủ tục', value=32, value_max=None, qualifier=None, denominator=None),  # count-spelled
    E('Hai bộ là Bộ Nội vụ và Bộ Tài chính được giao chủ trì hướng dẫn việc bố trí cán bộ dôi dư.',
      'Hai bộ', value=2, value_max=None, qualifier=None, denominator=None),  # count-spelled
    E('Năm phường nội thị của thành phố Bắc Ninh đang thí điểm trả kết quả thủ tục hành chính tận nhà.',
      'Năm phường', value=5, value_max=None, qualifier=None, denominator=None),  # count-spelled
    E('Huyện đã lựa chọn mười một thôn, bản đặc biệt khó khăn để lắp đặt điểm truy cập Internet công cộng.',
      'mười một thôn, bản', value=11, value_max=None, qualifier=None, denominator=None),  # count-spelled
]
# "chỉ có / chỉ còn một X": only one counts one (a known gap of session 3, read in session 13)
EXAMPLES += [
    E('Chỉ có một xã của huyện Mường Nhé là chưa kết nối được mạng cáp quang đến trụ sở ủy ban.',
      'một xã', value=1, value_max=None, qualifier=None, denominator=None),  # count-spelled
]
NOT_CLAIMS = NOT_CLAIMS + [
    'Trụ sở mới của Sở Tư pháp đặt tại số 12 đường Lê Lợi, phường Thạch Thang, quận Hải Châu.',  # count-not
    'Từ tuần sau, chi nhánh văn phòng đăng ký đất đai quận Hai Bà Trưng chuyển về làm việc tại 45-47 phố Lò Đúc.',  # count-not
    'Chi cục Thuế khu vực 5 thông báo thay đổi địa điểm tiếp nhận hồ sơ quyết toán thuế thu nhập cá nhân.',  # count-not
    'Điểm tiếp nhận hồ sơ cấp căn cước lưu động được bố trí tại Trường THCS số 2 thị trấn Phù Mỹ.',  # count-not
    'Nội dung về phân cấp, phân quyền cho chính quyền cơ sở được quy định tại Mục II Phần 3 của Đề án.',  # count-not
    'Theo khoản 2 Điều 7 của Nghị định, người nộp hồ sơ chịu trách nhiệm về tính chính xác của thông tin đã kê khai.',  # count-not
    'Luật Đất đai 2024 có nhiều quy định mới về cấp Giấy chứng nhận quyền sử dụng đất lần đầu.',  # count-not
    'Trường hợp người nộp hồ sơ từ đủ 60 tuổi đối với nam thì được miễn nộp giấy khám sức khỏe.',  # count-not
    'UBND Quận 7 tổ chức tiếp nhận hồ sơ đất đai ngoài giờ hành chính vào sáng thứ Bảy.',  # count-not
    'Công an Phường 12, quận Gò Vấp đẩy mạnh hướng dẫn người dân làm thủ tục trên ứng dụng VNeID.',  # count-not
    'Tổ công tác triển khai Đề án 06 của huyện đã họp rà soát các nhiệm vụ còn chậm.',  # count-not
    'Tuổi nghỉ hưu của người lao động được quy định tại Điều 169 Bộ luật Lao động 2019.',  # count-not
    'Một số địa phương vẫn còn tình trạng hồ sơ trễ hạn do thiếu công chức chuyên môn.',  # count-not
    'Cán bộ tiếp dân cần hướng dẫn người dân một cách tận tình, chu đáo và đúng quy định.',  # count-not
    'Người dân chỉ cần đến bộ phận một cửa để nộp hồ sơ và nhận kết quả.',  # count-not
    'Việc số hóa hồ sơ hộ tịch mới hoàn thành một phần do hạ tầng công nghệ còn hạn chế.',  # count-not
    'Theo quy định, mỗi công dân chỉ được cấp một tài khoản định danh điện tử.',  # count-not
    'Bên cạnh đó, một bộ phận cán bộ vẫn còn tâm lý né tránh, ngại va chạm trong thực thi công vụ.',  # count-not
    'Đây là một bước tiến quan trọng trong công tác cải cách thủ tục hành chính của tỉnh.',  # count-not
    'Thủ tục đất đai vẫn là một trong những điểm nghẽn lớn nhất đối với doanh nghiệp.',  # count-not
    'Một nửa số cán bộ của phòng đã được cử đi bồi dưỡng kỹ năng số.',  # count-not
    'Sở Nội vụ một lần nữa đề nghị các địa phương khẩn trương hoàn thiện đề án vị trí việc làm.',  # count-not
]

# --- from audit round 2 (own sentences)
NOT_CLAIMS += [
    "Mức phạt đối với tổ chức bằng 02 lần mức phạt đối với cá nhân.",  # a multiplier
    "Mức tiền lương tối đa để tính đóng bảo hiểm là 20 lần mức lương cơ sở.",
    "Trụ sở làm việc trở lại từ Mùng 6 Tết.",  # a day of Tết
    "Cán bộ điền theo mẫu 02 ban hành kèm theo hướng dẫn.",  # a form number
]

# --- rules added late in session 3 (own sentences)
EXAMPLES += [
    E("Sở được bổ sung thêm một Phó Chánh Văn phòng.", "một", value=1),
]
NOT_CLAIMS += [
    "Luật Bảo hiểm xã hội 2024 đồng thời quy định chế độ hưu trí.",  # a law's year, not money
    "Theo Luật Phòng, chống tham nhũng 2018, người đứng đầu phải giải trình.",
    "Nghị định 45 2020 NĐ CP quy định về thủ tục điện tử.",  # an identifier without its slashes
]

# Precision traps of audit round 3 (issue 14; session 6)
NOT_CLAIMS = NOT_CLAIMS + [
    'Nhân kỷ niệm 80 năm Cách mạng Tháng Tám, huyện tổ chức lễ mít tinh.',
    'Lớp tập huấn bắt đầu từ 14 giờ, thứ Năm tại hội trường UBND xã.',
    '| Giảng viên hạng III (từ hệ số lương 2,34) | 1,45 |',
    'Hệ số điều chỉnh tăng thêm của huyện là 1,25 theo quyết định của tỉnh.',
    'Chỉ thị 15/CT-TTg 2025 yêu cầu các bộ, ngành rà soát thủ tục hành chính.',
]

EXAMPLES += [
    # web converters bold part of a word ("**s****ắp xếp**"): the markers are debris, and
    # "sắp xếp" stays a verb, no "xếp N" rank
    E("Tờ trình nêu rõ **s****ắp xếp 45 Chi nhánh Văn phòng đăng ký đất đai** theo phương án 2.", "45",
      value=45, subject="Chi nhánh Văn phòng đăng ký đất đai"),
]
NOT_CLAIMS = NOT_CLAIMS + [
    # one for each is a rule of distribution (TRAPS.md "mỗi … một"), "một" before a measure
    # word an article, and a clause number coordinated before "Điều này" a label
    'Mỗi hộ kinh doanh được cấp 01 tài khoản định danh điện tử để kê khai thuế.',  # count-not
    'Mỗi người dân chỉ được đăng ký một số điện thoại với tài khoản của mình.',  # count-not
    'Cán bộ được hưởng thêm một khoản phụ cấp tương ứng với thời gian công tác.',  # count-not
    'Hành vi vi phạm quy định tại các khoản 1 và 2 Điều này bị phạt cảnh cáo.',  # count-not
]
EXAMPLES += [
    # … but a rate per period, a range and a count with no "mỗi" stay counts
    E("Tổ công tác mỗi tháng họp 1 lần để rà soát tiến độ.", "1", value=1, subject="lần"),
    # copies of a document are counted (session 9, read from blind batch 23)
    E("Người nộp hồ sơ chuẩn bị ba bản sao giấy khai sinh.", "ba", value=3, subject="bản sao giấy khai sinh"),
    # a cap with no base after it bounds occasions (session 9: kinds/multiplier.py)
    E("Thời hạn giải quyết được gia hạn tối đa là 02 lần.", "tối đa là 02", value=2, qualifier="at_most",
      subject="lần"),
    E("Hiện mỗi xã chỉ bố trí 1–2 công chức địa chính.", "1–2", value=1, subject="công chức địa chính"),
]
NOT_CLAIMS = NOT_CLAIMS + [
    # a round of a contest is a label
    'Sở Nội vụ công bố kết quả thi tuyển vòng 2 kỳ tuyển dụng công chức.',  # count-not
]
NOT_CLAIMS = NOT_CLAIMS + [
    # names with numbers and numbers that only measure or number things (audit round 5 classes)
    'Ảnh chân dung trên thẻ có kích thước 30 x 40 mm, nền trắng.',  # count-not
    'Cơ quan thuế chuyển mã số thuế sang trạng thái 08 chờ xác minh.',  # count-not
    'a) Phiếu lý lịch tư pháp số 1 cấp cho công dân Việt Nam theo yêu cầu.',  # count-not
    'Doanh nghiệp có lợi nhuận cao hơn từ 03 lần trở lên so với kế hoạch được thưởng thêm.',  # count-not
    'Các đối tượng quy định tại các khoản 1, 2, 3, 4, 5, 6, 7 và 8 Điều này được hỗ trợ.',  # count-not
    'Căn cứ Điều 10 Luật Phòng, chống thiên tai và Đê điều sửa đổi bổ sung 2024 quy định trách nhiệm của bộ.',  # count-not
    'Bảng tổng hợp:\n| 1 | 2 | 3 | 4 |\n| STT | Đơn vị | Ghi chú | Mã |',  # count-not
]
EXAMPLES += [
    # "từ N <noun of four syllables or more> trở lên": the bound follows the counted noun
    E("Phòng có từ 15 biên chế công chức trở lên được bố trí thêm một cấp phó.", "từ 15 biên chế công chức trở lên",
      value=15, qualifier="at_least", subject="biên chế công chức"),
]
# Rows of an annex's list and the later members of a list of articles are labels (session 9,
# audit round 8)
NOT_CLAIMS = NOT_CLAIMS + [
    "Vị trí việc làm theo quy định tại số thứ tự từ 1 đến 3 Mục X Phụ lục I ban hành kèm theo Thông tư.",
    "Thay thế nội dung chi tiết của thủ tục tại số thứ tự 2, 3, 4, 5 Mục B Phần II Phụ lục.",
    "Đối với các hành vi quy định tại các Điều 14, 24, 26 và 27 Nghị định này thì thời điểm chấm dứt là khi xong.",
]
# … but a bare scaled figure outside such a series keeps its own kind
EXAMPLES += [
    E("Dân số đạt 1,2 triệu, thu ngân sách đạt 5 triệu đồng mỗi người.", "1,2 triệu", value=1_200_000,
      subject="Dân số"),
]
# A year written as a bare number is no count, whatever noun follows it: counts of a
# thousand and more take a thousands dot (session 10, from the claims missed on the gold sets)
NOT_CLAIMS = NOT_CLAIMS + [
    "Tăng lương 2026 CBCCVC và lực lượng vũ trang so với hiện nay.",
    "Bộ Tư pháp thông báo tuyển dụng công chức 2025 đợt 2.",
    "Kế hoạch tổ chức Đại hội thể dục thể thao 2026 cấp tỉnh.",
]
EXAMPLES += [
    E("Năm 2024, Trung tâm tiếp nhận 2.025 hồ sơ trực tuyến.", "2.025", value=2025, subject="hồ sơ trực tuyến"),
]
# … and a grouped number glued to the word before it is still one
EXAMPLES += [
    E("Sau khi nhập, phường có quy mô dân số là21.299 người.", "21.299", value=21299),
]
# Spelled small counts of forms, systems and regions (session 10, corpus batches 13 and 18)
EXAMPLES += [
    E("Nghị định quy định ba hình thức tuyển dụng công chức.", "ba", value=3, subject="hình thức"),
    E("Luật xây dựng hai hệ thống tiêu chuẩn nghề nghiệp.", "hai", value=2, subject="hệ thống tiêu chuẩn nghề nghiệp"),
    E("Tỉnh được chia thành bốn vùng kinh tế động lực.", "bốn", value=4, subject="vùng kinh tế động lực"),
]
# Audit round 10: the last article of a list before the law it belongs to, the digits of an
# identity paper's number, a ring road's number
NOT_CLAIMS = NOT_CLAIMS + [
    "Thu hồi đất theo quy định tại các điều 61, 62 và 64 Luật Đất đai năm 2013.",
    "Người dân đổi chứng minh nhân dân 9 số sang thẻ căn cước/CCCD 12 số.",
    "Tờ khai ghi rõ số chứng minh nhân dân 09 số của người đại diện.",
    "Đẩy nhanh tiến độ đường vành đai 3, vành đai 4 Thành phố Hồ Chí Minh.",
]
# … outside brackets, numeral words on both sides of a comma are two items of a list
EXAMPLES += [
    E("Năm nay, xã có hai nghìn, ba trăm hộ đăng ký.", "ba trăm", value=300, subject="hộ"),
]
# Two neighbouring small numbers before a unit of times, time or people say "three or four"
# (session 10, from the misses on the fresh sets)
EXAMPLES += [
    E("Mỗi quý, đoàn kiểm tra làm việc 3, 4 lần tại mỗi xã.", "3, 4", value=3, value_max=4),
]
NOT_CLAIMS = NOT_CLAIMS + [
    # military units named by their number (audit round 11)
    "Chính ủy Quân khu 9 thay mặt đơn vị tặng quà các gia đình chính sách.",
    "Cựu chiến binh Sư đoàn 3 anh hùng gặp mặt truyền thống tại thị xã An Nhơn.",
]
NOT_CLAIMS = NOT_CLAIMS + [
    # a school grade before a school's name or punctuation (audit round 11)
    "Học sinh N.V.T (lớp 7 Trường THCS Nhơn Hòa) được tuyên dương trước toàn trường.",
    "Em là học sinh lớp 12, năm nay thi tốt nghiệp.",
]
NOT_CLAIMS = NOT_CLAIMS + [
    # a steering committee named by the number of its founding decision (audit round 11)
    "Ban Chỉ đạo 389 quốc gia họp phiên toàn thể.",
]
EXAMPLES += [
    # spelled small counts of institutions, works and criteria (session 12, the gold sets'
    # misses; own sentences)
    E("Hai bệnh viện tuyến tỉnh đã triển khai bệnh án điện tử.", "Hai", value=2, subject="bệnh viện tuyến tỉnh"),
    E("Xã mới phải đạt cả ba tiêu chuẩn về diện tích, dân số và kinh tế.", "ba", value=3, subject="tiêu chuẩn"),
    E("Huyện khởi công hai công trình giao thông trọng điểm.", "hai", value=2, subject="công trình giao thông trọng điểm"),
]
NOT_CLAIMS = NOT_CLAIMS + [
    "Hai bên đã ký kết biên bản ghi nhớ hợp tác.",
]
EXAMPLES += [
    # a sentence opening with "Số <noun> …" linked to a bare number closing its clause counts
    # that noun (session 12, corpus_b12's misses; own sentences)
    E("Số đại biểu không tán thành là 2. Số đại biểu vắng mặt là 5.", "2", value=2, subject="Số đại biểu"),
]
NOT_CLAIMS = NOT_CLAIMS + [
    "Số điện thoại đường dây nóng là 1900.",
]
EXAMPLES += [
    # a comma before exactly three digits in a count of whole things is a thousands separator
    # (session 12, fresh3 and subject sample 2103; own sentence)
    E("Trong năm, bộ phận một cửa tiếp nhận 2,350 hồ sơ trực tuyến.", "2,350", value=2350, subject="hồ sơ trực tuyến"),
]
# --- blind batches 24-25, read after their first touch (own sentences): spelled counts of
# methods, options and sporting events; provincial road codes are names
EXAMPLES += [
    E("Doanh nghiệp được lựa chọn một trong hai phương pháp xác định quỹ tiền lương.", "hai", value=2),
    E("Năm nay, tỉnh đăng cai ba giải đấu lớn cấp khu vực.", "ba", value=3),
    # the posts and terms of personnel news (session 14, blind batch 27 after its first touch;
    # own text)
    E("Hội nghị đã bầu bổ sung hai ủy viên Ban Thường vụ.", "hai", value=2),
    E("Ông đã giữ cả hai chức trong gần ba nhiệm kỳ.", "ba", value=3),
    # a place named before its count in an enumeration counts (session 14; own text) …
    E("Trước sắp xếp, hai tỉnh có 180 xã, trong đó Phú Yên 90 đơn vị, Bình Định 90 đơn vị.", "90 đơn vị", value=90),
]
NOT_CLAIMS += [
    # … but a number that ends a proper name, with the name going on after it, is none
    # (session 14, blind batch 30 after its first touch; own text)
    "Hồ sơ đầu tư dự án Nhà ở xã hội Phú Lợi 2 tỉnh Cà Mau được nộp trực tiếp.",
    "Văn phòng thuê tại Tòa nhà Sunrise Tower 15 Trần Phú có giá cao.",
]
NOT_CLAIMS += [
    "Xã có tuyến tỉnh lộ ĐT 640 và ĐT 639 đi qua, nối với các xã ven biển.",
]
# session 15 (corpus_b32 after its first touch; own sentences): "trong một năm (học)" before the
# figure is a rate; "trong một năm qua" is a stretch of time
EXAMPLES += [
    E("Tổng số hồ sơ tiếp nhận trong một năm học của mỗi trường không quá 300 hồ sơ.", "không quá 300",
      value=300, per="year", qualifier="at_most"),
    E("Trong một năm qua, tỉnh đã cấp 4.500 giấy phép xây dựng.", "4.500", value=4500),
]
# session 15 (the gold sets' misses; own sentences): spelled counts of candidates, forms, changes
# and levels
EXAMPLES += [
    E("Buổi thi có hai thí sinh vắng mặt.", "hai", value=2),
    E("Luật mới có ba thay đổi lớn về bảo hiểm thất nghiệp.", "ba", value=3),
]
