"""Status (FORMAT.md `status`): target, projected or actual, across kinds.

Own sentences and short bulletins in the style of Vietnamese administrative news, one per
rule of context/status.py and lexicon/status.py. Each example is (text, quote, kind,
status), ``status`` None for actual. ``tests/test_context_corpora.py`` runs them.
"""

from collections import namedtuple

# ``published`` defaults to the corpora's date; None reads the example as an undated page
S = namedtuple("S", "text quote kind status published", defaults=("2024-06-11",))

EXAMPLES = [
    # cue words before the figure
    S("Tỉnh phấn đấu năm 2025 có 95% hồ sơ được giải quyết trực tuyến.", "95%", "percent", "target"),
    S("Dự kiến cuối năm, số tài khoản kích hoạt sẽ đạt 1,2 triệu.", "1,2 triệu", "count", "projected"),
    S("Trong quý I, Sở đã tiếp nhận 4.120 hồ sơ.", "4.120", "count", None),
    # "ước đạt" is a rough count of what was reached (qualifier approx); "ước tính" projects
    S("Thu ngân sách 9 tháng ước đạt 12.400 tỷ đồng, bằng 76% dự toán.", "76%", "percent", None),
    S("Chi phí tiết kiệm được ước tính khoảng 300 tỷ đồng mỗi năm.", "khoảng 300 tỷ đồng", "money",
      "projected"),
    # a province whose name ends in "Định" still sets goals; "định hướng đến" is a title's horizon
    S("Nam Định phấn đấu 85% hồ sơ được nộp trực tuyến trong năm nay.", "85%", "percent", "target"),
    S("Chiến lược phát triển, định hướng đến năm 2030, có 12 nhóm giải pháp.", "12", "count", None),
    # a news title holding its own figure is no heading of a list of tasks
    S("Bình Phước phấn đấu 90% thủ tục trực tuyến\n\nNăm 2024, tỉnh tiếp nhận 50.000 hồ sơ.\n",
      "50.000", "count", None),
    # a purpose: "nhằm" + verb
    S("Huyện triển khai bộ phận một cửa hiện đại nhằm giảm 40% thời gian chờ của người dân.",
      "40%", "percent", "target"),
    # a floor is a quota …
    S("Các sở, ngành rà soát, cắt giảm tối thiểu 25 thủ tục hành chính nội bộ.",
      "tối thiểu 25", "count", "target"),
    # (session 11: a floor right after a proposal verb is what is proposed — FORMAT.md's
    # "đề xuất nhập 48 xã thành 19 xã" is projected, and the judges of seven status samples
    # read "đề xuất bố trí tối thiểu từ 02 cán bộ" so; this example said target before)
    S("Bộ đề xuất tuyển dụng ít nhất 300 công chức cho ngành thuế trong năm tới.",
      "ít nhất 300", "count", "projected"),
    # … and so are the figures listed right after it
    S("Cắt giảm ít nhất 20% thời gian giải quyết, 20% chi phí tuân thủ và 15% số giấy tờ phải nộp.",
      "15%", "percent", "target"),
    S("Cắt giảm ít nhất 20% thời gian giải quyết, 20% chi phí tuân thủ và 15% số giấy tờ phải nộp.",
      "20% chi phí", "percent", "target"),
    # … but not after what was done, and not on a technical measure
    S("Đến nay, 18/20 xã đã trang bị ít nhất 3 máy quét tài liệu.", "ít nhất 3", "count", None),
    S("Đường truyền số liệu chuyên dùng đến cấp xã có tốc độ tối thiểu 50 Mbps.",
      "tối thiểu 50 Mbps", "quantity", None),
    # a task opening with a directive verb sets the levels it names (with or without an
    # enumerator) …
    S("Đẩy mạnh số hóa hồ sơ, trong đó nâng tỷ lệ hồ sơ được số hóa lên 80%.",
      "80%", "percent", "target"),
    S("Thứ ba, tăng cường kiểm tra công vụ, giảm 15 đơn vị còn chậm trễ.", "15", "count", "target"),
    S("- Khẩn trương cắt giảm 8 thủ tục nội bộ trong năm nay;", "8", "count", "target"),
    # … but the things it acts on are counted as they are (FORMAT.md: "xây dựng 40 phương án"
    # is actual; the seed gold: "tập trung hoàn thành 9 cơ sở dữ liệu", "ban hành 10 Nghị định")
    S("Đẩy mạnh số hóa hồ sơ, trong đó hoàn thành số hóa 12 cơ sở dữ liệu chuyên ngành.",
      "12", "count", None),
    S("Thứ ba, tăng cường kiểm tra công vụ tại 15 đơn vị còn chậm trễ.", "15", "count", None),
    S("- Khẩn trương kết nối 8 hệ thống thông tin với Cổng dịch vụ công quốc gia;",
      "8", "count", None),
    # "Tiếp tục" opens reports as a participle; a task reporting what was done is actual
    S("Tiếp tục sắp xếp bộ máy, tỉnh hiện có 17 sở và 2 cơ quan ngang sở.", "17", "count", None),
    S("Tập trung cải cách thủ tục, năm qua tỉnh đã đơn giản hóa 96 thủ tục.", "96", "count", None),
    # "only so far"
    S("Trong số 30 cơ quan được giao nhiệm vụ, mới có 12 cơ quan kết nối dữ liệu.", "12", "count", None),
    S("Tỷ lệ thanh toán trực tuyến chỉ đạt 18% trong 6 tháng đầu năm.", "18%", "percent", None),
    # a plan heading scopes the items under it, up to the next heading
    S("II. NHIỆM VỤ TRỌNG TÂM QUÝ IV\n\n- Nâng tỷ lệ hồ sơ trực tuyến lên 70%;\n"
      "- Hoàn thành số hóa kết quả giải quyết thủ tục của 9 sở, ngành.\n",
      "70%", "percent", "target"),
    S("II. NHIỆM VỤ TRỌNG TÂM QUÝ IV\n\n- Nâng tỷ lệ hồ sơ trực tuyến lên 70%;\n"
      "- Hoàn thành số hóa kết quả giải quyết thủ tục của 9 sở, ngành.\n",
      "9", "count", None),
    S("II. NHIỆM VỤ TRỌNG TÂM QUÝ IV\n\n- Nâng tỷ lệ hồ sơ trực tuyến lên 70%;\n"
      "- Hoàn thành số hóa kết quả giải quyết thủ tục của 9 sở, ngành.\n\nKết quả nổi bật\n\n"
      "- Giải quyết 2.450 hồ sơ đúng hạn.\n",
      "2.450", "count", None),
    # the horizon of a goal is part of it; a due date keeps its own status
    S("Tỉnh triển khai số hóa hồ sơ nhằm đến cuối năm 2025 đạt tối thiểu 80% hồ sơ được số hóa.",
      "đến cuối năm 2025", "deadline", "target"),
    S("- Rà soát, đơn giản hóa tối thiểu 15 thủ tục nội bộ trước ngày 30/11/2024;",
      "trước ngày 30/11/2024", "deadline", None),
    S("- Rà soát, đơn giản hóa tối thiểu 15 thủ tục nội bộ trước ngày 30/11/2024;",
      "tối thiểu 15", "count", "target"),
    # "bảo đảm" sets a level when a directive asks for it, not when it reports
    S("UBND tỉnh yêu cầu các sở, ngành bảo đảm 100% hồ sơ được số hóa khi tiếp nhận.", "100%",
      "percent", "target"),
    S("Năm qua, các sở, ngành đã bảo đảm 100% hồ sơ được số hóa khi tiếp nhận.", "100%",
      "percent", None),
    # where a planned change starts is where things stand
    S("Tỉnh phấn đấu giảm thời gian chờ từ 30 phút xuống 15 phút.", "30 phút", "duration", None),
    S("Tỉnh phấn đấu giảm thời gian chờ từ 30 phút xuống 15 phút.", "15 phút", "duration", "target"),
    # a sentence opening with a start date still to come announces a plan
    S("- Từ ngày 1/9/2024, thí điểm thu phí bằng hình thức không dùng tiền mặt tại 25 xã.", "25",
      "count", "target"),
    S("- Từ ngày 1/3/2024, thí điểm thu phí bằng hình thức không dùng tiền mặt tại 25 xã.", "25",
      "count", None),
    # an obligation assigns a due date, it sets no target (FORMAT.md); goals named before
    # with "này" are no cue of their own
    S("Các bệnh viện phải hoàn thành bệnh án điện tử trước ngày 30/9/2024.", "trước ngày 30/9/2024",
      "deadline", None),
    S("Để thực hiện các mục tiêu này, tỉnh dự kiến bố trí khoảng 900 tỷ đồng.", "khoảng 900 tỷ đồng",
      "money", "projected"),
    # headings of results, or of duties, are no plan
    S("Kết quả thực hiện nhiệm vụ năm 2024\n\nToàn tỉnh giải quyết 15.300 hồ sơ.\n",
      "15.300", "count", None),
    S("Chức năng, nhiệm vụ của Sở Nội vụ\n\nNghị định quy định 14 nhóm nhiệm vụ của Sở.\n",
      "14", "count", None),
]

