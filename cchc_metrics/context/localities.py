"""Localities: which province (and district, and post-2025 province) a claim is about
(FORMAT.md ``locality``, ``district``), from the place mentions :mod:`.places` finds.
:func:`attach_localities` gives the order of evidence; "cả nước", a central body reporting
on its own work and sets only the country has ("34 tỉnh") make a claim ``national``."""

from __future__ import annotations

import bisect
from collections import Counter
import datetime as _dt
import functools
import re

from typing import Iterator

import attrs

from ..lexicon import place_aliases as A
from ..records import Article, Metric
from ..text.segment import reading_window
from .gazetteer import NATIONAL, _gaz, name_at, outlet_province, province_2025
from .places import (
    Place,
    _APPOSITION,
    _Index,
    _LINE,
    _RANKED_AFTER,
    _enclosing,
    _words_before,
)


_ANAPHOR = re.compile(
    r"(?<!\w)(?P<w>[Tt]ỉnh|[Tt]hành phố|TP|[Hh]uyện|[Qq]uận|[Tt]hị xã|[Đđ]ịa phương)(?!\w)"
    r"(?![ \t]*,[ \t]*(?:thành|tỉnh|huyện|quận|thị|xã|phường|TP))"
)
# "các tỉnh", "cấp huyện", "tỉnh, thành phố", "53 tỉnh": plural, level or pair, not a pointer
_NOT_ANAPHOR_BEFORE = frozenset(
    "các những nhiều mỗi từng cấp giữa hoặc ngoài toàn cả đơn "
    "tỉnh thành phố huyện quận xã phường trấn".split()
)
_ANAPHOR_REACH = 1500  # how far back a bare "tỉnh" may point
_CLOSE_ANAPHOR = 200  # named this close before, another province outranks the heading's
_DISTRICT_WORDS = ("huyện", "quận", "thị xã")
_COORD = re.compile(r"^[ \t]*(?:,|và|cùng|,[ \t]*và|-|–)[ \t]*(?:(?i:tỉnh|thành phố|tp\.?)[ \t]*)?$")
_TERMINAL = re.compile(r"[.;!?…]\s*$")
_CAPTION = re.compile(r"[\W_]*(?:đơn\s+vị(?:\s+tính)?|đvt|nguồn|ảnh|bảng)\s*[:.]", re.I)
_SUBHEADING_MAX_WORDS = 25
_TOPIC_WINDOW = 40  # a place this close to a sentence's start is its topic
_COMPARISON_REACH = 15
# "chính sách hỗ trợ thêm của tỉnh … theo Nghị định số 178/2024/NĐ-CP": a figure the
# sentence gives to a province (or district) it does not name is that unit's, not the
# country's, even in a text citing national law
_OWNED_LOCALLY = re.compile(
    r"(?<!\w)(?:của|ngân\s+sách)\s+(?:tỉnh|thành\s+phố|huyện|địa\s+phương)(?!\w)(?![ \t]+[A-ZĐÀ-Ỹ0-9])"
)
_COMPARED_GAP = re.compile(r"[ \t]*(?:là|đạt|:)?[ \t]*$")  # "trung bình của cả nước là 8,2%": the figure right after the yardstick
# a claim that counts provinces ("12/13 tỉnh, thành phố", "01/13 tỉnh") is about a set of them
_COUNTS_PROVINCES = re.compile(r"\d[\d.,/]*[ \t]+(?:tỉnh|địa phương)(?:,?[ \t]*thành(?: phố)?)?[ \t]*$")
_PROVINCE_NOUN = re.compile(
    r"(?:(?:tỉnh|địa phương)(?:,?[ \t]*thành(?: phố)?)?(?:[ \t]+(?:mới|cũ))?"
    r"|(?P<set>(?:tỉnh,?[ \t]*)?thành phố trực thuộc trung ương|đơn vị hành chính cấp tỉnh))$", re.I
)
_MANY_PROVINCES = 10  # a region has at most 14 provinces; "34 tỉnh" is the country
# "6 thành phố trực thuộc trung ương", "34 đơn vị hành chính cấp tỉnh": a set only the
# country has, however small


@attrs.frozen(slots=True)
class _Loc:
    locality: str | None
    district: str | None = None
    region: str | None = None


def _loc_of(p: Place) -> _Loc:
    if p.national:
        return _Loc(NATIONAL)
    if p.region or not p.province:
        return _Loc(None, None, p.region)
    return _Loc(p.province, p.district)


def _kind(p: Place) -> str:
    if p.national:
        return "national"
    if p.province:
        return "province"
    if p.district:
        return "district"
    return "region"


