"""Change (FORMAT.md), as Vietnamese administrative news writes it.

Written blind: a helper who saw FORMAT.md and TRAPS.md but no code, no gold text and no
corpus article invented these examples from the grammar and the genre (from/to pairs, restructurings, before/after across sentences, earlier-vs-now, lone ends, lone deltas and series), one construction
per group, with negatives. Examples the library read wrong when they were added are kept
below as KNOWN_GAPS. tests/test_context_corpora.py runs them (published 2024-06-11 unless
the example says otherwise).
"""
from collections import namedtuple

C = namedtuple("C", "text quote kind change partner")

EXAMPLES = [
    C('Thời gian giải quyết thủ tục cấp Giấy chứng nhận quyền sử dụng đất lần đầu tại huyện Gia Lâm đã được cắt giảm từ 30 ngày xuống còn 10 ngày làm việc.', '30 ngày', 'duration', 'from', '10 ngày làm việc'),
    C('Thời gian giải quyết thủ tục cấp Giấy chứng nhận quyền sử dụng đất lần đầu tại huyện Gia Lâm đã được cắt giảm từ 30 ngày xuống còn 10 ngày làm việc.', '10 ngày làm việc', 'duration', 'to', '30 ngày'),
    C('Tỷ lệ hồ sơ trễ hạn tại Trung tâm Phục vụ hành chính công tỉnh Quảng Ninh giảm từ 2,4% trong quý I xuống 0,6% trong quý III.', '2,4%', 'percent', 'from', '0,6%'),
    C('Tỷ lệ hồ sơ trễ hạn tại Trung tâm Phục vụ hành chính công tỉnh Quảng Ninh giảm từ 2,4% trong quý I xuống 0,6% trong quý III.', '0,6%', 'percent', 'to', '2,4%'),
    C('Kể từ khi áp dụng nộp hồ sơ trực tuyến, lệ phí cấp đổi giấy phép lái xe được giảm từ 135.000 đồng xuống 115.000 đồng/lần.', '135.000 đồng', 'money', 'from', '115.000 đồng'),
    C('Kể từ khi áp dụng nộp hồ sơ trực tuyến, lệ phí cấp đổi giấy phép lái xe được giảm từ 135.000 đồng xuống 115.000 đồng/lần.', '115.000 đồng', 'money', 'to', '135.000 đồng'),
    C('Riêng khối các sở, số phòng chuyên môn giảm từ 96 xuống 40 phòng, kéo theo số lãnh đạo cấp phòng cũng giảm tương ứng.', '96', 'count', 'from', '40 phòng'),
    C('Riêng khối các sở, số phòng chuyên môn giảm từ 96 xuống 40 phòng, kéo theo số lãnh đạo cấp phòng cũng giảm tương ứng.', '40 phòng', 'count', 'to', '96'),
    C('Nhờ chuyển sang văn bản điện tử, lượng giấy in sử dụng tại Văn phòng UBND tỉnh Nam Định mỗi năm đã giảm từ khoảng 18 tấn xuống dưới 5 tấn.', '18 tấn', 'quantity', 'from', '5 tấn'),
    C('Nhờ chuyển sang văn bản điện tử, lượng giấy in sử dụng tại Văn phòng UBND tỉnh Nam Định mỗi năm đã giảm từ khoảng 18 tấn xuống dưới 5 tấn.', '5 tấn', 'quantity', 'to', '18 tấn'),
    C('Hà Tĩnh: Rút ngắn thời gian cấp phép xây dựng từ 15 ngày còn 7 ngày', '15 ngày', 'duration', 'from', '7 ngày'),
    C('Hà Tĩnh: Rút ngắn thời gian cấp phép xây dựng từ 15 ngày còn 7 ngày', '7 ngày', 'duration', 'to', '15 ngày'),
    C('Theo khảo sát của Sở Kế hoạch và Đầu tư, chi phí trung bình người dân bỏ ra cho mỗi bộ hồ sơ đăng ký hộ kinh doanh giảm từ 320.000 đồng còn khoảng 90.000 đồng.', '320.000 đồng', 'money', 'from', '90.000 đồng'),
    C('Theo khảo sát của Sở Kế hoạch và Đầu tư, chi phí trung bình người dân bỏ ra cho mỗi bộ hồ sơ đăng ký hộ kinh doanh giảm từ 320.000 đồng còn khoảng 90.000 đồng.', '90.000 đồng', 'money', 'to', '320.000 đồng'),
    C('Sau ba năm thực hiện chương trình, tỷ lệ hộ nghèo đa chiều của huyện Mường Nhé đã giảm từ mức 54,2% xuống còn 38,9%.', '54,2%', 'percent', 'from', '38,9%'),
    C('Sau ba năm thực hiện chương trình, tỷ lệ hộ nghèo đa chiều của huyện Mường Nhé đã giảm từ mức 54,2% xuống còn 38,9%.', '38,9%', 'percent', 'to', '54,2%'),
    C('Từ tháng 7, Ngân hàng Chính sách xã hội hạ lãi suất cho vay hộ cận nghèo từ 7,8% xuống 7,2%/năm.', '7,8%', 'percent', 'from', '7,2%'),
    C('Từ tháng 7, Ngân hàng Chính sách xã hội hạ lãi suất cho vay hộ cận nghèo từ 7,8% xuống 7,2%/năm.', '7,2%', 'percent', 'to', '7,8%'),
    C('Đáng chú ý, Chỉ số PAPI của Kon Tum tụt từ thứ 12 xuống thứ 27 trong bảng xếp hạng toàn quốc.', 'thứ 12', 'rank', 'from', 'thứ 27'),
    C('Đáng chú ý, Chỉ số PAPI của Kon Tum tụt từ thứ 12 xuống thứ 27 trong bảng xếp hạng toàn quốc.', 'thứ 27', 'rank', 'to', 'thứ 12'),
    C('Theo phương án, số cơ quan chuyên môn thuộc UBND tỉnh giảm từ 19 xuống 14 sở; số phòng thuộc sở giảm từ 118 xuống 79 phòng.', '19', 'count', 'from', '14 sở'),
    C('Theo phương án, số cơ quan chuyên môn thuộc UBND tỉnh giảm từ 19 xuống 14 sở; số phòng thuộc sở giảm từ 118 xuống 79 phòng.', '14 sở', 'count', 'to', '19'),
    C('Theo phương án, số cơ quan chuyên môn thuộc UBND tỉnh giảm từ 19 xuống 14 sở; số phòng thuộc sở giảm từ 118 xuống 79 phòng.', '118', 'count', 'from', '79 phòng'),
    C('Theo phương án, số cơ quan chuyên môn thuộc UBND tỉnh giảm từ 19 xuống 14 sở; số phòng thuộc sở giảm từ 118 xuống 79 phòng.', '79 phòng', 'count', 'to', '118'),
    C('Kết quả sắp xếp tại Sở Y tế tỉnh Phú Yên:\n- Số phòng chuyên môn, nghiệp vụ: từ 14 xuống 10 phòng;\n- Số đơn vị sự nghiệp trực thuộc: từ 6 xuống 3 đơn vị.', '14', 'count', 'from', '10 phòng'),
    C('Kết quả sắp xếp tại Sở Y tế tỉnh Phú Yên:\n- Số phòng chuyên môn, nghiệp vụ: từ 14 xuống 10 phòng;\n- Số đơn vị sự nghiệp trực thuộc: từ 6 xuống 3 đơn vị.', '10 phòng', 'count', 'to', '14'),
    C('Kết quả sắp xếp tại Sở Y tế tỉnh Phú Yên:\n- Số phòng chuyên môn, nghiệp vụ: từ 14 xuống 10 phòng;\n- Số đơn vị sự nghiệp trực thuộc: từ 6 xuống 3 đơn vị.', '6', 'count', 'from', '3 đơn vị'),
    C('Kết quả sắp xếp tại Sở Y tế tỉnh Phú Yên:\n- Số phòng chuyên môn, nghiệp vụ: từ 14 xuống 10 phòng;\n- Số đơn vị sự nghiệp trực thuộc: từ 6 xuống 3 đơn vị.', '3 đơn vị', 'count', 'to', '6'),
    C('Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận trực tuyến toàn trình của tỉnh Đồng Tháp tăng từ 38,6% lên 71,2% chỉ sau một năm.', '38,6%', 'percent', 'from', '71,2%'),
    C('Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận trực tuyến toàn trình của tỉnh Đồng Tháp tăng từ 38,6% lên 71,2% chỉ sau một năm.', '71,2%', 'percent', 'to', '38,6%'),
    C('Từ ngày 1/7/2024, mức lương cơ sở tăng từ 1,8 triệu đồng lên 2,34 triệu đồng/tháng, tức tăng 30%.', '1,8 triệu đồng', 'money', 'from', '2,34 triệu đồng'),
    C('Từ ngày 1/7/2024, mức lương cơ sở tăng từ 1,8 triệu đồng lên 2,34 triệu đồng/tháng, tức tăng 30%.', '2,34 triệu đồng', 'money', 'to', '1,8 triệu đồng'),
    C('Từ ngày 1/7/2024, mức lương cơ sở tăng từ 1,8 triệu đồng lên 2,34 triệu đồng/tháng, tức tăng 30%.', '30%', 'percent', None, None),
    C('Số tài khoản định danh điện tử được kích hoạt trên địa bàn tỉnh Thanh Hóa đã tăng từ 620.000 lên hơn 1,9 triệu tài khoản.', '620.000', 'count', 'from', '1,9 triệu tài khoản'),
    C('Số tài khoản định danh điện tử được kích hoạt trên địa bàn tỉnh Thanh Hóa đã tăng từ 620.000 lên hơn 1,9 triệu tài khoản.', '1,9 triệu tài khoản', 'count', 'to', '620.000'),
    C('Năm 2023, Chỉ số Hài lòng về sự phục vụ hành chính (SIPAS) của tỉnh Hà Giang đã vươn từ vị trí 45 lên vị trí 21.', 'vị trí 45', 'rank', 'from', 'vị trí 21'),
    C('Năm 2023, Chỉ số Hài lòng về sự phục vụ hành chính (SIPAS) của tỉnh Hà Giang đã vươn từ vị trí 45 lên vị trí 21.', 'vị trí 21', 'rank', 'to', 'vị trí 45'),
    C('Trong bảng xếp hạng PAR INDEX 2023, Hải Phòng đã cải thiện từ thứ 7/63 lên thứ 2/63 tỉnh, thành phố.', 'thứ 7/63', 'rank', 'from', 'thứ 2/63'),
    C('Trong bảng xếp hạng PAR INDEX 2023, Hải Phòng đã cải thiện từ thứ 7/63 lên thứ 2/63 tỉnh, thành phố.', 'thứ 2/63', 'rank', 'to', 'thứ 7/63'),
    C('Nhờ nâng cấp hạ tầng, tốc độ đường truyền số liệu chuyên dùng tới các xã được nâng từ 20 Mbps lên 100 Mbps.', '20 Mbps', 'quantity', 'from', '100 Mbps'),
    C('Nhờ nâng cấp hạ tầng, tốc độ đường truyền số liệu chuyên dùng tới các xã được nâng từ 20 Mbps lên 100 Mbps.', '100 Mbps', 'quantity', 'to', '20 Mbps'),
    C('Kết thúc năm 2024, số chỉ tiêu kinh tế - xã hội đạt và vượt kế hoạch của huyện Đức Trọng tăng từ 15/22 (năm 2023) lên 20/22.', '15/22', 'fraction', 'from', '20/22'),
    C('Kết thúc năm 2024, số chỉ tiêu kinh tế - xã hội đạt và vượt kế hoạch của huyện Đức Trọng tăng từ 15/22 (năm 2023) lên 20/22.', '20/22', 'fraction', 'to', '15/22'),
    C('Luật sửa đổi kéo dài thời hạn của giấy phép hoạt động từ 12 tháng lên 24 tháng, giúp doanh nghiệp giảm chi phí gia hạn.', '12 tháng', 'duration', 'from', '24 tháng'),
    C('Luật sửa đổi kéo dài thời hạn của giấy phép hoạt động từ 12 tháng lên 24 tháng, giúp doanh nghiệp giảm chi phí gia hạn.', '24 tháng', 'duration', 'to', '12 tháng'),
    C('Tổng mức đầu tư dự án xây dựng Trung tâm dữ liệu tỉnh Bình Dương được điều chỉnh từ 1.250 tỷ đồng lên 1.870 tỷ đồng.', '1.250 tỷ đồng', 'money', 'from', '1.870 tỷ đồng'),
    C('Tổng mức đầu tư dự án xây dựng Trung tâm dữ liệu tỉnh Bình Dương được điều chỉnh từ 1.250 tỷ đồng lên 1.870 tỷ đồng.', '1.870 tỷ đồng', 'money', 'to', '1.250 tỷ đồng'),
    C('Chỉ sau 6 tháng triển khai, tỷ lệ thanh toán trực tuyến phí, lệ phí tại Lạng Sơn đã tăng mạnh, từ 9,7% lên 46,3%.', '9,7%', 'percent', 'from', '46,3%'),
    C('Chỉ sau 6 tháng triển khai, tỷ lệ thanh toán trực tuyến phí, lệ phí tại Lạng Sơn đã tăng mạnh, từ 9,7% lên 46,3%.', '46,3%', 'percent', 'to', '9,7%'),
    C('Chỉ sau 6 tháng triển khai, tỷ lệ thanh toán trực tuyến phí, lệ phí tại Lạng Sơn đã tăng mạnh, từ 9,7% lên 46,3%.', '6 tháng', 'duration', None, None),
    C('Sau khi sắp xếp, diện tích tự nhiên bình quân của một xã ở Quảng Trị tăng từ 32 km² lên khoảng 97 km².', '32 km²', 'quantity', 'from', '97 km²'),
    C('Sau khi sắp xếp, diện tích tự nhiên bình quân của một xã ở Quảng Trị tăng từ 32 km² lên khoảng 97 km².', '97 km²', 'quantity', 'to', '32 km²'),
    C('Tỉnh Vĩnh Long phấn đấu nâng tỷ lệ giao dịch không dùng tiền mặt từ 45% hiện nay lên 80% vào cuối năm 2025.', '45%', 'percent', 'from', '80%'),
    C('Tỉnh Vĩnh Long phấn đấu nâng tỷ lệ giao dịch không dùng tiền mặt từ 45% hiện nay lên 80% vào cuối năm 2025.', '80%', 'percent', 'to', '45%'),
    C('UBND tỉnh Nghệ An đã hợp nhất 4 trung tâm thuộc Sở Nông nghiệp và Phát triển nông thôn thành 1 trung tâm dịch vụ nông nghiệp.', '4 trung tâm', 'count', 'from', '1 trung tâm'),
    C('UBND tỉnh Nghệ An đã hợp nhất 4 trung tâm thuộc Sở Nông nghiệp và Phát triển nông thôn thành 1 trung tâm dịch vụ nông nghiệp.', '1 trung tâm', 'count', 'to', '4 trung tâm'),
    C('Sau khi sáp nhập 13 xã, thị trấn thành 5 đơn vị hành chính mới, huyện Can Lộc giảm 8 đầu mối cấp xã.', '13 xã, thị trấn', 'count', 'from', '5 đơn vị hành chính'),
    C('Sau khi sáp nhập 13 xã, thị trấn thành 5 đơn vị hành chính mới, huyện Can Lộc giảm 8 đầu mối cấp xã.', '5 đơn vị hành chính', 'count', 'to', '13 xã, thị trấn'),
    C('Sau khi sáp nhập 13 xã, thị trấn thành 5 đơn vị hành chính mới, huyện Can Lộc giảm 8 đầu mối cấp xã.', '8 đầu mối', 'count', None, None),
    C('Thực hiện Nghị quyết của Quốc hội, cả nước đã sắp xếp 10.035 đơn vị hành chính cấp xã thành 3.321 đơn vị hành chính cấp xã mới.', '10.035', 'count', 'from', '3.321'),
    C('Thực hiện Nghị quyết của Quốc hội, cả nước đã sắp xếp 10.035 đơn vị hành chính cấp xã thành 3.321 đơn vị hành chính cấp xã mới.', '3.321', 'count', 'to', '10.035'),
    C('Theo đề án trình HĐND tỉnh, huyện Quỳnh Lưu dự kiến nhập 33 xã, thị trấn thành 11 xã mới.', '33 xã', 'count', 'from', '11 xã'),
    C('Theo đề án trình HĐND tỉnh, huyện Quỳnh Lưu dự kiến nhập 33 xã, thị trấn thành 11 xã mới.', '11 xã', 'count', 'to', '33 xã'),
    C('Tại Hà Nội, 30 ban quản lý dự án cấp huyện được tổ chức lại thành 12 ban quản lý dự án khu vực.', '30 ban quản lý', 'count', 'from', '12 ban quản lý'),
    C('Tại Hà Nội, 30 ban quản lý dự án cấp huyện được tổ chức lại thành 12 ban quản lý dự án khu vực.', '12 ban quản lý', 'count', 'to', '30 ban quản lý'),
    C('Tỉnh Bắc Ninh sắp xếp 11 phòng chuyên môn và 5 đơn vị sự nghiệp công lập để hình thành 6 phòng chuyên môn và 2 đơn vị sự nghiệp công lập.', '11 phòng chuyên môn', 'count', 'from', '6 phòng chuyên môn'),
    C('Tỉnh Bắc Ninh sắp xếp 11 phòng chuyên môn và 5 đơn vị sự nghiệp công lập để hình thành 6 phòng chuyên môn và 2 đơn vị sự nghiệp công lập.', '5 đơn vị sự nghiệp', 'count', 'from', '2 đơn vị sự nghiệp'),
    C('Tỉnh Bắc Ninh sắp xếp 11 phòng chuyên môn và 5 đơn vị sự nghiệp công lập để hình thành 6 phòng chuyên môn và 2 đơn vị sự nghiệp công lập.', '6 phòng chuyên môn', 'count', 'to', '11 phòng chuyên môn'),
    C('Tỉnh Bắc Ninh sắp xếp 11 phòng chuyên môn và 5 đơn vị sự nghiệp công lập để hình thành 6 phòng chuyên môn và 2 đơn vị sự nghiệp công lập.', '2 đơn vị sự nghiệp', 'count', 'to', '5 đơn vị sự nghiệp'),
    C('Thành phố Hà Nội hợp nhất 9 chi cục và 4 ban quản lý dự án thành 3 chi cục và 1 ban quản lý dự án.', '9 chi cục', 'count', 'from', '3 chi cục'),
    C('Thành phố Hà Nội hợp nhất 9 chi cục và 4 ban quản lý dự án thành 3 chi cục và 1 ban quản lý dự án.', '4 ban quản lý', 'count', 'from', '1 ban quản lý'),
    C('Thành phố Hà Nội hợp nhất 9 chi cục và 4 ban quản lý dự án thành 3 chi cục và 1 ban quản lý dự án.', '3 chi cục', 'count', 'to', '9 chi cục'),
    C('Thành phố Hà Nội hợp nhất 9 chi cục và 4 ban quản lý dự án thành 3 chi cục và 1 ban quản lý dự án.', '1 ban quản lý', 'count', 'to', '4 ban quản lý'),
    C('Sở Nông nghiệp và Môi trường tỉnh Gia Lai sắp xếp 8 phòng, 3 chi cục và 2 trung tâm, tổ chức lại thành 5 phòng, 1 chi cục và 1 trung tâm.', '8 phòng', 'count', 'from', '5 phòng'),
    C('Sở Nông nghiệp và Môi trường tỉnh Gia Lai sắp xếp 8 phòng, 3 chi cục và 2 trung tâm, tổ chức lại thành 5 phòng, 1 chi cục và 1 trung tâm.', '3 chi cục', 'count', 'from', '1 chi cục'),
    C('Sở Nông nghiệp và Môi trường tỉnh Gia Lai sắp xếp 8 phòng, 3 chi cục và 2 trung tâm, tổ chức lại thành 5 phòng, 1 chi cục và 1 trung tâm.', '2 trung tâm', 'count', 'from', '1 trung tâm'),
    C('Sở Nông nghiệp và Môi trường tỉnh Gia Lai sắp xếp 8 phòng, 3 chi cục và 2 trung tâm, tổ chức lại thành 5 phòng, 1 chi cục và 1 trung tâm.', '5 phòng', 'count', 'to', '8 phòng'),
    C('Sở Nông nghiệp và Môi trường tỉnh Gia Lai sắp xếp 8 phòng, 3 chi cục và 2 trung tâm, tổ chức lại thành 5 phòng, 1 chi cục và 1 trung tâm.', '1 chi cục', 'count', 'to', '3 chi cục'),
    C('Sở Nông nghiệp và Môi trường tỉnh Gia Lai sắp xếp 8 phòng, 3 chi cục và 2 trung tâm, tổ chức lại thành 5 phòng, 1 chi cục và 1 trung tâm.', '1 trung tâm', 'count', 'to', '2 trung tâm'),
    C('HĐND tỉnh Lâm Đồng thông qua nghị quyết thành lập 12 phường mới trên cơ sở nhập 31 xã, phường, thị trấn.', '12 phường', 'count', 'to', '31 xã'),
    C('HĐND tỉnh Lâm Đồng thông qua nghị quyết thành lập 12 phường mới trên cơ sở nhập 31 xã, phường, thị trấn.', '31 xã', 'count', 'from', '12 phường'),
    C('Trên cơ sở 5 trung tâm y tế tuyến huyện, tỉnh Điện Biên thành lập 2 trung tâm y tế khu vực.', '5 trung tâm y tế', 'count', 'from', '2 trung tâm y tế'),
    C('Trên cơ sở 5 trung tâm y tế tuyến huyện, tỉnh Điện Biên thành lập 2 trung tâm y tế khu vực.', '2 trung tâm y tế', 'count', 'to', '5 trung tâm y tế'),
    C('Theo quyết định của UBND tỉnh, 4 trường phổ thông liên cấp được thành lập trên cơ sở sáp nhập 9 trường tiểu học và trung học cơ sở trên địa bàn huyện Mèo Vạc.', '4 trường', 'count', 'to', '9 trường'),
    C('Theo quyết định của UBND tỉnh, 4 trường phổ thông liên cấp được thành lập trên cơ sở sáp nhập 9 trường tiểu học và trung học cơ sở trên địa bàn huyện Mèo Vạc.', '9 trường', 'count', 'from', '4 trường'),
    C('Trước khi sắp xếp, UBND tỉnh Thái Bình có 20 cơ quan chuyên môn. Sau sắp xếp, con số này còn 14 sở.', '20 cơ quan', 'count', 'from', '14 sở'),
    C('Trước khi sắp xếp, UBND tỉnh Thái Bình có 20 cơ quan chuyên môn. Sau sắp xếp, con số này còn 14 sở.', '14 sở', 'count', 'to', '20 cơ quan'),
    C('Huyện Kim Bảng trước khi nhập có 18 xã, thị trấn, sau khi nhập còn 11 đơn vị.', '18 xã', 'count', 'from', '11 đơn vị'),
    C('Huyện Kim Bảng trước khi nhập có 18 xã, thị trấn, sau khi nhập còn 11 đơn vị.', '11 đơn vị', 'count', 'to', '18 xã'),
    C('Năm 2022, chi phí in ấn, gửi văn bản giấy của các cơ quan hành chính tỉnh Bến Tre khoảng 26 tỷ đồng. Sau hai năm triển khai văn bản điện tử, khoản chi này giảm xuống còn 7 tỷ đồng.', '26 tỷ đồng', 'money', 'from', '7 tỷ đồng'),
    C('Năm 2022, chi phí in ấn, gửi văn bản giấy của các cơ quan hành chính tỉnh Bến Tre khoảng 26 tỷ đồng. Sau hai năm triển khai văn bản điện tử, khoản chi này giảm xuống còn 7 tỷ đồng.', '7 tỷ đồng', 'money', 'to', '26 tỷ đồng'),
    C('Trước đây, hồ sơ đề nghị cấp phép xây dựng nhà ở riêng lẻ gồm 9 loại giấy tờ. Từ năm nay, thành phần hồ sơ được rút xuống còn 4 loại.', '9 loại giấy tờ', 'count', 'from', '4 loại'),
    C('Trước đây, hồ sơ đề nghị cấp phép xây dựng nhà ở riêng lẻ gồm 9 loại giấy tờ. Từ năm nay, thành phần hồ sơ được rút xuống còn 4 loại.', '4 loại', 'count', 'to', '9 loại giấy tờ'),
    C('Năm 2020, tỷ lệ người dân có chữ ký số cá nhân tại Đà Nẵng chỉ đạt 3,2%. Sau bốn năm, con số này đã tăng lên 27,5%.', '3,2%', 'percent', 'from', '27,5%'),
    C('Năm 2020, tỷ lệ người dân có chữ ký số cá nhân tại Đà Nẵng chỉ đạt 3,2%. Sau bốn năm, con số này đã tăng lên 27,5%.', '27,5%', 'percent', 'to', '3,2%'),
    C('Nếu như năm 2021 tỷ lệ hồ sơ nộp trực tuyến của tỉnh Cà Mau mới đạt 12%, thì nay đã đạt 61%.', '12%', 'percent', 'from', '61%'),
    C('Nếu như năm 2021 tỷ lệ hồ sơ nộp trực tuyến của tỉnh Cà Mau mới đạt 12%, thì nay đã đạt 61%.', '61%', 'percent', 'to', '12%'),
    C('Thủ tục đăng ký thường trú trước đây mất 7 ngày làm việc, nay chỉ còn 2 ngày nhờ khai thác dữ liệu dân cư.', '7 ngày làm việc', 'duration', 'from', '2 ngày'),
    C('Thủ tục đăng ký thường trú trước đây mất 7 ngày làm việc, nay chỉ còn 2 ngày nhờ khai thác dữ liệu dân cư.', '2 ngày', 'duration', 'to', '7 ngày làm việc'),
    C('Khi mới thành lập, Tổ công nghệ số cộng đồng của phường Tân Định chỉ có 15 thành viên, đến nay đã phát triển lên 120 thành viên.', '15 thành viên', 'count', 'from', '120 thành viên'),
    C('Khi mới thành lập, Tổ công nghệ số cộng đồng của phường Tân Định chỉ có 15 thành viên, đến nay đã phát triển lên 120 thành viên.', '120 thành viên', 'count', 'to', '15 thành viên'),
    C('Kim ngạch xuất khẩu của Bắc Giang năm 2015 là 2,5 tỷ USD, nay đã lên tới 32 tỷ USD.', '2,5 tỷ USD', 'money', 'from', '32 tỷ USD'),
    C('Kim ngạch xuất khẩu của Bắc Giang năm 2015 là 2,5 tỷ USD, nay đã lên tới 32 tỷ USD.', '32 tỷ USD', 'money', 'to', '2,5 tỷ USD'),
    C('Trước kia, tỷ lệ người dân hài lòng với bộ phận một cửa huyện Phú Lương chỉ khoảng 70%, giờ đã lên 96%.', '70%', 'percent', 'from', '96%'),
    C('Trước kia, tỷ lệ người dân hài lòng với bộ phận một cửa huyện Phú Lương chỉ khoảng 70%, giờ đã lên 96%.', '96%', 'percent', 'to', '70%'),
    C('Từ chỗ chỉ có 3 xã đạt chuẩn nông thôn mới vào năm 2015, đến nay huyện Bù Đốp đã có 7 xã đạt chuẩn.', '3 xã', 'count', 'from', '7 xã'),
    C('Từ chỗ chỉ có 3 xã đạt chuẩn nông thôn mới vào năm 2015, đến nay huyện Bù Đốp đã có 7 xã đạt chuẩn.', '7 xã', 'count', 'to', '3 xã'),
    C('Thời gian thẩm định hồ sơ dự án đầu tư công nay còn 15 ngày, thay vì 20 ngày như trước.', '15 ngày', 'duration', 'to', '20 ngày'),
    C('Thời gian thẩm định hồ sơ dự án đầu tư công nay còn 15 ngày, thay vì 20 ngày như trước.', '20 ngày', 'duration', 'from', '15 ngày'),
    C('Tỷ lệ doanh nghiệp phải chi trả chi phí không chính thức năm 2023 là 24%, giảm từ 29% năm 2018.', '24%', 'percent', 'to', '29%'),
    C('Tỷ lệ doanh nghiệp phải chi trả chi phí không chính thức năm 2023 là 24%, giảm từ 29% năm 2018.', '29%', 'percent', 'from', '24%'),
    C('Số thuê bao sử dụng ví điện tử trên địa bàn tỉnh Hải Dương đạt 1,2 triệu, tăng từ mức 430.000 thuê bao cuối năm 2022.', '1,2 triệu', 'count', 'to', '430.000 thuê bao'),
    C('Số thuê bao sử dụng ví điện tử trên địa bàn tỉnh Hải Dương đạt 1,2 triệu, tăng từ mức 430.000 thuê bao cuối năm 2022.', '430.000 thuê bao', 'count', 'from', '1,2 triệu'),
    C('Tại Bình Dương, thời gian cấp Giấy chứng nhận đăng ký doanh nghiệp được rút xuống còn 1,5 ngày, từ 3 ngày làm việc trước đây.', '1,5 ngày', 'duration', 'to', '3 ngày làm việc'),
    C('Tại Bình Dương, thời gian cấp Giấy chứng nhận đăng ký doanh nghiệp được rút xuống còn 1,5 ngày, từ 3 ngày làm việc trước đây.', '3 ngày làm việc', 'duration', 'from', '1,5 ngày'),
    C('Tại Bắc Kạn, số đơn thư khiếu nại vượt cấp năm nay chỉ còn 14 vụ, trong khi năm 2022 có tới 53 vụ.', '14 vụ', 'count', 'to', '53 vụ'),
    C('Tại Bắc Kạn, số đơn thư khiếu nại vượt cấp năm nay chỉ còn 14 vụ, trong khi năm 2022 có tới 53 vụ.', '53 vụ', 'count', 'from', '14 vụ'),
    C('Dự án nhà máy linh kiện điện tử tại Khu công nghiệp Quế Võ bổ sung 1,2 tỷ USD, nâng tổng vốn đầu tư đăng ký lên 4,8 tỷ USD.', '4,8 tỷ USD', 'money', 'to', None),
    C('Dự án nhà máy linh kiện điện tử tại Khu công nghiệp Quế Võ bổ sung 1,2 tỷ USD, nâng tổng vốn đầu tư đăng ký lên 4,8 tỷ USD.', '1,2 tỷ USD', 'money', None, None),
    C('Nhờ liên thông dữ liệu, thời gian cấp giấy phép lao động cho người nước ngoài tại Bắc Ninh giảm xuống còn 5 ngày làm việc.', '5 ngày làm việc', 'duration', 'to', None),
    C('Tỷ lệ hồ sơ quá hạn tại Trung tâm Phục vụ hành chính công tỉnh Thừa Thiên Huế đã giảm xuống mức 0,3%.', '0,3%', 'percent', 'to', None),
    C('Mức thu phí thẩm định hồ sơ cấp phép khai thác nước ngầm được hạ xuống 50.000 đồng/hồ sơ.', '50.000 đồng', 'money', 'to', None),
    C('Biên chế công chức của Sở Tài chính tỉnh Sơn La được tinh giản xuống 68 người.', '68 người', 'count', 'to', None),
    C('Qua đợt cao điểm, tỉnh Tây Ninh nâng tỷ lệ số hóa kết quả giải quyết thủ tục hành chính lên 92,4%.', '92,4%', 'percent', 'to', None),
    C('Số hồ sơ trực tuyến tiếp nhận trong quý II tại Vĩnh Phúc tăng 12% so với cùng kỳ năm trước.', '12%', 'percent', None, None),
    C('Sau sắp xếp, tỉnh Thanh Hóa giảm 207 đơn vị sự nghiệp công lập.', '207 đơn vị', 'count', None, None),
    C('Toàn tỉnh Quảng Bình giảm 96 phòng thuộc sở, ngành (giảm 31,5%).', '96 phòng', 'count', None, None),
    C('Toàn tỉnh Quảng Bình giảm 96 phòng thuộc sở, ngành (giảm 31,5%).', '31,5%', 'percent', None, None),
    C('Nhờ áp dụng quy trình điện tử, thời gian thẩm định thiết kế cơ sở được rút ngắn 4 ngày.', '4 ngày', 'duration', None, None),
    C('Năm 2024, thu ngân sách nhà nước trên địa bàn huyện Củ Chi tăng thêm 215 tỷ đồng.', '215 tỷ đồng', 'money', None, None),
    C('Từ năm 2021 đến nay, Bộ Tài chính đã cắt giảm, đơn giản hóa 35 thủ tục hành chính trong lĩnh vực hải quan.', '35 thủ tục', 'count', None, None),
    C('Chi thường xuyên cho bộ máy của tỉnh Kiên Giang giảm 18,6% nhờ tinh giản đầu mối.', '18,6%', 'percent', None, None),
    C('Dự kiến sau sắp xếp, các cơ quan hành chính của tỉnh Thái Nguyên giảm 240 đầu mối.', '240 đầu mối', 'count', None, None),
    C('Số doanh nghiệp thành lập mới tại Long An đạt 1.650 doanh nghiệp vào năm 2022 và 1.720 doanh nghiệp vào năm 2023.', '1.650 doanh nghiệp', 'count', None, None),
    C('Số doanh nghiệp thành lập mới tại Long An đạt 1.650 doanh nghiệp vào năm 2022 và 1.720 doanh nghiệp vào năm 2023.', '1.720 doanh nghiệp', 'count', None, None),
    C('Tỷ lệ giải ngân vốn đầu tư công của tỉnh Hòa Bình: năm 2022 đạt 87,3%, năm 2023 đạt 91,5%.', '87,3%', 'percent', None, None),
    C('Tỷ lệ giải ngân vốn đầu tư công của tỉnh Hòa Bình: năm 2022 đạt 87,3%, năm 2023 đạt 91,5%.', '91,5%', 'percent', None, None),
    C('Tỷ lệ hồ sơ trực tuyến của tỉnh Trà Vinh trong các năm 2021, 2022, 2023 lần lượt là 34%, 52% và 78%.', '34%', 'percent', None, None),
    C('Tỷ lệ hồ sơ trực tuyến của tỉnh Trà Vinh trong các năm 2021, 2022, 2023 lần lượt là 34%, 52% và 78%.', '52%', 'percent', None, None),
    C('Tỷ lệ hồ sơ trực tuyến của tỉnh Trà Vinh trong các năm 2021, 2022, 2023 lần lượt là 34%, 52% và 78%.', '78%', 'percent', None, None),
    C('Số giao dịch thanh toán trực tuyến trên Cổng dịch vụ công của tỉnh Quảng Nam tăng liên tục qua các năm: từ 12.000 giao dịch năm 2021 lên 45.000 giao dịch năm 2022 và 130.000 giao dịch năm 2023.', '12.000 giao dịch', 'count', None, None),
    C('Số giao dịch thanh toán trực tuyến trên Cổng dịch vụ công của tỉnh Quảng Nam tăng liên tục qua các năm: từ 12.000 giao dịch năm 2021 lên 45.000 giao dịch năm 2022 và 130.000 giao dịch năm 2023.', '130.000 giao dịch', 'count', None, None),
    C('Về mức độ hài lòng của người dân, Hà Nội đạt 95%, TP. Hồ Chí Minh đạt 93%.', '95%', 'percent', None, None),
    C('Về mức độ hài lòng của người dân, Hà Nội đạt 95%, TP. Hồ Chí Minh đạt 93%.', '93%', 'percent', None, None),
    C('Khu vực thành thị có 92% hộ gia đình sử dụng Internet cáp quang, trong khi ở nông thôn con số này là 74%.', '92%', 'percent', None, None),
    C('Khu vực thành thị có 92% hộ gia đình sử dụng Internet cáp quang, trong khi ở nông thôn con số này là 74%.', '74%', 'percent', None, None),
    C('Huyện Hóc Môn giải quyết 12.400 hồ sơ, nhiều hơn huyện Củ Chi (9.800 hồ sơ).', '12.400 hồ sơ', 'count', None, None),
    C('Huyện Hóc Môn giải quyết 12.400 hồ sơ, nhiều hơn huyện Củ Chi (9.800 hồ sơ).', '9.800 hồ sơ', 'count', None, None),
    C('Trong năm, Trung tâm Phục vụ hành chính công tỉnh Hưng Yên tiếp nhận 8.500 hồ sơ, giải quyết đúng hạn 8.420 hồ sơ.', '8.500 hồ sơ', 'count', None, None),
    C('Trong năm, Trung tâm Phục vụ hành chính công tỉnh Hưng Yên tiếp nhận 8.500 hồ sơ, giải quyết đúng hạn 8.420 hồ sơ.', '8.420 hồ sơ', 'count', None, None),
    C('Tỷ lệ giải ngân của tỉnh Bình Phước đạt 68%, cao hơn nhiều so với mức bình quân chung của cả nước là 54%.', '68%', 'percent', None, None),
    C('Tỷ lệ giải ngân của tỉnh Bình Phước đạt 68%, cao hơn nhiều so với mức bình quân chung của cả nước là 54%.', '54%', 'percent', None, None),
    C('Thu ngân sách 6 tháng đầu năm của tỉnh Bắc Giang ước đạt 5.430 tỷ đồng, bằng 112% so với cùng kỳ.', '5.430 tỷ đồng', 'money', None, None),
    C('Thu ngân sách 6 tháng đầu năm của tỉnh Bắc Giang ước đạt 5.430 tỷ đồng, bằng 112% so với cùng kỳ.', '112%', 'percent', None, None),
    C('Thời gian giải quyết thực tế trung bình là 4 ngày, sớm hơn so với thời hạn quy định 7 ngày làm việc.', '4 ngày', 'duration', None, None),
    C('Thời gian giải quyết thực tế trung bình là 4 ngày, sớm hơn so với thời hạn quy định 7 ngày làm việc.', '7 ngày làm việc', 'duration', None, None),
    C('Chỉ còn 10 ngày nữa là hết hạn nộp hồ sơ dự tuyển công chức tỉnh Bắc Kạn năm 2024.', '10 ngày', 'duration', None, None),
    C('Khi chỉ còn hơn 2 tháng nữa là kết thúc năm, tỷ lệ giải ngân vốn đầu tư công của tỉnh Sóc Trăng mới đạt 48%.', '2 tháng', 'duration', None, None),
    C('Khi chỉ còn hơn 2 tháng nữa là kết thúc năm, tỷ lệ giải ngân vốn đầu tư công của tỉnh Sóc Trăng mới đạt 48%.', '48%', 'percent', None, None),
    C('Để kịp khai trương Trung tâm hành chính công mới của thị xã, đơn vị thi công chỉ còn 20 ngày để hoàn thiện các hạng mục.', '20 ngày', 'duration', None, None),
    C('Thời gian xử lý hồ sơ đăng ký biến động đất đai dao động từ 3 đến 5 ngày làm việc tùy từng trường hợp.', '3 đến 5 ngày làm việc', 'duration', None, None),
    C('Theo tiêu chuẩn, mỗi xã sau sắp xếp phải có diện tích tự nhiên từ 50 km² trở lên.', '50 km²', 'quantity', None, None),
    C('Trong tháng 6, đoàn công tác của Sở Nội vụ đã xuống 5 xã biên giới của huyện Mường Tè để khảo sát việc vận hành bộ phận một cửa.', '5 xã', 'count', None, None),
    C('Hơn 200 cán bộ, chiến sĩ công an được tăng cường lên 12 xã vùng cao để hỗ trợ người dân làm căn cước.', '200 cán bộ, chiến sĩ', 'count', None, None),
    C('Hơn 200 cán bộ, chiến sĩ công an được tăng cường lên 12 xã vùng cao để hỗ trợ người dân làm căn cước.', '12 xã', 'count', None, None),
    C('Huyện Tuần Giáo đã huy động được 45 tỷ đồng từ 3 nguồn vốn để xây dựng trụ sở xã.', '45 tỷ đồng', 'money', None, None),
    C('Huyện Tuần Giáo đã huy động được 45 tỷ đồng từ 3 nguồn vốn để xây dựng trụ sở xã.', '3 nguồn vốn', 'count', None, None),
    C('Cả năm, tỉnh Phú Thọ tiếp nhận 1,56 triệu hồ sơ, trong đó số hồ sơ nộp trực tuyến tăng mạnh.', '1,56 triệu hồ sơ', 'count', None, None),
    C('Bộ Công Thương đã bãi bỏ, đơn giản hóa nhiều quy định, đưa số điều kiện kinh doanh thuộc phạm vi quản lý của Bộ từ 1.220 xuống còn 475.', '1.220', 'count', 'from', '475'),
    C('Bộ Công Thương đã bãi bỏ, đơn giản hóa nhiều quy định, đưa số điều kiện kinh doanh thuộc phạm vi quản lý của Bộ từ 1.220 xuống còn 475.', '475', 'count', 'to', '1.220'),
]