# Rules added late in session 3 (own sentences, written from the grammar of each rule)
EXAMPLES += [
    # a floor under a proposal is a criterion the outcome must meet
    S("Phương án đề xuất nhập các thôn; thôn hình thành sau sắp xếp có số hộ đạt từ 150% trở lên.",
      "150%", "percent", "target"),
    # a level required right before its figure, a plan assigned
    S("Huyện cần tăng thêm 30 biên chế giáo viên cho năm học mới.", "30", "count", "target"),
    S("Kế hoạch thu ngân sách năm 2024 của huyện do tỉnh giao là 640 tỷ đồng.", "640 tỷ đồng", "money",
      "target"),
    # a negated decision decides nothing
    S("Thông tư không yêu cầu xác nhận của xã nên người dân tiết kiệm được 2 ngày đi lại.",
      "2 ngày", "duration", None),
    # "sẽ" in the consequence of a rule forecasts nothing
    S("Trường hợp nộp hồ sơ quá hạn sẽ bị tính thêm phí 2%.", "2%", "percent", None),
    # "không còn N": the level that stands now
    S("Sau khi sắp xếp, tỉnh sẽ không còn 9 đơn vị hành chính cấp huyện.", "9", "count", None),
    # what a resolution lays down for the future is a target
    S("Theo tinh thần Kết luận 121-KL/TW, các bộ sẽ giảm 15% đầu mối bên trong.", "15%", "percent",
      "target"),
    # a sentence opening with a resolution reports what it made, not the proposal above it
    S("Tỉnh đề xuất điều chỉnh quy hoạch vùng\n\nTheo Nghị quyết 1670/NQ-UBTVQH15, sau sắp xếp, tỉnh "
      "có 96 đơn vị hành chính cấp xã.\n", "96", "count", None),
    # an estimate opening its sentence governs its figures
    S("Ước thực hiện năm 2024, thu ngân sách trên địa bàn đạt 5.000 tỷ đồng.", "5.000 tỷ đồng", "money",
      "projected"),
    # a roadmap laid down
    S("Tỉnh xác định lộ trình nâng tỷ lệ thanh toán trực tuyến, năm 2025 đạt 50%.", "50%", "percent",
      "target"),
    # a forecast word inside a bracket, and "đặt ra" without a goal noun, set no due date's status
    S("Các phòng gửi đề xuất (kèm số lượng dự kiến mua sắm) về Văn phòng trước ngày 15/9/2024.",
      "trước ngày 15/9/2024", "deadline", None),
    S("Sửa những điểm bất cập mà thực tế đặt ra, gửi Bộ Tư pháp trong tháng 8 năm 2024.",
      "trong tháng 8 năm 2024", "deadline", None),
]

# Rules added in session 4 after reading blind batch 7 (own sentences, from each rule's grammar;
# published 2024-06-11)
EXAMPLES += [
    # a period still to come that labels a figure: opening its clause, a few words before it,
    # or right after it — a forecast, or a target when goals were set just before
    S("Năm 2027, tỉnh có 120 trạm sạc điện công cộng.", "120", "count", "projected"),
    S("Chiến lược đặt ra mục tiêu phát triển hạ tầng số. Năm 2026, 100% xã có cáp quang.",
      "100%", "percent", "target"),
    S("Theo tính toán của ngành điện, định hướng năm 2035 tiêu thụ khoảng 9 tỷ kWh.",
      "khoảng 9 tỷ kWh", "quantity", "projected"),
    S("Nhà máy đạt công suất 600 MW vào năm 2027.", "600 MW", "quantity", "projected"),
    # … not a period already begun, nor a year in a programme's name far from the figure
    S("Trong giai đoạn 2023-2025, cả nước có 50 huyện thuộc diện sắp xếp.", "50", "count", None),
    S("Vốn của Chương trình nông thôn mới đến năm 2030, theo Quyết định của Thủ tướng, được dùng "
      "cho 04 loại công trình.", "04", "count", None),
    # what a master plan lays down
    S("Khu công nghiệp phía Bắc được quy hoạch với diện tích 450 ha.", "450 ha", "quantity", "target"),
    # the content of a rule in force, whatever the directive around it asks
    S("Các huyện phải thực hiện đúng quy định về trích 10% nguồn thu cho quỹ phát triển đất.",
      "10%", "percent", None),
    # "thực hiện có thể": "hiện có" is no report there, "có thể" is a forecast; what a thing
    # is divided into is no item of a plan
    S("Khi thực hiện có thể chia dự án thành 3 gói thầu.", "3", "count", "projected"),
    # a share in brackets restates the figure before it
    S("Tỉnh phấn đấu thu hút 500 dự án (tăng 20% so với giai đoạn trước).", "20%", "percent", "target"),
    # the cost of a thing proposed is proposed with it, in brackets or after a cost noun …
    S("Bộ đề xuất nâng cấp tuyến lên 4 làn xe với tổng mức đầu tư khoảng 9.000 tỷ đồng.",
      "khoảng 9.000 tỷ đồng", "money", "projected"),
    S("Cử tri kiến nghị đưa vào kế hoạch các công trình như cầu Bến Mới (120 tỷ đồng); kè sông Cái "
      "(85 tỷ đồng).", "85 tỷ đồng", "money", "projected"),
    # … but an approval reports the amount approved
    S("UBND tỉnh chấp thuận chủ trương đầu tư 5 dự án với tổng vốn 2.300 tỷ đồng.",
      "2.300 tỷ đồng", "money", None),
]

# Rules added in session 4 after reading blind batch 8 (own sentences; published 2024-06-11)
EXAMPLES += [
    # "chỉ tiêu tốn": "only spends", no quota
    S("Xe nâng điện chỉ tiêu tốn 5.000 đồng mỗi giờ.", "5.000 đồng", "money", None),
    # the size that names a programme is no level a directive sets
    S("Thủ tướng chỉ đạo đẩy nhanh giải ngân gói tín dụng 120 nghìn tỷ đồng.", "120 nghìn tỷ đồng",
      "money", None),
    # a forecast verb right after the figure's noun phrase
    S("Năm nay, 12 huyện dự kiến đạt chuẩn nông thôn mới.", "12", "count", "projected"),
    S("Trong số đó, 5 xã có khả năng hoàn thành kế hoạch.", "5", "count", "projected"),
    # a forecast of a plan's items is a forecast
    S("Sở dự kiến sẽ khởi công 6 dự án nhà ở công nhân.", "6", "count", "projected"),
    # a forecast that is the predicate of another figure stops at ";"
    S("Trong đó, 3 đơn vị sẽ trình diễn nghệ thuật; 14 đơn vị ẩm thực tham gia gian hàng.", "14", "count",
      None),
    # the size of a thing proposed
    S("Tỉnh đề xuất bổ sung các dự án điện gió với tổng công suất khoảng 800 MW.", "khoảng 800 MW",
      "quantity", "projected"),
]

# Rules added in session 4 after reading blind batch 9 (own sentences; published 2024-06-11)
EXAMPLES += [
    # a rule whose levels apply from a day after publication, named in the article's lead
    S("Lệ phí cấp hộ chiếu mới từ ngày 1/9/2024\n\nTheo Thông tư số 12/2024/TT-BTC, từ ngày 1/9/2024, "
      "lệ phí cấp hộ chiếu phổ thông sẽ là 180.000 đồng/lần.\n\nLệ phí cấp lại hộ chiếu là 360.000 đồng/lần.\n",
      "360.000 đồng", "money", "target"),
    # … but not what a sentence dates before publication, nor a figure with no rule's words
    S("Lệ phí cấp hộ chiếu mới từ ngày 1/9/2024\n\nTheo Thông tư số 12/2024/TT-BTC, từ ngày 1/9/2024, "
      "lệ phí cấp hộ chiếu sẽ tăng.\n\nNăm 2023, cả nước cấp 2,1 triệu hộ chiếu, thời gian chờ trung "
      "bình 6 ngày.\n", "6 ngày", "duration", None),
    # a heading inside a law quoted "… quy định như sau:" is the law's
    S("Điều 39 Luật Ngân sách quy định như sau:\n\nNhiệm vụ chi của ngân sách xã\n\n"
      "a) Chi thường xuyên không vượt quá 70% tổng chi;\n", "70%", "percent", None),
    # "kế hoạch 05 năm": the span that names a plan
    S("Tỉnh phải lập kế hoạch sử dụng đất cho từng kỳ kế hoạch 05 năm.", "05 năm", "duration", None),
    # "với định mức": a rule's level
    S("Ngân sách trung ương hỗ trợ các tỉnh trực thuộc trung ương nhận bổ sung với định mức 50 tỷ đồng "
      "cho mỗi tỉnh.", "50 tỷ đồng", "money", None),
]

# Rules added in session 4 after reading blind batch 10 (own sentences; published 2024-06-11)
EXAMPLES += [
    # a purpose inside a forecast is the forecast's
    S("Dự án mới sẽ giúp nhà máy hướng đến doanh thu 500 tỷ đồng/năm.", "500 tỷ đồng", "money", "projected"),
    # what a rule allows is no forecast
    S("Hành vi lấn chiếm vỉa hè có thể bị phạt đến 40 triệu đồng.", "40 triệu đồng", "money", None),
    # what a council regulates is a rule in force
    S("HĐND tỉnh quy định:\n- Cán bộ được hỗ trợ 3.000.000 đồng/người/tháng;\n", "3.000.000 đồng", "money",
      None),
]

# Rules added in session 4 after reading blind batch 12 (own sentences; published 2024-06-11)
EXAMPLES += [
    # a title that schedules a restructuring after publication: what it makes is decided
    S("Từ 1/9/2024, nhập xã An Hòa vào thị trấn Phú Mỹ\n\nNhập toàn bộ diện tích 12 km2 của xã An Hòa vào "
      "thị trấn Phú Mỹ. Sau khi nhập, thị trấn Phú Mỹ có quy mô dân số là 21.400 người.\n",
      "21.400", "count", "target"),
]
EXAMPLES += [
    # an approval of a change of level decides it; an approval of a list reports it
    S("Thủ tướng phê duyệt giảm thời gian cấp giấy phép từ 10 ngày xuống còn 6 ngày làm việc.",
      "6 ngày làm việc", "duration", "target"),
    S("UBND tỉnh phê duyệt danh sách tinh giản biên chế đợt 2 với 45 trường hợp.", "45", "count", None),
]

# Rules added in session 6 after reading blind batch 14 (own sentences; published 2024-06-11)
_NEW_DECREE = ("Quy định mới về mức đóng bảo hiểm thất nghiệp có hiệu lực từ 1/8/2024\n\n"
               "Nghị định số 31/2024/NĐ-CP quy định mức đóng, mức hỗ trợ đóng bảo hiểm thất nghiệp.\n\n")
