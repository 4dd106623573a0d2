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


# --- Written blind (session 3) by helpers who saw FORMAT.md and TRAPS.md but no code
# (classes: bounds, duration-bounded, duration-not, half); first-touch pass rates are in docs/evaluation.md.
EXAMPLES += [
    E('Theo tiêu chuẩn chức danh, người được bổ nhiệm Chánh Thanh tra sở phải có thời gian công tác tối thiểu 5 năm trong ngành thanh tra.',
      '5 năm', value=5, value_max=None, unit='year', qualifier='at_least', denominator=None),  # bounds
    E('Dự thảo quy định phải được đăng tải trên Cổng Thông tin điện tử của tỉnh để lấy ý kiến trong thời gian không ít hơn 10 ngày.',
      '10 ngày', value=10, value_max=None, unit='day', qualifier='at_least', denominator=None),  # bounds
    E('Nhờ liên thông điện tử, người dân nhận kết quả đăng ký thường trú trong thời gian ít hơn 3 ngày làm việc.',
      '3 ngày làm việc', value=3, value_max=None, unit='working_day', qualifier='under', denominator=None),  # bounds
    E('Với ki-ốt tự phục vụ, việc cấp bản sao trích lục hộ tịch giờ chỉ mất chưa đến 15 phút.',
      '15 phút', value=15, value_max=None, unit='minute', qualifier='under', denominator=None),  # bounds
    E('Thời hạn giải quyết thủ tục cấp giấy phép xây dựng nhà ở riêng lẻ không quá 15 ngày kể từ khi nhận đủ hồ sơ hợp lệ.',
      '15 ngày', value=15, value_max=None, unit='day', qualifier='at_most', denominator=None),  # bounds
    E('Thời gian chờ của công dân tại quầy tiếp nhận không vượt quá 30 phút, theo cam kết của Trung tâm.',
      '30 phút', value=30, value_max=None, unit='minute', qualifier='at_most', denominator=None),  # bounds
    E('Chỉ sau nửa năm đi vào hoạt động, Trung tâm Phục vụ hành chính công tỉnh Lào Cai đã nhận được nhiều phản hồi tích cực từ người dân.',
      'nửa năm', value=0.5, value_max=None, unit='year', qualifier=None, denominator=None),  # half
    E('Nhiều hộ gia đình phản ánh phải chờ gần nửa tháng mới nhận được kết quả cấp đổi Giấy chứng nhận quyền sử dụng đất.',
      'nửa tháng', value=0.5, value_max=None, unit='month', qualifier='nearly', denominator=None),  # half
    E('Tiến độ giải ngân vốn đầu tư công của huyện Krông Pắc đang chậm hơn nửa tháng so với kế hoạch đề ra.',
      'nửa tháng', value=0.5, value_max=None, unit='month', qualifier=None, denominator=None),  # half
    E('Theo phản ánh của doanh nghiệp, riêng khâu thẩm định hồ sơ thiết kế đã kéo dài tới 1/2 tháng.',
      '1/2 tháng', value=0.5, value_max=None, unit='month', qualifier=None, denominator=None),  # half
    E('Trong vòng nửa năm, tỉnh Hậu Giang đã hoàn thành việc sắp xếp lại các phòng chuyên môn thuộc sở.',
      'nửa năm', value=0.5, value_max=None, unit='year', qualifier=None, denominator=None),  # half
    E('Mỗi đợt cao điểm tuyên truyền về dịch vụ công trực tuyến tại các xã kéo dài nửa tháng.',
      'nửa tháng', value=0.5, value_max=None, unit='month', qualifier=None, denominator=None),  # half
    E('Nhờ liên thông điện tử, người dân nay chỉ mất nửa ngày để hoàn tất thủ tục đăng ký hộ kinh doanh.',
      'nửa ngày', value=0.5, value_max=None, unit='day', qualifier=None, denominator=None),  # half
    E('Các lớp bồi dưỡng kiến thức quản lý nhà nước dành cho công chức được tổ chức trong thời gian từ 01 tháng đến đủ 04 tháng.',
      'từ 01 tháng đến đủ 04 tháng', value=1, value_max=4, unit='month', qualifier=None, denominator=None),  # duration-bounded
    E('Người có hành vi vi phạm có thể bị tước quyền sử dụng giấy phép hành nghề từ 6 tháng đến 1 năm.',
      'từ 6 tháng đến 1 năm', value=6, value_max=12, unit='month', qualifier=None, denominator=None),  # duration-bounded
    E('Việc cấp phiếu lý lịch tư pháp qua ứng dụng VNeID hiện mất từ 3 đến 5 ngày làm việc.',
      'từ 3 đến 5 ngày làm việc', value=3, value_max=5, unit='working_day', qualifier=None, denominator=None),  # duration-bounded
    E('Danh sách các trường hợp đủ điều kiện được niêm yết công khai tại nhà văn hóa thôn trong thời gian từ 15 ngày đến 30 ngày.',
      'từ 15 ngày đến 30 ngày', value=15, value_max=30, unit='day', qualifier=None, denominator=None),  # duration-bounded
    E('Trung bình, mỗi cuộc gọi đến tổng đài hỗ trợ dịch vụ công kéo dài từ 3 đến 7 phút.',
      'từ 3 đến 7 phút', value=3, value_max=7, unit='minute', qualifier=None, denominator=None),  # duration-bounded
    E('Thời gian chờ đến lượt tại quầy tiếp nhận của Trung tâm hiện chỉ còn dao động 10-15 phút.',
      '10-15 phút', value=10, value_max=15, unit='minute', qualifier=None, denominator=None),  # duration-bounded
    E('Khung hình phạt đối với tội danh này là từ 2 năm đến dưới 5 năm tù.',
      'từ 2 năm đến dưới 5 năm', value=2, value_max=5, unit='year', qualifier=None, denominator=None),  # duration-bounded
    E('Thời gian hoàn tất thủ tục điều chỉnh dự án đầu tư hiện mất khoảng 6-12 tháng tùy quy mô.',
      '6-12 tháng', value=6, value_max=12, unit='month', qualifier='approx', denominator=None),  # duration-bounded
    E('Việc chạy thử nghiệm hệ thống thông tin giải quyết thủ tục hành chính dùng chung của tỉnh dự kiến kéo dài từ 2 đến 3 tuần.',
      'từ 2 đến 3 tuần', value=2, value_max=3, unit='week', qualifier=None, denominator=None),  # duration-bounded
    E('Công chức đến cơ quan chậm quá 15 phút mà không có lý do chính đáng sẽ bị nhắc nhở trước tập thể.',
      '15 phút', value=15, value_max=None, unit='minute', qualifier='over', denominator=None),  # duration-bounded
    E('Nếu phiên tiếp công dân định kỳ bắt đầu trễ quá 30 phút, người chủ trì phải báo cáo rõ nguyên nhân.',
      '30 phút', value=30, value_max=None, unit='minute', qualifier='over', denominator=None),  # duration-bounded
    E('Tài liệu phiên họp phải được gửi đến các thành viên chậm nhất là 02 ngày trước ngày họp.',
      '02 ngày', value=2, value_max=None, unit='day', qualifier='at_least', denominator=None),  # duration-bounded
    E('Cơ quan tiếp nhận có trách nhiệm trả lời kiến nghị của doanh nghiệp bằng văn bản chậm nhất 05 ngày làm việc sau khi nhận được.',
      '05 ngày làm việc', value=5, value_max=None, unit='working_day', qualifier='at_most', denominator=None),  # duration-bounded
    E('Thời hạn giải quyết thủ tục đăng ký thay đổi nội dung đăng ký doanh nghiệp không quá 03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.',
      'không quá 03 ngày làm việc', value=3, value_max=None, unit='working_day', qualifier='at_most', denominator=None),  # duration-bounded
    E('Trường hợp cần xác minh thêm, cơ quan có thẩm quyền được gia hạn tối đa 3 tháng.',
      'tối đa 3 tháng', value=3, value_max=None, unit='month', qualifier='at_most', denominator=None),  # duration-bounded
    E('Dự thảo văn bản quy phạm pháp luật phải được đăng tải trên cổng thông tin điện tử để lấy ý kiến trong thời gian ít nhất 30 ngày.',
      'ít nhất 30 ngày', value=30, value_max=None, unit='day', qualifier='at_least', denominator=None),  # duration-bounded
    E('Hợp đồng thuê trụ sở tạm cho Trung tâm Phục vụ hành chính công phải có thời hạn từ 12 tháng trở lên.',
      'từ 12 tháng trở lên', value=12, value_max=None, unit='month', qualifier='at_least', denominator=None),  # duration-bounded
    E('Quy hoạch chi tiết phải được công bố công khai tối thiểu 45 ngày trước khi phê duyệt.',
      'tối thiểu 45 ngày', value=45, value_max=None, unit='day', qualifier='at_least', denominator=None),  # duration-bounded
    E('Chỉ trong chưa đầy 6 tháng, tỉnh Thái Bình đã hoàn thành việc kiện toàn bộ máy các sở, ban, ngành.',
      'chưa đầy 6 tháng', value=6, value_max=None, unit='month', qualifier='under', denominator=None),  # duration-bounded
    E('Dự án trụ sở làm việc liên cơ quan của huyện đã chậm tiến độ trên 2 năm.',
      'trên 2 năm', value=2, value_max=None, unit='year', qualifier='over', denominator=None),  # duration-bounded
    E('Người dân ở các bản vùng cao phải đi khoảng 4 tiếng đồng hồ mới đến được trụ sở UBND huyện.',
      'khoảng 4 tiếng', value=4, value_max=None, unit='hour', qualifier='approx', denominator=None),  # duration-bounded
    E('Với ki-ốt tự phục vụ, người dân chỉ mất gần 20 phút để làm xong thủ tục cấp bản sao trích lục.',
      'gần 20 phút', value=20, value_max=None, unit='minute', qualifier='nearly', denominator=None),  # duration-bounded
    E('Đối với hồ sơ đơn giản, thời gian xử lý tại bộ phận chuyên môn chỉ từ 1 đến 2 ngày làm việc.',
      'từ 1 đến 2 ngày làm việc', value=1, value_max=2, unit='working_day', qualifier=None, denominator=None),  # duration-bounded
]
# halves of a span written "1/2 năm" or "nửa năm nay", open bounds of a range: known gaps of
# session 3, read from session 13 on (context/dates.py, kinds/ranges.py)
EXAMPLES += [
    E('Thời gian thí điểm mô hình "Bộ phận một cửa không giấy tờ" tại huyện được rút ngắn còn 1/2 năm so với kế hoạch ban đầu.',
      '1/2 năm', value=0.5, value_max=None, unit='year', qualifier=None, denominator=None),  # half
    E('Phần mềm quản lý văn bản và điều hành mới được các sở, ngành đưa vào sử dụng đã hơn nửa năm nay.',
      'nửa năm', value=0.5, value_max=None, unit='year', qualifier='over', denominator=None),  # half
    E('Dự án xây dựng kho dữ liệu số của tỉnh đã bị chậm khoảng 1/2 năm do vướng mắc trong khâu đấu thầu.',
      '1/2 năm', value=0.5, value_max=None, unit='year', qualifier='approx', denominator=None),  # half
    E('Kết quả rà soát cho thấy phần lớn hồ sơ tồn đọng tại chi nhánh văn phòng đăng ký đất đai đã bị kéo dài từ trên 3 tháng đến dưới 9 tháng.',
      'từ trên 3 tháng đến dưới 9 tháng', value=3, value_max=9, unit='month', qualifier='over', denominator=None),  # duration-bounded
]
NOT_CLAIMS = NOT_CLAIMS + [
    'Hồ sơ nộp trực tuyến sau 15 giờ được chuyển sang ngày làm việc tiếp theo để xử lý.',  # duration-not
    'Hội nghị sơ kết công tác chuyển đổi số bắt đầu lúc 7 giờ 30 sáng nay tại trụ sở UBND tỉnh.',  # duration-not
    'Buổi sáng, bộ phận một cửa tiếp nhận hồ sơ từ 7 giờ 30 đến 11 giờ 30.',  # duration-not
    'Buổi chiều, Trung tâm làm việc từ 13h30 đến 17h00, kể cả thứ Bảy.',  # duration-not
    'Cổng dịch vụ công của tỉnh tạm dừng hoạt động từ 22 giờ ngày 15/6 để nâng cấp hệ thống.',  # duration-not
    'Quy định mới có hiệu lực từ 0 giờ ngày 1/7/2024.',  # duration-not
    'Trong năm 2024, tỉnh tập trung hoàn thiện cơ sở dữ liệu đất đai.',  # duration-not
    'Tháng 6 hằng năm, huyện tổ chức đối thoại giữa người đứng đầu chính quyền với doanh nghiệp.',  # duration-not
    'Khoảng 8 giờ sáng, người dân đã xếp hàng đông kín trước cửa Trung tâm Phục vụ hành chính công.',  # duration-not
    'Ca trực tổng đài buổi tối bắt đầu từ 21 giờ và do cán bộ Văn phòng UBND tỉnh đảm nhiệm.',  # duration-not
    'Lúc 9h15, đoàn công tác của Bộ Nội vụ đã có mặt tại bộ phận một cửa của xã.',  # duration-not
    'Năm 2023, thành phố đã đưa vào vận hành hệ thống quản lý văn bản điện tử liên thông.',  # duration-not
]

