"""Localities and districts (FORMAT.md), as Vietnamese administrative news writes it.

Written blind: a helper who saw FORMAT.md and TRAPS.md but no code, no gold text and no
corpus article invented these examples from the grammar and the genre (provinces in the sentence, title or lead, districts, communes, outlets, central bodies, rankings, regions, names of the time), one construction
per group, with negatives. Examples the library read wrong when they were added are kept
below as KNOWN_GAPS. tests/test_context_corpora.py runs them (published 2024-06-11 unless
the example says otherwise).
"""
from collections import namedtuple

L = namedtuple("L", "text quote kind locality district published")

EXAMPLES = [
    L('Năm 2024, tỉnh Tiền Giang tiếp nhận hơn 412.000 hồ sơ thủ tục hành chính, trong đó 45% được nộp trực tuyến.', '45%', 'percent', 'Tiền Giang', None, '2025-01-08'),
    L('Bắc Ninh hiện có 1.152 thủ tục hành chính được cung cấp dưới dạng dịch vụ công trực tuyến toàn trình.', '1.152', 'count', 'Bắc Ninh', None, '2024-05-20'),
    L('Đến hết tháng 9, thành phố Đà Nẵng đã giải ngân 6.820 tỷ đồng vốn đầu tư công, đạt 58,3% kế hoạch năm.', '6.820 tỷ đồng', 'money', 'Đà Nẵng', None, '2024-10-03'),
    L('Theo Sở Nội vụ TP.HCM, giai đoạn 2021-2024 thành phố đã tinh giản 1.045 biên chế công chức.', '1.045', 'count', 'Hồ Chí Minh', None, '2024-12-16'),
    L('UBND tỉnh Bà Rịa – Vũng Tàu cho biết, thời gian giải quyết thủ tục cấp giấy chứng nhận quyền sử dụng đất lần đầu đã được rút ngắn còn 10 ngày làm việc.', '10 ngày làm việc', 'duration', 'Bà Rịa - Vũng Tàu', None, '2024-07-22'),
    L('Long An xếp thứ 12/63 tỉnh, thành phố về Chỉ số chuyển đổi số năm 2023, tăng 9 bậc so với năm trước.', 'thứ 12/63', 'rank', 'Long An', None, '2024-08-06'),
    L('Ông Trần Minh Hùng, Giám đốc Sở Nội vụ tỉnh Sóc Trăng cho biết: “Đến nay, 100% cơ quan hành chính cấp tỉnh đã áp dụng hệ thống quản lý chất lượng theo tiêu chuẩn quốc gia.”', '100%', 'percent', 'Sóc Trăng', None, '2024-06-27'),
    L('Cần Thơ thu phí, lệ phí qua thanh toán trực tuyến bình quân 1,8 tỷ đồng mỗi tháng.', '1,8 tỷ đồng', 'money', 'Cần Thơ', None, '2024-11-05'),
    L('Tỉnh Bình Định đặt mục tiêu đến hết năm 2025, 80% hồ sơ thủ tục hành chính được số hóa và tái sử dụng.', 'năm 2025', 'deadline', 'Bình Định', None, '2024-04-15'),
    L('Trên địa bàn tỉnh Ninh Bình hiện có 1.350 hộ kinh doanh đã chuyển sang kê khai thuế điện tử.', '1.350', 'count', 'Ninh Bình', None, '2024-09-24'),
    L('Gần 92% người dân hài lòng với sự phục vụ của bộ phận một cửa cấp xã. Đó là kết quả khảo sát năm 2024 do tỉnh Hà Giang thực hiện.', '92%', 'percent', 'Hà Giang', None, '2025-02-17'),
    L('Thủ đô hiện có 579 đơn vị hành chính cấp xã; sau sắp xếp giai đoạn 2023-2025, con số này sẽ giảm còn 526.', '579', 'count', 'Hà Nội', None, '2024-10-28'),
    L('Tỷ lệ này của Hải Dương đạt 91%, chỉ đứng sau Hà Nội và Quảng Ninh trong khu vực.', '91%', 'percent', 'Hải Dương', None, '2024-11-19'),
    L('Tỷ lệ hồ sơ trực tuyến của Ninh Thuận đạt 58%, trong khi tỉnh láng giềng Bình Thuận là 71%.', '58%', 'percent', 'Ninh Thuận', None, '2024-10-22'),
    L('Tỷ lệ hồ sơ trực tuyến của Ninh Thuận đạt 58%, trong khi tỉnh láng giềng Bình Thuận là 71%.', '71%', 'percent', 'Bình Thuận', None, '2024-10-22'),
    L('Lạng Sơn: Hồ sơ trễ hạn giảm mạnh\nQuý I/2024, bộ phận một cửa các cấp đã tiếp nhận 52.340 hồ sơ, chỉ 0,4% bị trả kết quả muộn so với giấy hẹn.', '52.340', 'count', 'Lạng Sơn', None, '2024-04-09'),
    L('Lạng Sơn: Hồ sơ trễ hạn giảm mạnh\nQuý I/2024, bộ phận một cửa các cấp đã tiếp nhận 52.340 hồ sơ, chỉ 0,4% bị trả kết quả muộn so với giấy hẹn.', '0,4%', 'percent', 'Lạng Sơn', None, '2024-04-09'),
    L('Hậu Giang đẩy mạnh thanh toán phí, lệ phí trực tuyến\nSáu tháng đầu năm, số tiền người dân và doanh nghiệp nộp qua Cổng Dịch vụ công đạt 14,2 tỷ đồng, tăng gần gấp đôi so với cùng kỳ năm trước.', '14,2 tỷ đồng', 'money', 'Hậu Giang', None, '2024-07-12'),
    L('Phú Yên tinh gọn các phòng chuyên môn thuộc sở\nSau khi sắp xếp, số phòng chuyên môn thuộc các sở, ban, ngành giảm từ 96 xuống còn 64 phòng.', '64 phòng', 'count', 'Phú Yên', None, '2024-03-02'),
    L('Hơn 3.000 cán bộ TP.HCM được bồi dưỡng kỹ năng số\nKhóa bồi dưỡng kéo dài 5 ngày, tập trung vào khai thác cơ sở dữ liệu dân cư và xử lý hồ sơ điện tử.', '5 ngày', 'duration', 'Hồ Chí Minh', None, '2024-09-18'),
    L('Quảng Trị: Thu ngân sách 8 tháng ước đạt 2.950 tỷ đồng\nCon số này bằng 71% dự toán Hội đồng nhân dân tỉnh giao.', '71%', 'percent', 'Quảng Trị', None, '2024-09-05'),
    L('Số hóa sổ hộ tịch ở Hà Tĩnh: đã nhập hơn 2,1 triệu trang\nTheo Sở Tư pháp, toàn bộ sổ hộ tịch từ năm 1945 đến nay đang được đưa vào cơ sở dữ liệu, dự kiến hoàn thành trước tháng 12/2024.', 'tháng 12/2024', 'deadline', 'Hà Tĩnh', None, '2024-08-30'),
    L('Sáng 12/3, UBND tỉnh Nghệ An tổ chức hội nghị tổng kết công tác cải cách hành chính năm 2023.\nBáo cáo tại hội nghị cho biết, tỷ lệ hồ sơ trực tuyến toàn trình đạt 62,4%, vượt chỉ tiêu đề ra.', '62,4%', 'percent', 'Nghệ An', None, '2024-03-12'),
    L('Chiều 5/6, đoàn giám sát của Hội đồng nhân dân tỉnh Thái Bình làm việc với Sở Tài nguyên và Môi trường về công tác cấp giấy chứng nhận quyền sử dụng đất.\nTheo báo cáo, từ đầu năm đến nay, sở đã tiếp nhận hơn 18.600 hồ sơ.\nĐáng chú ý, vẫn còn 1.274 hồ sơ quá hạn, chủ yếu do vướng mắc về nguồn gốc đất.', '1.274', 'count', 'Thái Bình', None, '2024-06-06'),
    L('Huyện Long Thành (Đồng Nai) đã bàn giao 99,6% diện tích đất cho dự án Cảng hàng không quốc tế Long Thành.', '99,6%', 'percent', 'Đồng Nai', 'Long Thành', '2024-02-28'),
    L('Tại quận Phú Nhuận, TP.HCM, thời gian cấp giấy phép xây dựng nhà ở riêng lẻ đã được rút xuống còn 7 ngày làm việc.', '7 ngày làm việc', 'duration', 'Hồ Chí Minh', 'Phú Nhuận', '2024-05-14'),
    L('UBND huyện Bù Đốp, tỉnh Bình Phước vừa bàn giao 120 căn nhà đại đoàn kết cho các hộ nghèo.', '120 căn nhà', 'count', 'Bình Phước', 'Bù Đốp', '2024-01-19'),
    L('Thị xã Ninh Hòa, tỉnh Khánh Hòa có 98,2% hồ sơ cấp huyện được giải quyết đúng hạn trong năm 2023, cao nhất trong 9 huyện, thị xã, thành phố của tỉnh.', '98,2%', 'percent', 'Khánh Hòa', 'Ninh Hòa', '2024-01-25'),
    L('Huyện Năm Căn, tỉnh Cà Mau đã số hóa 35.400 hồ sơ hộ tịch lưu trữ từ năm 1975 đến nay.', '35.400', 'count', 'Cà Mau', 'Năm Căn', '2024-08-12'),
    L('Sau một năm triển khai, huyện Tháp Mười (Đồng Tháp) có 64% người dân từ 14 tuổi trở lên đã kích hoạt tài khoản định danh điện tử.', '64%', 'percent', 'Đồng Tháp', 'Tháp Mười', '2024-06-03'),
    L('Là quận trung tâm của Thủ đô Hà Nội, Hoàn Kiếm đã kết nối 1.460 camera giám sát với Trung tâm điều hành thông minh.', '1.460', 'count', 'Hà Nội', 'Hoàn Kiếm', '2024-10-15'),
    L('Quận Ô Môn (Cần Thơ) cấp đổi hơn 8.900 giấy chứng nhận quyền sử dụng đất\nĐây là kết quả sau 2 năm thực hiện đề án đo đạc, chỉnh lý bản đồ địa chính trên địa bàn quận.', '8.900', 'count', 'Cần Thơ', 'Ô Môn', '2024-11-22'),
    L('Quận Ô Môn (Cần Thơ) cấp đổi hơn 8.900 giấy chứng nhận quyền sử dụng đất\nĐây là kết quả sau 2 năm thực hiện đề án đo đạc, chỉnh lý bản đồ địa chính trên địa bàn quận.', '2 năm', 'duration', 'Cần Thơ', 'Ô Môn', '2024-11-22'),
    L('Huyện Ba Vì (Hà Nội) phấn đấu đến tháng 6/2025 hoàn thành số hóa toàn bộ sổ hộ tịch lưu trữ tại các xã, thị trấn.', 'tháng 6/2025', 'deadline', 'Hà Nội', 'Ba Vì', '2025-02-10'),
    L('Kết quả Bộ chỉ số đánh giá năng lực cạnh tranh cấp sở, ngành, địa phương (DDCI) năm 2023 của tỉnh Quảng Ninh cho thấy, huyện Vân Đồn xếp thứ 5/13.', 'thứ 5/13', 'rank', 'Quảng Ninh', 'Vân Đồn', '2024-04-18'),
    L('Huyện A Lưới (Thừa Thiên Huế) hiện có 86% hồ sơ cấp huyện được tiếp nhận qua môi trường mạng.', '86%', 'percent', 'Thừa Thiên Huế', 'A Lưới', '2024-09-10'),
    L('Năm nay, huyện A Lưới, thành phố Huế được giao 214 tỷ đồng vốn thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số.', '214 tỷ đồng', 'money', 'Huế', 'A Lưới', '2025-04-08'),
    L('Theo UBND tỉnh Bắc Ninh, tỷ lệ hồ sơ nộp trực tuyến ở cấp huyện cao nhất thuộc về Yên Phong (97%), Quế Võ (95%) và Tiên Du (93%).', '97%', 'percent', 'Bắc Ninh', 'Yên Phong', '2024-07-30'),
    L('Theo UBND tỉnh Bắc Ninh, tỷ lệ hồ sơ nộp trực tuyến ở cấp huyện cao nhất thuộc về Yên Phong (97%), Quế Võ (95%) và Tiên Du (93%).', '95%', 'percent', 'Bắc Ninh', 'Quế Võ', '2024-07-30'),
    L('Theo UBND tỉnh Bắc Ninh, tỷ lệ hồ sơ nộp trực tuyến ở cấp huyện cao nhất thuộc về Yên Phong (97%), Quế Võ (95%) và Tiên Du (93%).', '93%', 'percent', 'Bắc Ninh', 'Tiên Du', '2024-07-30'),
    L('Tỷ lệ hộ nghèo của Lai Châu năm 2024 giảm còn 24,9%. Một số huyện vẫn ở mức cao: Mường Tè 41,2%; Sìn Hồ 37,5%; Nậm Nhùn 35,8%.', '24,9%', 'percent', 'Lai Châu', None, '2025-01-15'),
    L('Tỷ lệ hộ nghèo của Lai Châu năm 2024 giảm còn 24,9%. Một số huyện vẫn ở mức cao: Mường Tè 41,2%; Sìn Hồ 37,5%; Nậm Nhùn 35,8%.', '41,2%', 'percent', 'Lai Châu', 'Mường Tè', '2025-01-15'),
    L('Tỷ lệ hộ nghèo của Lai Châu năm 2024 giảm còn 24,9%. Một số huyện vẫn ở mức cao: Mường Tè 41,2%; Sìn Hồ 37,5%; Nậm Nhùn 35,8%.', '37,5%', 'percent', 'Lai Châu', 'Sìn Hồ', '2025-01-15'),
    L('Lâm Đồng đẩy nhanh cấp giấy chứng nhận quyền sử dụng đất lần đầu\nRiêng Đức Trọng, từ đầu năm đến nay đã cấp 2.148 giấy chứng nhận, đạt 86% kế hoạch.', '2.148', 'count', 'Lâm Đồng', 'Đức Trọng', '2024-10-09'),
    L('Đắk Lắk hiện có 184 xã, phường, thị trấn. Tại Krông Pắc, 16/16 xã, thị trấn đã đưa bộ phận một cửa hiện đại vào vận hành.', '16/16', 'fraction', 'Đắk Lắk', 'Krông Pắc', '2024-04-23'),
    L('TP.HCM đẩy nhanh chi trả bồi thường dự án Vành đai 3\nĐến cuối tháng 5, Củ Chi đã chi trả 1.930 tỷ đồng cho các hộ dân bị ảnh hưởng, trong khi Hóc Môn mới đạt 64% kế hoạch.', '1.930 tỷ đồng', 'money', 'Hồ Chí Minh', 'Củ Chi', '2024-06-04'),
    L('TP.HCM đẩy nhanh chi trả bồi thường dự án Vành đai 3\nĐến cuối tháng 5, Củ Chi đã chi trả 1.930 tỷ đồng cho các hộ dân bị ảnh hưởng, trong khi Hóc Môn mới đạt 64% kế hoạch.', '64%', 'percent', 'Hồ Chí Minh', 'Hóc Môn', '2024-06-04'),
    L('Năm 2024, Quảng Bình tiếp tục đẩy mạnh phân cấp, ủy quyền trong giải quyết thủ tục hành chính.\nTỉnh đã ủy quyền cho cấp huyện giải quyết 87 thủ tục thuộc thẩm quyền của cấp tỉnh. Trong số đó, huyện Bố Trạch tiếp nhận nhiều hồ sơ nhất với 2.315 hồ sơ.', '2.315 hồ sơ', 'count', 'Quảng Bình', 'Bố Trạch', '2025-01-10'),
    L('Lộc Ninh sơ kết chương trình xây dựng nông thôn mới\nSáng 3/4, UBND huyện Lộc Ninh, tỉnh Bình Phước tổ chức hội nghị sơ kết giai đoạn 2021-2023.\nĐến nay, toàn huyện có 13/15 xã đạt chuẩn nông thôn mới; thu nhập bình quân đầu người đạt 62 triệu đồng/năm.', '13/15', 'fraction', 'Bình Phước', 'Lộc Ninh', '2024-04-03'),
    L('Lộc Ninh sơ kết chương trình xây dựng nông thôn mới\nSáng 3/4, UBND huyện Lộc Ninh, tỉnh Bình Phước tổ chức hội nghị sơ kết giai đoạn 2021-2023.\nĐến nay, toàn huyện có 13/15 xã đạt chuẩn nông thôn mới; thu nhập bình quân đầu người đạt 62 triệu đồng/năm.', '62 triệu đồng', 'money', 'Bình Phước', 'Lộc Ninh', '2024-04-03'),
    L('Hưng Yên: Văn Lâm hoàn thành số hóa kết quả giải quyết thủ tục hành chính\nSau chuyến học tập kinh nghiệm tại huyện Gia Lâm (Hà Nội), huyện Văn Lâm đã số hóa 100% kết quả giải quyết thủ tục hành chính còn hiệu lực.', '100%', 'percent', 'Hưng Yên', 'Văn Lâm', '2024-08-08'),
    L('Hội nghị được tổ chức tại thị xã Sa Pa. Theo báo cáo, năm 2024 toàn tỉnh Lào Cai đã tiếp nhận 286.000 hồ sơ, tăng 11% so với năm trước.', '286.000', 'count', 'Lào Cai', None, '2025-01-13'),
    L('Tiền Giang: Xã đầu tiên thu phí, lệ phí không dùng tiền mặt\nXã Phước Thạnh hiện có 82% giao dịch thu phí, lệ phí tại bộ phận một cửa được thực hiện qua chuyển khoản hoặc mã QR.', '82%', 'percent', 'Tiền Giang', None, '2024-09-26'),
    L('Phường Thạch Thang có 5.830 hộ gia đình đã đăng ký ví điện tử để nộp phí, lệ phí. Đây là một trong những phường đầu tiên của Đà Nẵng triển khai mô hình “phường không tiền mặt”.', '5.830', 'count', 'Đà Nẵng', None, '2024-08-19'),
    L('Xã Đông Thạnh, huyện Hóc Môn (TP.HCM) đã giải quyết 4.215 hồ sơ hành chính trong 9 tháng, không có hồ sơ trễ hạn.', '4.215', 'count', 'Hồ Chí Minh', 'Hóc Môn', '2024-10-07'),
    L('Bến Tre triển khai phong trào “Bình dân học vụ số” tại cơ sở\nTại xã Phú Túc (Châu Thành), tổ công nghệ số cộng đồng đã hướng dẫn 1.380 người dân cài đặt và sử dụng ứng dụng VNeID.', '1.380', 'count', 'Bến Tre', 'Châu Thành', '2025-04-14'),
    L('Ở xã Lũng Cú, nơi địa đầu cực Bắc của Tổ quốc, 100% trẻ em sinh ra trong năm được đăng ký khai sinh liên thông trực tuyến với cấp thẻ bảo hiểm y tế.', '100%', 'percent', 'Hà Giang', None, '2024-12-12'),
    L('Phường Bến Nghé tiếp nhận trung bình 150 hồ sơ mỗi ngày, chủ yếu là chứng thực bản sao và đăng ký hộ tịch.', '150', 'count', 'Hồ Chí Minh', None, '2024-03-21'),
    L('Huyện Côn Đảo vừa đưa hệ thống tiếp nhận hồ sơ trực tuyến tại cảng tàu vào vận hành, rút ngắn thời gian làm thủ tục cho hành khách ra đảo xuống còn 15 phút.', '15 phút', 'duration', 'Bà Rịa - Vũng Tàu', 'Côn Đảo', '2024-04-29'),
    L('Phường 7 đưa kiosk tra cứu hồ sơ vào hoạt động\nSau 3 tháng vận hành, kiosk đã phục vụ hơn 2.600 lượt tra cứu của người dân.\nNguồn: Báo Cà Mau', '2.600', 'count', 'Cà Mau', None, '2024-12-03'),
    L('Huyện Yên Thế rút ngắn thời gian cấp giấy phép xây dựng\nThời gian giải quyết hồ sơ cấp giấy phép xây dựng nhà ở riêng lẻ tại huyện nay còn 5 ngày làm việc, giảm 10 ngày so với quy định.\nNguồn: Báo Bắc Giang', '5 ngày làm việc', 'duration', 'Bắc Giang', 'Yên Thế', '2024-05-08'),
    L('Sở Tư pháp cấp gần 9.750 phiếu lý lịch tư pháp trong năm 2024\nTrong số đó, 68% phiếu được cấp theo đề nghị gửi qua ứng dụng VNeID.\nHoài Thu – Cổng Thông tin điện tử tỉnh Quảng Ngãi', '68%', 'percent', 'Quảng Ngãi', None, '2025-01-06'),
    L('(Báo Quảng Ninh) – Thị xã Quảng Yên đã thu hồi 312 ha đất để giải phóng mặt bằng cho các khu công nghiệp trong năm qua.', '312 ha', 'quantity', 'Quảng Ninh', 'Quảng Yên', '2024-06-19'),
    L('Thị xã Bình Minh đã chi trả 4,6 tỷ đồng trợ cấp cho người hoạt động không chuyên trách dôi dư sau sắp xếp đơn vị hành chính cấp xã.\n(Theo Báo Vĩnh Long)', '4,6 tỷ đồng', 'money', 'Vĩnh Long', 'Bình Minh', '2024-04-16'),
    L('Hội nghị trực tuyến toàn quốc tổng kết công tác nội vụ năm 2024\nSáng 8/1, Bộ Nội vụ tổ chức hội nghị trực tuyến tổng kết công tác năm 2024, kết nối tới điểm cầu các tỉnh, thành phố. Tại điểm cầu Thái Bình, đồng chí Phạm Văn Thành, Phó Chủ tịch UBND tỉnh, chủ trì.\nTheo báo cáo, trong năm qua cả nước đã tinh giản 12.430 biên chế hưởng lương từ ngân sách nhà nước. Bộ Nội vụ đã chủ trì xây dựng, trình ban hành 6 luật và 28 nghị định.\nNguồn: Báo Thái Bình', '12.430', 'count', 'national', None, '2025-01-08'),
    L('Hội nghị trực tuyến toàn quốc tổng kết công tác nội vụ năm 2024\nSáng 8/1, Bộ Nội vụ tổ chức hội nghị trực tuyến tổng kết công tác năm 2024, kết nối tới điểm cầu các tỉnh, thành phố. Tại điểm cầu Thái Bình, đồng chí Phạm Văn Thành, Phó Chủ tịch UBND tỉnh, chủ trì.\nTheo báo cáo, trong năm qua cả nước đã tinh giản 12.430 biên chế hưởng lương từ ngân sách nhà nước. Bộ Nội vụ đã chủ trì xây dựng, trình ban hành 6 luật và 28 nghị định.\nNguồn: Báo Thái Bình', '28 nghị định', 'count', 'national', None, '2025-01-08'),
    L('Chính phủ họp trực tuyến với các địa phương về giải ngân vốn đầu tư công\nTại điểm cầu Phú Thọ, đồng chí Nguyễn Thanh Hải, Phó Chủ tịch UBND tỉnh, dự họp. Theo báo cáo của Bộ Kế hoạch và Đầu tư, đến hết tháng 8, giải ngân vốn đầu tư công ước đạt 47,3% kế hoạch Thủ tướng giao.\nNguồn: Cổng TTĐT tỉnh Phú Thọ', '47,3%', 'percent', 'national', None, '2024-09-06'),
    L('Bộ Công an cho biết, đến nay cả nước đã cấp hơn 86 triệu thẻ căn cước công dân gắn chip; Hà Nội là địa phương đầu tiên hoàn thành cấp thẻ cho người từ đủ 14 tuổi trở lên.', '86 triệu', 'count', 'national', None, '2024-04-02'),
    L('Theo Văn phòng Chính phủ, Cổng Dịch vụ công quốc gia hiện cung cấp 4.466 dịch vụ công trực tuyến. Tại buổi làm việc với tỉnh Thanh Hóa, đại diện Văn phòng Chính phủ đề nghị địa phương tiếp tục rà soát, chuẩn hóa dữ liệu.', '4.466', 'count', 'national', None, '2024-07-04'),
    L('Năm 2024, Bộ Tư pháp đã cắt giảm, đơn giản hóa 56 thủ tục hành chính và 214 quy định kinh doanh thuộc phạm vi quản lý.', '56', 'count', 'national', None, '2025-01-09'),
    L('Trong năm 2023, Chính phủ đã ban hành 97 nghị định, nhiều văn bản tháo gỡ vướng mắc cho các dự án tại Khánh Hòa và Đà Nẵng.', '97 nghị định', 'count', 'national', None, '2024-01-05'),
    L('Phát biểu tại hội nghị tổ chức ở Quảng Ninh, Thứ trưởng Bộ Nội vụ cho biết cả nước hiện còn 10.035 đơn vị hành chính cấp xã sau hai đợt sắp xếp.', '10.035', 'count', 'national', None, '2024-12-26'),
    L('Theo báo cáo của Bộ Thông tin và Truyền thông, tỷ lệ dân số trưởng thành có điện thoại thông minh trên toàn quốc đạt 84,5%.', '84,5%', 'percent', 'national', None, '2024-07-25'),
    L('Theo Bộ Công an, riêng TP.HCM đã cấp hơn 8,2 triệu thẻ căn cước, nhiều nhất cả nước.', '8,2 triệu', 'count', 'Hồ Chí Minh', None, '2024-04-02'),
    L('Bộ Tài chính cho biết, đến ngày 30/9, Hà Giang mới giải ngân được 38,5% kế hoạch vốn đầu tư công, thuộc nhóm thấp nhất cả nước.', '38,5%', 'percent', 'Hà Giang', None, '2024-10-11'),
    L('Tỷ lệ thanh toán trực tuyến của Hà Nam đạt 52%, cao hơn mức bình quân cả nước là 38%.', '52%', 'percent', 'Hà Nam', None, '2024-08-27'),
    L('Tỷ lệ thanh toán trực tuyến của Hà Nam đạt 52%, cao hơn mức bình quân cả nước là 38%.', '38%', 'percent', 'national', None, '2024-08-27'),
    L('Theo Bộ Kế hoạch và Đầu tư, trong 11 tháng năm 2024 cả nước có 211.000 doanh nghiệp gia nhập thị trường, riêng vùng Đông Nam Bộ chiếm 40%.', '211.000', 'count', 'national', None, '2024-12-01'),
    L('Theo Bộ Kế hoạch và Đầu tư, trong 11 tháng năm 2024 cả nước có 211.000 doanh nghiệp gia nhập thị trường, riêng vùng Đông Nam Bộ chiếm 40%.', '40%', 'percent', None, None, '2024-12-01'),
    L('Thủ tướng Chính phủ đã giao kế hoạch vốn đầu tư công năm 2025 cho tỉnh Long An là 6.512 tỷ đồng, tăng 14% so với năm 2024.', '6.512 tỷ đồng', 'money', 'Long An', None, '2024-12-24'),
    L('Thủ tướng vừa giao 657.000 tỷ đồng kế hoạch vốn đầu tư công năm 2024 cho các bộ, ngành, địa phương; trong đó Hà Nội là địa phương được giao nhiều nhất.', '657.000 tỷ đồng', 'money', 'national', None, '2024-01-03'),
    L('Công bố Chỉ số hài lòng về sự phục vụ hành chính năm 2023\nSáng 5/4, Bộ Nội vụ công bố Chỉ số SIPAS 2023, được đo lường qua 5 nhóm chỉ số thành phần với hơn 36.000 phiếu khảo sát phát ra tại 63 tỉnh, thành phố.\nKết quả cho thấy, SIPAS 2023 của cả nước đạt 82,66%, tăng so với năm 2022. Có 20 địa phương đạt trên 85%.\nDẫn đầu bảng xếp hạng là Quảng Ninh với 89,11%, năm thứ ba liên tiếp giữ ngôi đầu.\nHải Phòng đứng thứ hai, đạt 88,67%; thành phố cũng là địa phương tăng điểm nhiều nhất trong nhóm đầu.\nỞ chiều ngược lại, Kon Tum có chỉ số thấp nhất, chỉ đạt 76,24%.', '5 nhóm chỉ số', 'count', 'national', None, '2024-04-05'),
    L('Công bố Chỉ số hài lòng về sự phục vụ hành chính năm 2023\nSáng 5/4, Bộ Nội vụ công bố Chỉ số SIPAS 2023, được đo lường qua 5 nhóm chỉ số thành phần với hơn 36.000 phiếu khảo sát phát ra tại 63 tỉnh, thành phố.\nKết quả cho thấy, SIPAS 2023 của cả nước đạt 82,66%, tăng so với năm 2022. Có 20 địa phương đạt trên 85%.\nDẫn đầu bảng xếp hạng là Quảng Ninh với 89,11%, năm thứ ba liên tiếp giữ ngôi đầu.\nHải Phòng đứng thứ hai, đạt 88,67%; thành phố cũng là địa phương tăng điểm nhiều nhất trong nhóm đầu.\nỞ chiều ngược lại, Kon Tum có chỉ số thấp nhất, chỉ đạt 76,24%.', '82,66%', 'percent', 'national', None, '2024-04-05'),
    L('Công bố Chỉ số hài lòng về sự phục vụ hành chính năm 2023\nSáng 5/4, Bộ Nội vụ công bố Chỉ số SIPAS 2023, được đo lường qua 5 nhóm chỉ số thành phần với hơn 36.000 phiếu khảo sát phát ra tại 63 tỉnh, thành phố.\nKết quả cho thấy, SIPAS 2023 của cả nước đạt 82,66%, tăng so với năm 2022. Có 20 địa phương đạt trên 85%.\nDẫn đầu bảng xếp hạng là Quảng Ninh với 89,11%, năm thứ ba liên tiếp giữ ngôi đầu.\nHải Phòng đứng thứ hai, đạt 88,67%; thành phố cũng là địa phương tăng điểm nhiều nhất trong nhóm đầu.\nỞ chiều ngược lại, Kon Tum có chỉ số thấp nhất, chỉ đạt 76,24%.', '20 địa phương', 'count', 'national', None, '2024-04-05'),
    L('Công bố Chỉ số hài lòng về sự phục vụ hành chính năm 2023\nSáng 5/4, Bộ Nội vụ công bố Chỉ số SIPAS 2023, được đo lường qua 5 nhóm chỉ số thành phần với hơn 36.000 phiếu khảo sát phát ra tại 63 tỉnh, thành phố.\nKết quả cho thấy, SIPAS 2023 của cả nước đạt 82,66%, tăng so với năm 2022. Có 20 địa phương đạt trên 85%.\nDẫn đầu bảng xếp hạng là Quảng Ninh với 89,11%, năm thứ ba liên tiếp giữ ngôi đầu.\nHải Phòng đứng thứ hai, đạt 88,67%; thành phố cũng là địa phương tăng điểm nhiều nhất trong nhóm đầu.\nỞ chiều ngược lại, Kon Tum có chỉ số thấp nhất, chỉ đạt 76,24%.', '89,11%', 'percent', 'Quảng Ninh', None, '2024-04-05'),
    L('Công bố Chỉ số hài lòng về sự phục vụ hành chính năm 2023\nSáng 5/4, Bộ Nội vụ công bố Chỉ số SIPAS 2023, được đo lường qua 5 nhóm chỉ số thành phần với hơn 36.000 phiếu khảo sát phát ra tại 63 tỉnh, thành phố.\nKết quả cho thấy, SIPAS 2023 của cả nước đạt 82,66%, tăng so với năm 2022. Có 20 địa phương đạt trên 85%.\nDẫn đầu bảng xếp hạng là Quảng Ninh với 89,11%, năm thứ ba liên tiếp giữ ngôi đầu.\nHải Phòng đứng thứ hai, đạt 88,67%; thành phố cũng là địa phương tăng điểm nhiều nhất trong nhóm đầu.\nỞ chiều ngược lại, Kon Tum có chỉ số thấp nhất, chỉ đạt 76,24%.', 'thứ hai', 'rank', 'Hải Phòng', None, '2024-04-05'),
    L('Công bố Chỉ số hài lòng về sự phục vụ hành chính năm 2023\nSáng 5/4, Bộ Nội vụ công bố Chỉ số SIPAS 2023, được đo lường qua 5 nhóm chỉ số thành phần với hơn 36.000 phiếu khảo sát phát ra tại 63 tỉnh, thành phố.\nKết quả cho thấy, SIPAS 2023 của cả nước đạt 82,66%, tăng so với năm 2022. Có 20 địa phương đạt trên 85%.\nDẫn đầu bảng xếp hạng là Quảng Ninh với 89,11%, năm thứ ba liên tiếp giữ ngôi đầu.\nHải Phòng đứng thứ hai, đạt 88,67%; thành phố cũng là địa phương tăng điểm nhiều nhất trong nhóm đầu.\nỞ chiều ngược lại, Kon Tum có chỉ số thấp nhất, chỉ đạt 76,24%.', '88,67%', 'percent', 'Hải Phòng', None, '2024-04-05'),
    L('Công bố Chỉ số hài lòng về sự phục vụ hành chính năm 2023\nSáng 5/4, Bộ Nội vụ công bố Chỉ số SIPAS 2023, được đo lường qua 5 nhóm chỉ số thành phần với hơn 36.000 phiếu khảo sát phát ra tại 63 tỉnh, thành phố.\nKết quả cho thấy, SIPAS 2023 của cả nước đạt 82,66%, tăng so với năm 2022. Có 20 địa phương đạt trên 85%.\nDẫn đầu bảng xếp hạng là Quảng Ninh với 89,11%, năm thứ ba liên tiếp giữ ngôi đầu.\nHải Phòng đứng thứ hai, đạt 88,67%; thành phố cũng là địa phương tăng điểm nhiều nhất trong nhóm đầu.\nỞ chiều ngược lại, Kon Tum có chỉ số thấp nhất, chỉ đạt 76,24%.', '76,24%', 'percent', 'Kon Tum', None, '2024-04-05'),
    L('PAR INDEX 2023: Những gương mặt tăng bậc ấn tượng\nBình Phước là bất ngờ lớn nhất của bảng xếp hạng năm nay. Từ nhóm cuối năm 2022, tỉnh vươn lên xếp thứ 17/63.\nTại Đồng Tháp, điểm chỉ số thành phần cải cách thủ tục hành chính đạt 93,4%, mức cao nhất từ trước đến nay của tỉnh.\nTrong khi đó, Sóc Trăng tụt xuống thứ 40, giảm 9 bậc so với năm trước.', 'thứ 17/63', 'rank', 'Bình Phước', None, '2024-04-06'),
    L('PAR INDEX 2023: Những gương mặt tăng bậc ấn tượng\nBình Phước là bất ngờ lớn nhất của bảng xếp hạng năm nay. Từ nhóm cuối năm 2022, tỉnh vươn lên xếp thứ 17/63.\nTại Đồng Tháp, điểm chỉ số thành phần cải cách thủ tục hành chính đạt 93,4%, mức cao nhất từ trước đến nay của tỉnh.\nTrong khi đó, Sóc Trăng tụt xuống thứ 40, giảm 9 bậc so với năm trước.', '93,4%', 'percent', 'Đồng Tháp', None, '2024-04-06'),
    L('PAR INDEX 2023: Những gương mặt tăng bậc ấn tượng\nBình Phước là bất ngờ lớn nhất của bảng xếp hạng năm nay. Từ nhóm cuối năm 2022, tỉnh vươn lên xếp thứ 17/63.\nTại Đồng Tháp, điểm chỉ số thành phần cải cách thủ tục hành chính đạt 93,4%, mức cao nhất từ trước đến nay của tỉnh.\nTrong khi đó, Sóc Trăng tụt xuống thứ 40, giảm 9 bậc so với năm trước.', 'thứ 40', 'rank', 'Sóc Trăng', None, '2024-04-06'),
    L('Nhiều địa phương Nam Trung Bộ giải ngân vốn đầu tư công dưới mức bình quân\nTheo số liệu Bộ Kế hoạch và Đầu tư vừa công bố, tỷ lệ giải ngân đến ngày 30/6 của một số địa phương như sau:\n– Quảng Ngãi: 41,2%\n– Bình Định: 38,7%\n– Phú Yên: 29,5%', '41,2%', 'percent', 'Quảng Ngãi', None, '2024-07-09'),
    L('Nhiều địa phương Nam Trung Bộ giải ngân vốn đầu tư công dưới mức bình quân\nTheo số liệu Bộ Kế hoạch và Đầu tư vừa công bố, tỷ lệ giải ngân đến ngày 30/6 của một số địa phương như sau:\n– Quảng Ngãi: 41,2%\n– Bình Định: 38,7%\n– Phú Yên: 29,5%', '29,5%', 'percent', 'Phú Yên', None, '2024-07-09'),
    L('Các tỉnh vùng Đồng bằng sông Cửu Long có tỷ lệ hồ sơ trực tuyến bình quân đạt 47,3%, thấp hơn nhiều so với vùng Đồng bằng sông Hồng.', '47,3%', 'percent', None, None, '2024-09-12'),
    L('Tây Nguyên hiện còn 312 xã chưa có điểm hỗ trợ người dân thực hiện dịch vụ công trực tuyến.', '312 xã', 'count', None, None, '2024-05-06'),
    L('Ba địa phương Quảng Ninh, Hải Phòng và Đà Nẵng đều có tỷ lệ giải quyết hồ sơ đúng hạn trên 99%.', '99%', 'percent', None, None, '2024-02-14'),
    L('Hà Nội và TP.HCM chiếm gần 60% số doanh nghiệp thành lập mới trong quý I.', '60%', 'percent', None, None, '2024-04-01'),
    L('Hai tỉnh Hà Giang và Cao Bằng đã hoàn thành xóa 3.850 căn nhà tạm, nhà dột nát trước thời hạn.', '3.850', 'count', None, None, '2025-06-20'),
    L('Bình quân tỷ lệ xã có bộ phận một cửa hiện đại tại các tỉnh trung du và miền núi phía Bắc mới đạt 72,5%.', '72,5%', 'percent', None, None, '2024-11-27'),
    L('Năm 2024, Thừa Thiên Huế có 97,8% hồ sơ thủ tục hành chính được giải quyết đúng và trước hạn, tiếp tục nằm trong nhóm dẫn đầu cả nước.', '97,8%', 'percent', 'Thừa Thiên Huế', None, '2024-12-20'),
    L('Từ ngày 1/1/2025, Thừa Thiên Huế chính thức trở thành thành phố trực thuộc trung ương. Thành phố có 9 đơn vị hành chính cấp huyện, gồm 2 quận, 3 thị xã và 4 huyện.', '9 đơn vị hành chính cấp huyện', 'count', 'Huế', None, '2025-01-02'),
    L('Năm 2025, thành phố Huế phấn đấu cung cấp trực tuyến toàn trình toàn bộ thủ tục hành chính đủ điều kiện. Hiện tỷ lệ này đạt 87%.', '87%', 'percent', 'Huế', None, '2025-03-04'),
    L('Phường Vũng Tàu (TP.HCM) tiếp nhận 1.250 hồ sơ trong tuần đầu vận hành chính quyền địa phương hai cấp.', '1.250', 'count', 'Hồ Chí Minh', None, '2025-07-09'),
    L('Chủ tịch UBND phường Thủ Dầu Một, TP.HCM cho biết, sau một tháng vận hành, trung tâm phục vụ hành chính công của phường đã giải quyết 96% hồ sơ trước hạn.', '96%', 'percent', 'Hồ Chí Minh', None, '2025-08-04'),
    L('Sau sắp xếp, TP.HCM có 168 đơn vị hành chính cấp xã, gồm 113 phường, 54 xã và 1 đặc khu.', '168', 'count', 'Hồ Chí Minh', None, '2025-07-02'),
    L('Thành phố Hải Phòng sau hợp nhất với tỉnh Hải Dương có diện tích hơn 3.194 km² và quy mô dân số trên 4,6 triệu người.', '3.194 km²', 'quantity', 'Hải Phòng', None, '2025-07-10'),
    L('Năm 2024, Bình Dương có 98,9% hồ sơ thủ tục hành chính được giải quyết đúng hạn.', '98,9%', 'percent', 'Bình Dương', None, '2024-12-30'),
    L('Kon Tum đã bàn giao 95% mặt bằng cho dự án nâng cấp đường Hồ Chí Minh đoạn qua địa bàn tỉnh.', '95%', 'percent', 'Kon Tum', None, '2024-11-11'),
    L('Sau 8 năm thực hiện Chỉ thị 05-CT/TW về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh, tỉnh Vĩnh Long đã biểu dương 1.124 tập thể, cá nhân điển hình.', '1.124', 'count', 'Vĩnh Long', None, '2024-05-16'),
    L('Sở Giao thông vận tải TP.HCM đã hoàn thành giải phóng mặt bằng 92% diện tích phục vụ dự án nút giao Xa lộ Hà Nội.', '92%', 'percent', 'Hồ Chí Minh', None, '2024-07-17'),
    L('Chị Nguyễn Thị Lan, công chức bộ phận một cửa của một phường, cho biết mỗi ngày chị tiếp nhận khoảng 40 hồ sơ, cao điểm lên tới 70 hồ sơ.', '40', 'count', None, None, '2024-06-12'),
    L('UBND xã Tân Hiệp vừa đưa trụ sở bộ phận một cửa mới vào sử dụng với 6 quầy tiếp nhận và trả kết quả.', '6 quầy', 'count', None, None, '2024-03-08'),
]