def _summary(places: list[Place]) -> _Loc | None:
    """The most-mentioned place of a stretch (ties: first mentioned)."""
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    dists: dict[str, dict[str, int]] = {}
    for i, p in enumerate(places):
        key = NATIONAL if p.national else p.province
        if key is None:
            continue
        counts[key] = counts.get(key, 0) + 1
        first.setdefault(key, i)
        if p.district:
            per = dists.setdefault(key, {})
            per[p.district] = per.get(p.district, 0) + 1
    if not counts:
        return None
    # ties: national news first (a ministry's figure outweighs one province named in passing)
    best = max(counts, key=lambda k: (counts[k], k == NATIONAL, -first[k]))
    d = dists.get(best)
    # the stretch is about a district when that district makes half its province's mentions
    # (one district in a table row of a provincial report is not its subject)
    if d and len(d) == 1:
        (name, n), = d.items()
        if 2 * n >= counts[best]:
            return _Loc(best, name)
    return _Loc(best)


class _ArticleCtx:
    """What one article is about: heading, main subject, subheadings, lead district."""

    def __init__(
        self, text: str, idx: _Index, start: int, end: int, section: str | None, outlet: str | None = None
    ) -> None:
        op = outlet_province(outlet)
        self.outlet = _Loc(op) if op else None
        nl = text.find("\n", start, end)
        head_end = end if nl < 0 else nl
        self.start, self.end = start, end
        strong = [p for p in idx.between(start, end) if p not in idx.weak]
        head = [p for p in strong if p.start < head_end and p not in idx.ranked]
        body = [p for p in strong if p.start >= head_end]
        self.heading: _Loc | None = None
        self.multi = False  # the heading names a region or several provinces
        if head:
            provs = {p.province for p in head if p.province}
            if len(provs) > 1:
                self.heading, self.multi = _Loc(None), True
            elif provs:
                dd = {p.district for p in head if p.district}
                self.heading = _Loc(provs.pop(), dd.pop() if len(dd) == 1 else None)
            elif any(p.region for p in head):
                self.heading = _Loc(None, None, next(p.region for p in head if p.region))
                self.multi = True
            elif any(p.national for p in head):
                self.heading = _Loc(NATIONAL)
        self.subject = _summary([p for p in body if p not in idx.ranked])
        # the district the article is about: named in its lead paragraph, and the only one
        # named or nearly so (a company story in Tây Sơn may name An Lão once)
        named = Counter((p.province, p.district) for p in body if p.district and p.province)
        self.district = None
        if named:
            (top, n), = named.most_common(1)
            if len(named) == 1 or (n >= _DISTRICT_MIN and 3 * n >= 2 * sum(named.values())):
                lead = _lead_line(text, head_end, end)
                if lead and any((p.province, p.district) == top for p in idx.between(lead.start(), lead.end())):
                    self.district = top
        # subheadings: short lines without final punctuation (a place in them scopes what
        # follows; one without a place ends the scope of the one before)
        self.sub_starts: list[int] = []
        self.sub_locs: list[_Loc | None] = []
        for m in _LINE.finditer(text, head_end, end):
            line = m.group()
            # (split at most N times: a paragraph of hundreds of words stops being split early)
            if len(line.split(None, _SUBHEADING_MAX_WORDS)) <= _SUBHEADING_MAX_WORDS and not _TERMINAL.search(line) \
                    and "|" not in line:
                ps = [p for p in idx.between(m.start(), m.end()) if p.province or p.region]
                if not ps and _CAPTION.match(line):
                    continue  # "*Đơn vị tính: đồng/giấy phép*": a table's caption, no new scope
                self.sub_starts.append(m.start())
                self.sub_locs.append(_summary(ps) if ps else None)
        self.section = _section_scope(section) if section else None

    def subheading(self, pos: int) -> _Loc | None:
        i = bisect.bisect_right(self.sub_starts, pos) - 1
        return self.sub_locs[i] if i >= 0 else None


@functools.lru_cache(maxsize=256)
def _section_scope(section: str) -> _Loc | None:
    if any(w in section.upper() for w in A.NATIONAL_SECTION_WORDS):
        return _Loc(NATIONAL)
    places = [p for p in _Index(section, [[(0, len(section))]]).places if p.province]
    return _Loc(places[0].province) if places else None


def _doc_scope(text: str, idx: _Index, first_article_start: int) -> _Loc | None:
    """A provincial bulletin names its province in its masthead (first few lines)."""
    lines = [m.span() for m in _LINE.finditer(text, 0, min(len(text), 2000))][:5]
    if not lines:
        return None
    hi = min(lines[-1][1], max(first_article_start, lines[0][1]))
    provs = {p.province for p in idx.between(0, hi) if p.province}
    return _Loc(provs.pop()) if len(provs) == 1 else None