# --- from audit round 2 (own sentence)
EXAMPLES += [
    E("Công dân từ đủ 6 tuổi đến dưới 14 tuổi được cấp tài khoản định danh.", "6 tuổi đến dưới 14 tuổi",
      value=6, value_max=14, unit="year"),
]

# Precision traps of audit round 3 (issue 14; session 6)
NOT_CLAIMS = NOT_CLAIMS + [
    'Nhân kỷ niệm 80 năm Cách mạng Tháng Tám, huyện tổ chức lễ mít tinh.',
    'Lớp tập huấn bắt đầu từ 14 giờ, thứ Năm tại hội trường UBND xã.',
]

# "định kỳ 06 tháng" (every six months): "kỳ" ends an adverb there, no label noun (session 8)
EXAMPLES += [
    E("Người sử dụng lao động báo cáo định kỳ 06 tháng về tình hình sử dụng lao động.", "06 tháng",
      value=6, unit="month"),
]

# Years and months of one span are one duration in years; a school year is no span (round 7)
EXAMPLES += [
    E("Tuổi nghỉ hưu của lao động nữ năm 2026 là 56 tuổi 8 tháng.", "56 tuổi 8 tháng", value=56 + 8 / 12,
      unit="year"),
    E("Ông có 2 năm 6 tháng công tác tại xã.", "2 năm 6 tháng", value=2.5, unit="year"),
]
NOT_CLAIMS = NOT_CLAIMS + [
    "Giáo viên dạy không quá 200 tiết trong một năm học.",
]
# A unit of time glued to its number in a copied page (session 10)
EXAMPLES += [
    E("Thời hạn giải quyết rút xuống còn 30ngày làm việc.", "30ngày làm việc", value=30, unit="working_day"),
]
# Session 10, from the durations missed on the corpus batches: a decade, a vulgar half, a
# spelled number restated in brackets, "N năm nay", "thời kỳ N tháng"
EXAMPLES += [
    E("Giá nhà ở tăng liên tục trong gần một thập kỷ qua.", "gần một thập kỷ", value=10, unit="year", qualifier="nearly"),
    E("Mỗi năm làm việc được trợ cấp ½ tháng tiền lương.", "½ tháng", value=0.5, unit="month"),
    E("Trong thời hạn ba (03) tháng kể từ ngày có quyết định, đơn vị phải bàn giao.", "ba (03) tháng", value=3,
      unit="month"),
    E("Người dân đã chờ cấp sổ 3 năm nay.", "3 năm", value=3, unit="year"),
    E("Đã đóng bảo hiểm thất nghiệp đủ 12 tháng trong thời kỳ 24 tháng trước khi nghỉ việc.", "24 tháng", value=24,
      unit="month"),
]
EXAMPLES += [
    E("Trước đây người dân phải chờ hai, ba ngày mới nhận được kết quả.", "hai, ba ngày", value=2, value_max=3,
      unit="day"),
]
# spelled "năm" before hours or minutes is five: no year lasts an hour (session 10)
EXAMPLES += [
    E("Trước đây người dân vùng cao mất gần năm tiếng đi lại để nộp hồ sơ.", "gần năm tiếng", value=5, unit="hour",
      qualifier="nearly"),
]
EXAMPLES += [
    # a span of days with the days named right after it (session 12, corpus_b21's miss; own
    # sentence)
    E("Hội chợ diễn ra trong 3 ngày 12 đến 14-5 tại quảng trường.", "3 ngày", value=3, unit="day"),
]
NOT_CLAIMS = NOT_CLAIMS + [
    # the years of an anniversary before its capitalised name, in a list after "kỷ niệm:" or
    # in a programme's name (session 12, audit round 12)
    "Nhiều hoạt động kỷ niệm: 65 năm Ngày thành lập tỉnh; 50 năm Ngày Giải phóng quê hương.",
    "Tối nay diễn ra chương trình nghệ thuật \"40 năm Quảng Trị\" tại quảng trường.",
]
# --- from audit round 15 (own sentence): an age band said with "đủ" at both ends is one range
EXAMPLES += [
    E("Người được tuyển dụng phải đủ 18 tuổi đến đủ 35 tuổi tại thời điểm nộp hồ sơ.", "18 tuổi đến đủ 35 tuổi",
      value=18, value_max=35, unit="year"),
]
# --- session 15 (read in corpus_b35 after its first touch; own sentences): a number repeated in
# words in brackets, as legal texts write it, is read through to its unit
EXAMPLES += [
    E("Thời hạn giải quyết là 20 (hai mươi) ngày làm việc kể từ ngày nhận đủ hồ sơ.",
      "20 (hai mươi) ngày làm việc", value=20, unit="working_day"),
    E("Giấy phép có giá trị trong 05 (năm) năm.", "05 (năm) năm", value=5, unit="year"),
]
# session 15 (corpus_b35 after its first touch; own sentences): "N năm trước / tới" after a number is
# a span, not the relative year "năm trước" ("tháng 12 năm sau" stays a date); a window counted
# from now frames a plan's figures and takes no status of its own
EXAMPLES += [
    E("Thẻ được cấp đổi trong thời hạn 02 năm trước khi công dân đủ 25 tuổi.", "02 năm", value=2, unit="year"),
    E("Tỉnh dự kiến dành 800 tỷ đồng cho chuyển đổi số trong 5 năm tới.", "5 năm", value=5, unit="year"),
]