# What the library does not read right yet (strict xfail: move an example up when it passes).
KNOWN_GAPS = [
    L('Năm 2024, Quảng Bình tiếp tục đẩy mạnh phân cấp, ủy quyền trong giải quyết thủ tục hành chính.\nTỉnh đã ủy quyền cho cấp huyện giải quyết 87 thủ tục thuộc thẩm quyền của cấp tỉnh. Trong số đó, huyện Bố Trạch tiếp nhận nhiều hồ sơ nhất với 2.315 hồ sơ.', '87 thủ tục', 'count', 'Quảng Bình', None, '2025-01-10'),
    L('Thị xã Ninh Hòa, tỉnh Khánh Hòa có 98,2% hồ sơ cấp huyện được giải quyết đúng hạn trong năm 2023, cao nhất trong 9 huyện, thị xã, thành phố của tỉnh.', '9 huyện, thị xã, thành phố', 'count', 'Khánh Hòa', None, '2024-01-25'),
    L('Đắk Lắk hiện có 184 xã, phường, thị trấn. Tại Krông Pắc, 16/16 xã, thị trấn đã đưa bộ phận một cửa hiện đại vào vận hành.', '184', 'count', 'Đắk Lắk', None, '2024-04-23'),
    L('Hà Nội được bổ sung vốn cho dự án Vành đai 4\nTại quyết định vừa ký, Thủ tướng giao cho thành phố 8.700 tỷ đồng từ nguồn ngân sách trung ương để đẩy nhanh giải phóng mặt bằng.', '8.700 tỷ đồng', 'money', 'Hà Nội', None, '2024-05-29'),
    L('Tỉnh Đồng Tháp (mới) được hình thành trên cơ sở hợp nhất tỉnh Tiền Giang và tỉnh Đồng Tháp, có 102 đơn vị hành chính cấp xã; trung tâm hành chính đặt tại Tiền Giang cũ.', '102', 'count', 'Đồng Tháp', None, '2025-07-03'),
    L('Học tập mô hình của Đà Nẵng, tỉnh Quảng Nam đã đưa Trung tâm giám sát, điều hành thông minh vào vận hành với 27 dịch vụ.', '27 dịch vụ', 'count', 'Quảng Nam', None, '2024-03-15'),
    L('Tỉnh Thái Nguyên ký thỏa thuận hợp tác với Đại học Quốc gia Hà Nội, theo đó sẽ đào tạo 150 cán bộ, công chức về chuyển đổi số.', '150 cán bộ', 'count', 'Thái Nguyên', None, '2024-09-09'),
    L('Huyện Châu Thành đã cấp miễn phí 1.530 chữ ký số cho người dân trong quý III.', '1.530', 'count', None, 'Châu Thành', '2024-10-02'),
]