EXAMPLES += [
    # a rule in force after publication: the levels it charges, pays or grants are decided
    S(_NEW_DECREE + "a) Mức đóng hằng tháng của người lao động bằng 1% tiền lương tháng;\n",
      "1%", "percent", "target"),
    S(_NEW_DECREE + "Ngân sách nhà nước hỗ trợ 30% mức đóng đối với người thuộc hộ cận nghèo.\n",
      "30%", "percent", "target"),
    S(_NEW_DECREE + "Thời gian hỗ trợ là 24 tháng kể từ ngày đối tượng được xác nhận.\n",
      "24 tháng", "duration", "target"),
    S(_NEW_DECREE + "Người lao động được hưởng trợ cấp bằng 60% mức bình quân tiền lương.\n",
      "60%", "percent", "target"),
    # … not the time limits of procedures it quotes, and not what was reported
    S(_NEW_DECREE + "Cơ quan bảo hiểm xã hội giải quyết hồ sơ trong thời hạn 05 ngày làm việc.\n",
      "05 ngày làm việc", "duration", None),
    S(_NEW_DECREE + "Năm 2023, 96% hồ sơ được giải quyết trong vòng 3 ngày.\n", "96%", "percent", None),
    # a provision of the decree itself ("khoản 1 Điều 5 Nghị định này"), not the older decree
    # an item before it cites, says which rule the level is (session 9)
    S(_NEW_DECREE + "a) Người thuộc đối tượng quy định tại khoản 8 Điều 3 của Nghị định số 18/2019/NĐ-CP.\n\n"
      "b) Mức đóng của đối tượng quy định tại khoản 1 Điều 5 Nghị định này bằng 2% tiền lương tháng;\n",
      "2%", "percent", "target"),
    # a comparison after the figure does not make it a level of today …
    S(_NEW_DECREE + "Mức hưởng là 60% mức bình quân tiền lương, tương đương quy định hiện hành.\n",
      "60%", "percent", "target"),
    # … a "now" before it does, and so do the levels of other countries named before it
    S(_NEW_DECREE + "Hiện nay, mức hưởng là 60% mức bình quân tiền lương.\n", "60%", "percent", None),
    S(_NEW_DECREE + "Theo quy chuẩn quốc tế, mức trợ cấp thất nghiệp không ít hơn 45% thu nhập trước đó.\n",
      "không ít hơn 45%", "percent", None),
    # a rule already in force when the article is read states what holds
    S("Quy định mới về mức đóng bảo hiểm thất nghiệp có hiệu lực từ 1/4/2024\n\n"
      "a) Mức đóng hằng tháng của người lao động bằng 1% tiền lương tháng;\n", "1%", "percent", None),
]
EXAMPLES += [
    # a rule cited inside the bracket: its figure is the rule's, whatever the clause outside
    S("Trường hợp đặc biệt thì có thể xem xét lập thêm phòng (thực hiện theo đúng quy định, mỗi phòng "
      "từ 12 người trở lên).", "từ 12 người trở lên", "count", None),
    S("Sở có thể thành lập thêm 2 phòng chuyên môn trong năm tới.", "2", "count", "projected"),
]

# Rules added in session 6 after reading blind batch 15 (own sentences; published 2024-06-11)
EXAMPLES += [
    # a title about a rule's entry into force, the day given in the body: the rule's levels
    S("Người lao động tham gia bảo hiểm trước ngày Luật mới có hiệu lực\n\n"
      "Bài viết giải đáp về thời gian đóng bảo hiểm của người lao động đã tham gia trước đó. "
      + "Theo hướng dẫn, các giai đoạn trước được cộng nối. " * 12 + "\n\n"
      "Luật Bảo hiểm 2024 (có hiệu lực từ ngày 01/7/2024) quy định mức đóng là 22% tiền lương.\n",
      "22% tiền lương", "percent", "target"),
    # … not when the title says nothing of it (a decree mentioned in passing)
    S("Tỉnh đầu tư bộ phận một cửa cấp huyện\n\nTỉnh đã đầu tư 12 bộ phận một cửa. "
      + "Các bộ phận này hoạt động ổn định, người dân hài lòng. " * 12 + "\n\n"
      "Nghị định 61/2024 có hiệu lực từ ngày 01/7/2024. Mức phí là 50.000 đồng/hồ sơ.\n",
      "50.000 đồng", "money", None),
    # a rule leaves it to choose: no forecast
    S("Người tham gia có thể lựa chọn phương thức đóng hằng tháng, 3 tháng hoặc 6 tháng một lần.",
      "3 tháng", "duration", None),
]
EXAMPLES += [
    # a date planned, not assigned: projected …
    S("Đề án sẽ được trình HĐND tỉnh xem xét tại kỳ họp trong tháng 9/2024.", "trong tháng 9/2024", "deadline",
      "projected"),
    S("Theo kế hoạch, trong quý IV/2024, huyện sẽ đưa vào vận hành 3 điểm một cửa không giấy tờ.",
      "trong quý IV/2024", "deadline", "projected"),
    S("Doanh nghiệp có kế hoạch mở rộng nhà xưởng trong năm 2025.", "trong năm 2025", "deadline", "projected"),
    # … not the due date of an assigned task, nor a horizon followed by "sẽ"
    S("UBND tỉnh yêu cầu các sở hoàn thành rà soát trước ngày 30/9/2024.", "trước ngày 30/9/2024", "deadline", None),
    S("Từ nay đến năm 2025, huyện sẽ tiếp tục đầu tư chuyển đổi số vào 9 lĩnh vực.", "Từ nay đến năm 2025",
      "deadline", None),
]
EXAMPLES += [
    # "vì vậy/vì thế" draw a consequence: no cause stated, nothing reported
    S("Chính vì thế, các bộ cần nghiên cứu kỹ lưỡng, thận trọng để tinh gọn sao cho mỗi bộ chỉ còn 5 cục.", "5",
      "count", "projected"),
    # "tuy nhiên" joins clauses; it reports nothing (a floor asked for after it is a quota)
    S("Tuy nhiên, huyện vẫn thiếu 320 nhân viên y tế; Sở Y tế đề xuất tuyển dụng bổ sung tối thiểu 150 chỉ tiêu "
      "trong năm tới.", "tối thiểu 150", "count", "target"),
    # a cause still states what is
    S("Huyện sẽ bổ sung 2 quầy tiếp nhận, vì lượng hồ sơ đất đai chiếm tới 38%.", "38%", "percent", None),
]
EXAMPLES += [
    # "Kế hoạch" inside a body's name proposes nothing
    S("Tại Sở Kế hoạch và Đầu tư, thời gian đăng ký doanh nghiệp được rút ngắn còn 2 ngày làm việc.",
      "2 ngày làm việc", "duration", None),
]
EXAMPLES += [
    # what a draft is made of is so, the draft being there …
    S("Dự thảo Luật được xây dựng theo hướng tinh gọn, rút từ 12 chương xuống còn 8 chương.", "8 chương", "count",
      None),
    S("Đáng chú ý, dự thảo Luật bổ sung 4 trường hợp được miễn lệ phí.", "4", "count", None),
    # … what it would change in the world is projected
    S("Dự thảo đề xuất sáp nhập 12 xã thành 5 xã.", "5", "count", "projected"),
]
EXAMPLES += [
    # goals quoted "… như sau:" stay goals through their own numbered headings
    S("Mục tiêu được quy định tại Mục II Nghị quyết 57-NQ/TW năm 2024, cụ thể như sau:\n\n"
      "**(1) Đến năm 2030**\n\nTỉ lệ sử dụng dịch vụ công trực tuyến của người dân đạt trên 80%.\n\n"
      "**(2) Tầm nhìn đến năm 2045**\n\nKinh tế số đạt tối thiểu 50% GDP.\n", "trên 80%", "percent", "target"),
    # "nếu … thì sẽ được trả thêm": a rule's consequence, also after a comma
    S("Bên cạnh đó, nếu người lao động làm việc vào ban đêm thì sẽ được trả thêm 30% tiền lương.", "30%",
      "percent", None),
    # a floor on what one is entitled to is a rule's
    S("Người lao động làm việc vào ngày lễ được hưởng lương, ít nhất 300% lương ngày thường.", "ít nhất 300%",
      "percent", None),
    # research named as a noun proposes nothing
    S("Kinh phí chi cho nghiên cứu phát triển đạt 1,2% GRDP.", "1,2%", "percent", None),
]
EXAMPLES += [
    # hearsay about a restructuring: the outcome it spreads or denies is no fact …
    S("Sở Nội vụ bác thông tin sáp nhập tỉnh còn 20 tỉnh, thành phố.", "20 tỉnh", "count", "projected"),
    S("Trên mạng lan truyền danh sách 12 tỉnh sau sáp nhập lần hai.", "12 tỉnh", "count", "projected"),
    # … the level it starts from is, and so is an outcome reported without hearsay
    S("Thực hư việc tiếp tục sáp nhập 34 tỉnh còn 20 tỉnh?", "34 tỉnh", "count", None),
    S("Sau sáp nhập, cả nước còn 34 tỉnh, thành phố.", "34 tỉnh", "count", None),
]
EXAMPLES += [
    # a change that takes effect after publication is expected (published 2024-06-11) …
    S("Lương hưu tăng 15% từ ngày 1/7.", "15%", "percent", "projected"),
    S("Phí công chứng giảm 20% kể từ 1/8/2024.", "20%", "percent", "projected"),
    # … one that took effect before it, or that is reported done, is real
    S("Lương hưu tăng 15% từ ngày 1/1/2024.", "15%", "percent", None),
    S("Lương hưu đã tăng 15% từ ngày 1/7.", "15%", "percent", None),
]
EXAMPLES += [
    # a calculation of what is to come is a forecast …
    S("Theo tính toán, có 15 tỉnh sẽ hoàn thành chỉ tiêu nhà ở xã hội trong năm nay.", "15 tỉnh", "count", "projected"),
    # … of what a measure in place saves, a result
    S("Theo tính toán, việc thanh toán trực tuyến giúp tiết kiệm khoảng 1.200 tỷ đồng mỗi năm.", "1.200 tỷ đồng",
      "money", None),
]
EXAMPLES += [
    # what a rule in force provides, said with "sẽ" or "có thể", is no forecast …
    S("Theo quy định tại Bộ luật Lao động năm 2019, người lao động làm thêm giờ vào ngày lễ sẽ nhận được ít nhất "
      "bằng 300% lương.", "300%", "percent", None),
    S("Cơ quan đăng ký cư trú kiểm tra trong 30 ngày; trường hợp phức tạp thì có thể kéo dài nhưng không quá 60 ngày.",
      "60 ngày", "duration", None),
    # … a change it will undergo is
    S("Lương tối thiểu vùng theo quy định của Bộ luật Lao động sẽ tăng 6% so với năm trước.", "6%", "percent",
      "projected"),
    # a plan approved in the lead is a decision: what "theo phương án" brings about is set
    S("Thủ tướng ký Quyết định phê duyệt Phương án cắt giảm thủ tục hành chính năm 2025.\n\n"
      "Theo phương án, lệ phí cấp biển số xe giảm 30% so với mức hiện hành.", "30%", "percent", "target"),
]
EXAMPLES += [
    # a body's duties and powers listed are what it is, no tasks set
    S("Bộ Y tế có các nhiệm vụ, quyền hạn sau:\n\n- Chủ trì xây dựng 05 đề án về bảo hiểm y tế.", "05 đề án", "count",
      None),
]
EXAMPLES += [
    # "có thể" forecasts only what may come; what one is able to do, or "có thể thấy", is no forecast
    S("Hiện nay người dân có thể tra cứu 25 loại giấy tờ trên ứng dụng VNeID.", "25 loại", "count", None),
    S("Có thể thấy việc hình thành 12 tỉnh mới mang tính toán kỹ lưỡng.", "12 tỉnh", "count", None),
    S("Năm nay, tăng trưởng kinh tế của tỉnh có thể đạt 8,5%.", "8,5%", "percent", "projected"),
    S("Khi thực hiện có thể phân chia thành 3 dự án thành phần.", "3 dự án", "count", "projected"),
]
EXAMPLES += [
    # a forecast that opens the sentence governs all of it, a contrast that forecasts too
    S("Theo tính toán, có 10 tỉnh sẽ hoàn thành chỉ tiêu; trong khi 12 địa phương khác khó hoàn thành chỉ tiêu.",
      "12 địa phương", "count", "projected"),
    # … a contrast that states what is stays actual
    S("Tỉnh sẽ bổ sung 2 quầy tiếp nhận, trong khi hiện có 5 quầy.", "5 quầy", "count", None),
]
# Rules added in session 8 (own sentences; published 2024-06-11)
_DECREE_AHEAD = ("Nghị định quy định cơ cấu tổ chức của Viện Nghiên cứu chính sách\n\n"
                 "Viện có Viện trưởng và không quá 03 Phó Viện trưởng. Mỗi phòng có tối thiểu 05 người.\n\n"
                 "Cơ quan được hẹn lại ngày trả kết quả không quá 01 lần.\n\n"
                 "Nghị định này có hiệu lực thi hành từ ngày 01/7/2024.\n")
