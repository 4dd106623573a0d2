"""Rank: a position. "xếp thứ 4/63", "đứng thứ hai cả nước", "thứ 3/11 huyện",
"xếp thứ 4 trong 63", "địa phương thứ 3", "đứng đầu", "dẫn đầu", "top 10".

Not ranks: the day of the week ("Thứ Hai, 01/4/2024", "thứ 7 ngày 6/7"), list items
("Thứ nhất,"), and level labels ("mức độ 3", "lần thứ 9"), which are names.
"""

from __future__ import annotations

import re

from ..lexicon.labels import LEVEL_BEFORE
from ..text.scan import fast_finditer
from .base import alternation, ends_with, word_before

_VERB = r"(?:(?<!sắp\s)xếp(?:\s+hạng)?|đứng|vươn\s+lên|tụt\s+xuống|tụt|lên|giữ|giữ\s+vững|nằm|ở|đạt)"
_THU = re.compile(
    rf"(?<!\w)(?:(?P<verb>{_VERB})\s+)?(?:ở\s+)?(?:(?P<pos>vị\s+trí|hạng|thứ\s+hạng)(?:\s+thứ)?|thứ)\s*$"
    rf"|(?<!\w)(?P<bare>(?<!sắp\s)xếp|xếp\s+hạng)\s*$"
)
_LEVEL = re.compile(r"(?<!\w)" + alternation(LEVEL_BEFORE) + r"\s*$")
_THU_LAST = frozenset(("trí", "hạng", "thứ", "xếp"))  # the words _THU may end with
# A weekday: "Thứ Hai," at a date line, or "thứ 7, ngày 6/7".
_WEEKDAY_AFTER = re.compile(r"\s*(?:[,-]\s*(?:ngày\s*)?|ngày\s*|\(\s*)\x1a|\s*[,-]\s*\d{1,2}\s*[/-]\s*\d")
_WEEKDAY_SPAN = re.compile(r"(?<!\w)từ\s+thứ\s+(?:[2-7]|hai|ba|tư|năm|sáu|bảy)\s+(?:đến|tới|-)\s+(?:thứ\s+(?:[2-7]|ba|tư|năm|sáu|bảy)|chủ\s+nhật)(?!\w)")
_GRADE_CONTEXT = re.compile(
    r"(?<!\w)(?:thăng\s+hạng|hạng\s+chức\s+danh|ngạch|(?:viên\s+chức|công\s+chức|giáo\s+viên|bác\s+sĩ)\s+hạng)(?!\w)"
)
_RANKED_NOUN = re.compile(
    r"(?<!\w)(?:địa\s+phương|tỉnh|thành\s+phố|đơn\s+vị|bộ|ngành|cơ\s+quan|quốc\s+gia|nước|huyện|quận|xã|trường|doanh\s+nghiệp)\s+$"
)
# "từ thứ 24 (năm 2020) xuống thứ 47": a move in a ranking names positions
_MOVE_BEFORE = re.compile(r"(?<!\w)(?:từ|xuống|lên|tụt\s+xuống|vươn\s+lên)\s+$")
_SCOPE_AFTER = re.compile(r"\s+(?:cả\s+nước|toàn\s+quốc|trong\s+(?:cả\s+nước|số|tổng|khu\s+vực|vùng)|khu\s+vực|của\s+cả\s+nước|về)(?!\w)")
# "nhóm 10 địa phương dẫn đầu", "5 tỉnh dẫn đầu", "các đơn vị dẫn đầu": a group that leads.
_GROUP_BEFORE = re.compile(
    r"(?:(?<!\w)(?:nhóm|top|tốp|các|những)(?:\s+\d+)?(?:,?\s+\w+){0,3}|\d+(?:,?\s+\w+){1,3})\s+$"
)
# Ordinal words that the numeral grammar does not read as numbers.
_ORDINALS = {"nhất": 1, "nhì": 2, "tư": 4, "đầu": 1}
_TEAM_PLACES = {"nhất": 1, "nhì": 2, "ba": 3}
_SCOPE = r"(?:cả\s+nước|toàn\s+quốc|khu\s+vực|khối|vùng|trong|về|bảng|ở|tại|các|trên)"
_FIRST_WORDS = re.compile(
    rf"(?<!\w)(?<!người\s)(?:{_VERB})\s+(?:ở\s+)?(?:vị\s+trí\s+)?(?:thứ\s+(?P<ord>nhất|nhì|tư)|(?P<top>đầu|số\s+1|số\s+một))(?!\w)"
    rf"(?:\s+(?:trong|trên)\s+(?:(?:tổng\s+)?số\s+)?(?P<den2>\d+))?"
    rf"|(?<!\w)(?<!người\s)(?P<lead>dẫn\s+đầu|thứ\s+hạng\s+cao\s+nhất|vị\s+trí\s+dẫn\s+đầu|ngôi\s+vị\s+quán\s+quân|quán\s+quân|ngôi\s+đầu)(?!\w)"
    rf"|(?<!\w)(?P<second>(?:ngôi\s+vị\s+|vị\s+trí\s+)?á\s+quân)(?!\w)"
    # a team's overall place in a contest: "giải nhất toàn đoàn", "xếp hạng nhì toàn đoàn"
    # (the gold sets read these as ranks; a prize in one event, "giải ba nội dung nam", they
    # leave optional or out)
    rf"|(?<!\w)(?:(?:giải|hạng)\s+)?(?P<team>nhất|nhì|ba)\s+toàn\s+đoàn(?!\w)"
    rf"|(?<!\w)cao\s+nhất\s+(?:cả\s+nước|toàn\s+quốc|trong\s+(?P<den>\d+)\s+(?:tỉnh|địa\s+phương))"
)

