"""Score extractions against a gold set, exactly as FORMAT.md ("Scoring") says.

A gold set is a folder of ``NAME.txt`` + ``NAME.json`` pairs (FORMAT.md, version 1).

>>> from cchc_metrics.evaluation import evaluate
>>> report = evaluate("tests/gold/seeds")          # doctest: +SKIP
>>> print(report.format_table())                   # doctest: +SKIP

Or score predictions you made elsewhere: ``score([(gold_doc, prediction), ...])`` where a
prediction is an :class:`~cchc_metrics.records.Extraction` or a dict of the FORMAT.md
document shape (entries located by ``start``/``end``, or by ``quote``/``nth``).

Rules, in FORMAT.md's words, with the choices the text leaves open made explicit:

* candidate pairs are a gold and a predicted metric of the same kind whose ranges share at
  least one character; pairs are taken by overlap length, longest first; ties go to the
  gold entry that starts earlier in the text (then the earlier entry of the gold list),
  then to the prediction that starts earlier (then the earlier of the prediction list);
* numbers agree when ``|pred - gold| <= 0.005 * |gold|`` (so a gold 0 needs a predicted 0)
  or when both are absent (``null`` counts as absent);
* precision of a kind with no predictions is 0, recall of a kind with no gold is 0; a kind
  with neither has no figures (``None``, printed ``-``);
* subject F1 and the attribute figures consider matched pairs whose gold is not optional.
"""

from __future__ import annotations

import hashlib
import json
import math
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping

from .goldfile import UnreadableText, locate, read_text
from .records import KINDS

__all__ = [
    "GoldError",
    "GoldDoc",
    "Counts",
    "Mention",
    "Report",
    "load_gold",
    "load_gold_doc",
    "gold_doc_from_dict",
    "validate_document",
    "score",
    "evaluate",
    "units_agree",
    "numbers_agree",
    "subject_f1",
    "format_number",
]

RELATIVE_TOLERANCE = 0.005
SUBJECT_KINDS = ("count", "fraction", "percent", "money")
ATTRIBUTES = ("qualifier", "status", "per", "change", "relation")
_DEFAULTS = {"qualifier": "exact", "status": "actual"}


class GoldError(ValueError):
    """Malformed gold: names the file, the entry (``metrics[12]``) and the reason."""

    def __init__(self, file: str | Path, entry: str | None, reason: str):
        self.file = str(file)
        self.entry = entry
        self.reason = reason
        where = f"{self.file}: {entry}" if entry else self.file
        super().__init__(f"{where}: {reason}")


# ------------------------------------------------------------------------- schema
_VALIDATOR = None


def _validator():
    global _VALIDATOR
    if _VALIDATOR is None:
        from importlib import resources

        import jsonschema

        schema = json.loads(
            resources.files("cchc_metrics").joinpath("schema/document.schema.json").read_text("utf-8")
        )
        _VALIDATOR = jsonschema.validators.validator_for(schema)(schema)
    return _VALIDATOR


def _entry_name(path: Iterable[Any]) -> tuple[str | None, str]:
    """``["metrics", 12, "value"]`` -> ``("metrics[12]", "value")``."""
    path = list(path)
    if len(path) >= 2 and isinstance(path[1], int):
        entry, rest = f"{path[0]}[{path[1]}]", path[2:]
    elif path:
        entry, rest = None, path
    else:
        return None, ""
    field_name = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in rest).lstrip(".")
    return entry, field_name


def _describe(error) -> str:
    comment = error.schema.get("$comment") if isinstance(error.schema, dict) else None
    if error.validator in ("anyOf", "oneOf") and comment:
        reason = comment
        got = error.instance
        if not isinstance(got, (dict, list)):
            reason += f", got {got!r}"
        return reason
    return error.message


def validate_document(data: Any, file: str | Path = "<document>") -> None:
    """Check ``data`` against the packaged JSON Schema; raise :class:`GoldError` if it fails."""
    errors = sorted(
        _validator().iter_errors(data),
        key=lambda e: [(0, p, "") if isinstance(p, int) else (1, 0, str(p)) for p in e.absolute_path],
    )
    if not errors:
        return
    # prefer the deepest error of the first failing entry (it says what is wrong)
    first = errors[0]
    entry, field_name = _entry_name(first.absolute_path)
    reason = _describe(first)
    if field_name:
        reason = f"field {field_name!r}: {reason}"
    more = len(errors) - 1
    if more:
        reason += f" (and {more} more schema error{'s' if more > 1 else ''})"
    raise GoldError(file, entry, f"schema violation: {reason}")


