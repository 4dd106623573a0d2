"""Words that bound a subject noun phrase, and noun pairs written with a comma.

Source: Vietnamese grammar of the noun phrase (Cao Xuân Hạo, *Tiếng Việt — sơ thảo ngữ
pháp chức năng*): a noun phrase ends where a verb, a preposition introducing an adjunct, a
conjunction or a clause particle begins. The lists are the verbs and function words common
in administrative news; the pairs are the fixed coordinated nouns of the genre ("bộ, ngành",
"tỉnh, thành phố") whose comma does not end the phrase.
"""

# Function words and clause words: a subject stops before them.
STOP_WORDS = (
    "được", "để", "cần", "đã", "sẽ", "là", "gửi", "đang", "có", "và", "hoặc", "với", "trong",
    "tại", "ở", "theo", "từ", "đến", "cho", "đạt", "tăng", "giảm", "chiếm", "so với",
    "bằng", "nhưng", "mà", "thì", "này", "đó", "nhằm", "qua", "vào", "của", "trên", "dưới",
    "khi", "nếu", "do", "bởi", "vì", "nên", "cũng", "đều", "vẫn", "còn", "chưa", "không",
    "phải", "bị", "hay", "như", "tới", "lên", "xuống", "trước", "sau", "mỗi",
    # "hàng"/"hằng" only as distributives: "mặt hàng", "dòng hàng" are nouns.
    "hàng năm", "hàng tháng", "hàng ngày", "hàng tuần", "hàng quý", "hằng năm", "hằng tháng",
    "hằng ngày", "hằng tuần", "hằng quý", "quy định", "cả nước", "toàn quốc",
    "hài lòng", "xếp hạng", "xếp", "đại diện", "miễn phí", "hạng", "áp dụng", "thành lập",
    "đưa vào", "vận hành", "thí điểm", "hỗ trợ", "tham mưu", "phối hợp", "ký kết", "lắp đặt",
    "bổ nhiệm", "tử vong", "bị thương", "phục vụ", "cập nhật", "dùng", "tự",
    "trở lên", "trở xuống", "cùng", "giúp", "tiết kiệm", "thực hiện", "đáp ứng", "tham gia",
    "sử dụng", "hoàn thành", "triển khai", "tiếp nhận", "giải quyết", "ban hành", "giữa", "về",
    "trao đổi", "nhờ", "thông qua", "kể từ",
    # what households are helped to do (FORMAT.md's own "310 hộ xây nhà mới" → "hộ"); not
    # "xây dựng", which also ends nouns ("công trình xây dựng")
    "xây nhà", "xây mới", "xây tặng", "sửa nhà", "sửa chữa nhà", "làm nhà",
    "kết nối", "chia sẻ", "tích hợp", "cung cấp", "đăng ký", "tổ chức", "đi vào", "ra",
    "lên tới", "lên đến", "gồm", "bao gồm", "trong đó", "ngày", "năm", "tháng", "quý",
    "đề nghị", "giao", "liên quan", "nêu", "cho biết", "tương đương", "tương ứng", "so",
    "mới đây", "hiện", "hiện nay", "nay", "đạt được", "trực tiếp", "rồi", "nữa", "thêm",
    "lần lượt", "riêng", "chỉ", "ngay", "thường xuyên", "toàn bộ", "khác", "chuyển",
    "xử lý", "công bố", "làm", "tham dự", "chậm", "bị", "nộp", "đề xuất", "phê duyệt", "hướng dẫn", "sáp nhập", "sắp xếp lại",
    # predicates that follow the counted noun: "696 đơn vị kết thúc hoạt động", "23 đơn
    # vị hình thành sau sắp xếp", "11 đơn vị giữ nguyên", "23/23 xã bố trí công chức", "91%
    # người dân đánh giá …", "356.000 lượt tra cứu thành công", "98.000 cán bộ dôi dư",
    # "35.970 phiếu phát ra". Not "thuộc" ("thủ tục thuộc lĩnh vực BHXH" names a kind of
    # procedure) nor "chính thức" ("văn bản chính thức" is an official document).
    "kết thúc", "hình thành", "giữ nguyên", "bố trí", "đánh giá",
    # "đơn vị thuộc UBND tỉnh": whose, not what is counted (FORMAT.md: the head noun phrase
    # only; seed gold "thủ tục hành chính thuộc lĩnh vực bảo hiểm xã hội" → "thủ tục hành
    # chính"). The seed gold keeps "trực thuộc Trung ương", "mới thành lập", "chính thức".
    "thuộc", "trị giá", "có giá trị", "đối với", "thay vì", "thay cho", "đầu tư",
    # predicates: "chi phí dao động từ …", "8/34 địa phương khó hoàn thành"
    "dao động", "khó", "chịu", "tùy", "tùy theo", "tuỳ", "tuỳ theo",
    # a comparison that follows the counted noun: "5 doanh nghiệp ngang tầm các nước tiên tiến"
    "ngang tầm", "ngang bằng",
    "phụ trách", "thành công", "dôi dư", "phát ra", "thu về", "nhận được", "thừa nhận",
    "cho rằng", "xong", "hoàn tất", "tuyển dụng", "dự kiến", "ước tính", "dự tính",
    # verbs that open a new clause after a comma ("46 trạm BTS, nâng tỷ lệ …")
    "nâng", "rút ngắn", "cắt giảm", "đẩy mạnh", "tăng cường", "bảo đảm", "đảm bảo", "đưa",
    # qualifiers and the base of a computation are no part of what is measured: "ít nhất
    # bằng 150%", "tiền lương tính theo công việc"
    "ít nhất", "không quá", "không dưới", "tính theo", "tính trên", "tính bằng",
    # where, after the head (FORMAT.md: the subject leaves out where): "8 tỉnh thành miền
    # Nam", "19 địa phương khu vực miền Trung", "15 tỉnh, thành phố khu vực phía Bắc"; not
    # "TAND khu vực", "Chi cục Thuế khu vực", which name a kind of body
    "miền bắc", "miền trung", "miền nam", "phía bắc", "phía nam", "khu vực miền", "khu vực phía",
    # a title's "latest": "34 tỉnh thành mới nhất"
    "mới nhất",
    # question words and verbs of a headline's question after the counted noun: "17 loại
    # tội phạm nào …?", "… 100.000 đồng quà Tết xem ở đâu?", "chính quyền 2 cấp mở ra cơ hội"
    "nào", "gì", "xem", "mở ra",
    # bounds, operations and predicates that follow the head: "mức trợ cấp không ít hơn
    # 45%", "80% nhân với 02 lần", "3 yếu tố rất quan trọng", "2 vấn đề đặt ra", "03 điều
    # tiếp tục …", "1% lợi nhuận vượt kế hoạch", "16 tỉnh khiến nhiều người hoang mang", "34
    # đơn vị hành chính cấp tỉnh, cụ thể …"
    "không ít hơn", "không thấp hơn", "không cao hơn", "không vượt quá", "không được vượt quá",
    "nhân với", "rất", "đặt ra", "tiếp tục", "vượt", "khiến",
    # "5 doanh nghiệp công nghệ hàng đầu thế giới đặt trụ sở tại Việt Nam"
    "đặt trụ sở", "đặt văn phòng",
    # a verb that follows the counted noun ("20 doanh nghiệp hoạt động trong khu vực", "12
    # hợp tác xã hoạt động hiệu quả") and the end of a movement "từ 3 cấp sang 2 cấp"
    "hoạt động", "sang",
    # "03 bước nhận 100.000 đồng": a verb after the counted noun ("nhận" opening a phrase is
    # a noun: NOUN_VERBS)
    "nhận", "chấp nhận",
    # a question tag after the amount ("bị phạt đến 10 triệu đồng đúng hay không?"), verbs
    # of speaking and publishing after the counted noun ("27 lượt đại biểu phát biểu", "10
    # bài báo quốc tế đăng trên …")
    "đúng hay", "đúng không", "phát biểu", "đăng trên", "đăng tải",
    # question words after the amount: "có thể bị phạt tới 6 triệu đồng thế nào?"
    "thế nào", "ra sao", "bao nhiêu",
    # a period after the head: "không quá 01% tiền lương một năm"
    "một năm", "một tháng", "một quý",
    # an occasion after the amount, when (FORMAT.md: the subject leaves out when): "Tặng
    # 5.000.000 đồng dịp Tết Nguyên đán"
    "dịp", "nhân dịp",
    # "2 cấp lần đầu tiên được tổ chức" (when; "cấp giấy phép lần đầu" is a kind of grant),
    # "bốn đoàn di chuyển từ ga Hà Nội", "trung bình mỗi năm kéo giảm hơn 8%": verbs after
    # the counted noun
    "lần đầu tiên", "di chuyển", "kéo giảm",
    # a comparison after the counted noun: "đáp ứng 02 điều kiện tương tự …"
    "tương tự",
    # a vote after the counted noun: "440/452 đại biểu Quốc hội tán thành"
    "tán thành",
    # collecting after the counted noun: "86 triệu thẻ CCCD gắn chip và thu nhận …"
    "thu nhận",
)
# After a comma they open an explanation, not another item of the phrase ("34 đơn vị hành
# chính cấp tỉnh, cụ thể …"); right after a noun "cụ thể" is an adjective ("58 nhiệm vụ cụ thể").
APPOSITION_STOPS = ("cụ thể", "chi tiết", "ví dụ", "tức là")
# Stop words that are nouns too: right after a number they are the thing counted
# ("giảm 10 tổ chức", "3 cấp", "5 kết nối"), later in the phrase they are verbs.
NOUN_VERBS = (
    "tổ chức", "kết nối", "đăng ký", "giao dịch", "hướng dẫn", "quyết định", "cấp",
    "lượt tiếp nhận", "chia sẻ", "tích hợp", "phê duyệt", "công bố", "ngày", "năm", "tháng",
    "quý", "giao", "nhận", "cuộc", "đề nghị", "quy định",
    # what a share is of, named by an activity: "10% tiết kiệm chi thường xuyên", "50% tăng
    # thu ngân sách địa phương"
    "tiết kiệm", "tăng thu",
    # "15 hoạt động kiểm tra": activities counted
    "hoạt động",
)
# The opening of a list item's label that names no measured thing ("Cụ thể: …", "Trong đó:
# …", "Kết quả: …"), and a label that names where ("Tại phường: 80.000 đồng") or for whom.
LABEL_NOT_SUBJECT = (
    "cụ thể", "trong đó", "theo đó", "kết quả", "tổng cộng", "tổng", "mới", "như sau", "ví dụ",
    "lưu ý", "chú ý", "ghi chú", "nguồn", "đơn vị", "đơn vị tính", "tại", "ở", "trên địa bàn",
    "khu vực", "vùng", "năm", "tháng", "quý", "giai đoạn", "từ", "đến", "trước", "sau",
)
# Nouns whose first syllable is also a stop word ("chỉ" only, "cấp" grant): read whole.
NOUN_COMPOUNDS = (
    # "ở" is a preposition but the last syllable of these: "chi phí thuê nhà ở", "chỗ ở"
    "nhà ở", "chỗ ở", "nơi ở",
    # "nhà riêng lẻ", "nhà ở riêng lẻ" (detached houses): not "riêng" (separately)
    "riêng lẻ",
    # "hệ số lương hiện hưởng": what one currently receives, one adjective
    "lương hiện hưởng", "hiện hưởng",
    # a rate or level of change named as a noun ("tốc độ tăng trưởng tổng sản phẩm đạt 7,5%",
    # "mức giảm từ 75-90%"); a bare "tăng trưởng" after a subject is its verb ("Doanh thu
    # tăng trưởng 21%"); wages named by their period or floor ("tiền lương tháng", "lương
    # tối thiểu vùng")
    "tốc độ tăng trưởng", "mức tăng trưởng", "tỷ lệ tăng trưởng", "mức tăng", "mức giảm",
    "tốc độ tăng", "tốc độ giảm",  # "Tốc độ tăng năng suất lao động bình quân"
    "lương tháng", "lương tối thiểu",
    "chỉ tiêu", "chỉ số", "chỉ thị", "giao dịch", "hiện trạng", "trước hạn", "đúng hạn",
    "quá hạn", "sau đại học", "trên đại học", "có thu", "không dùng tiền mặt",
    "đăng ký kinh doanh", "tiếp nhận trực tuyến", "giấy chứng nhận", "chứng nhận",
    "đăng ký đất đai", "quyền sử dụng đất", "sử dụng đất", "đăng ký thường trú",
    "đăng ký khai sinh", "đăng ký hộ tịch", "hạng mục", "xếp loại", "kinh tế - xã hội",
    "kinh tế-xã hội", "an ninh - quốc phòng", "quốc phòng - an ninh", "số quy định",
    "tuân thủ quy định", "quy định kinh doanh", "văn bản quy định", "hiện trường", "hiện đại",
    "hiện hành", "hiện vật", "tự động", "tự chủ", "dùng chung", "phục vụ hành chính công",
    # a noun of result or time before a verb of processing names that process
    "kết quả giải quyết", "kết quả xử lý", "thời gian giải quyết", "thời gian xử lý",
    "thời hạn giải quyết", "thời hạn xử lý",
    # nouns whose second syllable is a stop word or a verb
    "nhà ở", "nhà ở xã hội", "nhà ở công vụ", "tăng trưởng", "tốc độ tăng trưởng",
    "nông thôn mới nâng cao", "ntm nâng cao", "nông thôn mới kiểu mẫu", "hồ sơ giải quyết",
    "dự toán thu", "dự toán chi", "đơn vị sự nghiệp", "tổ chức tương đương", "trực thuộc",
    "chi thường xuyên", "đơn vị tương đương", "phòng và tương đương", "đổi mới", "đổi mới sáng tạo",
    # Nouns holding a syllable that is a stop word alone ("giao", "ra", "chỉ", "bằng", "không"
    # …): the nouns tagged N by underthesea's POS tagger (VLSP 2013 CRF) over
    # ../shared/corpus, frequent ones kept by hand (session 4; /work/dev/compounds/mine.py).
    "giao thông", "việc làm", "địa chỉ", "thiết bị", "trang thiết bị", "chứng chỉ", "không gian",
    "không gian mạng", "mặt bằng", "cảng hàng không", "hàng không", "văn bằng", "đồng bằng",
    "chứng từ", "đầu vào", "đầu ra", "giao diện", "ngoại giao", "năm học", "cụm từ", "hiện tượng",
    "không khí", "chuyển khoản", "thứ tự", "trình tự", "trật tự", "lý do", "bằng chứng",
    "ngày công", "thứ hạng", "thuộc tính", "hậu cần", "năm sinh", "ngày sinh",
    "cửa ra", "cửa vào", "lối ra", "lối vào", "ký tự",
    # long fixed names read as one word, so a phrase's word cap does not cut them ("25 thủ
    # tục hành chính mới lĩnh vực bảo hiểm xã hội")
    "bảo hiểm xã hội", "bảo hiểm y tế", "bảo hiểm thất nghiệp",
    # "đầu tư" ends a phrase as a verb ("4 dự án thành phần đầu tư công") but not in these
    "dự án đầu tư", "vốn đầu tư", "mức đầu tư", "tổng mức đầu tư", "chủ đầu tư", "nhà đầu tư",
    "chủ trương đầu tư", "kế hoạch đầu tư", "hoạt động đầu tư", "suất đầu tư", "nguồn vốn đầu tư",
    "quỹ đầu tư", "danh mục đầu tư", "thủ tục đầu tư", "đầu tư công", "đầu tư trực tiếp",
    # a noun of measure or a document kind before a verb or a stop word ("mức giảm từ 75-90%",
    # "30% số ngày thực hiện thủ tục", "giảm 50% tiền sử dụng khu vực biển")
    "mức giảm", "mức tăng", "tỷ lệ giảm", "tỷ lệ tăng", "số ngày", "số tháng", "số năm", "số lần",
    "thu nhập tăng thêm", "duy trì sử dụng",
    "tiền sử dụng", "tiền thuê", "văn bản chỉ đạo", "văn bản chỉ đạo điều hành", "khó khăn",
    "điều kiện đầu tư", "đầu tư hạ tầng", "đầu tư xây dựng", "môi trường đầu tư", "vốn đầu tư công",
    # the law's aggravating and mitigating circumstances: adjectives, no change of level
    # ("có từ 02 tình tiết tăng nặng trở lên")
    "tăng nặng", "giảm nhẹ",
    # public employees as a class ("Phòng có dưới 7 người làm việc"): a noun, not "người"
    # the classifier
    "người làm việc",
    # superlatives inside a noun phrase ("mức đóng thấp nhất của chủ hộ là 25% x …"), not a
    # comparison that ends it ("thấp hơn")
    "thấp nhất", "cao nhất",
    # session 12 (read from devtest's misses): a ranking index, money paid late ("tổng số
    # tiền chậm đóng", "số tiền chậm nộp"; not "20 đơn vị chậm đóng …", a verb)
    "chỉ số xếp hạng", "tiền chậm đóng", "tiền chậm nộp",
    # session 15 (corpus_b31 after its first touch): a form or file named by what it applies
    # for is one noun ("01 Phiếu đăng ký dự tuyển", "02 bản Tờ khai đăng ký", "Đơn đề nghị"),
    # not a noun and the verb of a clause
    "phiếu đăng ký", "tờ khai đăng ký", "đơn đăng ký", "giấy đăng ký", "hồ sơ đăng ký",
    "đơn đề nghị", "giấy đề nghị", "phiếu đề nghị", "văn bản đề nghị", "tờ trình đề nghị",
)
# Nouns of a kind whose "về X" says which kind, and is part of the name, when the phrase is
# that noun alone: "10 thủ tục hành chính về đất đai", "Chỉ số hài lòng về sự phục vụ hành
# chính", "cơ sở dữ liệu quốc gia về đất đai" (every gold set and sample keeps it);
# elsewhere "về" ends the phrase ("đại biểu về dự …", "kiến nghị, vướng mắc về đất đai";
# documents split: "4 Nghị định về công chức" kept in a sample, "Nghị định về chính sách"
# cut in corpus_b8's gold).
TOPIC_HEADS = (
    "thủ tục hành chính", "thủ tục", "tthc", "cơ sở dữ liệu quốc gia", "cơ sở dữ liệu",
    "chỉ số hài lòng", "tiêu chí", "nhóm tiêu chí",
)
# Coordinated nouns whose comma does not end the phrase.
NOUN_PAIRS = (
    ("bộ", "ngành"), ("bộ", "cơ quan ngang bộ"), ("tỉnh", "thành phố"), ("tỉnh", "thành"),
    ("xã", "phường"), ("phường", "thị trấn"), ("xã", "thị trấn"), ("quận", "huyện"),
    ("huyện", "thị xã"), ("thị xã", "thành phố"), ("sở", "ngành"), ("cơ quan", "đơn vị"),
    ("cán bộ", "công chức"), ("công chức", "viên chức"), ("văn bản", "tài liệu"),
    ("máy chủ", "máy trạm"), ("người dân", "doanh nghiệp"), ("tổ chức", "cá nhân"),
    ("cá nhân", "tổ chức"), ("thủ tục", "giấy tờ"), ("giáo viên", "nhân viên"),
    ("xã", "phường", "thị trấn"), ("huyện", "thị xã", "thành phố"),
    ("xã", "phường", "đặc khu"), ("phường", "đặc khu"), ("học sinh", "sinh viên"),
    ("kiến nghị", "vướng mắc"), ("điều", "khoản"),
    ("quận", "huyện", "thị xã"), ("ban", "ngành"), ("sở", "ban", "ngành"), ("ngành", "địa phương"), ("bộ", "ngành", "địa phương"),
    ("cơ quan", "tổ chức"), ("doanh nghiệp", "hợp tác xã"), ("hộ gia đình", "cá nhân"),
    ("trường", "lớp"), ("lãnh đạo", "quản lý"), ("sửa đổi", "bổ sung"),
    ("thôn", "tổ dân phố"), ("thôn", "xóm"), ("thôn", "bản"), ("thôn", "ấp"), ("ấp", "khóm"), ("cơ sở dữ liệu", "hệ thống thông tin"),
    ("tổ chức", "doanh nghiệp"), ("phản ánh", "kiến nghị"), ("thông tin", "dữ liệu"),
    # the papers of a dossier (session 11): "từ 10 giấy tờ, tài liệu trở lên"
    ("giấy tờ", "tài liệu"), ("hồ sơ", "tài liệu"),
    # session 12 (subject sample 2103): the staff's field; exports and imports written short
    ("chuyên môn", "nghiệp vụ"), ("xuất", "nhập khẩu"), ("xuất khẩu", "nhập khẩu"),
    # session 14 (corpus_b26): a field named as a pair ("trình độ khoa học, công nghệ")
    ("khoa học", "công nghệ"),
)
# Plural and quantifying words that open a noun phrase but are no part of what is counted.
LEADING_DETERMINERS = ("các", "những", "mọi", "toàn bộ", "tất cả các", "tất cả")
# Words that name a share, so a percent's subject can be found before it.
SHARE_NOUNS = (
    "tỷ lệ", "tỉ lệ", "mức độ", "chỉ số", "tốc độ", "tỷ trọng", "tỉ trọng", "mức",
    "hiệu suất", "độ phủ", "kết quả", "điểm số",
)
# Where a share named before a percent ends: a linking verb, a place or a time adjunct.
SHARE_STOPS = (
    "đạt", "là", "chiếm", "lên tới", "lên đến", "ở mức", "tăng", "giảm", "còn", "bằng",
    "tại", "ở", "trong", "và", "với", "được", "đã", "đang", "sẽ", "của", "năm", "so với",
    "cả nước", "toàn quốc", "bình quân", "trung bình", "cao", "thấp", "xếp", "qua", "theo",
    "lên", "xuống", "tăng", "giảm", "phải", "tính đến", "chỉ", "vẫn", "đều", "cũng",
    "nhiệm kỳ", "dự kiến", "ước", "khoảng", "cần",
    # the opening of a range or bound: "Mức giảm từ 20-40%", "tỷ lệ … tối thiểu 95%"
    "từ", "tối thiểu", "tối đa", "ít nhất", "không quá",
)
# Where a share named with "tỷ lệ" / "tỷ trọng" ends: FORMAT.md keeps its whole name, so only
# a linking verb, a bound or an estimate ends it (not "theo", "trong", "và", "được", "của").
RATE_NAME_STOPS = (
    "đạt", "là", "chiếm", "lên tới", "lên đến", "ở mức", "tăng", "giảm", "còn", "bằng", "so với",
    "từ", "tối thiểu", "tối đa", "ít nhất", "không quá", "dự kiến", "ước", "khoảng",
    "đã", "sẽ", "đang", "phải", "cần", "lên", "xuống", "chỉ", "vẫn", "đều", "cũng", "của",
    "cả nước", "toàn quốc", "trên cả nước", "bình quân", "trung bình", "cao", "thấp", "năm",
    "tính đến", "nhiệm kỳ", "xếp",
    # how good a rate is, said after it ("đạt tỷ lệ khá, bình quân đạt 76%")
    "khá", "tốt",
    # the base a rate is taken over: "tỷ lệ thanh toán trực tuyến trên tổng số hồ sơ …"
    "trên tổng số", "trên tổng", "trong tổng số", "trên số",
    # a time after the name: "Tỷ lệ hồ sơ giải quyết đúng hạn trong tháng 8 đạt 98,7%"
    "trong tháng", "trong năm", "trong quý", "trong kỳ", "trong giai đoạn", "trong tuần",
)
# Head nouns that a spelled-out number may count ("hai nhóm", "ba khâu"): a lone spelled
# word before any other noun is too often part of an expression ("hai chiều", "ba bên").
COUNT_HEADS = (
    "người", "đơn vị", "nhóm", "cơ quan", "lần", "tỉnh", "huyện", "xã", "phường", "bộ",
    "ngành", "dự án", "thủ tục", "hồ sơ", "văn bản", "nhiệm vụ", "giải pháp", "mục tiêu",
    "lĩnh vực", "trụ cột", "điểm nghẽn", "khâu", "loại", "chỉ tiêu", "nội dung", "vấn đề",
    "tiêu chí", "chương trình", "đề án", "doanh nghiệp", "địa phương", "cấp", "cuộc",
    "đợt", "lớp", "hội nghị", "tổ", "đoàn", "công chức", "cán bộ", "viên chức", "trường hợp",
    "dịch vụ", "tài khoản", "chữ ký số", "luật", "nghị định", "thông tư", "quyết định",
    "ngày", "tháng", "năm", "giờ", "phút", "tuần", "bước", "khoản", "điều", "chương",
    "sở", "dự thảo", "thị trấn", "quận", "thôn", "trung tâm", "phòng", "hộ",
    "thứ trưởng", "phó", "biên chế", "thành viên", "đại biểu", "chức danh",
    # copies of a document ("tạo hai bản chụp", "nộp ba bản sao")
    "bản",
    # forms, systems and regions a text enumerates ("Ba hình thức kỷ luật", "hai hệ thống
    # tiêu chuẩn", "ba vùng chiến lược"; session 10, corpus batches 13 and 18)
    "hình thức", "hệ thống", "vùng",
    # institutions, works and criteria counted in running text ("Hai bệnh viện", "cả ba tiêu
    # chuẩn", "Hai yếu tố", "hai khu công nghiệp"; session 12, the gold sets' misses)
    "bệnh viện", "trường", "khu công nghiệp", "công trình", "tiêu chuẩn", "yếu tố", "chỉ số",
    "cơ sở", "tuyến", "ban",
    # methods, options and sporting events ("một trong hai phương pháp", "ba giải đấu lớn",
    # "ba đối thủ"; blind batch 25, read after its first touch)
    "phương pháp", "phương án", "giải đấu", "đối thủ", "trận",
    # the posts and terms of personnel news ("Bảy ủy viên Bộ Chính trị", "gần ba nhiệm kỳ",
    # "cả hai chức", "bốn vị trí quyền lực nhất", "hai khóa"; blind batch 27, read after its
    # first touch)
    "ủy viên", "uỷ viên", "nhân vật", "nhiệm kỳ", "chức", "chức vụ", "vị trí", "khóa", "khoá",
    # candidates, forms, changes, levels and parts a text enumerates ("hai thí sinh", "hai mẫu
    # căn cước", "Ba thay đổi", "hai mức", "năm phần"; session 15, the gold sets' misses) — not
    # "cách", which a heading uses as rhetoric as often ("hai cách làm, hai kết quả")
    "thí sinh", "mẫu", "thay đổi", "sự thay đổi", "mức", "phần", "mũi",
)