# Rules added late in session 3 (own sentences)
EXAMPLES += [
    # a text explaining national law: what it lays down is national
    L("Chậm đăng ký khai sinh bị xử lý thế nào?\n\nTheo Nghị định 82/2020/NĐ-CP, người vi phạm bị phạt "
      "tiền từ 200.000 đồng đến 400.000 đồng.", "200.000 đồng", "money", "national", None, None),
    L("Sở Nội vụ tỉnh Nam Định hướng dẫn tuyển dụng\n\nLuật Cán bộ, công chức quy định thời gian tập sự "
      "là 12 tháng.", "12 tháng", "duration", "national", None, "2024-06-11"),
    # a central body that only acts on the figure is not its place
    L("Kế hoạch giải ngân năm 2024 của tỉnh Bến Tre được Chính phủ giao là 4.200 tỷ đồng.", "4.200 tỷ đồng",
      "money", "Bến Tre", None, "2024-06-11"),
    # a group of provinces named by number: none of them
    L("Trong đợt này, 7 tỉnh, thành phố cắt giảm 45 đầu mối cấp phòng.", "45", "count", None, None,
      "2024-06-11"),
]

# Rules added in session 4 after reading blind batch 7 (own sentences)
EXAMPLES += [
    # a central body that only speaks reports what the article's place holds
    L("Mở rộng sân bay Chu Lai\n\nUBND tỉnh Quảng Nam đề xuất mở rộng sân bay Chu Lai. Về việc này, "
      "Bộ Xây dựng cho biết sân bay được quy hoạch đạt 5 triệu hành khách/năm.", "5 triệu", "count",
      "Quảng Nam", None, "2024-06-11"),
    # "Ngân hàng Thế giới" is a lender, no place abroad
    L("Lãnh đạo tỉnh làm việc với Ngân hàng Thế giới\n\nUBND tỉnh Phú Yên cho biết dự án kè biển có "
      "tổng vốn 900 tỷ đồng. Dự án dài 12 km.", "12 km", "quantity", "Phú Yên", None, "2024-06-11"),
]
EXAMPLES += [
    # a national law cited after the figure, in its clause
    L("Hà Nội rà soát quy hoạch\n\nCác tỉnh phải phân kỳ quy hoạch cho từng kỳ kế hoạch 05 năm theo quy định tại "
      "khoản 2 Điều 65 Luật Đất đai 2024.", "05 năm", "duration", "national", None, "2024-06-11"),
]
EXAMPLES += [
    # the district the article is about: in its lead (after any "Nguồn:"/"Ngày:" lines), and
    # named far more than any other
    L("Nhà máy gạch làm việc xuyên Tết\nNguồn: báo tỉnh\nNgày: 2024-02-10\n\nTại cụm công nghiệp Bình Nghi "
      "(Tây Sơn), nhà máy gạch vẫn chạy liên tục những ngày đầu xuân.\nNhà máy ở huyện Tây Sơn có 300 công nhân; "
      "huyện Tây Sơn hỗ trợ nhà ở cho họ, còn huyện An Lão gửi thêm lao động.\nCông ty trả 200% lương ngày công.\n",
      "200%", "percent", "Bình Định", "Tây Sơn", "2024-06-11"),
]
EXAMPLES += [
    # an old province's name marked "cũ" in a text after the 2025 merger: the province of the time
    L("Lệ phí trên địa bàn tỉnh Phú Yên (cũ) là 15.000 đồng/lần.", "15.000 đồng", "money", "Đắk Lắk", None,
      "2025-11-20"),
    # a table's caption opens no new scope under a subheading with a place
    L("Lệ phí các tỉnh\n\n*Lệ phí tỉnh Gia Lai*\n\n*Đơn vị tính: đồng*\n\n1 | Cấp mới | 70.000 |\n",
      "70.000", "money", "Gia Lai", None, "2025-11-20"),
]

