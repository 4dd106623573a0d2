"""Changes (FORMAT.md `change`): "từ 21 ngày xuống còn 4 ngày", "từ 1.800.000 đồng lên
2.340.000 đồng", "giảm từ 9 còn 5". The first figure is `from`, the second `to`.

A change may also name only where it ends: "rút ngắn thời gian … còn 10 ngày", "nâng tỷ
lệ này lên 60%" — a figure right after còn/lên/xuống, with a verb of change before it in
the clause, is `to`."""

from __future__ import annotations

import bisect
import re

import attrs

from ..kinds.base import alternation
from ..lexicon.phrases import CLASSIFIERS
from ..lexicon.status import DIVISION_CLASSES, LEVEL_CHANGE_VERBS, RESTRUCTURE_VERBS
from ..numbers import DIGITS
from ..text.scan import fast_finditer
from .outcome_lines import lone_outcome_line_ends
from .noun_phrase import phrase_after

# "từ 21 ngày", "từ trên 30%", "từ vị trí 62/63", "từ mức 1.800.000 đồng"
_FROM = re.compile(r"(?<!\w)từ\s+(?:(?:vị\s+trí|mức|hạng)\s+(?:thứ\s+)?)?$")
# The turn between the two figures: xuống (còn), lên, còn, thành; short, in one clause.
# ("từ 15 biên chế trở lên": a bound, no turn)
_TURN = re.compile(r"(?<!\w)(?:xuống\s+còn|(?<!trở\s)xuống|(?<!trở\s)lên|còn|thành)(?!\w)")
_MAX_GAP = 90
_RANK_TURN = re.compile(r"(?<!\w)(?:xuống|lên|còn|thành|đứng|vươn\s+lên|tụt|giữ)(?!\w)")
_MAX_RANK_GAP = 160


class _Ids:
    """Numbers the movements of a document: both ends of one share a ``change_id``."""

    def __init__(self, start: int = 1) -> None:
        self.next = start

    def link(self, froms: list[dict], tos: list[dict]) -> None:
        for d in froms:
            d["change"], d["change_id"] = "from", self.next
        for d in tos:
            d["change"], d["change_id"] = "to", self.next
        self.next += 1


def link_changes(lower: str, drafts: list[dict], plain: str | None = None) -> None:
    """Mark the ends of movements in place (``change`` from/to, a shared ``change_id``):
    "từ X xuống còn Y" and its variants first, then restructurings and before/after pairs.
    ``lower`` is the masked lower-case text; ``plain`` the same unmasked (dates readable)."""
    ids = _Ids()
    _link_from_turn(lower, drafts, ids)
    _link_reversed(lower, drafts, ids, plain if plain is not None else lower)
    _link_restructurings(lower, drafts, ids)
    _link_before_after(lower, drafts, ids)
    _link_contrast(lower, drafts, ids, plain if plain is not None else lower)


def link_lone_ends(lower: str, drafts: list[dict], plain: str) -> None:
    """After :func:`mark_ends`: a lone end whose clause points back ("con số này", "khoản
    chi này", "số đơn vị … giảm còn") pairs with where it started, a level of the same kind
    and unit in the sentence before or earlier in its own, anchored in the past ("Năm 2019,
    huyện có 23 xã", "Trước đây, hồ sơ gồm 9 loại giấy tờ")."""
    ids = _Ids(1 + max((d.get("change_id") or 0) for d in drafts) if drafts else 1)
    for i, d in enumerate(drafts):
        if d.get("change") != "to" or d.get("change_id") or not d.get("sentence"):
            continue
        s0 = d["sentence"][0]
        back = _ANAPHOR_BACK.search(lower, max(s0, d["start"] - 70), d["start"])
        for c in reversed(drafts[:i]):
            if d["start"] - c["end"] > _LONE_REACH:
                break
            if c.get("change") or c["kind"] != d["kind"] or c.get("unit") != d.get("unit"):
                continue
            cs0 = c["sentence"][0] if c.get("sentence") else max(0, c["start"] - 90)
            then = _THEN.search(plain, max(cs0, c["start"] - 90), c["start"])
            past_year = _PAST_YEAR.search(plain, max(cs0, c["start"] - 90), c["start"])
            head = _head(c, lower)
            same = head is not None and head == _head(d, lower)
            if then or (past_year and (same or back)) or (back and c.get("sentence") != d.get("sentence")):
                ids.link([c], [d])
            break


# a year the level stood at, not a horizon ("đến năm 2025", "trong năm 2025")
_PAST_YEAR = re.compile(r"(?<!đến\s)(?<!tới\s)(?<!trong\s)(?<!hết\s)(?<!cuối\s)(?<!\w)năm\s+(?:19|20)\d\d(?!\d)")
_ANAPHOR_BACK = re.compile(
    r"(?<!\w)(?:con\s+số\s+(?:này|đó)|khoản\s+\w+\s+này|số\s+này|tỷ\s+lệ\s+này|tỉ\s+lệ\s+này|mức\s+này|số\s+lượng\s+này"
    # "đã giảm thời gian này xuống còn 10 ngày làm việc" (change sample 2115)
    r"|(?:thời\s+gian|thời\s+hạn|định\s+mức|mức\s+phí|mức\s+thu)\s+(?:này|đó))(?!\w)"
)
_LONE_REACH = 260


def _link_from_turn(lower: str, drafts: list[dict], ids: _Ids) -> None:
    """"từ 21 ngày xuống còn 4 ngày": pairs of figures of the same kind joined by từ …
    xuống/lên/còn/thành; interleaved lists pair in order ("từ 17 chương, 152 điều xuống
    còn 9 chương, 53 điều")."""
    for i, (a, b) in enumerate(zip(drafts, drafts[1:])):
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
        if turned and not a.get("change") and not b.get("change") and not _continues_series(lower, drafts, i + 1):
            ids.link([a], [b])
    _link_interleaved(lower, drafts, ids)


