"""Link later mentions of a document to the full one written earlier.

"Nghị định 63/2024/NĐ-CP … Nghị định 63 …": the bare mention keeps its own key (FORMAT.md:
every mention is an entry with what it shows) and gains ``refers_to`` = the full key.
"Nghị định này" (this decree) names no number, so it is no reference of its own; a claim in
its sentence is tied to the latest full mention of that type (``anaphora_keys``).
"""

from __future__ import annotations

import bisect
import re
import threading

import attrs

from ..kinds.base import alternation
from ..lexicon.legal import DOC_TYPES
from ..records import LegalRef
from ..text.scan import fast_finditer
from .legal import sorted_starts

_THIS = re.compile(r"(?<!\w)(" + alternation(DOC_TYPES) + r")\s+(?:này|nói\s+trên|trên)(?!\w)", re.I)
_THIS_ITER = fast_finditer(_THIS)
# A document asks for these mentions sentence by sentence: the whole text is scanned once
# (the last text seen, held by identity) and each sentence looks its mentions up.
_THIS_SEEN = threading.local()


def _this_mentions(text: str, start: int, end: int) -> list[re.Match[str]]:
    got = getattr(_THIS_SEEN, "got", None)
    if got is None or got[0] is not text:
        matches = list(_THIS_ITER(text))
        got = _THIS_SEEN.got = (text, [m.start() for m in matches], matches)
    _text, starts, matches = got
    return [m for m in matches[bisect.bisect_left(starts, start):bisect.bisect_left(starts, end)] if m.end() <= end]


def _fuller(a: LegalRef, b: LegalRef) -> bool:
    """Is ``b`` a fuller writing of the document ``a`` names?"""
    return (
        a.doc_type == b.doc_type
        and a.number is not None
        and a.number.lstrip("0") == (b.number or "").lstrip("0")
        and b.key != a.key
        and (b.issuer is not None or b.year is not None)
        and (a.year is None or a.year == b.year)
        and (a.issuer is None or (b.issuer or "").upper() == a.issuer.upper())
    )


def link_mentions(refs: list[LegalRef]) -> list[LegalRef]:
    """Set ``refers_to`` on bare mentions that a fuller mention earlier (or, failing that,
    later) in the document explains."""
    full: dict[tuple[str, str], list[int]] = {}
    for i, r in enumerate(refs):
        if r.number is not None and (r.issuer is not None or r.year is not None):
            full.setdefault((r.doc_type, r.number.lstrip("0")), []).append(i)
    out = list(refs)
    for i, ref in enumerate(refs):
        if ref.number is None or (ref.issuer is not None and ref.year is not None):
            continue
        candidates = [j for j in full.get((ref.doc_type, ref.number.lstrip("0")), ()) if _fuller(ref, refs[j])]
        earlier = [j for j in candidates if j < i]
        later = [j for j in candidates if j > i]
        target = earlier[-1] if earlier else (later[0] if later else None)
        if target is not None:
            out[i] = attrs.evolve(ref, refers_to=refs[target].key)
    return out


def anaphora_keys(
    text: str, refs: list[LegalRef], start: int, end: int, starts: list[int] | None = None
) -> tuple[str, ...]:
    """Keys that "Nghị định này"-style mentions in ``text[start:end]`` point back to
    (``starts``: the refs' start offsets, when the caller already has them)."""
    keys: list[str] = []
    if not refs:
        return ()
    if starts is None:
        starts = sorted_starts(refs) or [r.start for r in refs]
    for m in _this_mentions(text, start, end):
        doc_type = " ".join(m.group(1).lower().split())
        i = bisect.bisect_left(starts, m.start()) - 1
        while i >= 0:
            r = refs[i]
            if r.doc_type == doc_type:
                key = r.refers_to or r.key
                if key not in keys:
                    keys.append(key)
                break
            i -= 1
    return tuple(keys)
