"""One figure once: the mentions of the same claim within one document, grouped.

A bulletin states a result in its table of contents, in the article's title and in its
body; each is a :class:`~cchc_metrics.records.Metric` with its own offsets. Grouped, they
are one :class:`Claim` with three mentions:

>>> from cchc_metrics.records import Extraction, Metric
>>> ms = [Metric("rank", 10, 20, text="xếp thứ 4/63", value=4, denominator=63, locality="Hải Dương"),
...       Metric("rank", 90, 100, text="xếp thứ 4/63", value=4, denominator=63, locality="Hải Dương",
...              period="2023")]
>>> [c.claim_id for c in group_claims(Extraction(metrics=ms), doc_id="b1")]
['b1#c1']

Two mentions are the same claim when they agree on what the figure is — kind, value,
value_max, denominator, unit, per, date and relation (deadlines), status — and on what it
measures: the indicator (:func:`cchc_metrics.indicators.indicator_of`) or, outside the
taxonomy, the subject key. Their context — locality, period, as_of — must agree too, but a
mention that leaves some of it unsaid (a contents line that names no period) joins the one
claim of the document that agrees with all it does say; when two claims would fit, it
stays on its own rather than guess. The rules are written out in docs/indicators.md.
"""

from __future__ import annotations

import re
from typing import Any, Iterable

import attrs

from .indicators import Taxonomy, indicator_of, subject_key
from .records import Extraction, Metric

__all__ = ["Claim", "group_claims", "metric_claim_ids", "claim_rows", "CLAIM_COLUMNS"]

# The fields a claim's identity is made of (besides indicator / subject key); the
# context fields may be missing on one side (see the module docstring).
_CORE = ("kind", "value", "value_max", "denominator", "unit", "per", "date", "relation")
_CONTEXT = ("locality", "district", "region", "period", "as_of")
# A subject of one word outside the taxonomy ("người", "đội", "tỉnh", "ký") names too little
# for two mentions of it to be one claim: "1.000 người" of three scoring rules, "4 đội" of
# two units (a blind check of 50 merged cells found such merges wrong).
_SPECIFIC_WORDS = 2


def _pairs(value: Iterable[Any]) -> tuple[tuple[int, int], ...]:
    return tuple((int(a), int(b)) for a, b in value)


def _maybe_pairs(value: Iterable[Any]) -> tuple[tuple[int, int] | None, ...]:
    return tuple(None if v is None else (int(v[0]), int(v[1])) for v in value)


@attrs.frozen(slots=True)
class Claim:
    """One figure of one document with all its mentions (offsets into that document).

    ``claim_id`` is ``"<doc_id>#c<index>"``, ``index`` counting claims from 1 in the order
    of their first mention. ``indicator`` is a taxonomy id or ``None``; ``subject_key`` the
    normalised subject ("" when none); ``subject`` the first subject as written; ``status``
    and ``qualifier`` are never ``None`` ("actual", "exact" by default). ``mentions``,
    ``texts``, ``sentences`` and ``metric_indices`` run in parallel, in text order.
    """

    claim_id: str
    doc_id: str | None
    index: int
    kind: str
    value: float | int | None
    value_max: float | int | None
    denominator: float | int | None
    unit: str | None
    per: str | None
    date: str | None
    relation: str | None
    indicator: str | None
    subject_key: str
    subject: str | None
    locality: str | None
    period: str | None
    as_of: str | None
    status: str
    qualifier: str
    mentions: tuple[tuple[int, int], ...] = attrs.field(converter=_pairs)
    texts: tuple[str, ...] = attrs.field(converter=tuple)
    sentences: tuple[tuple[int, int] | None, ...] = attrs.field(converter=_maybe_pairs)
    metric_indices: tuple[int, ...] = attrs.field(converter=tuple)
    district: str | None = None  # the district the mentions name, when they name one
    region: str | None = None  # the region they are about ("5 tỉnh" of Bắc Trung Bộ, of ĐBSCL)

    @property
    def key(self) -> str:
        """What the claim measures: its indicator id, else its subject key."""
        return self.indicator or self.subject_key

    def to_dict(self) -> dict[str, Any]:
        out = attrs.asdict(self, recurse=False)
        for name in ("mentions", "sentences"):
            out[name] = [list(p) if p is not None else None for p in out[name]]
        out["texts"] = list(self.texts)
        out["metric_indices"] = list(self.metric_indices)
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Claim":
        names = {f.name for f in attrs.fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in names})


