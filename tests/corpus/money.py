"""Money: amounts with an ISO 4217 unit (đồng/VNĐ/VND/đ → VND, USD), scale words applied.

Own sentences in the style of Vietnamese administrative news; expected values are what the
Vietnamese says. See percent.py for the shape of an ``Example``.
"""

from . import examples_of

E = examples_of("money", unit="VND")


EXAMPLES = [
    # a time adjunct ends the money noun
    E("Tổng số tiền nợ đọng tính đến hết tháng 6 là khoảng 12 tỷ đồng.", "khoảng 12 tỷ đồng",
      value=12e9, subject="Tổng số tiền nợ đọng"),
    # digits and scale words
    E("Lệ phí cấp đổi giấy phép lái xe là 135.000 đồng.", "135.000 đồng", value=135_000),
    E("Mỗi hộ được hỗ trợ 1.800.000 đồng để sửa chữa nhà ở.", "1.800.000 đồng",
      value=1_800_000),
    E("Tỉnh đã bố trí 12,5 tỷ đồng cho chuyển đổi số cấp xã.", "12,5 tỷ đồng",
      value=12_500_000_000),
    E("Kim ngạch xuất khẩu đạt 75,16 triệu USD.", "75,16 triệu USD",
      unit="USD", value=75_160_000),
    E("Tổng vốn đăng ký đạt 1,2 tỷ USD.", "1,2 tỷ USD", unit="USD", value=1_200_000_000),
    E("Dự án có tổng vốn 12 nghìn tỷ đồng.", "12 nghìn tỷ đồng", value=12_000_000_000_000),
    E("Ngân sách trung ương hỗ trợ 2 tỷ 300 triệu đồng.", "2 tỷ 300 triệu đồng",
      value=2_300_000_000),
    E("Phí thẩm định hồ sơ là 500.000 VNĐ mỗi bộ.", "500.000 VNĐ", value=500_000),
    E("Người nộp hồ sơ trực tuyến được giảm 50.000 VND lệ phí.", "50.000 VND", value=50_000),
    # spelled numerals
    E("Mỗi học viên được hỗ trợ ba triệu rưỡi đồng tiền ăn.", "ba triệu rưỡi đồng",
      value=3_500_000),
    E("Phí đăng ký chỉ hai trăm nghìn đồng.", "hai trăm nghìn đồng", value=200_000),
    # ranges
    E("Mức phạt từ 5 đến 10 triệu đồng đối với hành vi này.", "5 đến 10 triệu đồng",
      value=5_000_000, value_max=10_000_000),
    E("Chi phí thuê phần mềm khoảng 20-30 triệu đồng mỗi năm.", "20-30 triệu đồng",
      value=20_000_000, value_max=30_000_000, per="year", qualifier="approx"),
    # qualifiers
    E("Thu ngân sách trên địa bàn đạt gần 3.500 tỷ đồng.", "gần 3.500 tỷ đồng",
      value=3_500_000_000_000, qualifier="nearly"),
    E("Chi phí tổ chức hội nghị khoảng 200 triệu đồng.", "khoảng 200 triệu đồng",
      value=200_000_000, qualifier="approx"),
    E("Có 15 dự án với tổng vốn trên 10 tỷ đồng.", "trên 10 tỷ đồng",
      value=10_000_000_000, qualifier="over"),
    E("Mức chi cho mỗi cuộc khảo sát không quá 5 triệu đồng.", "không quá 5 triệu đồng",
      value=5_000_000, qualifier="at_most"),
    E("Nhà đầu tư phải có vốn chủ sở hữu tối thiểu 50 tỷ đồng.", "tối thiểu 50 tỷ đồng",
      value=50_000_000_000, qualifier="at_least"),
    E("Cải cách thủ tục giúp tiết kiệm hơn 1 nghìn tỷ đồng.", "hơn 1 nghìn tỷ đồng",
      value=1_000_000_000_000, qualifier="over"),
    E("Tổng kinh phí thực hiện ước khoảng 80 tỷ đồng.", "80 tỷ đồng",
      value=80_000_000_000, qualifier="approx"),
    # status
    E("Dự kiến tiết kiệm 1.200 tỷ đồng mỗi năm nhờ cắt giảm giấy tờ.", "1.200 tỷ đồng",
      value=1_200_000_000_000, status="projected", per="year"),
    E("Mục tiêu năm 2025 thu hút 2 tỷ USD vốn đầu tư nước ngoài.", "2 tỷ USD",
      unit="USD", value=2_000_000_000, status="target"),
    E("Chỉ tiêu thu ngân sách năm nay là 15.000 tỷ đồng.", "15.000 tỷ đồng",
      value=15_000_000_000_000, status="target"),
    # per
    E("Việc thanh toán trực tuyến tiết kiệm cho xã hội 450 tỷ đồng mỗi tháng.", "450 tỷ đồng",
      value=450_000_000_000, per="month"),
    E("Hằng năm, tỉnh chi 30 tỷ đồng cho đào tạo cán bộ.", "30 tỷ đồng",
      value=30_000_000_000, per="year"),
    E("Phụ cấp cho nhân viên y tế thôn là 1,5 triệu đồng/tháng.", "1,5 triệu đồng",
      value=1_500_000, per="month"),
    # change
    E("Mức lương cơ sở tăng từ 1,8 triệu đồng lên 2,34 triệu đồng.", "1,8 triệu đồng",
      value=1_800_000, change="from"),
    E("Mức lương cơ sở tăng từ 1,8 triệu đồng lên 2,34 triệu đồng.", "2,34 triệu đồng",
      value=2_340_000, change="to"),
    E("Chi phí tuân thủ giảm từ 800.000 đồng xuống còn 300.000 đồng.", "300.000 đồng",
      value=300_000, change="to"),
    # money with a count nearby
    E("Đoàn 4 đồng chí đã trao 50 triệu đồng hỗ trợ người dân vùng lũ.", "50 triệu đồng",
      value=50_000_000),
    # was a known gap; library gave: no money ('2.000đ' with đ glued to the number)
    E("Lệ phí chứng thực bản sao là 2.000đ/trang.", "2.000đ", value=2_000),
    # was a known gap; library gave: subject None (subject before 'là' not taken)
    E("Tổng mức đầu tư dự án là 3.500 tỷ đồng.", "3.500 tỷ đồng",
      value=3_500_000_000_000, subject="Tổng mức đầu tư dự án"),
    # was a known gap; library gave: subject None (subject before 'là' not taken)
    E("Mức lương cơ sở là 2,34 triệu đồng/tháng.", "2,34 triệu đồng",
      value=2_340_000, per="month", subject="Mức lương cơ sở"),
    # What the money is, named before it by a money noun.
    E("Việc số hóa giúp tiết kiệm chi phí in ấn khoảng 2,3 tỷ đồng mỗi năm.", "2,3 tỷ đồng",
      value=2_300_000_000, subject="chi phí in ấn", qualifier="approx", per="year"),
    E("Kinh phí thực hiện đề án dự kiến 45 tỷ đồng.", "45 tỷ đồng", value=45_000_000_000,
      subject="Kinh phí thực hiện đề án", status="projected"),
]

