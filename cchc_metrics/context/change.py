"""Changes (FORMAT.md `change`): "từ 21 ngày xuống còn 4 ngày", "từ 1.800.000 đồng lên
2.340.000 đồng", "giảm từ 9 còn 5". The first figure is `from`, the second `to`.

A change may also name only where it ends: "rút ngắn thời gian … còn 10 ngày", "nâng tỷ
lệ này lên 60%" — a figure right after còn/lên/xuống, with a verb of change before it in
the clause, is `to`."""

from __future__ import annotations

import re

from ..numbers import DIGITS
from .subject import phrase_after

# "từ 21 ngày", "từ trên 30%", "từ vị trí 62/63", "từ mức 1.800.000 đồng"
_FROM = re.compile(r"(?<!\w)từ\s+(?:(?:vị\s+trí|mức|hạng)\s+(?:thứ\s+)?)?$")
# The turn between the two figures: xuống (còn), lên, còn, thành; short, in one clause.
_TURN = re.compile(r"(?<!\w)(?:xuống\s+còn|xuống|lên|còn|thành)(?!\w)")
_MAX_GAP = 90
_RANK_TURN = re.compile(r"(?<!\w)(?:xuống|lên|còn|thành|đứng|vươn\s+lên|tụt|giữ)(?!\w)")
_MAX_RANK_GAP = 160


def link_changes(lower: str, drafts: list[dict]) -> None:
    """Mark pairs of figures of the same kind joined by từ … xuống/lên/còn … in place."""
    for a, b in zip(drafts, drafts[1:]):
        if a["kind"] != b["kind"] or a.get("sentence") != b.get("sentence"):
            continue
        if not (_FROM.search(lower, max(0, a["start"] - 20), a["start"])
                or _FROM.search(lower, max(0, a["num_start"] - 20), a["num_start"])):
            continue
        gap = lower[a["end"]:b["start"]]
        if a["kind"] == "rank":
            gap = lower[a["end"]:b["num_start"]]  # the verb of the second rank belongs to it
            # "Từ vị trí 63 của năm 2020, chỉ số … năm 2021 đứng ở vị trí thứ 39/63": a move
            # in a ranking reads over a longer stretch, and "đứng/vươn lên" turn it too.
            turned = len(gap) <= _MAX_RANK_GAP and not any(c in gap for c in ";.") and _RANK_TURN.search(gap)
        else:
            turned = len(gap) <= _MAX_GAP and not any(c in gap for c in ";.") and _TURN.search(gap)
        if turned:
            a["change"] = "from"
            b["change"] = "to"
    _link_reversed(lower, drafts)


# Changes written end first or as then/now:
#   "còn 15 ngày, thay vì 20 ngày như trước"        (instead of)
#   "là 24%, giảm từ 29% năm 2018"                  (down from)
#   "trước đây phải qua 7 bước, nay chỉ còn 4 bước"  (before … now)
# ("đạt 95%, so với 90% năm trước" compares two figures; it is no change of one)
_INSTEAD = re.compile(r"[ \t]*,?[ \t]*(?:thay\s+vì|thay\s+cho)[ \t]+(?:mức[ \t]+)?$")
_DOWN_FROM = re.compile(r"[ \t]*,?[ \t]*(?:giảm|tăng|hạ|nâng)[ \t]+(?:\w+[ \t]+)?từ[ \t]+(?:mức[ \t]+)?$")
_THEN = re.compile(
    r"(?<!\w)(?:trước\s+đây|trước\s+kia|trước\s+đó|lúc\s+trước|ngày\s+trước|trước\s+sắp\s+xếp|trước\s+khi)(?!\w)"
    r"|(?:^|(?<=[“\"(,.:;\n]))\s*trước(?=\s+(?:phải|mất|có|cần|chờ)(?!\w))"  # "Trước phải mất hai ngày"
)
# "nay chỉ còn 4 bước", "nay chỉ khoảng 30 phút", "nay phường Vỹ Dạ còn 43 người"
_NOW = re.compile(
    r"(?<!\w)(?:nay|hiện\s+nay|hiện|bây\s+giờ|giờ)(?:\s+[^\W\d_]+){0,4}?"
    r"\s+(?:chỉ\s+còn|chỉ\s+mất|chỉ|còn|là|mất|lên|xuống|tăng\s+lên|giảm\s+còn)"
    r"(?:\s+(?:khoảng|còn|chừng|hơn|dưới|gần))?\s*$"
)
_MAX_REVERSED_GAP = 60


