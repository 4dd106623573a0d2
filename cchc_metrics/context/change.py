"""Changes (FORMAT.md `change`): "từ 21 ngày xuống còn 4 ngày", "từ 1.800.000 đồng lên
2.340.000 đồng", "giảm từ 9 còn 5". The first figure is `from`, the second `to`."""

from __future__ import annotations

import re

_FROM = re.compile(r"(?<!\w)từ\s*$")
_TO_BETWEEN = re.compile(r"^[\s,]*(?:(?:\w+\s+){0,2}?)(?:xuống\s+còn|xuống|lên\s+thành|lên|còn|thành|tăng\s+lên|giảm\s+xuống)\s+(?:(?:mức|khoảng|còn)\s+)?$")


def link_changes(lower: str, drafts: list[dict]) -> None:
    """Mark pairs of figures of the same kind joined by từ … xuống/lên/còn … in place."""
    for a, b in zip(drafts, drafts[1:]):
        if a["kind"] != b["kind"] or a.get("sentence") != b.get("sentence"):
            continue
        if not _FROM.search(lower, max(0, a["num_start"] - 6), a["num_start"]):
            continue
        if _TO_BETWEEN.match(lower[a["end"]:b["num_start"]]):
            a["change"] = "from"
            b["change"] = "to"
