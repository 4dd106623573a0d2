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
)
PROJECTED = (
    "dự kiến", "ước tính", "dự báo", "sẽ", "kỳ vọng", "dự tính", "ước đạt", "có thể",
    "ước cả năm", "ước thực hiện",
)
# "bảo đảm/đảm bảo" (ensure) report achievements as often as they set goals, and
# "định hướng/tầm nhìn" mostly sit inside document titles: neither is a cue on its own.

# A cue after these (and up to two more words) is a reference point, not a goal: "đạt
# 104,9% so với kế hoạch", "kết quả thực hiện các chỉ tiêu", "đã thực hiện đạt tốt nhiều
# chỉ tiêu"; "định hướng đến năm 2030" is a title's horizon, not "hướng đến" (aim at).
REFERENCE_BEFORE_CUE = (
    "so với", "kết quả thực hiện", "đạt", "vượt", "hoàn thành", "định", "theo", "đáp ứng",
)
# "sẽ" marks the future of an action, not a forecast of a date: a deadline is projected only
# with an explicit forecast word ("dự kiến đến 1/7").
FORECAST = ("dự kiến", "ước tính", "dự báo", "kỳ vọng", "dự tính")
# "mức 48% hiện nay": a figure that states where things stand now is actual, whatever the
# goal around it.
NOW_AFTER = ("hiện nay", "hiện tại", "hiện có", "hiện đạt")

# Words that mark what was reached: a figure after them is actual even in a target sentence.
# Not a bare "hiện": it ends "thực hiện", "thể hiện", "phát hiện".
ACTUAL = ("đã", "đạt được", "hiện nay", "hiện có", "hiện đã", "đến nay", "tính đến")

# A sentence that announces a plan and ends with a colon ("… các nhiệm vụ sau:") makes the
# list after it a list of targets, until a sentence reports what was done ("đã").
PLAN_OPENERS = (
    "nhiệm vụ", "phương hướng", "giải pháp", "thời gian tới", "cuối năm", "kế hoạch",
    "mục tiêu", "phấn đấu", "chỉ tiêu", "định hướng",
)
PLAN_SPAN = 8  # sentences at most
