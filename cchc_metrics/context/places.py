"""Places: the mentions of provinces, districts and regions in a text (which one a claim is
about is decided in :mod:`.localities`).

Engine only: the facts (names, districts, communes, the 2025 provinces) are
:mod:`.gazetteer`'s; how the press names places is ``lexicon/place_aliases.py``.

One compiled alternation (longest names first, word boundaries on Vietnamese letters) finds
every mention in a single scan; per-claim work is bisection over the sorted mentions.

Reading rules (Vietnamese grammar of place names):
- A name after "tỉnh" is a province; after "huyện", "quận", "thị xã" a district; after
  "thành phố"/"TP" a centrally-run city if it is one, else the district-level city.
- A bare name that is both a province and a district ("Hà Giang") is the province.
- A bare province name right after a part of a personal name ("Nguyễn Hòa Bình") is a
  person. Bare "Hồ Chí Minh" is the President unless a city word or "tại"/"ở" comes first.
- A bare district name counts only when its province is named in the same document part,
  and never when it is one syllable or a number ("Vinh", "Quận 7" needs "Quận").
- A district name shared by several provinces ("Châu Thành") takes its province from a
  province named nearby (sentence, then article, then document), never by guess.
"""

from __future__ import annotations

import bisect
import itertools
import re
from typing import Sequence

import attrs

from ..lexicon import place_aliases as A
from ..text.scan import fast_finditer
from .gazetteer import _communes, _gaz

# Centrally-run cities: "thành phố X" is the province, not a district-level city.
_CENTRAL_CITIES = frozenset({"Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ"})


@attrs.frozen(slots=True)
class Place:
    """A mention of a place (or of national scope) at ``text[start:end]``."""

    start: int
    end: int
    province: str | None
    district: str | None
    region: str | None
    national: bool


# --------------------------------------------------------------------------- mentions
@attrs.frozen(slots=True)
class _Raw:
    start: int
    end: int
    kind: str  # "province", "district", "region", "national"
    province: str | None = None
    districts: tuple[tuple[str, str], ...] = ()  # candidate (province, district)
    region: str | None = None
    bare: bool = False
    commune: bool = False  # a commune or ward: places its province, names no district
    weak: bool = False  # a national mention that is not what the clause is about
    plural: bool = False  # "các tỉnh, thành phố": national, or the region of the article





_COMMUNE = re.compile(
    r"(?<![\w.])(?<![Tt]hị )(?<!THỊ )(?P<ctype>[Xx]ã|XÃ|[Pp]hường|PHƯỜNG|[Tt]hị [Tt]rấn|[Đđ]ặc khu)[ \t]+"
    r"(?P<cname>\w+(?:[ \t]+\w+){0,4})"
)
_COMMUNE_WORDS = 4


def _commune_mentions(text: str, after_2025: bool) -> list[_Raw]:
    """"xã Lũng Cú", "phường Bến Nghé", "Phường 7": commune-level mentions with their
    candidate (province, district) pairs; the longest name the data knows wins."""
    table = None
    out = []
    for m in fast_finditer(_COMMUNE)(text):
        words = m.group("cname").split()
        kept = []
        for w in words[:_COMMUNE_WORDS]:
            if not (w[:1].isupper() or w.isdigit()):
                break
            kept.append(w)
        if not kept or (len(kept) == _COMMUNE_WORDS and len(words) > _COMMUNE_WORDS and words[_COMMUNE_WORDS][:1].isupper()):
            continue
        prev = _prev_word(text, m.start()).lower()
        if prev == "cấp" or (kept[0].isdigit() and not (m.group("ctype")[:1].isupper() or prev in _AT_PLACE)):
            continue  # "cấp phường 12 loại kết quả": a level and a count, not "Phường 12"
        if table is None:
            table = _communes()
        ctype = m.group("ctype").lower()
        key = f"{ctype}|{' '.join(kept)}"  # the whole capitalised name: "xã Đông" is no "Thị xã Đông Triều"
        cands: tuple = ()
        if after_2025 and key in table.new:
            cands = tuple((prov, "") for prov in table.new[key])
        elif key in table.old:
            cands = tuple((prov, dist) for prov, dist in table.old[key])
        if cands:
            end = m.start("cname") + len(" ".join(kept))
            out.append(_Raw(m.start(), end, "district", districts=cands, commune=True))
    return out


_AT_PLACE = frozenset({"tại", "ở", "thuộc", "của", "và"})



# --------------------------------------------------------------------------- scanning
_PREV_WORD = re.compile(r"(\w+)[ \t]*$")
# a personal name's middle and given syllables right before a place name, spaces only between
_GIVEN_NAME_BEFORE = re.compile(r"(?<!\w)(\w+)[ \t]+[A-ZĐ][^\W\d_A-ZĐ]+[ \t]+$")
_PLACE_PREPOSITION = frozenset({"tại", "ở", "Tại", "Ở"})
_NOT_GOVERNMENT = re.compile(r"[ \t]+(?:điện tử|số|số hóa)(?!\w)")