_SERIES_GAP = re.compile(r"[^;.\n]{0,25}?(?:,|và)\s*$")


def _continues_series(lower: str, drafts: list[dict], i: int) -> bool:
    """"từ 12.000 năm 2021 lên 45.000 năm 2022 và 130.000 năm 2023": a third level of the
    same kind right after the second (``drafts[i]``) makes a series, no two-ended movement
    (FORMAT.md)."""
    if i + 1 >= len(drafts):
        return False
    b, c = drafts[i], drafts[i + 1]
    return (c["kind"] == b["kind"] and c.get("sentence") == b.get("sentence") and c["start"] - b["end"] <= 40
            and _SERIES_GAP.fullmatch(lower, b["end"], c["start"]) is not None)


def _link_interleaved(lower: str, drafts: list[dict], ids: _Ids) -> None:
    starts = [d["start"] for d in drafts]
    for i, a in enumerate(drafts):
        if a.get("change") or not _FROM.search(lower, max(0, a["num_start"] - 20), a["num_start"]):
            continue
        s_end = a["sentence"][1] if a.get("sentence") else len(lower)
        turn = _TURN.search(lower, a["end"], min(s_end, a["end"] + _MAX_GAP))
        if turn is None or any(c in lower[a["end"]:turn.start()] for c in ";."):
            continue
        # (drafts are in text order: those past the turn, or past the sentence, need no look)
        k = bisect.bisect_left(starts, turn.start(), i)
        froms = [d for d in drafts[i:k] if d.get("sentence") == a.get("sentence")]
        tail = drafts[i + len(froms):bisect.bisect_left(starts, s_end, i)]
        tos = [d for d in tail if d.get("sentence") == a.get("sentence")][:len(froms)]
        if len(froms) < 2 or len(tos) != len(froms) or any(d.get("change") for d in froms + tos):
            continue
        if [d["kind"] for d in froms] != [d["kind"] for d in tos] or ";" in lower[turn.end():tos[-1]["start"]]:
            continue
        for f, t in zip(froms, tos):
            ids.link([f], [t])


# Changes written end first or as then/now:
#   "còn 15 ngày, thay vì 20 ngày như trước"        (instead of)
#   "là 24%, giảm từ 29% năm 2018"                  (down from)
#   "trước đây phải qua 7 bước, nay chỉ còn 4 bước"  (before … now)
# ("đạt 95%, so với 90% năm trước" compares two figures; it is no change of one)
_INSTEAD = re.compile(r"[ \t]*,?[ \t]*(?:thay\s+vì|thay\s+cho)[ \t]+(?:mức[ \t]+)?$")
# (right after the first figure: "đạt 61%, tăng từ 12%"; not "mức giảm từ 75-90% và mức
# tăng từ 110%-125%", two bands of a rule)
_DOWN_FROM = re.compile(r"[ \t]*,?[ \t]*(?:(?:đã|đều|cũng)[ \t]+)?(?:giảm|tăng|hạ|nâng)[ \t]+(?:\w+[ \t]+)?từ[ \t]+(?:mức[ \t]+)?$")
_THEN = re.compile(
    r"(?<!\w)(?:trước\s+đây|trước\s+kia|trước\s+đó|lúc\s+trước|ngày\s+trước|trước\s+sắp\s+xếp|trước\s+khi"
    r"|từ\s+chỗ|khi\s+mới|lúc\s+mới|lúc\s+đầu|ban\s+đầu|thời\s+điểm\s+đó)(?!\w)"
    r"|(?:^|(?<=[“\"(,.:;\n]))\s*trước(?=\s+(?:phải|mất|có|cần|chờ)(?!\w))"  # "Trước phải mất hai ngày"

)
_YEAR = re.compile(r"(?<!\w)năm\s+(?:19|20)\d\d(?!\d)")
_LEVEL_LINK = re.compile(r"(?<!\w)(?:là|đạt|có|mới\s+đạt|mới\s+có|chỉ\s+đạt|chỉ\s+có)(?:\s+(?:khoảng|gần|hơn|trên|tới))?\s*$")
# "năm 2020 mới đạt 12%, nay đạt 61%": an earlier year right before the first level
_THEN_YEAR = re.compile(
    r"(?<!\w)(?:(?:cuối|đầu|giữa)\s+)?năm\s+(?:19|20)\d\d(?:\s+[^\W\d_]+){0,3}?\s+"
    r"(?:mới\s+đạt|mới\s+có|chỉ\s+đạt|chỉ\s+có|đạt|có|là)(?:\s+(?:khoảng|gần|hơn|trên))?\s*$"
)
# "nay chỉ còn 4 bước", "nay chỉ khoảng 30 phút", "nay phường Vỹ Dạ còn 43 người"
_NOW = re.compile(
    r"(?<!\w)(?<!thực\s)(?<!thể\s)(?<!phát\s)(?<!xuất\s)(?:nay|hiện\s+nay|hiện|bây\s+giờ|giờ)(?:\s+[^\W\d_]+){0,4}?"
    r"\s+(?:chỉ\s+còn|chỉ\s+mất|chỉ|còn|là|mất|lên|xuống|tăng\s+lên|giảm\s+còn|đạt|đã\s+đạt|có|đã\s+có)"
    r"(?:\s+(?:khoảng|còn|chừng|hơn|dưới|gần|tới|đến))*\s*$"
)
_MAX_REVERSED_GAP = 60
# "rút xuống còn 1,5 ngày, từ 3 ngày làm việc trước đây", "chỉ còn 14 vụ, trong khi năm
# 2022 có tới 53 vụ", "giảm còn 10 (trước sắp xếp là 13)": the end first, then where it
# started, marked as earlier
_EARLIER_GAP = re.compile(
    r"[ \t]*(?:,[ \t]*(?:từ|so\s+với)|,?[ \t]*trong\s+khi(?:[ \t]+\S+){0,4}?[ \t]+(?:có|là|đạt|mất)(?:[ \t]+(?:tới|đến|khoảng|gần|hơn))?"
    r"|\([ \t]*trước(?:[ \t]+\S+){0,3}?[ \t]+(?:là|có))[ \t]+(?:mức[ \t]+)?$"
)
_EARLIER_AFTER = re.compile(r"[ \t]*(?:trước\s+đây|trước\s+kia|trước\s+đó|như\s+trước|năm\s+(?:19|20)\d\d|\))")
_EARLIER_TIME = re.compile(r"(?<!\w)(?:năm\s+(?:19|20)\d\d|cùng\s+kỳ|trước\s+đây|trước\s+kia|năm\s+trước|năm\s+ngoái)")
_EARLIER_IN_GAP = re.compile(r"(?:trong\s+khi|\(\s*trước)")


