"""Status of a figure (FORMAT.md `status`): one reasoned decision per figure.

The evidence, in the order it is weighed (the first that speaks decides):

1. words at the figure: "hiện nay" right after it or after its noun (where things stand
   now), a negation right before it ("chưa đạt 80%"): actual;
2. its clause — the words of its sentence before it:
   - a goal or forecast word (*strong* cue: "mục tiêu", "phấn đấu", "dự kiến", "sẽ") governs
     every figure after it in the sentence, across ";" and ":" — unless a mark of what was
     done ("đã", "hiện có") stands after the cue in the figure's own clause (actual);
   - the figure's own goal label ("chỉ tiêu 80%"), a floor ("tối thiểu 30%"), a level a
     directive asks to ensure ("yêu cầu … bảo đảm 100%"): target;
   - a proposal, draft or decision (*weak* cue: "đề xuất", "dự thảo", "Quốc hội quyết
     nghị") governs only a figure an action of it brings about: an outcome verb ("giảm",
     "bổ sung", "thành", "còn") must stand between the cue and the figure;
3. the sentence's place in the document (``status_scope.py``): an item of a list announced
   with a cue, an item under a goal heading, a task, a sentence dated after publication, the
   outcome of a restructuring proposed or decided elsewhere, a continuation;
4. time: a figure whose period begins after publication is never actual (projected).

Every decision keeps the words that made it (:class:`Evidence`), so a user can see why.
"""

from __future__ import annotations

import re

import attrs

from ..kinds.base import alternation
from ..lexicon.status import (
    ACTIVITY_VERBS,
    ACTUAL,
    BODY_DECISIONS,
    CONDITIONALS,
    CREATED_EVENTS,
    CREATION_VERBS,
    DECIDING_BODIES,
    DECISIONS,
    FLOORS,
    ENTITLEMENT_VERBS,
    FORECAST,
    PLANNED_DATE,
    TEXT_PARTS,
    LAW_SAYS,
    PLAN_ITEM_NOUNS,
    TARGET_AFTER,
    GOAL_WORDS,
    NEGATIONS,
    NORM_BEFORE,
    NORM_NOUNS,
    NOW_AFTER,
    OBJECT_COUNT_MAX,
    OBJECT_PREPOSITIONS,
    OUTCOME_VERBS,
    PROJECTED,
    PROPOSALS,
    REFERENCE_BEFORE_CUE,
    RESTRUCTURE_INPUT_VERBS,
    SUBMIT_TO,
    TARGET,
)
from .cues import MatchIndex


@attrs.frozen(slots=True)
class Evidence:
    """Why a figure has its status: ``status`` (None = actual), the ``rule`` that decided and
    the span of the words it rests on (offsets into the text the pipeline reads)."""

    status: str | None
    rule: str
    start: int
    end: int
    needs_outcome: bool = False  # a weak source: speaks only through an outcome verb


