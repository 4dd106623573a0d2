"""A line that only says "Sau khi sắp xếp:" (after a restructuring, on its own) heads the
paragraphs below it: they state what the restructuring makes. Status (context/status_scope.py)
reads them as the restructuring's outcomes, change (context/change.py) their levels as `to`
ends; both find the lines here."""

from __future__ import annotations

import re

from ..kinds.base import alternation
from ..lexicon.status import RESTRUCTURE_OUTCOME, RESTRUCTURE_VERBS

_LONE_LINE = (
    r"[ \t*#]*(?:" + alternation(RESTRUCTURE_OUTCOME) + r"|sau\s+(?:khi\s+)?" + alternation(RESTRUCTURE_VERBS)
    + r")[ \t*]*:[ \t*]*$"
)
LONE_OUTCOME_LINE = re.compile("^" + _LONE_LINE, re.M)
# The same lines after their line break: a pattern led by a literal character lets the
# engine jump between candidates, one led by "^" is tried at every character of the text.
# A match ends with ":" or spaces, never with a line break, so each next one starts after
# a break at or past the end of the last, found either way.
_LONE_LINE_AFTER_BREAK = re.compile("\n" + _LONE_LINE, re.M)


def lone_outcome_line_ends(lower: str) -> list[int]:
    """Where each such line ends in ``lower`` (the lower-case text), in order."""
    first = LONE_OUTCOME_LINE.match(lower)  # the first line has no break before it
    ends = [first.end()] if first is not None else []
    ends += [m.end() for m in _LONE_LINE_AFTER_BREAK.finditer(lower, ends[0] if ends else 0)]
    return ends