# ------------------------------------------------------------------------ loading
@dataclass
class GoldDoc:
    """One gold document: its text and its entries with ``start``/``end`` resolved.

    ``metrics`` and ``legal_refs`` are the JSON entries (dicts) with ``start`` and
    ``end`` filled in from ``quote``/``nth``.
    """

    name: str
    text: str
    published: str | None
    metrics: list[dict[str, Any]]
    legal_refs: list[dict[str, Any]]
    path: Path | None = None


def _resolve(text: str, entries: list[dict[str, Any]], section: str, file: str | Path) -> list[dict[str, Any]]:
    out = []
    for i, entry in enumerate(entries):
        entry = dict(entry)
        if "quote" in entry:
            try:
                start, end = locate(text, entry["quote"], entry.get("nth", 1))
            except ValueError as exc:
                raise GoldError(file, f"{section}[{i}]", f"quote not found: {exc}") from None
            if "start" in entry and (entry["start"], entry["end"]) != (start, end):
                raise GoldError(
                    file,
                    f"{section}[{i}]",
                    f"start/end {entry['start']}..{entry['end']} disagree with quote at {start}..{end}",
                )
            entry["start"], entry["end"] = start, end
        elif not (0 <= entry["start"] <= entry["end"] <= len(text)):
            raise GoldError(
                file, f"{section}[{i}]", f"offsets {entry['start']}..{entry['end']} outside the text (length {len(text)})"
            )
        out.append(entry)
    return out


def gold_doc_from_dict(data: Mapping[str, Any], text: str, name: str | None = None,
                       file: str | Path = "<gold>") -> GoldDoc:
    """Validate a FORMAT.md document dict against ``text`` and resolve its quotes."""
    validate_document(data, file)
    return GoldDoc(
        name=name if name is not None else (data.get("doc") or str(file)),
        text=text,
        published=data.get("published"),
        metrics=_resolve(text, list(data.get("metrics", [])), "metrics", file),
        legal_refs=_resolve(text, list(data.get("legal_refs", [])), "legal_refs", file),
        path=Path(file) if not str(file).startswith("<") else None,
    )


def _read_json(path: Path) -> Any:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise GoldError(path, None, f"cannot read: {exc.strerror or exc}") from None
    try:
        return json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise GoldError(path, None, f"bad JSON: not UTF-8 ({exc.reason} at byte {exc.start})") from None
    except json.JSONDecodeError as exc:
        raise GoldError(path, None, f"bad JSON: {exc.msg} at line {exc.lineno} column {exc.colno}") from None


def load_gold_doc(json_path: str | Path, text_path: str | Path | None = None,
                  texts: str | Path | None = None) -> GoldDoc:
    """Read one ``NAME.json`` and its text: ``text_path``, else ``NAME.txt`` beside it,
    else ``<texts>/<doc>.txt`` (gold kept apart from third-party texts it may not copy).

    A ``text_sha256`` field in the JSON pins the text the gold was written on: a text that
    changed since is refused rather than scored against shifted quotes."""
    json_path = Path(json_path)
    data = _read_json(json_path)
    if text_path is None:
        text_path = json_path.with_suffix(".txt")
        if not text_path.is_file() and texts is not None:
            doc = data.get("doc") if isinstance(data, Mapping) else None
            text_path = Path(texts) / f"{doc or json_path.stem}.txt"
    text_path = Path(text_path)
    if not text_path.is_file():
        raise GoldError(json_path, None, f"missing text file {text_path.name}"
                        + ("" if texts is None else f" (looked beside it and in {texts})"))
    try:
        text = read_text(text_path)
    except UnreadableText as exc:
        raise GoldError(text_path, None, str(exc)) from None
    except OSError as exc:
        raise GoldError(text_path, None, f"cannot read: {exc.strerror or exc}") from None
    pinned = data.get("text_sha256") if isinstance(data, Mapping) else None
    if pinned and hashlib.sha256(text.encode("utf-8")).hexdigest() != pinned:
        raise GoldError(json_path, None, f"text {text_path} differs from the one the gold was written on (text_sha256)")
    return gold_doc_from_dict(data, text, name=json_path.stem, file=json_path)


