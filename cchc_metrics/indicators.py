"""What a figure measures: a small taxonomy of reform indicators, kept as data.

>>> from cchc_metrics.records import Metric
>>> indicator_of(Metric("percent", 0, 5, value=93.6, unit="%", subject="Tỉ lệ hồ sơ nộp trực tuyến"))
'online_application_share'
>>> subject_key("Tổng số  Thứ trưởng,")
'thứ trưởng'

The built-in indicators live in ``lexicon/data/indicators.json``; users add or override
entries with a file of the same shape (``load_taxonomy(path)``, ``--taxonomy FILE``).
docs/indicators.md describes the format and how matching works. Importing this module
compiles nothing: the taxonomy is read and compiled on first use, once.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import re
import unicodedata
from pathlib import Path
from typing import Any, Iterable

import attrs

from .records import KINDS, Metric

__all__ = ["Indicator", "IndicatorMatch", "Taxonomy", "load_taxonomy", "indicator_of", "match_indicator",
           "subject_key", "fold", "taxonomy_from_entries", "SENTENCE_WINDOW", "WEAK_SUBJECTS"]

DATA = Path(__file__).parent / "lexicon" / "data" / "indicators.json"

#: How far (characters) from the number a keyword of its sentence may stand when the
#: figure names no subject: "Chỉ số PAR INDEX 2023 của tỉnh Quảng Ninh đạt 91,5 điểm,
#: xếp thứ 1/63" puts the rank 57 characters after its index; a sentence's other clauses
#: usually lie further away.
SENTENCE_WINDOW = 120

# Spelling variants folded before any comparison. Each pair keeps the length of the text,
# so offsets found in a folded sentence still point into the original one.
# "tỉ" is the older spelling of "tỷ" (tỉ lệ, tỉ đồng); old-style tone placement on the
# diphthongs oa, oe, uy ("hoá", "thuỷ") is folded to the new style ("hóa", "thủy").
_VARIANTS = {
    "tỉ": "tỷ",
    "oá": "óa", "oà": "òa", "oả": "ỏa", "oã": "õa", "oạ": "ọa",
    "oé": "óe", "oè": "òe", "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe",
    "uý": "úy", "uỳ": "ùy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy",
}
# Only a pair that ends its syllable differs between the styles ("hoàn" is written so in
# both), and after "q" the "u" belongs to the consonant ("quý" in both).
_VARIANT_RE = re.compile(r"(?<!\w)tỉ(?!\w)|(?<!q)o[áàảãạéèẻẽẹ](?!\w)|(?<!q)u[ýỳỷỹỵ](?!\w)")

#: Subjects that measure without naming what is measured ("đạt 29,39% kế hoạch", "tỷ lệ
#: 40%"): a figure with one of them takes its indicator from its sentence, as one
#: without a subject does (its subject key stays as it is).
WEAK_SUBJECTS = frozenset({"kế hoạch", "tỷ lệ", "mức", "con số", "chỉ tiêu", "kết quả", "điểm", "lượt", "người"})

_PUNCT_RE = re.compile(r"[^\w\s]+|_")
_SPACE_RE = re.compile(r"\s+")
# Leading words that only say "the number of" or mark a plural ("tổng số thứ trưởng",
# "số hồ sơ", "các tỉnh"): folded away so the same thing gets the same key. "số" stays when
# it starts a word of its own ("số hóa", "số liệu", "số hiệu", "số phận", "số đông").
_LEADING_RE = re.compile(
    r"^(?:(?:tổng số lượng|tổng số|số lượng|các|những|số(?! (?:hóa|liệu|hiệu|học|phận|đông|ít|nhiều)(?!\w)))\s+)+"
)


def _fold_variant(match: re.Match) -> str:
    return _VARIANTS.get(match.group(0), match.group(0))


def fold(text: str) -> str:
    """Lower case, NFC, and the spelling variants above folded (length kept for NFC input)."""
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    text = unicodedata.normalize("NFC", text).lower()
    return _VARIANT_RE.sub(_fold_variant, text)


def subject_key(subject: str | None) -> str:
    """The normalised key of a subject: folded (:func:`fold`), punctuation turned into
    spaces, white space collapsed, and a leading "tổng số", "số lượng", "số", "các",
    "những" dropped ("Tổng số thứ trưởng" → "thứ trưởng"). ``None`` gives ``""``."""
    if subject is None:
        return ""
    if not isinstance(subject, str):
        raise TypeError(f"subject must be str or None, not {type(subject).__name__}")
    key = _SPACE_RE.sub(" ", _PUNCT_RE.sub(" ", fold(subject))).strip()
    stripped = _LEADING_RE.sub("", key)
    return stripped or key  # a subject that is only "số" keeps it


@attrs.frozen(slots=True)
class Indicator:
    """One indicator of the taxonomy (see docs/indicators.md for the fields)."""

    id: str
    label_vi: str
    label_en: str
    kinds: frozenset[str]
    unit: str | None
    patterns: tuple[re.Pattern, ...]
    context: tuple[re.Pattern, ...] = ()
    exclude: tuple[re.Pattern, ...] = ()
    # words near the number that say the figure belongs to something else, whatever its
    # subject ("TAND khu vực 6 … gồm 07 xã": a court's communes, no province's count)
    veto: tuple[re.Pattern, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The entry as the JSON file writes it (patterns folded, without the word bounds)."""
        return {"id": self.id, "label_vi": self.label_vi, "label_en": self.label_en,
                "kinds": sorted(self.kinds), "unit": self.unit,
                "patterns": [_source(p) for p in self.patterns],
                "context": [_source(p) for p in self.context],
                "exclude": [_source(p) for p in self.exclude],
                "veto": [_source(p) for p in self.veto]}


