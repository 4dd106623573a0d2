"""Status of a figure (FORMAT.md): target, projected, or actual (the default).

A cue counts when it stands in the same clause before the number (the clause runs back to
a semicolon or the sentence start; a colon keeps "Mục tiêu …: giảm 1%" together), and no
marker of achievement ("đã", "đạt được") stands between the cue and the number. A target
outranks a projection in its clause ("đặt mục tiêu … sẽ hoàn thành 50 triệu" is a target).
"""

from __future__ import annotations

import re

from ..kinds.base import alternation
from ..lexicon.status import ACTUAL, PLAN_OPENERS, PLAN_SPAN, PROJECTED, REFERENCE_BEFORE_CUE, TARGET

_CUES = re.compile(
    r"(?<!\w)(?:(?P<target>" + alternation(TARGET) + r")|(?P<projected>" + alternation(PROJECTED)
    + r")|(?P<actual>" + alternation(ACTUAL) + r"))(?!\w)"
)
_REFERENCE = re.compile(r"(?<!\w)" + alternation(REFERENCE_BEFORE_CUE) + r"(?:\s+\w+){0,2}?\s+$")
# "7/20 mục tiêu": a cue word right after a number is the thing counted.
_NUMBER_BEFORE = re.compile(r"\d[\d.,/]*\s+$")
# "mục tiêu 80%", "chỉ tiêu là 95%": the goal noun names this very number.
_OWN_LABEL = re.compile(r"(?<!\w)(?:mục\s+tiêu|chỉ\s+tiêu|kế\s+hoạch)(?:\s+(?:là|đạt|đề\s+ra))?\s*$")
_CLAUSE_BREAK = re.compile(r"(?!x)x")  # none: a cue carries over a list of ";" items


_NO_CLAUSE_BREAKS = _CLAUSE_BREAK.pattern == r"(?!x)x"  # then there is nothing to scan for


def clause_start(lower: str, sent_start: int, pos: int) -> int:
    if _NO_CLAUSE_BREAKS:
        return sent_start
    last = sent_start
    for m in _CLAUSE_BREAK.finditer(lower, sent_start, pos):
        last = m.end()
    return last


def status_at(lower: str, sent_start: int, pos: int, *, reach: int | None = None) -> str | None:
    """'target', 'projected' or None for a number at ``pos`` in a sentence from ``sent_start``.

    ``reach`` limits how far back a cue may stand (deadlines take only the cue that governs
    them: "dự kiến đến 1/7", not a "dự kiến" three clauses earlier).
    """
    if _OWN_LABEL.search(lower, max(sent_start, pos - 25), pos):
        return "target"
    start = clause_start(lower, sent_start, pos)
    if reach is not None:
        start = max(start, pos - reach)
    status = None
    for m in _CUES.finditer(lower, start, pos):
        if not m.group("actual") and (
            _REFERENCE.search(lower, max(0, m.start() - 25), m.start())
            or _NUMBER_BEFORE.search(lower, max(0, m.start() - 15), m.start())
        ):
            continue
        if m.group("target"):
            status = "target"
        elif m.group("projected"):
            if status != "target":
                status = "projected"
        else:
            status = None
    return status


_PLAN_OPENER = re.compile(r"(?<!\w)" + alternation(PLAN_OPENERS) + r"(?!\w)")
_DONE = re.compile(r"(?<!\w)(?:đã|đạt được|hiện nay)(?!\w)")


def plan_sentences(lower: str, sentences: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """Sentences inside a list announced as a plan ("… các nhiệm vụ sau:")."""
    out: set[tuple[int, int]] = set()
    i = 0
    while i < len(sentences):
        s, e = sentences[i]
        if lower[s:e].rstrip().endswith(":") and _PLAN_OPENER.search(lower, s, e):
            for s2, e2 in sentences[i + 1: i + 1 + PLAN_SPAN]:
                if _DONE.search(lower, s2, e2):
                    break
                out.add((s2, e2))
        i += 1
    return out