def load_gold(folder: str | Path, texts: str | Path | None = None) -> list[GoldDoc]:
    """Read every ``NAME.json`` of a gold folder with its text (``NAME.txt`` beside it, or
    ``<texts>/<doc>.txt``), sorted by name."""
    folder = Path(folder)
    if not folder.is_dir():
        raise GoldError(folder, None, "not a directory")
    jsons = sorted(folder.glob("*.json"))
    if not jsons:
        raise GoldError(folder, None, "no NAME.json files in the gold folder")
    return [load_gold_doc(p, texts=texts) for p in jsons]


def load_predictions(folder: str | Path, docs: Iterable[GoldDoc]) -> list[tuple[GoldDoc, Any]]:
    """Pair each gold document with ``<folder>/<name>.json`` — another annotator's reading
    or a saved run — to score them against each other (missing files are an error)."""
    folder = Path(folder)
    pairs = []
    for doc in docs:
        path = folder / f"{doc.name}.json"
        if not path.is_file():
            raise GoldError(path, None, f"no prediction for {doc.name}")
        pairs.append((doc, _read_json(path)))
    return pairs


# ---------------------------------------------------------------------- comparing
def numbers_agree(gold: Any, pred: Any) -> bool:
    """Within 0.5 % of the gold value; two absent values (None) agree."""
    if gold is None or pred is None:
        return gold is None and pred is None
    try:
        g, p = float(gold), float(pred)
    except (TypeError, ValueError):
        return False
    if math.isnan(g) or math.isnan(p):
        return False
    return abs(p - g) <= RELATIVE_TOLERANCE * abs(g)


def _squash(unit: Any) -> str | None:
    if unit is None:
        return None
    return "".join(str(unit).split()).lower()


_UREG = None


def _registry():
    global _UREG
    if _UREG is None:
        import pint

        ureg = pint.UnitRegistry()
        # pint alone reads "Mbps" as megabaud (FORMAT.md, Kinds and units)
        for name, base in (("kbps", "kilobit"), ("Mbps", "megabit"), ("Gbps", "gigabit")):
            ureg.define(f"{name} = {base} / second")
        _UREG = ureg
    return _UREG


def _pint_equivalent(a: str, b: str) -> bool:
    ureg = _registry()
    try:
        ua, ub = ureg.parse_units(a.strip()), ureg.parse_units(b.strip())
        factor = ureg.Quantity(1, ua).to(ub).magnitude
    except Exception:  # unparseable or incompatible units
        return False
    return math.isclose(float(factor), 1.0, rel_tol=1e-9)


def units_agree(kind: str, gold: Any, pred: Any) -> bool:
    """FORMAT.md: money and duration by string (case, spaces ignored), quantity by pint."""
    if kind not in ("money", "duration", "quantity"):
        return True
    if gold is None or pred is None:
        return gold is None and pred is None
    if _squash(gold) == _squash(pred):
        return True
    if kind == "quantity":
        return _pint_equivalent(str(gold), str(pred))
    return False


def is_correct(gold: Mapping[str, Any], pred: Mapping[str, Any]) -> bool:
    kind = gold["kind"]
    if kind == "deadline":
        return gold.get("date") == pred.get("date")
    return (
        all(numbers_agree(gold.get(k), pred.get(k)) for k in ("value", "denominator", "value_max"))
        and units_agree(kind, gold.get("unit"), pred.get("unit"))
    )


def _tokens(text: str) -> Counter:
    text = unicodedata.normalize("NFC", unicodedata.normalize("NFC", text).lower())
    return Counter(text.replace(",", " ").split())


def subject_f1(gold: str, pred: str | None) -> float:
    """Bag-of-tokens F1 (lower-case NFC, commas as spaces); a missing prediction scores 0."""
    if not pred:
        return 0.0
    g, p = _tokens(gold), _tokens(pred)
    common = sum((g & p).values())
    if not common:
        return 0.0
    precision, recall = common / sum(p.values()), common / sum(g.values())
    return 2 * precision * recall / (precision + recall)


def _attr(entry: Mapping[str, Any], name: str) -> Any:
    value = entry.get(name)
    return None if value == _DEFAULTS.get(name) else value


def _fold(value: Any) -> Any:
    return value.lower() if isinstance(value, str) else value