_WEAK_BODY = (
    r"(?P<proposal>" + alternation(PROPOSALS) + r"|trình(?=\s+" + alternation(SUBMIT_TO) + r"(?!\w))"
    + r")|(?P<decision>" + alternation(DECISIONS)
    + r")|(?P<body>" + alternation(DECIDING_BODIES) + r")(?:\s+[^\W\d_]+){0,3}?\s+(?:đã\s+)?"
    + alternation(BODY_DECISIONS)
)
# "thực hiện có thể", "thể hiện đã": "hiện" there is the second syllable of another word
_NOT_SECOND_SYLLABLE = r"(?:(?<!thực\s)(?<!thể\s)(?<!xuất\s)(?<!phát\s)(?<!biểu\s)(?<!hiển\s)(?<!tái\s)|(?!hiện))"
# strong and weak cues in one scan (a strong cue wins where both start: "kế hoạch đặt ra")
_ALL_CUES = re.compile(
    r"(?<!\w)(?:(?P<target>" + alternation(TARGET) + r")|(?P<projected>" + alternation(PROJECTED)
    + r")|(?P<actual>" + _NOT_SECOND_SYLLABLE + alternation(ACTUAL) + r")|" + _WEAK_BODY + r")(?!\w)"
    r"(?<!giao(?=\s(?:dịch|thông|lưu|diện|tiếp|ban|hữu|nhận)))"
    r"(?<!chỉ\stiêu(?=\s(?:tốn|hao|thụ|dùng|xài|hết)))"  # "chỉ tiêu tốn 6.000 đồng": only spends
    r"(?<!với\schỉ\stiêu)"  # "mức lương gắn với chỉ tiêu khối lượng …": an indicator referred to
    # "chủ trương và quyết tâm chiến lược của Đảng": the resolve, a noun, sets nothing
    r"(?<!quyết\stâm(?=\s(?:chiến\slược|của)(?!\w)))"
)
_NOT_ASSIGN = re.compile(r"(?:bàn|chuyển|trao)\s+$")
# A decision verb made a noun ("công tác chỉ đạo, điều hành", "sự đồng ý") names the
# activity, and a negated one ("không yêu cầu") decides nothing.
_NOMINAL = re.compile(r"(?<!\w)(?:công\s+tác|sự|không|chưa)\s+$")  # "Không yêu cầu thực hiện bước …"
# "Báo cáo nghiên cứu khả thi": the name of a document, no proposal
# "hồ sơ đề nghị cấp giấy phép", "đơn đề nghị", "giấy đề nghị thanh toán": the application,
# named; no proposal
_APPLICATION_BEFORE = re.compile(r"(?<!\w)(?:hồ\s+sơ|đơn|mẫu|văn\s+bản|phiếu|giấy)\s+$")
_OPEN_BRACKET = re.compile(r"(?<![\d%])[^\S\n]*\((?:[^\S\n]*(?:khoảng|dự\s+kiến|gần|hơn|trên))?[^\S\n]*$")
_CLOSE_BRACKET = re.compile(r"[^\S\n]*\)")
# the words between a cost or size noun and its amount ("tổng mức đầu tư dự kiến khoảng …")
_AMOUNT_LEAD = r"(?:\s+(?:dự\s+kiến|khoảng|là|lên\s+đến|lên\s+tới|gần|hơn|trên|ước)){0,3}\s*$"
_COST_BEFORE = re.compile(
    r"(?<!\w)(?:tổng\s+)?(?:mức\s+đầu\s+tư|vốn\s+đầu\s+tư|kinh\s+phí|chi\s+phí|tổng\s+mức|tổng\s+vốn)" + _AMOUNT_LEAD
)
# "… đề xuất tăng quy mô các dự án … với tổng công suất khoảng 4.505 MW": the size of a thing
# proposed, said with "với"
_SIZE_BEFORE = re.compile(
    r"(?<!\w)với\s+(?:tổng\s+)?(?:công\s+suất|quy\s+mô|diện\s+tích|chiều\s+dài|dung\s+tích)" + _AMOUNT_LEAD
)
DIGIT = re.compile(r"\d")  # (status_figure.py looks for digits with it too)
_SUBJECT_REACH = 24  # characters: a figure this close before a cue is its subject
_PROGRAMME_BEFORE = re.compile(
    r"(?<!\w)(?:chương\s+trình|gói\s+(?:tín\s+dụng|hỗ\s+trợ|kích\s+thích|ưu\s+đãi|cứu\s+trợ))(?:\s+[^\W\d_]+){0,3}\s+$"
)
# a figure whose noun phrase is the subject of a forecast verb right after it
_FORECAST_AFTER = re.compile(r"[ \t]*(?:(?:cũng|đều)[ \t]+)?(?P<cue>dự\s+kiến|có\s+khả\s+năng|dự\s+báo\s+sẽ)(?!\w)")
# "Chi tiết tên gọi 7 tỉnh … sau sáp nhập 2025 dự kiến?", "… được hỗ trợ thêm 100% lương
# (dự kiến)": "dự kiến" closing the clause labels what it says as planned (not "như dự kiến",
# "so với dự kiến": as planned, against the plan)
_FORECAST_LABEL_AFTER = re.compile(
    r"[^,;:.!?\n()]{0,80}?(?:\(\s*(?P<w>dự\s+kiến)\s*\)|(?<!như )(?<!với )(?<!hơn )(?<!\w)(?P<w2>dự\s+kiến))"
    r"[ \t*_]*(?=[?.!;\n]|$)"
)
_RESULT_BEFORE = re.compile(r"(?<!\w)(?:thành|lên|còn)\s+$")
_MAY_COME_AFTER = re.compile(
    r"\s+(?:(?:sẽ|còn|chỉ|lại|phải)\s+)?(?:đạt|tăng|giảm|lên|xuống|vượt|tiết\s+kiệm|thu\s+về|thu|mang\s+lại|giúp|"
    r"chiếm|mất|kéo\s+theo|dẫn\s+đến|rút\s+ngắn|cắt\s+giảm|hoàn\s+thành|về\s+đích|không\s+còn|còn|có|lên\s+tới|lên\s+đến|"
    r"phân\s+chia|chia|bị|" + alternation(OUTCOME_VERBS) + r")(?!\w)"
)
# "Báo cáo nghiên cứu khả thi" (a document's name); "Bộ/Sở Kế hoạch và Đầu tư" (a body's);
# "kinh phí chi cho nghiên cứu phát triển", "nhân lực nghiên cứu khoa học" (research, a noun)
_NOT_PROPOSAL_AFTER = re.compile(
    r"\s+(?:(?:tiền\s+)?khả\s+thi|và\s+đầu\s+tư|(?:và\s+)?phát\s+triển|khoa\s+học|ứng\s+dụng)(?!\w)"
)
# The verb a figure is the object or result of: the nearest verb before it in its clause.
# "tổng mức đầu tư", "vốn đầu tư", "công tác kiểm tra": a verb made a noun names a thing;
# "Bộ Xây dựng", "Sở Xây dựng": a body's name
_VERB = re.compile(
    r"(?<!\w)(?<!mức\s)(?<!vốn\s)(?<!tổng\s)(?<!việc\s)(?<!tác\s)(?<!bộ\s)(?<!sở\s)(?:(?P<outcome>" + alternation(OUTCOME_VERBS + CREATION_VERBS) + r"|cấp(?=\s+(?:khoảng\s+|hơn\s+|trên\s+|gần\s+)?\d))"
    r"|(?P<input>" + alternation(RESTRUCTURE_INPUT_VERBS) + r")"
    r"|(?P<activity>" + alternation(ACTIVITY_VERBS) + r"))(?!\w)"
)
_PREPOSITION_BEFORE = re.compile(
    r"(?<!\w)" + alternation(OBJECT_PREPOSITIONS) + r"\s+(?:(?:khoảng|gần|hơn|trên|các|những)\s+)?$"
)
# what a verb makes rather than acts on: an event it holds ("tổ chức 6 lớp"), a thing
# called new ("5 bảng lương mới", "03 điểm tiếp nhận mới")
_CREATED = re.compile(
    r"[\d.,]+\s+(?:(?P<event>" + alternation(CREATED_EVENTS) + r")(?!\w)|(?:[^\W\d]+\s+){1,3}?mới(?!\w))"
)
_LINK_REACH = 90  # characters: a verb this close before a figure, in its clause, governs it
_CLAUSE_END = re.compile(r"[;:()\n]")
# "bảo đảm" (ensure) sets a level only when a directive asks for it ("yêu cầu các cơ quan
# bảo đảm 100% …"); alone it reports achievements as often ("đã bảo đảm 100% …").
_ENSURE = re.compile(r"(?<!\w)(?:bảo\s+đảm|đảm\s+bảo)(?!\w)")
_DIRECTED = re.compile(r"(?<!\w)(?:yêu\s+cầu|đề\s+nghị|chỉ\s+đạo|giao)(?!\w)")
_FLOOR = re.compile(alternation(FLOORS) + r"(?!\w)")
_FLOOR_BEFORE = re.compile(r"(?<!\w)" + alternation(FLOORS) + r"(?:\s+trọn)?\s+$")
_NORM_BEFORE = re.compile(r"(?<!\w)" + alternation(NORM_NOUNS) + r"(?:\s+[^\W\d_]+){0,2}\s+$")
_NOW_AFTER = re.compile(r"[ \t]*(?:\w+[ \t]+)?" + alternation(NOW_AFTER) + r"(?!\w)")
_NEGATION = re.compile(r"(?<!\w)" + alternation(NEGATIONS) + r"(?:\s+(?:khoảng|trên|được|mức))?\s*$")
_TEXT_PART = re.compile(alternation(TEXT_PARTS) + r"(?!\w)")
_THEREFORE_AFTER = re.compile(r"\s+(?:vậy|thế)(?!\w)")
_FORECAST = re.compile(r"(?<!\w)" + alternation(FORECAST) + r"(?!\w)")
_PLANNED = re.compile(r"(?<!\w)" + alternation(PLANNED_DATE) + r"(?!\w)")
# "trong quý III/2025, tỉnh sẽ hoàn thành …": the plan right after a due time that opens it
_PLANNED_AFTER = re.compile(r"[^.;:\n]{0,40}?(?<!\w)" + alternation(PLANNED_DATE) + r"(?!\w)")
_REFERENCE = re.compile(r"(?<!\w)" + alternation(REFERENCE_BEFORE_CUE) + r"(?:\s+\w+){0,2}?\s+$")
# "7/20 mục tiêu": a cue word right after a number is the thing counted …
_NUMBER_BEFORE = re.compile(r"\d[\d.,/]*\s*%?\s+$")
# … unless it opens the list of those goals: "còn thiếu 2 chỉ tiêu: …"
_LIST_COLON = re.compile(r"[ \t]*(?:\w+[ \t]*){0,4}:")
# "mục tiêu 80%", "chỉ tiêu là 95%": the goal noun names this very number.
# A level required or assigned right before its figure: "cần tiếp tục giải ngân khoảng
# 65.236 tỷ đồng", "phải tăng thêm 5%", "kế hoạch … được Thủ tướng giao là 118.948 tỷ đồng"
# (a plan assigned; "biên chế được giao là 112 người, có mặt 105" is a quota as it stands).
_REQUIRED = re.compile(
    r"(?<!\w)(?:(?:cần|phải)(?:\s+(?:tiếp\s+tục|thêm))?\s+" + alternation(OUTCOME_VERBS)
    + r"(?:\s+(?:thêm|được))?|(?:kế\s+hoạch|chỉ\s+tiêu|dự\s+toán)[^,;:.\n]{0,80}?giao\s+(?:là|với\s+mức)"
    # "mỗi xã mới phải có diện tích tự nhiên từ 30 km² trở lên": a level a unit must have
    r"|phải\s+có(?:\s+[^\W\d_]+){1,5}?\s+(?=từ|tối\s+thiểu|ít\s+nhất|trên))"
    r"(?:\s+(?:khoảng|hơn|trên|gần|tối\s+thiểu|ít\s+nhất))?\s*$"
)
# "(gần đạt Kế hoạch đề ra, tăng từ 7,5 - 8%)": the plan's own level, named after it.
_OWN_LABEL = re.compile(
    # ("Mốc giải ngân 30% … đặt ra": a milestone set; not "đạt / vượt / cán mốc 30%", reached)
    r"(?<!\w)(?:mục\s+tiêu|chỉ\s+tiêu|kế\s+hoạch"
    r"|(?<!đạt\s)(?<!vượt\s)(?<!cán\s)(?<!chạm\s)(?<!qua\s)mốc(?:\s+(?:giải\s+ngân|hoàn\s+thành|thu|số\s+hóa))?)"
    r"(?:\s+(?:đề\s+ra|đặt\s+ra|được\s+giao|giao))?,?"
    r"(?:\s+(?:là|đạt|tăng|giảm))?(?:\s+từ)?\s*$"
)
# "phê duyệt giảm thời gian …", "phê duyệt việc nâng …": an approval of a change of level
_APPROVED_CHANGE = re.compile(r"\s+(?:việc\s+)?(?:giảm|tăng|nâng|cắt\s+giảm|rút\s+ngắn|hạ)(?!\w)")
# "có thể bị phạt", "có thể được miễn", "có thể lựa chọn phương thức đóng hằng tháng, 3 tháng
# hoặc 6 tháng": what a rule allows or leaves to choose, no forecast
_RULE_MODAL_AFTER = re.compile(
    r"\s+(?:(?:bị|được)\s+(?:phạt|xử\s+phạt|miễn|giảm|hưởng|cấp|xem\s+xét)|(?:được\s+)?(?:lựa\s+chọn|chọn)"
    # "trường hợp phức tạp thì có thể kéo dài nhưng không quá 60 ngày": what a rule allows
    r"|(?:được\s+)?(?:kéo\s+dài|gia\s+hạn))(?!\w)"
)
# a purpose that is part of what a forecast says ("sẽ giúp … hướng đến doanh thu 860 tỷ
# đồng/năm"): the forecast governs
_PURPOSE = ("hướng đến", "hướng tới", "nhằm")
_OF_CENTRE = re.compile(r"(?<!\w)thuộc\s+$")
_PLAN_SPAN = re.compile(r"\d{1,2}\s+(?:năm|tháng)(?!\w)")
_BACK_REFERENCE = re.compile(r"\s+(?:này|đó|trên|nói\s+trên|nêu\s+trên)(?!\w)")
# A due date is a target only with goal words (FORMAT.md), not with an obligation ("phải
# hoàn thành", "được giao", "cần") that assigns it.
_GOAL = re.compile(r"(?<!\w)" + alternation(GOAL_WORDS) + r"(?!\w)")
# "yêu cầu" opening the clause of a year ("yêu cầu phát triển đến năm 2025 …"), no noun's
# ("Phiếu yêu cầu"), with no clause break between
_REQUIRE_BEFORE = re.compile(r"(?<!\w)yêu\s+cầu(?!\w)(?=[^,;:.\n]*$)")
_REQUIRE_REACH = 60
_VISION = re.compile(r"(?:tầm\s+nhìn|định\s+hướng)(?=\s+(?:đến|tới)(?!\w))")
_TITLE_HORIZON = re.compile(r"(?<!\w)định\s+$")
# What was done, reported: a figure after it in its clause is actual. "đã được" is left out:
# it opens relative clauses after a noun ("phương án đã được phê duyệt") as often.
DONE = re.compile(
    r"(?<!\w)(?<!" + r")(?<!".join(c for c in CONDITIONALS if len(c) <= 4) + r")"
    r"(?:(?<!khi\s)(?<!nếu\s)đã(?!\s+được)|đạt\s+được|hiện\s+nay(?!\s*[;,.)]))(?!\w)"
)
_TARGET_AFTER = re.compile(r"[^;.\n]{0,80}?(?<!\w)" + alternation(TARGET_AFTER) + r"(?!\w)")
_PLAN_ITEM = re.compile(alternation(PLAN_ITEM_NOUNS) + r"(?!\w)")
_LAW_SAYS = re.compile(r"(?<!\w)(?:" + alternation(LAW_SAYS) + r")(?:\s+[^\W\d_]+){0,6}?\s+quy\s+định(?!\w)|theo\s+quy\s+định")
# "27 công chức đã được điều động": what the figure's own clause says was done, after it
_DONE_AFTER = re.compile(r"[ \t]*(?:[^\W\d_]+[ \t]+){0,3}?(?:đã|vừa|đã\s+được|vừa\s+được)(?!\w)")
# "Thủ tướng đã ký Công điện số 36/CĐ-TTg …, đề nghị … bảo đảm 100% …": a request opening a
# later clause asks for what is still to come; the mark of what was done stays behind it
_REQUEST_AFTER = re.compile(r",[ \t]*(?:[^\W\d_]+[ \t]+){0,2}?(?:đề\s+nghị|yêu\s+cầu|chỉ\s+đạo)(?!\w)")
_NOT_YET_AFTER = re.compile(r"[ \t]*(?:[^\W\d_]+[ \t]+){0,3}?chưa(?!\w)")
_CLAUSE_SUBJECT_BEFORE = re.compile(
    r"(?:^|[;:,.\n])[ \t*+\-–]*(?:(?:đặc\s+biệt|trong\s+đó|riêng|vẫn\s+còn|còn|có|hiện\s+có)[ \t]+)?$"
)
# "huyện mới có 630 km²": "mới" is "new" after a unit noun, not "only so far"
_NEW_UNIT = re.compile(r"(?<!\w)(?:huyện|tỉnh|xã|phường|quận|thành\s+phố|thị\s+xã|đơn\s+vị|cơ\s+quan|tổ\s+chức|đặc\s+khu)\s+$")
_NOUN_NOW_AFTER = re.compile(r"\s*[;,.)]")  # "63 tỉnh, thành phố hiện nay;": "now" qualifies a noun
# "từ 1,8 triệu đồng hiện nay lên 2,34 triệu": "now" right after a figure (and its unit) dates
# that figure; the figures after it keep the clause's cue ("sẽ tăng")
_FIGURE_JUST_BEFORE = re.compile(r"\d%?(?:[ \t]+[^\W\d_]+){0,3}[ \t]+$")
_CONDITIONAL_BEFORE = re.compile(r"(?<!\w)" + alternation(CONDITIONALS) + r"\s+$")
_NORM = re.compile(r"(?<!\w)" + alternation(NORM_BEFORE) + r"(?:[\s*]+(?:là|từ|bằng|đến|mức))?[\s*]*$")
_DONE_JUST_BEFORE = re.compile(r"(?<!\w)(?:đã|đều|cũng)\s+$")