@attrs.frozen(slots=True)
class IndicatorMatch:
    """Why a figure got its indicator: the words that matched, where (``subject`` or
    ``sentence``), and the pattern."""

    indicator: str
    target: str
    text: str
    pattern: str


@attrs.frozen(slots=True)
class Taxonomy:
    """An ordered tuple of indicators (the first that matches wins), the files it was read
    from, and a fingerprint of its content (the SQLite store records it)."""

    indicators: tuple[Indicator, ...]
    sources: tuple[str, ...] = ()
    fingerprint: str = ""

    def get(self, indicator_id: str) -> Indicator | None:
        for ind in self.indicators:
            if ind.id == indicator_id:
                return ind
        return None

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(ind.id for ind in self.indicators)


_BOUND_OPEN, _BOUND_CLOSE = r"(?<!\w)(?:", r")(?!\w)"


def _source(pattern: re.Pattern) -> str:
    """The pattern as written in the file (folded), without the word bounds _compile adds."""
    return pattern.pattern[len(_BOUND_OPEN):-len(_BOUND_CLOSE)]


def _compile(patterns: Any, where: str) -> tuple[re.Pattern, ...]:
    if patterns is None:
        return ()
    if isinstance(patterns, str) or not isinstance(patterns, list):
        raise ValueError(f"{where} must be a list of regular expressions")
    out = []
    for pat in patterns:
        if not isinstance(pat, str) or not pat.strip():
            raise ValueError(f"{where}: every pattern must be a non-empty string, got {pat!r}")
        try:
            # Whole words only: "pci" must not match inside "pcie"; patterns are folded so
            # that users may write "Tỉ lệ" or "hoá" as they like.
            out.append(re.compile(_BOUND_OPEN + fold(pat) + _BOUND_CLOSE))
        except re.error as exc:
            raise ValueError(f"{where}: bad regular expression {pat!r}: {exc}") from None
    return tuple(out)


def _indicator(entry: Any, where: str) -> Indicator:
    if not isinstance(entry, dict):
        raise ValueError(f"{where}: an indicator must be a JSON object")
    ident = entry.get("id")
    if not isinstance(ident, str) or not re.fullmatch(r"[a-z0-9_]+", ident):
        raise ValueError(f"{where}: 'id' must be lower-case letters, digits and '_', got {ident!r}")
    kinds = entry.get("kinds")
    if not isinstance(kinds, list) or not kinds or any(k not in KINDS for k in kinds):
        raise ValueError(f"{where} ({ident}): 'kinds' must be a non-empty list of {KINDS}")
    patterns = _compile(entry.get("patterns"), f"{where} ({ident}) patterns")
    if not patterns:
        raise ValueError(f"{where} ({ident}): 'patterns' must not be empty")
    return Indicator(
        id=ident,
        label_vi=str(entry.get("label_vi") or ident),
        label_en=str(entry.get("label_en") or entry.get("label_vi") or ident),
        kinds=frozenset(kinds),
        unit=entry.get("unit"),
        patterns=patterns,
        context=_compile(entry.get("context"), f"{where} ({ident}) context"),
        exclude=_compile(entry.get("exclude"), f"{where} ({ident}) exclude"),
        veto=_compile(entry.get("veto"), f"{where} ({ident}) veto"),
    )