def _link_reversed(lower: str, drafts: list[dict], ids: _Ids, plain: str) -> None:
    for a, b in zip(drafts, drafts[1:]):
        if a["kind"] != b["kind"] or a.get("sentence") != b.get("sentence") or a["kind"] == "rank":
            continue
        if a.get("change") or b.get("change"):
            continue
        gap = lower[a["end"]:b["start"]]
        if "." in gap:
            continue
        if "(" in gap or "so với" in gap:
            continue  # "tăng 7,17% so với năm 2023 (gần đạt Kế hoạch, tăng từ 7,5 - 8%)": no movement
        if ";" not in gap and len(gap) <= _MAX_REVERSED_GAP and (_INSTEAD.search(gap) or _DOWN_FROM.match(gap)):
            # the first figure is where it stands now, the second where it came from
            ids.link([b], [a])
            continue
        earlier = _EARLIER_GAP.search(lower, a["end"], b["start"]) if ";" not in gap and len(gap) <= _MAX_REVERSED_GAP else None
        if earlier and "trong" in earlier.group() and not _EARLIER_TIME.search(plain, a["end"], b["start"]):
            earlier = None  # "…, trong khi tại Châu Thành vẫn là 6 ngày": another place, not before
        if earlier and (_EARLIER_IN_GAP.search(gap) or _EARLIER_AFTER.match(plain, b["end"])):
            ids.link([b], [a])
            continue
        if len(gap) <= _MAX_GAP and _NOW.search(lower, max(a["end"], b["start"] - 30), b["start"]):
            s0 = a["sentence"][0] if a.get("sentence") else max(0, a["start"] - _MAX_GAP)
            if _THEN.search(plain, max(s0, a["start"] - _MAX_GAP), a["start"]) or \
                    _THEN_YEAR.search(plain, max(s0, a["start"] - 45), a["start"]) or \
                    (_YEAR.search(plain, max(s0, a["start"] - _MAX_GAP), a["start"])
                     and _LEVEL_LINK.search(plain, max(s0, a["start"] - 20), a["start"])):
                ids.link([a], [b])


# ------------------------------------------------------------------ restructurings
# "sắp xếp 5 đơn vị cấp huyện và 186 đơn vị cấp xã để hình thành 5 đơn vị cấp huyện và 99
# đơn vị cấp xã mới", "hợp nhất 3 sở thành 1 sở", "sáp nhập 48 xã còn 19 xã": the units a
# restructuring starts from, then a turn, then what it forms — paired in order, or many into
# one. "thành lập 4 phường trên cơ sở 4 xã", "34 tỉnh trên cơ sở sắp xếp lại 63 tỉnh": the
# result first, its basis after.
_RESTRUCTURE = re.compile(
    r"(?<!\w)(?:sắp\s+xếp(?:\s+lại)?|sáp\s+nhập|hợp\s+nhất|nhập|tổ\s+chức\s+lại|cơ\s+cấu\s+lại|thu\s+gọn|"
    r"tinh\s+gọn)(?!\w)"
)
_RESULT_TURN = re.compile(
    r"(?<!\w)(?:(?:để\s+)?hình\s+thành|để\s+thành\s+lập|xuống\s+còn|lại\s+còn|còn(?!\s+lại)"
    r"|(?<!tỉnh,\s)(?<!tỉnh\s)thành(?!\s+(?:phố|viên|công|tích|ủy|uỷ|phần|quả|tựu|lập|thị|hình)))(?!\w)"
)
_BASIS_PHRASE = r"trên\s+cơ\s+sở(?:\s+(?:sắp\s+xếp(?:\s+lại)?|nhập|sáp\s+nhập|hợp\s+nhất|toàn\s+bộ))?(?!\w)"
_BASIS = re.compile(r"(?<!\w)" + _BASIS_PHRASE)
_AFTER_MERGE_FROM = re.compile(
    r"(?<!\w)sau\s+(?:khi\s+)?(?:sáp\s+nhập|sắp\s+xếp|hợp\s+nhất|nhập)\s+(?:lại\s+)?từ(?!\w)\s*"
)
_BASIS_FIRST = re.compile(r"(?:^|(?<=[\n.;:]))\s*" + _BASIS_PHRASE)
_FOUNDING = re.compile(r"(?<!\w)(?:thành\s+lập|hình\s+thành|tổ\s+chức\s+lại\s+thành|còn)(?!\w)")
_FOUNDING_BEFORE = re.compile(r"(?<!\w)(?:thành\s+lập|hình\s+thành|có|còn)(?!\w)")
# "… 99 đơn vị cấp xã mới của 13 tỉnh": a figure after a preposition is whose or where
_OWNER_BEFORE = re.compile(r"(?<!\w)(?:của|thuộc|tại|ở|cho|trong|với)\s+$")
_UNIT_KINDS = ("count", "fraction")
_DELTA_BEFORE = re.compile(r"(?<!\w)(?:giảm|tăng|bớt|thêm)\s+(?:(?:được|khoảng|gần|hơn|trên)\s+)?$")
_RESTRUCTURE_REACH = 220
_NEAR_BEFORE = 300  # characters: a figure's own text and the gap a phrase allows before it