_FORECAST_IN_CONTRAST = re.compile(r"[^.;:\n]{0,40}?(?<!\w)(?:khó|sẽ|dự\s+kiến|có\s+khả\s+năng|có\s+thể)(?!\w)")


# "Với quyết tâm của cả hệ thống chính trị", "sự nỗ lực": the noun, not the commitment
_NOUN_OF_CUE = re.compile(r"(?<!\w)(?:với|sự|của|bằng|nhờ)\s+$")


_PENDING = re.compile(r"(?<!\w)(?:" + alternation(PROPOSALS) + r"|thông\s+qua|chấp\s+thuận|phê\s+duyệt|đồng\s+ý|sáp\s+nhập|sắp\s+xếp)(?!\w)")
# (also after a comma: "Bên cạnh đó, nếu người lao động làm việc ban đêm thì sẽ được trả thêm …")
# "được hưởng lương, ít nhất 300%", "Nhận ít nhất 400% lương": a floor on what one is
# entitled to is a rule's, no quota
_ENTITLED = re.compile(r"(?<!\w)" + alternation(ENTITLEMENT_VERBS) + r"(?!\w)")
_IF_CLAUSE = re.compile(r"(?:^|[.!?\n;:,]\s*)[-+•*–\s]*(?:nếu|trường\s+hợp|trong\s+trường\s+hợp)(?!\w)[^.!?\n;]*$")