# What the library does not read right yet (strict xfail: move an example up when it passes).
KNOWN_GAPS = [
    C('Mạng lưới bưu điện tiếp nhận hồ sơ hành chính công ở Quảng Ngãi tăng gấp đôi, từ 65 điểm lên 130 điểm.', '65 điểm', 'count', 'from', '130 điểm'),
    C('Mạng lưới bưu điện tiếp nhận hồ sơ hành chính công ở Quảng Ngãi tăng gấp đôi, từ 65 điểm lên 130 điểm.', '130 điểm', 'count', 'to', '65 điểm'),
    C('Tổng cục Thuế cơ cấu lại 63 Cục Thuế cấp tỉnh thành 20 Chi cục Thuế khu vực.', '63 Cục Thuế', 'count', 'from', '20 Chi cục Thuế'),
    C('Tổng cục Thuế cơ cấu lại 63 Cục Thuế cấp tỉnh thành 20 Chi cục Thuế khu vực.', '20 Chi cục Thuế', 'count', 'to', '63 Cục Thuế'),
    C('Năm 2019, huyện Thạch Thất có 23 xã, thị trấn. Sau đợt sắp xếp vừa qua, số đơn vị hành chính cấp xã của huyện giảm còn 18.', '23 xã', 'count', 'from', '18'),
    C('Năm 2019, huyện Thạch Thất có 23 xã, thị trấn. Sau đợt sắp xếp vừa qua, số đơn vị hành chính cấp xã của huyện giảm còn 18.', '18', 'count', 'to', '23 xã'),
    C('Năm 2022, Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) của Long An xếp thứ 11/63. Năm 2023, tỉnh vươn lên vị trí thứ 4.', 'thứ 11/63', 'rank', 'from', 'vị trí thứ 4'),
    C('Năm 2022, Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) của Long An xếp thứ 11/63. Năm 2023, tỉnh vươn lên vị trí thứ 4.', 'vị trí thứ 4', 'rank', 'to', 'thứ 11/63'),
    C('Vào năm 2019, toàn tỉnh Lào Cai chỉ có khoảng 300 điểm chấp nhận thanh toán không dùng tiền mặt; hiện con số này đã vượt 4.500 điểm.', '300 điểm', 'count', 'from', '4.500 điểm'),
    C('Vào năm 2019, toàn tỉnh Lào Cai chỉ có khoảng 300 điểm chấp nhận thanh toán không dùng tiền mặt; hiện con số này đã vượt 4.500 điểm.', '4.500 điểm', 'count', 'to', '300 điểm'),
    C('Số đầu mối trực thuộc UBND huyện Yên Thế giảm còn 10 (trước sắp xếp là 13).', '10', 'count', 'to', '13'),
    C('Số đầu mối trực thuộc UBND huyện Yên Thế giảm còn 10 (trước sắp xếp là 13).', '13', 'count', 'from', '10'),
    C('Hải Phòng vươn lên đứng thứ hai cả nước về Chỉ số PAR INDEX, từ vị trí thứ năm của năm trước.', 'thứ hai', 'rank', 'to', 'thứ năm'),
    C('Hải Phòng vươn lên đứng thứ hai cả nước về Chỉ số PAR INDEX, từ vị trí thứ năm của năm trước.', 'thứ năm', 'rank', 'from', 'thứ hai'),
    C('Sau khi thực hiện sắp xếp, cả nước còn 34 tỉnh, thành phố.', '34 tỉnh', 'count', 'to', None),
    C('Kết quả này đã đưa Bình Định lên vị trí thứ 5 toàn quốc về Chỉ số chuyển đổi số.', 'vị trí thứ 5', 'rank', 'to', None),
    C('Lượt truy cập Cổng thông tin điện tử tỉnh Yên Bái: 3,5 triệu (2018) và 4,1 triệu (2022).', '3,5 triệu', 'count', None, None),
    C('Lượt truy cập Cổng thông tin điện tử tỉnh Yên Bái: 3,5 triệu (2018) và 4,1 triệu (2022).', '4,1 triệu', 'count', None, None),
    C('Số giao dịch thanh toán trực tuyến trên Cổng dịch vụ công của tỉnh Quảng Nam tăng liên tục qua các năm: từ 12.000 giao dịch năm 2021 lên 45.000 giao dịch năm 2022 và 130.000 giao dịch năm 2023.', '45.000 giao dịch', 'count', None, None),
]

