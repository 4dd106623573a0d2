"""Words that make a figure a target or a projection (FORMAT.md `status`).

Source: FORMAT.md; the vocabulary of Vietnamese planning documents (Nghị quyết, Kế hoạch:
"mục tiêu", "chỉ tiêu", "phấn đấu", "đặt ra", "bảo đảm … đạt") and of forecasts in news
("dự kiến", "ước tính", "dự báo", "sẽ", "kỳ vọng").
"""

TARGET = (
    "mục tiêu", "phấn đấu", "chỉ tiêu", "kế hoạch đặt ra", "kế hoạch đề ra", "đặt mục tiêu",
    "yêu cầu đạt", "đặt ra", "đề ra", "nhằm đạt", "từ nay đến",
    "cần đạt", "phải đạt", "phải bảo đảm", "phải đảm bảo",
    "được giao nhiệm vụ", "được giao chỉ tiêu", "được giao bảo đảm", "được giao đảm bảo",
    "giao nhiệm vụ", "phải cắt giảm", "phải giảm", "phải tinh giản", "phải hoàn thành",
    "hướng tới", "hướng đến", "quyết tâm", "nỗ lực", "giao chỉ tiêu",
    # a purpose governs the clause after it: "nhằm giảm 30% thời gian đi lại"
    "nhằm",
    # quotas and schedules: "giao biên chế … là 2.346", "Các mốc: …" ("lộ trình" and "mốc"
    # alone are too often "theo lộ trình phù hợp", "mốc thời gian")
    "giao biên chế", "các mốc",
    # a roadmap that is laid down ("xác định lộ trình nâng tỷ lệ …, năm 2025 đạt 60%")
    "xác định lộ trình", "lộ trình nâng", "lộ trình tăng", "lộ trình giảm",
    # what a master plan lays down: "cảng được quy hoạch đạt công suất 4 triệu hành khách"
    # ("theo quy hoạch" only refers to it)
    "được quy hoạch",
)
# A cue after the figure, in its clause: "Nâng tỷ lệ che phủ rừng lên 58,6% vào năm 2025 là
# một trong những mục tiêu mà tỉnh hướng tới".
TARGET_AFTER = ("là mục tiêu", "là một trong những mục tiêu", "là chỉ tiêu", "là một trong các mục tiêu")
# Counts of the items of a plan are what it is about, not levels it sets: "Kế hoạch đề ra
# 38 nhiệm vụ cụ thể".
PLAN_ITEM_NOUNS = (
    "nhiệm vụ", "giải pháp", "nội dung", "nhóm nhiệm vụ", "nhóm giải pháp", "chương trình",
    "đề án", "kế hoạch", "hoạt động", "mục tiêu", "chỉ tiêu", "tiêu chí", "dự án", "văn bản",
    # the documents a plan drafts ("… các văn bản quy định chi tiết … bao gồm 05 Nghị định";
    # session 15, corpus_b32 after its first touch; the seed gold's "ban hành 10 Nghị định")
    "nghị định", "thông tư", "luật", "nghị quyết", "quyết định",
)
# The parts of a legal text: counted in a draft or a proposal they say what the text is made
# of ("dự thảo gồm 9 chương, 53 điều", "bổ sung 3 trường hợp thu hồi đất"), no outcome.
TEXT_PARTS = ("chương", "điều", "khoản", "điểm", "phụ lục", "trường hợp")
# A floor is what must be reached: "cắt giảm ít nhất 30% thời gian xử lý, 30% chi phí",
# "tuyển dụng tối thiểu 650 chỉ tiêu" (19 of 22 floors in the gold we read are targets).
# Not after what was done ("đã bố trí ít nhất 2 máy tính"), not on a technical measure
# ("tốc độ tối thiểu 100 Mbps" is a specification), and not "từ … trở lên", which bounds a
# category as often as a goal ("từ 18 tuổi trở lên").
FLOORS = ("tối thiểu", "ít nhất")
# A norm stated right before its figure is a rule in force, whatever cue stands before it
# (FORMAT.md): "được hưởng 70% theo Nghị quyết 58", "phạt tiền từ 2 triệu đồng".
NORM_BEFORE = (
    "hưởng", "được hưởng", "phạt tiền", "mức phạt", "bị phạt",
    # a sanction the law attaches, even when said with "sẽ": "sẽ bị phạt hành chính từ …"
    "phạt hành chính", "xử phạt", "xử phạt hành chính", "lệ phí", "trong thời hạn", "định mức",
    "thời hạn", "trong vòng", "không quá", "mức hưởng", "mức đóng",
    # a scoring rule: "… từ 50% trở xuống được tính 3 điểm"
    "được tính", "tính thêm", "được tính thêm",
    # a gift or payment the beneficiary receives, decided, even when said with "sẽ": "toàn bộ
    # người dân sẽ được tặng 100.000 đồng/người" (session 15, corpus_b33 after its first touch;
    # no gold set reads "sẽ được nhận / tặng / trả" as a forecast)
    "được tặng", "được nhận", "được trả", "được trả thêm",
)
# A floor that a law lays down is a norm: "Luật Tiếp công dân quy định … ít nhất 1 ngày".
LAW_SAYS = ("luật", "nghị định", "thông tư", "bộ luật", "pháp luật", "theo quy định")
# A conditional clause supposes, it does not report: "Trường hợp sau khi đã sử dụng …".
CONDITIONALS = ("trường hợp", "nếu", "khi", "sau khi", "trong trường hợp")
# Verbs that open the items of a decision (a resolution, conclusion, decree reported by a
# text that says it was issued or passed): "Bổ sung dự toán thu … 28.290 tỷ đồng", "Chuyển
# nguồn 6.623 tỷ đồng …". Allocations only: a decree's "Giảm 50% lệ phí" is a rule in force.
# Not "Thành lập phường X trên cơ sở … 46,91 km2 …": the figures of a founding are its basis,
# the units as they are; what it makes follows "Sau khi thành lập".
DECISION_ITEM_OPENERS = (
    "bổ sung", "bố trí", "phân bổ", "chuyển", "chuyển nguồn", "sử dụng", "dành", "giao",
    "cho phép", "giữ", "giữ nguyên",
)
# What says a text reports a decision: "ký ban hành Nghị quyết số 196/2025/QH15",
# "Quốc hội thông qua Nghị quyết", "Bộ Chính trị kết luận", "Quốc hội quyết nghị".
DECISION_DOCS = ("nghị quyết", "kết luận", "quyết định", "chỉ thị", "công điện", "nghị định")
DECISION_ACTS = ("ban hành", "ký ban hành", "thông qua", "quyết nghị", "ký")