@attrs.define(slots=True, eq=False)
class _Group:
    core: tuple
    context: tuple
    members: list  # metric indices, mutable while grouping


def _sentence_text(text: str | None, metric: Metric) -> str | None:
    if text is None or metric.sentence is None:
        return None
    a, b = metric.sentence
    return text[a:b] if 0 <= a <= b <= len(text) else None


def _keys(extraction: Extraction, text: str | None, taxonomy: Taxonomy | None):
    """Per metric: (indicator, subject key, core, context)."""
    out = []
    for m in extraction.metrics:
        indicator = indicator_of(m, _sentence_text(text, m), taxonomy)
        skey = subject_key(m.subject)
        if indicator:
            topic = ("indicator", indicator)
        elif m.kind == "deadline" or not skey or len(skey.split()) >= _SPECIFIC_WORDS:  # a due date is its date
            topic = ("subject", skey)
        else:
            topic = ("mention", len(out))  # its own claim
        core = tuple(getattr(m, f) for f in _CORE) + (m.status or "actual", topic)
        out.append((indicator, skey, core, tuple(getattr(m, f) for f in _CONTEXT)))
    return out


def _fits(partial: tuple, fuller: tuple) -> bool:
    """``fuller`` says all that ``partial`` says, and more."""
    agrees = all(p is None or p == f for p, f in zip(partial, fuller))
    return agrees and sum(f is not None for f in fuller) > sum(p is not None for p in partial)


def _merge_partial(groups: list[_Group]) -> list[_Group]:
    """Fold each group with missing context into the one fuller group of the same core.

    The groups that say most are settled first, so a chain (no place, no period → place,
    no period → place and period) ends in the fullest group."""
    alive = list(groups)
    order = sorted((g for g in groups if None in g.context),
                   key=lambda g: -sum(v is not None for v in g.context))
    for g in order:
        targets = [t for t in alive if t is not g and t.core == g.core and _fits(g.context, t.context)]
        if len(targets) == 1:
            targets[0].members.extend(g.members)
            alive.remove(g)
    return alive


# Two mentions of one value and subject in one article are one claim when one restates the
# other: a title, heading, caption or contents line (a short line) summing up the body, or
# sentences that say nearly the same. Elsewhere a shared number is a coincidence of a list
# ("4 tổ" of two departments, "5 tỉnh" of two regions, "1.000 người" of three rules).
_SHORT_LINE_WORDS = 30
_SAME_SENTENCE = 0.9  # Jaccard overlap of the two sentences' words (points of a law, two ministries, "giảm nhẹ"/"tăng nặng" differ by a few)
_HEADING_SHARE = 0.6  # share of a heading's words that the body sentence holds
_ENUM_LEAD = re.compile(r"[\s*#>]*(?:\d{1,2}|[ivx]{1,4})[.)]\s+", re.I)
_WORD = re.compile(r"[^\W_]+")
_HEADING_LINE = re.compile(r"\s*(?:#{1,6}\s|\*\*|>>)")  # markdown heading, bold line, "Xem thêm >>"
_ITEM_LINE = re.compile(r"\s*(?:[-+•–]|\*(?!\*)|\(|[a-zđ]\)|\|)")  # an item of a list or a table row


