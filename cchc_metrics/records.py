"""Typed records of what the library extracts.

The shapes follow the gold format (``shared/gold/FORMAT.md``, version 1): ``to_dict()``
writes it, ``from_dict()`` reads it back. This module imports nothing else of ours.
"""

from __future__ import annotations

from typing import Any, Iterable

import attrs

FORMAT_VERSION = 1

KINDS = ("percent", "count", "money", "fraction", "rank", "duration", "quantity", "deadline")
QUALIFIERS = ("exact", "over", "under", "approx", "nearly", "at_least", "at_most")
STATUSES = ("actual", "target", "projected")
PERS = ("day", "week", "month", "quarter", "year")
CHANGES = ("from", "to")
DIRECTIONS = ("increase", "decrease")
RELATIONS = ("before", "by", "in", "from")


def _tuple(value: Iterable[str] | None) -> tuple[str, ...]:
    return tuple(value) if value else ()


def _in(choices: tuple[str, ...], *, optional: bool = True):
    def check(_inst, attribute, value):
        if value is None and optional:
            return
        if value not in choices:
            raise ValueError(f"{attribute.name} must be one of {choices}, got {value!r}")

    return check


@attrs.frozen(slots=True)
class Cue:
    """The words a decision about a claim rests on: ``rule`` names the rule that used them
    (see docs/records.md), ``text`` and ``start``/``end`` are where they are in the caller's
    text (the words may stand in an earlier sentence or a heading)."""

    rule: str
    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"rule": self.rule, "text": self.text, "start": self.start, "end": self.end}

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> "Cue | None":
        return None if data is None else cls(**{k: data[k] for k in ("rule", "text", "start", "end")})


def _cue(value: Any) -> Cue | None:
    return Cue.from_dict(value) if isinstance(value, dict) else value


@attrs.frozen(slots=True, repr=False)
class Metric:
    """One quantified claim, with exact offsets into the caller's text.

    ``start``/``end`` are Python string indices into the text as the caller passed it.
    Optional attributes are ``None`` (or an empty tuple for ``refs``) when not written.
    """

    kind: str = attrs.field(validator=_in(KINDS, optional=False))
    start: int
    end: int
    text: str = ""
    value: float | int | None = None
    value_max: float | int | None = None
    unit: str | None = None
    denominator: float | int | None = None
    subject: str | None = None
    qualifier: str | None = attrs.field(default=None, validator=_in(QUALIFIERS))
    status: str | None = attrs.field(default=None, validator=_in(STATUSES))
    per: str | None = attrs.field(default=None, validator=_in(PERS))
    change: str | None = attrs.field(default=None, validator=_in(CHANGES))
    locality: str | None = None
    district: str | None = None
    province_2025: str | None = None
    region: str | None = None
    refs: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    date: str | None = None
    relation: str | None = attrs.field(default=None, validator=_in(RELATIONS))
    period: str | None = None
    as_of: str | None = None
    optional: bool = False
    sentence: tuple[int, int] | None = None
    article: int | None = None
    status_cue: Cue | None = attrs.field(default=None, converter=_cue)
    change_id: int | None = None  # both ends of one movement share it (per document)
    direction: str | None = attrs.field(default=None, validator=_in(DIRECTIONS))
    compared_to: str | None = None  # "cùng kỳ", "năm 2023", "kế hoạch": what a delta is against

    def __attrs_post_init__(self) -> None:
        if not (0 <= self.start <= self.end):
            raise ValueError(f"bad offsets {self.start}..{self.end}")

    # -- gold format ---------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        """The FORMAT.md metric entry (predictions carry start/end, not quote/nth)."""
        out: dict[str, Any] = {"kind": self.kind, "start": self.start, "end": self.end}
        if self.text:
            out["text"] = self.text
        for name in ("value", "value_max", "unit", "denominator", "subject"):
            val = getattr(self, name)
            if val is not None:
                out[name] = val
        if self.kind in ("fraction", "rank") and "denominator" not in out:
            out["denominator"] = None
        for name, default in (("qualifier", "exact"), ("status", "actual")):
            val = getattr(self, name)
            if val is not None and val != default:
                out[name] = val
        for name in ("per", "change"):
            val = getattr(self, name)
            if val is not None:
                out[name] = val
        out["locality"] = self.locality
        for name in ("district", "province_2025", "region"):
            val = getattr(self, name)
            if val is not None:
                out[name] = val
        if self.refs:
            out["refs"] = list(self.refs)
        for name in ("date", "relation", "period", "as_of"):
            val = getattr(self, name)
            if val is not None:
                out[name] = val
        if self.optional:
            out["optional"] = True
        if self.article is not None:
            out["article"] = self.article
        if self.status_cue is not None:
            out["status_cue"] = self.status_cue.to_dict()
        for name in ("change_id", "direction", "compared_to"):
            val = getattr(self, name)
            if val is not None:
                out[name] = val
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any], text: str | None = None) -> "Metric":
        """Read a FORMAT.md metric entry with ``start``/``end`` (a prediction).

        Gold entries locate themselves with ``quote``/``nth``; resolve those first with
        :func:`cchc_metrics.evaluation.locate` or pass ``text`` to do it here.
        """
        data = dict(data)
        if "start" not in data:
            if text is None or "quote" not in data:
                raise ValueError("entry has neither start/end nor quote (and text)")
            from .goldfile import locate

            start, end = locate(text, data["quote"], data.get("nth", 1))
            data["start"], data["end"] = start, end
            data.setdefault("text", data["quote"])
        fields = {f.name for f in attrs.fields(cls)}
        kwargs = {k: v for k, v in data.items() if k in fields}
        if kwargs.get("qualifier") == "exact":
            kwargs["qualifier"] = None
        if kwargs.get("status") == "actual":
            kwargs["status"] = None
        if kwargs.get("sentence") is not None:
            kwargs["sentence"] = tuple(kwargs["sentence"])
        return cls(**kwargs)

    def __repr__(self) -> str:
        bits = [self.kind, repr(self.text) if self.text else f"{self.start}:{self.end}"]
        if self.value is not None:
            val = f"{self.value:g}" if isinstance(self.value, float) else str(self.value)
            if self.value_max is not None:
                val += f"-{self.value_max:g}"
            if self.denominator is not None:
                val += f"/{self.denominator:g}"
            bits.append(val + (f" {self.unit}" if self.unit and self.unit != "%" else (self.unit or "")))
        if self.date:
            bits.append(f"{self.relation or ''} {self.date}".strip())
        for name in ("subject", "qualifier", "status", "per", "change", "locality", "district"):
            val = getattr(self, name)
            if val:
                bits.append(f"{name}={val!r}")
        return f"Metric({', '.join(bits)})"


