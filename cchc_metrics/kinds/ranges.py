"""Figures that belong together: two ends of one range, and the bare start of a movement
that takes its unit from the end.

- "phạt tiền từ 2.000.000 đồng đến 4.000.000 đồng", "từ 150 mét đến 250 mét", "trên 10% đến
  50%", "giữa 1,2 và 1,5 triệu đồng": the unit is written twice, the claim is one — value and
  value_max (FORMAT.md), not two figures;
- "tăng từ 1,8 lên 2,34 triệu đồng", "rút từ 20 xuống 15 ngày", "từ 12 lên 15%": the first
  number is written bare, in the unit and scale of the second.
"""

from __future__ import annotations

import re

from ..numbers import DIGITS, parse_digits, scaled

_RANGE_KINDS = ("money", "quantity", "duration", "percent")
# between the two ends: "đến", "tới", a dash; "và" after "giữa"
_RANGE_GAP = re.compile(r"[ \t]*(?:đến|tới|-|–|—)[ \t]*(?:(?:mức|khoảng|dưới|trên|hơn|gần|đủ|gấp)[ \t]+)?$")
# "phải đủ 18 tuổi đến đủ 60 tuổi": both ends of an age band said with "đủ"
_FULL_BEFORE = re.compile(r"(?<!\w)đủ\s*$")
_AND_GAP = re.compile(r"[ \t]*và[ \t]*$")
_FROM_BEFORE = re.compile(r"(?<!\w)(?:từ|khoảng\s+từ|trong\s+khoảng(?:\s+từ)?|tầm|chừng)(?:\s+(?:mức|khoảng|đủ))?\s*$")
_BETWEEN_BEFORE = re.compile(r"(?<!\w)(?:giữa|trong\s+khoảng)\s*$")
_BORROW_TURN = re.compile(r"[ \t]+(?:xuống\s+còn|xuống|lên|còn|đến|tới|và)[ \t]+(?:(?:mức|khoảng|hơn|gần|trên|dưới)[ \t]+)?$")
_LEAD_NUMBER = re.compile(DIGITS)


# "từ 6 tháng đến 1 năm": a duration range may change unit at its upper end
_UPPER_UNIT = {("month", "year"): 12, ("minute", "hour"): 60, ("day", "week"): 7}


def _unit_factor(a: dict, b: dict) -> float | int | None:
    """How many of a's units one of b's is, when the two can end one range."""
    if a.get("unit") == b.get("unit"):
        return 1
    if a["kind"] == "duration" == b["kind"]:
        return _UPPER_UNIT.get((a.get("unit"), b.get("unit")))
    return None


def merge_unit_ranges(masked: str, drafts: list[dict]) -> list[dict]:
    """Join "từ X <unit> đến Y <unit>" into one claim (value, value_max)."""
    out: list[dict] = []
    skip = False
    for i, a in enumerate(drafts):
        if skip:
            skip = False
            continue
        b = drafts[i + 1] if i + 1 < len(drafts) else None
        factor = _unit_factor(a, b) if b is not None else None
        if (b is not None and a["kind"] == b["kind"] and a["kind"] in _RANGE_KINDS and factor is not None
                and a.get("value_max") is None and b.get("value_max") is None and a.get("sentence") == b.get("sentence")
                and b["start"] - a["end"] <= 12):
            gap_to = _RANGE_GAP.fullmatch(masked, a["end"], b["start"])
            gap_and = _AND_GAP.fullmatch(masked, a["end"], b["start"])
            at = a.get("num_start", a["start"])  # "khoảng từ 50.000 đồng": the qualifier may hold "từ"
            opened = _FROM_BEFORE.search(masked, max(0, at - 16), at) or a.get("qualifier") == "over" \
                or (_FULL_BEFORE.search(masked, max(0, at - 6), at) and "đủ" in masked[a["end"]:b["start"]])
            between = _BETWEEN_BEFORE.search(masked, max(0, at - 16), at)
            if (gap_to and (opened or "-" in masked[a["end"]:b["start"]])) or (gap_and and between):
                if a.get("value") is not None and b.get("value") is not None and b["value"] * factor > a["value"]:
                    merged = dict(a)
                    merged["value_max"] = scaled(b["value"], factor)
                    merged["end"] = b["end"]
                    # "trên 10% đến 50%", "từ trên 3 tháng đến dưới 9 tháng": the lower bound is
                    # open — qualifier over, as the gold sets write "trên 300 đến 500 triệu đồng"
                    out.append(merged)
                    skip = True
                    continue
        out.append(a)
    return out