def _choose_in_sentence(text: str, cands: list[Place], ms: int, me: int, s0: int, s1: int) -> Place | None:
    """The mention a claim is about: inside it, else nearest in its clause, else in its sentence."""
    if not cands:
        return None
    inside = [p for p in cands if p.start < me and p.end > ms]
    if inside:
        return inside[0]
    if text.count("|", s0, s1) >= 2:
        # a table row: its first cell names what the row is about ("| Lâm Đồng (Lâm Đồng,
        # Đắk Nông, Bình Thuận) | 24.233 | 3.872.999 |")
        row = [p for p in cands if p.end <= ms and not p.national]
        if row:
            return row[0]
    c0 = text.rfind(";", s0, ms) + 1 or s0
    c1 = text.find(";", me, s1)
    c1 = s1 if c1 < 0 else c1
    # "Thủ tướng giao cho thành phố 8.700 tỷ đồng": the body that allocates is no subject of
    # the allocation; "Hải Phòng sau hợp nhất với tỉnh Hải Dương có …": nor is the partner
    cands = [p for p in cands if not (p.national and _ALLOCATED_TO.match(text, p.end, ms))] or cands
    before = [p for p in cands if p.end <= ms]
    after = [p for p in cands if p.start >= me]
    near_before = [p for p in before if p.start >= c0]
    if len(near_before) > 1:
        near_before = [p for p in near_before if not _PARTNER_BEFORE.search(text, max(0, p.start - 14), p.start)] \
            or near_before
    if near_before:
        return near_before[-1]
    near_after = [p for p in after if p.end <= c1]
    if near_after:
        return near_after[0]
    if before:
        return before[-1]
    return after[0] if after else None


_RANKED_GAP = re.compile(r"^[ \t]*(?:là|thuộc về)?[ \t]*$")
_ALLOCATED_TO = re.compile(
    r"[^.;\n]{0,60}?(?<!\w)(?:giao|phân\s+bổ|bổ\s+sung|cấp|hỗ\s+trợ|chuyển)(?:\s+(?:vốn|kinh\s+phí|thêm))?\s+cho\s+"
    r"(?:(?:tỉnh|thành\s+phố|tp\.?|địa\s+phương|huyện)(?!\w)|[A-ZĐÀ-Ỹ])"
)
_PARTNER_BEFORE = re.compile(r"(?<!\w)(?:với|so\s+với|cùng|như|hơn|tặng)\s+(?:(?:tỉnh|thành\s+phố|tp\.?)\s+)?$", re.I)


def _ranked_after(text: str, idx: _Index, me: int, s1: int) -> Place | None:
    """What a rank ranks when it comes after it: "xếp thứ hai là TP.Hải Phòng", "xếp thứ
    nhì Bộ Tư pháp", "đứng đầu là Ngân hàng Nhà nước"."""
    after = idx.between(me, s1)
    if (
        after
        and after[0] not in idx.weak
        and _RANKED_GAP.match(text[me:after[0].start])
        and (after[0].province or after[0].national)
    ):
        return after[0]
    return None


def _apposed_district(text: str, idx: _Index, p: Place) -> Place:
    """"huyện Thanh Liêm, tỉnh Hà Nam": the province in apposition to a district."""
    if p.district or not p.province:
        return p
    prev = idx.between(max(0, p.start - 60), p.start)
    if prev and prev[-1].district and prev[-1].province == p.province:
        if _APPOSITION.fullmatch(text, prev[-1].end, p.start):
            return prev[-1]
    return p


# "để hình thành … của 13 tỉnh, thành phố", "Sau sắp xếp, 13 tỉnh, thành phố không thay đổi
# …": a figure about a group of provinces (not all of them) is about none of them
_SOME_PROVINCES = re.compile(
    r"(?:(?<!\w)(?:của|tại|ở|thuộc)[ \t]+|(?:^|[,;:][ \t]*))(\d{1,2})[ \t]+tỉnh(?:,?[ \t]*thành(?:[ \t]+phố)?)?(?!\w)",
    re.M,
)


def _some_provinces(groups: list[tuple[int, int]], ms: int, me: int) -> bool:
    """Is a group of provinces (from :func:`_province_groups`) named in the sentence, other
    than by the figure itself?"""
    return any(not (gs < me and ge > ms) for gs, ge in groups)


def _province_groups(text: str, s0: int, s1: int) -> list[tuple[int, int]]:
    """Spans of "N tỉnh" groups (2 ≤ N < 34) in a sentence, found once per sentence."""
    return [g.span() for g in _SOME_PROVINCES.finditer(text, s0, s1) if 2 <= int(g.group(1)) < 34]