def _has_subject(entry: Mapping[str, Any]) -> bool:
    subject = entry.get("subject")
    return isinstance(subject, str) and bool(subject.strip())


# ------------------------------------------------------------------------- report
@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __iadd__(self, other: "Counts") -> "Counts":
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        return self

    @property
    def gold(self) -> int:
        return self.tp + self.fn

    @property
    def predicted(self) -> int:
        return self.tp + self.fp

    @property
    def precision(self) -> float | None:
        if not (self.tp or self.fp or self.fn):
            return None
        return self.tp / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float | None:
        if not (self.tp or self.fp or self.fn):
            return None
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None:
            return None
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "gold": self.gold,
            "predicted": self.predicted,
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
        }


@dataclass
class Ratio:
    """A mean (or accuracy) over pairs: ``total / n``."""

    total: float = 0.0
    n: int = 0

    @property
    def value(self) -> float | None:
        return self.total / self.n if self.n else None

    def to_dict(self) -> dict[str, Any]:
        return {"n": self.n, "value": self.value}


@dataclass
class Mention:
    """One miss, extra or wrong value, for reading what went wrong."""

    doc: str
    kind: str
    start: int
    end: int
    text: str
    gold: dict[str, Any] | None = None
    predicted: dict[str, Any] | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "doc": self.doc,
            "kind": self.kind,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "gold": self.gold,
            "predicted": self.predicted,
        }

    def describe(self) -> str:
        parts = [f"{self.doc} {self.start}:{self.end} {self.kind} {self.text!r}"]
        if self.gold is not None:
            parts.append(f"gold {_show(self.gold)}")
        if self.predicted is not None:
            parts.append(f"predicted {_show(self.predicted)}")
        return "  ".join(parts)


_VALUE_FIELDS = ("value", "value_max", "denominator", "unit", "date")


def _brief(entry: Mapping[str, Any]) -> dict[str, Any]:
    out = {k: entry[k] for k in _VALUE_FIELDS if entry.get(k) is not None}
    out["start"], out["end"] = entry["start"], entry["end"]
    return out


def format_number(value: Any) -> str:
    """``86000000.0`` -> ``"86000000"``, ``71.68`` -> ``"71.68"`` (no exponent for big money)."""
    if isinstance(value, float) and value.is_integer():
        return f"{value:.0f}"
    return repr(value) if isinstance(value, float) else str(value)


def _show(brief: Mapping[str, Any]) -> str:
    bits = [f"{k}={format_number(brief[k])}" for k in _VALUE_FIELDS if k in brief]
    return " ".join(bits) or "(no value)"


def _fmt(x: float | None) -> str:
    return "-" if x is None else f"{x:.3f}"


