"""Numbers that are names or labels ("Quận 7", "Điều 5", "mức độ 3", "Khóa 15"): no claim."""

from __future__ import annotations

import re

from ..lexicon.labels import LABEL_NOUNS, LEVEL_BEFORE
from .base import alternation, ends_with

_LABEL = re.compile(r"(?<!\w)" + alternation(LABEL_NOUNS + LEVEL_BEFORE) + r"[ \t]*(?:số[ \t]*)?$")


def is_label(view, expr) -> bool:
    return ends_with(_LABEL, view.masked, expr.start, 25) is not None