def _several(text: str, chosen: Place, cands: list[Place]) -> bool:
    """``chosen`` is coordinated with another province ("Hà Nội và tỉnh Thừa Thiên Huế")."""
    if not chosen.province:
        return False
    for p in cands:
        if p is chosen or not p.province or p.province == chosen.province:
            continue
        a, b = (chosen, p) if chosen.end <= p.start else (p, chosen)
        if a.end <= b.start and _COORD.match(text[a.end:b.start]):
            return True
    return False


def _inside_mention(idx: _Index, pos: int) -> bool:
    return any(p.start <= pos < p.end for p in idx.between(max(0, pos - 40), pos + 1))


def _anaphor(
    text: str, s0: int, s1: int, idx: _Index, art_start: int, home: _Loc | None = None,
    heading: _Loc | None = None,
) -> _Loc | None:
    """A bare "tỉnh"/"huyện"/"địa phương" in the sentence refers to the last one named;
    in an article whose heading names its province, to that province unless another was
    named just before (other provinces further back are comparisons or lists)."""
    own = heading.locality if heading and heading.locality and heading.locality != NATIONAL else None
    for m in _ANAPHOR.finditer(text, s0, s1):
        if _inside_mention(idx, m.start()):
            continue
        before = _words_before(text, m.start(), 1)
        if before and (before[0].lower() in _NOT_ANAPHOR_BEFORE or before[0].isdigit()):
            continue
        if _RANKED_AFTER.match(text, m.end()):
            continue  # "Tỉnh xếp cuối bảng đạt 72,43%": a province of the ranking, unnamed
        want_district = m.group("w").lower() in _DISTRICT_WORDS
        lo = max(art_start, s0 - _ANAPHOR_REACH)
        para = text.rfind("\n", lo, s0) + 1 or lo
        # a province named as an entry of a ranking is pointed back to only in its paragraph
        earlier = [
            p for p in idx.between(lo, s0)
            if p.province and p not in idx.weak and (p not in idx.ranked or p.start >= para)
        ]
        for p in reversed(earlier):
            if want_district and not p.district:
                continue
            # "ba tỉnh Lâm Đồng, Đắk Nông và Bình Thuận. Tỉnh mới …": which one?
            listed = not want_district and _several(text, p, idx.between(max(0, p.start - 40), p.end + 40))
            if not want_district and own and p.province != own and (p.end < s0 - _CLOSE_ANAPHOR or listed):
                return _Loc(own)
            if listed:
                return None
            return _Loc(p.province, p.district if want_district else None)
        # nothing named before: a provincial paper's "tỉnh" is its own province
        return None if want_district else home
    return None


def _paragraph_topic(
    text: str, idx: _Index, sentences: list[tuple[int, int]], s0: int, anywhere: bool
) -> _Loc | None:
    """The place an earlier sentence of the same paragraph was about.

    A place in topic position (at the start of its sentence: "Còn tỉnh Bình Phước triển
    khai …", "Tại tỉnh Đồng Tháp, …") carries over to the following sentences of the
    paragraph; in a multi-province article any place named earlier in the paragraph does.
    """
    p0 = text.rfind("\n", 0, s0) + 1
    prior = [p for p in idx.between(p0, s0) if p.province and p not in idx.weak and p not in idx.ranked]
    for p in reversed(prior):
        if anywhere:
            return _Loc(p.province, p.district)
        ss, _ = _enclosing(sentences, p.start)
        if ss is not None and p.start - ss <= _TOPIC_WINDOW:
            return _Loc(p.province, p.district)
    return None