_CLAUSE_END = re.compile(r"[;\n]|\.(?!\d)")  # not the dot of "10.035"


def _clause_end(lower: str, pos: int, limit: int) -> int:
    m = _CLAUSE_END.search(lower, pos, limit)
    return m.start() if m else limit


def _link_restructurings(lower: str, drafts: list[dict], ids: _Ids) -> None:
    by_sentence: dict[tuple[int, int], list[dict]] = {}
    for d in drafts:
        if d.get("sentence") and d["kind"] in _UNIT_KINDS:
            by_sentence.setdefault(d["sentence"], []).append(d)
    for (s, e), all_figures in by_sentence.items():
        if len(all_figures) < 2:
            continue
        starts = [d["start"] for d in all_figures]

        def near(lo: int, hi: int) -> list[dict]:
            # the figures starting in [lo, hi): a sentence may hold thousands (a flattened
            # table), and each phrase below reaches a few hundred characters only
            return all_figures[bisect.bisect_left(starts, lo):bisect.bisect_left(starts, hi)]

        for verb in _RESTRUCTURE.finditer(lower, s, e):
            end = _clause_end(lower, verb.end(), min(e, verb.end() + _RESTRUCTURE_REACH))
            group = near(verb.start() - _NEAR_BEFORE, end + 1)
            turn = _RESULT_TURN.search(lower, verb.end(), end)
            if turn is None:
                continue
            nxt = _RESTRUCTURE.search(lower, turn.end(), end)
            end = nxt.start() if nxt else end
            froms = [d for d in group if verb.end() <= d["start"] < turn.start() and not d.get("change")
                     and not _DELTA_BEFORE.search(lower, max(0, d["num_start"] - 12), d["num_start"])]
            if not froms:
                # "30 ban quản lý dự án được tổ chức lại thành 12 ban": the units stand before
                # the verb, as its subject
                before = [d for d in group if d["end"] <= verb.start() and verb.start() - d["end"] <= 80
                          and not d.get("change") and d["kind"] == "count"]
                if before and not re.search(r"[;,]", lower[before[-1]["end"]:verb.start()]):
                    froms = [before[-1]]
            tos = [d for d in group if turn.end() <= d["num_start"] < end and not d.get("change")
                   and d["kind"] == "count" and not _OWNER_BEFORE.search(lower, max(0, d["start"] - 8), d["start"])]
            if not froms or not tos:
                continue
            tos = tos[:len(froms)]
            if len(froms) == len(tos):
                for f, t in zip(froms, tos):
                    ids.link([f], [t])
            elif len(tos) == 1:
                ids.link(froms, tos)
        for after in _AFTER_MERGE_FROM.finditer(lower, s, e):
            # "16 tỉnh sau sáp nhập từ 34 tỉnh thành": the result first, where it came from after
            group = near(after.start() - _NEAR_BEFORE, after.end() + _NEAR_BEFORE)
            res = [d for d in group if d["end"] <= after.start() and after.start() - d["end"] <= 40 and not d.get("change")]
            src = [d for d in group if d["start"] >= after.end() and d["start"] - after.end() <= 12 and not d.get("change")]
            if res and src and res[-1]["kind"] == src[0]["kind"] == "count":
                ids.link([src[0]], [res[-1]])
        for basis in _BASIS_FIRST.finditer(lower, s, e):
            # "Trên cơ sở 5 trung tâm y tế tuyến huyện, tỉnh thành lập 2 trung tâm …"
            group = near(basis.start(), basis.end() + _NEAR_BEFORE)
            src = [d for d in group if d["start"] >= basis.end() and d["start"] - basis.end() <= 20 and not d.get("change")]
            if not src:
                continue
            found = _FOUNDING.search(lower, src[0]["end"], min(e, src[0]["end"] + 120))
            res = [d for d in group if found and d["start"] >= found.end() and d["start"] - found.end() <= 20
                   and not d.get("change") and d["kind"] == "count"]
            if res and ";" not in lower[src[0]["end"]:res[0]["start"]]:
                ids.link([src[0]], [res[0]])
        for basis in _BASIS.finditer(lower, s, e):
            group = near(basis.start() - _NEAR_BEFORE, basis.end() + _NEAR_BEFORE)
            before = [d for d in group if d["end"] <= basis.start() and basis.start() - d["end"] <= 60
                      and d["kind"] == "count" and not d.get("change")]
            after = [d for d in group if d["start"] >= basis.end() and d["start"] - basis.end() <= 40
                     and not d.get("change")]
            if not before or not after:
                continue
            result, source = before[-1], after[0]
            if lower.find(";", result["end"], source["start"]) >= 0:
                continue
            founded = _FOUNDING_BEFORE.search(lower, max(s, result["start"] - 40), result["start"])
            if founded or basis.group() != "trên cơ sở" or _RESTRUCTURE.search(lower, basis.end(), source["start"]):
                ids.link([source], [result])


# "Trước sắp xếp, tỉnh có 20 sở. Sau sắp xếp, còn 14 sở": the two ends of one restructuring
# stated as before and after, in one sentence or two next to each other.
# "(trước/sau) (khi) sắp xếp": the restructuring a before/after stands on
_RESTRUCTURING_TAIL = r"\s+(?:khi\s+)?(?:sắp\s+xếp|sáp\s+nhập|hợp\s+nhất|nhập|tinh\s+gọn|cơ\s+cấu\s+lại|kiện\s+toàn)(?!\w)"
_BEFORE_RESTRUCTURE = re.compile(r"(?<!\w)trước" + _RESTRUCTURING_TAIL)
_AFTER_RESTRUCTURE = re.compile(r"(?<!\w)sau" + _RESTRUCTURING_TAIL)
_BEFORE_RESTRUCTURE_ITER = fast_finditer(_BEFORE_RESTRUCTURE)
_BEFORE_AFTER_REACH = 400


