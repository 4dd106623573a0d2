"""Numbers that are names or labels ("Quận 7", "Điều 5", "mức độ 3", "Khóa 15"): no claim."""

from __future__ import annotations

import re

from ..lexicon.labels import ID_NOUNS, LABEL_NOUNS, LEVEL_BEFORE, NUMBERED_INSTITUTIONS, STREET_NOUNS
from ..lexicon.phrases import COUNT_HEADS
from ..lexicon.units import MONEY, NOT_DONG
from ..text.masks import MASK_CHAR
from .base import BARE_YEAR, alternation, ends_with, last_words, word_before

_NOUNS = alternation(LABEL_NOUNS + LEVEL_BEFORE)
# "cấp quận 19 loại …" names a level of government, not Quận 19: "cấp" lifts the label.
# "định kỳ 06 tháng" (every six months): "kỳ" ends an adverb there, no label noun.
# "thời kỳ 12 tháng" (a period of twelve months) likewise.
_LABEL = re.compile(r"(?<!\w)(?<!cấp )(?<!định )(?<!Định )(?<!thời )(?<!Thời )" + _NOUNS + r"[ \t]*(?:số[ \t]*)?$")
# "tại số thứ tự từ 1 đến 3 Mục X": the rows of an annex's list, as a range
_SERIAL_FROM = re.compile(r"(?<!\w)(?:số[ \t]+thứ[ \t]+tự|stt)[ \t]+từ[ \t]*$")
# The later members of a list of labels: "mức độ 3 và 4", "cấp độ 3, 4".
_LABEL_LIST = re.compile(r"(?<!\w)" + _NOUNS + r"[ \t]*\d{1,3}(?:[ \t]*(?:,|và|hoặc)[ \t]*\d{1,3}){0,12}[ \t]*(?:,|và|hoặc)[ \t]*$")
_LABEL_LIST_WINDOW = 50


def _ends_a_list(lower: str, pos: int) -> bool:
    """Whether ``_LABEL_LIST`` can match before ``pos``: it ends with ",", "và" or "hoặc" and
    spaces (``$`` also matches before a last line break). Most numbers follow a word, and this
    test spares them the search, which tries every start of its window."""
    tail = lower[max(0, pos - _LABEL_LIST_WINDOW):pos]
    if tail.endswith("\n"):
        tail = tail[:-1]
    return tail.rstrip(" \t").endswith((",", "và", "hoặc"))


# "mức độ 3 và 48 dịch vụ …": a number with a head noun of its own after it is a count,
# not the next label of the list ("mức độ 3 và 4 phát sinh …", "mức độ 3, 4 mới đạt …")
# ("các Điều 14, 24, 26 và 27 Nghị định này": a document named with "này" is the one the
# labels belong to, no head)
_COUNTED_AFTER = re.compile(r"[ \t]+" + alternation(COUNT_HEADS) + r"(?!\w)(?![ \t]+này(?!\w))")
# "các điều 78, 79, 81 và 82 Luật Đất đai": the labels' own document, named after the last
_DOC_NAMED_AFTER = re.compile(r"[ \t]+(?:Luật|Bộ luật|Nghị định|Nghị quyết|Thông tư|Hiến pháp)[ \t]+(?:số[ \t]|[A-ZĐ\d])")
# "thẻ căn cước/CCCD 12 số", "chứng minh nhân dân 09 số": how many digits a paper's number has
_DIGITS_AFTER = re.compile(r"[ \t]+(?:chữ[ \t]+)?số(?!\w)")
_ID_BEFORE = re.compile(r"(?<!\w)" + alternation(ID_NOUNS) + r"(?:[ \t]*/[ \t]*[^\W\d_]+)?[ \t]*$")

# "PAPI 2019", "Chỉ số PAR INDEX 2023", "DTI 2022": a year after an index's acronym is the
# edition of the index, not a count.
_ACRONYM_BEFORE = re.compile(r"(?<!\w)[A-ZĐ]{2,}(?:[ \t]+[A-ZĐ]{2,})*[ \t]+$")


