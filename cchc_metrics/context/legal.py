"""Legal references: "Nghị định 63/2024/NĐ-CP", "Quyết định số 36/QĐ-TTg", "Đề án 06".

Grammar (Nghị định 30/2020/NĐ-CP, Phụ lục I on how a document is cited):

    ref        := TYPE [descriptor{0,3} "số"] | TYPE "số" ; then IDENT [date]
    IDENT      := NUMBER ["/" YEAR] [("-" | "/") ISSUER]       63/2024/NĐ-CP, 27-NQ/TW
    ISSUER     := CODE (("-" | "/") CODE)*                     NĐ-CP, QĐ/TU, TTLT-BTC-BNV
    date       := ["," ] "ngày" DD/MM/YYYY | "năm" YYYY         (issued / year only)
    coordinated:= ref ("," | "và") ["số"] IDENT-with-issuer    (same type)

Descriptors ("Kế hoạch truyền thông số 20") are only read when "số" follows; a bare
"TYPE N" is a reference unless N is a year or the next word shows N counts something
("báo cáo 3 lần"). Upper-case abbreviations ("NĐ 63", "QĐ 36") count as types. "Ð"
(U+00D0) written for "Đ" is folded in issuer codes and keys; the type words match it too.
"""

from __future__ import annotations

import bisect
import re

from ..lexicon.legal import COUNTED_AFTER, DOC_TYPES, REF_CONTINUES, TYPE_ABBREVIATIONS, VERB_TYPES
from ..records import LegalRef
from ..text.scan import fast_finditer

_SP = r"[^\S\n]+"
_OSP = r"[^\S\n]*"


def _word_pattern(word: str) -> str:
    """A lower-case word as a pattern: any white space between syllables, đ ~ ð."""
    out = []
    for part in word.split():
        out.append(re.escape(part).replace("đ", "[đð]"))
    return _SP.join(out)


_TYPE_FORMS = sorted(
    ((form, canon) for canon, forms in DOC_TYPES.items() for form in forms),
    key=lambda fc: -len(fc[0]),
)
_FORM_TO_TYPE = {form: canon for form, canon in _TYPE_FORMS}
_TYPE = "(?i:" + "|".join(_word_pattern(f) for f, _ in _TYPE_FORMS) + ")"
_ABBR = "|".join(
    re.escape(a).replace("Đ", "[ĐÐ]") for a in sorted(TYPE_ABBREVIATIONS, key=len, reverse=True)
)

_CODE = r"[A-ZĐÐ][A-ZĐÐ0-9&]*[a-z]{0,2}(?![^\W_])"
_ISSUER = rf"{_CODE}(?:[-/]{_CODE})*"
_NUMBER = r"\d{1,5}(?:\.\d{1,2}(?!\d))?(?:[a-z](?![^\W_]))?"  # "71.2/2025/NQ-CP": a sub-number
_YEAR = r"(?:19|20)\d\d"
_IDENT = (
    rf"(?P<num>{_NUMBER})(?:/(?P<year>{_YEAR})(?![\d]))?"
    rf"(?:[-/](?P<issuer>{_ISSUER}))?(?![\d/])"
)
_DATE = (
    rf"(?P<dd>0?[1-9]|[12]\d|3[01]){_OSP}[/.\-]{_OSP}(?P<mm>0?[1-9]|1[0-2]){_OSP}[/.\-]{_OSP}(?P<yy>{_YEAR})"
    rf"|(?P<dd2>0?[1-9]|[12]\d|3[01]){_SP}(?i:tháng){_SP}(?P<mm2>0?[1-9]|1[0-2]){_SP}(?i:năm){_SP}(?P<yy2>{_YEAR})"
)
_AFTER = (
    rf"(?:{_OSP},?{_OSP}(?i:ngày){_SP}(?:{_DATE})(?!\d)"
    rf"|{_SP}(?i:năm){_SP}(?P<yonly>{_YEAR})(?!\d))?"
)
_DESCRIPTOR = rf"(?:{_SP}(?!{_TYPE}(?!\w))(?!(?i:số)(?!\w))[^\W\d_A-ZĐÐ][^\W\d_]*){{0,3}}"