def _head(d: dict, lower: str) -> str | None:
    span = d.get("subject_span")
    if not span:
        return None
    words = lower[span[0]:span[1]].split()
    return words[0] if words else None


def _link_before_after(lower: str, drafts: list[dict], ids: _Ids) -> None:
    starts = [d["start"] for d in drafts]
    for m in _BEFORE_RESTRUCTURE_ITER(lower):
        end = _clause_end(lower, m.end(), min(len(lower), m.end() + _BEFORE_AFTER_REACH))
        i = bisect.bisect_left(starts, m.end())
        before = [d for d in drafts[i:bisect.bisect_left(starts, end, i)] if not d.get("change")]
        if not before:
            continue
        after_m = _AFTER_RESTRUCTURE.search(lower, end, min(len(lower), end + _BEFORE_AFTER_REACH))
        if after_m is None:
            continue
        a_end = _clause_end(lower, after_m.end(), min(len(lower), after_m.end() + _BEFORE_AFTER_REACH))
        j = bisect.bisect_left(starts, after_m.end())
        after = [d for d in drafts[j:bisect.bisect_left(starts, a_end, j)] if not d.get("change")]
        # one movement per before/after: the first figures with the same head noun (the
        # breakdown that may follow, "trong đó Lâm Đồng 137 đơn vị", is no end of it)
        pair = next(((b, a) for b in before for a in after
                     if a["kind"] == b["kind"] and _head(a, lower) == _head(b, lower)), None)
        if pair is not None:
            ids.link([pair[0]], [pair[1]])


# "Nếu như năm 2023 có 45 thủ tục thì năm 2024 chỉ còn 30 thủ tục": an earlier level set
# against a later one of the same thing by "nếu như … thì …" (not a condition: "Nếu như hành
# vi … thì sẽ bị xử phạt từ …" names no earlier time)
_IF_AS = re.compile(r"(?<!\w)nếu\s+như(?!\w)")
_THEN_CLAUSE = re.compile(r"(?<!\w)thì(?!\w)")
_EARLIER_MARK = re.compile(r"(?<!\w)(?:năm\s+(?:19|20)\d\d|trước\s+đây|trước\s+kia|trước\s+đó|cùng\s+kỳ|năm\s+trước)(?!\w)")
_IF_AS_REACH = 120


def _link_contrast(lower: str, drafts: list[dict], ids: _Ids, plain: str) -> None:
    for a, b in zip(drafts, drafts[1:]):
        if a["kind"] != b["kind"] or a["kind"] in ("rank", "deadline") or a.get("sentence") != b.get("sentence"):
            continue
        if a.get("change") or b.get("change") or a.get("unit") != b.get("unit"):
            continue
        gap = lower[a["end"]:b["start"]]
        if len(gap) > _IF_AS_REACH or any(c in gap for c in ";\n") or not _THEN_CLAUSE.search(gap):
            continue
        s0 = a["sentence"][0] if a.get("sentence") else max(0, a["start"] - _IF_AS_REACH)
        opener = None
        for opener in _IF_AS.finditer(lower, max(s0, a["start"] - _IF_AS_REACH), a["start"]):
            pass
        if opener is None or not _EARLIER_MARK.search(plain, opener.end(), a["start"]):
            continue
        if a["kind"] == "count" and _head(a, lower) != _head(b, lower):
            continue
        ids.link([a], [b])


