"""Money: "3.500 tỷ đồng", "1.800.000 đồng", "2 triệu USD", "24,5 tỷ VNĐ". Unit ISO 4217."""

from __future__ import annotations

import re

from ..lexicon.numerals import SCALES
from ..lexicon.phrases import MONEY_NOUNS
from ..lexicon.units import MONEY, MONEY_BEFORE, MONEY_SUBUNITS, NOT_DO, NOT_DONG
from ..text.masks import MASK_CHAR
from .base import alternation

# "đồng" may touch the next word in copies of web pages ("2.000.000 đồngđối với"): no
# Vietnamese syllable goes on after it
_UNIT = re.compile(rf"[ \t]*({alternation(MONEY)})(?:(?!\w)|(?<=đồng)(?=[^\W\d_]))")
_NOT_CURRENCY = re.compile(r"\s+" + alternation(NOT_DONG) + r"(?!\w)")
_NOT_DOLLAR = re.compile(r"\s+" + alternation(NOT_DO) + r"(?!\w)")
# A code right before the number; "$" may touch a word ("từ $25"), a letter code may not.
_CODE_BEFORE = re.compile(
    r"(?:(?<!\w)" + alternation(k for k in MONEY_BEFORE if k != "$") + r"|(?<![\w$])\$)[ \t]?$"
)


_LARGE_AMOUNT = 100  # no text counts a hundred deltas: "N đồng bằng" from here is money


def read(expr, view):
    m = _UNIT.match(view.masked, expr.end)
    if not m:
        return _code_first(expr, view)
    word = " ".join(m.group(1).split())
    if word == "đồng" and (nc := _NOT_CURRENCY.match(view.masked, m.end())) is not None \
            and not (nc.group().split() == ["bằng"] and expr.value >= _LARGE_AMOUNT):
        # ("nhận 100.000 đồng bằng hình thức chuyển khoản": an amount paid by some means;
        # "3 đồng bằng" would be three deltas)
        return None
    if word == "đô" and _NOT_DOLLAR.match(view.masked, m.end()):
        return None
    out = {"kind": "money", "end": m.end(), "unit": MONEY[word]}
    if word in MONEY_SUBUNITS:
        out["factor"] = MONEY_SUBUNITS[word]
    return out


def _code_first(expr, view):
    """"USD 2,15 tỷ", "$40 triệu": the currency code before the amount."""
    code = _CODE_BEFORE.search(view.masked, max(0, expr.start - 5), expr.start)
    if code is None:
        return None
    return {"kind": "money", "start": code.start(), "end": expr.end, "unit": MONEY_BEFORE[code.group().strip()]}


# A table of amounts announced by the line before it ("mức lương tối thiểu vùng … như sau:",
# "Đơn vị: triệu đồng"): its bare cells are money in that unit.
_TABLE_MONEY_HINT = re.compile(
    r"(?<!\w)(?:(?P<unit>đơn\s+vị(?:\s+tính)?)\s*:\s*(?P<scale>nghìn|ngàn|triệu|tỷ|tỉ)?\s*(?:đồng|vnđ|vnd)"
    r"|mức\s+lương|tiền\s+lương|mức\s+thu|lệ\s+phí|mức\s+phí|mức\s+hỗ\s+trợ|kinh\s+phí|mức\s+giá|bảng\s+giá)(?!\w)"
)
_TABLE_LOOKBACK = 2500  # characters: the announcing line stands right above the table (rows listing
# places may run to hundreds of characters each: "Vùng III | Phường Phong Châu, … | 3.860.000 |")


def table_money(expr, view) -> dict | None:
    """Money read from a table cell whose table is announced as amounts, or None."""
    text = view.masked
    line_start = text.rfind("\n", 0, expr.start) + 1
    row_unit = _row_unit(text, line_start, expr.start)
    label = _row_label(view, line_start, expr.start)  # the row's label cell, if any
    if row_unit is not None:
        # "| 1 | Cấp giấy phép xây dựng nhà ở riêng lẻ | đồng/giấy phép | 75.000 |": the
        # row's own unit cell says what its amounts are, whatever announces the table
        out = {"kind": "money", "unit": "VND", **({"factor": row_unit} if row_unit != 1 else {})}
        if label is not None and len(view.text[label[0]:label[1]].split()) <= _UNIT_ROW_LABEL_WORDS:
            out["subject_span"] = label  # beside a unit cell, the row's label cell is its label
        return out
    pos = line_start
    # walk up over the table's lines (those holding "|") to the line that announces it; a
    # table whose rows only name classes ("Vùng I | 5.310.000 | 25.500 |") may be announced by
    # the paragraph before the line right above it (a copied page loses the table's header)
    lo = max(0, expr.start - _TABLE_LOOKBACK)
    class_row = label is not None and _CLASS_LABEL.match(view.masked, label[0], label[1]) is not None
    prose = 0
    while pos > lo:
        prev_start = text.rfind("\n", 0, pos - 1) + 1
        line = text[prev_start:pos]
        if "|" not in line and line.strip():
            hint = _TABLE_MONEY_HINT.search(line)
            if hint is None:
                prose += 1
                if prose == 1 and class_row:
                    pos = prev_start
                    continue
                return None
            factor = SCALES.get(hint.group("scale") or "", 1)
            out = {"kind": "money", "unit": "VND", **({"factor": factor} if factor != 1 else {})}
            # each row names what its amount is for ("1 | Cấp giấy phép xây dựng nhà ở riêng lẻ
            # | 75.000 |"); a row that only names a class ("Vùng I", "Loại 2") leaves it to the
            # announcing line ("mức lương tối thiểu vùng … như sau:")
            if label is not None and not class_row \
                    and len(view.text[label[0]:label[1]].split()) <= _LABEL_WORDS \
                    and not _WHO_HEADER.search(text, pos, line_start):
                out["subject_span"] = label
            elif not hint.group("unit"):
                out["subject_span"] = _named(view, prev_start + hint.start(), prev_start + hint.end(), pos)
            return out
        pos = prev_start
    return None