KNOWN_GAPS = [
]

NOT_CLAIMS = [
    "Đoàn công tác gồm 4 đồng chí trong Ban Thường vụ Tỉnh ủy.",
    "Hội đồng nhân dân tỉnh thông qua 12 nghị quyết tại kỳ họp.",
    "Cần bảo đảm đồng bộ dữ liệu giữa 3 hệ thống thông tin.",
    "Có 5 đồng chí được đề nghị khen thưởng, đồng thời 2 tập thể được tặng bằng khen.",
    "Tỷ lệ hồ sơ trực tuyến đạt 45%, tỷ trọng kinh tế số đạt 12%.",
    "Thực hiện Nghị định 63/2024/NĐ-CP, UBND Quận 7 đã rà soát thủ tục.",
    "Một triệu tập viên được cử tham dự mỗi lớp bồi dưỡng.",
]

# Ranges with the unit written twice, or once after "giữa … và …", are one claim (issue 14).
EXAMPLES += [
    E("Phạt tiền từ 2.000.000 đồng đến 4.000.000 đồng đối với hành vi không niêm yết thủ tục.",
      "2.000.000 đồng", value=2_000_000, value_max=4_000_000),
    E("Mức thu dự kiến từ 500 đồng tới 800 đồng mỗi trang.", "500 đồng", value=500, value_max=800),
    E("Giá dịch vụ dao động giữa 1,2 và 1,5 triệu đồng một hồ sơ.", "1,5 triệu đồng",
      value=1_200_000, value_max=1_500_000),
    E("Lệ phí khoảng từ 50.000 đồng đến 100.000 đồng tùy loại giấy tờ.", "50.000 đồng",
      value=50_000, value_max=100_000),
    E("Mỗi người được hỗ trợ 500-800 nghìn đồng tiền đi lại.", "500-800 nghìn đồng",
      value=500_000, value_max=800_000),
    # a bare start takes the unit and scale of the end
    E("Lương cơ sở tăng từ 1,8 lên 2,34 triệu đồng/tháng.", "1,8", value=1_800_000, change="from"),
    # a bound read right under a negation or a comparative
    E("Giá vé xe buýt ít hơn 9 nghìn đồng một lượt.", "9 nghìn đồng", value=9_000, qualifier="under"),
    E("Phí dịch vụ không hơn 9.000 đồng mỗi lần tra cứu.", "9.000 đồng", value=9_000,
      qualifier="at_most"),
    E("Khoản hỗ trợ không thấp hơn 2 triệu đồng mỗi tháng.", "2 triệu đồng", value=2_000_000,
      qualifier="at_least"),
    E("Tổng thu ngân sách ước thực hiện năm 2024 là 12.400 tỷ đồng.", "12.400 tỷ đồng",
      value=12_400_000_000_000, qualifier="approx"),
]