EXAMPLES += [
    # a cap or floor on a count, set by the quoted document whose own closing article puts
    # it in force after publication, is a level decided, not yet in force …
    S(_DECREE_AHEAD, "không quá 03", "count", "target"),
    S(_DECREE_AHEAD, "tối thiểu 05", "count", "target"),
    # … how often a step may be done is the procedure's norm
    S(_DECREE_AHEAD, "không quá 01 lần", "count", None),
    # … and a document already in force sets what is
    S(_DECREE_AHEAD.replace("01/7/2024", "01/3/2024"), "không quá 03", "count", None),
    # a title announcing a change from a day after publication: the changes its body reports
    # with no time of their own are that change to come …
    S("Tăng 20% lương hưu từ 1/7\n\nMức lương hưu của người nghỉ trước năm 1995 cũng tăng 20%. "
      "Sau điều chỉnh, mức thấp nhất được nâng lên 3,5 triệu đồng/tháng.\n", "cũng tăng 20%", "percent", "projected"),
    S("Tăng 20% lương hưu từ 1/7\n\nMức lương hưu của người nghỉ trước năm 1995 cũng tăng 20%. "
      "Sau điều chỉnh, mức thấp nhất được nâng lên 3,5 triệu đồng/tháng.\n", "3,5 triệu đồng/tháng", "money",
      "projected"),
    # … a change dated before publication, or one that stands now, is not
    S("Tăng 20% lương hưu từ 1/7\n\nNăm 2023, lương hưu đã tăng 12,5%.\n", "12,5%", "percent", None),
    S("Tăng 20% lương hưu từ 1/7\n\nHiện nay lương hưu bình quân tăng 3% mỗi năm.\n", "3%", "percent", None),
]
_LONE_OPENER = ("Từ 1/7/2024, sắp xếp các xã thuộc huyện Đồng Hỷ\n\nNhập toàn bộ xã Hóa Trung vào xã Hóa Thượng.\n\n"
                "Sau khi sắp xếp:\n\nHuyện Đồng Hỷ có diện tích tự nhiên là 456,2 km2 và có 12 đơn vị hành chính cấp xã.\n\n"
                "#### Sắp xếp các xã thuộc huyện Phú Lương\n\nHuyện Phú Lương có 14 đơn vị hành chính cấp xã.\n")
EXAMPLES += [
    # "Sau khi sắp xếp:" on a line of its own: the paragraphs below state what a
    # restructuring decided for a day after publication makes, up to the next heading
    S(_LONE_OPENER, "12 đơn vị hành chính cấp xã", "count", "target"),
    S(_LONE_OPENER, "14 đơn vị hành chính cấp xã", "count", None),
    # "<verb> được N": the result reached, whatever list the sentence stands in …
    S("Nghị quyết đã cắt giảm các thủ tục sau:\n\nKhông thực hiện thủ tục đấu thầu mà giao trực tiếp chủ đầu tư. "
      "Theo đó, rút ngắn được khoảng 120 ngày.\n", "khoảng 120 ngày", "duration", None),
    # … not "sẽ … được", a forecast
    S("Các bộ sẽ triển khai các giải pháp sau:\n\nĐơn giản hóa hồ sơ, qua đó sẽ rút ngắn được khoảng 120 ngày.\n",
      "khoảng 120 ngày", "duration", "projected"),
    # "giấy đề nghị": the application form, named; no proposal
    S("Kho bạc tiếp nhận giấy đề nghị thu hồi vốn là 02 bản gốc.", "02 bản", "count", None),
    # a proposal's list of where things stand ("thực trạng … như sau:") reports them
    S("Bộ đề xuất sắp xếp lại văn phòng, tờ trình nêu thực trạng như sau:\n\n- Có 650 chi nhánh văn phòng đăng ký đất đai.\n",
      "650 chi nhánh", "count", None),
    # units that have not yet done something, said after a forecast: where they stand now …
    S("Theo tính toán, có 20 tỉnh sẽ hoàn thành chỉ tiêu; đặc biệt 9 tỉnh chưa khởi công dự án nào.", "9 tỉnh", "count",
      None),
    # … not a share of units still lacking, that a goal sets
    S("Tỉnh phấn đấu giảm 50% số xã chưa đạt chuẩn nông thôn mới.", "50%", "percent", "target"),
]
EXAMPLES += [
    # what directed work acts on is so; the level to ensure is what it sets
    S("UBND tỉnh chỉ đạo các sở bảo đảm tiến độ trình hồ sơ sáp nhập 12 xã theo kế hoạch.", "12 xã", "count", None),
    S("UBND tỉnh chỉ đạo các sở bảo đảm 100% hồ sơ được số hóa.", "100%", "percent", "target"),
    # a purpose that institutionalises or consolidates what exists counts it
    S("Luật bổ sung các quy định nhằm thể chế hóa 04 nghị quyết của Bộ Chính trị.", "04 nghị quyết", "count", None),
    # the article's closing line ("Trên đây là thông tin về …") stands outside the list above
    S("Bộ đề xuất các phương án sau:\n\n- Chuyển các chi nhánh về cấp xã.\n\n"
      "Trên đây là thông tin về việc sắp xếp 350 chi nhánh văn phòng đăng ký đất đai.\n",
      "350 chi nhánh", "count", None),
]
EXAMPLES += [
    # a level set against the one in force ("(hiện hành là …)") is the new rule's …
    S("Luật giảm độ tuổi được hưởng trợ cấp hưu trí xã hội xuống 75 tuổi (hiện hành là 80 tuổi).", "75 tuổi",
      "duration", "target"),
    S("Mức lệ phí cấp đổi là 50.000 đồng (hiện hành là 100.000 đồng).", "50.000 đồng", "money", "target"),
    # … and the one in force is what stands
    S("Mức lệ phí cấp đổi là 50.000 đồng (hiện hành là 100.000 đồng).", "100.000 đồng", "money", None),
    # a time limit quoted from a decree whose own closing article puts it in force after
    # publication is decided, not yet in force; one already in force is a rule (actual)
    S("Nghị định quy định về cưỡng chế\n\nTrong thời hạn 05 ngày làm việc, cơ quan phải gửi quyết định.\n\n"
      "Nghị định này có hiệu lực thi hành từ ngày 01/01/2025.\n", "05 ngày làm việc", "duration", "target"),
    S("Nghị định quy định về cưỡng chế\n\nTrong thời hạn 05 ngày làm việc, cơ quan phải gửi quyết định.\n\n"
      "Nghị định này có hiệu lực thi hành từ ngày 01/01/2024.\n", "05 ngày làm việc", "duration", None),
]
EXAMPLES += [
    # an estimate continued by the next sentence, of a period already over at publication
    # (published 2024-06-11): an estimate of the past (FORMAT.md: actual) …
    S("Dự kiến quý I/2024, GRDP của tỉnh tăng 7,5%. Trong đó, khu vực dịch vụ tăng 7,33%.", "7,33%", "percent", None),
    # … of a period still to come, a forecast
    S("Dự kiến quý III/2024, GRDP của tỉnh tăng 7,5%. Trong đó, khu vực dịch vụ tăng 7,33%.", "7,33%", "percent",
      "projected"),
]
EXAMPLES += [
    # a notice period ("trước khi … ít nhất 30 ngày", "tối thiểu 30 ngày trước ngày …") is a
    # rule's time limit, no quota …
    S("Người sử dụng lao động thông báo phương án nghỉ Tết cho người lao động trước khi thực hiện ít nhất 30 ngày.",
      "ít nhất 30 ngày", "duration", None),
    S("Ngân hàng thông báo cho khách hàng tối thiểu 30 ngày trước ngày giấy tờ tùy thân hết hạn.", "tối thiểu 30 ngày",
      "duration", None),
    # … a floor of experience a candidate must have is a criterion
    S("Kiến trúc sư trưởng được tuyển chọn phải có ít nhất 07 năm kinh nghiệm.", "ít nhất 07 năm", "duration", "target"),
]
EXAMPLES += [
    # "yêu cầu" after a document noun is a request filed (the headings of procedure pages),
    # no requirement set (session 9) …
    S("## Thành phần, số lượng hồ sơ yêu cầu cung cấp thông tin\n\n- Số lượng hồ sơ: 01 bộ.\n", "01", "count", None),
    # … while a heading of requirements governs the items under it
    S("## Yêu cầu đối với các sở, ngành\n\n- Giải quyết 100% hồ sơ đúng hạn.\n", "100%", "percent", "target"),
]
EXAMPLES += [
    # a heading of goals governs its own numbered sub-headings and what stands under them
    # (session 9) …
    S("II. ĐỊNH HƯỚNG PHÁT TRIỂN\n\n1. Phân vùng kinh tế\n\na) Tổ chức lại các vùng\n\n"
      "Tổ chức không gian phát triển thành 06 vùng kinh tế - xã hội.\n", "06", "count", "target"),
    # … up to a heading of its own level
    S("II. ĐỊNH HƯỚNG PHÁT TRIỂN\n\n1. Phân vùng kinh tế\n\nIII. THỰC TRẠNG\n\n"
      "Cả nước có 06 vùng kinh tế - xã hội.\n", "06", "count", None),
]
_DRAFT_QUOTE = ("**Cho mượn thẻ căn cước bị phạt bao nhiêu?**\n\n"
                "Căn cứ theo khoản 5 Điều 1 Dự thảo Nghị định sửa đổi Điều 10 Nghị định 144/2021/NĐ-CP quy định "
                "như sau:\n\nVi phạm quy định về cấp, quản lý, sử dụng thẻ căn cước\n\n")