def _prev_word(text: str, pos: int) -> str:
    m = _PREV_WORD.search(text, max(0, pos - 20), pos)
    return m.group(1) if m else ""


_FOLLOWED_BY_PLACE = re.compile(r"[ \t]+(?i:tỉnh|thành phố|tp\.?|huyện|quận|thị xã)[ \t]+\w")
_WORD = re.compile(r"\w+")
_APPOSITION = re.compile(r"[ \t]*[,(–-][ \t]*")
_NATION_WORDS = frozenset({"cả nước", "Cả nước", "toàn quốc", "Toàn quốc"})


def _words_before(text: str, pos: int, n: int = 3) -> list[str]:
    """Up to ``n`` words right before ``pos``, nearest first (punctuation skipped)."""
    return _WORD.findall(text, max(0, pos - 40), pos)[-n:][::-1]


_YARDSTICK = re.compile(r"(?:\d[ \t]*/|\btrong)[ \t]*$")


def _weak_national(text: str, s: int, e: int, nat: str) -> bool:
    before = _words_before(text, s)
    if nat in _NATION_WORDS:
        return any(w in A.COMPARISON_BEFORE_NATION for w in before)
    if nat in A.NATIONAL_MARKERS:
        # "xếp thứ 9/63 tỉnh, thành phố", "thứ 4 trong 63 tỉnh": the field of a ranking
        return bool(_YARDSTICK.search(text, max(0, s - 12), s))
    # a central body: a direction's source or a tool, or a local branch ("Cục Thuế tỉnh X")
    if before and before[0] in A.NOT_SUBJECT_BEFORE_BODY:
        return True
    return bool(_FOLLOWED_BY_PLACE.match(text, e))


# "Ngân hàng Thế giới", "Tổ chức Y tế Thế giới": a body's name, no place abroad
_INSTITUTION_ABROAD = re.compile(r"(?i:ngân\s+hàng|tổ\s+chức(?:\s+[^\W\d_]+){0,3}|diễn\s+đàn)\s+$")


# "tỉnh Phú Yên (cũ)", "tỉnh Bình Thuận cũ": a province named by its old name in a text
# written after the 2025 merger is about the area now in the new province, called by the
# name of the time (FORMAT.md: the name as it was called at the time)
_OLD_NAME_AFTER = re.compile(r"[ \t]*(?:\([ \t]*cũ[ \t]*\)|cũ(?!\w))")
def _named_then(g, prov: str, text: str, e: int) -> str:
    if _OLD_NAME_AFTER.match(text, e):
        return g.p2025.get(prov) or prov
    return prov


def _covered(starts: list[int], reach: list[int], pos: int) -> bool:
    """Is ``pos`` inside one of the spans whose sorted starts are ``starts`` (``reach``: the
    furthest end among the spans up to each)?"""
    k = bisect.bisect_right(starts, pos) - 1
    return k >= 0 and reach[k] > pos


# "… thế nào? - Câu hỏi của chị H.G (Kiên Giang)": where the reader who asked a legal
# question lives is no place the answer is about
_ASKER = re.compile(r"(?i:câu\s+hỏi\s+của)[^()\n]{1,40}\(([^()\n]{1,40})\)")


