"""Status of a figure (FORMAT.md): target, projected, or actual (the default).

A cue counts when it stands in the same sentence before the number (a cue carries over a
list of ";" items and a colon: "Mục tiêu …: giảm 1%; …"), and no
marker of achievement ("đã", "đạt được") stands between the cue and the number. A target
outranks a projection in its clause ("đặt mục tiêu … sẽ hoàn thành 50 triệu" is a target).
"""

from __future__ import annotations

import bisect
import re

import attrs

from ..kinds.base import alternation
from .cues import MatchIndex
from ..records import Metric
from ..lexicon.status import (
    ACTUAL,
    DIRECTIVE_OPENERS,
    FLOORS,
    FORECAST,
    GOAL_WORDS,
    NOW_AFTER,
    PLAN_OPENERS,
    PLAN_SPAN,
    PROJECTED,
    REFERENCE_BEFORE_CUE,
    TARGET,
)

_CUES = re.compile(
    r"(?<!\w)(?:(?P<target>" + alternation(TARGET) + r")|(?P<projected>" + alternation(PROJECTED)
    + r")|(?P<actual>" + alternation(ACTUAL) + r"))(?!\w)"
)
# "bảo đảm" (ensure) sets a level only when a directive asks for it ("yêu cầu các cơ quan
# bảo đảm 100% …"); alone it reports achievements as often ("đã bảo đảm 100% …").
_ENSURE = re.compile(r"(?<!\w)(?:bảo\s+đảm|đảm\s+bảo)(?!\w)")
_DIRECTED = re.compile(r"(?<!\w)(?:yêu\s+cầu|đề\s+nghị|chỉ\s+đạo|giao)(?!\w)")
_FLOOR = re.compile(alternation(FLOORS) + r"(?!\w)")
_NOW_AFTER = re.compile(r"[ \t]*(?:\w+[ \t]+)?" + alternation(NOW_AFTER) + r"(?!\w)")
_FORECAST = re.compile(r"(?<!\w)" + alternation(FORECAST) + r"(?!\w)")
_REFERENCE = re.compile(r"(?<!\w)" + alternation(REFERENCE_BEFORE_CUE) + r"(?:\s+\w+){0,2}?\s+$")
# "7/20 mục tiêu": a cue word right after a number is the thing counted.
_NUMBER_BEFORE = re.compile(r"\d[\d.,/]*\s*%?\s+$")
# "mục tiêu 80%", "chỉ tiêu là 95%": the goal noun names this very number.
_OWN_LABEL = re.compile(r"(?<!\w)(?:mục\s+tiêu|chỉ\s+tiêu|kế\s+hoạch)(?:\s+(?:là|đạt|đề\s+ra))?\s*$")


_BACK_REFERENCE = re.compile(r"\s+(?:này|đó|trên|nói\s+trên|nêu\s+trên)(?!\w)")
# A due date is a target only with goal words (FORMAT.md), not with an obligation ("phải
# hoàn thành", "được giao", "cần") that assigns it.
_GOAL = re.compile(r"(?<!\w)" + alternation(GOAL_WORDS) + r"(?!\w)")
_TITLE_HORIZON = re.compile(r"(?<!\w)định\s+$")


def _cue_status(lower: str, m: re.Match[str]) -> str | None:
    """What one cue says: 'target', 'projected', 'actual', or None when it is a reference."""
    if _BACK_REFERENCE.match(lower, m.end()):
        return None  # "Để thực hiện các mục tiêu này, tỉnh dự kiến …": goals named before
    if m.group().startswith("hướng") and _TITLE_HORIZON.search(lower, max(0, m.start() - 6), m.start()):
        return None  # "định hướng đến năm 2030": a title's horizon, not "hướng đến" (aim at)
    if not m.group("actual") and (
        _REFERENCE.search(lower, max(0, m.start() - 25), m.start())
        or _NUMBER_BEFORE.search(lower, max(0, m.start() - 15), m.start())
    ):
        return None
    return "target" if m.group("target") else "projected" if m.group("projected") else "actual"


def _step(status: str | None, cue: str | None) -> str | None:
    if cue == "target":
        return "target"
    if cue == "projected":
        return status if status == "target" else "projected"
    if cue == "actual":
        return None
    return status