_RANK_FROM_WORDS = re.compile(r"(?<!\w)từ\s+(?:vị\s+trí|hạng|thứ|nhóm)\s+(?:cuối|chót|đầu|thấp|cao)")
# "xuống thứ 58/63" moves to a place; "vươn lên đứng thứ 3" reaches one (no change)
_RANK_TO_BEFORE = re.compile(r"(?<!\w)(?:xuống|lên)\s+$")
_BARE_RANK = re.compile(r"(?:thứ|vị\s+trí|hạng)(?!\w)")
_TO_BEFORE = re.compile(
    r"(?<!\w)(?:xuống\s+còn|còn|lên(?:\s+(?:mức|quy\s+mô|con\s+số|bằng))?|xuống(?:\s+mức)?|về\s+mức|giảm\s+xuống|tăng\s+lên(?:\s+bằng)?"
    # "phân chia thành 2 dự án": what a thing is divided or merged into
    r"|(?:chia|tách|gộp|nhập|hợp\s+nhất|sáp\s+nhập|sắp\s+xếp(?:\s+lại)?|tổ\s+chức\s+lại|cơ\s+cấu(?:\s+lại)?)\s+thành"
    r"|gộp\s+chung(?:\s+(?:thành|vào))?"  # "gộp chung 01 điều": what the parts are merged into
    # "được rút ngắn là 5 ngày", "được nâng lên là 10 ngày": the level the change is to (not
    # "mức tăng là 5%": a delta)
    r"|(?:rút\s+ngắn|xuống|lên)\s+(?:chỉ\s+)?(?:là|ở\s+mức)"
    r")"
    r"(?:\s+(?:trung\s+bình|bình\s+quân))?\s*$"  # "rút ngắn xuống còn trung bình 2,5 giờ"
)
_DIVIDED_INTO = re.compile(r"(?<!\w)(?:chia|tách)\s+thành")
_CLASS_AFTER = re.compile(r"\s*" + alternation(DIVISION_CLASSES) + r"(?!\w)")
_RAISED_TO = re.compile(r"(?<!\w)(?:lên|xuống\s+còn)(?:\s+mức)?\s*$")
_MERGE_VERB_BEFORE = re.compile(r"(?<!\w)(?:sáp\s+nhập|hợp\s+nhất|nhập)(?:\s+(?:toàn\s+bộ|các))?\s*$")
_INTO_ONE_AFTER = re.compile(
    r"[^.;:\n\d]{1,120}?(?<!\w)thành\s+(?:(?:một|01)\s+[^\W\d_]+|(?:tỉnh|thành\s+phố|xã|phường|huyện|quận|đơn\s+vị|bộ|cơ\s+quan|sở)"
    r"(?!\s+\d))(?!\w)"  # ("… thành một hệ thống chức danh", "… thành một trường liên cấp": into one)
)
# the size a thing reaches once expanded or upgraded (its other end is the size it has now)
_EXPANDED_TO = re.compile(
    r"(?<!\w)sau\s+(?:khi\s+)?(?:mở\s+rộng|nâng\s+cấp)(?:\s+[^\W\d_]+|\s*-\s*[^\W\d_]+){0,5}?\s+đạt"
    r"(?:\s+(?:khoảng|gần|hơn|trên))?\s*$"
)
# "xuống còn 5 phút", "nay còn 43 người": the level a fall has reached ("chỉ còn" alone is
# "only", as often about what is left as about a fall: no change)
_ONLY_LEFT = re.compile(r"(?<!\w)(?:nay\s+(?:chỉ\s+)?còn|xuống\s+còn)\s+(?:(?:khoảng|gần|hơn|dưới|chưa\s+đến)\s+)?$")
_CHANGE_VERB = re.compile(
    r"(?<!\w)(?:giảm|rút\s+ngắn|rút|cắt\s+giảm|nâng|tăng(?!\s+cường)|hạ|đưa|sắp\s+xếp|sáp\s+nhập|hợp\s+nhất|nhập|"
    r"thu\s+gọn|tinh\s+gọn|tinh\s+giản|cơ\s+cấu\s+lại|tổ\s+chức\s+lại|phát\s+triển|mở\s+rộng|chia|tách|gộp)(?!\w)"
    # "Sau khi thực hiện sắp xếp, cả nước còn 34 tỉnh": the restructuring opens the sentence
    r"|(?<!\w)sau\s+(?:khi\s+)?(?:thực\s+hiện\s+)?(?:sắp\s+xếp|sáp\s+nhập|hợp\s+nhất|nhập|tinh\s+gọn)(?!\w)"
)
# units counted as they stand after a restructuring, said right after their noun phrase
_UNIT_NOUN = re.compile(r"(?:xã|phường|thị\s+trấn|tỉnh|huyện|quận|đơn\s+vị|sở|cơ\s+quan|phòng|chi\s+cục|đầu\s+mối|thôn|tổ\s+dân\s+phố)(?!\w)")
_ONE_OF = re.compile(r"(?<!\w)một\s+trong(?:\s+số)?\s+$")  # "một trong 51 phường … sau sắp xếp": membership
# (a place may stand between: "8 tỉnh thành miền Nam sau sáp nhập", the subject ending
# before it)
_AFTER_RESTRUCTURE_NP = re.compile(
    r"(?:\s+(?:của|thuộc|tại|ở)\s+[^,;.\n]{1,40}?|(?:[ \t]+(?:miền|khu\s+vực|phía|vùng)(?:[ \t]+[^\W\d_]+){1,3}?))?"
    r"\s+sau\s+(?:khi\s+)?(?:sắp\s+xếp|sáp\s+nhập|hợp\s+nhất)(?!\w)"
)
# "còn 34 tỉnh, thành, khoảng 5.000 đơn vị cấp xã": an end listed right after another
# "lên 20 triệu đồng/tháng đối với cá nhân, 40 triệu đồng/tháng đối với vợ chồng", "nâng
# lên 4,96 triệu đồng; vùng 2 là 4,41 triệu": the next end of the same list, for whom it
# holds said between
_END_LIST_GAP = re.compile(
    r"[ \t]*(?:(?:đối\s+với|với|cho)(?:[ \t]+[^\W\d_]+){1,6}[ \t]*)?(?:,|;|và|,[ \t]*và)[ \t]*"
    r"(?:(?:\w+[ \t]+){1,3}(?:là|đạt|còn)[ \t]+)?(?:(?:khoảng|gần|hơn|trên)[ \t]+)?"
)
_LIST_SEP = re.compile(r"[ \t]*(?:,|và|,[ \t]*và)[ \t]*(?:(?:khoảng|gần|hơn|trên|còn)[ \t]+)?$")
_REACH = 80


# A clause opened by a restructuring done ("Sau khi nhập, …", "Sau sắp xếp, …") states the
# levels it reached (FORMAT.md: a lone end level reached by a movement is `to`): what the
# new unit has or is, not what it gained or lost ("giảm 207 đơn vị" is a lone delta).
_OUTCOME_OPENING = re.compile(
    # (after an opening adverb: "Theo đó, dự kiến sau khi sáp nhập tỉnh, …")
    r"[\W_]*(?:(?:theo\s+đó|như\s+vậy|dự\s+kiến|khi\s+đó)[\s,]+)*sau\s+(?:khi\s+)?(?:(?P<restructure>" + alternation(RESTRUCTURE_VERBS) + r")|"
    + alternation(LEVEL_CHANGE_VERBS) + r")(?!\w)[^,;.\n]{0,80},"
)
# … and "Sau khi sắp xếp:" on a line of its own heads the paragraphs that state them
# (context/outcome_lines.py)
_UNDER_LONE_REACH = 3000  # characters: the paragraphs a lone opener heads
# a heading: a short line without final punctuation (markdown marks are gone from the text
# read here), or a line announcing what follows (":")
_HEADING_LINE = re.compile(r"^(?=[^\n]{1,120}$)[^\n]*[^.;!?\s][ \t*]*$|:[ \t*]*$", re.M)
_LEVEL_VERB = re.compile(r"(?<!\w)(?:có|là|còn|gồm)(?!\w)")
_DELTA_JUST_BEFORE = re.compile(r"(?<!\w)(?:giảm|tăng|bớt|thêm|cắt\s+giảm|tinh\s+giản)(?:\s+(?:được|thêm))?\s*$")
_OUTCOME_REACH = 300  # characters from the opening
_OPENING_MAX = 200  # characters an opening phrase may take


