"""The gazetteer: provinces, districts and communes, how the press names them, and what
became of them on 1 July 2025 (the facts; finding their mentions in a text is
:mod:`.places`'s job, deciding which one a claim is about :mod:`.localities`'s).

Engine only: the facts come from ``lexicon/data/places.json`` and ``communes.json``
(generated once from underthesea's administrative data by ``scripts/build_gazetteer.py``)
and from ``lexicon/place_aliases.py`` (how the press names places). Nothing here imports
underthesea. Each table is built on first use, once, even when threads race for it.
"""

from __future__ import annotations

import datetime as _dt
import json
import re
import threading
import unicodedata
from importlib import resources
from typing import Iterable

from ..lexicon import place_aliases as A
from ..lexicon.outlets import OUTLET_PROVINCES
from ..text.scan import fast_finditer, trie_regex

NATIONAL = "national"


class _Gazetteer:
    def __init__(self) -> None:
        raw = json.loads(
            resources.files("cchc_metrics.lexicon").joinpath("data/places.json").read_text("utf-8")
        )
        self.p2025: dict[str, str] = {}
        self.district_types: dict[tuple[str, str], str] = {}
        by_district: dict[str, list[tuple[str, str]]] = {}
        names: dict[str, tuple[str | None, list[tuple[str, str]]]] = {}

        def add(surface: str, province: str | None, district: tuple[str, str] | None) -> None:
            prov, dists = names.get(surface, (None, []))
            if province is not None:
                prov = province
            if district is not None and district not in dists:
                dists = dists + [district]
            names[surface] = (prov, dists)

        for short, new, dists in raw["provinces"]:
            self.p2025[short] = new
            for form in A.spelling_variants(short):
                add(form, short, None)
                add(form.upper(), short, None)
            for dname, dtype in dists.items():
                self.district_types[(short, dname)] = dtype
                by_district.setdefault(dname, []).append((short, dname))
                for form in A.spelling_variants(dname):
                    add(form, None, (short, dname))
        for alias, prov in A.PROVINCE_ALIASES.items():
            if prov not in self.p2025:  # a user's alias (lexicon/user.py) must name a known province
                raise ValueError(f"province alias {alias!r} names {prov!r}, which is no province "
                                 f"(use a name as before 1 July 2025, e.g. 'Gia Lai')")
            for form in A.spelling_variants(alias):
                add(form, prov, None)
        self.names = names
        self.folded: list[tuple[str, str]] | None = None
        self.by_district = by_district
        self.regions = dict(A.REGIONS)
        national = sorted(set(A.NATIONAL_MARKERS) | set(A.CENTRAL_BODIES), key=len, reverse=True)

        def alt(items: Iterable[str]) -> str:
            return trie_regex(items)

        prefixes = sorted(set(A.PROVINCE_PREFIXES) | set(A.DISTRICT_PREFIXES), key=len, reverse=True)
        pre = "|".join(re.escape(p) for p in prefixes)
        # numbered districts ("Quận 1") only after their prefix: a bare digit is no place,
        # and leaving digits out of the first characters keeps the scan off every number
        words = [n for n in names if not n[:1].isdigit()]
        numbered = [n for n in names if n[:1].isdigit()]
        self.regex = re.compile(
            rf"(?<![\w.])(?:(?P<pre>(?i:{pre}))[ \t]*)?(?P<name>{alt(words)})(?![\w])"
            rf"|(?<![\w.])(?P<npre>(?i:{pre}))[ \t]*(?P<num>{alt(numbered)})(?![\w])"
            rf"|(?<!\w)(?P<reg>{alt(self.regions)})(?!\w)"
            rf"|(?<!\w)(?P<rega>{alt(A.REGION_ANAPHORS)})(?!\w)"
            rf"|(?<!\w)(?P<abroad>{alt(A.FOREIGN_MARKERS)})(?!\w)"
            rf"|(?<!\w)(?P<nat>{alt(national)}|Bộ (?!Chỉ số|Tiêu chí|Luật|Quy tắc)[A-ZĐ]\w*)(?!\w)"
        )
        # the same matches as regex.finditer, skipping impossible start positions
        self.finditer = fast_finditer(self.regex)