# Rules added late in session 3 (own sentences)
EXAMPLES += [
    C("Từ năm sau, hội nghị được tổ chức hằng quý, thay vì 6 tháng một lần.", "6 tháng", "duration", "from",
      None),
    C("Bản đồ 48 xã của huyện sau sáp nhập được in lại.", "48", "count", "to", None),
    C("Phường Đông Hải là một trong 40 phường của thành phố sau sắp xếp.", "40", "count", None, None),
    C("Bổ sung 1 Phó Giám đốc để tổng số Phó Giám đốc là không quá 4;", "không quá 4", "count", "to", None),
]

# Rules added in session 4 after reading blind batch 7 (own sentences)
EXAMPLES += [
    # the size reached once expanded or upgraded
    C("Tỉnh đề nghị quy mô quốc lộ sau khi nâng cấp đạt 4 làn xe.", "4 làn xe", "count", "to", None),
    C("Cảng sẽ được mở rộng lên quy mô 3 bến tàu.", "3 bến tàu", "count", "to", None),
    # what a thing is divided into
    C("Gói thầu lớn được tách thành 4 gói nhỏ để đẩy nhanh tiến độ.", "4", "count", "to", None),
    # not a level merely stated after a restructuring
    C("Số trụ sở dôi dư sau sắp xếp là 120 cơ sở.", "120", "count", None, None),
]
EXAMPLES += [
    # what units are rearranged into; "lên" after a raising verb, past its object's commas
    C("Huyện Lý Nhân dự kiến sắp xếp thành 6 xã.", "6", "count", "to", None),
    C("Nghị định nâng mức trần thu nhập để được thuê, mua nhà ở xã hội, lên 25 triệu đồng/tháng.",
      "25 triệu đồng", "money", "to", None),
]