def attach_localities(
    text: str,
    metrics: list[Metric],
    articles: list[Article],
    sentences: list[tuple[int, int]],
    apply=attrs.evolve,
    published: _dt.date | None = None,
) -> list[Metric]:
    """Return ``metrics`` with ``locality``, ``district``, ``province_2025``, ``region`` set.

    ``apply(metric, **fields)`` makes each new record (default ``attrs.evolve``); the
    pipeline passes one that also finishes the record, so each claim is copied once.

    Order of evidence: the claim's own sentence (its clause first, nearest mention), a bare
    "tỉnh/huyện/địa phương" pointing back, the topic of its paragraph, the subheading above
    it, the article's heading, the article body's main subject, the section heading, the
    bulletin's masthead. A claim in the table of contents takes the article it summarises.
    """
    if not metrics:
        return []
    sentences = sorted(sentences)
    arts = sorted(articles, key=lambda a: a.start) or [Article(0, 0, len(text))]
    toc = sorted(getattr(articles, "toc", ()) or ())
    toc_starts = [t[0] for t in toc]
    by_index = {a.index: a for a in arts}
    art_spans = [(a.start, a.end) for a in arts]
    idx = _Index(text, [sentences, art_spans, [(0, len(text))]],
                 after_2025=published is not None and published.isoformat() >= A.DISTRICTS_ABOLISHED)
    ctx: dict[int, _ArticleCtx] = {}
    doc = _doc_scope(text, idx, arts[0].start)
    art_starts = [a.start for a in arts]
    # _anaphor depends on the sentence and article only: once per sentence, not per claim
    anaphors: dict[tuple, _Loc | None] = {}
    laws = _LawQuotes(text)
    rules = _NationalRules(text)
    groups: dict[int, list[tuple[int, int]]] = {}  # "N tỉnh" groups per sentence start
    cites_national: bool | None = None
    owned: dict[int, bool] = {}  # sentence start: does it give its figures to an unnamed province?
    out = []
    for m in metrics:
        ai = bisect.bisect_right(art_starts, m.start) - 1
        art = arts[ai] if ai >= 0 and m.start < arts[ai].end else None
        if art is None and toc:
            ti = bisect.bisect_right(toc_starts, m.start) - 1
            if ti >= 0 and toc[ti][0] <= m.start <= toc[ti][1]:
                art = by_index.get(toc[ti][2])
        a0, a1 = (art.start, art.end) if art else (0, len(text))
        key = a0 if art else -1
        if key not in ctx:
            ctx[key] = _ArticleCtx(
                text, idx, a0, a1, art.section if art else None, art.outlet if art else None
            )
        c = ctx[key]
        s0, s1 = _enclosing(sentences, m.start)
        if s0 is None:
            s0, s1 = m.start, max(m.end, m.start + 1)
        # (in a very long sentence, a flattened table, the places near the figure speak for it)
        in_sentence = idx.between(*reading_window((s0, s1), m.start, m.end))
        cands = [
            p for p in in_sentence
            if p not in idx.weak
            or (p.national and 0 <= m.start - p.end <= _COMPARISON_REACH
                and _COMPARED_GAP.match(text, p.end, m.start))
        ]
        cands = [
            p for p in cands
            if p.region != A.FOREIGN_REGION or 0 <= m.start - p.end <= _COMPARISON_REACH
        ]
        if m.kind == "rank":
            cands = [p for p in cands if not p.national]
        agents = {p for p in in_sentence if p.national and _agent_only(text, p)}
        # "…, Bộ Xây dựng cho biết cảng này được quy hoạch …": a central body that only
        # speaks reports what the sentence's place, or the article's, holds
        agents |= {p for p in cands if p.national and _SPEAKS_AFTER.match(text, p.end)}
        actors = [p for p in cands if p not in agents]
        if actors or not any(p.national and p not in agents for p in in_sentence):
            # "Theo báo cáo của Bộ KH&ĐT, … đạt 47,3% kế hoạch Thủ tướng giao": with a central
            # source in the sentence the figure stays national
            cands = actors
        noun = _PROVINCE_NOUN.match(m.subject) if m.kind == "count" and m.subject is not None else None
        counts_provinces = m.kind != "rank" and (
            _COUNTS_PROVINCES.search(text, m.start, m.end) is not None or noun is not None)
        if counts_provinces:
            cands = [p for p in cands if not p.province]
        loc: _Loc | None = None
        elsewhere: set[str] = set()
        chosen = None
        if counts_provinces and not cands \
                and (m.value or 0) >= (2 if noun is not None and noun.group("set") else _MANY_PROVINCES):
            # "34 tỉnh, thành phố", "16 tỉnh sau sáp nhập": how many provinces the country
            # has (or would have) is a national figure
            loc = _Loc(NATIONAL)
        if m.kind == "rank":
            chosen = _ranked_after(text, idx, m.end, s1)
        if loc is None and not any(p.province or (p.region and p.region != A.FOREIGN_REGION) for p in cands) and (
                laws.inside(m.start) or rules.states(s0, s1, m.start)):
            # (a region the quoted rule names is what its figure is about: "Vùng Bắc Trung Bộ
            # gồm 5 tỉnh, thành phố" has none of one province)
            loc = _Loc(NATIONAL)
        if loc is None and not counts_provinces and not any(p.province or p.national for p in cands) \
                and not any(p.national for p in in_sentence):
            if s0 not in groups:
                groups[s0] = _province_groups(text, s0, s1)
            group = _some_provinces(groups[s0], m.start, m.end)
            if group:
                loc = _Loc(None)  # "… của 13 tỉnh, thành phố": several provinces, none of them
        if chosen is None and loc is None:
            chosen = _choose_in_sentence(text, cands, m.start, m.end, s0, s1)
        if chosen is not None:
            if chosen in idx.plural and c.multi:
                loc = _Loc(None, None, c.heading.region if c.heading else None)
            elif _several(text, chosen, cands):
                # "… của thành phố Hà Nội và Thành phố Hồ Chí Minh; tối thiểu 06 biên chế …
                # của cấp tỉnh loại I": several provinces named in another item of a ";"
                # list are that item's scope; this one is placed by its context
                lo, hi = min(chosen.end, m.start), max(chosen.start, m.end)
                if ";" in text[lo:hi]:
                    elsewhere = {p.province for p in cands if p.province}
                else:
                    loc = _Loc(None)
            else:
                loc = _loc_of(_apposed_district(text, idx, chosen))
        if loc is None:
            akey = (s0, s1, a0, c.outlet, c.heading)
            if akey not in anaphors:
                anaphors[akey] = _anaphor(text, s0, s1, idx, a0, c.outlet, c.heading)
            loc = anaphors[akey]
        if loc is None and a0 <= s0:
            loc = _paragraph_topic(text, idx, sentences, s0, anywhere=c.multi)
        for fallback in (c.subheading(m.start), c.heading, c.subject, c.outlet, c.section, doc):
            if loc is not None:
                break
            if fallback is not None and fallback.locality in elsewhere:
                continue  # (the scope of another item, not this figure's context)
            loc = fallback
        if loc is None:
            # nothing places the claim: in a text that explains national law (a decree, a
            # law, a ministry's circular), what it states holds country-wide
            if cites_national is None:
                cites_national = _NATIONAL_DOC_RE.search(text) is not None
            if cites_national and s0 not in owned:  # once per sentence: it may hold thousands of figures
                owned[s0] = _OWNED_LOCALLY.search(text, s0, s1) is not None
            loc = _Loc(NATIONAL) if cites_national and not owned[s0] else _Loc(None)
        locality, district = loc.locality, loc.district
        # a district named without its province (or ambiguous): the province in context
        if district and locality is None and loc.region is None:
            for fb in (c.heading, c.subject, c.section, doc):
                if fb and fb.locality and (fb.locality, district) in _gaz().district_types:
                    locality = fb.locality
                    break
        # the district of a district article ("… huyện Bù Đốp đã …" in the lead)
        if locality and locality != NATIONAL and not district and (chosen is None or not chosen.district):
            if c.heading and c.heading.locality == locality and c.heading.district:
                district = c.heading.district
            elif c.district and c.district[0] == locality and (
                c.heading is None or c.heading.locality == locality
            ):
                district = c.district[1]
        if district and _WHOLE_PROVINCE.search(text, s0, s1):
            district = None  # "toàn tỉnh tiếp nhận …": the province's own figure
        if district and published is not None and published.isoformat() >= A.DISTRICTS_ABOLISHED and (
            chosen is None or not chosen.district
        ):
            district = None  # no districts from 1 July 2025: only one named in the claim's sentence
        if district and district[0].isdigit() and locality:
            # numbered urban districts are named with their type: "Quận 3", not "3"
            kind = _gaz().district_types.get((locality, district), "quận")
            district = f"{kind.capitalize()} {district}"
        out.append(
            apply(
                m,
                locality=name_at(locality, published),
                district=district,
                province_2025=province_2025(locality) if locality else None,
                region=loc.region,
            )
        )
    return out


