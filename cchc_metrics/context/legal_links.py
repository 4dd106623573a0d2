"""Link later mentions of a document to the full one written earlier.

"Nghị định 63/2024/NĐ-CP … Nghị định 63 …": the bare mention keeps its own key (FORMAT.md:
every mention is an entry with what it shows) and gains ``refers_to`` = the full key.
"Nghị định này" (this decree) names no number, so it is no reference of its own; a claim in
its sentence is tied to the latest full mention of that type (``anaphora_keys``).
"""

from __future__ import annotations

import bisect
import re

import attrs

from ..kinds.base import alternation
from ..lexicon.legal import DOC_TYPES
from ..records import LegalRef
from ..text.scan import fast_finditer, match_read_back
from .cues import MatchIndex
from .legal import sorted_starts

_THIS = re.compile(r"(?<!\w)(" + alternation(DOC_TYPES) + r")\s+(?:này|nói\s+trên|trên)(?!\w)", re.I)
# Found from the pointing word: a document type is a common word, "này"/"trên" after one is
# rarer; the type is read back from the word (the same matches as _THIS.finditer).
_THIS_END = fast_finditer(re.compile(r"(?<!\w)(?:này|trên)(?!\w)", re.I))
_TYPE_BEFORE = re.compile(r"(?<!\w)" + alternation(DOC_TYPES) + r"\s+(?:nói\s+)?$", re.I)
_TYPE_REACH = 60  # characters: the longest type, its spaces and "nói"
# "khoản 1 Điều 5 Nghị định này": a provision of the document being quoted, which points at
# that document itself, not at one it cites in a provision of its own ("theo quy định tại
# khoản 8 Điều 3 của Nghị định số 18/2019/NĐ-CP")
_PROVISION_BEFORE = re.compile(r"(?<!\w)(?:điều|khoản|điểm|chương|mục|phụ\s+lục)\s+[\w.]+(?:\s+của)?\s+$", re.I)
_PROVISION_REACH = 24


def this_mentions(text: str) -> MatchIndex:
    """The "Nghị định này"-style mentions of a whole text, found once for the
    :func:`anaphora_keys` of its sentences."""
    found = (match_read_back(_THIS, _TYPE_BEFORE, text, w.start(), w.end(), _TYPE_REACH) for w in _THIS_END(text))
    return MatchIndex.of([m for m in found if m is not None])


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


def _provision_before(text: str, pos: int) -> bool:
    return _PROVISION_BEFORE.search(text, max(0, pos - _PROVISION_REACH), pos) is not None


def anaphora_keys(
    text: str, refs: list[LegalRef], start: int, end: int, starts: list[int] | None = None,
    mentions: MatchIndex | None = None,
) -> tuple[str, ...]:
    """Keys that "Nghị định này"-style mentions in ``text[start:end]`` point back to
    (``starts``: the refs' start offsets, ``mentions``: :func:`this_mentions` of ``text``,
    when the caller already has them)."""
    keys: list[str] = []
    if not refs:
        return ()
    if starts is None:
        starts = sorted_starts(refs) or [r.start for r in refs]
    if mentions is None:
        mentions = this_mentions(text)
    for m in mentions.between(start, end):
        if m.end() > end:
            continue
        doc_type = " ".join(m.group(1).lower().split())
        quoting = _provision_before(text, m.start())
        i = bisect.bisect_left(starts, m.start()) - 1
        while i >= 0:
            r = refs[i]
            if r.doc_type == doc_type and not (quoting and _provision_before(text, r.start)):
                key = r.refers_to or r.key
                if key not in keys:
                    keys.append(key)
                break
            i -= 1
    return tuple(keys)