# the same matches as _FIRST_WORDS.finditer, skipping impossible start positions
_FIRST_WORDS_ITER = fast_finditer(_FIRST_WORDS)


# "từ vị trí 42 lên 21", "từ thứ 24 (năm 2020) xuống 47": the second end of a move through
# a ranking is a position even when "thứ / vị trí" is not repeated ("hạng" is left out: "từ
# hạng 3 lên 2" may move a civil-service grade)
_MOVE_TO_BARE = re.compile(
    r"(?<!\w)từ\s+(?:vị\s+trí|thứ)(?:\s+thứ)?\s+\d{1,3}(?:\s*/\s*\d{1,3})?(?:\s*\([^()\n]{0,30}\))?\s*,?"
    r"\s+(?:lên|xuống)(?:\s+còn)?\s*$"
)
_MOVE_LAST = frozenset(("lên", "xuống", "còn"))


# "bảng xếp hạng … ghi nhận Malaysia 19, Indonesia 27, Philippines 36 và Thái Lan 41": in a
# ranking said before it, a name and a bare number in a list are a position
_RANKING_SAID = re.compile(r"(?<!\w)xếp\s+(?:hạng|thứ)(?!\w)")
_RANKING_REACH = 160  # characters before the item, in its sentence
_NAMED_ITEM_BEFORE = re.compile(r"(?:^|[,:;(]|(?<!\w)(?:và|nhận|là|gồm|có|với))[ \t]+(?:[A-ZÀ-Ỹ][^\W\d_]*[ \t]+){1,3}$")
_ITEM_END_AFTER = re.compile(r"[ \t]*(?:[,;.)]|và(?!\w)|$)")


def _ranked_list_item(expr, view) -> bool:
    if expr.spelled or expr.form != "plain" or not float(expr.value).is_integer() or not 1 <= expr.value <= 300:
        return False
    if not _ITEM_END_AFTER.match(view.masked, expr.end):
        return False
    lo = max(0, expr.start - _RANKING_REACH)
    brk = max(view.masked.rfind(".", lo, expr.start), view.masked.rfind("\n", lo, expr.start))
    lo = max(lo, brk + 1)
    return _NAMED_ITEM_BEFORE.search(view.text, max(lo, expr.start - 45), expr.start) is not None \
        and _RANKING_SAID.search(view.masked, lo, expr.start) is not None