# Head nouns of an amount of money, so a money figure's subject can be found before it
# ("tiết kiệm chi phí xã hội hơn 6.700 tỷ đồng", "Kinh phí thực hiện khoảng 950 triệu đồng").
MONEY_NOUNS = (
    "chi phí", "kinh phí", "doanh thu", "vốn", "nguồn vốn", "ngân sách", "thu ngân sách",
    "thu nhập", "mức lương", "lương", "tiền lương", "cước phí", "lệ phí", "phí", "giá trị",
    "tổng mức đầu tư", "kim ngạch", "grdp", "tiền", "số tiền", "dự toán", "giá",
    "tổng vốn", "tổng kinh phí", "tổng chi phí", "tổng doanh thu", "mức hỗ trợ", "trợ cấp",
    "tổng số tiền", "số vốn", "định mức",
    # a credit line by its size ("Chương trình tín dụng 120 nghìn tỷ đồng"), not "tổ chức tín dụng"
    "chương trình tín dụng", "gói tín dụng",
    # session 12 (subject samples): a bonus, an allowance, fees of schooling, a fine named
    # right before the amount ("Thưởng đột xuất 11.700.000 đồng", "bị phạt đến 4 triệu đồng")
    "thưởng", "tiền thưởng", "phụ cấp", "học phí", "học bổng", "phạt",
)
# Where such a phrase ends besides the share stops: qualifiers and forecasts before the figure.
MONEY_STOPS = (
    "khoảng", "hơn", "trên", "gần", "ước tính", "ước", "dự kiến", "xấp xỉ", "tới", "lên",
    # "Lương cơ sở mới nhất hiện nay: 2.340.000 đồng": when, not what
    "mới nhất", "hiện nay", "hiện hành", "hiện tại",
    # a time adjunct ends the noun: "số tiền chậm đóng đến hết ngày 15/2 là …"
    "đến", "tính đến", "tính từ", "từ", "sau", "trước",
    # a level word or a verb between the noun and its amount: "hạ giá vàng … về mức 75,9
    # triệu đồng", "giá vàng nhẫn mức 75,8 triệu", "giá dao động từ 25-50 USD"
    "về mức", "ở mức", "mức", "dao động", "là",
    # a purpose after the noun: "mức trần thu nhập để được xét mua nhà ở xã hội lên 20 triệu"
    "để",
)

