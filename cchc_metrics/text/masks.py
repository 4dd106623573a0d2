"""Spans that hold digits but no claim: URLs, e-mail addresses, phone numbers, versions.

FORMAT.md "Not metrics". The pipeline blanks these (with document identifiers and dates)
before the number reader runs, keeping every offset in place.
"""

from __future__ import annotations

import re

from .scan import fast_finditer

MASK_CHAR = "\x1a"

# Each pattern begins with a narrow set of characters, so fast_finditer (scan.py) visits
# only candidate positions; e-mail addresses and domain names are found from their anchor
# ("@", the top-level domain) and extended backwards over a short window.
_URL = re.compile(r"(?:https?://|www\.)[^\s<>()\]]+")
_DIGIT_NAMES = re.compile(
    r"""
      (?<![\w.])(?:\+84|0)\d{2,3}(?:[ .]?\d{3})(?:[ .]?\d{3,4})(?![\w.])  # phone numbers
    | (?<![\w.])\d+(?:\.\d+){0,2}\.0(?![\w,%]|\.\d|\s*(?:%|triệu|tỷ|nghìn))  # versions: 4.0, 2.0
    | (?<!\w)(?:\d+G|(?!(?:USD|VND|VNĐ)\d)[A-Z]+\d+[A-Z\d]*)(?!\w)  # 4G, 5G, VNR500 (not USD3,75)
    """,
    re.VERBOSE,
)
# Names with a number after a hyphen ("Covid-19", "Mig-21"), found from the hyphen (a
# pattern that began with a letter would be tried at every letter) and extended back.
_NAME_NUMBER = re.compile(r"(?<=[^\W\d_]{2})-\d+(?![\w-]|[.,/]\d)")
_NAME_BACK = re.compile(r"(?<![\w-])[^\W\d_]+$")
_EMAIL_AT = re.compile(r"@[\w-]+(?:\.[\w-]+)+")
_EMAIL_USER = re.compile(r"(?<![\w.+-])[\w.+-]+$")
_TLD = re.compile(r"\.(?:vn|com|net|org|gov|edu|int|info)(?:/[^\s<>()]*)?(?!\w)")
_HOST = re.compile(r"(?<![\w.-])[\w-]+(?:\.[\w-]+)*$")
_BACK = 100  # how far back a user name or host name may start

_URL_ITER = fast_finditer(_URL)
_DIGIT_NAMES_ITER = fast_finditer(_DIGIT_NAMES)
_EMAIL_ITER = fast_finditer(_EMAIL_AT)
_TLD_ITER = fast_finditer(_TLD)
_NAME_NUMBER_ITER = fast_finditer(_NAME_NUMBER)


def claimless_spans(text: str) -> list[tuple[int, int]]:
    """Spans of URLs, e-mail addresses, domain names, phone numbers, versions and codes."""
    spans = [m.span() for m in _URL_ITER(text)]
    spans += [m.span() for m in _DIGIT_NAMES_ITER(text)]
    for m in _EMAIL_ITER(text):
        user = _EMAIL_USER.search(text, max(0, m.start() - _BACK), m.start())
        if user:
            spans.append((user.start(), m.end()))
    for m in _NAME_NUMBER_ITER(text):
        name = _NAME_BACK.search(text, max(0, m.start() - 30), m.start())
        if name:
            spans.append((name.start(), m.end()))
    for m in _TLD_ITER(text):
        host = _HOST.search(text, max(0, m.start() - _BACK), m.start())
        if host:
            spans.append((host.start(), m.end()))
    return spans


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