def borrow_units(masked: str, drafts: list[dict]) -> None:
    """"tăng từ 1,8 lên 2,34 triệu đồng": a bare count right before the turn of a movement
    takes the kind, unit and scale of the figure it moves to (in place)."""
    for a, b in zip(drafts, drafts[1:]):
        if a["kind"] != "count" or b["kind"] not in ("money", "percent", "duration", "quantity"):
            continue
        if a.get("sentence") != b.get("sentence") or b["start"] - a["end"] > 20:
            continue
        if not (_FROM_BEFORE.search(masked, max(0, a["start"] - 10), a["start"])
                or _BETWEEN_BEFORE.search(masked, max(0, a["start"] - 10), a["start"])):
            continue
        if not _BORROW_TURN.fullmatch(masked, a["num_start"] + len(masked[a["num_start"]:a["end"]].rstrip()), b["start"]) \
                and not _BORROW_TURN.fullmatch(masked, a["end"], b["start"]):
            continue
        lead = _LEAD_NUMBER.match(masked, b["num_start"])
        if lead is None or b.get("value") is None:
            continue
        raw = parse_digits(lead.group())
        if not raw:
            continue
        own = _LEAD_NUMBER.match(masked, a["num_start"])
        scaled_already = own is None or a.get("value") != parse_digits(own.group())  # "1,8 triệu lên …"
        a["kind"] = b["kind"]
        a["unit"] = b.get("unit")
        if not scaled_already:
            a["value"] = scaled(a["value"], b["value"] / raw)  # 1,8 × 10⁶ is 1800000, not 1800000.0000000002
        a.pop("subject_span", None)


# "từ 12 lên 15%", "giữa 1,2 và 1,5 triệu đồng": a bare number opening a movement or range
_OPENS = re.compile(r"[ \t]+(?:xuống\s+còn|xuống|lên|còn|đến|tới|và|-|–)[ \t]+(?:(?:mức|khoảng|hơn|gần|trên|dưới)[ \t]+)?\d")


def opens_range(view, expr) -> bool:
    """Is this bare number the first end of "từ X lên/đến Y <unit>" (its unit comes later)?"""
    if not (_FROM_BEFORE.search(view.masked, max(0, expr.start - 16), expr.start)
            or _BETWEEN_BEFORE.search(view.masked, max(0, expr.start - 10), expr.start)):
        return False
    return _OPENS.match(view.masked, expr.end) is not None


# "từ 1.220 xuống còn 475": the bare end of a movement whose start is bare too
_CLOSES = re.compile(r"(?<!\w)từ[ \t]+\d[\d.,]*[ \t]+(?:xuống\s+còn|xuống|lên|còn)[ \t]+(?:(?:mức|khoảng|hơn|gần|trên|dưới)[ \t]+)?$")


def closes_movement(view, expr) -> bool:
    return _CLOSES.search(view.masked, max(0, expr.start - 40), expr.start) is not None


def drop_unborrowed(drafts: list[dict]) -> list[dict]:
    """Bare numbers that found neither a unit to borrow nor a bare partner name nothing."""
    def whole(d: dict) -> bool:  # a count counts things: "từ 0,2754 lên 0,4917" is an index
        return isinstance(d.get("value"), int) or float(d.get("value") or 0).is_integer()

    out = []
    for i, d in enumerate(drafts):
        if d["kind"] == "count" and d.get("bare_opener"):
            nxt = drafts[i + 1] if i + 1 < len(drafts) else None
            if not (nxt is not None and nxt.get("bare_closer") and whole(d) and whole(nxt)):
                continue
        if d.get("bare_closer") and not (i and drafts[i - 1].get("bare_opener") and whole(d) and whole(drafts[i - 1])):
            continue
        out.append(d)
    return out
