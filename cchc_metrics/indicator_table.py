"""The indicator table: many documents folded into one row per indicator × place × period.

>>> import cchc_metrics
>>> a = cchc_metrics.extract("Năm 2024, tỷ lệ hồ sơ nộp trực tuyến của tỉnh Bắc Ninh đạt 82,5%.")
>>> b = cchc_metrics.extract("Tỉ lệ hồ sơ trực tuyến của tỉnh Bắc Ninh năm 2024 đạt 82,5%.")
>>> rows = build_table([("a", a), ("b", b)])
>>> [(r["indicator"], r["locality"], r["period"], r["value"], r["docs"], r["conflict"]) for r in rows]
[('online_application_share', 'Bắc Ninh', '2024', 82.5, ['a', 'b'], False)]

A row's key is (what it measures — the indicator, else the subject key —, locality,
period (or as_of when no period), status, kind, unit, per). Its ``value`` is the one most
documents report; ``values`` lists every distinct value and ``conflict`` is true when
there is more than one for a dated row (an undated row may hold one figure at several
times). Every source is kept: document, claim id, the mentions' offsets
and their sentences' offsets. Claims that measure nothing we can name (no indicator, no
subject) and deadlines stay out of the table (see docs/indicators.md).
"""

from __future__ import annotations

import json
import os
from collections import Counter
from typing import Any, Iterable, Iterator, Mapping

import attrs

from .claims import Claim, group_claims
from .indicators import Taxonomy, resolve_taxonomy
from .records import Extraction
from .tables import NotAnInput, documents

__all__ = ["DocClaims", "TABLE_COLUMNS", "build_table", "fold", "doc_claims", "to_pandas", "write_table",
           "format_of"]

#: Columns of a table row, in order. List columns (``values``, ``docs``, ``claim_ids``,
#: ``subjects``, ``sources``) are lists in Python and JSONL; CSV and Parquet write
#: ``sources`` as a JSON string and the other lists joined with ";".
TABLE_COLUMNS: tuple[str, ...] = (
    "key", "indicator", "label", "kind", "unit", "per", "locality", "district", "region", "period", "status",
    "value", "value_max", "denominator", "values", "conflict", "n_docs", "n_claims",
    "first_published", "last_published", "docs", "claim_ids", "subjects", "sources",
)
_LISTS = ("values", "docs", "claim_ids", "subjects")


@attrs.frozen(slots=True)
class DocClaims:
    """The claims of one document, with what the table needs to know of it."""

    doc_id: str
    published: str | None
    claims: tuple[Claim, ...] = attrs.field(converter=tuple)
    sha256: str | None = None
    path: str | None = None


def doc_claims(name: str, extraction: Extraction, text: str | None = None,
               taxonomy: Taxonomy | None = None, **info: Any) -> DocClaims:
    """Group one document's metrics (:func:`cchc_metrics.claims.group_claims`)."""
    return DocClaims(name, extraction.published, group_claims(extraction, name, text=text, taxonomy=taxonomy), **info)


def _docs_of(items: Any, taxonomy: Taxonomy | None) -> Iterable[DocClaims]:
    if isinstance(items, (str, bytes, bytearray)):
        raise TypeError("build_table takes extraction results, not text: call cchc_metrics.extract first")
    if isinstance(items, (Extraction, DocClaims)):
        items = [items]
    elif isinstance(items, Mapping):
        items = list(items.items())
    for n, item in enumerate(items):
        if isinstance(item, DocClaims):
            yield item
            continue
        try:
            found = list(documents([item]))  # the inputs tables.to_records reads too
        except NotAnInput:
            raise TypeError(
                "expected Extractions, (name, Extraction) or (name, Extraction, text) tuples, a "
                f"{{name: Extraction}} mapping, batch items or DocClaims, got {type(item).__name__}") from None
        for name, result, text, path in found:
            if isinstance(item, tuple):
                name = str(name)
            elif name is None:
                name = result.doc or f"#{n}"
            yield doc_claims(name, result, text, taxonomy, path=path)


def build_table(pairs_or_extractions: Any, *, taxonomy: Taxonomy | str | os.PathLike | None = None) -> list[dict[str, Any]]:
    """Fold many documents into the indicator table (a list of dicts in :data:`TABLE_COLUMNS`).

    Accepts what :func:`cchc_metrics.tables.to_records` accepts — Extractions, ``(name,
    Extraction)`` pairs, a ``{name: Extraction}`` mapping, batch items — plus ``(name,
    Extraction, text)`` triples (the text lets figures without a subject take their
    indicator from the sentence; batch items of files read it back) and
    :class:`DocClaims`. ``taxonomy`` is a :class:`~cchc_metrics.indicators.Taxonomy` or the
    path of a user file (:func:`~cchc_metrics.indicators.load_taxonomy`).
    """
    taxonomy = resolve_taxonomy(taxonomy)
    return fold(_docs_of(pairs_or_extractions, taxonomy), taxonomy)


def _signature(c: Claim) -> tuple:
    return (c.value, c.value_max, c.denominator)