# A floor on a norm is a rule in force, not a quota (FORMAT.md: rules in force are actual):
# "mức hỗ trợ tối thiểu 60 triệu đồng/căn", "phạt tiền tối thiểu", "thời hạn tối thiểu".
NORM_NOUNS = (
    "mức hỗ trợ", "mức phạt", "phạt tiền", "mức thu", "mức lương", "mức đóng", "mức hưởng",
    "mức trợ cấp", "mức phụ cấp", "lệ phí", "phí", "thời hạn", "hạn mức",
    "định mức", "tiêu chuẩn", "điều kiện", "độ tuổi", "tuổi",
)
# The language of the levels a rule sets, for a figure with no evidence of its own in a text
# that reports a rule coming into force after publication ("Mức đóng hằng tháng … bằng 4,5%
# mức lương cơ sở", "Thời gian hỗ trợ là 36 tháng", "mức phí … được áp dụng"): the levels
# it charges, pays or grants, and the verbs of what it grants or waives. Not time limits
# ("trong thời hạn 05 ngày"): a text about a new rule quotes the procedures already in force.
# "Tuyển dụng 70 chỉ tiêu công chức", "gồm 60 chỉ tiêu tuyển dụng": "chỉ tiêu" counted with
# the slots it opens is a quota (FORMAT.md: target), not the indicators of a plan ("đề ra 38
# chỉ tiêu", "đạt 20/24 chỉ tiêu")
QUOTA_SLOTS = (
    "tuyển dụng", "tuyển sinh", "tuyển", "công chức", "viên chức", "biên chế", "đào tạo",
    "học sinh", "sinh viên", "nghĩa vụ quân sự", "giáo viên", "nhân viên", "người lao động",
)
RULE_LEVEL_WORDS = (
    "mức phí", "lệ phí", "phí", "mức thu", "được áp dụng", "áp dụng", "được miễn", "miễn", "được giảm",
    "mức đóng", "mức hưởng", "mức hỗ trợ", "mức trợ cấp", "mức phụ cấp", "mức lương", "mức phạt",
    "phạt tiền", "hạn mức", "định mức", "tỷ lệ đóng", "tỉ lệ đóng",
    "hỗ trợ", "được hỗ trợ", "thời gian hỗ trợ", "trợ cấp", "được hưởng",
    # a fine said with its verb: "… bị phạt đến 4 triệu đồng từ ngày 15/12?" (session 12)
    "bị phạt", "xử phạt",
    # a pay grade and its coefficient: "Xếp lương vào bậc 1, hệ số lương 8,80" (session 13)
    "hệ số lương", "xếp lương",
)
# Levels of other countries or of international standards, named before a figure in a text
# about a rule to come: not the rule's ("theo kinh nghiệm của các quốc gia … và quy chuẩn
# quốc tế … thì mức trợ cấp không ít hơn 45%").
ABROAD = ("quốc tế", "các quốc gia", "các nước", "nước ngoài")
# What one is entitled to: a floor on it is a rule's, no quota ("được hưởng lương, ít nhất
# 300%", "Nhận ít nhất 400% lương").
ENTITLEMENT_VERBS = ("được hưởng", "được trả", "được nhận", "hưởng", "nhận")
# Not cues: "yêu cầu", "đề nghị", "đề xuất" name a directive, but the figures after them
# are mostly its addressees or objects as they stand ("yêu cầu 12 bộ, ngành chưa ban
# hành …", "đề nghị Chủ tịch UBND 63 địa phương"); only "yêu cầu đạt" sets a level.
PROJECTED = (
    "dự kiến", "ước tính", "dự báo", "sẽ", "kỳ vọng", "dự tính", "có thể",
    # a calculation of what a measure would bring: "Theo tính toán, có 22 tỉnh sẽ hoàn thành
    # chỉ tiêu …", "Theo tính toán của Bộ Tài chính thì tổng nhu cầu kinh phí … là 913.300 tỷ"
    "theo tính toán", "tính toán cho thấy",
)
# Not "theo tính toán": a computation reports the present as often as it forecasts ("Theo
# tính toán, giao dịch điện tử giúp tiết kiệm khoảng 3.400 tỷ đồng mỗi năm").
# Not "ước đạt", "ước thực hiện": FORMAT.md reads "ước" as the qualifier approx ("thu nội
# địa 6 tháng ước đạt 16.412 tỷ đồng" is an actual figure, roughly counted); only "ước
# tính" (estimate) projects.
# "bảo đảm/đảm bảo" (ensure) report achievements as often as they set goals, and
# "định hướng/tầm nhìn" mostly sit inside document titles: neither is a cue on its own.