def read(expr, view):
    """A number preceded by thứ/hạng is a rank unless it is a weekday."""
    before = word_before(view.masked, expr.start, 30)
    if _ranked_list_item(expr, view):
        return {"kind": "rank", "start": expr.start, "value": expr.value, "denominator": None}
    if before in _MOVE_LAST and not expr.spelled:
        if ends_with(_MOVE_TO_BARE, view.masked, expr.start, 80):
            den = expr.denominator if expr.form in ("fraction", "within") else None
            return {"kind": "rank", "start": expr.start, "value": expr.value, "denominator": den}
        return None
    if before not in _THU_LAST:
        return None
    m = ends_with(_THU, view.masked, expr.start, 30)
    if not m:
        return None
    if (m.group("pos") or m.group("bare")) and expr.spelled and not m.group().rstrip().endswith("thứ"):
        return None  # "vị trí hai" is rare; "xếp hai hàng" is no rank ("vị trí thứ hai" is)
    if ends_with(_LEVEL, view.masked, expr.start, 30):
        return None
    weekday_like = expr.denominator is None and 2 <= expr.value <= 7
    if weekday_like and (_WEEKDAY_AFTER.match(view.masked, expr.end) or (expr.spelled and view.text[expr.start].isupper())
                         or _WEEKDAY_SPAN.search(view.masked, max(0, m.start() - 24), min(len(view.masked), expr.end + 16))):
        return None  # "Thứ Hai, 01/4", "từ thứ Hai đến thứ Sáu", "từ thứ 2 đến thứ 6": weekdays
    if m.group("pos") and m.group("pos").startswith("hạng") and expr.denominator is None and (
        not m.group("verb") or _GRADE_CONTEXT.search(view.masked, max(0, m.start() - 150), m.start())
    ):
        return None  # "thăng hạng từ hạng 3 lên hạng 2": a civil-service grade, not a position
    if not (m.group("verb") or m.group("pos") or m.group("bare")):
        # A bare "thứ N" is a position only after a ranked noun or before a scope:
        # "địa phương thứ 3", "thứ hai cả nước"; not "loại thứ ba", "năm thứ hai".
        if not (_RANKED_NOUN.search(view.masked, max(0, m.start() - 25), m.start())
                or _SCOPE_AFTER.match(view.masked, expr.end) or expr.denominator is not None
                or _MOVE_BEFORE.search(view.masked, max(0, m.start() - 8), m.start())):
            return None
    den = expr.denominator if expr.form in ("fraction", "within") else None
    if den is None and (within := _WITHIN_AFTER.match(view.masked, expr.end)) is not None:
        den = int(within.group("den"))  # "xếp thứ 41 về diện tích trong số 63 tỉnh"
    return {"kind": "rank", "start": m.start(), "value": expr.value, "denominator": den}


# the whole ranked, written after what the rank is about: "xếp thứ 41 về diện tích trong số 63"
_WITHIN_AFTER = re.compile(r"(?:\s+về(?:\s+[^\W\d_]+){1,5}?)?\s+trong\s+(?:tổng\s+)?số\s+(?P<den>\d{1,3})(?![\d.,])")