def _show(sig: tuple) -> str:
    value, value_max, denominator = sig

    def num(x: Any) -> str:
        return f"{x:g}" if isinstance(x, float) else str(x)

    out = num(value)
    if value_max is not None:
        out += "-" + num(value_max)
    if denominator is not None:
        out += "/" + num(denominator)
    return out


def _row_key(c: Claim) -> tuple:
    """A cell: what is measured, where, when, with which status, kind, unit and rate. Only
    a taxonomy indicator at a stated period is one cell whatever its value (different
    values there are a conflict); a subject key, or an undated figure, is one cell per value
    — "12 điều" of one draft and "53 điều" of another law, or "63 tỉnh" then "34 tỉnh", are
    different figures, not one read two ways."""
    when = c.period or c.as_of
    value = None if (c.indicator and when) else _signature(c)
    # a subject outside the taxonomy is its claim's own row: across articles a shared word
    # and value ("3 điều", "01 bộ hồ sơ", "phạt 10-20 triệu đồng") are mostly different
    # things, and within one the claims grouping has already merged what restates itself
    # (blind checks of 50 merged cells, docs/indicators.md)
    scope = None if c.indicator else c.claim_id  # its own claim: the grouping already merged its repeats
    if scope is None and value is not None and c.kind == "count" and isinstance(c.value, int) \
            and c.value < _MIN_SHARED_COUNT:
        # an undated small count of an indicator ("5 tỉnh", "2 thủ tục", "6 thành phố") is
        # shared by articles about different things more often than restated by them
        scope = c.claim_id
    # a district's figure is its own cell ("07 xã" of two courts, "3 phường" of two districts),
    # and so is a region's ("5 tỉnh" of Bắc Trung Bộ and of the Mekong delta)
    return (c.key, c.locality, c.district, c.region, when, c.status, c.kind, c.unit, c.per, value, scope)


_MIN_SHARED_COUNT = 10


def _sort_key(key: tuple) -> tuple:
    return tuple("" if v is None else v for v in key)


def fold(docs: Iterable[DocClaims], taxonomy: Taxonomy | None = None) -> list[dict[str, Any]]:
    """The table of already grouped documents. The result does not depend on the order of
    ``docs``: sources are sorted by document id and claim index, rows by their key."""
    taxonomy = resolve_taxonomy(taxonomy)
    cells: dict[tuple, list[tuple[DocClaims, Claim]]] = {}
    for doc in docs:
        if not isinstance(doc, DocClaims):
            raise TypeError(f"fold takes DocClaims, not {type(doc).__name__}")
        for key, c in _cells(doc):
            cells.setdefault(key, []).append((doc, c))
    rows = [_cell_row(key, found, taxonomy) for key, found in cells.items()]
    rows.sort(key=_row_order)
    return rows


def _cells(doc: DocClaims) -> Iterator[tuple[tuple, Claim]]:
    """``(row key, claim)`` for each claim of ``doc`` that fills a cell (not a due date, nor
    a figure of nothing we can name)."""
    keyed = [(_row_key(c), c) for c in doc.claims if c.kind != "deadline" and c.key]
    seen = Counter(key for key, _ in keyed)
    for key, c in keyed:
        # two claims of one article in one cell ("05 phường" and "05 xã", two acts' "02
        # thủ tục"): the grouping kept them apart, so they are two figures, each its own row
        yield (key[:-1] + (c.claim_id,) if seen[key] > 1 else key), c


def _cell_row(key: tuple, found: Iterable[tuple[DocClaims, Claim]], taxonomy: Taxonomy) -> dict[str, Any]:
    """The row of one cell from its ``(document, claim)`` pairs in any order (sources are
    sorted by document id and claim index)."""
    return _row(key, sorted(found, key=lambda dc: (dc[0].doc_id, dc[1].index)), taxonomy)


ROW_ORDER = ("key", "locality", "district", "region", "period", "status", "kind", "unit", "per")


def _row_order(r: dict[str, Any]) -> tuple:
    return _sort_key(tuple(r[k] for k in ROW_ORDER)) + (
        tuple("" if v is None else f"{v:020.6f}" if isinstance(v, (int, float)) else str(v)
              for v in (r["value"], r["value_max"], r["denominator"])), tuple(r["docs"]))