# A cue after these (and up to two more words) is a reference point, not a goal: "đạt
# 104,9% so với kế hoạch", "kết quả thực hiện các chỉ tiêu", "đã thực hiện đạt tốt nhiều
# chỉ tiêu"; "định hướng đến năm 2030" is a title's horizon, not "hướng đến" (aim at).
REFERENCE_BEFORE_CUE = (
    "so với", "kết quả thực hiện", "đạt", "vượt", "hoàn thành", "đáp ứng",
)  # ("định hướng đến năm 2030" is handled in context/status.py: "Bình Định phấn đấu …"
#     must stay a goal)
# "sẽ" marks the future of an action, not a forecast of a date: a deadline is projected only
# with an explicit forecast word ("dự kiến đến 1/7").
FORECAST = ("dự kiến", "ước tính", "dự báo", "kỳ vọng", "dự tính")
# A date planned, not assigned: "Dự thảo sẽ được trình HĐND … trong tháng 7/2025", "Công ty có
# kế hoạch mở rộng sản xuất trong năm 2025", "trong quý III/2025, tỉnh sẽ hoàn thành …"
# (FORMAT.md: a planned date is projected; the due date of an assigned task has none).
PLANNED_DATE = FORECAST + ("sẽ", "có kế hoạch", "lên kế hoạch")
# "mức 48% hiện nay": a figure that states where things stand now is actual, whatever the
# goal around it.
NOW_AFTER = ("hiện nay", "hiện tại", "hiện có", "hiện đạt")