# --- Written blind (session 3) by helpers who saw FORMAT.md and TRAPS.md but no code
# (classes: bounds, money-currency-first, money-not, range-unit); first-touch pass rates are in docs/evaluation.md.
EXAMPLES += [
    E('Theo phản ánh tại hội nghị đối thoại, có doanh nghiệp từng phải chi $2.500 cho dịch vụ làm trọn gói một bộ hồ sơ xin giấy phép lao động cho chuyên gia nước ngoài.',
      '$2.500', value=2500, value_max=None, unit='USD', qualifier=None, denominator=None),  # money-currency-first
    E('Dự án nâng cấp trung tâm dữ liệu của tỉnh Quảng Nam được Cơ quan Hợp tác Quốc tế Hàn Quốc (KOICA) tài trợ không hoàn lại US$ 1,2 triệu.',
      'US$ 1,2 triệu', value=1200000, value_max=None, unit='USD', qualifier=None, denominator=None),  # money-currency-first
    E('Nhờ cải thiện môi trường đầu tư, tổng vốn FDI đăng ký mới vào Bắc Giang từ đầu năm đến nay đã đạt USD 2,15 tỷ.',
      'USD 2,15 tỷ', value=2150000000, value_max=None, unit='USD', qualifier=None, denominator=None),  # money-currency-first
    E('Người nước ngoài đề nghị cấp thị thực điện tử nộp lệ phí $25 qua cổng thanh toán trực tuyến, không phải đến cơ quan xuất nhập cảnh.',
      '$25', value=25, value_max=None, unit='USD', qualifier=None, denominator=None),  # money-currency-first
    E('Theo khảo sát của Sở Du lịch Khánh Hòa, mỗi du khách quốc tế chi tiêu bình quân khoảng US$350 cho một chuyến lưu trú tại Nha Trang.',
      'US$350', value=350, value_max=None, unit='USD', qualifier='approx', denominator=None),  # money-currency-first
    E('Kim ngạch hàng hóa xuất khẩu qua cửa khẩu quốc tế Lào Cai trong tháng 5 đạt hơn $40 triệu, tăng mạnh sau khi triển khai tờ khai điện tử.',
      '$40 triệu', value=40000000, value_max=None, unit='USD', qualifier='over', denominator=None),  # money-currency-first
    E('Tập đoàn bất động sản đến từ Singapore cam kết rót $ 1,5 tỷ vào khu đô thị mới phía tây thành phố Thủ Dầu Một.',
      '$ 1,5 tỷ', value=1500000000, value_max=None, unit='USD', qualifier=None, denominator=None),  # money-currency-first
    E('Giải nhất cuộc thi ý tưởng khởi nghiệp đổi mới sáng tạo dành cho sinh viên quốc tế tại Đà Nẵng trị giá USD 12.000.',
      'USD 12.000', value=12000, value_max=None, unit='USD', qualifier=None, denominator=None),  # money-currency-first
    E('Một chủ doanh nghiệp người Hàn Quốc chia sẻ: “Trước đây tôi phải thuê dịch vụ mất 300 đô mỗi lần gia hạn thẻ tạm trú, nay tự nộp trên mạng chỉ mất vài phút”.',
      '300 đô', value=300, value_max=None, unit='USD', qualifier=None, denominator=None),  # money-currency-first
    E('Khoản vay ODA trị giá 80 triệu đô la từ Ngân hàng Thế giới được dùng để xây dựng hệ thống thông tin đất đai đa mục tiêu.',
      '80 triệu đô la', value=80000000, value_max=None, unit='USD', qualifier=None, denominator=None),  # money-currency-first
    E('Theo hướng dẫn của Cục Lãnh sự, lệ phí cấp hộ chiếu phổ thông tại cơ quan đại diện Việt Nam ở nước ngoài là 70 đô la Mỹ.',
      '70 đô la Mỹ', value=70, value_max=None, unit='USD', qualifier=None, denominator=None),  # money-currency-first
    E('Anh Trần Văn Hậu, lao động vừa về nước từ Hàn Quốc, cho biết khoản 1.500 đô Mỹ gửi về quê qua ngân hàng nay được ghi có ngay trong ngày.',
      '1.500 đô Mỹ', value=1500, value_max=None, unit='USD', qualifier=None, denominator=None),  # money-currency-first
    E('Một du khách người Úc cho biết thủ tục thị thực tại cửa khẩu giờ rất nhanh, lệ phí chỉ khoảng hai mươi lăm đô.',
      'hai mươi lăm đô', value=25, value_max=None, unit='USD', qualifier='approx', denominator=None),  # money-currency-first
    E('Theo quy định mới, giá cước dịch vụ tin nhắn xác thực giao dịch dao động từ 500 đến 800 đồng/tin tùy nhà mạng.',
      '500 đến 800 đồng', value=500, value_max=800, unit='VND', qualifier=None, denominator=None),  # range-unit
    E('Mức hỗ trợ cho mỗi thành viên tổ công nghệ số cộng đồng được Sở Thông tin và Truyền thông đề xuất nằm giữa 1,2 và 1,5 triệu đồng mỗi tháng.',
      '1,2 và 1,5 triệu đồng', value=1200000, value_max=1500000, unit='VND', qualifier=None, denominator=None),  # range-unit
    E('Chi phí thuê dịch vụ làm hồ sơ đăng ký hộ kinh doanh bên ngoài thường ở mức 500-800 nghìn đồng, trong khi tự nộp trên Cổng Dịch vụ công hoàn toàn miễn phí.',
      '500-800 nghìn đồng', value=500000, value_max=800000, unit='VND', qualifier=None, denominator=None),  # range-unit
    E('Mỗi năm, việc số hóa hồ sơ lưu trữ giúp ngân sách huyện Thanh Trì tiết kiệm khoảng từ 2 đến 3 tỷ đồng chi phí in ấn và kho bãi.',
      '2 đến 3 tỷ đồng', value=2000000000, value_max=3000000000, unit='VND', qualifier='approx', denominator=None),  # range-unit
    E('Người dân ở các xã vùng cao Mù Cang Chải trước đây tốn chừng từ 40 đến 60 nghìn đồng tiền xe mỗi lượt xuống huyện làm giấy tờ.',
      '40 đến 60 nghìn đồng', value=40000, value_max=60000, unit='VND', qualifier='approx', denominator=None),  # range-unit
    E('Theo tính toán của nhà cung cấp, mỗi ki-ốt tra cứu thủ tục hành chính đặt tại trụ sở xã có giá tầm 15 tới 20 triệu đồng.',
      '15 tới 20 triệu đồng', value=15000000, value_max=20000000, unit='VND', qualifier='approx', denominator=None),  # range-unit
    E('Tỉnh Bắc Ninh kỳ vọng thu hút 1,5 – 2 tỷ USD vốn đầu tư nước ngoài trong thời gian tới nhờ rút ngắn thời gian cấp chủ trương đầu tư.',
      '1,5 – 2 tỷ USD', value=1500000000, value_max=2000000000, unit='USD', qualifier=None, denominator=None),  # range-unit
    E('Phí in ấn tờ khai tại bộ phận một cửa trước đây thu từ 1.000 đồng tới 3.000 đồng mỗi bản, nay được miễn hoàn toàn.',
      '1.000 đồng tới 3.000 đồng', value=1000, value_max=3000, unit='VND', qualifier=None, denominator=None),  # range-unit
    E('Hành vi làm giả hồ sơ đăng ký doanh nghiệp bị phạt tiền từ 50.000.000 đồng đến 100.000.000 đồng theo quy định hiện hành.',
      '50.000.000 đồng đến 100.000.000 đồng', value=50000000, value_max=100000000, unit='VND', qualifier=None, denominator=None),  # range-unit
    E('Mức chi bồi dưỡng cho công chức trực bộ phận một cửa ngoài giờ hành chính được quy định từ 800 nghìn đến 1,2 triệu đồng mỗi tháng.',
      '800 nghìn đến 1,2 triệu đồng', value=800000, value_max=1200000, unit='VND', qualifier=None, denominator=None),  # range-unit
    E('Các văn phòng dịch thuật công chứng hiện thu từ 8 USD đến 12 USD mỗi trang đối với giấy tờ của người nước ngoài.',
      '8 USD đến 12 USD', value=8, value_max=12, unit='USD', qualifier=None, denominator=None),  # range-unit
    E('Nhà đầu tư tham gia dự án xã hội hóa trung tâm hành chính công phải có vốn chủ sở hữu không dưới 500 triệu đồng.',
      '500 triệu đồng', value=500000000, value_max=None, unit='VND', qualifier='at_least', denominator=None),  # bounds
    E('Huyện Đông Anh đã chi hơn 3 tỷ đồng để trang bị máy tính, máy quét cho bộ phận một cửa cấp xã.',
      '3 tỷ đồng', value=3000000000, value_max=None, unit='VND', qualifier='over', denominator=None),  # bounds
    E('Số thu phí, lệ phí của nhiều xã miền núi Kon Tum mỗi năm chưa tới 200 triệu đồng.',
      '200 triệu đồng', value=200000000, value_max=None, unit='VND', qualifier='under', denominator=None),  # bounds
    E('Mỗi hợp tác xã được hỗ trợ tối đa 20 triệu đồng để thuê dịch vụ chữ ký số và hóa đơn điện tử.',
      '20 triệu đồng', value=20000000, value_max=None, unit='VND', qualifier='at_most', denominator=None),  # bounds
]
# currency codes against the amount and decimals said in words: known gaps of session 3, read
# from session 13 on (numbers.py, text/masks.py)
EXAMPLES += [
    E('Giá xuất khẩu bình quân cà phê nhân của Đắk Lắk trong tháng 5 đạt USD3,75/kg, mức cao nhất từ trước đến nay.',
      'USD3,75', value=3.75, value_max=None, unit='USD', qualifier=None, denominator=None),  # money-currency-first
    E('Biên lai điện tử gửi về tài khoản của người nộp ghi rõ: Phí thẩm định hồ sơ – VND150.000.',
      'VND150.000', value=150000, value_max=None, unit='VND', qualifier=None, denominator=None),  # money-currency-first
    E('Bà Lê Thị Hoa, tiểu thương chợ Bến Thành, kể: “Khách nước ngoài hỏi giá, tôi nói bốn phẩy năm đô một ly cà phê, họ quét mã trả luôn, không cần tiền mặt”.',
      'bốn phẩy năm đô', value=4.5, value_max=None, unit='USD', qualifier=None, denominator=None),  # money-currency-first
    E('Đại diện doanh nghiệp phát biểu tại buổi gặp mặt nhà đầu tư: “Năm ngoái công ty chúng tôi đã rót thêm hai phẩy tám triệu đô la vào nhà máy ở Khu công nghiệp VSIP”.',
      'hai phẩy tám triệu đô la', value=2800000, value_max=None, unit='USD', qualifier=None, denominator=None),  # money-currency-first
]
NOT_CLAIMS = NOT_CLAIMS + [
    'Mọi khoản phí, lệ phí được nộp vào tài khoản số 0071000656789 của Kho bạc Nhà nước tỉnh mở tại Vietcombank chi nhánh Quảng Ninh.',  # money-not
    'Người nộp có thể chuyển khoản vào tài khoản VND số 119000123456 tại VietinBank, ghi rõ họ tên và mã hồ sơ.',  # money-not
    'Công ty Cổ phần Chứng khoán VNDIRECT (mã VND) được Ủy ban Chứng khoán Nhà nước chấp thuận phương án phát hành 243 triệu cổ phiếu.',  # money-not
    'Bộ Nông nghiệp Hoa Kỳ (USDA) đã cấp mã số cho 12 vùng trồng sầu riêng của tỉnh Tiền Giang.',  # money-not
    'Toàn tỉnh hiện có 12 đô thị, gồm 1 đô thị loại I, 2 đô thị loại III và 9 đô thị loại V.',  # money-not
    'Tỷ lệ đô thị hóa của Bình Dương đạt 85%, cao hàng đầu cả nước.',  # money-not
    'Hà Nội tổ chức nhiều hoạt động kỷ niệm 70 năm Ngày Giải phóng Thủ đô, trong đó có triển lãm về thành tựu cải cách hành chính.',  # money-not
    'Tại buổi đối thoại, 3 đồng chí Phó Chủ tịch UBND tỉnh trực tiếp trả lời kiến nghị của doanh nghiệp.',  # money-not
    'Huyện Mường Nhé có hơn 24.000 đồng bào dân tộc thiểu số được cấp căn cước trong đợt cao điểm vừa qua.',  # money-not
    'Huyện đã số hóa 15.000 hồ sơ, đồng thời đưa vào vận hành kho dữ liệu dùng chung của các xã.',  # money-not
    'Năm 2023, Đồng Tháp đứng thứ nhất cả nước về chỉ số năng lực cạnh tranh cấp tỉnh với 70,37 điểm.',  # money-not
    'Thành phố đã cấp 300 bộ đồng phục cho công chức làm việc tại bộ phận tiếp nhận và trả kết quả.',  # money-not
]