def _read(path: str | os.PathLike) -> list[Any]:
    if isinstance(path, (bytes, bytearray)):
        raise TypeError("the taxonomy path must be a str or os.PathLike, not bytes")
    if not isinstance(path, (str, os.PathLike)):
        raise TypeError(f"the taxonomy path must be a str or os.PathLike, not {type(path).__name__}")
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"no taxonomy file {path}")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValueError(f"{path}: not a JSON taxonomy ({exc})") from None
    if not isinstance(data, dict) or not isinstance(data.get("indicators"), list):
        raise ValueError(f"{path}: expected an object with an 'indicators' list")
    if data.get("format_version", 1) != 1:
        raise ValueError(f"{path}: unknown format_version {data.get('format_version')!r} (this library reads 1)")
    return data["indicators"]


def _merge(base: list[Any], extra: list[Any]) -> list[Any]:
    """The user's entries first (they win a tie), then the built-in ones they neither
    replace (same id) nor disable (``{"id": …, "disabled": true}``)."""
    own = [e for e in extra if isinstance(e, dict) and not e.get("disabled")]
    taken = {e.get("id") for e in extra if isinstance(e, dict)}
    return own + [e for e in base if e.get("id") not in taken]


@functools.lru_cache(maxsize=1)
def _builtin() -> Taxonomy:
    return _build(_read(DATA), (str(DATA),))


def _build(entries: list[Any], sources: tuple[str, ...]) -> Taxonomy:
    indicators = tuple(_indicator(e, f"indicator #{i + 1}") for i, e in enumerate(entries))
    seen: set[str] = set()
    for ind in indicators:
        if ind.id in seen:
            raise ValueError(f"indicator id {ind.id!r} appears twice")
        seen.add(ind.id)
    canonical = json.dumps([ind.to_dict() for ind in indicators], ensure_ascii=False, sort_keys=True)
    return Taxonomy(indicators, sources, hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:16])


def taxonomy_from_entries(entries: list[dict[str, Any]], sources: tuple[str, ...] = ()) -> Taxonomy:
    """A taxonomy from entries already read (``[ind.to_dict() for ind in t.indicators]``
    gives them back: the SQLite store keeps the taxonomy it was built with this way)."""
    if not isinstance(entries, list):
        raise TypeError(f"entries must be a list of indicator dicts, not {type(entries).__name__}")
    return _build(entries, sources)


def load_taxonomy(extra_path: str | os.PathLike | None = None) -> Taxonomy:
    """The built-in taxonomy, extended or overridden by ``extra_path`` (a JSON file of the
    same shape: entries with a new id are added, an entry with a built-in id replaces it,
    ``{"id": "...", "disabled": true}`` removes it; the file's entries are tried first).

    Raises ``FileNotFoundError`` for a missing file and ``ValueError`` for a malformed one.
    """
    if extra_path is None:
        return _builtin()
    extra = _read(extra_path)
    base = _read(DATA)
    return _build(_merge(base, extra), (str(DATA), os.fspath(extra_path)))


def resolve_taxonomy(taxonomy: Taxonomy | str | os.PathLike | None) -> Taxonomy:
    """``taxonomy`` as given, the built-in one for ``None``, or :func:`load_taxonomy` of the
    path of a user file (what the functions that take ``taxonomy=`` accept)."""
    return taxonomy if isinstance(taxonomy, Taxonomy) else load_taxonomy(taxonomy)


def _near(pattern: re.Pattern, text: str, lo: int, hi: int) -> tuple[int, re.Match] | None:
    """The match of ``pattern`` in ``text`` nearest to ``[lo, hi)`` within the window,
    with its distance (0 when it overlaps)."""
    best = None
    start = max(0, lo - SENTENCE_WINDOW)
    for m in pattern.finditer(text, start, min(len(text), hi + SENTENCE_WINDOW)):
        dist = max(0, lo - m.end(), m.start() - hi)
        if best is None or dist < best[0]:
            best = (dist, m)
    return best