def _built_once(factory):
    """A getter of ``factory()``, built on first use (from the data files) and once only,
    even when threads race for it."""
    built = None
    lock = threading.Lock()

    def get():
        nonlocal built
        if built is None:
            with lock:
                if built is None:
                    built = factory()
        return built

    return get


class _Communes:
    """Commune-level names from ``lexicon/data/communes.json`` (built with the gazetteer
    from underthesea's ward data): "xã|Lũng Cú" → its (province, district) pairs before 1 July
    2025; the ward names of the 2025 structure → their new provinces. Loaded on the first
    text that names a commune."""

    def __init__(self) -> None:
        raw = json.loads(
            resources.files("cchc_metrics.lexicon").joinpath("data/communes.json").read_text("utf-8")
        )
        self.old: dict[str, list[list[str]]] = raw["old"]
        self.new: dict[str, list[str]] = raw["new"]


_communes = _built_once(_Communes)


_gaz = _built_once(_Gazetteer)


def province_2025(province: str) -> str | None:
    """The province that ``province`` (a pre-1-July-2025 short name) belongs to since then."""
    if not province or province == NATIONAL:
        return None
    return _gaz().p2025.get(province)


def _fold(s: str) -> str:
    s = unicodedata.normalize("NFD", s.replace("đ", "d").replace("Đ", "D"))
    return re.sub(r"[^a-z]", "", "".join(c for c in s if not unicodedata.combining(c)).lower())


_HOST = re.compile(r"(?:https?://)?(?:www\.)?([\w.-]+\.[a-z]{2,})", re.I)


_OUTLET_NAME = re.compile(
    r"(?i:báo|đài|cổng|trang|tạp\s+chí)(?:\s+(?i:điện\s+tử|thông\s+tin(?:\s+điện\s+tử)?|ttđt|phát\s+thanh"
    r"(?:\s*[-–]\s*|\s+và\s+)?truyền\s+hình|pt-th))?(?:\s+(?i:tỉnh|thành\s+phố|tp\.?))?\s+(?P<name>[^\n,;()]{2,40})"
)


def outlet_province(outlet: str | None) -> str | None:
    """The province whose own paper or portal ``outlet`` is ("baodongnai.com.vn",
    "stttt.quangngai.gov.vn", "Hanoimoi.com.vn", "Báo Cà Mau", "Báo Ấp Bắc"): its host or
    its name names the province (lexicon/outlets.py for papers named otherwise)."""
    if not outlet:
        return None
    low = outlet.lower()
    for name, prov in OUTLET_PROVINCES.items():
        if name in low:
            return prov
    named = _OUTLET_NAME.search(outlet)
    if named:
        head = named.group("name").strip()
        g = _gaz()
        for n in range(min(4, len(head.split())), 0, -1):
            cand = " ".join(head.split()[:n])
            prov, _ = g.names.get(cand, (None, None))
            if prov:
                return prov
    m = _HOST.search(outlet)
    labels = re.split(r"[.-]", m.group(1).lower()) if m else []
    # a copy's path may carry the paper's name: "YangKlee/BinhDinhNews app/…"
    labels += [w for w in re.split(r"[/\s_.-]+", outlet.lower()) if len(w) >= 8 and w.isascii()]
    if not labels:
        return None
    g = _gaz()
    if g.folded is None:
        g.folded = sorted(((_fold(p), p) for p in g.p2025), key=lambda x: -len(x[0]))
    for label in labels:
        for f, prov in g.folded:
            if label == f or (len(f) >= 5 and (label.startswith(f) or label == "bao" + f)):
                return prov
    return None


def name_at(province: str | None, published: _dt.date | None) -> str | None:
    """The province's name on the publication date ("Thừa Thiên Huế" is "Huế" from 2025)."""
    renamed = A.RENAMED.get(province) if province else None
    if renamed and published is not None and published.isoformat() >= renamed[0]:
        return renamed[1]
    return province
