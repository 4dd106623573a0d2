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
)
# A floor is what must be reached: "cắt giảm ít nhất 30% thời gian xử lý, 30% chi phí",
# "tuyển dụng tối thiểu 650 chỉ tiêu" (19 of 22 floors in the gold we read are targets).
# Not after what was done ("đã bố trí ít nhất 2 máy tính"), not on a technical measure
# ("tốc độ tối thiểu 100 Mbps" is a specification), and not "từ … trở lên", which bounds a
# category as often as a goal ("từ 18 tuổi trở lên").
FLOORS = ("tối thiểu", "ít nhất")
# Not cues: "yêu cầu", "đề nghị", "đề xuất" name a directive, but the figures after them
# are mostly its addressees or objects as they stand ("yêu cầu 12 bộ, ngành chưa ban
# hành …", "đề nghị Chủ tịch UBND 63 địa phương"); only "yêu cầu đạt" sets a level.
PROJECTED = (
    "dự kiến", "ước tính", "dự báo", "sẽ", "kỳ vọng", "dự tính", "có thể",
)
# Not "ước đạt", "ước thực hiện": FORMAT.md reads "ước" as the qualifier approx ("thu nội
# địa 6 tháng ước đạt 16.412 tỷ đồng" is an actual figure, roughly counted); only "ước
# tính" (estimate) projects.
# "bảo đảm/đảm bảo" (ensure) report achievements as often as they set goals, and
# "định hướng/tầm nhìn" mostly sit inside document titles: neither is a cue on its own.

# A cue after these (and up to two more words) is a reference point, not a goal: "đạt
# 104,9% so với kế hoạch", "kết quả thực hiện các chỉ tiêu", "đã thực hiện đạt tốt nhiều
# chỉ tiêu"; "định hướng đến năm 2030" is a title's horizon, not "hướng đến" (aim at).
REFERENCE_BEFORE_CUE = (
    "so với", "kết quả thực hiện", "đạt", "vượt", "hoàn thành", "theo", "đáp ứng",
)  # ("định hướng đến năm 2030" is handled in context/status.py: "Bình Định phấn đấu …"
#     must stay a goal)
# "sẽ" marks the future of an action, not a forecast of a date: a deadline is projected only
# with an explicit forecast word ("dự kiến đến 1/7").
FORECAST = ("dự kiến", "ước tính", "dự báo", "kỳ vọng", "dự tính")
# "mức 48% hiện nay": a figure that states where things stand now is actual, whatever the
# goal around it.
NOW_AFTER = ("hiện nay", "hiện tại", "hiện có", "hiện đạt")

# Words that mark what was reached: a figure after them is actual even in a target sentence.
# Not a bare "hiện": it ends "thực hiện", "thể hiện", "phát hiện".
# "mới có 16 cơ quan cập nhật", "chỉ đạt 45%": "only so far" reports where things stand.
ACTUAL = ("đã", "đạt được", "hiện nay", "hiện có", "hiện đã", "đến nay", "tính đến",
          "mới có", "mới đạt", "chỉ có", "chỉ đạt")

# A sentence that announces a plan and ends with a colon ("… các nhiệm vụ sau:") makes the
# list after it a list of targets, until a sentence reports what was done ("đã").
PLAN_OPENERS = (
    "nhiệm vụ", "phương hướng", "giải pháp", "thời gian tới", "cuối năm", "kế hoạch",
    "mục tiêu", "phấn đấu", "chỉ tiêu", "định hướng",
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
    "quyết tâm", "nỗ lực", "từ nay đến", "nhằm",
)