@dataclass
class Report:
    """The figures of FORMAT.md scoring over a set of documents."""

    docs: int = 0
    kinds: dict[str, Counts] = field(default_factory=lambda: {k: Counts() for k in KINDS})
    locality: Ratio = field(default_factory=Ratio)
    district: Ratio = field(default_factory=Ratio)
    attributes: dict[str, Counts] = field(default_factory=lambda: {a: Counts() for a in ATTRIBUTES})
    subject: Ratio = field(default_factory=Ratio)
    legal_refs: Counts = field(default_factory=Counts)
    ignored: int = 0  # predictions matched to optional gold
    misses: list[Mention] = field(default_factory=list)
    extras: list[Mention] = field(default_factory=list)
    wrong: list[Mention] = field(default_factory=list)
    # matched pairs whose attributes differ: (mention, {field: (gold, predicted)})
    disagreements: list[tuple[Mention, dict[str, tuple[Any, Any]]]] = field(default_factory=list)

    # -- micro averages ------------------------------------------------------------
    def _micro(self, with_deadlines: bool) -> Counts:
        total = Counts()
        for kind, counts in self.kinds.items():
            if with_deadlines or kind != "deadline":
                total += counts
        return total

    @property
    def micro(self) -> Counts:
        """All kinds, deadlines included (the ``ALL`` line)."""
        return self._micro(True)

    @property
    def micro_no_deadlines(self) -> Counts:
        return self._micro(False)

    @property
    def f1(self) -> float | None:
        return self.micro.f1

    # -- output ---------------------------------------------------------------------
    def to_dict(self, details: bool = True) -> dict[str, Any]:
        out: dict[str, Any] = {
            "docs": self.docs,
            "kinds": {k: c.to_dict() for k, c in self.kinds.items()},
            "all": self.micro.to_dict(),
            "all_no_deadlines": self.micro_no_deadlines.to_dict(),
            "ignored_optional": self.ignored,
            "locality": self.locality.to_dict(),
            "district": self.district.to_dict(),
            "attributes": {a: c.to_dict() for a, c in self.attributes.items()},
            "subject": self.subject.to_dict(),
            "legal_refs": self.legal_refs.to_dict(),
        }
        if details:
            out["misses"] = [m.to_dict() for m in self.misses]
            out["extras"] = [m.to_dict() for m in self.extras]
            out["wrong"] = [m.to_dict() for m in self.wrong]
            out["disagreements"] = [dict(m.to_dict(), fields={k: list(v) for k, v in d.items()})
                                    for m, d in self.disagreements]
        return out

    def format_table(self, details: bool = False) -> str:
        head = f"{'kind':<10} {'gold':>6} {'pred':>6} {'TP':>6} {'FP':>6} {'FN':>6} {'P':>6} {'R':>6} {'F1':>6}"
        lines = [head, "-" * len(head)]

        def row(name: str, c: Counts) -> str:
            return (
                f"{name:<10} {c.gold:>6} {c.predicted:>6} {c.tp:>6} {c.fp:>6} {c.fn:>6} "
                f"{_fmt(c.precision):>6} {_fmt(c.recall):>6} {_fmt(c.f1):>6}"
            )

        for kind, counts in self.kinds.items():
            lines.append(row(kind, counts))
        lines.append("-" * len(head))
        lines.append(row("ALL", self.micro))
        lines.append(row("ALL-nodl", self.micro_no_deadlines))
        lines.append("-" * len(head))
        lines.append(f"{'locality':<10} {'acc':>6} {_fmt(self.locality.value):>6}  over {self.locality.n} matched pairs")
        lines.append(f"{'district':<10} {'acc':>6} {_fmt(self.district.value):>6}  over {self.district.n} matched pairs")
        for name, counts in self.attributes.items():
            lines.append(row(name, counts))
        lines.append(f"{'subject':<10} {'F1':>6} {_fmt(self.subject.value):>6}  mean over {self.subject.n} matched pairs")
        lines.append(row("legal_refs", self.legal_refs))
        if self.ignored:
            lines.append(f"({self.ignored} prediction(s) matched optional gold and count nowhere; {self.docs} docs)")
        else:
            lines.append(f"({self.docs} docs)")
        if details:
            for title, items in (("misses (FN)", self.misses), ("extras (FP)", self.extras),
                                 ("wrong values (FP+FN)", self.wrong)):
                lines.append("")
                lines.append(f"{title}: {len(items)}")
                lines.extend("  " + m.describe() for m in items)
            lines.append("")
            lines.append(f"attribute disagreements on matched pairs: {len(self.disagreements)}")
            for m, diff in self.disagreements:
                lines.append(f"  {m.doc} {m.start}:{m.end} {m.kind} {m.text!r}")
                lines.extend(f"      {name}: gold={g!r} predicted={p!r}" for name, (g, p) in diff.items())
        return "\n".join(lines)

    def __str__(self) -> str:
        return self.format_table()


# ------------------------------------------------------------------------ scoring
def _overlap(a: Mapping[str, Any], b: Mapping[str, Any]) -> int:
    return min(a["end"], b["end"]) - max(a["start"], b["start"])


def match(gold: list[Mapping[str, Any]], pred: list[Mapping[str, Any]]) -> list[tuple[int, int]]:
    """FORMAT.md step 1: greedy pairs ``(gold index, prediction index)``."""
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if g["kind"] != p["kind"]:
                continue
            length = _overlap(g, p)
            if length > 0:
                candidates.append((-length, g["start"], gi, p["start"], pi))
    candidates.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _neg, _gs, gi, _ps, pi in candidates:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        pairs.append((gi, pi))
    return pairs