_SET_GOAL_BEFORE = re.compile(r"(?<!\w)(?:mục\s+tiêu|chỉ\s+tiêu|kế\s+hoạch|nhiệm\s+vụ|yêu\s+cầu)(?:\s+\S+){0,4}\s+$")
# "Theo tinh thần Nghị quyết 27-NQ/TW năm 2018 thì sẽ xây dựng 5 bảng lương mới": what a
# decision lays down for the future is a target, not a forecast (identifiers are masked:
# "theo tinh thần ▒▒▒" is a resolution's spirit; a bare "theo ▒▒▒" may be a plan)
_BY_DECISION_OPENING = re.compile(
    r"(?:^|[.!?\n:;])[\W_]*theo\s+(?:tinh\s+thần\s+(?:\x1a|(?:nghị\s+quyết|kết\s+luận|chỉ\s+thị)(?!\w))"
    r"|(?:nghị\s+quyết|kết\s+luận|quyết\s+định|chỉ\s+thị)(?!\w))[^.!?\n;]*$"
)


# "thực hiện đúng quy định về dành 20% quỹ đất": the figure is what a rule in force says,
# whatever the directive around it asks (FORMAT.md: rules in force are actual)
# "(thực hiện theo đúng quy định, mỗi phòng từ 15 người trở lên)": the same, the rule cited first
_RULE_CONTENT = re.compile(
    r"(?<!\w)(?:đúng|theo)\s+(?:đúng\s+)?(?:các\s+)?quy\s+định(?:\s+(?:về|của|tại)|\s*,)(?:\s+[^\W\d_]+){0,3}\s+$"
)


# a rule cited in force earlier in the sentence ("theo quy định tại …", "được quy định tại …")
_RULE_BEFORE_WILL = re.compile(
    r"(?<!\w)(?:theo|được)\s+quy\s+định\s+(?:tại|của)(?!\w)[^.!?\n;:]*$"
)


# (a change the rule's level will undergo is still a forecast: "lương tối thiểu vùng theo quy
# định của Bộ luật Lao động sẽ tăng 6%")
_CHANGE_AFTER_WILL = re.compile(r"\s+(?:được\s+)?(?:tăng|giảm|điều\s+chỉnh|nâng|hạ)(?!\w)")


def _title_horizon(lower: str, m: re.Match[str]) -> bool:
    """Is the cue "hướng …" the second half of "định hướng" (a title's horizon)?"""
    return m.group().startswith("hướng") and _TITLE_HORIZON.search(lower, max(0, m.start() - 6), m.start()) is not None


# A calculation speaks of the future only when its sentence does ("Theo tính toán, có 22
# tỉnh sẽ hoàn thành …", "Theo tính toán …, nếu thực hiện đủ … thì …").
_CALCULATION = ("theo tính toán", "tính toán cho thấy")
# "do" before the doer and a verb of providing or running is "by" (the agent of a passive
# or a relative clause: "loại hình BHXH do ngân sách nhà nước bảo đảm", "do Sở Nội vụ chủ
# trì"), not "because"; a cause states what is ("do lượng hồ sơ này chiếm tới 38%")
_AGENT_AFTER = re.compile(
    r"(?:\s+[^\W\d_]+){1,4}?\s+(?:bảo\s+đảm|đảm\s+bảo|chi\s+trả|cấp|chủ\s+trì|thực\s+hiện|ban\s+hành|quản\s+lý|"
    r"phụ\s+trách|tổ\s+chức|đầu\s+tư|hỗ\s+trợ|quyết\s+định|phê\s+duyệt|cung\s+cấp|đóng|trả|giao|cử)(?!\w)"
)
_CALCULATED_FUTURE = re.compile(r"[^.!?\n]*?(?<!\w)(?:sẽ|nếu|dự\s+kiến|khi)(?!\w)")