_TYPED_REF = re.compile(
    rf"(?<![^\W_])(?P<type>{_TYPE})(?![^\W_])"
    rf"(?:(?P<desc>{_DESCRIPTOR}){_SP}(?P<so>(?i:số)){_OSP}|{_SP})"
    rf"{_IDENT}{_AFTER}"
)
_ABBR_REF = re.compile(
    rf"(?<![\w/\-])(?P<abbr>{_ABBR})(?:{_SP}(?P<so>(?i:số)){_OSP}|{_SP})(?P<num>{_NUMBER})"
    rf"(?:/(?P<year>{_YEAR})(?!\d))?(?:[-/](?P<issuer>{_ISSUER}))?(?![\d/]){_AFTER}"
)
_COORDINATED = re.compile(
    rf"{_OSP}(?:,|;|và|(?i:và)){_OSP}(?:(?i:số){_OSP})?"
    rf"(?P<num>{_NUMBER})(?:/(?P<year>{_YEAR}))?[-/](?P<issuer>{_ISSUER})(?![\d/]){_AFTER}"
)
_BARE_IDENT = re.compile(
    # (a form's number may carry a letter: "Mẫu số 13a/ĐK", "13đ/ĐK")
    rf"(?<![\w/.\-])\d{{1,5}}[a-zđ]?(?:/{_YEAR})?[-/](?=[A-ZĐÐ]{{2}}|[A-ZĐÐ][a-z]?[-/][A-ZĐÐ]){_ISSUER}(?![\d/])"
)
_NEXT_WORD = re.compile(r"[^\S\n]*([^\W\d_]+|%)")
_ETH = str.maketrans({"Ð": "Đ", "ð": "đ"})


def _doc_type(written: str) -> str:
    key = " ".join(written.lower().translate(_ETH).split())
    return _FORM_TO_TYPE.get(key, key)


def _issued(m: re.Match) -> tuple[str | None, int | None]:
    d, mo, y = m.group("dd") or m.group("dd2"), m.group("mm") or m.group("mm2"), m.group("yy") or m.group("yy2")
    if y:
        return f"{int(y):04d}-{int(mo):02d}-{int(d):02d}", int(y)
    if m.group("yonly"):
        return None, int(m.group("yonly"))
    return None, None


def _build(text: str, m: re.Match, doc_type: str, start: int | None = None) -> LegalRef:
    number = m.group("num")
    year_id = m.group("year")
    issuer = m.group("issuer")
    if issuer:
        issuer = issuer.translate(_ETH)
    issued, year_after = _issued(m)
    year = int(year_id) if year_id else year_after
    key = f"{doc_type} {number}"
    if year_id:
        key += f"/{year_id}"
    if issuer:
        key += f"/{issuer}"
    s = m.start() if start is None else start
    return LegalRef(
        start=s, end=m.end(), text=text[s:m.end()], doc_type=doc_type, number=number,
        key=key.lower(), year=year, issuer=issuer, issued=issued,
    )


def _bare_ok(text: str, m: re.Match) -> bool:
    """A "TYPE N" without "số" or issuer: not a year, not a count of something."""
    if m.group("issuer") or m.group("so") or m.group("year"):
        return True
    num = m.group("num")
    if m.group("yonly") and len(num) >= 2:
        return True  # "Đề án 09 năm 2024"
    if len(num) == 4 and num[:2] in ("19", "20"):
        return False
    nxt = _NEXT_WORD.match(text, m.end("num"))
    if nxt and nxt.group(1).lower() in COUNTED_AFTER:
        return False
    written = m.group("type") if "type" in m.re.groupindex else None
    if written and written[:1].islower() and " ".join(written.split()) in VERB_TYPES \
            and nxt and nxt.group(1)[:1].islower() and nxt.group(1) not in REF_CONTINUES:
        return False  # "Nghị định quy định 3 trường hợp": the verb and what it counts
    return not (m.end("num") < len(text) and text[m.end("num")] in ",." and
                m.end("num") + 1 < len(text) and text[m.end("num") + 1].isdigit())


