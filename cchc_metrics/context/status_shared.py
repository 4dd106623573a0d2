"""Statuses figures share with their neighbours, after each was decided on its own
(context/status_figure.py): an item listed right after a target, the parts of a planned
whole, a share in brackets or after "chiếm" that restates the figure before it, and the
horizon of a goal's figure."""

from __future__ import annotations

import bisect
import re

import attrs

from ..records import Metric

# "cắt giảm ít nhất 30% thời gian xử lý, 30% chi phí tuân thủ và 30% điều kiện kinh doanh":
# a figure listed right after a target (its own noun, then "," or "và") is one too.
_LIST_GAP = re.compile(r"[ \t]*[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,8}[ \t]*(?:,|và|;)[ \t]*(?:và[ \t]+)?")
_DONE_IN_GAP = re.compile(r"(?<!\w)(?:đã|đạt được|hiện|còn|mới)(?!\w)")


def _share_status(metrics: list[Metric], masked: str, joined) -> list[Metric]:
    """A figure with no status of its own takes the status (and evidence) of the figure
    right before it in its sentence when ``joined(a, b, masked)`` says the two go together
    and nothing reported as done stands between them."""
    out = list(metrics)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if a.status is None or b.status is not None or a.sentence != b.sentence:
            continue
        if joined(a, b, masked) and not _DONE_IN_GAP.search(masked, a.end, b.start):
            out[i + 1] = attrs.evolve(b, status=a.status, status_cue=a.status_cue)
    return out


_OWN_ACTUAL = ("now", "negation", "done", "change-start")  # rules that decided "actual" on their own


def _listed_after_target(a: Metric, b: Metric, masked: str) -> bool:
    return (a.status == "target" and a.kind == b.kind
            and (b.status_cue is None or b.status_cue.rule not in _OWN_ACTUAL)
            and _LIST_GAP.fullmatch(masked, a.end, b.start) is not None)


# "tổng kế hoạch … được Thủ tướng giao là 118.948 tỷ đồng, trong đó vốn ngân sách trung ương
# là 15.299 tỷ đồng và vốn ngân sách địa phương là 103.649 tỷ đồng": the parts of a planned
# or forecast whole are planned or forecast too
_PART_GAP = re.compile(
    r"[ \t]*(?:,[ \t]*trong[ \t]+đó|[,;][ \t]*(?:và[ \t]+)?|và[ \t]+)[ \t]*(?:[^\W\d_]+[ \t]+){0,8}?(?:là|đạt|gồm|có)?[ \t]*"
)


def _part_of_planned(a: Metric, b: Metric, masked: str) -> bool:
    return (a.status is not None and a.kind == b.kind == "money"
            and (b.status_cue is None or b.status_cue.rule not in _OWN_ACTUAL)
            and _BREAKDOWN.search(masked, max(a.sentence[0] if a.sentence else 0, a.start - 200), b.start) is not None
            and _PART_GAP.fullmatch(masked, a.end, b.start) is not None)


_BREAKDOWN = re.compile(r"(?<!\w)trong\s+đó(?!\w)")


def share_status_in_lists(metrics: list[Metric], masked: str) -> list[Metric]:
    """A figure listed right after a target is one too (its floor stays its own: the seed
    gold writes "ít nhất 18 đơn vị … và 7 cụm" with no qualifier on the 7); the parts of a
    planned amount ("…, trong đó vốn … là …") are planned too."""
    out = _share_status(metrics, masked, _listed_after_target)
    return _share_status(out, masked, _part_of_planned)


# "nhập khẩu 9.360 - 12.100 MW (chiếm tỷ lệ 4,0 - 5,1%)": a figure in brackets right after
# another restates it in other terms, as the percent of a count does its subject.
_BRACKET_GAP = re.compile(r"[^()\n.;:\d]{0,40}\([^()\n\d]{0,40}$")


def _restated_in_brackets(a: Metric, b: Metric, masked: str) -> bool:
    # (a share only: "36 phòng (~3.750 m²)" is a measure of what exists, no restatement)
    return (b.status_cue is None and b.kind in ("percent", "fraction")
            and _BRACKET_GAP.fullmatch(masked, a.end, b.start) is not None and ")" not in masked[a.end:b.start])


def share_status_in_brackets(metrics: list[Metric], masked: str) -> list[Metric]:
    """A share in brackets right after a target or projection, with nothing of its own
    that decides its status, shares it."""
    return _share_status(metrics, masked, _restated_in_brackets)


# "Cán bộ hợp đồng lao động: 9.195 người, chiếm 55%": the share a figure right before makes
# of a whole says the same thing in other terms, so it stands as that figure stands, whatever
# list or heading the sentence is under
_SHARE_OF_GAP = re.compile(
    r"[ \t]*(?:[^\W\d_]+[ \t]*){0,3},[ \t]*(?:chiếm|tương[ \t]+ứng)(?:[ \t]+(?:khoảng|gần|hơn|trên|xấp[ \t]+xỉ))?[ \t]*"
)
_FROM_OUTSIDE = ("heading", "list", "continuation")  # rules of a scope, not of the figure's own words


def share_status_of_parts(metrics: list[Metric], masked: str) -> list[Metric]:
    """A share right after the figure it measures ("9.195 người, chiếm 55%") takes that
    figure's status, when its own comes from a list or heading only."""
    out = list(metrics)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if b.kind != "percent" or a.kind not in ("count", "money", "quantity") or a.sentence != b.sentence:
            continue
        if b.status_cue is not None and b.status_cue.rule not in _FROM_OUTSIDE:
            continue
        if a.status != b.status and _SHARE_OF_GAP.fullmatch(masked, a.end, b.start) is not None:
            out[i + 1] = attrs.evolve(b, status=a.status, status_cue=a.status_cue)
    return out


# "số hóa dữ liệu đến cuối năm 2024 đạt từ 90% trở lên": the horizon of a goal ("đến",
# "trong") is part of it. The goal's figure stands in the same clause, right after the
# horizon or right before it, with nothing reported as done between. A due date ("trước
# ngày") is an assignment and keeps its own status.
_GOAL_REACH = 160  # the clause: no "." ";" ":" or what was done between
_CLAUSE_BREAK = re.compile(r"[.;:\n]|(?<!\w)(?:đã|đạt được)(?!\w)")


def goal_status(figures: list[Metric], starts: list[int], dl: Metric, masked: str) -> Metric | None:
    """The goal figure next to the due time ``dl`` whose horizon it is (``figures`` sorted,
    ``starts`` their start offsets), or None."""
    i = bisect.bisect_left(starts, dl.end)
    near = []
    if i < len(figures) and figures[i].start - dl.end <= _GOAL_REACH:
        near.append((dl.end, figures[i].start, figures[i]))
    j = bisect.bisect_left(starts, dl.start) - 1
    if j >= 0 and dl.start - figures[j].end <= _GOAL_REACH and figures[j].end <= dl.start:
        near.append((figures[j].end, dl.start, figures[j]))
    for lo, hi, fig in near:
        if fig.status == "target" and fig.sentence == dl.sentence and not _CLAUSE_BREAK.search(masked, lo, hi):
            return fig
    return None