def _words_numbers(text: str, span: tuple[int, int], figure: tuple[int, int]) -> tuple[set, set]:
    """The words of ``text[span]`` and its numbers other than the figure's own."""
    lo, hi = span
    chunk = text[lo:figure[0]] + " " + text[figure[1]:hi]
    words = set(_WORD.findall(chunk.lower()))
    return words, {w for w in words if w[:1].isdigit()}


def _view(m: Metric, text: str, first_line_end: int) -> tuple:
    """What a mention is compared by: its sentence, whether it stands on a title, heading or
    contents line, and the words and other numbers of that line or of its sentence."""
    ls = text.rfind("\n", 0, m.start) + 1
    le = text.find("\n", m.start)
    le = len(text) if le < 0 else le
    line = text[ls:le]
    heading = len(line.split()) <= _SHORT_LINE_WORDS and (
        m.start < first_line_end or _HEADING_LINE.match(line) is not None
        or (not line.rstrip().endswith((".", ";", ":", ",")) and not _ITEM_LINE.match(line)))
    if heading:
        enum = _ENUM_LEAD.match(text, ls, le)  # "1.        Cả nước cấp …": a contents line's number
        span = (enum.end() if enum else ls, le)
    else:
        span = m.sentence or (ls, le)
    return (m.sentence, heading) + _words_numbers(text, span, (m.start, m.end))


def _restates(a: tuple, b: tuple) -> bool:
    """Does one mention (its :func:`_view`) say again what the other says? Not within one
    sentence (two figures of one value there are two claims: "trên 80% … và 80% …"). A
    title, heading or contents line restates a body sentence that holds most of its words
    and all its other numbers ("TAND khu vực 6 … 07 xã" is no restatement of "TAND khu vực
    9 … 07 xã"); two body sentences restate each other when they share nine tenths of
    their words and the same numbers (two points of a law that differ by a few words are two
    rules)."""
    (sa, ha, wa, na), (sb, hb, wb, nb) = a, b
    if sa is not None and sa == sb:
        return False
    if not wa or not wb:
        return False
    if ha or hb:
        (hw, hn), (ow, on) = ((wa, na), (wb, nb)) if ha else ((wb, nb), (wa, na))
        return hn <= on and len(hw & ow) >= _HEADING_SHARE * len(hw)
    # (not when what differs is a point's letter: "điểm a" and "điểm g" are two provisions)
    return na == nb and len(wa & wb) >= _SAME_SENTENCE * len(wa | wb) and not any(len(w) == 1 for w in wa ^ wb)


def _restatements(group: _Group, metrics, text: str) -> list[_Group]:
    """``group`` split into the sets of mentions that restate one another."""
    if len(group.members) < 2:
        return [group]
    first_line_end = text.find("\n")
    views = {i: _view(metrics[i], text, first_line_end) for i in group.members}
    parts: list[_Group] = []
    for i in sorted(group.members, key=lambda i: (metrics[i].start, i)):
        for part in parts:
            if any(_restates(views[j], views[i]) for j in part.members):
                part.members.append(i)
                break
        else:
            parts.append(_Group(group.core, group.context, [i]))
    return parts


def _check(extraction: Any, doc_id: Any, text: Any) -> None:
    if not isinstance(extraction, Extraction):
        raise TypeError(f"group_claims takes an Extraction (cchc_metrics.extract(text)), not {type(extraction).__name__}")
    if doc_id is not None and not isinstance(doc_id, str):
        raise TypeError(f"doc_id must be str or None, not {type(doc_id).__name__}")
    if text is not None and not isinstance(text, str):
        raise TypeError(f"text must be the document's str, not {type(text).__name__}")