# What a national law lays down is national, wherever the article is from (FORMAT.md:
# `national` for country-wide claims): "Luật Đất đai năm 2024 quy định BGĐ được xây dựng
# hằng năm (thay vì 5 năm …)", "… quy định tại Thông tư 40/2021/TT-BTC quy định … ở mức 5%".
_NATIONAL_DOC = (
    r"(?:(?<!\w)(?:Luật|Bộ\s+luật|Hiến\s+pháp|Nghị\s+định|Thông\s+tư)(?!\w)"
    # (a ministry's decisions and notices, "QĐ-BNNMT", "TB-BNV", are national too)
    r"|/(?:\d{4}/)?(?:QH\d*|UBTVQH\d*|NĐ-CP|NQ-CP|QĐ-TTg|CT-TTg|CĐ-TTg|TB-VPCP|TT-B[A-ZĐ]+|QĐ-B[A-ZĐ]+|TB-B[A-ZĐ]+"
    r"|TTLT-[A-ZĐ-]+)(?!\w)"
    r"|-(?:NQ|KL|CT|QĐ)/TW(?!\w))"  # the Party's central resolutions, conclusions, directives
)
_NATIONAL_DOC_RE = re.compile(_NATIONAL_DOC)
_NATIONAL_RULE = re.compile(_NATIONAL_DOC + r"[^.;\n]{0,120}?(?<!\w)quy\s+định(?!\w)")
# "theo quy định tại khoản 1 Điều 45 Luật Nhà ở 2023 thì chỉ có 06 nhóm đối tượng"
_BY_NATIONAL_RULE = re.compile(r"(?<!\w)quy\s+định\s+(?:tại|của)(?!\w)[^.;\n]{0,80}?" + _NATIONAL_DOC)
# (… "tiêu chuẩn của xã tương ứng quy định tại Nghị quyết 1211/2016/UBTVQH13": a criterion
# measured against a national standard)
_CITED_AFTER = re.compile(r"(?<!\w)(?:theo|tương\s+ứng)\s+(?:các\s+nội\s+dung\s+)?quy\s+định\s+(?:tại|của)(?!\w)[^.;\n]{0,80}?"
                          + _NATIONAL_DOC)
