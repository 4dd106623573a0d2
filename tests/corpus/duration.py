"""Duration: minute, hour, day, working_day, week, month, year — value as written.

Own sentences in the style of Vietnamese administrative news; expected values are what the
Vietnamese says ("mười năm" is ten years, TRAPS.md). See percent.py for ``Example``.
"""

from . import examples_of

E = examples_of("duration")


EXAMPLES = [
    # units
    E("Thủ tục đăng ký khai sinh được giải quyết trong 30 phút.", "30 phút",
      value=30, unit="minute"),
    E("Hồ sơ đăng ký kinh doanh được trả kết quả sau 2 giờ.", "2 giờ", value=2, unit="hour"),
    E("Thời hạn giải quyết là 5 ngày làm việc kể từ khi nhận đủ hồ sơ.", "5 ngày làm việc",
      value=5, unit="working_day"),
    E("Cấp lại giấy phép trong 10 ngày.", "10 ngày", value=10, unit="day"),
    E("Đợt kiểm tra kéo dài 3 tuần.", "3 tuần", value=3, unit="week"),
    E("Sau 6 tháng triển khai, mô hình đã phát huy hiệu quả.", "6 tháng", value=6, unit="month"),
    E("Sau 10 năm thực hiện Nghị quyết, bộ máy đã tinh gọn hơn.", "10 năm", value=10, unit="year"),
    E("Phiếu lý lịch tư pháp được trả trong 48 giờ.", "48 giờ", value=48, unit="hour"),
    E("Thời gian xử lý rút ngắn còn 1,5 giờ.", "1,5 giờ", value=1.5, unit="hour"),
    # spelled numerals, and năm as year after mười/mươi
    E("Sau mười năm thực hiện, chương trình đã đạt nhiều kết quả.", "mười năm",
      value=10, unit="year"),
    E("Đề án được thực hiện trong ba năm.", "ba năm", value=3, unit="year"),
    E("Cuộc thanh tra kéo dài bốn mươi lăm ngày.", "bốn mươi lăm ngày", value=45, unit="day"),
    # ranges
    E("Người dân nhận kết quả từ 3 đến 5 ngày sau khi nộp hồ sơ.", "từ 3 đến 5 ngày",
      value=3, value_max=5, unit="day"),
    # qualifiers
    E("Thời hạn giải quyết không quá 15 ngày.", "không quá 15 ngày",
      value=15, unit="day", qualifier="at_most"),
    E("Mỗi buổi đối thoại kéo dài ít nhất 30 phút.", "ít nhất 30 phút",
      value=30, unit="minute", qualifier="at_least"),
    E("Buổi làm việc kéo dài khoảng 2 tiếng.", "khoảng 2 tiếng",
      value=2, unit="hour", qualifier="approx"),
    E("Dự án đã chậm tiến độ hơn 3 tháng.", "hơn 3 tháng",
      value=3, unit="month", qualifier="over"),
    E("Sau gần 1 năm triển khai, phần mềm vận hành ổn định.", "gần 1 năm",
      value=1, unit="year", qualifier="nearly"),
    E("Thời gian chờ tại quầy dưới 10 phút.", "dưới 10 phút",
      value=10, unit="minute", qualifier="under"),
    E("Hồ sơ được xử lý tối đa 8 giờ làm việc.", "tối đa 8 giờ",
      value=8, unit="hour", qualifier="at_most"),
    E("Cán bộ luân chuyển phải công tác tối thiểu 3 năm tại cơ sở.", "tối thiểu 3 năm",
      value=3, unit="year", qualifier="at_least"),
    # status
    E("Dự kiến đợt cao điểm kéo dài 6 tháng.", "6 tháng",
      value=6, unit="month", status="projected"),
    E("Phấn đấu rút ngắn thời gian cấp phép xây dựng còn 12 ngày.", "12 ngày",
      value=12, unit="day", status="target"),
    # change
    E("Thời gian giải quyết được rút ngắn từ 15 ngày xuống còn 7 ngày làm việc.", "15 ngày",
      value=15, unit="day", change="from"),
    E("Thời gian giải quyết được rút ngắn từ 15 ngày xuống còn 7 ngày làm việc.",
      "7 ngày làm việc", value=7, unit="working_day", change="to"),
    E("Thời gian thông quan giảm từ 2 giờ xuống 45 phút.", "45 phút",
      value=45, unit="minute", change="to"),
    E("Thời gian thông quan giảm từ 2 giờ xuống 45 phút.", "2 giờ",
      value=2, unit="hour", change="from"),
    # a change written end first, or as then / now
    E("Hồ sơ đất đai nay được giải quyết trong 8 ngày, thay vì 15 ngày như trước.", "8 ngày",
      value=8, unit="day", change="to"),
    E("Hồ sơ đất đai nay được giải quyết trong 8 ngày, thay vì 15 ngày như trước.", "15 ngày",
      value=15, unit="day", change="from"),
    E("Thời gian chờ trung bình là 12 phút, giảm từ 25 phút năm ngoái.", "25 phút",
      value=25, unit="minute", change="from"),
    E("Trước đây người dân phải chờ 3 tuần, nay chỉ còn 5 ngày.", "3 tuần",
      value=3, unit="week", change="from"),
    E("Trước đây người dân phải chờ 3 tuần, nay chỉ còn 5 ngày.", "5 ngày",
      value=5, unit="day", change="to"),
    E("Thời gian xử lý bình quân là 4 ngày, so với 6 ngày của cả nước.", "6 ngày",
      value=6, unit="day", change=None),
    E('Bà kể: "Trước phải mất ba ngày đi lại, nay chỉ khoảng 40 phút là xong".', "ba ngày",
      value=3, unit="day", change="from"),
    E('Bà kể: "Trước phải mất ba ngày đi lại, nay chỉ khoảng 40 phút là xong".', "khoảng 40 phút",
      value=40, unit="minute", change="to"),
    E("Thời gian thông quan được rút ngắn xuống còn trung bình 3,5 giờ.", "3,5 giờ",
      value=3.5, unit="hour", change="to"),
    E("Quy trình có 4 bước, thực hiện trong 20 ngày.", "20 ngày", value=20, unit="day"),
    E("Thời gian làm thủ tục chỉ còn 15 phút.", "15 phút", value=15, unit="minute"),
    E("Hệ thống đã vận hành ổn định 18 tháng.", "18 tháng", value=18, unit="month"),
    E("Đề án được triển khai trong 5 năm.", "5 năm", value=5, unit="year"),
    E("Người dân chờ trung bình 20 phút để được phục vụ.", "20 phút", value=20, unit="minute"),
    E("Sau 2 tuần triển khai, đã có 3.000 người đăng ký.", "2 tuần", value=2, unit="week"),
    E("Thời gian kiểm tra một doanh nghiệp không quá 5 ngày làm việc.",
      "không quá 5 ngày làm việc", value=5, unit="working_day", qualifier="at_most"),
    # was a known gap; library gave: no duration ('Hai mươi năm' at sentence start)
    E("Hai mươi năm qua, tỉnh luôn coi trọng cải cách hành chính.", "Hai mươi năm",
      value=20, unit="year"),
    # was a known gap; library gave: duration 'hai tiếng' 2 hour (the trailing 'rưỡi' is dropped)
    E("Thời gian chờ đợi giảm còn hai tiếng rưỡi.", "hai tiếng rưỡi", value=2.5, unit="hour"),
    # was a known gap; library gave: no duration ('một tuần')
    E("Kết quả được trả trong một tuần.", "một tuần", value=1, unit="week"),
    # was a known gap; library gave: no duration ('2-3' taken as a date)
    E("Thẻ được chuyển phát trong vòng 2-3 ngày làm việc.", "2-3 ngày làm việc",
      value=2, value_max=3, unit="working_day"),
    # A change that names only where it ends.
    E("Huyện đã rút ngắn thời gian cấp phép xây dựng còn 12 ngày.", "12 ngày", value=12,
      unit="day", change="to"),
]