EXAMPLES += [
    # the articles quoted from a draft are proposed, whatever rule words they use (session 9) …
    S(_DRAFT_QUOTE + "4. Phạt tiền từ 4.000.000 đồng đến 6.000.000 đồng đối với hành vi sau đây:\n",
      "4.000.000 đồng đến 6.000.000 đồng", "money", "projected"),
    S(_DRAFT_QUOTE + "a) Thời hạn cấp lại thẻ là 07 ngày làm việc;\n", "07 ngày làm việc", "duration",
      "projected"),
    # … not what stands now, after the quote …
    S(_DRAFT_QUOTE + "4. Phạt tiền từ 4.000.000 đồng đến 6.000.000 đồng.\n\n"
      "Hiện nay, mức phạt đối với hành vi này là 2.000.000 đồng.\n", "2.000.000 đồng", "money", None),
    # … and the articles quoted from a decree in force are rules (actual)
    S("Căn cứ theo khoản 4 Điều 10 Nghị định 144/2021/NĐ-CP quy định như sau:\n\n"
      "4. Phạt tiền từ 4.000.000 đồng đến 6.000.000 đồng đối với hành vi sau đây:\n",
      "4.000.000 đồng đến 6.000.000 đồng", "money", None),
]
EXAMPLES += [
    # a budget estimate passed for a year heads its items as levels set (session 9) …
    S("Thông qua dự toán ngân sách nhà nước năm 2025\n\n1. Số thu ngân sách nhà nước là 1.966.839 tỷ đồng.\n",
      "1.966.839 tỷ đồng", "money", "target"),
    # … its execution reported is results
    S("Tình hình thực hiện dự toán ngân sách năm 2023\n\n1. Số thu ngân sách nhà nước là 1.752.000 tỷ đồng.\n",
      "1.752.000 tỷ đồng", "money", None),
]
EXAMPLES += [
    # a sanction the law attaches is a norm even when said with "sẽ" (session 9) …
    S("Theo đó, nhập khẩu cho con muộn sẽ bị phạt hành chính từ 500.000 đồng đến 1.000.000 đồng.",
      "500.000 đồng đến 1.000.000 đồng", "money", None),
    S("Hành vi báo tin sai sự thật sẽ bị xử phạt hành chính từ 1 triệu đến 5 triệu đồng.",
      "1 triệu đến 5 triệu đồng", "money", None),
    # … while a level forecast with "sẽ" stays a forecast
    S("Dự kiến mức phạt sẽ tăng lên 2 triệu đồng.", "2 triệu đồng", "money", "projected"),
]
EXAMPLES += [
    # the items of a series that continue a change still to come share it (session 9)
    S("Tăng lương tối thiểu vùng từ 1/7\n\nLương vùng 1 nâng lên 4,96 triệu đồng; vùng 2 là 4,41 triệu; "
      "vùng 3 là 3,86 triệu đồng.", "4,41 triệu", "money", "projected"),
]
EXAMPLES += [
    # a title naming a rule and, in the body, one numbered document's own entry into force
    # after publication: the rule's bounds are decided, not yet in force (session 9) …
    S("Quy định thủ tục hành chính đăng ký nội quy lao động\n\n"
      + "Bộ Nội vụ công bố thủ tục mới trong lĩnh vực lao động. " * 16 + "\n\n"
      "Đối tượng thực hiện: người sử dụng lao động sử dụng từ 10 người lao động trở lên.\n\n"
      "Quyết định 628/QĐ-BNV có hiệu lực từ 1/7/2024.\n", "từ 10 người lao động trở lên", "count", "target"),
    # … not when the document is already in force
    S("Quy định thủ tục hành chính đăng ký nội quy lao động\n\n"
      + "Bộ Nội vụ công bố thủ tục mới trong lĩnh vực lao động. " * 16 + "\n\n"
      "Đối tượng thực hiện: người sử dụng lao động sử dụng từ 10 người lao động trở lên.\n\n"
      "Quyết định 628/QĐ-BNV có hiệu lực từ 1/5/2024.\n", "từ 10 người lao động trở lên", "count", None),
]
EXAMPLES += [
    # the days off an official holiday schedule gives are decided (session 9; the judges of
    # four blind samples read them so) …
    S("Lịch nghỉ lễ Quốc khánh 2/9 của cán bộ, công chức\n\nTheo lịch nghỉ lễ Quốc khánh 2/9, cán bộ, công chức "
      "sẽ được nghỉ tối đa 4 ngày liên tiếp.\n", "tối đa 4 ngày", "duration", "target"),
    S("Lịch nghỉ Tết Âm lịch 2025 chính thức\n\nCán bộ, công chức được nghỉ Tết Âm lịch 9 ngày liên tục.\n",
      "9 ngày", "duration", "target"),
    # … not the Labour Code's rules quoted beside them, nor days off of another kind
    S("Lịch nghỉ Tết Âm lịch 2025 chính thức\n\nTheo Điều 112 Bộ luật Lao động, người lao động được nghỉ làm "
      "việc, hưởng nguyên lương 05 ngày dịp Tết Âm lịch.\n", "05 ngày", "duration", None),
    S("Lịch nghỉ Tết Âm lịch 2025 chính thức\n\nNăm 2024, công ty cho nhân viên nghỉ phép 12 ngày.\n",
      "12 ngày", "duration", None),
]
EXAMPLES += [
    # "do" before the doer and a verb of providing is "by", no cause that reports (session 9)
    S("Kế hoạch năm 2025 đặt mục tiêu do ngân sách tỉnh bảo đảm 100% kinh phí.", "100%", "percent", "target"),
    S("Tỉnh sẽ bổ sung 2 quầy, do lượng hồ sơ này chiếm tới 38%.", "38%", "percent", None),
]
EXAMPLES += [
    # the estimated losses of an event that happened are an estimate of the past (FORMAT.md:
    # actual); damage still to come, and savings, are forecasts (session 10, sample 2081)
    S("Vụ cháy không gây thiệt hại về người; thiệt hại tài sản ước tính khoảng 150 triệu đồng.",
      "khoảng 150 triệu đồng", "money", None),
    S("Mưa lũ làm sạt lở 12 tuyến đường, tổng thiệt hại ước tính hơn 40 tỷ đồng.", "hơn 40 tỷ đồng", "money", None),
    S("Nếu bão đổ bộ, thiệt hại dự kiến có thể lên tới 300 tỷ đồng.", "300 tỷ đồng", "money", "projected"),
    S("Hệ thống mới ước tính giúp tiết kiệm khoảng 25 tỷ đồng mỗi năm.", "khoảng 25 tỷ đồng", "money", "projected"),
]
EXAMPLES += [
    # "quyết tâm chiến lược của Đảng": the resolve named as a noun sets nothing (session 10,
    # sample 2091); "quyết tâm đạt" still does
    S("Thực hiện chủ trương và quyết tâm chiến lược của Trung ương, Tỉnh ủy, quân và dân huyện cùng với các đơn "
      "vị bạn chỉ trong 15 ngày đêm liên tục tiến công đã giải phóng toàn huyện.", "15 ngày đêm", "duration", None),
    S("Huyện quyết tâm đạt 90% hồ sơ trực tuyến trong năm nay.", "90%", "percent", "target"),
]
EXAMPLES += [
    # "sẽ" after a rule or decision named as the clause's source: what it lays down for later
    # is a level it sets, no forecast (session 11, sample 2092); a plan as the source, or a
    # rule that only qualifies a noun, leaves the forecast
    S("Như vậy, theo quy định thì mã số của mỗi hộ kinh doanh sẽ gồm 13 chữ số.", "13", "count", "target"),
    S("Đồng thời, theo tinh thần Nghị quyết 18-NQ/TW thì sau sắp xếp sẽ giảm 15% đầu mối bên trong.",
      "15%", "percent", "target"),
    S("Theo Kế hoạch số 45/KH-UBND, trong quý III tỉnh sẽ thí điểm bệnh án điện tử tại khoảng 12.000 hộ.",
      "khoảng 12.000", "count", "projected"),
    S("Bộ trưởng cho biết phụ cấp thâm niên theo quy định của Luật Nhà giáo sẽ tăng 5% so với năm trước.",
      "5%", "percent", "projected"),
]
EXAMPLES += [
    # a list announced by powers or by duties performed is no list of tasks (session 11)
    S("Kể từ ngày 01/7/2025, Viện kiểm sát nhân dân khu vực thực hiện thẩm quyền sau đây:\n\n"
      "(1) Kiểm sát việc giải quyết vụ việc của người từ đủ 16 tuổi trở lên;", "16 tuổi", "duration", None),
    S("Chế độ khen thưởng đối với viên chức có thành tích trong thực hiện nhiệm vụ như sau:\n\n"
      "- Viên chức đạt đủ 03 tiêu chí thì được tặng giấy khen.", "03", "count", None),
    # still a list of tasks
    S("Năm 2025, Sở Nội vụ tập trung thực hiện các nhiệm vụ sau:\n\n- Rà soát, sắp xếp giảm 10 đầu mối.",
      "10", "count", "target"),
]
EXAMPLES += [
    # a bound on what a verb reached ("cắt giảm được ít nhất 30 ngày") is a result, no floor
    # set (session 11)
    S("Theo đó, quy trình mới rút ngắn được ít nhất 15 ngày so với quy định hiện hành.", "ít nhất 15 ngày",
      "duration", None),
    S("Quy trình mới phải rút ngắn ít nhất 15 ngày so với quy định hiện hành.", "ít nhất 15 ngày",
      "duration", "target"),
]
EXAMPLES += [
    # a floor right after a proposal verb is what is proposed (session 11, sample 2092); a
    # duty to propose it sets a target
    S("Theo đó, Bộ đề xuất bố trí tối thiểu 02 công chức địa chính tại mỗi xã.", "tối thiểu 02", "count",
      "projected"),
    S("Các bộ, ngành phải rà soát, đề xuất cắt giảm ít nhất 20% thời gian giải quyết thủ tục hành chính.",
      "ít nhất 20%", "percent", "target"),
]
EXAMPLES += [
    # a ministry's or department's name holds no verb ("Bộ Xây dựng"): the item's outcome
    # verb still governs its figure (session 11)
    S("Quyết định yêu cầu như sau:\n\nBổ sung 1 Phó Giám đốc để tổng số Phó Giám đốc Sở Xây dựng là không quá 4;",
      "không quá 4", "count", "target"),
]
EXAMPLES += [
    # the parts of a planned amount are planned too (session 11, read after sample 2095)
    S("Tổng kế hoạch vốn năm 2025 của tỉnh được Thủ tướng giao là 9.800 tỷ đồng, trong đó vốn ngân sách trung ương "
      "là 2.100 tỷ đồng và vốn ngân sách địa phương là 7.700 tỷ đồng.", "2.100 tỷ đồng", "money", "target"),
    S("Tổng kế hoạch vốn năm 2025 của tỉnh được Thủ tướng giao là 9.800 tỷ đồng, trong đó vốn ngân sách trung ương "
      "là 2.100 tỷ đồng và vốn ngân sách địa phương là 7.700 tỷ đồng.", "7.700 tỷ đồng", "money", "target"),
    # the parts of an amount reported stay actual
    S("Năm 2024, tỉnh đã giải ngân 9.800 tỷ đồng, trong đó vốn ngân sách trung ương là 2.100 tỷ đồng.",
      "2.100 tỷ đồng", "money", None),
]
EXAMPLES += [
    # a lead that reports a decision adopted makes the proposal's list what was adopted
    # (session 11, read after sample 2095); a lead about a draft adopts nothing yet
    S("Quốc hội thông qua Nghị quyết về phân bổ ngân sách năm 2025.\n\nTheo Tờ trình của Chính phủ, đề nghị như sau:\n\n"
      "- Cân đối, bố trí đạt 3% tổng chi ngân sách cho khoa học, công nghệ.", "3%", "percent", "target"),
    S("Ủy ban Thường vụ Quốc hội cho ý kiến về dự thảo Nghị quyết về phân bổ ngân sách.\n\nTheo Tờ trình của Chính phủ, "
      "đề nghị như sau:\n\n- Cân đối, bố trí đạt 3% tổng chi ngân sách cho khoa học, công nghệ.", "3%", "percent",
      "projected"),
]
EXAMPLES += [
    # the figure of the period compared with, in brackets, is what that period reached
    # (session 11, corpus_b3's qualifier miss)
    S("Năm 2025, tỉnh phấn đấu tăng trưởng 8% (cùng kỳ năm 2024 tăng 6,5%).", "6,5%", "percent", None),
]
EXAMPLES += [
    # session 12, read after the blind status sample 2101 (own sentences): a plan word after
    # "với" is referred to, it announces no list of goals; a count of the items a plan lays
    # down stays what the plan is about even after "kế hoạch đề ra"; a count of quota slots
    # ("chỉ tiêu" with the posts it opens) is a target, unless filled, left over or of a
    # year already over
    S("Đơn vị được trả lương gắn với chỉ tiêu doanh thu theo quy định sau:\n\n"
      "a) Doanh thu không thấp hơn kế hoạch thì mức lương tối đa bằng 2 lần mức lương cơ bản;",
      "2 lần", "quantity", None),
    S("Kế hoạch đề ra 24 nhiệm vụ trọng tâm cho các sở, ngành.", "24", "count", None),
    S("Kế hoạch đề ra 90% hồ sơ được số hóa.", "90%", "percent", "target"),
    S("Thông báo nêu rõ Sở tuyển dụng 35 chỉ tiêu viên chức vào các trường học.", "35", "count", "target"),
    S("Kỳ thi gồm 25 chỉ tiêu tuyển dụng theo hình thức thi tuyển và 5 chỉ tiêu xét tuyển.", "25", "count",
      "target"),
    S("Năm 2023, huyện đã tuyển đủ 48 chỉ tiêu công chức.", "48", "count", None),
    S("Năm 2023, huyện tổ chức thi tuyển 48 chỉ tiêu công chức với 300 thí sinh.", "48", "count", None),
    S("Toàn ngành còn 210 chỉ tiêu giáo viên chưa tuyển được.", "210", "count", None),
]
EXAMPLES += [
    # a time limit counted from a day after publication stands later: a level set, not what
    # stands now (session 12, sample 2101); counted from a day before, a rule in force
    S("Số cấp phó vượt quy định thì chậm nhất là 03 năm kể từ ngày 01/9/2024 phải giảm theo đúng quy định.",
      "chậm nhất là 03 năm", "duration", "target"),
    S("Người dôi dư được hưởng chính sách trong thời hạn 2 năm kể từ ngày 1/8/2024.", "2 năm", "duration", "target"),
    S("Người dôi dư được hưởng chính sách trong thời hạn 2 năm kể từ ngày 1/3/2024.", "2 năm", "duration", None),
]
EXAMPLES += [
    # "sẽ" after a rule named through its provisions ("Theo điểm a khoản 2 Điều 5 Nghị quyết
    # …") states a level the rule sets, in its own clause and over the list it announces
    # (session 12, read after the status samples of Resolution 27's salary tables)
    S("Theo điểm a khoản 2 Điều 5 Nghị quyết 12/2024/NQ-HĐND, tỉnh sẽ thành lập 03 trung tâm hành chính công.",
      "03", "count", "target"),
    S("Theo tiểu mục 2 Mục 3 Kết luận 45-KL/TW, ngành sẽ xây dựng các bảng lương mới gồm:\n\n"
      "- 1 bảng lương chuyên gia cao cấp;\n\n- 2 bảng lương chuyên môn, nghiệp vụ.", "2 bảng", "count", "target"),
    S("Theo dự báo của ngành, tỉnh sẽ có thêm 3 khu công nghiệp gồm:\n\n- 2 khu ở phía Bắc;", "2", "count",
      "projected"),
]
EXAMPLES += [
    # a count of what "sẽ" lays down after a decision named as its source is a level the
    # decision sets, though a verb takes it as its object (read from corpus_b6/b11/b18's gold)
    S("Theo tinh thần Kết luận 45-KL/TW thì sẽ xây dựng 4 ngạch công chức mới theo vị trí việc làm.", "4 ngạch", "count",
      "target"),
    S("Năm tới, sở sẽ xây dựng 4 phương án sắp xếp trụ sở.", "4", "count", None),
]
_PLAN_APPROVED_TEXT = (
    "Cắt giảm thủ tục trong lĩnh vực hộ tịch\n\n"
    "Chủ tịch UBND tỉnh ký Quyết định phê duyệt Phương án cắt giảm, đơn giản hóa thủ tục hành chính "
    "trong lĩnh vực hộ tịch năm 2025.\n\n"
    "### Giảm 20% lệ phí cấp bản sao trích lục\n\n"
    "Theo phương án, lệ phí cấp bản sao trích lục hộ tịch trực tuyến được giảm 20% so với mức đang áp dụng.\n\n"
    "Năm 2024, tỉnh đã cắt giảm 15% thời gian giải quyết các thủ tục này."
)
EXAMPLES += [
    # the cuts of a plan whose approval the lead reports are yet to be made (targets),
    # in its headings too; what was cut before stays a result (session 12, from corpus_b13's
    # status misses; own text)
    S(_PLAN_APPROVED_TEXT, "20% lệ phí", "percent", "target"),
    S(_PLAN_APPROVED_TEXT, "giảm 20% so", "percent", "target"),
    S(_PLAN_APPROVED_TEXT, "15%", "percent", None),
]
EXAMPLES += [
    # a norm a draft proposes is not yet a rule: projected (session 12, read after the
    # uniform status sample 2104); once adopted it is a rule
    S("Theo dự thảo, hành vi làm giả giấy tờ bị phạt tiền từ 3 triệu đồng đến 5 triệu đồng.",
      "3 triệu đồng đến 5 triệu đồng", "money", "projected"),
    S("Nếu dự thảo Nghị định được thông qua, người vi phạm có thể bị phạt tiền từ 1 triệu đồng.",
      "1 triệu đồng", "money", "projected"),
    S("Nghị định đã được thông qua, hành vi làm giả giấy tờ bị phạt tiền từ 3 triệu đồng.", "3 triệu đồng", "money",
      None),
]
_FINE_AHEAD = ("Làm giả giấy khai sinh bị phạt đến 5 triệu đồng từ ngày 1/3?\n"
               "Nguồn: https://example.vn/hoi-dap\nNgày: unknown\n\n"
               "Theo Nghị định 20/2026/NĐ-CP, hành vi này bị xử lý như sau.\n\n")