def _cue_status(lower: str, m: re.Match[str]) -> str | None:
    """What one strong cue says: 'target', 'projected', 'actual', or None (a reference)."""
    if m.group().startswith(("quyết tâm", "nỗ lực")) and _NOUN_OF_CUE.search(lower, max(0, m.start() - 6), m.start()):
        return None
    if _BACK_REFERENCE.match(lower, m.end()):
        return None  # "Để thực hiện các mục tiêu này, tỉnh dự kiến …": goals named before
    if _title_horizon(lower, m):
        return None  # "định hướng đến năm 2030": a title's horizon, not "hướng đến" (aim at)
    if m.group() == "có thể" and (_RULE_MODAL_AFTER.match(lower, m.end()) or not _MAY_COME_AFTER.match(lower, m.end())):
        # "có thể bị phạt lên đến 60 triệu đồng", "người dân có thể tố giác 17 loại tội phạm",
        # "có thể thấy …": what a rule allows, what one is able to do, a discourse marker; a
        # forecast says what may come ("có thể đạt 8%", "có thể tăng lên 40 triệu", "có thể sẽ")
        return None
    if m.group() in _CALCULATION and not _CALCULATED_FUTURE.match(lower, m.end()):
        return None  # "Theo tính toán, việc giao dịch điện tử giúp tiết kiệm …": what a measure in place saves
    if m.group() == "sẽ" and _RULE_BEFORE_WILL.search(lower, max(0, m.start() - 200), m.start()) \
            and not _CHANGE_AFTER_WILL.match(lower, m.end()):
        # "Theo quy định tại Bộ luật Lao động năm 2019, người lao động … sẽ nhận được ít nhất
        # bằng 300%", "… được quy định tại Điều 29 Nghị quyết … sẽ có nội dung gồm …": what a
        # rule in force provides, no forecast
        return None
    if m.group() == "sẽ" and _BY_DECISION_OPENING.search(lower, max(0, m.start() - 150), m.start()):
        return "target"
    if m.group() == "sẽ" and (cond := _IF_CLAUSE.search(lower, max(0, m.start() - 150), m.start())) \
            and not _PENDING.search(cond.group()):
        # "Nếu doanh thu trên 100 triệu/năm sẽ đóng thuế 5%": the consequence of a rule; not
        # "Nếu phương án được chấp thuận, … sẽ giảm …", which hangs on a decision to come
        return None
    if m.group() == "do" and _AGENT_AFTER.match(lower, m.end()):
        return None  # "do ngân sách nhà nước bảo đảm": "by" whom it is done, no cause
    if not m.group("actual"):
        if _REFERENCE.search(lower, max(0, m.start() - 25), m.start()):
            return None  # "đạt 104,9% so với kế hoạch"
        if _NUMBER_BEFORE.search(lower, max(0, m.start() - 15), m.start()) and not _LIST_COLON.match(lower, m.end()):
            return None
    return "target" if m.group("target") else "projected" if m.group("projected") else "actual"


def _weak_status(m: re.Match[str]) -> str:
    return "projected" if m.group("proposal") else "target"


def _is_weak_cue(lower: str, m: re.Match[str]) -> bool:
    """Does a proposal, decision or deciding body found by the cue scan decide anything?"""
    return not (
        (m.group().startswith("giao") and _NOT_ASSIGN.search(lower, max(0, m.start() - 8), m.start()))
        or (m.group("decision") and _NOMINAL.search(lower, max(0, m.start() - 12), m.start()))
        # "các tỉnh trực thuộc trung ương nhận bổ sung …": a phrase, no body
        or (m.group("body") and _OF_CENTRE.search(lower, max(0, m.start() - 10), m.start()))
        or (m.group("proposal") and (_NOT_PROPOSAL_AFTER.match(lower, m.end())
                                     or _APPLICATION_BEFORE.search(lower, max(0, m.start() - 10), m.start())))
    )


# "Quyết định số 1891/QĐ-TTg … phê duyệt Phương án cắt giảm, đơn giản hóa thủ tục hành chính"
# in the lead: the plan is decided, and "theo phương án …" below cites a decision, no proposal
_APPROVED_PLAN = re.compile(
    r"(?<!\w)(?:phê\s+duyệt|thông\s+qua|ban\s+hành)\s+(?:các\s+)?(?P<plan>phương\s+án|đề\s+án|kế\s+hoạch)(?!\w)"
)
_APPROVED_HEAD = 1500  # characters: the title and lead