class StatusReader:
    """Status cues of a document, read once; ``at()`` answers for any figure by bisection."""

    def __init__(self, lower: str, sentences: list[tuple[int, int]]):
        self.lower = lower
        self.cues = MatchIndex(_CUES, lower)
        self.ensures = MatchIndex(_ENSURE, lower)
        self.kinds = [_cue_status(lower, m) for m in self.cues.matches]
        # State after each cue, running from the start of the cue's own sentence.
        sent_starts = [s for s, _ in sentences]
        self.after: list[str | None] = []
        state, current = None, None
        for m, kind in zip(self.cues.matches, self.kinds):
            i = bisect.bisect_right(sent_starts, m.start()) - 1
            if i != current:
                state, current = None, i
            state = _step(state, kind)
            self.after.append(state)

    def of_figure(self, sent_start: int, start: int, end: int, floors: bool = True) -> str | None:
        """Status of a figure spanning ``[start, end)``: the cues before it, unless the words
        right after it say it is where things stand now; a floor it opens with ("ít nhất
        30%") makes it a target when ``floors`` (not for technical measures)."""
        if _NOW_AFTER.match(self.lower, end):
            return None
        status = self.at(sent_start, start)
        if status is None and floors and _FLOOR.match(self.lower, start) and not _DONE.search(self.lower, sent_start, start):
            return "target"
        if status is None:
            ensure = self.ensures.last_between(sent_start, start)
            if (
                ensure is not None
                and _DIRECTED.search(self.lower, sent_start, ensure.start())
                and not _DONE.search(self.lower, ensure.end(), start)
            ):
                return "target"  # "đề nghị các tỉnh bảo đảm 100% thủ tục …": a required level
        return status

    def of_deadline(self, sent_start: int, pos: int, reach: int) -> str | None:
        """Status of a due time: a cue right before it; a projection only with a forecast word."""
        status = self.at(sent_start, pos, reach=reach)
        if status == "projected" and not _FORECAST.search(self.lower, max(sent_start, pos - reach), pos):
            return None
        if status == "target" and not _GOAL.search(self.lower, max(sent_start, pos - reach), pos):
            return None  # "phải hoàn thành trước ngày 30/9": an assigned due date (FORMAT.md)
        return status

    def at(self, sent_start: int, pos: int, *, reach: int | None = None) -> str | None:
        """'target', 'projected' or None for a figure at ``pos`` in a sentence from ``sent_start``.

        ``reach`` limits how far back a cue may stand (deadlines take only the cue that
        governs them: "dự kiến đến 1/7", not a "dự kiến" three clauses earlier).
        """
        if _OWN_LABEL.search(self.lower, max(sent_start, pos - 25), pos):
            return "target"
        if reach is None:
            r = self.cues.span_indices(sent_start, pos)
            return self.after[r.stop - 1] if r else None
        state = None
        for i in self.cues.span_indices(max(sent_start, pos - reach), pos):
            state = _step(state, self.kinds[i])
        return state


_PLAN_OPENER = re.compile(r"(?<!\w)" + alternation(PLAN_OPENERS) + r"(?!\w)")
_DONE = re.compile(r"(?<!\w)(?:đã|đạt được|hiện nay)(?!\w)")


# enumerators that may stand before the verb: "-", "+", "1.", "a)", "(2)", "Thứ hai,"
_ENUMERATOR = r"(?:[-+•*–]\s*|\(?\d{1,2}[.)]\s*|[a-zđ]\)\s*|thứ\s+\w+\s*,\s*)?"
_DIRECTIVE = re.compile(r"\s*" + _ENUMERATOR + alternation(DIRECTIVE_OPENERS) + r"(?!\w)")