EXAMPLES += [
    # an undated page whose title announces a fine from a day: the fine said with "bị phạt"
    # is the coming rule's level, as one said with "phạt tiền" (session 12, status samples)
    S(_FINE_AHEAD + "Như vậy, hành vi làm giả giấy khai sinh có thể bị phạt từ 3 - 5 triệu đồng.",
      "3 - 5 triệu đồng", "money", "target", None),
]
EXAMPLES += [
    # "hiện nay" right after a figure dates that figure, not the clause: the movement's end
    # after it keeps the clause's "sẽ" (session 13, from corpus_b11's status misses; own text)
    S("Theo đề án, phụ cấp công vụ sẽ tăng từ 25% hiện nay lên 30% mức lương.", "30%", "percent", "projected"),
    S("Mức hỗ trợ sẽ được nâng từ 500.000 đồng hiện nay lên 700.000 đồng mỗi tháng.", "700.000 đồng",
      "money", "projected"),
    S("Mức hỗ trợ sẽ được nâng từ 500.000 đồng hiện nay lên 700.000 đồng mỗi tháng.", "500.000 đồng",
      "money", None),
    # … but a "hiện nay" that opens its own clause still reports what stands now
    S("Năm 2020, huyện có 120 thôn, hiện nay còn 85 thôn sau sáp nhập.", "85", "count", None),
]
EXAMPLES += [
    # a fine someone proposes is no rule yet: projected, like "đề xuất nhập 48 xã thành 19 xã"
    # (session 13, read in the corpus; own text) …
    S("Bộ Công an đề xuất phạt tiền từ 1 triệu đồng đến 2 triệu đồng đối với hành vi cho mượn thẻ.",
      "1 triệu đồng đến 2 triệu đồng", "money", "projected"),
    S("Đề xuất cho mượn tài khoản định danh có thể bị phạt tới 6 triệu đồng", "tới 6 triệu đồng", "money",
      "projected", None),
    S("Người vi phạm có thể bị phạt đến 2 triệu đồng, theo đề xuất của Bộ Tư pháp.", "đến 2 triệu đồng",
      "money", "projected"),
    # (a proposal said after the fine, in its clause: session 14, corpus_b28 after its first touch)
    S("Cho mượn tài khoản định danh có thể bị phạt đến 5 triệu đồng được đề xuất tại Dự thảo Nghị định",
      "đến 5 triệu đồng", "money", "projected"),
    S("Hành vi này bị phạt đến 2 triệu đồng; các nội dung khác được đề xuất sửa đổi.", "đến 2 triệu đồng",
      "money", None),
    # (the thousands dots of the first fine end no clause before the second)
    S("Bộ đề xuất phạt tiền từ 1.000.000 đồng đến 2.000.000 đồng với cá nhân và phạt tiền từ "
      "2.000.000 đồng đến 4.000.000 đồng với tổ chức.", "2.000.000 đồng đến 4.000.000 đồng", "money",
      "projected"),
    # … not a duty to propose, a proposal since adopted, or a proposal in another clause
    S("Thanh tra sở phải đề xuất phạt tiền đến 2 triệu đồng đối với cơ sở vi phạm.", "đến 2 triệu đồng",
      "money", None),
    S("Đề xuất của Bộ đã được thông qua, người vi phạm bị phạt đến 2 triệu đồng.", "đến 2 triệu đồng",
      "money", None),
    S("Cơ quan có thẩm quyền đề xuất xử lý; người vi phạm bị phạt đến 2 triệu đồng.", "đến 2 triệu đồng",
      "money", None),
]
EXAMPLES += [
    # the size of a unit a merger makes, said before the merger runs, is a forecast (FORMAT.md:
    # "sau hợp nhất, tỉnh mới có 1,9 triệu dân"); once the 2025 reorganisation is in force, or
    # when the clause reports it done, it is what exists (session 13; own text)
    S("Sau sáp nhập, tỉnh mới có diện tích 4.718 km2 và dân số 3,6 triệu người.", "3,6 triệu", "count",
      "projected", "2025-04-20"),
    S("Sau sáp nhập, tỉnh mới có diện tích 4.718 km2 và dân số 3,6 triệu người.", "4.718 km2", "quantity",
      "projected", "2025-04-20"),
    S("Sau sáp nhập, tỉnh mới có diện tích 4.718 km2 và dân số 3,6 triệu người.", "3,6 triệu", "count",
      None, "2025-08-20"),
    S("Sau sáp nhập, xã mới đã bố trí 45 cán bộ làm việc tại trụ sở chính.", "45", "count", None, "2025-04-20"),
    S("Lệ phí cấp giấy phép xây dựng của tỉnh sau sáp nhập tỉnh mới nhất là 50.000 đồng.", "50.000 đồng", "money",
      None, None),
]
EXAMPLES += [
    # "không để (xảy ra) quá N": a cap someone imposes is a target; what was kept to is not
    # (session 13, from the blind status corpus; own text)
    S("UBND huyện yêu cầu không để quá 2 hồ sơ trễ hạn mỗi quý.", "quá 2", "count", "target"),
    S("Năm qua, huyện đã không để quá 5 vụ việc khiếu nại kéo dài.", "quá 5", "count", None),
]
EXAMPLES += [
    # a floor in the provisions of a law or decree in force, quoted, is a norm (FORMAT.md: a rule
    # in force is actual); a plan's floor stays a goal (session 13, from status samples; own text)
    S("Điều 98 Bộ luật Lao động 2019 quy định như sau:\n\n1. Người lao động làm thêm giờ được trả lương như sau:\n\n"
      "a) Vào ngày thường, ít nhất bằng 150%;\n\nb) Vào ngày nghỉ hằng tuần, ít nhất bằng 200%;", "200%", "percent", None,
      "2025-03-01"),
    S("Kế hoạch năm 2025 của Bộ quy định như sau:\n\na) Bảo đảm tối thiểu 80% hồ sơ được giải quyết trực tuyến;",
      "tối thiểu 80%", "percent", "target", "2025-03-01"),
]
_STAFFING_RULES = ("Việc thành lập phòng phải bảo đảm các tiêu chí sau:\n\n"
                   "- Được bố trí 01 Phó Trưởng phòng đối với phòng có dưới 10 biên chế công chức;\n\n"
                   "- Đối với phường thuộc thành phố có quy mô dân số đạt từ 45.000 người trở lên.")