_CELL = re.compile(r"[^|\n]+")
_UNIT_CELL = re.compile(r"\s*(?:đồng|vnđ|vnd|nghìn\s+đồng|triệu\s+đồng)(?:\s*/\s*[^\W\d_]+(?:\s+[^\W\d_]+)?)?\s*$", re.I)
_LABEL_END = re.compile(r"\s*(?:[(;]|,\s*kể\s+cả(?!\w))")  # "…, kể cả giấy phép có thời hạn": an extension
_LABEL_LEAD = re.compile(r"(?:đối\s+với|với)\s+", re.I)  # "Đối với giấy phép xây dựng mới …"
_CLASS_LABEL = re.compile(
    r"(?:vùng|loại|hạng|nhóm|bậc|khu\s+vực|mức|cấp)\s+(?:[ivx]{1,4}|\d{1,2}|[a-d])(?!\w)"
    # a row of places ("Phường Việt Trì, Nông Trang … và các xã …") says where, not what
    r"|(?:các\s+)?(?:phường|xã|huyện|quận|thị\s+xã|thị\s+trấn|thành\s+phố|tỉnh|địa\s+bàn)(?!\w)"
)
_LABEL_WORDS = 14  # a longer cell is a description, no label
_UNIT_ROW_LABEL_WORDS = 24
# a header whose row labels say who or where ("| Đối tượng | Mức hỗ trợ |", "| Vùng | …")
_WHO_HEADER = re.compile(r"\|\s*(?:stt\s*\|\s*)?(?:đối\s+tượng|chức\s+danh|vùng|địa\s+bàn|khu\s+vực|nhóm|loại|cấp)(?!\w)")
_ENUMERATOR = re.compile(r"(?:\d{1,2}|[a-zđ])[.)]\s+")


def _row_unit(text: str, line_start: int, pos: int) -> int | None:
    """The scale of a unit cell ("đồng/giấy phép", "nghìn đồng") before ``pos`` in its table
    row, or None when the row has none."""
    for m in _CELL.finditer(text, line_start, pos):
        if m.end() < pos and _UNIT_CELL.fullmatch(m.group()):
            first = m.group().split()[0].lower()
            return SCALES.get(first, 1)
    return None


def _row_label(view, line_start: int, pos: int) -> tuple[int, int] | None:
    """The label of a table row: its last cell with words before the amount's cell, not a
    unit cell ("đồng/giấy phép")."""
    best = None
    for m in _CELL.finditer(view.text, line_start, pos):
        cell = m.group()
        if m.end() >= pos or not _NAME_WORD.search(cell) or _UNIT_CELL.fullmatch(cell):
            continue
        lead = len(cell) - len(cell.lstrip())
        start = m.start() + lead
        enum = _ENUMERATOR.match(view.text, start)
        if enum is not None:
            start = enum.end()  # "a. Nhà ở riêng lẻ trong đô thị", "2. Cấp phép …"
        lead_in = _LABEL_LEAD.match(view.text, start, m.end())
        if lead_in is not None:
            start = lead_in.end()
        cut = _LABEL_END.search(view.text, start, m.end())
        end = cut.start() if cut else m.start() + len(cell.rstrip())
        if end > start:
            best = (start, end)
    return best


_NAME_WORD = re.compile(r"[^\W\d_]+")
_NOT_NAME = frozenset({"từ", "như", "sau", "năm", "của", "tại", "theo", "áp", "được", "là", "trên", "ở", "đối", "cho",
                       "tỉnh", "thành", "huyện", "xã", "phường", "quận"})  # where, not what