_QUY_DINH = re.compile(r"quy\s+định")
# (not "đạt từ 200% trở lên": the bound a criterion sets)
_REPORTED = re.compile(r"(?<!\w)(?:đã|đạt(?!\s+(?:từ|tối\s+thiểu|ít\s+nhất)(?!\w))|được\s+giao|thực\s+hiện\s+được)(?!\w)")


def _any_in(sorted_positions: list[int], lo: int, hi: int) -> bool:
    """Does ``sorted_positions`` hold a value in ``[lo, hi)``?"""
    i = bisect.bisect_left(sorted_positions, lo)
    return i < len(sorted_positions) and sorted_positions[i] < hi


class _NationalRules:
    """Where a sentence starts stating a national rule, found once per sentence (a sentence
    may hold thousands of figures): a figure after such a point, with nothing reported
    ("đã", "đạt") in between, states that rule."""

    def __init__(self, text: str):
        self.text = text
        self.cache: dict[int, tuple[list[int], list[int], list[int]]] = {}

    def states(self, s0: int, s1: int, pos: int) -> bool:
        got = self.cache.get(s0)
        if got is None and _QUY_DINH.search(self.text, s0, s1) is None:
            # all three patterns need "quy định": a sentence without it states no rule (a
            # cheap literal look-up instead of three scans that try every position)
            got = self.cache[s0] = ([], [], [])
        if got is None:
            points = sorted(m.end() for r in (_NATIONAL_RULE, _BY_NATIONAL_RULE) for m in r.finditer(self.text, s0, s1))
            # "… cho từng kỳ kế hoạch 05 năm theo quy định tại … Luật Đất đai 2024": the rule
            # cited after the figure, in its clause
            cited = [m.start() for m in _CITED_AFTER.finditer(self.text, s0, s1)]
            reported = [m.start() for m in _REPORTED.finditer(self.text, s0, s1)] if points or cited else []
            got = self.cache[s0] = (points, reported, cited)
        points, reported, cited = got
        k = bisect.bisect_left(cited, pos)
        if k < len(cited) and ";" not in self.text[pos:cited[k]] \
                and not _any_in(reported, pos, cited[k]):
            return True
        i = bisect.bisect_right(points, pos) - 1
        if i < 0:
            return False
        j = bisect.bisect_left(reported, points[i])
        return not (j < len(reported) and reported[j] < pos)