# Added in session 6 (FORMAT.md: a lone end level reached by a movement is `to`; read on
# blind batch 12, whose gold marks the levels stated after a merger)
EXAMPLES += [
    # a clause opened by the restructuring done states the levels it reached …
    C("Sau khi nhập, phường An Lạc có diện tích tự nhiên là 6,15 km2 và quy mô dân số là 28.400 người.",
      "28.400", "count", "to", None),
    C("Sau khi nhập, phường An Lạc có diện tích tự nhiên là 6,15 km2 và quy mô dân số là 28.400 người.",
      "6,15 km2", "quantity", "to", None),
    C("Sau sắp xếp, huyện có 14 đơn vị hành chính cấp xã, gồm 12 xã và 2 thị trấn.", "12", "count", "to", None),
    # … but not what it gained or lost (a lone delta), nor a level it does not open
    C("Sau sắp xếp, huyện có 14 đơn vị hành chính cấp xã, giảm 9 đơn vị so với trước.", "9", "count", None, None),
    C("Sau khi sáp nhập các phòng, Sở bố trí 12 cán bộ làm công tác một cửa.", "12", "count", None, None),
]
EXAMPLES += [
    # the level a change of level reached, said after it
    C("Sau khi điều chỉnh, mức hỗ trợ bình quân là 2,6 triệu đồng/tháng.", "2,6 triệu đồng", "money", "to", None),
    # the next ends of the same list, for whom each holds said between
    C("Tỉnh nâng mức hỗ trợ lên 3 triệu đồng/tháng đối với cán bộ xã, 2 triệu đồng/tháng đối với cán bộ thôn.",
      "2 triệu đồng", "money", "to", None),
    C("Lương tối thiểu vùng I tăng lên 4,5 triệu đồng; vùng II là 4 triệu đồng.", "4 triệu đồng", "money", "to", None),
    # a lowering "về mức"
    C("Ngân hàng hạ lãi suất cho vay về mức 6%/năm.", "6%", "percent", "to", None),
    # … not a comparison after an end
    C("Huyện rút ngắn thời gian cấp phép còn 3 ngày, thấp hơn 2 ngày so với quy định.", "2 ngày", "duration",
      None, None),
]
EXAMPLES += [
    # what the parts are merged into
    C("Dự thảo gộp chung 02 chương về tổ chức bộ máy thay vì quy định riêng từng loại.", "02", "count", "to", None),
]
EXAMPLES += [
    # units counted after a restructuring, a place between the noun and "sau sáp nhập"
    C("Danh sách 6 tỉnh thành miền Trung sau sáp nhập.", "6", "count", "to", None),
    C("Có 12 xã khu vực phía Tây sau sắp xếp.", "12", "count", "to", None),
]
EXAMPLES += [
    # units merged into one named without a number: the merged count is the start
    C("Sau khi sáp nhập 3 xã Tân Lập, Tân Hòa và Tân Phú thành xã Tân Lập mới, địa bàn được mở rộng.", "3", "count",
      "from", None),
    # "lên bằng": the level raised to
    C("Trợ cấp tăng lên bằng 2.500.000 đồng/tháng đối với người có mức hưởng thấp hơn.", "2.500.000 đồng", "money",
      "to", None),
]
_LONE_OPENER = ("Từ 1/7/2024, sắp xếp các xã thuộc huyện Đồng Hỷ\n\nNhập toàn bộ xã Hóa Trung vào xã Hóa Thượng.\n\n"
                "Sau khi sắp xếp:\n\nHuyện Đồng Hỷ có diện tích tự nhiên là 456,2 km2 và có 12 đơn vị hành chính cấp xã.\n\n"
                "#### Sắp xếp các xã thuộc huyện Phú Lương\n\nHuyện Phú Lương có 14 đơn vị hành chính cấp xã.\n")