# Session 4: a rate per head, then per period
EXAMPLES += [
    E("Cán bộ được hỗ trợ tiền thuê nhà 6.000.000 đồng/người/tháng.", "6.000.000 đồng", value=6_000_000,
      per="month"),
    E("Học sinh bán trú được hỗ trợ tiền ăn 25.000 đồng/suất/ngày.", "25.000 đồng", value=25_000, per="day"),
    E("Lệ phí cấp bản sao là 10.000 đồng/lần/bản.", "10.000 đồng", value=10_000),
]
NOT_CLAIMS = NOT_CLAIMS + [
    # a form's number with a letter: "đ" is no đồng
    "Người dân nộp đơn theo Mẫu số 04đ/ĐK ban hành kèm theo Nghị định.",  # money-not
]
EXAMPLES += [
    # a subunit of a currency
    E("Giá bán điện bình quân tương ứng khoảng hơn 8 cent/kWh.", "hơn 8 cent", value=0.08, unit="USD"),
    # a table's unit scales both ends of a range in a cell
    E("Đơn vị: triệu đồng\n\n| Dự toán | 1.200 - 1.500 |", "1.200 - 1.500", value=1_200_000_000,
      value_max=1_500_000_000, unit="VND"),
]

# "N đồng bằng hình thức …": an amount paid by some means, not "đồng bằng" (a delta) — session 8
EXAMPLES += [
    E("Người dân có thể nhận 100.000 đồng bằng hình thức chuyển khoản.", "100.000 đồng", value=100_000, unit="VND"),
]

