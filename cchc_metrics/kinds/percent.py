"""Percent: "71,68%", "70-80%", "1% - 1,5%", "50 phần trăm". Unit "%", value in percent."""

from __future__ import annotations

import re

from ..context.qualifier import qualifier_before
from ..lexicon.units import PERCENT
from .base import after, alternation

_UNIT = after(alternation(PERCENT))


def read(expr, view):
    m = _UNIT.match(view.masked, expr.end)
    if not m:
        return None
    return {"kind": "percent", "end": m.end(), "unit": "%"}


# "(một) nửa số xã", "gần một nửa số hồ sơ", "chiếm hơn một nửa.": a share of 50 % said in
# words (issue 14: a half of a set is a share; a half of a span is a duration, read by the
# duration reader: "nửa tháng", "nửa năm"; "nửa đầu năm" is a period)
_HALF_SHARE = re.compile(
    r"(?<!\w)(?:một\s+nửa(?=\s+(?:số|tổng\s+số|các|những)(?!\w)|[ \t]*[.;,)\n]|[ \t]*$)"
    r"|nửa(?=\s+(?:số|tổng\s+số)(?!\w)))"  # not "chia làm hai nửa,": a half of something, no share
)


def find_word_shares(view) -> list[dict]:
    """Shares written in words: "một nửa số xã" (50 %), with the qualifier before them
    ("gần một nửa": nearly; "hơn một nửa": over)."""
    if "nửa" not in view.masked:
        return []
    out = []
    for m in _HALF_SHARE.finditer(view.masked):
        d = {"kind": "percent", "start": m.start(), "end": m.end(), "value": 50, "value_max": None, "unit": "%"}
        q, qstart = qualifier_before(view.masked, m.start(), 50, m.end())
        if q is not None:
            d["qualifier"], d["start"] = q, qstart
        out.append(d)
    return out