def _row(key: tuple, found: list[tuple[DocClaims, Claim]], taxonomy: Taxonomy) -> dict[str, Any]:
    what, locality, district, region, period, status, kind, unit, per, _value, _scope = key
    first = found[0][1]
    indicator = taxonomy.get(first.indicator) if first.indicator else None
    docs_per_value: dict[tuple, set[str]] = {}
    claims_per_value: Counter = Counter()
    for doc, c in found:
        docs_per_value.setdefault(_signature(c), set()).add(doc.doc_id)
        claims_per_value[_signature(c)] += 1
    # most documents, then most claims; ties go to the first source (sorted by doc id)
    order = list(docs_per_value)
    best = max(order, key=lambda s: (len(docs_per_value[s]), claims_per_value[s], -order.index(s)))
    published = sorted(d.published for d, _ in found if d.published)
    docs = list(dict.fromkeys(d.doc_id for d, _ in found))
    return {
        "key": what,
        "indicator": first.indicator,
        "label": indicator.label_en if indicator else (first.indicator or None),
        "kind": kind, "unit": unit, "per": per, "locality": locality, "district": district,
        "region": region, "period": period,
        "status": status,
        "value": best[0], "value_max": best[1], "denominator": best[2],
        "values": [_show(s) for s in order],
        # the same indicator, place and period with different values (issue 15); rows with
        # no date gather one figure at several times ("63 tỉnh" and "34 tỉnh"), no conflict
        "conflict": len(order) > 1 and period is not None,
        "n_docs": len(docs),
        "n_claims": len(found),
        "first_published": published[0] if published else None,
        "last_published": published[-1] if published else None,
        "docs": docs,
        "claim_ids": [c.claim_id for _, c in found],
        "subjects": list(dict.fromkeys(c.subject for _, c in found if c.subject)),
        "sources": [_source(d, c) for d, c in found],
    }


def _source(doc: DocClaims, c: Claim) -> dict[str, Any]:
    return {"doc": doc.doc_id, "claim_id": c.claim_id, "value": _show(_signature(c)),
            "published": doc.published, "path": doc.path,
            "mentions": [list(m) for m in c.mentions],
            "sentences": [list(s) if s is not None else None for s in c.sentences]}


# -- output -----------------------------------------------------------------------------
FORMATS = ("csv", "jsonl", "parquet")


def format_of(path: str | os.PathLike, fmt: str | None = None) -> str:
    """The output format: ``fmt`` when given, else from the file's extension."""
    if fmt is not None:
        if fmt not in FORMATS:
            raise ValueError(f"format must be one of {FORMATS}, got {fmt!r}")
        return fmt
    ext = os.path.splitext(os.fspath(path))[1].lower().lstrip(".")
    aliases = {"csv": "csv", "jsonl": "jsonl", "ndjson": "jsonl", "parquet": "parquet", "pq": "parquet"}
    if ext not in aliases:
        raise ValueError(f"cannot tell the format of {os.fspath(path)!r} from its extension: "
                         f"name it .csv, .jsonl or .parquet, or give the format")
    return aliases[ext]


def _flat(row: dict[str, Any]) -> dict[str, Any]:
    out = dict(row)
    for name in _LISTS:
        out[name] = ";".join(out[name])
    out["sources"] = json.dumps(row["sources"], ensure_ascii=False)
    return out


def write_table(rows: list[dict[str, Any]], path: str | os.PathLike, fmt: str | None = None) -> str:
    """Write ``rows`` to ``path`` as CSV, JSONL or Parquet; returns the format used.

    Parquet needs pyarrow (the ``parquet`` extra); without it an ``ImportError`` says so
    before anything is written."""
    fmt = format_of(path, fmt)
    if fmt == "parquet":
        _write_parquet(rows, path)
    elif fmt == "jsonl":
        with open(path, "w", encoding="utf-8", newline="\n") as out:
            for row in rows:
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
    else:
        import csv

        with open(path, "w", encoding="utf-8", newline="") as out:
            writer = csv.DictWriter(out, fieldnames=TABLE_COLUMNS, lineterminator="\n")
            writer.writeheader()
            writer.writerows(_flat(r) for r in rows)
    return fmt


def _pyarrow():
    try:
        import pyarrow
        import pyarrow.parquet
    except ImportError:
        raise ImportError("writing Parquet needs pyarrow: pip install 'cchc_metrics[parquet]' "
                          "(or write .csv / .jsonl)") from None
    return pyarrow


def _write_parquet(rows: list[dict[str, Any]], path: str | os.PathLike) -> None:
    pa = _pyarrow()
    text, num = pa.string(), pa.float64()
    types = {name: text for name in TABLE_COLUMNS}
    types.update({"value": num, "value_max": num, "denominator": num, "conflict": pa.bool_(),
                  "n_docs": pa.int64(), "n_claims": pa.int64()})
    types.update({name: pa.list_(text) for name in _LISTS})
    schema = pa.schema([(name, types[name]) for name in TABLE_COLUMNS])
    flat = []
    for r in rows:
        r = dict(r, sources=json.dumps(r["sources"], ensure_ascii=False))
        for name in ("value", "value_max", "denominator"):
            r[name] = None if r[name] is None else float(r[name])
        flat.append(r)
    pa.parquet.write_table(pa.Table.from_pylist(flat, schema=schema), os.fspath(path))


def to_pandas(rows: list[dict[str, Any]]):
    """A ``pandas.DataFrame`` of table rows (pandas is the ``pandas`` extra; imported here)."""
    try:
        import pandas as pd
    except ImportError:
        raise ImportError("to_pandas needs pandas: pip install 'cchc_metrics[pandas]'") from None
    if not isinstance(rows, list):
        raise TypeError(f"to_pandas takes the list of build_table rows, not {type(rows).__name__}")
    return pd.DataFrame(rows, columns=list(TABLE_COLUMNS))