def _coordinated(text: str, ref: LegalRef, out: list[LegalRef]) -> None:
    pos = ref.end
    while True:
        c = _COORDINATED.match(text, pos)
        if not c:
            return
        num_start = c.start("num")
        nxt = _build(text, c, ref.doc_type, start=num_start)
        out.append(nxt)
        pos = c.end()


# the same matches as .finditer, skipping impossible start positions (text/scan.py)
_TYPED_REF_ITER = fast_finditer(_TYPED_REF)
_ABBR_REF_ITER = fast_finditer(_ABBR_REF)
_BARE_IDENT_ITER = fast_finditer(_BARE_IDENT)


def find_legal_refs(text: str) -> list[LegalRef]:
    """Every numbered mention of a legal document or programme, in text order."""
    refs: list[LegalRef] = []
    for m in _TYPED_REF_ITER(text):
        if not _bare_ok(text, m):
            continue
        ref = _build(text, m, _doc_type(m.group("type")))
        refs.append(ref)
        _coordinated(text, ref, refs)
    taken = sorted((r.start, r.end) for r in refs)
    for m in _ABBR_REF_ITER(text):
        i = bisect.bisect_right(taken, (m.start(), len(text) + 1)) - 1
        if (i >= 0 and taken[i][1] > m.start()) or (i + 1 < len(taken) and taken[i + 1][0] < m.end()):
            continue
        if not _bare_ok(text, m):
            continue
        abbr = m.group("abbr").translate(_ETH)
        refs.append(_build(text, m, TYPE_ABBREVIATIONS[abbr]))
    refs.sort(key=lambda r: r.start)
    return refs


def identifier_spans(text: str, refs: list[LegalRef] | None = None) -> list[tuple[int, int]]:
    """Spans the number reader must skip: every reference, and bare identifiers
    ("63/2024/NĐ-CP" with no type word). Sorted, merged."""
    if refs is None:
        refs = find_legal_refs(text)
    spans = [(r.start, r.end) for r in refs]
    spans += [(m.start(), m.end()) for m in _BARE_IDENT_ITER(text)]
    spans.sort()
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged and s <= merged[-1][1]:
            if e > merged[-1][1]:
                merged[-1] = (merged[-1][0], e)
        else:
            merged.append((s, e))
    return merged


_STARTS_CACHE: tuple[object, int, list[int] | None] | None = None


def sorted_starts(refs: list[LegalRef]) -> list[int] | None:
    """Start offsets of ``refs`` when they are in text order (as :func:`find_legal_refs`
    returns them), else None. Kept for the last list seen: the pipeline asks once per
    figure about the same list."""
    global _STARTS_CACHE
    cache = _STARTS_CACHE
    if cache is not None and cache[0] is refs and cache[1] == len(refs):
        return cache[2]
    starts = [r.start for r in refs]
    ok = all(starts[i] <= starts[i + 1] for i in range(len(starts) - 1))
    _STARTS_CACHE = (refs, len(refs), starts if ok else None)
    return starts if ok else None


def refs_in(refs: list[LegalRef], start: int, end: int) -> tuple[str, ...]:
    """Keys of the references lying in ``[start, end)``, in order, without repeats."""
    seen: dict[str, None] = {}
    starts = sorted_starts(refs) if len(refs) > 8 else None
    if starts is None:
        for r in refs:
            if r.start >= start and r.end <= end:
                seen.setdefault(r.key, None)
        return tuple(seen)
    for i in range(bisect.bisect_left(starts, start), bisect.bisect_right(starts, end)):
        r = refs[i]
        if r.end <= end:
            seen.setdefault(r.key, None)
    return tuple(seen)