def group_claims(extraction: Extraction, doc_id: str | None = None, *, text: str | None = None,
                 taxonomy: Taxonomy | None = None) -> list[Claim]:
    """The claims of one document, in the order of their first mention.

    ``doc_id`` names the document in claim ids (default: ``extraction.doc``, else "").
    ``text`` (the document as extracted) lets a figure without a subject take its
    indicator from its sentence ("xếp thứ 3 về PCI"); ``taxonomy`` defaults to the built-in
    one (:func:`cchc_metrics.indicators.load_taxonomy`).
    """
    _check(extraction, doc_id, text)
    doc = doc_id if doc_id is not None else extraction.doc
    metrics = extraction.metrics
    keys = _keys(extraction, text, taxonomy)
    exact: dict[tuple, _Group] = {}
    for i, (_, _, core, context) in enumerate(keys):
        exact.setdefault((core, context), _Group(core, context, [])).members.append(i)
    groups = _merge_partial(list(exact.values()))
    if text is not None:
        groups = [part for g in groups for part in _restatements(g, metrics, text)]
    for g in groups:
        g.members.sort(key=lambda i: (metrics[i].start, metrics[i].end, i))
    groups.sort(key=lambda g: (metrics[g.members[0]].start, g.members[0]))
    return [_claim(doc, n, g, metrics, keys) for n, g in enumerate(groups, 1)]


def _claim(doc: str | None, n: int, group: _Group, metrics: tuple[Metric, ...], keys) -> Claim:
    first = metrics[group.members[0]]
    members = [metrics[i] for i in group.members]
    indicator, skey = keys[group.members[0]][:2]
    return Claim(
        claim_id=f"{doc or ''}#c{n}", doc_id=doc, index=n,
        **{f: getattr(first, f) for f in _CORE},
        indicator=indicator, subject_key=skey,
        subject=next((m.subject for m in members if m.subject), None),
        # the fullest context of the group: the target of any partial merge
        **dict(zip(_CONTEXT, group.context)),
        status=first.status or "actual",
        qualifier=next((m.qualifier for m in members if m.qualifier), None) or "exact",
        mentions=[(m.start, m.end) for m in members],
        texts=[m.text for m in members],
        sentences=[m.sentence for m in members],
        metric_indices=group.members,
    )


def metric_claim_ids(claims: Iterable[Claim], n_metrics: int | None = None) -> list[str | None]:
    """For each metric of the extraction (by index), the id of its claim.

    ``n_metrics`` (``len(extraction.metrics)``) sizes the list; metrics in no claim get
    ``None`` (never the case for claims of :func:`group_claims`)."""
    claims = list(claims)
    if n_metrics is None:
        n_metrics = 1 + max((i for c in claims for i in c.metric_indices), default=-1)
    out: list[str | None] = [None] * n_metrics
    for c in claims:
        for i in c.metric_indices:
            out[i] = c.claim_id
    return out


#: Columns of :func:`claim_rows`: one row per claim, its mentions' offsets joined.
CLAIM_COLUMNS: tuple[str, ...] = (
    "claim_id", "doc", "kind", "value", "value_max", "denominator", "unit", "per", "date", "relation",
    "indicator", "subject_key", "subject", "locality", "period", "as_of", "status", "qualifier",
    "n_mentions", "mentions", "texts",
)


def claim_rows(claims: Iterable[Claim]) -> list[dict[str, Any]]:
    """One flat dict per claim (CSV ready: ``mentions`` is "start-end;start-end")."""
    rows = []
    for c in claims:
        rows.append({
            "claim_id": c.claim_id, "doc": c.doc_id, "kind": c.kind, "value": c.value,
            "value_max": c.value_max, "denominator": c.denominator, "unit": c.unit, "per": c.per,
            "date": c.date, "relation": c.relation, "indicator": c.indicator,
            "subject_key": c.subject_key or None, "subject": c.subject, "locality": c.locality,
            "period": c.period, "as_of": c.as_of, "status": c.status, "qualifier": c.qualifier,
            "n_mentions": len(c.mentions),
            "mentions": ";".join(f"{a}-{b}" for a, b in c.mentions),
            "texts": " | ".join(c.texts),
        })
    return rows