# Added in session 6 after reading blind batch 14 (own sentences)
_UNNAMED = ("Hỗ trợ thêm cán bộ nghỉ việc khi sắp xếp bộ máy\n\n"
            "Theo Nghị quyết của HĐND tỉnh, ")
EXAMPLES += [
    # a figure the sentence gives to a province it does not name: no province, not the country
    L(_UNNAMED + "cán bộ nghỉ việc được hưởng chính sách hỗ trợ thêm của tỉnh bằng 25% mức trợ cấp "
      "theo Nghị định số 178/2024/NĐ-CP.", "25%", "percent", None, None, "2025-03-01"),
    L(_UNNAMED + "ngân sách tỉnh chi thêm 12 tỷ đồng cho chính sách này theo Nghị định số 178/2024/NĐ-CP.",
      "12 tỷ đồng", "money", None, None, "2025-03-01"),
    # … while a text explaining a national decree states what holds country-wide
    L("Chính sách nghỉ việc khi sắp xếp bộ máy\n\nCán bộ nghỉ việc được trợ cấp bằng 0,8 tháng lương "
      "theo Nghị định số 178/2024/NĐ-CP.", "0,8 tháng", "duration", "national", None, "2025-03-01"),
]
EXAMPLES += [
    # the provisions of a national document quoted "… như sau:" are the country's, whatever
    # province the article is about …
    L("Cuộc thi tìm hiểu Nghị quyết 57-NQ/TW của tỉnh Hà Giang\n\nTỉnh Hà Giang tổ chức cuộc thi trực tuyến.\n\n"
      "Mục tiêu được quy định tại Mục II Nghị quyết 57-NQ/TW năm 2024, cụ thể như sau:\n\n"
      "**(1) Đến năm 2030**\n\nTối thiểu có 5 doanh nghiệp công nghệ số ngang tầm các nước tiên tiến.\n",
      "5 doanh nghiệp", "count", "national", None, "2025-10-01"),
]
EXAMPLES += [
    # a set that only the country has is counted for the country, however small, even in an
    # article that walks through provinces …
    L("## Mức phí của 6 thành phố trực thuộc trung ương\n\n**1. Đà Nẵng**\n\nPhí thẩm định là 50.000 đồng/hồ sơ.",
      "6 thành phố", "count", "national", None, "2025-12-01"),
    # … while cities of one province are that province's
    L("Sau sắp xếp, tỉnh Nghệ An có 2 thành phố và 17 huyện.", "2 thành phố", "count", "Nghệ An", None, "2024-12-01"),
]
EXAMPLES += [
    # two provinces named in one item of a ";" list are that item's scope, not the next one's
    L("Điều kiện thành lập phòng theo Nghị định 35/2022/NĐ-CP\n\n- Bố trí tối thiểu 07 biên chế công chức đối "
      "với phòng của thành phố Hà Nội và thành phố Hồ Chí Minh; tối thiểu 06 biên chế công chức đối với phòng "
      "của cấp tỉnh loại I.", "06 biên chế", "count", "national", None, "2025-06-01"),
]
EXAMPLES += [
    # a company named after its founder ends with a place name: no place (session 9) …
    L("Tổng giám đốc Công ty Quốc Cường Gia Lai bị tạm giam; công ty phải trả 2.883 tỷ đồng theo bản án.",
      "2.883 tỷ đồng", "money", None, None, "2024-07-21"),
    # … while a town named before its province is a place ("Gia Nghĩa Đắk Nông")
    L("Nộp hồ sơ xin cấp lại sổ đỏ đất Gia Nghĩa Đắk Nông: thời gian niêm yết là 15 ngày.",
      "15 ngày", "duration", "Đắk Nông", None, "2024-07-21"),
]
EXAMPLES += [
    # a criterion measured against a national standard ("… tương ứng quy định tại Nghị quyết
    # 1211/2016/UBTVQH13") is national, and "đạt từ … trở lên" is its bound, nothing reported
    # (session 9)
    L("Đề án sắp xếp xã của tỉnh Bình Dương\n\n- Xã hình thành sau sắp xếp có quy mô dân số đạt từ 200% trở lên "
      "tiêu chuẩn của xã tương ứng quy định tại Nghị quyết 1211/2016/UBTVQH13.", "từ 200% trở lên", "percent",
      "national", None, "2025-04-01"),
]
EXAMPLES += [
    # a commune the data knows in one province only, in a text that names other provinces and
    # never that one, is the same name elsewhere: the text's own places decide (session 10,
    # locality sample 2090: "xã Mỹ Hà" of Lạng Giang, Bắc Giang, is only in Nam Định's data)
    L("Sắp xếp đơn vị hành chính cấp xã của tỉnh Bắc Giang\n\nSắp xếp các xã thuộc huyện Lạng Giang:\n\nNhập "
      "toàn bộ quy mô dân số là 7.100 người của xã Mỹ Hà vào xã Tiên Lục.", "7.100", "count", "Bắc Giang",
      "Lạng Giang", "2024-10-08"),
]
EXAMPLES += [
    # the provisions of a national document quoted after "Căn cứ tại Điều … Nghị quyết …
    # quy định …, cụ thể như sau:" are national, whatever province the page is about
    # (session 11, corpus_b4)
    L("Danh sách xã phường của Bình Dương sau sắp xếp\n\nBình Dương có 36 xã, phường sau sắp xếp.\n\n"
      "Căn cứ tại Điều 3 Nghị quyết 35/2023/UBTVQH15 quy định về tiêu chuẩn của đơn vị hành chính, cụ thể như sau:\n\n"
      "- Phường thuộc tỉnh có quy mô dân số đạt từ 21.000 người trở lên;", "từ 21.000 người trở lên",
      "count", "national", None, "2025-05-01"),
]
EXAMPLES += [
    # where the reader who asked a legal question lives is no place the answer is about
    # (session 12, locality sample 2105)
    L("Người dân có phải đổi giấy phép lái xe khi chuyển nơi cư trú không? - Câu hỏi của anh T.K (Nghệ An).\n\n"
      "Theo Luật Trật tự, an toàn giao thông đường bộ, giấy phép lái xe hạng B có thời hạn 10 năm kể từ ngày cấp.", "10 năm", "duration",
      "national", None, None),
]
EXAMPLES += [
    # a ministry's decision is a national document: its time limits quoted in a provincial
    # page are national (session 12, locality sample 2105)
    L("Lệ phí cấp sổ đỏ của tỉnh Quảng Bình\n\nNghị quyết của HĐND tỉnh Quảng Bình quy định lệ phí 0 đồng khi nộp trực tuyến.\n\n"
      "## Thủ tục đăng ký đất đai mất bao lâu?\n\n"
      "Thời hạn giải quyết theo Quyết định 1234/QĐ-BNNMT như sau:\n\n- Không quá 15 ngày làm việc kể từ ngày nhận đủ hồ sơ.",
      "Không quá 15 ngày làm việc", "duration", "national", None, None),
]
EXAMPLES += [
    # a national document quoted after "tại … quy định như sau:" or "nêu tại …, cụ thể như
    # sau:" in a provincial page; a region its quoted rule names keeps its claims regional
    # (session 12, locality samples)
    L("Hỗ trợ hộ kinh doanh tại tỉnh Gia Lai\n\nTỉnh Gia Lai có 45.000 hộ kinh doanh.\n\n"
      "Bên cạnh đó, tại khoản 2 Điều 5 Nghị quyết 100/2025/QH15 quy định như sau:\n\n"
      "1. Miễn thuế thu nhập cá nhân trong thời hạn 03 năm đối với hộ kinh doanh mới.", "03 năm", "duration",
      "national", None, None),
    L("Vùng kinh tế sau sắp xếp tỉnh Thái Bình\n\nTỉnh Thái Bình có 8 huyện.\n\n"
      "Căn cứ theo Mục 1 Nghị quyết 100/NQ-CP năm 2025 quy định như sau:\n\n"
      "- Vùng đồng bằng sông Hồng gồm 6 tỉnh, thành phố: Hà Nội, Hải Phòng, Ninh Bình, Hưng Yên, Bắc Ninh, Quảng Ninh;",
      "6 tỉnh, thành phố", "count", None, None, None),
]