KNOWN_GAPS = [
]

NOT_CLAIMS = [
    # times of day
    "Bảy giờ sáng, người dân đã xếp hàng trước trụ sở phường.",
    "Ông rời trụ sở lúc gần 11 giờ.",
    "Thứ Năm, ngày 20/6/2024, Sở Nội vụ tổ chức hội nghị.",
    "Tháng Năm là tháng cao điểm tiếp nhận hồ sơ đất đai.",
    "Năm 2024, tỉnh tiếp tục đẩy mạnh cải cách hành chính.",
    "Huyện Năm Căn hoàn thành việc số hóa sổ hộ tịch.",
    "Ngày 20/7/2024, UBND tỉnh ban hành kế hoạch.",
    "Đúng 9 giờ sáng nay, hội nghị chính thức khai mạc.",
    "Buổi tiếp công dân bắt đầu lúc 14 giờ 30.",
    "Báo cáo tiến độ tuần 39/2022 của Sở.",
    "Một số thủ tục vẫn phải nộp tại bộ phận một cửa.",
    "Thực hiện Nghị định 63/2024/NĐ-CP và Đề án 06.",
]

# A range with the unit written twice is one claim; a bare start takes the unit of its end.
EXAMPLES += [
    E("Thời hạn tạm giữ từ 03 tháng đến 24 tháng tùy mức vi phạm.", "03 tháng", value=3,
      value_max=24, unit="month"),
    E("Thời gian giải quyết rút từ 20 xuống 15 ngày.", "20", value=20, unit="day", change="from"),
]
# A day of a (lunar) month and an hour of a day are no durations.
NOT_CLAIMS += [
    "Người dân được nghỉ từ 28 tháng Chạp đến mùng 4 tháng Giêng.",
    "Hội nghị bắt đầu từ 10 giờ ngày 09/12/2025 tại trụ sở UBND tỉnh.",
]
