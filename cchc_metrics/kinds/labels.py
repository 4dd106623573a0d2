"""Numbers that are names or labels ("Quận 7", "Điều 5", "mức độ 3", "Khóa 15"): no claim."""

from __future__ import annotations

import re

from ..lexicon.labels import LABEL_NOUNS, LEVEL_BEFORE
from .base import alternation, ends_with

_NOUNS = alternation(LABEL_NOUNS + LEVEL_BEFORE)
# "cấp quận 19 loại …" names a level of government, not Quận 19: "cấp" lifts the label.
_LABEL = re.compile(r"(?<!\w)(?<!cấp )" + _NOUNS + r"[ \t]*(?:số[ \t]*)?$")
# The later members of a list of labels: "mức độ 3 và 4", "cấp độ 3, 4".
_LABEL_LIST = re.compile(r"(?<!\w)" + _NOUNS + r"[ \t]*\d{1,3}(?:[ \t]*(?:,|và|hoặc)[ \t]*\d{1,3}){0,4}[ \t]*(?:,|và|hoặc)[ \t]*$")


def is_label(view, expr) -> bool:
    return (
        ends_with(_LABEL, view.masked, expr.start, 25) is not None
        or ends_with(_LABEL_LIST, view.masked, expr.start, 50) is not None
    )