def _scan(text: str, after_2025: bool = False) -> list[_Raw]:
    g = _gaz()
    out: list[_Raw] = []
    askers = [m.span(1) for m in _ASKER.finditer(text)] if "âu hỏi của" in text else []
    for m in g.finditer(text):
        s, e = m.span()
        if askers and any(a <= s < b for a, b in askers):
            continue
        if m.group("abroad") is not None:
            if not _INSTITUTION_ABROAD.search(text, max(0, s - 30), s):
                out.append(_Raw(s, e, "region", region=A.FOREIGN_REGION))
            continue
        if m.group("rega") is not None:
            out.append(_Raw(s, e, "region"))
            continue
        if m.group("reg") is not None:
            if _prev_word(text, s).lower() in A.INSTITUTION_BEFORE and text[s:s + 1].isupper():
                continue  # "Nhà khách Tây Nam Bộ": a building, not the region
            weak = any(w in A.RANK_BEFORE_REGION for w in _words_before(text, s))
            out.append(_Raw(s, e, "region", region=g.regions[m.group("reg")], weak=weak))
            continue
        if m.group("nat") is not None:
            nat = m.group("nat")
            if nat.startswith("Chính phủ") and _NOT_GOVERNMENT.match(text, e):
                continue  # "Chính phủ điện tử": e-government, a theme, not the Government
            out.append(_Raw(s, e, "national", weak=_weak_national(text, s, e, nat),
                            plural=nat in A.PLURAL_PROVINCES))
            continue
        name = m.group("name") or m.group("num")
        prov, dists = g.names[name]
        pre = (m.group("pre") or m.group("npre") or "").lower().rstrip(".")
        if pre in ("huyện", "quận", "thị xã", "tx"):
            if dists:
                out.append(_Raw(s, e, "district", districts=tuple(dists)))
            continue
        if pre == "tỉnh":
            if prov:
                out.append(_Raw(s, e, "province", province=_named_then(g, prov, text, e)))
            continue
        if pre in ("thành phố", "tp"):
            if prov in _CENTRAL_CITIES or (prov and not dists):
                out.append(_Raw(s, e, "province", province=prov))
                continue
            city = tuple(d for d in dists if g.district_types.get(d) == "thành phố")
            if city:
                out.append(_Raw(s, e, "district", districts=city))
            elif prov:
                out.append(_Raw(s, e, "province", province=prov))
            continue
        # bare name
        prev = _prev_word(text, s)
        if prev in A.PERSON_NAME_PARTS or prev.lower() in A.NAMED_AFTER_BEFORE:
            continue  # "Nguyễn Hà Nam", "xã Long An", "đường Hà Nội": a name, not the province
        if (given := _GIVEN_NAME_BEFORE.search(text, max(0, s - 30), s)) and given.group(1) in A.PERSON_NAME_PARTS \
                and " ".join(given.group().split()) not in g.names:
            # "Quốc Cường Gia Lai", "Đức Long Gia Lai": a company named after its founder (not
            # "Gia Nghĩa Đắk Nông", a place before its province)
            continue
        if prev[:1].isupper() and prev.lower() in A.INSTITUTION_BEFORE:
            continue  # "Đại học Quốc gia Hà Nội", "Xa lộ Hà Nội": named after the place
        if text[e:e + 1] == " " and text[e + 1:e + 2].isupper() and text[e + 2:e + 3].islower():
            continue  # "Xã Hòa Bình Thạnh", "Thái Bình Dương": part of a longer proper name
        if prov:
            if name in A.NEEDS_PREFIX and prev not in _PLACE_PREPOSITION:
                continue
            out.append(_Raw(s, e, "province", province=_named_then(g, prov, text, e)))
        elif dists and " " in name and not name[0].isdigit():
            out.append(_Raw(s, e, "district", districts=tuple(dists), bare=True))
    communes = _commune_mentions(text, after_2025)
    if communes:
        # a commune's name may hold a province's or district's ("xã Long An"): the commune wins
        spans = sorted((c.start, c.end) for c in communes)
        starts = [a for a, _ in spans]
        reach = list(itertools.accumulate((b for _, b in spans), max))  # furthest end so far
        out = [r for r in out if not _covered(starts, reach, r.start)] + communes
        out.sort(key=lambda r: r.start)
    # "các tỉnh (vùng) Tây Nguyên": the plural is the region's provinces, not the country's
    keep = []
    for i, r in enumerate(out):
        nxt = out[i + 1] if i + 1 < len(out) else None
        if r.plural and nxt is not None and nxt.kind == "region" and _PLURAL_OF_REGION.fullmatch(
            text, r.end, nxt.start
        ):
            continue
        keep.append(r)
    return keep


_RANKED_AFTER = re.compile(
    r"[ \t]*(?:\([^()\n]{0,40}\)[ \t]*)?(?:(?:tiếp\s+tục|vẫn|lần\s+lượt|cũng)\s+)?"
    r"(?:đứng\s+(?:đầu|thứ|cuối|top)|xếp\s+(?:thứ|hạng|cuối|đầu)|dẫn\s+đầu|về\s+nhì|"
    r"(?:có\s+)?(?:điểm\s+|chỉ\s+số\s+)?(?:cao|thấp)\s+nhất)(?!\w)"
)
_PLURAL_OF_REGION = re.compile(r"[ \t]*(?:(?:thuộc|trong|ở)[ \t]+)?(?:(?i:vùng|khu vực)[ \t]*)?")