def _outcome_level(lower: str, s_start: int, pos: int, kind: str) -> bool:
    """Does the figure at ``pos`` state a level its clause's opening change reached? (a
    restructuring reaches counts and measures: "Sau sáp nhập, tỷ lệ hộ nghèo là 3%" is no
    level the merger moved; a change of level reaches any kind)"""
    lo = max(s_start, pos - _OUTCOME_REACH - _OPENING_MAX)
    semi = lower.rfind(";", lo, pos)
    if semi < 0 and lo > s_start:
        return False  # the clause opens too far back for its opening to reach the figure
    c0 = max(s_start, semi + 1)
    opening = _OUTCOME_OPENING.match(lower, c0, pos)
    if opening is not None and opening.group("restructure") and kind not in ("count", "quantity"):
        return False
    return (opening is not None and pos - opening.end() <= _OUTCOME_REACH
            and _LEVEL_VERB.search(lower, opening.end(), pos) is not None
            and _DELTA_JUST_BEFORE.search(lower, max(c0, pos - 20), pos) is None)


def _under_lone_opener(lower: str, lone: list[int], s_start: int, pos: int, kind: str) -> bool:
    """Does the figure at ``pos`` state a level in a paragraph headed by "Sau khi sắp xếp:"
    (no heading between)? Counts and measures only, as after an opening clause."""
    i = bisect.bisect_right(lone, s_start) - 1
    if i < 0 or s_start - lone[i] > _UNDER_LONE_REACH or kind not in ("count", "quantity"):
        return False
    line = lower.rfind("\n", 0, pos) + 1
    return (_HEADING_LINE.search(lower, lone[i], line) is None
            and _LEVEL_VERB.search(lower, line, pos) is not None
            and _DELTA_JUST_BEFORE.search(lower, max(line, pos - 20), pos) is None)


# "Theo đó, sau sáp nhập tỉnh, xã năm 2025 cả nước có:" and the items below it ("- 34 đơn vị
# hành chính cấp tỉnh gồm: + 6 thành phố … + 28 tỉnh …"): the verb of the opening line
# governs every item, each a level the restructuring reaches
_HAS_OPENER_LINE = re.compile(
    r"(?<!\w)sau\s+(?:khi\s+)?" + alternation(RESTRUCTURE_VERBS)
    + r"(?!\w)[^\n.;:]{0,120}?(?<!\w)(?:có|gồm|bao\s+gồm|còn)[ \t*]*:[ \t*]*(?=\n|$)"
)
_ITEM_LINE = re.compile(r"[ \t]*(?:[-+•–*]|\(?\d{1,2}[.)]|[a-zđ]\))[ \t]")
_HAS_ITEMS_MAX = 40  # lines


def _items_under_has_openers(lower: str) -> list[tuple[int, int]]:
    """The spans of the item lines each such opening line heads (up to the first line that is
    no item: a paragraph or a heading)."""
    spans = []
    for m in _HAS_OPENER_LINE.finditer(lower):
        pos, start, end = m.end(), None, None
        for _ in range(_HAS_ITEMS_MAX):
            nl = lower.find("\n", pos)
            if nl < 0:
                break
            line_start = nl + 1
            while lower.startswith("\n", line_start):
                line_start += 1
            if not _ITEM_LINE.match(lower, line_start):
                break
            line_end = lower.find("\n", line_start)
            line_end = len(lower) if line_end < 0 else line_end
            start = line_start if start is None else start
            end = pos = line_end
        if start is not None:
            spans.append((start, end))
    return spans


def mark_ends(lower: str, drafts: list[dict]) -> None:
    """Mark figures that state where a change ends ("… còn 10 ngày") as `to`, in place."""
    lone = lone_outcome_line_ends(lower)
    itemised = _items_under_has_openers(lower)
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
        if _ONLY_LEFT.search(lower, max(s_start, pos - 12), pos):
            d["change"] = "to"  # "thời gian chờ chỉ còn 5 phút": where a fall has ended
            continue
        if _INSTEAD.search(lower, max(s_start, pos - 16), pos):
            d["change"] = "from"  # "hằng năm (thay vì 5 năm như hiện nay)": the level replaced
            continue
        if d.get("kind") == "count" and _MERGE_VERB_BEFORE.search(lower, max(s_start, pos - 16), pos) \
                and _INTO_ONE_AFTER.match(lower, d["end"]):
            # "sáp nhập 2 tỉnh Bắc Ninh (cũ) và Bắc Giang (cũ) thành tỉnh Bắc Ninh mới": the
            # units merged, into one named without a number
            d["change"] = "from"
            continue
        span = d.get("subject_span")
        if d.get("kind") == "count" and span and _UNIT_NOUN.match(lower, span[0]) \
                and _AFTER_RESTRUCTURE_NP.match(lower, span[1]) and not _ONE_OF.search(lower, max(0, pos - 16), pos):
            d["change"] = "to"  # "Danh sách 36 xã phường của Bình Dương sau sắp xếp"
            continue
        if _EXPANDED_TO.search(lower, max(s_start, pos - 60), pos):
            d["change"] = "to"  # "quy mô sau khi mở rộng cao tốc đạt 6 làn xe"
            continue
        if d["kind"] in ("count", "quantity") and any(a <= pos < b for a, b in itemised):
            d["change"] = "to"  # an item under "Sau sáp nhập, cả nước có:"
            continue
        if _outcome_level(lower, s_start, pos, d["kind"]) or (lone and _under_lone_opener(lower, lone, s_start, pos, d["kind"])):
            d["change"] = "to"  # "Sau khi nhập, phường X có diện tích … là 2,02 km2": the level reached
            continue
        to_before = _TO_BEFORE.search(lower, max(s_start, pos - 32), pos)
        if not to_before:
            continue
        if _DIVIDED_INTO.search(to_before.group()) and _CLASS_AFTER.match(lower, d["end"]):
            continue  # "được chia thành 02 tour": a division that sorts, no level reached
        clause_from = max(s_start, pos - _REACH)
        semi = max(lower.rfind(";", clause_from, pos), lower.rfind(",", clause_from, pos))
        if _RAISED_TO.search(lower, max(s_start, pos - 12), pos):
            # "nâng mức trần thu nhập để được xét mua, thuê mua nhà ở xã hội, lên 20 triệu":
            # "lên" after a raising verb reaches back over the commas of its object
            semi = lower.rfind(";", clause_from, pos)
        if _CHANGE_VERB.search(lower, max(clause_from, semi + 1), pos) or \
                _AFTER_RESTRUCTURE.match(lower, s_start + len(lower[s_start:pos]) - len(lower[s_start:pos].lstrip())):
            d["change"] = "to"
    for a, b in zip(drafts, drafts[1:]):
        if (a.get("change") == "to" and "change_id" not in a and not b.get("change") and a["kind"] == b["kind"]
                and a.get("sentence") == b.get("sentence")
                and ((a.get("subject_span") and _LIST_SEP.fullmatch(lower, a["subject_span"][1], b["start"]))
                     or _END_LIST_GAP.fullmatch(lower, a["end"], b.get("num_start", b["start"])))):
            b["change"] = "to"


