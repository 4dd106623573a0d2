"""Rate of a figure (FORMAT.md `per`): "32 tỷ đồng mỗi tháng", "150.000 lượt/ngày",
"1,5%/năm", or a distributive phrase earlier in the clause ("giúp hàng năm tiết kiệm
… 3.500 tỷ đồng")."""

from __future__ import annotations

import re

from ..kinds.base import alternation
from ..lexicon.rates import PERIODS
from .cues import MatchIndex

_PERIOD = alternation(PERIODS)
# "8.000.000 đồng/người/tháng", "30.000 đồng/suất/ngày": a rate per head, then per period
# (and per unit of land: "1.500.000 đồng/ha/năm", "đồng/m²/tháng")
_PER_HEAD = (r"(?:[ \t]*/[ \t]*(?:người|lần|hộ|suất|thẻ|căn|cá\s+nhân|lao\s+động|học\s+sinh|xã|đơn\s+vị"
             r"|ha|héc\s*ta|hecta|m2|m²|km2|km²|sào)(?!\w))?")
_AFTER = re.compile(_PER_HEAD + r"[ \t]*(?:/[ \t]*|(?:mỗi|hằng|hàng|một|mọi|trong\s+một|bình\s+quân\s+mỗi|trên\s+một)\s+)("
                    + _PERIOD + r")(?!\w)")
# (and "trong một năm (học)" before the figure: "tổng số tiết dạy thêm trong một năm học của mỗi
# nhà giáo không quá 200 tiết"; not "trong một năm qua / tới", a stretch of time)
_NEAR = re.compile(r"(?<!\w)(?:mỗi|hằng|hàng|trong\s+một)\s+(" + _PERIOD + r")(?!\w)"
                   r"(?!\s+(?:qua|vừa|tới|nữa|trở\s+lại|gần\s+đây)(?!\w))")
# "bình quân đầu người một tháng … đạt 3,585 triệu đồng": "một tháng" is a rate only after
# an averaging word; elsewhere it is a duration ("sau một năm triển khai").
_AVERAGE_ONE = re.compile(r"(?<!\w)(?:bình\s+quân|trung\s+bình)(?:\s+\w+){0,4}?\s+một\s+(" + _PERIOD + r")(?!\w)")


def rate_after(lower: str, end: int) -> tuple[str | None, int]:
    m = _AFTER.match(lower, end)
    if not m:
        return None, end
    return PERIODS[m.group(1)], m.end()


class RateIndex:
    """Distributive phrases of a document, found once (see context/cues.py)."""

    def __init__(self, lower: str):
        self.near = MatchIndex(_NEAR, lower)
        self.average_one = MatchIndex(_AVERAGE_ONE, lower)


# A share is a rate only as growth: "tốc độ tăng trưởng hằng năm trung bình 20-25%",
# "mỗi năm giảm 1,5%"; "Hằng năm tiếp nhận 50.000 hồ sơ, trong đó 95% đúng hạn" is a share
# of a yearly count, not a yearly rate.
_GROWTH = re.compile(r"(?<!\w)(?:tăng|giảm|tăng\s+trưởng|tăng\s+thêm)(?!\w)")
# "tăng 35% so với cùng kỳ": a change against a period, not a rate
_COMPARED_AFTER = re.compile(r"\s*(?:so\s+với|so\s+cùng\s+kỳ)")


_SEMI_REACH = 600  # characters: the clause break looked for (linear in a sentence of thousands of figures)


def rate_in_clause(
    lower: str, clause_start: int, start: int, end: int, index: RateIndex, share: bool = False
) -> str | None:
    """A distributive phrase elsewhere in the claim's clause (before the number, or shortly
    after its noun phrase: "2,6 triệu Phiếu lý lịch tư pháp hàng năm"). For a ``share``
    (a percent), one before the number counts only with a verb of growth between."""
    semi = lower.rfind(";", max(clause_start, start - _SEMI_REACH), start)
    if semi >= 0:
        clause_start = semi + 1  # "Hằng năm, …; kho học liệu có hơn 12.000 bài giảng": a new clause
    m = index.near.first_between(clause_start, start) or index.average_one.first_between(clause_start, start)
    if (
        m is not None
        and m.end() <= start
        and (not share or (_GROWTH.search(lower, max(clause_start, m.start() - 20), start)
                           and not _COMPARED_AFTER.match(lower, end)))
    ):
        return PERIODS[m.group(1)]
    per, _ = rate_after(lower, end)
    return per