@attrs.frozen(slots=True)
class LegalRef:
    """A mention of a legal document or programme ("Nghị định 63/2024/NĐ-CP")."""

    start: int
    end: int
    text: str
    doc_type: str
    number: str | None
    key: str
    year: int | None = None
    issuer: str | None = None
    issued: str | None = None
    refers_to: str | None = None  # key of the fuller mention a bare one points back to

    def to_dict(self) -> dict[str, Any]:
        out = {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "doc_type": self.doc_type,
            "number": self.number,
            "year": self.year,
            "issuer": self.issuer,
            "issued": self.issued,
            "key": self.key,
        }
        if self.refers_to:
            out["refers_to"] = self.refers_to
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any], text: str | None = None) -> "LegalRef":
        data = dict(data)
        if "start" not in data:
            if text is None or "quote" not in data:
                raise ValueError("entry has neither start/end nor quote (and text)")
            from .goldfile import locate

            data["start"], data["end"] = locate(text, data["quote"], data.get("nth", 1))
            data.setdefault("text", data["quote"])
        fields = {f.name for f in attrs.fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in fields})


@attrs.frozen(slots=True)
class Article:
    """A piece of a bulletin: its title, outlet and date line, and where it lies."""

    index: int
    start: int
    end: int
    title: str | None = None
    outlet: str | None = None
    date: str | None = None
    section: str | None = None
    locality: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return attrs.asdict(self)


@attrs.frozen(slots=True)
class Change:
    """One stated movement: its ``from`` ends and ``to`` ends (they share a ``change_id``),
    and ``delta`` = to − from when there is one end each of the same kind and unit."""

    change_id: int
    froms: tuple[Metric, ...]
    tos: tuple[Metric, ...]

    @property
    def delta(self) -> float | None:
        if len(self.froms) != 1 or len(self.tos) != 1:
            return None
        a, b = self.froms[0], self.tos[0]
        if a.value is None or b.value is None or (a.kind, a.unit) != (b.kind, b.unit):
            return None
        return b.value - a.value


@attrs.frozen(slots=True)
class Extraction:
    """Everything read out of one document."""

    metrics: tuple[Metric, ...] = attrs.field(converter=tuple, default=())
    legal_refs: tuple[LegalRef, ...] = attrs.field(converter=tuple, default=())
    published: str | None = None
    doc: str | None = None
    articles: tuple[Article, ...] = attrs.field(converter=tuple, default=())

    def changes(self) -> list[Change]:
        """The movements of the document, in the order of their first end."""
        groups: dict[int, list[Metric]] = {}
        for m in self.metrics:
            if m.change_id is not None:
                groups.setdefault(m.change_id, []).append(m)
        return [Change(cid, tuple(m for m in ms if m.change == "from"), tuple(m for m in ms if m.change == "to"))
                for cid, ms in sorted(groups.items(), key=lambda kv: kv[1][0].start)]

    def to_dict(self, doc: str | None = None) -> dict[str, Any]:
        """The FORMAT.md document shape."""
        return {
            "format_version": FORMAT_VERSION,
            "doc": doc if doc is not None else self.doc,
            "published": self.published,
            "metrics": [m.to_dict() for m in self.metrics],
            "legal_refs": [r.to_dict() for r in self.legal_refs],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any], text: str | None = None) -> "Extraction":
        return cls(
            metrics=[Metric.from_dict(m, text) for m in data.get("metrics", [])],
            legal_refs=[LegalRef.from_dict(r, text) for r in data.get("legal_refs", [])],
            published=data.get("published"),
            doc=data.get("doc"),
        )


def _replaced(record, **changes):
    """A copy of a frozen record with ``changes``, without running its validators and
    converters again: for the pipeline's last copies, whose changes are offsets, text and
    places it computed itself (``attrs.evolve`` re-validates every field, ~3 % of a run)."""
    got = _FIELD_NAMES.get(type(record))
    if got is None:
        names = tuple(a.name for a in attrs.fields(type(record)))
        got = _FIELD_NAMES[type(record)] = (names, frozenset(names))
    names, known = got
    unknown = changes.keys() - known
    if unknown:
        raise TypeError(f"{type(record).__name__} has no field {sorted(unknown)[0]!r}")
    new = object.__new__(type(record))
    put = object.__setattr__
    for name in names:
        put(new, name, changes[name] if name in changes else getattr(record, name))
    return new


_FIELD_NAMES: dict[type, tuple[tuple[str, ...], frozenset[str]]] = {}  # per record class, once