# "giảm từ 10.599 xuống còn 3.321 đơn vị": the turn right after the first figure.
_TURN_AFTER = re.compile(r"\s+(?:xuống\s+còn|xuống|lên\s+thành|lên|còn)\s+(?:(?:hơn|gần|khoảng|trên|dưới)\s+)?(?=\d)")
_NEXT_NUMBER = re.compile(DIGITS + r"(?:\s+(?:nghìn|ngàn|triệu|tỷ|tỉ))?")


def share_subjects(metrics: list) -> list:
    """Both ends of one movement in one sentence measure the same thing: an end that names
    nothing takes what the other names ("số đơn vị hành chính giảm từ 263 còn 103": the
    subject read at "103" is 263's too), and a classifier a first end borrowed from the
    second ("từ 5.000 xuống 4.600 người") gives way to the noun the second names. Ends of
    different kinds, or naming different things (a restructuring's "52 Chi cục thành 17 Chi
    cục khu vực"), are left as read."""
    groups: dict[int, list[int]] = {}
    for i, m in enumerate(metrics):
        if m.change_id is not None:
            groups.setdefault(m.change_id, []).append(i)
    out = list(metrics)
    for idx in groups.values():
        ends = [out[i] for i in idx]
        if len(ends) < 2 or len({(e.kind, e.sentence) for e in ends}) != 1:
            continue
        named = {e.subject for e in ends if e.subject}
        if len(named) == 2 and ends[0].kind == "count" and ends[-1].subject \
                and ends[-1].subject.lower() not in CLASSIFIERS \
                and all(e.subject is None or e.subject.lower() in CLASSIFIERS for e in ends[:-1]):
            # "Tổng số biên chế giảm từ 5.000 xuống 4.600 người": the classifier the first end
            # borrowed from the second gives way to what the clause names at the second (not
            # the other way: "… có 61 cán bộ, công chức …; nay còn 43 người" keeps its noun)
            named = {ends[-1].subject}
        if len(named) != 1:
            continue
        subject = named.pop()
        for i in idx:
            if out[i].subject != subject:
                out[i] = attrs.evolve(out[i], subject=subject)
    return out


def partner_subject(view, expr, limit: int) -> tuple[int, int] | None:
    """The noun of the second figure of "từ X xuống còn Y đơn vị", for a bare first figure X."""
    if not _FROM.search(view.masked, max(0, expr.start - 20), expr.start):
        return None
    m = _TURN_AFTER.match(view.masked, expr.end)
    if not m:
        return None
    nxt = _NEXT_NUMBER.match(view.masked, m.end())
    return phrase_after(view, nxt.end(), limit) if nxt else None


# ------------------------------------------------------------------ lone deltas
# "tăng 14% so với cùng kỳ", "giảm 7 bậc so với năm trước", "cao hơn 2,65% so với kế
# hoạch": a figure that measures a movement, not a level. It has no `change` (FORMAT.md,
# version 1) but a direction and, when written, what it is compared with.
_DIRECTION_BEFORE = re.compile(
    r"(?<!\w)(?:(?P<up>tăng(?:\s+(?:thêm|lên))?|nâng|cao\s+hơn|nhiều\s+hơn|vượt|tăng\s+trưởng)"
    r"|(?P<down>giảm(?:\s+(?:thêm|xuống|bớt))?|cắt\s+giảm|thấp\s+hơn|ít\s+hơn|tụt|bớt|hạ|sụt\s+giảm))"
    r"(?:\s+(?:được|thêm|khoảng|gần|hơn|trên|tới|đến|mạnh|nhẹ|tương\s+ứng))*\s*$"
)
_COMPARED = re.compile(r"[ \t]*,?[ \t]*so[ \t]+(?:với[ \t]+)?(?P<what>[^,;.()\n:]{2,60}?)(?=[ \t]*(?:[,;.()\n:]|$|và|nhưng|trong khi))")
_COMPARED_WORDS = 8


def delta_of(lower: str, start: int, end: int, noun_end: int | None, limit: int
             ) -> tuple[str | None, tuple[int, int] | None]:
    """(direction, span of what it is compared with) for a figure at ``[start, end)``:
    direction 'increase' or 'decrease' from the verb right before it, the comparison from
    "so (với) …" right after it (or after its noun)."""
    m = _DIRECTION_BEFORE.search(lower, max(0, start - 30), start)
    direction = None if m is None else ("increase" if m.group("up") else "decrease")
    compared = None
    for at in (end, noun_end):
        if at is None:
            continue
        c = _COMPARED.match(lower, at, limit)
        if c is not None:
            what = c.group("what").split()
            if 0 < len(what) <= _COMPARED_WORDS:
                compared = (c.start("what"), c.start("what") + len(c.group("what").rstrip()))
            break
    return direction, compared