def plan_sentences(lower: str, sentences: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """Sentences inside a list announced as a plan ("… các nhiệm vụ sau:"), and tasks: a
    sentence that opens with a directive verb and reports nothing done."""
    out: set[tuple[int, int]] = {
        (s, e) for s, e in sentences if _DIRECTIVE.match(lower, s, e) and not _DONE.search(lower, s, e)
    }
    openers = MatchIndex(_PLAN_OPENER, lower)  # one scan, not one search per sentence
    for i, (s, e) in enumerate(sentences):
        if openers.first_between(s, e) is None:
            continue
        if lower[s:e].rstrip().endswith(":"):
            for s2, e2 in sentences[i + 1: i + 1 + PLAN_SPAN]:
                if _DONE.search(lower, s2, e2):
                    break
                out.add((s2, e2))
        elif _is_heading(lower, s, e) and not _RESULTS.search(lower, s, e) and "%" not in lower[s:e]:
            # "II. NHIỆM VỤ QUÝ IV/2024", "Phương hướng, nhiệm vụ thời gian tới": the items
            # under the heading, up to the next heading
            for s2, e2 in sentences[i + 1: i + 1 + 2 * PLAN_SPAN]:
                if _is_heading(lower, s2, e2) or _DONE.search(lower, s2, e2):
                    break
                out.add((s2, e2))
    return out


# A heading about results, or "Chức năng, nhiệm vụ của Bộ" (duties), is no plan; nor is a
# news title holding its own figure ("Bình Định phấn đấu 80% hồ sơ trực tuyến"), which is
# one claim, not the heading of a list of tasks (the "%" test in plan_sentences).
_RESULTS = re.compile(r"(?<!\w)(?:kết\s+quả|tình\s+hình|đã|thực\s+hiện|chức\s+năng)(?!\w)")

_HEADING_WORDS = 25  # syllables
_HEADING_CHARS = 160


def _is_heading(lower: str, s: int, e: int) -> bool:
    """Does the sentence stand on a short line without final punctuation (markdown marks
    allowed)? The line counts, not the sentence: "II. NHIỆM VỤ …" splits after "II."."""
    if e - s > _HEADING_CHARS:
        return False
    lo = max(0, s - _HEADING_CHARS)  # bounded look-ups: a long line is no heading anyway
    ls = lower.rfind("\n", lo, s) + 1
    if ls == 0 and lo > 0:
        return False
    le = lower.find("\n", e, e + _HEADING_CHARS + 1)
    if le < 0:
        if e + _HEADING_CHARS < len(lower):
            return False
        le = len(lower)
    if le - ls > _HEADING_CHARS:
        return False
    line = lower[ls:le].strip(" \t*#")
    return bool(line) and line[-1] not in ".;:!?," and len(line.split()) <= _HEADING_WORDS


# --------------------------------------------------------------------------- across figures
# "cắt giảm ít nhất 30% thời gian xử lý, 30% chi phí tuân thủ và 30% điều kiện kinh doanh":
# a figure listed right after a target (its own noun, then "," or "và") is one too.
_LIST_GAP = re.compile(r"[ \t]*[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,8}[ \t]*(?:,|và|;)[ \t]*(?:và[ \t]+)?")
_DONE_IN_GAP = re.compile(r"(?<!\w)(?:đã|đạt được|hiện|còn|mới)(?!\w)")


def share_status_in_lists(metrics: list[Metric], masked: str) -> list[Metric]:
    """A figure listed right after a target is one too (its floor stays its own: the seed
    gold writes "ít nhất 18 đơn vị … và 7 cụm" with no qualifier on the 7)."""
    out = list(metrics)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if a.status != "target" or b.status is not None or a.kind != b.kind or a.sentence != b.sentence:
            continue
        if _LIST_GAP.fullmatch(masked, a.end, b.start) and not _DONE_IN_GAP.search(masked, a.end, b.start):
            out[i + 1] = attrs.evolve(b, status="target")
    return out


# "số hóa dữ liệu đến cuối năm 2024 đạt từ 90% trở lên": the horizon of a goal ("đến",
# "trong") is part of it. The goal's figure stands in the same clause, right after the
# horizon or right before it, with nothing reported as done between. A due date ("trước
# ngày") is an assignment and keeps its own status.
_GOAL_REACH = 60
_CLAUSE_BREAK = re.compile(r"[.;:\n]|(?<!\w)(?:đã|đạt được)(?!\w)")


def goal_status(figures: list[Metric], starts: list[int], dl: Metric, masked: str) -> str | None:
    """"target" when the due time ``dl`` is the horizon of a goal figure next to it
    (``figures`` sorted, ``starts`` their start offsets)."""
    i = bisect.bisect_left(starts, dl.end)
    near = []
    if i < len(figures) and figures[i].start - dl.end <= _GOAL_REACH:
        near.append((dl.end, figures[i].start, figures[i]))
    j = bisect.bisect_left(starts, dl.start) - 1
    if j >= 0 and dl.start - figures[j].end <= _GOAL_REACH and figures[j].end <= dl.start:
        near.append((figures[j].end, dl.start, figures[j]))
    for lo, hi, fig in near:
        if fig.status == "target" and fig.sentence == dl.sentence and not _CLAUSE_BREAK.search(masked, lo, hi):
            return "target"
    return None