def _span_in(metric: Metric, sentence: str) -> tuple[int, int]:
    """Where the metric lies in its sentence: from its offsets when the sentence is the
    one they describe, else by finding its text; the whole sentence as a last resort."""
    if metric.sentence is not None:
        lo = metric.start - metric.sentence[0]
        hi = metric.end - metric.sentence[0]
        if 0 <= lo <= hi <= len(sentence) and (not metric.text or sentence[lo:hi] == metric.text):
            return lo, hi
    if metric.text:
        i = sentence.find(metric.text)
        if i >= 0:
            return i, i + len(metric.text)
    return 0, len(sentence)


def _check_metric(metric: Any) -> Metric:
    if not isinstance(metric, Metric):
        raise TypeError(f"expected a Metric, not {type(metric).__name__}")
    return metric


def match_indicator(metric: Metric, sentence_text: str | None = None,
                    taxonomy: Taxonomy | None = None) -> IndicatorMatch | None:
    """The indicator of ``metric`` with the evidence for it, or ``None``.

    The metric's kind must be one the indicator allows. When the metric names a subject
    (other than one of :data:`WEAK_SUBJECTS`),
    the indicator's ``patterns`` are matched against :func:`subject_key` of it; else against
    ``sentence_text`` (the metric's sentence), the match nearest the number within
    :data:`SENTENCE_WINDOW` characters. ``context`` patterns, when an indicator has them,
    must also occur in the subject or near the number in the sentence; ``exclude``
    patterns veto it when they occur where the pattern matched (the subject, or near the
    number in the sentence).
    """
    metric = _check_metric(metric)
    if sentence_text is not None and not isinstance(sentence_text, str):
        raise TypeError(f"sentence_text must be str or None, not {type(sentence_text).__name__}")
    taxonomy = taxonomy if taxonomy is not None else _builtin()
    key = subject_key(metric.subject)
    if key in WEAK_SUBJECTS:
        key = ""  # it names no thing: read the sentence instead
    sentence = fold(sentence_text) if sentence_text else ""
    lo, hi = _span_in(metric, sentence_text) if sentence_text else (0, 0)
    found = (_find(ind, key, sentence, lo, hi) for ind in taxonomy.indicators if metric.kind in ind.kinds)
    if key:
        return next((f[1] for f in found if f is not None), None)  # a subject: the first in order
    # a sentence: the indicator named nearest the number (ties: the first in order)
    best = min(((f[0], n, f[1]) for n, f in enumerate(found) if f is not None), default=None,
               key=lambda t: t[:2])
    return best[2] if best is not None else None


def _find(ind: Indicator, key: str, sentence: str, lo: int, hi: int):
    """``(distance, IndicatorMatch)`` of one indicator (distance 0 for a subject), or None."""
    distance = 0
    if key:
        hit = next((h for h in (p.search(key) for p in ind.patterns) if h), None)
        target, text = "subject", key
    elif sentence:
        near = [n for n in (_near(p, sentence, lo, hi) for p in ind.patterns) if n is not None]
        distance, hit = min(near, key=lambda n: n[0]) if near else (0, None)
        target, text = "sentence", sentence
    else:
        return None
    if hit is None:
        return None
    # exclude looks where the pattern matched (a subject's own words veto, not a
    # neighbouring clause); context may stand in the subject or near the number
    if ind.exclude and _anywhere(ind.exclude, key, "" if key else sentence, lo, hi):
        return None
    if ind.context and not _anywhere(ind.context, key, sentence, lo, hi):
        return None
    if ind.veto and sentence and _anywhere(ind.veto, "", sentence, lo, hi):
        return None
    return distance, IndicatorMatch(ind.id, target, text[hit.start():hit.end()], _source(hit.re))


def _anywhere(patterns: Iterable[re.Pattern], key: str, sentence: str, lo: int, hi: int) -> bool:
    """A pattern in the subject, or near the number in the sentence."""
    for p in patterns:
        if key and p.search(key):
            return True
        if sentence and _near(p, sentence, lo, hi) is not None:
            return True
    return False


def indicator_of(metric: Metric, sentence_text: str | None = None,
                 taxonomy: Taxonomy | None = None) -> str | None:
    """The id of the indicator ``metric`` reports, or ``None`` (see :func:`match_indicator`)."""
    found = match_indicator(metric, sentence_text, taxonomy)
    return found.indicator if found is not None else None