EXAMPLES += [
    # a threshold that says which cases a provision covers ("đối với phòng có dưới 10 biên
    # chế", "trường hợp … từ 03 đơn vị trở lên") sets no level, whatever list it stands in; a
    # level the case must reach ("đạt từ 45.000 người trở lên") still does (session 13, status
    # samples; own text)
    S(_STAFFING_RULES, "dưới 10", "count", None),
    S(_STAFFING_RULES, "từ 45.000 người trở lên", "count", "target"),
]
EXAMPLES += [
    # a milestone named before its level is a target; a milestone reached is not (session 13)
    S("Mốc hoàn thành 60% khối lượng vào cuối quý III do huyện đề ra.", "60%", "percent", "target"),
    S("Đến nay, tỉnh đã vượt mốc 80% hồ sơ nộp trực tuyến.", "80%", "percent", None),
]
EXAMPLES += [
    # a bound a unit a restructuring forms must meet is a criterion, whatever its kind
    # (FORMAT.md's own "xã mới tối thiểu 50 km²"; session 13)
    S("Theo đề án, xã mới tối thiểu 50 km² và có quy mô dân số từ 8.000 người trở lên.", "tối thiểu 50 km²",
      "quantity", "target"),
    S("Sau sắp xếp, xã mới đã có trên 20.000 dân.", "trên 20.000", "count", None),
]
EXAMPLES += [
    # things named earlier and counted again ("2 phương pháp trên", "3 nhiệm vụ nêu trên") set
    # no level of their own (session 13, read in corpus_b25 after its first touch; own text)
    S("Đơn vị có các chỉ tiêu tài chính riêng thì được lựa chọn một trong 2 phương pháp trên để xác định quỹ lương.",
      "2", "count", None),
]
EXAMPLES += [
    # the schedule's own "theo quy định" is no quotation of the Labour Code (session 13, status
    # sample 2116; own text)
    S("Lịch nghỉ Tết Âm lịch 2027 chính thức\n\nCông chức được nghỉ 05 ngày theo quy định gồm 01 ngày trước Tết "
      "và 04 ngày sau Tết.\n", "04 ngày", "duration", "target", None),
]
EXAMPLES += [
    # a pay coefficient a decree not yet in force sets is one of its levels (session 13, status
    # sample 2116 and corpus_b19's gold; own text)
    S("Nghị định 10/2026/NĐ-CP quy định chế độ đối với chuyên gia cao cấp\n\nTheo Nghị định, chuyên gia được xếp "
      "lương vào bậc 1, hệ số lương 8,80 của Bảng lương chuyên gia cao cấp.\n\nNghị định 10/2026/NĐ-CP có hiệu lực "
      "thi hành từ ngày 15/6/2026.", "8,80", "quantity", "target", "2026-04-26"),
]
EXAMPLES += [
    # "dự kiến" closing the clause labels what it says as planned, as headlines write it
    # (session 14, read in corpus_b26 after its first touch and in corpus_b11; own text) …
    S("Danh sách 5 huyện sau sắp xếp năm 2026 dự kiến?", "5", "count", "projected"),
    S("Cán bộ thôn được hỗ trợ thêm 50% phụ cấp hằng tháng (dự kiến)", "50%", "percent", "projected"),
    # … not "như dự kiến" (as planned) or "so với dự kiến" (against the plan)
    S("Công trình đã hoàn thành 12 hạng mục như dự kiến.", "12", "count", None),
    S("Số thu ngân sách đạt 104% so với dự kiến.", "104%", "percent", None),
]
EXAMPLES += [
    # a bound a directive, a conclusion or a Party resolution lays down is a level it sets
    # (FORMAT.md: "directives that decide a number set targets"; session 14, read in
    # corpus_b26 after its first touch; own text) …
    S("Chỉ thị số 12-CT/TU về đại hội chi bộ nhiệm kỳ 2027-2029\n\nĐại hội chi bộ tổ chức không quá 1 ngày, "
      "hoàn thành trước ngày 30/4/2027.\n", "không quá 1 ngày", "duration", "target", "2026-12-01"),
    S("Kết luận của Ban Thường vụ Tỉnh ủy về công tác cán bộ\n\nMỗi đồng chí không kiêm nhiệm quá 2 chức danh "
      "lãnh đạo.\n", "quá 2", "count", "target", "2026-12-01"),
    S("Nghị quyết số 05-NQ/TU về chuyển đổi số\n\nCác sở tổ chức đào tạo không quá 20 lớp mỗi năm.\n",
      "không quá 20", "count", "target", "2026-12-01"),
    # (the floor word may stand before the span: "ít nhất từ …", "ít nhất trọn …")
    S("Cán bộ tái cử phải còn thời gian công tác ít nhất từ 36 tháng trở lên.", "từ 36 tháng trở lên",
      "duration", "target"),
    # … not a law's or a decree's time limit, nor a directive named in a news title
    S("Nghị định 30/2026/NĐ-CP về thủ tục đất đai\n\nThời hạn giải quyết không quá 10 ngày làm việc.\n",
      "không quá 10 ngày làm việc", "duration", None, "2026-12-01"),
    S("Huyện triển khai Chỉ thị 05 của Tỉnh ủy\n\nThời hạn giải quyết hồ sơ không quá 3 ngày làm việc.\n",
      "không quá 3 ngày làm việc", "duration", None, "2026-12-01"),
]
EXAMPLES += [
    # in a plan's list, a level its work must ensure is a criterion, no forecast (session 14,
    # read in corpus_b26 after its first touch; own text) …
    S("Quyết định 20/QĐ-UBND về Kế hoạch cải cách hành chính năm 2027 ra sao?\n\nCăn cứ tiểu mục 2 Mục II Kế hoạch "
      "ban hành kèm theo Quyết định 20/QĐ-UBND năm 2027 quy định về nhiệm vụ như sau:\n\n- Rà soát thủ tục hành "
      "chính.\n\n- Triển khai số hóa hồ sơ, đảm bảo 100% hồ sơ còn hiệu lực được số hóa.\n", "100%", "percent",
      "target", None),
    # … while what the plan will make stays projected
    S("Kế hoạch cải cách hành chính năm 2027 của Sở\n\nNhiệm vụ trọng tâm:\n\n- Xây dựng 3 phần mềm dùng chung "
      "cho các phòng.\n", "3", "count", None, "2026-12-01"),
]
EXAMPLES += [
    # the count of units the 2025 reorganisation makes, named with its year, in a text not
    # dated after it took effect, is its outcome to come (session 14, read in corpus_b26
    # after its first touch; own text) …
    S("Danh sách 5 tỉnh Tây Nguyên sau sáp nhập 2025 theo Nghị quyết 60?", "5", "count", "projected", "2025-05-01"),
    # … not a merger of an earlier year, nor in a text dated after 1 July 2025
    S("Danh sách 5 xã sau sáp nhập năm 2020 của huyện?", "5", "count", None, "2025-05-01"),
    S("Danh sách 5 tỉnh Tây Nguyên sau sáp nhập 2025 theo Nghị quyết 60?", "5", "count", None, "2025-09-01"),
]
EXAMPLES += [
    # the Labour Code quoted after one figure of a holiday schedule is that figure's source,
    # not the others' (session 14, read in corpus_b27 after its first touch; own text)
    S("Lịch nghỉ Tết Âm lịch 2028 chính thức\n\nKỳ nghỉ Tết kéo dài 8 ngày liên tục gồm 5 ngày nghỉ Tết theo quy "
      "định của Bộ luật Lao động và 3 ngày nghỉ cuối tuần.\n", "8 ngày", "duration", "target", "2027-11-20"),
    S("Lịch nghỉ Tết Âm lịch 2028 chính thức\n\nKỳ nghỉ Tết kéo dài 8 ngày liên tục gồm 5 ngày nghỉ Tết theo quy "
      "định của Bộ luật Lao động và 3 ngày nghỉ cuối tuần.\n", "5 ngày", "duration", None, "2027-11-20"),
    S("Lịch nghỉ Tết Âm lịch 2028 chính thức\n\nTheo Điều 112 Bộ luật Lao động, người lao động được nghỉ Tết "
      "Âm lịch 5 ngày.\n", "5 ngày", "duration", None, "2027-11-20"),
]
EXAMPLES += [
    # a share right after the figure it measures stands as that figure stands, whatever
    # heading it is under (session 14, read in corpus_b27 after its first touch; own text) …
    S("Phương án sắp xếp dự kiến\n\nTình hình nhân sự hiện có của các chi nhánh:\n\n- Cán bộ hợp đồng: 1.200 người, "
      "chiếm 40%;\n", "40%", "percent", None),
    # … and a share of a planned figure is planned with it
    S("Theo phương án, tỉnh dự kiến giảm 120 biên chế, tương ứng 10%.", "10%", "percent", "projected"),
]
EXAMPLES += [
    # a year required for a level is a target horizon (FORMAT.md: "yêu cầu trong năm 2025 100%
    # thủ tục …"); a day required is an assigned due date (session 14, the seeds' miss; own text)
    S("Quyết định yêu cầu phát triển đến năm 2027 mạng 5G phủ sóng toàn tỉnh.", "đến năm 2027", "deadline",
      "target"),
    S("Chủ tịch UBND tỉnh yêu cầu các sở hoàn thành trước ngày 30/6/2027.", "trước ngày 30/6/2027", "deadline",
      None),
]
EXAMPLES += [
    # the horizon of a vision is a goal's (session 14, corpus_b29 after its first touch; own text)
    S("Nghị quyết nêu tầm nhìn đến năm 2045, tỉnh thuộc nhóm dẫn đầu cả nước về chuyển đổi số.",
      "tầm nhìn đến năm 2045", "deadline", "target"),
]
EXAMPLES += [
    # a holiday schedule still at the stage of a proposal or an option agreed on is what it
    # would give (session 14, corpus_b29 after its first touch; own text)
    S("Lịch nghỉ Tết Âm lịch 2028\n\nBộ Nội vụ thống nhất với đề xuất của Bộ về việc nghỉ Tết Âm lịch 2028 "
      "8 ngày liên tiếp.\n", "8 ngày", "duration", "projected", "2027-10-01"),
]
EXAMPLES += [
    # what a plan equips, installs, opens or holds does not exist yet: its count is the
    # plan's outcome, not a set of things the plan is about (session 15, from the judged
    # object-rule misses of earlier batches; own text) …
    S("Năm tới, huyện dự kiến trang bị 45 máy tính cho bộ phận một cửa các xã.", "45", "count", "projected"),
    S("Trong quý III, Trung tâm sẽ tổ chức 4 lớp tập huấn kỹ năng số cho công chức.", "4", "count",
      "projected"),
    S("Theo lộ trình, Bộ sẽ xây dựng 3 bảng lương mới theo vị trí việc làm.", "3", "count", "projected"),
    # … while what it acts on exists already, and "tổ chức" makes only events
    S("- Khẩn trương trang bị 12 máy quét tài liệu cho bộ phận một cửa;", "12", "count", "target"),
    S("Trong quý III, Sở sẽ tổ chức lại 6 phòng chuyên môn.", "6", "count", None),
]
EXAMPLES += [
    # a request opening a later clause asks for what is still to come, whatever was done
    # before it in the sentence (session 15, a judged 'done' miss of fresh3; own text)
    S("Ngày 5/6, UBND tỉnh đã ban hành Công văn số 120/UBND-KSTT, đề nghị các sở bảo đảm 95% hồ sơ được "
      "số hóa.", "95%", "percent", "target"),
    S("Ngày 5/6, UBND tỉnh đã ban hành Công văn số 120/UBND-KSTT và đã số hóa 95% hồ sơ.", "95%", "percent",
      None),
]
EXAMPLES += [
    # the units and posts a decision quoted before its own entry into force counts are the
    # structure it sets, as its caps are (session 15, read in corpus_b32 after its first touch;
    # own text) …
    S("Quyết định quy định cơ cấu tổ chức của Cục Hải quan\n\nCục Hải quan có 9 đơn vị tại Trung ương. "
      "Chi cục Hải quan khu vực có không quá 12 phòng.\n\nQuyết định này có hiệu lực thi hành kể từ ngày 01 "
      "tháng 7 năm 2024.\n", "9", "count", "target"),
    # … not once in force
    S("Quyết định quy định cơ cấu tổ chức của Cục Hải quan\n\nCục Hải quan có 9 đơn vị tại Trung ương. "
      "Chi cục Hải quan khu vực có không quá 12 phòng.\n\nQuyết định này có hiệu lực thi hành kể từ ngày 01 "
      "tháng 3 năm 2024.\n", "9", "count", None),
]
EXAMPLES += [
    # a level to reach by the end of a period still running at publication is a milestone
    # (FORMAT.md's own "đến hết tháng 6 giải ngân đạt 40%" in a text of 11 June; session 15) …
    S("Đến hết tháng 6, tỷ lệ giải ngân vốn đầu tư công đạt 45%.", "45%", "percent", "target"),
    S("Đến hết năm 2024, tỷ lệ hồ sơ trực tuyến toàn trình đạt 80%.", "80%", "percent", "target"),
    # … not one reached, and not a bare "đến tháng 6" (the month now running)
    S("Đến hết tháng 5, tỉnh đã giải ngân đạt 38%.", "38%", "percent", None),
    S("Đến tháng 6, tỷ lệ giải ngân vốn đầu tư công đạt 45%.", "45%", "percent", None),
]
EXAMPLES += [
    # a gift or payment a beneficiary "sẽ được tặng / nhận / trả" is decided, no forecast
    # (session 15, corpus_b33 after its first touch; own text)
    S("Theo nghị quyết, mỗi hộ nghèo sẽ được tặng 500.000 đồng dịp Tết.", "500.000 đồng", "money", None),
    S("Theo dự báo, doanh thu du lịch sẽ đạt 500 tỷ đồng trong dịp Tết.", "500 tỷ đồng", "money", "projected"),
]
EXAMPLES += [
    # a window counted from now frames a plan's figures, no level of its own (session 15)
    S("Tỉnh dự kiến dành 800 tỷ đồng cho chuyển đổi số trong 5 năm tới.", "5 năm", "duration", None),
    S("Tỉnh dự kiến dành 800 tỷ đồng cho chuyển đổi số trong 5 năm tới.", "800 tỷ đồng", "money", "projected"),
]
EXAMPLES += [
    # the documents a plan drafts are what it is made of, no level it sets (session 15,
    # corpus_b32 after its first touch; own text)
    S("Nhằm bảo đảm thi hành Luật, Bộ sẽ xây dựng các văn bản hướng dẫn, bao gồm 04 Nghị định và 02 Thông tư.",
      "04", "count", None),
]