# Words that mark what was reached: a figure after them is actual even in a target sentence.
# Not a bare "hiện": it ends "thực hiện", "thể hiện", "phát hiện".
# "mới có 16 cơ quan cập nhật", "chỉ đạt 45%": "only so far" reports where things stand.
ACTUAL = ("đã", "đạt được", "hiện nay", "hiện có", "hiện đã", "đến nay", "tính đến",
          "mới có", "mới đạt", "chỉ có", "chỉ đạt", "kết quả thực hiện", "thực tế",
          # a clause of cause or contrast states what is, whatever was planned before it:
          # "sẽ bổ sung 2 quầy, do lượng hồ sơ này chiếm tới 38%"
          "do", "vì", "bởi vì", "nhờ", "trong khi")

# A sentence that announces a plan and ends with a colon ("… các nhiệm vụ sau:") makes the
# list after it a list of targets, until a sentence reports what was done ("đã").
PLAN_OPENERS = (
    "nhiệm vụ", "phương hướng", "giải pháp", "thời gian tới", "cuối năm", "kế hoạch",
    "mục tiêu", "phấn đấu", "chỉ tiêu", "định hướng", "lộ trình", "các mốc", "mốc",
)
PLAN_SPAN = 8  # sentences at most

# A sentence or list item that opens with a directive verb and no subject is a task
# ("Đẩy mạnh chuyển đổi số, trong đó tập trung hoàn thành 9 cơ sở dữ liệu"; "Thứ hai, tăng
# cường …"): its figures are targets unless it reports what was done ("đã"). Not "tiếp
# tục", which opens reports as a participle as often ("Tiếp tục thực hiện Nghị quyết 18,
# sau sắp xếp Chính phủ có 14 bộ"), nor "hoàn thành", "triển khai", "tổ chức", which open
# lists of results. Deadlines are left alone: an assigned due date is not a target level.
DIRECTIVE_OPENERS = (
    "đẩy mạnh", "tăng cường", "tập trung", "khẩn trương", "quyết liệt", "chủ động", "kiên trì",
    "phấn đấu",
)

# The target cues that make a due date a target (FORMAT.md: "Deadline status is target only
# with target words (phấn đấu, mục tiêu); assigned due dates (giao, đề nghị, chậm nhất)
# have none").
GOAL_WORDS = (
    "mục tiêu", "phấn đấu", "chỉ tiêu", "đặt ra", "đề ra", "hướng tới", "hướng đến",
    "quyết tâm", "nỗ lực", "nhằm",
)

