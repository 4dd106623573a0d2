"""A line that only says "Sau khi sắp xếp:" (after a restructuring, on its own) heads the
paragraphs below it: they state what the restructuring makes. Status (context/status_scope.py)
reads them as the restructuring's outcomes, change (context/change.py) their levels as `to`
ends; both find the lines here."""

from __future__ import annotations

import re

from ..kinds.base import alternation
from ..lexicon.status import RESTRUCTURE_OUTCOME, RESTRUCTURE_VERBS

LONE_OUTCOME_LINE = re.compile(
    r"^[ \t*#]*(?:" + alternation(RESTRUCTURE_OUTCOME) + r"|sau\s+(?:khi\s+)?" + alternation(RESTRUCTURE_VERBS)
    + r")[ \t*]*:[ \t*]*$",
    re.M,
)


def lone_outcome_line_ends(lower: str) -> list[int]:
    """Where each such line ends in ``lower`` (the lower-case text), in order."""
    return [m.end() for m in LONE_OUTCOME_LINE.finditer(lower)]