# Words at a count that only measure it: "quy mô dân số là 5.554 người" counts people the
# clause names (FORMAT.md: "người" after a count gives way to what the clause names).
CLASSIFIERS: tuple[str, ...] = ("người",)

# -------------------------------------------------------------- the head of a clause
# A figure reached through a verb ("… ước đạt 1.240 tỷ đồng", "… tăng 14%") measures the
# subject of its clause. That subject is its head noun phrase (FORMAT.md): the words from
# the clause's start up to whose it is, where, when, or the verb — "Tổng thu ngân sách của
# huyện năm 2024 ước đạt …" → "Tổng thu ngân sách".
LINK_VERBS = (
    "là", "đạt", "ước đạt", "ước", "ước tính", "lên tới", "lên đến", "ở mức", "chiếm",
    "bằng", "tăng", "tăng lên", "tăng thêm", "tăng trưởng", "giảm", "giảm xuống", "đóng góp",
    "khoảng", "gần", "hơn", "trên", "có", "đạt khoảng", "đạt gần", "đạt hơn", "đạt trên",
    "tăng khoảng", "tăng gần", "tăng hơn", "tăng trên", "giảm khoảng", "giảm gần",
    "tăng mạnh", "giảm mạnh", "tăng nhẹ", "giảm nhẹ", "ước khoảng", "dự kiến đạt", "vào khoảng",
    "còn", "giảm còn", "xuống còn", "lên", "xuống", "đã vượt", "vượt",
    # an average rate: "số lượng công bố khoa học quốc tế tăng trung bình 10%/năm"
    "tăng trung bình", "tăng bình quân", "giảm trung bình", "giảm bình quân", "đạt bình quân",
    "đạt trung bình",
)
# Openers of a clause that are no part of its subject: discourse markers, time and place.
CLAUSE_OPENERS = (
    "theo đó", "trong đó", "cụ thể", "bên cạnh đó", "đồng thời", "ngoài ra", "riêng",
    "tính chung", "nhìn chung", "đáng chú ý", "như vậy", "đặc biệt", "nổi bật", "qua đó",
    "nhờ đó", "do đó", "vì vậy", "tuy nhiên", "hiện nay", "hiện", "đến nay", "tính đến nay",
    "lũy kế", "luỹ kế", "trong năm", "năm nay", "năm qua", "thời gian qua", "cũng",
    # contrast: "…, song số hồ sơ nộp qua mạng chỉ chiếm khoảng 6,5%"
    "song", "nhưng", "còn",
    # cause: "Do vốn đầu tư công … chiếm khoảng 57%"
    "do", "vì", "bởi vì",
    # a goal's verb: "Phấn đấu tỷ lệ hồ sơ trực tuyến đạt 60%"
    "phấn đấu",
    # an average per period opens the predicate: "trung bình mỗi năm kéo giảm hơn 8%"
    "trung bình mỗi năm", "bình quân mỗi năm", "trung bình mỗi tháng", "bình quân mỗi tháng",
)
# Where the head noun phrase of a clause ends, besides the stop words: aspect and modal
# words, estimates, and times written as words.
HEAD_STOPS = (
    "ước", "ước đạt", "ước tính", "tính", "dự kiến", "khoảng", "gần", "hơn", "đều",
    "luôn", "mới", "vừa", "tiếp tục", "bình quân", "lũy kế", "luỹ kế", "cả năm",
    "toàn tỉnh", "toàn thành phố", "toàn huyện", "trên địa bàn", "cả", "tối đa", "tối thiểu",
    "nhiệm kỳ", "phải",
)
# A noun that names an activity: "việc ký số văn bản đi đạt trên 95%" — after it, verbs
# belong to the subject up to the link verb.
NOMINALIZERS = ("việc", "công tác", "hoạt động")

# Wholes a share is measured against, written after the percent: "Quy mô kinh tế số đạt tối
# thiểu 30% GDP", "chi cho nghiên cứu đạt 2% GDP" — the share is what the clause names.
SHARE_BASES = ("gdp", "grdp", "tổng sản phẩm trong nước", "tổng sản phẩm trên địa bàn")

# Words of a scoring or banding clause that names nothing of its own ("Tỷ lệ hộ nghèo từ
# 4,5% trở lên được tính 3 điểm; dưới 4,5% thì cứ giảm 1% được tính thêm 1 điểm"): between
# two percents only these (and numbers) leave the second one the share named before the
# first — the clause after ";" is elliptical (source: the scoring criteria of decrees on
# classifying administrative units, read in ../shared/corpus; FORMAT.md's rule that a
# percent naming nothing takes the subject of the figure or clause it qualifies).
ELLIPTIC_GAP_WORDS = (
    "trở xuống", "trở lên", "được tính", "tính", "thêm", "điểm", "thì", "cứ", "mỗi", "giảm",
    "tăng", "trên", "dưới", "từ", "đến", "tới", "và", "hoặc", "nhưng", "tối đa", "tối thiểu",
    "không quá", "không",
)