# ------------------------------------------------------------- weak sources of a status
# A proposal, a draft or a plan does not make every figure near it a forecast: "đề xuất 5
# giải pháp", "dự thảo gồm 12 điều", "đề nghị 63 địa phương" count what exists. Only a
# figure an action of the proposal would bring about is `projected` (FORMAT.md: "the
# outcome of a plan, scheme or proposal not yet carried out"): "đề xuất nhập 48 xã thành 19
# xã", "dự thảo rút từ 17 chương xuống còn 9 chương". So these are cues only through an
# OUTCOME_VERB standing between them and the figure.
PROPOSALS = (
    "đề xuất", "đề nghị", "kiến nghị", "dự thảo", "phương án", "tờ trình", "kế hoạch",
    "xin ý kiến", "lấy ý kiến", "dự án luật", "nghiên cứu",
)
# A decision reported by the body that takes it sets a level (FORMAT.md: "Resolutions,
# conclusions and directives that decide a number set targets"): "Quốc hội quyết nghị bổ
# sung 28.290 tỷ đồng", "Bộ Chính trị yêu cầu giảm ít nhất 15% đầu mối". Like proposals,
# only through an outcome verb: "Quốc hội thông qua … với 436/438 đại biểu tán thành" is
# a vote count, actual.
DECISIONS = (
    "quyết nghị", "thống nhất", "cho phép", "chấp thuận", "đồng ý", "yêu cầu", "chỉ đạo",
    "kết luận", "giao",
    # "Thủ tướng phê duyệt giảm thời gian … xuống còn 4,5 ngày": an approval decides the level
    # its outcome verb names (alone, "phê duyệt 5 dự án" reports what was approved)
    "phê duyệt",
)
# "trình" proposes only as a verb with its addressee ("trình Quốc hội", "trình cấp có thẩm
# quyền"); alone it ends "quy trình", "chương trình", "trình độ".
SUBMIT_TO = (
    "quốc hội", "chính phủ", "thủ tướng", "ủy ban", "ubtvqh", "hội đồng", "hđnd", "bộ",
    "cấp có thẩm quyền", "ban", "tỉnh ủy", "thành ủy", "ubnd",
)
# "quyết định" and "quy định" are decisions only with their body as subject ("Quốc hội quyết
# định", "Quốc hội quy định"): alone they are mostly the names of documents or a rule in
# force ("theo quy định", "Quyết định 664").
DECIDING_BODIES = (
    "quốc hội", "ủy ban thường vụ quốc hội", "ubtvqh", "chính phủ", "thủ tướng",
    "thủ tướng chính phủ", "bộ chính trị", "ban bí thư", "ban chấp hành trung ương",
    "trung ương", "hội đồng nhân dân", "hđnd", "nghị quyết", "kết luận", "chỉ thị",
)
# Not "quy định": what a body regulates is a rule, in force unless it starts later
# ("HĐND TP quy định: … được hỗ trợ 10.400.000 đồng/người/tháng").
BODY_DECISIONS = ("quyết định", "quyết nghị", "bổ sung", "bố trí", "phân bổ", "nêu rõ")
# Verbs whose result is the figure — the level an action changes, allocates or reaches, or
# the units it brings into being: the figure is what a cue sets or forecasts.
OUTCOME_VERBS = (
    "giảm", "cắt giảm", "tinh giản", "tăng", "nâng", "rút ngắn", "rút", "đạt", "còn",
    "thành", "hình thành", "thành lập", "tiết kiệm", "bố trí", "bổ sung", "phân bổ",
    "chuyển nguồn", "giữ", "giữ lại", "duy trì", "lên", "xuống", "chi", "dành", "tăng thêm",
    "mở rộng", "giảm thiểu", "hạ", "thu", "huy động", "giải ngân", "tuyển dụng", "tuyển",
    "cấp mới", "cấp đổi", "cấp được", "phát triển thêm", "thêm",
)
# "cấp" (issue) is a verb of output only before its figure ("cấp 50 triệu thẻ"); elsewhere
# it is mostly the noun "level" ("cấp xã", "02 cấp").
# Verbs of activity: their object is a count of the things a plan, task or proposal is about
# (FORMAT.md: "xây dựng 40 phương án" is actual), not a level it sets: "tập trung hoàn thành
# 9 cơ sở dữ liệu", "sẽ phát huy hoạt động của 126 tổ", "trình … ban hành 10 Nghị định".
# A restructuring verb takes the units that exist as its object ("sắp xếp 12 xã để hình
# thành 6 xã": the 12 are where it starts).
ACTIVITY_VERBS = (
    "xây dựng", "hoàn thành", "hoàn thiện", "triển khai", "ban hành", "đầu tư", "phát huy",
    "tổ chức", "rà soát", "kiểm tra", "thực hiện", "kết nối", "cung cấp", "hướng dẫn",
    "đào tạo", "bồi dưỡng", "tập huấn", "kiện toàn", "sửa đổi", "sửa đổi, bổ sung", "xem xét",
    "đơn giản hóa", "đơn giản hoá",
    "tiếp nhận", "giải quyết", "đánh giá", "khảo sát", "tích hợp", "công bố", "thẩm định",
    "phê duyệt", "tham mưu", "tuyên truyền", "vận hành", "nâng cấp",
    "di dời", "bàn giao", "chuyển giao", "xử lý", "tháo gỡ", "giám sát",
    "thanh tra", "kiểm toán", "làm việc với", "gặp", "thăm", "chỉ đạo", "đôn đốc", "của",
    "áp dụng", "thể chế hóa", "thể chế hoá", "cụ thể hóa", "cụ thể hoá", "củng cố", "duy trì",
    "quán triệt", "sơ kết", "tổng kết",
)
# Verbs that bring their object into being: what they will equip, install or open does not
# exist yet, so its count is what the plan makes (projected under "dự kiến / sẽ", a target
# in a task), not a set of things the plan is about: "dự kiến … trang bị 170 máy tính",
# "dự kiến đưa vào vận hành 3 điểm". "tổ chức / mở" make events only ("tổ chức 6 lớp tập
# huấn", "mở 3 lớp"), and any verb makes what the noun calls new ("xây dựng 5 bảng lương
# mới"): see CREATED_EVENTS and status.is_object.
CREATION_VERBS = (
    "trang bị", "lắp đặt", "đưa vào vận hành", "đưa vào sử dụng", "đưa vào hoạt động", "xây mới",
)
CREATED_EVENTS = ("lớp", "hội nghị", "hội thảo", "cuộc", "buổi", "đợt", "đoàn", "phiên", "lễ", "hội thi")
# A count right after a preposition is where, for whom or whose, not a level: "tại 25 xã",
# "kết nối với 63 địa phương", "hoạt động của 126 tổ".
OBJECT_PREPOSITIONS = ("cho", "tại", "với", "đối với", "vào", "của")
# A restructuring verb takes the units that exist as its object, however many: "cấp xã thực
# hiện sắp xếp là 1.247 đơn vị" counts the communes it starts from.
RESTRUCTURE_INPUT_VERBS = (
    "sắp xếp", "sáp nhập", "hợp nhất", "nhập", "tổ chức lại", "cơ cấu lại", "sắp xếp lại",
    "giải thể", "trên cơ sở", "trên cơ sở sắp xếp",
)
# A set of institutional things ("9 lĩnh vực", "63 địa phương", "04 Luật") is small and
# written exactly; a quantity a plan forecasts or sets is large or rounded ("khoảng 50
# triệu căn cước", "1,2 triệu tài khoản"): only the first is a plan's object.
OBJECT_COUNT_MAX = 1000
# A figure after "sau (khi) sắp xếp/sáp nhập …" is what the restructuring yields; it is as
# real as the restructuring: proposed, forecast or decided (read from the sentences that
# name it), or done.
# Hearsay about a restructuring: "Bộ Nội vụ bác thông tin sáp nhập còn 16 tỉnh thành",
# "mạng xã hội lan truyền danh sách 16 tỉnh sau sáp nhập", "Thực hư tiếp tục sáp nhập 34 tỉnh
# còn 16 tỉnh": the outcome it reports is no fact (FORMAT.md: projected — expected, not real).
HEARSAY = (
    "lan truyền", "thực hư", "tin đồn", "bác thông tin", "bác bỏ thông tin", "thông tin sáp nhập",
    "thông tin tiếp tục sáp nhập", "không chính xác",
)
RESTRUCTURE_OUTCOME = (
    "sau sắp xếp", "sau khi sắp xếp", "sau sáp nhập", "sau khi sáp nhập", "sau hợp nhất",
    "sau khi hợp nhất", "sau khi nhập", "sau nhập", "sau khi thành lập", "sau thành lập",
    "sau khi điều chỉnh", "sau điều chỉnh", "sau khi sắp xếp lại", "sau tinh gọn",
    "sau khi tinh gọn", "sau khi kiện toàn", "sau kiện toàn", "sau khi cơ cấu lại",
)
# "Sau hợp nhất, tỉnh mới có 1,9 triệu dân" (FORMAT.md's own example of `projected`): a new
# unit's size after a merger, in a text written before the merger runs, is a forecast. The
# units a merger makes, and the day the 2025 reorganisation took effect (Nghị quyết
# 60-NQ/TW and 202/2025/QH15: 34 provinces and two-level local government from 1 July 2025),
# after which a dated text's "tỉnh mới" names what exists.
MERGER_OPENERS = ("sau hợp nhất", "sau khi hợp nhất", "sau sáp nhập", "sau khi sáp nhập")
NEW_UNITS = ("tỉnh", "thành phố", "xã", "phường", "huyện", "quận", "đặc khu", "đơn vị", "tỉnh, thành", "thị xã")
MERGERS_IN_FORCE = (2025, 7, 1)
RESTRUCTURE_VERBS = (
    "sắp xếp", "sáp nhập", "hợp nhất", "nhập", "thành lập", "giải thể", "điều chỉnh địa giới",
    "tổ chức lại", "cơ cấu lại", "tinh gọn", "kiện toàn",
)
# What a thing is divided into when the division sorts it, not restructures it: "chương
# trình được chia thành 02 tour", "dữ liệu được chia thành hai mức" (no end of a movement;
# "tách thành 4 gói thầu", "phân chia thành 2 dự án" split a thing into new ones)
DIVISION_CLASSES = (
    "mức", "loại", "nhóm", "cấp độ", "đợt", "phần", "giai đoạn", "tour", "tuyến", "ca", "kíp",
    "lớp", "hạng", "bậc", "chương", "mục", "hình thức", "phương thức", "bước", "đoàn", "tổ", "khối",
)
# Verbs of a change of level: "Sau khi tăng, bình quân 4 vùng là 4,17 triệu đồng" states
# the level the change reached (with RESTRUCTURE_VERBS, the openers of context/change.py).
LEVEL_CHANGE_VERBS = (
    "tăng", "giảm", "điều chỉnh", "nâng", "hạ", "cắt giảm", "tinh giản", "mở rộng", "thu hẹp",
)
# "chưa đạt 80%", "không đạt chỉ tiêu": a level not reached is reported, not set.
# "sẽ không còn 63 tỉnh, thành": the level that stands now, denied for the future
NEGATIONS = ("chưa đạt", "không đạt", "chưa đạt được", "vẫn chưa đạt", "không còn")
# A heading names what the items under it are, up to the next heading: "MỤC TIÊU", "Chỉ
# tiêu chủ yếu", "Nhiệm vụ trọng tâm năm 2025" (targets); "Phương án dự kiến" (projected).
# Not "tiêu chí": criteria of a decree ("Tiêu chí phân loại đơn vị hành chính") are rules in
# force as often as goals.
HEADING_TARGETS = (
    "mục tiêu", "chỉ tiêu", "nhiệm vụ", "phương hướng", "định hướng", "giải pháp",
    "kế hoạch", "lộ trình", "yêu cầu",
    # a budget estimate passed for a year ("Thông qua dự toán ngân sách nhà nước năm 2026":
    # "1. Số thu ngân sách nhà nước là …"); its report ("Tình hình thực hiện dự toán") is
    # results (the heading's results test)
    "dự toán",
)
# "Hồ sơ yêu cầu cung cấp thông tin", "Phiếu yêu cầu": after these nouns "yêu cầu" is a
# request someone files, not a requirement set (the headings of procedure pages)
REQUEST_NOUNS = ("hồ sơ", "phiếu", "văn bản", "đơn", "giấy", "tờ khai", "người", "bên", "tổ chức, cá nhân")
HEADING_PROJECTIONS = ("dự kiến", "dự báo", "phương án", "đề xuất", "dự thảo")
# "Cùng với đó, thành lập 4 phường …": a sentence that continues the one before shares its
# proposal, plan or decision when it has no cue of its own.
CONTINUATIONS = ("cùng với đó", "đồng thời", "bên cạnh đó", "ngoài ra", "cụ thể", "theo đó", "trong đó")

# The units and posts an organisation's structure is counted in: "Cục Thuế có 12 đơn vị",
# "Chi cục … có 05 Phòng", "được tổ chức theo 20 khu vực", "phường loại III có 01 Phó Chủ
# tịch". Counted by a decision quoted before it takes effect, they are the structure it sets
# (status_figure._level_of_rule_to_come).
STRUCTURE_UNITS = (
    "đơn vị", "phòng", "tổ", "ban", "khu vực", "chi cục", "cục", "vụ", "đội", "trạm", "bộ phận",
    "phó chủ tịch", "phó trưởng", "phó giám đốc", "phó cục trưởng", "phó chi cục trưởng", "cấp phó",
    "phó trưởng phòng", "phó trưởng ban",
)