EXAMPLES += [
    # "Sau khi sắp xếp:" on a line of its own heads the paragraphs that state the levels
    # reached, up to the next heading
    C(_LONE_OPENER, "12 đơn vị hành chính cấp xã", "count", "to", None),
    C(_LONE_OPENER, "456,2 km2", "quantity", "to", None),
    C(_LONE_OPENER, "14 đơn vị hành chính cấp xã", "count", None, None),
]
EXAMPLES += [
    # a division that sorts a thing into classes, rounds or levels reaches no level …
    C("Đoàn khảo sát được chia thành 03 đợt, mỗi đợt làm việc tại 5 xã.", "03 đợt", "count", None, None),
    C("Các thủ tục được chia thành 4 nhóm theo mức độ phức tạp.", "4 nhóm", "count", None, None),
    # … a split into new things does
    C("Dự án được tách thành 3 dự án thành phần để triển khai.", "3 dự án", "count", "to", None),
]
EXAMPLES += [
    # "từ N … trở lên" is a bound: its "lên" turns nothing …
    C("Phòng có từ 15 biên chế công chức trở lên được bố trí không quá 03 Phó Trưởng phòng.", "không quá 03", "count",
      None, None),
    # … and two bands of a rule ("mức giảm từ … và mức tăng từ …") are no movement
    C("Luật quy định khung tỷ lệ, cụ thể là mức giảm từ 75-90% và mức tăng từ 110%-125%.", "110%-125%", "percent",
      None, None),
    # "đạt 61%, tăng từ 12%": the second figure is where it came from
    C("Tỷ lệ hồ sơ trực tuyến năm 2024 đạt 61%, tăng từ 12% năm 2020.", "12%", "percent", "from", "61%"),
]
EXAMPLES += [
    # groups a parade or a delegation is divided into are no level reached
    C("Các khối diễu binh sẽ chia thành 5 đoàn hành quân vào miền Nam.", "5 đoàn", "count", None, None),
]
EXAMPLES += [
    # the units merged "thành một <noun>": into one, named without a number (session 12,
    # read from corpus_b18's change miss; own sentences)
    C('Đề án hợp nhất hai trung tâm thành một trung tâm dịch vụ tổng hợp của huyện.', 'hai', 'count', 'from', None),
    C('Năm học tới, huyện sáp nhập 3 trường tiểu học thành một trường liên cấp.', '3', 'count', 'from', None),
]
EXAMPLES += [
    # a lone end whose object points back ("đã giảm thời gian này xuống còn …") pairs with the
    # level of the sentence before (session 13, change sample 2115; own text)
    C('Theo Nghị định năm 2019, người dân phải chờ 20 ngày làm việc để nhận kết quả.\n\nNghị định mới đã giảm thời gian '
      'này xuống còn 12 ngày làm việc.', '20 ngày làm việc', 'duration', 'from', '12 ngày làm việc'),
]
EXAMPLES += [
    # a merger's outcome opener after an adverb still opens the clause's end levels (session
    # 14, read in corpus_b27 after its first touch; own text)
    C('Theo đó, dự kiến sau khi sáp nhập, Quân khu 5 sẽ bao gồm 06 tỉnh, thành phố mới.', '06', 'count', 'to', None),
    C('Như vậy, sau khi sắp xếp, huyện còn 12 xã.', '12', 'count', 'to', None),
]
EXAMPLES += [
    # an opening line "sau <restructuring> … có:" governs the items below it: each is a level
    # the restructuring reaches (session 14, read in corpus_b27 after its first touch; own text)
    C('Sau sắp xếp năm 2026, tỉnh có:\n\n- 12 đơn vị hành chính cấp huyện gồm:\n\n+ 2 thành phố\n\n+ 10 huyện\n\n'
      '- 95 đơn vị hành chính cấp xã.\n\nTỉnh có 3 trường đại học.', '10', 'count', 'to', None),
    C('Sau sắp xếp năm 2026, tỉnh có:\n\n- 12 đơn vị hành chính cấp huyện gồm:\n\n+ 2 thành phố\n\n+ 10 huyện\n\n'
      '- 95 đơn vị hành chính cấp xã.\n\nTỉnh có 3 trường đại học.', '3', 'count', None, None),
]
EXAMPLES += [
    # a verb of change with its direction, then "là": the level reached (session 14, corpus_b28
    # after its first touch; own text) — not a delta named "mức tăng là"
    C('Thời hạn cấp giấy phép được rút ngắn là 7 ngày làm việc.', '7 ngày làm việc', 'duration', 'to', None),
    C('Mức tăng là 6%.', '6%', 'percent', None, None),
]
EXAMPLES += [
    # "Nếu như <an earlier time> … A thì … B": an earlier level set against a later one of the
    # same thing (session 15, from the grammar of contrast; own text) — not a condition with
    # no earlier time, and not two different things
    C('Nếu như năm 2021 huyện có 52 thủ tục phải nộp giấy thì năm 2024 chỉ còn 18 thủ tục.', '52', 'count',
      'from', '18 thủ tục'),
    C('Nếu như năm 2021 huyện có 52 thủ tục phải nộp giấy thì năm 2024 chỉ còn 18 thủ tục.', '18 thủ tục',
      'count', 'to', '52'),
    C('Nếu như trước đây tỷ lệ nộp trực tuyến chỉ đạt 20% thì đến quý II tỷ lệ này đạt 64%.', '20%', 'percent',
      'from', '64%'),
    C('Nếu như cá nhân vi phạm lần đầu thì bị phạt 2.000.000 đồng, tái phạm thì bị phạt 4.000.000 đồng.',
      '2.000.000 đồng', 'money', None, None),
    C('Nếu như năm 2021 huyện có 52 thủ tục thì năm 2024 có 18 xã hoàn thành số hóa.', '52', 'count', None, None),
]