class _Index:
    """Mentions of one text, resolved, with sorted positions for bisection."""

    def __init__(self, text: str, scopes: Sequence[Sequence[tuple[int, int]]], after_2025: bool = False) -> None:
        raw = _scan(text, after_2025)
        # provinces named, for resolving districts
        pstarts = [r.start for r in raw if r.kind == "province"]
        pnames = [r.province for r in raw if r.kind == "province"]
        # district mentions with a unique province also name that province
        extra = [
            (r.start, r.districts[0][0])
            for r in raw
            if r.kind == "district" and not r.bare and not r.commune and len({p for p, _ in r.districts}) == 1
        ]
        if extra:  # mentions never share a start: merging by start is the sorted insertion
            merged = sorted(list(zip(pstarts, pnames)) + extra, key=lambda x: x[0])
            pstarts = [x[0] for x in merged]
            pnames = [x[1] for x in merged]
        # where each province is named (sorted), for the nearest one in a scope
        named_at: dict[str, list[int]] = {}
        for pos, name in zip(pstarts, pnames):
            named_at.setdefault(name, []).append(pos)
        places: list[Place] = []
        self.weak: set[Place] = set()
        self.plural: set[Place] = set()
        for r in raw:
            if r.plural:
                self.plural.add(Place(r.start, r.end, None, None, None, True))
            if r.weak:
                self.weak.add(Place(r.start, r.end, None, None, None, True))
            if r.kind == "province":
                places.append(Place(r.start, r.end, r.province, None, None, False))
            elif r.kind == "region":
                places.append(Place(r.start, r.end, None, None, r.region, False))
                if r.weak:
                    self.weak.add(places[-1])
            elif r.kind == "national":
                places.append(Place(r.start, r.end, None, None, None, True))
            else:
                cands = {p for p, _ in r.districts}
                chosen = None
                if len(cands) == 1 and not r.bare:
                    if not (r.commune and named_at and r.districts[0][0] not in named_at):
                        chosen = r.districts[0]
                    # (else a commune the data knows in one province only, in a text that names
                    # other provinces and never that one: the same name stands elsewhere too —
                    # "xã Mỹ Hà" of Lạng Giang, Bắc Giang, which the data has only in Nam Định)
                else:
                    for level, spans in enumerate(scopes):
                        lo, hi = _enclosing(spans, r.start)
                        if lo is None:
                            continue
                        # the nearest named candidate province (ties: the first name); beyond
                        # the district's own sentence, one named before it sets the context
                        # ("So với huyện Châu Thành của tỉnh Bến Tre" later on compares)
                        reach = (hi,) if level == 0 else (r.start, hi)
                        found = []
                        for end in reach:
                            found = [
                                near for c in cands
                                if (near := _nearest(named_at.get(c), lo, end, r.start, c)) is not None
                            ]
                            if found:
                                break
                        if found:
                            best = min(found)[1]
                            chosen = next(d for d in r.districts if d[0] == best)
                            break
                if chosen is not None:
                    places.append(Place(r.start, r.end, chosen[0], None if r.commune else chosen[1], None, False))
                elif not r.bare and not r.commune:
                    places.append(Place(r.start, r.end, None, r.districts[0][1], None, False))
        self.places = places
        self.starts = [p.start for p in places]
        # provinces named as entries of a ranking ("Quảng Ninh đứng đầu với 92,20%, Hải
        # Phòng xếp thứ hai"): one of many compared, not what the text goes on about
        self.ranked: set[Place] = {
            p for p in places if p.province and not p.district and _RANKED_AFTER.match(text, p.end)
        }

    def between(self, lo: int, hi: int) -> list[Place]:
        a = bisect.bisect_left(self.starts, lo)
        b = bisect.bisect_left(self.starts, hi)
        return self.places[a:b]


def _nearest(positions: list[int] | None, lo: int, hi: int, pos: int, name: str) -> tuple[int, str] | None:
    """``(distance, name)`` of the position in ``[lo, hi)`` nearest to ``pos`` (bisection)."""
    if not positions:
        return None
    a = bisect.bisect_left(positions, lo)
    b = bisect.bisect_left(positions, hi)
    if a >= b:
        return None
    i = bisect.bisect_left(positions, pos, a, b)
    best = None
    for k in (i - 1, i):
        if a <= k < b:
            d = abs(positions[k] - pos)
            if best is None or d < best:
                best = d
    return best, name


def _enclosing(spans: Sequence[tuple[int, int]], pos: int) -> tuple[int | None, int]:
    """The span of ``spans`` (sorted, disjoint) that contains ``pos``."""
    if not spans:
        return None, 0
    i = bisect.bisect_right(spans, (pos, float("inf"))) - 1
    if i >= 0 and spans[i][0] <= pos < spans[i][1]:
        return spans[i]
    return None, 0


_LINE = re.compile(r"[^\n]+")


def find_places(text: str) -> list[Place]:
    """Every place mention in ``text`` (offsets into ``text``), sorted by position.

    Districts shared by several provinces take the province named nearest in the same line,
    else in the whole text; bare district names are kept only when so resolved.
    """
    lines = [m.span() for m in _LINE.finditer(text)]
    return list(_Index(text, [lines, [(0, len(text))]]).places)