def _named(view, start: int, end: int, limit: int) -> tuple[int, int]:
    """The amount's noun phrase from its hint ("mức lương tối thiểu vùng Phú Thọ từ …" →
    "mức lương tối thiểu vùng"): lower-case words up to a name, a preposition or a date."""
    for w in _NAME_WORD.finditer(view.text, end, limit):
        if view.text[end:w.start()].strip() or w.group()[0].isupper() or w.group().lower() in _NOT_NAME:
            break
        end = w.end()
    return start, end


# "vùng 2 là 4,41 triệu; vùng 3 là 3,86 triệu và vùng 4 đạt 3,45 triệu đồng": in a series of
# numbered items the currency is written once, after one of its amounts; a bare amount of an
# item with the same head noun and the same scale word shares it ("Dân số đạt 1,2 triệu, thu
# ngân sách đạt 5 triệu đồng" are no series).
_SCALE_AT_END = re.compile(r"(?<!\w)(nghìn|ngàn|triệu|tỷ|tỉ)$")
_SCALED_AMOUNT = re.compile(r"(?<!\w)(nghìn|ngàn|triệu|tỷ|tỉ)[ \t]+(" + alternation(MONEY) + r")(?!\w)")
_NUMBERED_ITEM_BEFORE = re.compile(
    r"(?<!\w)([^\W\d_]+)[ \t]+(?:\d{1,2}|[ivx]{1,4})[ \t]*(?::|là|đạt|bằng|ở\s+mức)?[ \t]*$"
)
_ITEM_REACH = 24


def _item_head(text: str, pos: int) -> str | None:
    m = _NUMBERED_ITEM_BEFORE.search(text, max(0, pos - _ITEM_REACH), pos)
    return m.group(1) if m is not None else None


def elided_currency(expr, view, s_start: int, s_end: int) -> dict | None:
    """Money for a bare scaled amount of a numbered item whose series writes the currency
    after another item's amount, or None."""
    text = view.masked
    scale = _SCALE_AT_END.search(text, expr.start, expr.end)
    head = _item_head(text, expr.start) if scale is not None else None
    if head is None:
        return None
    for m in _SCALED_AMOUNT.finditer(text, s_start, s_end):
        if m.group(1) != scale.group(1) or expr.start <= m.start() < expr.end:
            continue
        amount_start = text.rfind(" ", s_start, m.start() - 1) + 1  # the digits before the scale word
        if _item_head(text, amount_start) != head:
            continue
        word = " ".join(m.group(2).split())
        if word in MONEY_SUBUNITS or word not in MONEY:
            return None
        return {"kind": "money", "unit": MONEY[word]}
    return None


# "so với mức lương cơ sở 2,34 triệu", "Thu nhập bình quân đạt 5,2 triệu": a scaled amount
# with no currency, right after a noun that only money can measure, is money (a reader
# supplies the currency as the gold does); "Dân số 1,2 triệu" stays a count
_MONEY_NAMED_BEFORE = re.compile(
    r"(?<!\w)" + alternation(MONEY_NOUNS) + r"(?:[ \t]+(?:cơ[ \t]+sở|tối[ \t]+thiểu(?:[ \t]+vùng)?|bình[ \t]+quân))?"
    r"(?:[ \t]*(?:(?::|là|đạt|ở[ \t]+mức|khoảng|gần|hơn|trên|lên|còn)[ \t]*)*"
    # "Doanh thu du lịch (quý I) đạt 1.200 tỷ": a few words of the noun's own (or a masked
    # date) before its linking verb
    r"|(?:[ \t]+(?:[^\W\d_]+|" + MASK_CHAR + r"+)){1,5}[ \t]+(?:(?:là|đạt|ở[ \t]+mức|lên)(?:[ \t]+(?:khoảng|gần|hơn|trên))?|khoảng|gần)[ \t]*)$"
)


_NAMED_REACH = 60


def named_amount(expr, view, s_start: int) -> dict | None:
    """Money in VND for a bare scaled amount named by a money noun right before it."""
    text = view.masked
    if _SCALE_AT_END.search(text, expr.start, expr.end) is None:
        return None
    if _MONEY_NAMED_BEFORE.search(text, max(s_start, expr.start - _NAMED_REACH), expr.start) is None:
        return None
    return {"kind": "money", "unit": "VND"}


# "Nhận 100 nghìn quà 2/9 khi nào?", "tặng 500 nghìn tiền mặt": a scaled amount right before
# a noun that only money is given in is money in VND (not "100 nghìn suất quà": a count of
# parcels, its classifier first)
_MONEY_GIVEN_AFTER = re.compile(r"[ \t]+(?:tiền(?:[ \t]+mặt)?|quà)(?!\w)")


def amount_of_money_noun(expr, view) -> dict | None:
    """Money in VND for a bare scaled amount followed by "tiền" / "quà"."""
    text = view.masked
    if _SCALE_AT_END.search(text, expr.start, expr.end) is None:
        return None
    if _MONEY_GIVEN_AFTER.match(text, expr.end) is None:
        return None
    return {"kind": "money", "unit": "VND"}