class _LawQuotes:
    """Articles of a law quoted in full ("Điều 4. Mức thu lệ phí môn bài" and the lines under
    it, up to the next heading, bold line or summing-up), and the provisions of a national
    document quoted after "… quy định tại Mục II Nghị quyết 57-NQ/TW …, cụ thể như sau:" or
    "Căn cứ tại Điều 5 Nghị quyết 76/2025/UBTVQH15 quy định …, cụ thể như sau:" (up
    to the next heading or question, its own numbered bold lines included): their figures
    are the document's."""

    _START = re.compile(r"(?m)^[ \t>*]*Điều\s+\d+[a-z]?\.\s+\S")
    # the same after its line break, found by the engine's jump to "\n" (a pattern led by
    # "^" is tried at every character); a match ends with a letter, so the next starts
    # after a break at or past its end either way
    _START_AFTER_BREAK = re.compile(r"\n[ \t>*]*Điều\s+\d+[a-z]?\.\s+\S")
    _END = re.compile(r"(?m)^[ \t]*(?:#|\*\*|(?:Như\s+vậy|Tóm\s+lại|Do\s+đó|Vì\s+vậy|Trên\s+đây)(?!\w))")
    _QUOTED = re.compile(
        # ("Bên cạnh đó, tại khoản 6 Điều 10 Nghị quyết 198/2025/QH15 quy định như sau:", "… được
        # nêu tại Thông báo 9441/TB-BNV năm 2025, cụ thể như sau:")
        r"(?m)^[^\n]*?(?<!\w)(?:(?:quy\s+định|nêu)\s+tại|[Tt]ại|[Tt]heo|[Cc]ăn\s+cứ)(?!\w)[^\n]{0,120}?" + _NATIONAL_DOC
        + r"[^\n]{0,200}?như\s+sau\s*:[ \t*]*$"
    )
    _QUOTED_END = re.compile(
        r"(?m)^[ \t]*(?:#|\*\*[^\n]*\?[ \t*]*$|(?:Như\s+vậy|Tóm\s+lại|Do\s+đó|Vì\s+vậy|Trên\s+đây)(?!\w))"
    )

    # a quoting line ends with "như sau:": look only at those lines (the lazy scan of every
    # line from its start cost ~2 % of a document's time)
    _AS_FOLLOWS_END = re.compile(r"như\s+sau\s*:[ \t*]*$", re.M)

    @classmethod
    def _quoted(cls, text: str) -> Iterator[re.Match]:
        last_line = -1
        for m in cls._AS_FOLLOWS_END.finditer(text):
            line = text.rfind("\n", 0, m.start()) + 1
            if line == last_line:
                continue
            last_line = line
            q = cls._QUOTED.match(text, line)
            if q is not None:
                yield q

    @classmethod
    def _starts(cls, text: str) -> list[tuple[int, int]]:
        """The spans of ``_START.finditer(text)``."""
        first = cls._START.match(text)  # the first line has no break before it
        out = [first.span()] if first is not None else []
        out += [(m.start() + 1, m.end()) for m in cls._START_AFTER_BREAK.finditer(text, out[0][1] if out else 0)]
        return out

    def __init__(self, text: str):
        found = [(start, self._END, end) for start, end in self._starts(text)]
        found += [(m.end(), self._QUOTED_END, m.end()) for m in self._quoted(text)]
        self.spans: list[tuple[int, int]] = []
        for start, end_pattern, after in sorted(found, key=lambda f: f[0]):
            if self.spans and start < self.spans[-1][1]:
                continue
            e = end_pattern.search(text, after)
            self.spans.append((start, e.start() if e else len(text)))

    def inside(self, pos: int) -> bool:
        i = bisect.bisect_right(self.spans, (pos, 1 << 62)) - 1
        return i >= 0 and self.spans[i][0] <= pos < self.spans[i][1]


# "kế hoạch … của TP HCM được Thủ tướng Chính phủ giao là …", "đạt 127% mức vốn Thủ tướng
# giao": a central body that only acts on the figure (the agent of a passive, or of a clause
# inside a noun phrase) is not what it is about.
_AGENT_BEFORE = re.compile(r"(?<!\w)(?:được|do|bị)\s+$", re.I)
_NOUN_BEFORE = re.compile(r"(?<![\w.])[a-zà-ỹđ]+\s+$")
_ACTS_AFTER = re.compile(r"\s+(?:giao|phân\s+bổ|phê\s+duyệt|cho\s+phép|quyết\s+định|ban\s+hành|chấp\s+thuận)(?!\w)")


_SPEAKS_AFTER = re.compile(r"[ \t]+(?:cũng[ \t]+)?(?:cho\s+biết|cho\s+hay|thông\s+tin|trả\s+lời|nhấn\s+mạnh|khẳng\s+định)(?!\w)")


_DISTRICT_MIN = 3  # mentions for a district to be the article's when another is named too
_META_LINE = re.compile(r"\s*(?:nguồn|ngày|source|date|tác\s+giả|ảnh)\s*:", re.I)
_LEAD_WORDS = 8


def _lead_line(text: str, start: int, end: int) -> re.Match | None:
    """The article's lead: its first line of prose after the title (not a "Nguồn:" or
    "Ngày:" line, not a short caption)."""
    for m in _LINE.finditer(text, start, end):
        line = m.group()
        if _META_LINE.match(line) or len(line.split()) < _LEAD_WORDS:
            continue
        return m
    return None


def _agent_only(text: str, p: Place) -> bool:
    if _AGENT_BEFORE.search(text, max(0, p.start - 8), p.start):
        return True
    return bool(_ACTS_AFTER.match(text, p.end) and _NOUN_BEFORE.search(text, max(0, p.start - 20), p.start))


# A claim about the whole province, whatever district the article is about.
_WHOLE_PROVINCE = re.compile(r"(?<!\w)(?:toàn|cả)\s+(?:tỉnh|thành\s+phố)(?!\w)|(?<!\w)trên\s+địa\s+bàn\s+(?:tỉnh|thành\s+phố)(?!\s+\w+\s+(?:huyện|quận))", re.I)