# "dẫn đầu đoàn công tác", "do Bộ trưởng đứng đầu", "đứng đầu Đảng và Nhà nước": to lead or
# to head something, no position in a ranking
_HEADS_AFTER = re.compile(
    r"\s*(?:là\s+)?(?:đoàn|phái\s+đoàn|đội|nhóm\s+công\s+tác|tổ\s+công\s+tác|đảng|nhà\s+nước|chính\s+phủ|"
    r"cơ\s+quan|bộ(?!\s+chỉ\s+số)|ngành|ủy\s+ban|ban|hội|danh\s+sách\s+ứng\s+cử|lực\s+lượng|cuộc|chiến\s+dịch|"
    r"phong\s+trào|đoàn\s+rước|rước|đại\s+biểu|thế\s+giới|khối\s+thi\s+đua\s+\w+\s+là)(?!\w)"
    # "(…) dẫn đầu tiến về sân khấu", "… Thái Bình Dương dẫn đầu làm việc với UBND tỉnh": to
    # lead people somewhere or to something
    r"|\s+(?:tiến|đi|làm\s+việc|thăm|diễu\s+hành|về|đến|tới|dự|tham\s+dự|chào|vào)(?!\w)"
    # "đứng đầu là Phó Chủ tịch UBND tỉnh": the person at its head
    r"|\s*(?:,\s*)?là\s+(?:ông|bà|đồng\s+chí|phó|chủ\s+tịch|giám\s+đốc|bộ\s+trưởng|thứ\s+trưởng|bí\s+thư|"
    r"trưởng|thủ\s+trưởng|lãnh\s+đạo|người)(?!\w)"
)
_APPOSED_HEAD = re.compile(r",\s*$")
_END_AFTER = re.compile(r"\s*[.;]")
_HEADED_BEFORE = re.compile(
    # ("người" only right before: "Người đứng đầu"; "của người dân đạt 98,6%, dẫn đầu 11
    # huyện" ranks)
    r"(?<!\w)(?:do|cấp|được\s+giao|làm)(?:\s+\S+){0,8}\s+$|(?<!\w)người\s+$"
    r"|(?<!\w)(?:lãnh\s+đạo|thủ\s+trưởng|cán\s+bộ|cấp\s+trưởng)\s+$"  # "Lãnh đạo đứng đầu các sở"
)
_LIST_OF_N_BEFORE = re.compile(r"(?<!\w)(?:danh\s+sách|nhóm|top|tốp)\s+\d+[^.;:\n\d]{0,70}$")
# "nhóm 50 nước đứng đầu thế giới", "10 tỉnh dẫn đầu": a top group, no position of one
_TOP_GROUP_BEFORE = re.compile(r"(?<!\w)(?:nhóm|top|tốp)(?:\s+\d+)?(?:\s+\S+){0,4}\s+$")


def _is_ranking_lead(view, m) -> bool:
    """"dẫn đầu"/"đứng đầu" as first place of a ranking, not as leading or heading a body."""
    lower = view.masked
    if _HEADS_AFTER.match(lower, m.end()):
        return False
    if _APPOSED_HEAD.search(lower, max(0, m.start() - 3), m.start()) and _END_AFTER.match(lower, m.end()):
        return False  # "…, Phó Tổng tham mưu trưởng Quân đội nhân dân Việt Nam, dẫn đầu."
    if _HEADED_BEFORE.search(lower, max(0, m.start() - 30), m.start()):
        return False
    return not _TOP_GROUP_BEFORE.search(lower, max(0, m.start() - 40), m.start())


def find_word_ranks(view) -> list[dict]:
    """Ranks written without a number: "đứng đầu", "dẫn đầu", "xếp thứ nhất" (value 1)."""
    out = []
    for m in _FIRST_WORDS_ITER(view.masked):
        if m.group("lead") and _GROUP_BEFORE.search(view.masked, max(0, m.start() - 40), m.start()):
            continue  # "nhóm 10 địa phương dẫn đầu": the leading group, no position of one
        if not (m.group("lead") or m.group("ord") or m.group("top") or m.group("second") or m.group("team")) \
                and _LIST_OF_N_BEFORE.search(view.masked, max(0, m.start() - 80), m.start()):
            continue  # "danh sách 10 tỉnh, thành phố … cao nhất cả nước": a top group
        if (m.group("lead") or m.group("top")) and m.group().split()[-1] == "đầu" and not _is_ranking_lead(view, m):
            continue
        value = _ORDINALS[m.group("ord")] if m.group("ord") else _TEAM_PLACES[m.group("team")] if m.group("team") \
            else 2 if m.group("second") else 1
        den = m.group("den") or m.group("den2")
        den = int(den) if den else None
        end = m.end()
        if den is None and m.group("lead") and (field := _FIELD_AFTER.match(view.masked, end)) is not None:
            # "dẫn đầu 11 huyện, thị xã": the field ranked, first of eleven
            den, end = int(field.group("n")), field.end()
        out.append({"kind": "rank", "start": m.start(), "end": end, "value": value, "denominator": den})
    return out


_FIELD_AFTER = re.compile(
    r"[ \t]+(?P<n>\d{1,3})[ \t]+(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường|địa\s+phương|đơn\s+vị|sở|bộ|"
    r"ngành|cơ\s+quan|trường|bệnh\s+viện|doanh\s+nghiệp)(?!\w)"
)