# A table row's own unit cell says what its amounts are, whatever line announces the table
# (session 9, audit round 8)
EXAMPLES += [
    E("| 1 | Cấp giấy phép xây dựng nhà ở riêng lẻ | đồng/giấy phép | 75.000 |", "75.000", value=75_000,
      subject="Cấp giấy phép xây dựng nhà ở riêng lẻ"),
    E("| 2 | Đối với gia hạn giấy phép, kể cả giấy phép có thời hạn | nghìn đồng/lần | 15 |", "15", value=15_000,
      subject="gia hạn giấy phép"),
]

# In a series of numbered items the currency is written once (session 9, status sample 2065)
EXAMPLES += [
    E("Lương vùng 1 là 4,96 triệu đồng; vùng 2 là 4,41 triệu; vùng 3 là 3,86 triệu.", "3,86 triệu",
      value=3_860_000),
    E("Vùng I là 4,96 triệu đồng, vùng II là 4,41 triệu.", "4,41 triệu", value=4_410_000),
]
# Copies of web pages glue words to numbers: a number grouped with thousands dots glued to
# the word before it, "đồng" glued to the word after it (session 10, corpus batches 18 and 23)
EXAMPLES += [
    E("Từ ngày 01/7/2024, mức lương cơ sở là2.340.000đồng/tháng.", "2.340.000đồng/tháng", value=2_340_000, per="month"),
    E("Phạt tiền từ1.500.000 đồng đến 3.000.000 đồngđối với hành vi sau đây.", "1.500.000 đồng đến 3.000.000 đồng",
      value=1_500_000, value_max=3_000_000),
]
# A scaled amount with no currency, named by a noun only money measures, is money (session
# 10, corpus batch 18: "lương cơ sở 2,34 triệu"); a population or a number of accounts is not
EXAMPLES += [
    E("Mức tăng được tính so với mức lương cơ sở 2,34 triệu hiện nay.", "2,34 triệu", value=2_340_000),
    E("Doanh thu du lịch quý I đạt 1.250 tỷ.", "1.250 tỷ", value=1_250_000_000_000),
    E("Tổng kinh phí thực hiện đề án khoảng 2,1 tỷ.", "khoảng 2,1 tỷ", value=2_100_000_000, qualifier="approx"),
]
NOT_CLAIMS = NOT_CLAIMS + [
    "Dân số toàn tỉnh đạt 1,2 triệu, tăng 1,1% so với năm trước.",
    "Số tài khoản định danh điện tử được kích hoạt đạt 52,6 triệu.",
]
# Audit round 10: an amount written out in words in brackets goes on past its commas
# ("linh tư" is four), and "trên X đến Y" is a band, one claim
EXAMPLES += [
    E("Sử dụng 23.839 tỷ đồng (hai mươi ba nghìn, tám trăm ba mươi chín tỷ đồng) để thực hiện.",
      "hai mươi ba nghìn, tám trăm ba mươi chín tỷ đồng", value=23_839_000_000_000),
    E("Thu ngân sách địa phương là 1.304.111 tỷ đồng (một triệu, ba trăm linh tư nghìn, một trăm mười một tỷ đồng).",
      "một triệu, ba trăm linh tư nghìn, một trăm mười một tỷ đồng", value=1_304_111_000_000_000),
    E("c) Hộ có doanh thu trên 100 đến 300 triệu đồng/năm: nộp 300.000 đồng/năm.", "trên 100 đến 300 triệu đồng/năm",
      value=100_000_000, value_max=300_000_000, qualifier="over", per="year"),
]
# "up to" after a fine or a ceiling is at most; a prohibition bounds like a negation
# (session 11, read from the gold sets' qualifier misses)
EXAMPLES += [
    E("Hành vi mượn thẻ căn cước của người khác có thể bị phạt lên đến 4 triệu đồng.", "4 triệu đồng",
      value=4_000_000, qualifier="at_most"),
    E("Chủ tịch UBND cấp xã được phạt tiền đến 5.000.000 đồng.", "5.000.000 đồng", value=5_000_000,
      qualifier="at_most"),
    E("Phí duy trì tên miền được áp dụng với mức cao nhất lên tới 20 triệu đồng/năm.", "20 triệu đồng",
      value=20_000_000, qualifier="at_most"),
    E("Khoản hỗ trợ không được vượt quá 3.000.000 đồng/tháng.", "3.000.000 đồng", value=3_000_000,
      qualifier="at_most"),
    # "lên tới" as a magnitude and "đến" as a preposition bound nothing
    E("Tổng vốn đầu tư của dự án lên tới 1.200 tỷ đồng.", "1.200 tỷ đồng", value=1_200_000_000_000, qualifier=None),
]
EXAMPLES += [
    # "trong khoảng" before a range is within it, no estimate (session 11)
    E("Giá căn hộ tại dự án dao động trong khoảng 60-80 triệu đồng/m2.", "60-80 triệu đồng", value=60_000_000,
      value_max=80_000_000, qualifier=None),
]
EXAMPLES += [
    # the estimate of a flow, its period between "ước" and the amount (session 11)
    E("Ước giải ngân vốn đầu tư công từ đầu năm đến hết tháng 9 đạt 8.516 tỷ đồng, bằng 41,2% kế hoạch.",
      "8.516 tỷ đồng", value=8_516_000_000_000, qualifier="approx"),
]
EXAMPLES += [
    # a table whose rows only name classes, announced by the paragraph before the line right
    # above it (a copied page lost the table's header) (session 11)
    E("Nghị định quy định mức lương tối thiểu vùng áp dụng từ ngày 01/01/2026 như sau.\n\n"
      "Các doanh nghiệp rà soát thang bảng lương trong kỳ lương tháng 01.\n\n|\n|\nVùng I | 5.120.000 | 24.600 |\n"
      "Vùng II | 4.580.000 | 21.900 |\n", "21.900", value=21_900),
]
EXAMPLES += [
    # a copied table row that lost its leading bar keeps its first amount cell; rows that list
    # places may run long before the announcing line (session 12, from corpus_b17/b6's misses;
    # own text)
    E("Mức lương tối thiểu vùng năm tới như sau:\n\n|\n|\n|\nVùng I | 5.120.000 | 24.600 |\n"
      "Vùng II | 4.580.000 | 21.900 |\n", "4.580.000", value=4_580_000),
    E("Theo đó, mức lương tối thiểu vùng của tỉnh như sau:\n\n|\n|\n"
      "Vùng III | " + ", ".join(f"xã Tân {i}" for i in range(1, 90)) + " | 3.860.000 | 18.600 |\n",
      "3.860.000", value=3_860_000),
]
EXAMPLES += [
    # a scaled amount right before a noun only money is given in (session 14, corpus_b30 after
    # its first touch; own text)
    E("Người dân nhận 200 nghìn quà Tết qua tài khoản an sinh.", "200 nghìn", value=200_000),
    E("Mỗi hộ được tặng 300 nghìn tiền mặt.", "300 nghìn", value=300_000),
]
# session 15: the amount repeated in words in brackets is read through to its currency
EXAMPLES += [
    E("Lệ phí cấp giấy phép là 150.000 (một trăm năm mươi nghìn) đồng/hồ sơ.", "150.000 (một trăm năm mươi nghìn) đồng",
      value=150_000),
]
# session 15 (corpus_b33 after its first touch; own sentence): a rate per unit of land, then per period
EXAMPLES += [
    E("Nhà nước hỗ trợ 1.200.000 đồng/ha/năm cho đất trồng lúa.", "1.200.000 đồng/ha/năm", value=1_200_000, per="year"),
]