def _link_reversed(lower: str, drafts: list[dict]) -> None:
    for a, b in zip(drafts, drafts[1:]):
        if a["kind"] != b["kind"] or a.get("sentence") != b.get("sentence") or a["kind"] == "rank":
            continue
        if a.get("change") or b.get("change"):
            continue
        gap = lower[a["end"]:b["start"]]
        if "." in gap:
            continue
        if ";" not in gap and len(gap) <= _MAX_REVERSED_GAP and (_INSTEAD.search(gap) or _DOWN_FROM.search(gap)):
            # the first figure is where it stands now, the second where it came from
            a["change"], b["change"] = "to", "from"
            continue
        if len(gap) <= _MAX_GAP and _NOW.search(lower, max(a["end"], b["start"] - 30), b["start"]):
            s0 = a["sentence"][0] if a.get("sentence") else max(0, a["start"] - _MAX_GAP)
            if _THEN.search(lower, max(s0, a["start"] - _MAX_GAP), a["start"]):
                a["change"], b["change"] = "from", "to"


_RANK_FROM_WORDS = re.compile(r"(?<!\w)từ\s+(?:vị\s+trí|hạng|thứ|nhóm)\s+(?:cuối|chót|đầu|thấp|cao)")
# "xuống thứ 58/63" moves to a place; "vươn lên đứng thứ 3" reaches one (no change)
_RANK_TO_BEFORE = re.compile(r"(?<!\w)(?:xuống|lên)\s+$")
_BARE_RANK = re.compile(r"(?:thứ|vị\s+trí|hạng)(?!\w)")
_TO_BEFORE = re.compile(
    r"(?<!\w)(?:xuống\s+còn|còn|lên(?:\s+mức)?|xuống(?:\s+mức)?|giảm\s+xuống|tăng\s+lên)"
    r"(?:\s+(?:trung\s+bình|bình\s+quân))?\s*$"  # "rút ngắn xuống còn trung bình 2,5 giờ"
)
_CHANGE_VERB = re.compile(r"(?<!\w)(?:giảm|rút\s+ngắn|cắt\s+giảm|nâng|tăng|hạ|đưa)(?!\w)")
_REACH = 80


def mark_ends(lower: str, drafts: list[dict]) -> None:
    """Mark figures that state where a change ends ("… còn 10 ngày") as `to`, in place."""
    for d in drafts:
        if d.get("change") or d.get("kind") == "deadline":
            continue
        pos = d["start"]
        s_start = d["sentence"][0] if d.get("sentence") else 0
        if d.get("kind") == "rank":
            # "Từ vị trí cuối bảng năm 2020, tỉnh đã vươn lên đứng vị trí thứ 39/63";
            # "tụt 9 bậc, xuống thứ 58/63"
            if _RANK_FROM_WORDS.search(lower, max(s_start, pos - _MAX_RANK_GAP), pos) or (
                _RANK_TO_BEFORE.search(lower, max(s_start, pos - 12), pos) and _BARE_RANK.match(lower, pos)
            ):
                d["change"] = "to"
            continue
        if not _TO_BEFORE.search(lower, max(s_start, pos - 32), pos):
            continue
        clause_from = max(s_start, pos - _REACH)
        semi = max(lower.rfind(";", clause_from, pos), lower.rfind(",", clause_from, pos))
        if _CHANGE_VERB.search(lower, max(clause_from, semi + 1), pos):
            d["change"] = "to"


# "giảm từ 10.599 xuống còn 3.321 đơn vị": the turn right after the first figure.
_TURN_AFTER = re.compile(r"\s+(?:xuống\s+còn|xuống|lên\s+thành|lên|còn)\s+(?=\d)")
_NEXT_NUMBER = re.compile(DIGITS + r"(?:\s+(?:nghìn|ngàn|triệu|tỷ|tỉ))?")


def partner_subject(view, expr, limit: int) -> tuple[int, int] | None:
    """The noun of the second figure of "từ X xuống còn Y đơn vị", for a bare first figure X."""
    if not _FROM.search(view.masked, max(0, expr.start - 20), expr.start):
        return None
    m = _TURN_AFTER.match(view.masked, expr.end)
    if not m:
        return None
    nxt = _NEXT_NUMBER.match(view.masked, m.end())
    return phrase_after(view, nxt.end(), limit) if nxt else None