class StatusReader:
    """Status cues of a document, found once; each figure is decided by bisection over them."""

    def __init__(self, lower: str):
        self.lower = lower
        self.cues, weak = MatchIndex.split(_ALL_CUES, lower, {"target", "projected", "actual"})
        self.kinds = [_cue_status(lower, m) for m in self.cues.matches]
        self.weak = MatchIndex.of([m for m in weak.matches if _is_weak_cue(lower, m)])
        self.ensures = MatchIndex(_ENSURE, lower)
        approved = _APPROVED_PLAN.search(lower, 0, min(len(lower), _APPROVED_HEAD))
        self.approved_plan = " ".join(approved.group("plan").split()) if approved else None
        # per sentence start: (next cue index, status, governing cue, done mark) of _clause's fold
        self._folds: dict[int, tuple] = {}
        # per (pattern, sentence): its matches there (spans_in), and what the deciders of
        # context/status_figure.py look up once per sentence
        self.memo: dict = {}

    # -- the clause -------------------------------------------------------------------
    def _clause(self, s: int, pos: int) -> Evidence | None:
        """The strong cue governing ``pos`` from its sentence start ``s``, or the mark of
        what was done that overrides it in the figure's clause."""
        gov: re.Match[str] | None = None
        status = None
        done: re.Match[str] | None = None
        r = self.cues.span_indices(s, pos)
        first = r.start
        # the fold over the sentence's cues goes on from where the previous figure of the
        # same sentence left it (figures come in order): a sentence of thousands of figures
        # and cues (a flattened table) is read once, not once per figure
        kept = self._folds.get(s)
        if kept is not None and r.start <= kept[0] <= r.stop:
            first, status, gov, done = kept
        for i in range(first, r.stop):
            kind, m = self.kinds[i], self.cues.matches[i]
            if kind == "target":
                if status == "projected" and m.group() in _PURPOSE and done is None:
                    continue
                status, gov, done = "target", m, None
            elif kind == "projected":
                if status != "target":
                    status, gov = "projected", m
                done = None
            elif kind == "actual":
                # "UBND huyện đã đề nghị … bổ sung 3 viên chức": what was done is the
                # request; the figure it asks for is still to come. "63 tỉnh, thành phố
                # hiện nay;" qualifies a noun, "khi đã …" supposes: neither reports.
                if self.weak.first_between(m.end(), m.end() + 14) is not None:
                    continue
                if m.group().startswith("hiện") and (_NOUN_NOW_AFTER.match(self.lower, m.end(), m.end() + 3)
                                                      or _FIGURE_JUST_BEFORE.search(self.lower, max(s, m.start() - 30), m.start())):
                    continue
                if m.group() == "đã" and _CONDITIONAL_BEFORE.search(self.lower, max(0, m.start() - 14), m.start()):
                    continue
                if m.group().startswith("mới") and _NEW_UNIT.search(self.lower, max(0, m.start() - 16), m.start()):
                    continue
                if m.group() == "vì" and _THEREFORE_AFTER.match(self.lower, m.end()):
                    continue  # "Chính vì vậy, … cần … sao cho … chỉ còn 3 cấp": a consequence, no cause
                if m.group().startswith("trong") and _FORECAST_IN_CONTRAST.match(self.lower, m.end()):
                    continue  # "…; trong khi 22 địa phương khác khó hoàn thành chỉ tiêu": a forecast too
                done = m
        self._folds[s] = (r.stop, status, gov, done)
        if done is not None and _REQUEST_AFTER.search(self.lower, done.end(), pos) is None:
            return Evidence(None, "done", done.start(), done.end())
        if gov is not None and status == "projected" and self._predicate_of_other(s, gov, pos):
            # "Theo tính toán, có 22 tỉnh sẽ hoàn thành …; trong khi 22 địa phương khác khó …":
            # a forecast that opens the sentence, before any figure, still governs all of it
            opening = self._opening_forecast(s, gov.start())
            return Evidence("projected", "cue", opening.start(), opening.end()) if opening is not None else None
        if gov is not None:
            return Evidence(status, "cue", gov.start(), gov.end())
        return None

    def _opening_forecast(self, s: int, before: int) -> re.Match[str] | None:
        """A forecast cue that opens the sentence from ``s``, with no figure before it."""
        for i in self.cues.span_indices(s, before):
            m = self.cues.matches[i]
            if self.kinds[i] == "projected" and m.group() != "sẽ" and not DIGIT.search(self.lower, s, m.start()):
                return m
        return None

    def _predicate_of_other(self, s: int, gov: re.Match[str], pos: int) -> bool:
        """"có 04 đơn vị sẽ mang đến …; 08 đơn vị ẩm thực ngoài tỉnh …": a forecast that is
        the predicate of a figure in its own clause says nothing of figures after a ";" (a
        goal noun counted there, "thiếu 2 chỉ tiêu: …", still governs its list)."""
        semi = self.lower.rfind(";", gov.end(), pos)
        if semi < 0:
            return False
        seg = max(s, self.lower.rfind(";", s, gov.start()) + 1, self.lower.rfind(":", s, gov.start()) + 1,
                  gov.start() - _SUBJECT_REACH)
        return DIGIT.search(self.lower, seg, gov.start()) is not None

    def link(self, lo: int, pos: int) -> re.Match[str] | None:
        """The verb the figure at ``pos`` is the object or result of: the nearest one before
        it, after ``lo``, in its clause and close to it."""
        lo = max(lo, pos - _LINK_REACH)
        brk = None
        for brk in _CLAUSE_END.finditer(self.lower, lo, pos):
            pass
        if brk is not None:
            lo = brk.end()
        last = None  # looked up per figure: a window of ~90 characters, not the whole text
        for last in _VERB.finditer(self.lower, lo, pos):
            pass
        return last

    def is_object(self, lo: int, pos: int, value: float | None = None, qualified: bool = False
                  ) -> re.Match[str] | None:
        """The activity verb whose object the count at ``pos`` is ("xây dựng 40 phương
        án"), if any: such a count is what a plan is about, not a level it sets. Only a
        small count written exactly names a set of things (OBJECT_COUNT_MAX)."""
        prep = _PREPOSITION_BEFORE.search(self.lower, max(lo, pos - 16), pos)
        v = self.link(lo, pos)
        if v is not None and v.group("input"):
            return v
        if qualified or (value is not None and value >= OBJECT_COUNT_MAX):
            return None
        if prep is not None:
            return prep
        if v is None or not v.group("activity"):
            return None
        made = _CREATED.match(self.lower, pos)
        if made is not None and (not made.group("event") or v.group() in ("tổ chức", "mở")):
            return None  # "tổ chức 6 lớp", "xây dựng 5 bảng lương mới": not there yet
        return v

    def outcome_of(self, lo: int, pos: int) -> re.Match[str] | None:
        """The outcome verb whose result the figure at ``pos`` is, if any."""
        v = self.link(lo, pos)
        return v if v is not None and v.group("outcome") else None

    def _weak_cue(self, s: int, pos: int) -> Evidence | None:
        """A proposal or decision before ``pos`` whose outcome verb governs the figure."""
        m = self.weak.last_between(s, pos)
        if m is None or DONE.search(self.lower, m.end(), pos):
            return None
        if _REFERENCE.search(self.lower, max(0, m.start() - 25), m.start()) \
                or _NUMBER_BEFORE.search(self.lower, max(0, m.start() - 15), m.start()):
            return None  # "đạt 93,8% kế hoạch năm": a reference point, not a plan
        if m.group() == "phê duyệt" and not _APPROVED_CHANGE.match(self.lower, m.end()):
            return None  # "phê duyệt danh sách … với 73 trường hợp": what was approved, reported
        # "Quốc hội bổ sung 50.623 tỷ đồng": the body's decision verb is the outcome verb
        lo = m.start() if m.group("body") else m.end()
        if self.outcome_of(lo, pos) is not None:
            if m.group("proposal") and self.approved_plan is not None \
                    and " ".join(m.group().split()) == self.approved_plan:
                return Evidence("target", "decision", m.start(), m.end())  # the plan approved in the lead
            rule = "proposal" if m.group("proposal") else "decision"
            return Evidence(_weak_status(m), rule, m.start(), m.end())
        return None

    def spans_in(self, pattern: re.Pattern[str], sentence: tuple[int, int]) -> list[tuple[int, int]]:
        """The matches of ``pattern`` in ``sentence``, found once per sentence: a flattened
        table is one sentence of thousands of figures, and scanning it again for each of
        them would be quadratic (the readers of context/status_figure.py ask here too)."""
        key = (pattern, sentence)
        got = self.memo.get(key)
        if got is None:
            got = self.memo[key] = [m.span() for m in pattern.finditer(self.lower, *sentence)]
        return got

    def in_sentence(self, pattern: re.Pattern[str], sentence: tuple[int, int], end: int | None = None) -> bool:
        """Does ``pattern`` match in ``sentence`` (ending by ``end`` when given)?"""
        spans = self.spans_in(pattern, sentence)
        return bool(spans) and (end is None or spans[0][1] <= end)

    def _before(self, pattern: re.Pattern[str], sent_start: int, start: int, sent_end: int | None) -> bool:
        """Does ``pattern`` match in the sentence before ``start``?"""
        if sent_end is None:
            return pattern.search(self.lower, sent_start, start) is not None
        return self.in_sentence(pattern, (sent_start, sent_end), start)

    def of_figure(self, sent_start: int, start: int, end: int, *, floors: bool = True,
                  noun_end: int | None = None, count: tuple[float | None, bool] | None = None,
                  sent_end: int | None = None) -> Evidence | None:
        """Evidence from the figure's own words and clause (None: the clause says nothing).
        ``count``: (value, qualified) when the figure is a count, to tell a plan's object
        from a level it sets."""
        lower = self.lower
        for at in (end, noun_end):
            if at is not None:
                now = _NOW_AFTER.match(lower, at)
                if now:
                    return Evidence(None, "now", now.start() + len(now.group()) - len(now.group().lstrip()), now.end())
        neg = _NEGATION.search(lower, max(sent_start, start - 30), start)
        if neg:
            return Evidence(None, "negation", neg.start(), neg.end())
        norm = _NORM.search(lower, max(sent_start, start - 25), start) \
            or _RULE_CONTENT.search(lower, max(sent_start, start - 50), start)
        if norm:
            return Evidence(None, "norm", norm.start(), norm.start() + len(norm.group().rstrip()))
        label = _OWN_LABEL.search(lower, max(sent_start, start - 35), start)
        if label and not _PLAN_SPAN.match(lower, start, min(len(lower), end + 6)):
            # (not "kỳ kế hoạch 05 năm", "kế hoạch 5 năm": the span that names a plan)
            if count is not None and (noun_start := self._noun_start(end, noun_end)) is not None \
                    and (item := _PLAN_ITEM.match(lower, noun_start)) is not None:
                # "Kế hoạch đề ra 38 nhiệm vụ": the items the plan is made of, no level it sets
                return Evidence(None, "plan-item", item.start(), item.end())
            return Evidence("target", "label", label.start(), label.end())
        required = _REQUIRED.search(lower, max(sent_start, start - 130), start)
        if required:
            return Evidence("target", "required", required.start(), required.end())
        programme = _PROGRAMME_BEFORE.search(lower, max(sent_start, start - 40), start)
        if programme is not None:
            # "Chương trình tín dụng 145 nghìn tỷ đồng": the size that names a programme
            return Evidence(None, "programme", programme.start(), programme.end())
        forecast_after = _FORECAST_AFTER.match(lower, noun_end or end, sent_end or len(lower))
        if forecast_after is not None:
            # "16 địa phương dự kiến đạt và vượt chỉ tiêu": what the figure is forecast to do
            word = forecast_after.group("cue")
            return Evidence("projected", "cue", forecast_after.start("cue"), forecast_after.start("cue") + len(word))
        at, lim = noun_end or end, sent_end or len(lower)
        closing = _FORECAST_LABEL_AFTER.match(lower, at, lim) if lower.find("dự", at, min(lim, at + 96)) >= 0 else None
        if closing is not None:
            w = "w" if closing.group("w") else "w2"
            return Evidence("projected", "cue", closing.start(w), closing.end(w))
        clause = self._clause(sent_start, start)
        if clause is not None:
            if clause.status is not None:
                after = self._done_after(end, noun_end, start)
                if after is not None:
                    return after
            if count is not None and clause.status is not None:
                obj = self.is_object(clause.end, start, *count)
                if obj is not None:
                    return Evidence(None, "object", obj.start(), obj.end())
                item = _PLAN_ITEM.match(lower, noun_start) if (noun_start := self._noun_start(end, noun_end)) else None
                # (a forecast of them is still a forecast: "dự kiến sẽ khởi công 8 dự án")
                if item is not None and clause.status == "target" \
                        and not _RESULT_BEFORE.search(lower, max(sent_start, start - 8), start):
                    # "Kế hoạch đề ra 38 nhiệm vụ": the items a plan is made of (not what
                    # it divides something into: "phân chia thành 2 dự án")
                    return Evidence(None, "plan-item", item.start(), item.end())
            return clause
        if sent_end is not None:
            post = _TARGET_AFTER.match(lower, noun_end or end, sent_end)
            if post is not None:
                return Evidence("target", "cue", post.end() - len(post.group().split()[-1]) - 4, post.end())
        # (the floor word may stand before the span: "ít nhất từ 48 tháng trở lên", "ít nhất
        # trọn 1 nhiệm kỳ")
        floor = _FLOOR.match(lower, start) or _FLOOR_BEFORE.search(lower, max(sent_start, start - 16), start)
        if floors and floor and not self._before(DONE, sent_start, start, sent_end) \
                and not self._before(_LAW_SAYS, sent_start, start, sent_end) \
                and not self._before(_ENTITLED, sent_start, start, sent_end) \
                and not _NORM_BEFORE.search(lower, max(sent_start, start - 30), start) \
                and not _DONE_JUST_BEFORE.search(lower, max(sent_start, start - 8), start):
            return Evidence("target", "floor", floor.start(), floor.start() + len(floor.group().rstrip()))
        ensure = self.ensures.last_between(sent_start, start)
        if ensure is not None and not DONE.search(lower, ensure.end(), start):
            directed = _DIRECTED.search(lower, sent_start, ensure.start())
            if directed:
                # "bảo đảm tiến độ trình Hồ sơ sáp nhập 63 tỉnh thành": what the directed
                # work acts on is so; the level to ensure is what it sets
                obj = self.is_object(ensure.end(), start, *count) if count is not None else None
                if obj is not None:
                    return Evidence(None, "object", obj.start(), obj.end())
                return Evidence("target", "ensure", directed.start(), directed.end())
        weak = self._weak_cue(sent_start, start)
        if weak is not None and weak.rule == "proposal" and count is not None \
                and (noun_start := self._noun_start(end, noun_end)) is not None \
                and (part := _TEXT_PART.match(lower, noun_start)) is not None:
            # "Dự thảo Luật … rút từ 17 chương xuống còn 9 chương", "dự thảo bổ sung 3 trường
            # hợp": what a draft is made of is so, the draft being there
            return Evidence(None, "plan-item", part.start(), part.end())
        return weak

    def cost_of(self, sent_start: int, start: int, end: int, money: bool = True) -> Evidence | None:
        """"đề xuất … các dự án như cải tạo Quốc lộ 25 (2.114 tỷ đồng); …", "đề xuất … 6 làn
        xe với tổng mức đầu tư khoảng 152.102 tỷ đồng": the cost of a thing proposed or
        planned in the sentence is proposed or planned with it."""
        lo = max(sent_start, start - 40)
        if money:
            bracketed = _OPEN_BRACKET.search(self.lower, max(sent_start, start - 12), start) is not None \
                and _CLOSE_BRACKET.match(self.lower, end) is not None
            named = bracketed or _COST_BEFORE.search(self.lower, lo, start) is not None
        else:  # a count or a measure in brackets is as often a condition ("(từ 45 biên chế trở lên)")
            named = False
        if not named and _SIZE_BEFORE.search(self.lower, lo, start) is None:
            return None
        cue = self.sentence_cue(sent_start, start)
        # not a decision's: "chấp thuận chủ trương đầu tư 9 dự án với tổng vốn 14.680 tỷ đồng"
        # reports the amount approved
        if cue is None or cue.status is None or cue.rule == "decision" or DONE.search(self.lower, cue.end, start):
            return None
        return Evidence(cue.status, "cost", cue.start, cue.end)

    def _done_after(self, end: int, noun_end: int | None, start: int | None = None) -> Evidence | None:
        at = noun_end if noun_end is not None else end
        m = _DONE_AFTER.match(self.lower, at)
        if m is None and start is not None and _CLAUSE_SUBJECT_BEFORE.search(self.lower, max(0, start - 24), start):
            # "…; đặc biệt 19 tỉnh chưa triển khai dự án": what the figure's units have not
            # done yet is where they stand now (not "giảm 50% số xã chưa đạt chuẩn", where
            # the figure is an object and "chưa" qualifies its noun)
            m = _NOT_YET_AFTER.match(self.lower, at)
        if m is None:
            return None
        return Evidence(None, "done", m.end() - len(m.group().split()[-1]), m.end())

    def _noun_start(self, end: int, noun_end: int | None) -> int | None:
        if noun_end is None:
            return None
        gap = self.lower[end:noun_end]
        return end + len(gap) - len(gap.lstrip())

    def of_deadline(self, sent_start: int, pos: int, reach: int, by_or_in: bool = False,
                    end: int | None = None) -> Evidence | None:
        """Status of a due time: goal words shortly before it make it a target, forecast
        words a projection, and for a date "by" or "in" a period the words of a plan ("sẽ",
        "có kế hoạch"); an assigned due date has none (FORMAT.md). ``end``: where a due time
        "in" a period ends, when the plan may follow it ("trong quý III/2025, tỉnh sẽ hoàn
        thành …"; not a horizon "đến năm 2030, … sẽ …", which is a goal's)."""
        lo = max(sent_start, pos - reach)
        done = DONE.search(self.lower, lo, pos)
        goal = None
        for m in _GOAL.finditer(self.lower, lo, pos):
            if self._sets_goal(m):
                goal = m
        if goal is not None and not (done and done.start() > goal.start()) \
                and not _BACK_REFERENCE.match(self.lower, goal.end()) \
                and not _DONE_JUST_BEFORE.search(self.lower, max(lo, goal.start() - 20), goal.start()):
            return Evidence("target", "cue", goal.start(), goal.end())
        if goal is None and by_or_in:
            # "phấn đấu hoàn thành 9/9 tiêu chí vào quý II/2025; hoàn thành hồ sơ … vào quý
            # III/2025": the goal of the sentence sets each horizon of its list
            clause = self._clause(sent_start, pos)
            if clause is not None and clause.status == "target" \
                    and (g := _GOAL.match(self.lower, clause.start)) is not None and self._sets_goal(g):
                return clause
        fc = None
        for m in (_PLANNED if by_or_in else _FORECAST).finditer(self.lower, lo, pos):
            if ")" not in self.lower[m.end():pos]:  # not "(… đơn vị dự kiến bố trí …) trước ngày …"
                fc = m
        if fc is not None and not (done and done.start() > fc.start()):
            return Evidence("projected", "cue", fc.start(), fc.end())
        if by_or_in and end is not None:
            after = _PLANNED_AFTER.match(self.lower, end)
            if after is not None and not DONE.search(self.lower, end, after.end()):
                cue = _PLANNED.search(self.lower, end, after.end())
                return Evidence("projected", "cue", cue.start(), cue.end())
        return None

    def required_horizon(self, sent_start: int, pos: int) -> Evidence | None:
        """"Quyết định … yêu cầu phát triển đến năm 2025 mạng băng rộng …": a year required
        for a level is a target horizon (FORMAT.md: "yêu cầu trong năm 2025 100% thủ tục …");
        a day required ("yêu cầu hoàn thành trước ngày 30/6") is an assigned due date and
        the caller asks only for years."""
        req = _REQUIRE_BEFORE.search(self.lower, max(sent_start, pos - _REQUIRE_REACH), pos)
        if req is None or DONE.search(self.lower, req.end(), pos):
            return None
        return Evidence("target", "required", req.start(), req.end())

    def vision_horizon(self, pos: int) -> Evidence | None:
        """"Nghị quyết 57 nêu tầm nhìn đến năm 2045, …": the horizon of a vision is a goal's
        (in a title it is optional, FORMAT.md, and its status counts nowhere)."""
        m = _VISION.match(self.lower, pos)
        return Evidence("target", "horizon", m.start(), m.end()) if m is not None else None

    def _sets_goal(self, m: re.Match[str]) -> bool:
        """Does a goal word set a goal for a due date? Not "định hướng đến" (a title's
        horizon), nor "đặt ra"/"đề ra" without a goal noun ("các quy định không phù hợp với
        thực tiễn đặt ra": raised, not set)."""
        if _title_horizon(self.lower, m):
            return False
        return not (m.group() in ("đặt ra", "đề ra")
                    and not _SET_GOAL_BEFORE.search(self.lower, max(0, m.start() - 40), m.start()))

    def sentence_cue(self, s: int, e: int) -> Evidence | None:
        """The last strong or weak cue of a sentence (for lists and continuations)."""
        best: Evidence | None = None
        for i in self.cues.span_indices(s, e):
            kind, m = self.kinds[i], self.cues.matches[i]
            if kind in ("target", "projected") and not (best and best.status == "target" and kind == "projected"):
                best = Evidence(kind, "cue", m.start(), m.end())
        if best is not None:
            return best
        last = self.weak.last_between(s, e)
        if last is not None:
            return Evidence(_weak_status(last), "proposal" if last.group("proposal") else "decision",
                            last.start(), last.end(), needs_outcome=True)
        return None