# "Thông tư 37 2025 TT BTC": the year of an identifier written without its slashes
_DOC_NUMBER_BEFORE = re.compile(
    r"(?<!\w)(?:Thông\s+tư|Nghị\s+định|Nghị\s+quyết|Quyết\s+định|Công\s+văn|Chỉ\s+thị|Kết\s+luận|Luật)"
    r"[ \t]+(?:số[ \t]+)?\d{1,5}[ \t]+$", re.I
)
# "khoản 1, 2 Điều 5": a part of a legal text named after the number is the next label
_LEGAL_PART_AFTER = re.compile(r"[ \t]+(?:Điều|Khoản|Chương|Mục|Phần|Điểm|Phụ lục)[ \t]+(?:\d|này(?!\w))")
# "Luật Căn cước 2023", "Bộ luật Lao động 2019", "Tết Âm lịch 2026": a year in a name
_NAME_BEFORE_YEAR = re.compile(
    r"(?<!\w)(?:Luật|Bộ\s+luật|Hiến\s+pháp|Pháp\s+lệnh|Tết|Đại\s+hội|Chiến\s+lược|Quy\s+hoạch|Giải|Cuộc\s+thi)"
    r"(?:,?[ \t]+(?!năm\b)[^\s\d,.;:()]+){0,12}[ \t]+$"  # "Luật Khoa học, Công nghệ và Đổi mới sáng tạo 2025"
)
_YEAR_WORD_BEFORE = re.compile(r"(?<!\w)(?:năm|khóa|khoá|nhiệm\s+kỳ)[ \t]+$", re.I)


# Labels whose noun also ends common compounds ("danh mục 25 thủ tục", "chi tiết", "thành
# phần 3"), and numbered offices written with a capital ("TAND khu vực 9", "Thuế cơ sở 7",
# "Mục II", "Phần 3")
_LABEL_LAST = last_words(LABEL_NOUNS + LEVEL_BEFORE + ("số",))  # the words _LABEL may end with
_PART_LAST = frozenset(("mục", "tiết"))
_CAPITAL_LAST = last_words(("Mục", "Phần", "Tiết", "Chương", "khu vực", "cơ sở", "Vùng"))
_PART_LABEL = re.compile(r"(?<!\w)(?<!danh )(?<!hạng )mục[ \t]*$|(?<!\w)(?<!chi )tiết[ \t]*$")
_CAPITAL_LABEL = re.compile(r"(?<!\w)(?:Mục|Phần|Tiết|Chương|[Kk]hu vực|[Cc]ơ sở|Vùng)[ \t]*$")
_OFFICE_BEFORE = re.compile(r"(?<!\w)(?:TAND|VKSND|Thuế|Chi\s+cục|Kho\s+bạc|Công\s+an|Trường|Bệnh\s+viện|Ban\s+Quản\s+lý)\b")


# "khoản 1.500 đô Mỹ" (a sum of), "số 20 tỷ đồng": an amount of money is never a label.
_MONEY_AFTER = re.compile(
    r"[ \t]*(?:(?:nghìn|ngàn|triệu|tỷ|tỉ)[ \t]+)?" + alternation(MONEY) + r"(?!\w)"
    r"(?![ \t]+" + alternation(NOT_DONG) + r"(?!\w))"  # "2024 đồng thời": no money
)


# a school grade: "lớp 9" before a school's name, a bracket or punctuation (audit round 11)
_GRADE = re.compile(r"(?<!\w)lớp[ \t]*$")
_GRADE_END = re.compile(r"[ \t]*(?:[,.;:)\]\n]|$)|[ \t]+[A-ZĐ]")
# "Phiếu lý lịch tư pháp số 1", "Mẫu số 02", "Tờ khai số 3": the number of a form
_FORM_NUMBER = re.compile(r"(?<!\w)(?:phiếu|mẫu|biểu|tờ\s+khai)(?:[ \t]+[^\W\d_]+){0,5}[ \t]+số[ \t]*$", re.I)
# "số 12 đường Lê Lợi": a street with its name after the number
_STREET_AFTER = re.compile(r"[ \t]+" + alternation(STREET_NOUNS) + r"[ \t]+[A-ZĐ0-9]")
# "Trường THCS số 2", "Tổ dân phố số 5": a capitalised name or an acronym before "số"
_NAMED_NUMBER = re.compile(
    r"(?:(?<!\w)[A-ZĐ]{2,}|(?<!\w)(?:" + "|".join(w.capitalize() for w in NUMBERED_INSTITUTIONS)
    + r")(?:[ \t]+\w+){0,2})[ \t]+số[ \t]*$"
)


