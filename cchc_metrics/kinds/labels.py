"""Numbers that are names or labels ("Quận 7", "Điều 5", "mức độ 3", "Khóa 15"): no claim."""

from __future__ import annotations

import re

from ..lexicon.labels import LABEL_NOUNS, LEVEL_BEFORE
from ..lexicon.phrases import COUNT_HEADS
from .base import alternation, ends_with

_NOUNS = alternation(LABEL_NOUNS + LEVEL_BEFORE)
# "cấp quận 19 loại …" names a level of government, not Quận 19: "cấp" lifts the label.
_LABEL = re.compile(r"(?<!\w)(?<!cấp )" + _NOUNS + r"[ \t]*(?:số[ \t]*)?$")
# The later members of a list of labels: "mức độ 3 và 4", "cấp độ 3, 4".
_LABEL_LIST = re.compile(r"(?<!\w)" + _NOUNS + r"[ \t]*\d{1,3}(?:[ \t]*(?:,|và|hoặc)[ \t]*\d{1,3}){0,4}[ \t]*(?:,|và|hoặc)[ \t]*$")


# "mức độ 3 và 48 dịch vụ …": a number with a head noun of its own after it is a count,
# not the next label of the list ("mức độ 3 và 4 phát sinh …", "mức độ 3, 4 mới đạt …")
_COUNTED_AFTER = re.compile(r"[ \t]+" + alternation(COUNT_HEADS) + r"(?!\w)")

# "PAPI 2019", "Chỉ số PAR INDEX 2023", "DTI 2022": a year after an index's acronym is the
# edition of the index, not a count.
_ACRONYM_BEFORE = re.compile(r"(?<!\w)[A-ZĐ]{2,}(?:[ \t]+[A-ZĐ]{2,})*[ \t]+$")
_YEAR = re.compile(r"(?:19|20)\d\d")


def is_label(view, expr) -> bool:
    return (
        ends_with(_LABEL, view.masked, expr.start, 25) is not None
        or (ends_with(_LABEL_LIST, view.masked, expr.start, 50) is not None
            and not _COUNTED_AFTER.match(view.masked, expr.end))
        or (
            _YEAR.fullmatch(view.text, expr.start, expr.end) is not None
            and ends_with(_ACRONYM_BEFORE, view.text, expr.start, 20) is not None
        )
    )
