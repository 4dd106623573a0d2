"""Changes (FORMAT.md `change`): "từ 21 ngày xuống còn 4 ngày", "từ 1.800.000 đồng lên
2.340.000 đồng", "giảm từ 9 còn 5". The first figure is `from`, the second `to`."""

from __future__ import annotations

import re

# "từ 21 ngày", "từ trên 30%", "từ vị trí 62/63", "từ mức 1.800.000 đồng"
_FROM = re.compile(r"(?<!\w)từ\s+(?:(?:vị\s+trí|mức|hạng)\s+(?:thứ\s+)?)?$")
# The turn between the two figures: xuống (còn), lên, còn, thành; short, in one clause.
_TURN = re.compile(r"(?<!\w)(?:xuống\s+còn|xuống|lên|còn|thành)(?!\w)")
_MAX_GAP = 90


def link_changes(lower: str, drafts: list[dict]) -> None:
    """Mark pairs of figures of the same kind joined by từ … xuống/lên/còn … in place."""
    for a, b in zip(drafts, drafts[1:]):
        if a["kind"] != b["kind"] or a.get("sentence") != b.get("sentence"):
            continue
        if not (_FROM.search(lower, max(0, a["start"] - 20), a["start"])
                or _FROM.search(lower, max(0, a["num_start"] - 20), a["num_start"])):
            continue
        gap = lower[a["end"]:b["start"]]
        if len(gap) <= _MAX_GAP and not any(c in gap for c in ";.") and _TURN.search(gap):
            a["change"] = "from"
            b["change"] = "to"