_AFTER_IDENTIFIER = re.compile(MASK_CHAR + r"[ \t]+$")  # identifiers are masked in view.masked


# "thi tuyển vòng 2", "vòng 1 cuộc thi": a round of a contest; not "trong vòng 5 năm" (within)
_ROUND = re.compile(r"(?<!\w)(?<!trong\s)(?<!trong\s\s)vòng[ \t]*$")


_RACE_BEFORE = re.compile(r"(?<!\w)nội[ \t]+dung[ \t]*$")
_RACE_AFTER = re.compile(r"[ \t]*(?:m|km|mét)[ \t]+(?:nam|nữ|tiếp\s+sức|vượt\s+rào)(?!\w)")


def is_label(view, expr) -> bool:
    if _MONEY_AFTER.match(view.masked, expr.end):
        return False
    # the word right before the number, once: most patterns below can only end with a few
    word = word_before(view.masked, expr.start)
    if word == "vòng" and ends_with(_ROUND, view.masked, expr.start, 12):
        return True
    if word == "từ" and ends_with(_SERIAL_FROM, view.masked, expr.start, 20):
        return True
    if _STREET_AFTER.match(view.text, expr.end) or (word == "số" and ends_with(_NAMED_NUMBER, view.text, expr.start, 30)):
        return True
    if word == "số" and ends_with(_FORM_NUMBER, view.text, expr.start, 60):
        return True
    if word == "lớp" and _GRADE_END.match(view.text, expr.end) and ends_with(_GRADE, view.masked, expr.start, 8):
        return True  # "(lớp 9 Trường THCS Đập Đá)": a school grade (not "mỗi lớp 5 ngày")
    if word == "dung" and ends_with(_RACE_BEFORE, view.masked, expr.start, 12) and _RACE_AFTER.match(view.masked, expr.end):
        return True  # "HCV nội dung 10.000m nữ": a race named by its distance (audit round 16)
    listed = _ends_a_list(view.masked, expr.start)
    if listed and _LEGAL_PART_AFTER.match(view.text, expr.end) \
            and ends_with(_LABEL_LIST, view.masked, expr.start, _LABEL_LIST_WINDOW):
        return True
    if word in _PART_LAST and ends_with(_PART_LABEL, view.masked, expr.start, 12):
        return True
    cap = ends_with(_CAPITAL_LABEL, view.text, expr.start, 12) if word in _CAPITAL_LAST else None
    if cap and (cap.group()[:1].isupper() or _OFFICE_BEFORE.search(view.text, max(0, cap.start() - 25), cap.start())):
        return True
    year = BARE_YEAR.fullmatch(view.text, expr.start, expr.end) is not None
    if year and (ends_with(_DOC_NUMBER_BEFORE, view.text, expr.start, 30)
                 or _AFTER_IDENTIFIER.search(view.masked, max(0, expr.start - 3), expr.start)):
        return True  # "Công điện 78/CĐ-TTg 2025": the year of a document named by its number
    if (year and ends_with(_NAME_BEFORE_YEAR, view.text, expr.start, 90)
            and not ends_with(_YEAR_WORD_BEFORE, view.text, expr.start, 12)):
        return True
    if _DIGITS_AFTER.match(view.masked, expr.end) and ends_with(_ID_BEFORE, view.masked, expr.start, 40):
        return True
    return (
        (word in _LABEL_LAST and ends_with(_LABEL, view.masked, expr.start, 25) is not None)
        or (listed and ends_with(_LABEL_LIST, view.masked, expr.start, _LABEL_LIST_WINDOW) is not None
            and (not _COUNTED_AFTER.match(view.masked, expr.end) or _DOC_NAMED_AFTER.match(view.text, expr.end)))
        or (year and ends_with(_ACRONYM_BEFORE, view.text, expr.start, 20) is not None)
    )
