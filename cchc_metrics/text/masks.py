"""Spans that hold digits but no claim: URLs, e-mail addresses, phone numbers, versions.

FORMAT.md "Not metrics". The pipeline blanks these (with document identifiers and dates)
before the number reader runs, keeping every offset in place.
"""

from __future__ import annotations

import re

from .scan import fast_finditer

MASK_CHAR = "\x1a"

_NOT_CLAIMS = re.compile(
    r"""
      (?:https?://|www\.)[^\s<>()\]]+                         # URLs
    | (?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+                # e-mail (anchored: linear)
    | (?<![\w.-])[\w-]+(?:\.[\w-]+)*\.(?:vn|com|net|org|gov|edu|int|info)(?:/[^\s<>()]*)?(?!\w)  # domains
    | (?<![\w.])(?:\+84|0)\d{2,3}(?:[ .]?\d{3})(?:[ .]?\d{3,4})(?![\w.])  # phone numbers
    | (?<![\w.])\d+(?:\.\d+){0,2}\.0(?![\w,%]|\.\d|\s*(?:%|triệu|tỷ|nghìn))  # versions: 4.0, 2.0
    | (?<!\w)(?:\d+G|[A-Z]+\d+[A-Z\d]*)(?!\w)                  # 4G, 5G, VNR500 (upper case)
    """,
    re.VERBOSE,
)

# the same matches as _NOT_CLAIMS.finditer, skipping impossible start positions
_NOT_CLAIMS_ITER = fast_finditer(_NOT_CLAIMS)


def claimless_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _NOT_CLAIMS_ITER(text)]


def apply_masks(lower: str, spans: list[tuple[int, int]]) -> str:
    """Blank ``spans`` of ``lower`` with MASK_CHAR, offsets unchanged."""
    if not spans:
        return lower
    spans = sorted(spans)
    pieces = []
    pos = 0
    for s, e in spans:
        if e <= pos:
            continue
        s = max(s, pos)
        pieces.append(lower[pos:s])
        pieces.append(MASK_CHAR * (e - s))
        pos = e
    pieces.append(lower[pos:])
    return "".join(pieces)