def _prediction_dict(pred: Any, gold: GoldDoc) -> dict[str, Any]:
    """An Extraction or a FORMAT.md dict -> dict with entries located by start/end."""
    if hasattr(pred, "to_dict") and not isinstance(pred, Mapping):
        data = pred.to_dict()
    elif isinstance(pred, Mapping):
        data = pred
    else:
        raise TypeError(f"a prediction must be an Extraction or a dict, not {type(pred).__name__}")
    out = {"metrics": [], "legal_refs": []}
    for section in ("metrics", "legal_refs"):
        for i, entry in enumerate(data.get(section) or []):
            entry = dict(entry)
            if "start" not in entry or "end" not in entry:
                if "quote" not in entry:
                    raise ValueError(f"prediction {gold.name} {section}[{i}] has neither start/end nor quote")
                entry["start"], entry["end"] = locate(gold.text, entry["quote"], entry.get("nth", 1))
            out[section].append(entry)
    return out


def _score_doc(report: Report, gold: GoldDoc, pred: Mapping[str, Any]) -> None:
    gm, pm = gold.metrics, pred["metrics"]
    text = gold.text
    pairs = match(gm, pm)
    matched_g = {gi for gi, _ in pairs}
    matched_p = {pi for _, pi in pairs}

    def mention(kind, start, end, g=None, p=None):
        return Mention(gold.name, kind, start, end, text[start:end],
                       _brief(g) if g is not None else None, _brief(p) if p is not None else None)

    for gi, pi in sorted(pairs):
        g, p = gm[gi], pm[pi]
        if g.get("optional"):
            report.ignored += 1
            continue
        kind = g["kind"]
        counts = report.kinds.setdefault(kind, Counts())
        if is_correct(g, p):
            counts.tp += 1
        else:
            counts.fp += 1
            counts.fn += 1
            report.wrong.append(mention(kind, g["start"], g["end"], g, p))
        # attributes over matched non-optional pairs; what differs is kept for the report
        diff = {}
        for name, agreement in (("locality", report.locality), ("district", report.district)):
            same = _fold(g.get(name)) == _fold(p.get(name))
            agreement.n += 1
            agreement.total += same
            if not same:
                diff[name] = (g.get(name), p.get(name))
        for name in ATTRIBUTES:
            if name == "relation" and kind != "deadline":
                continue
            gv, pv = _attr(g, name), _attr(p, name)
            attr = report.attributes[name]
            if gv is not None:
                if pv == gv:
                    attr.tp += 1
                else:
                    attr.fn += 1
            if pv is not None and pv != gv:
                attr.fp += 1
            if gv != pv:
                diff[name] = (gv, pv)
        if kind in SUBJECT_KINDS and _has_subject(g):
            report.subject.n += 1
            sf1 = subject_f1(g["subject"], p.get("subject"))
            report.subject.total += sf1
            if sf1 < 1:
                diff["subject"] = (g["subject"], p.get("subject"))
        if diff:
            report.disagreements.append((mention(kind, g["start"], g["end"], g, p), diff))

    for gi, g in enumerate(gm):
        if gi not in matched_g and not g.get("optional"):
            report.kinds.setdefault(g["kind"], Counts()).fn += 1
            report.misses.append(mention(g["kind"], g["start"], g["end"], g=g))
    for pi, p in enumerate(pm):
        if pi not in matched_p:
            report.kinds.setdefault(p["kind"], Counts()).fp += 1
            start, end = p["start"], p["end"]
            report.extras.append(mention(p["kind"], start, end, p=p))

    gold_keys = Counter(str(r.get("key", "")).lower() for r in gold.legal_refs)
    pred_keys = Counter(str(r.get("key", "")).lower() for r in pred["legal_refs"])
    common = sum((gold_keys & pred_keys).values())
    report.legal_refs.tp += common
    report.legal_refs.fn += sum(gold_keys.values()) - common
    report.legal_refs.fp += sum(pred_keys.values()) - common


def score(pairs: Iterable[tuple[GoldDoc, Any]]) -> Report:
    """Score ``(gold document, prediction)`` pairs by FORMAT.md's rules."""
    report = Report()
    for gold, pred in pairs:
        report.docs += 1
        _score_doc(report, gold, _prediction_dict(pred, gold))
    return report


Extractor = Callable[..., Any]


def evaluate(folder: str | Path | Iterable[GoldDoc], extractor: Extractor | None = None) -> Report:
    """Run ``extractor(text, published=...)`` (default :func:`cchc_metrics.extract`) on
    every document of a gold folder (or a list of :class:`GoldDoc`) and score it."""
    docs = load_gold(folder) if isinstance(folder, (str, Path)) else list(folder)
    if extractor is None:
        from .api import extract as extractor
    return score((doc, extractor(doc.text, published=doc.published)) for doc in docs)
