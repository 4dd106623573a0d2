"""Flat tables of claims: one row per :class:`~cchc_metrics.records.Metric`.

>>> import cchc_metrics
>>> from cchc_metrics.tables import to_records
>>> rows = to_records(cchc_metrics.extract("Bộ Công an đã cấp trên 86 triệu thẻ CCCD gắn chip."), doc="cccd")
>>> rows[0]["doc"], rows[0]["kind"], rows[0]["value"], rows[0]["qualifier"]
('cccd', 'count', 86000000, 'over')

:func:`to_records` gives plain dicts (JSON/CSV ready) in the fixed column order
:data:`COLUMNS`; :func:`to_pandas` gives a ``pandas.DataFrame`` with those columns and
stable dtypes. pandas is imported only inside :func:`to_pandas` / :func:`empty_frame`.
"""

from __future__ import annotations

from typing import Any, Iterable, Mapping

from .records import Extraction, Metric

__all__ = ["COLUMNS", "COLUMN_TYPES", "to_records", "metric_row", "article_index", "to_pandas", "empty_frame", "spark_ddl"]

#: The column order of every row and frame. ``article`` is the index of the bulletin
#: article the claim sits in (see :func:`article_index`; ``None`` outside articles, e.g.
#: a table of contents) and ``article_title`` its title;
#: ``refs`` are the legal-document keys of the claim's sentence joined by ``;``;
#: ``qualifier`` defaults to ``exact`` and ``status`` to ``actual`` (never empty);
#: ``published`` is the document's ISO publication date; ``change_id`` joins the two ends
#: of one movement; ``claim_id`` names the claim the mention belongs to (mentions of one
#: figure repeated in a title, contents and body share it: ``cchc_metrics.claims``; filled
#: when the document's text is given, else ``None``); ``direction``/``compared_to`` describe
#: a lone delta ("tăng 14% so với cùng kỳ"); ``status_rule``/``status_cue`` say which rule
#: and words decided ``status``.
COLUMNS: tuple[str, ...] = (
    "doc", "article", "article_title", "kind", "start", "end", "text",
    "value", "value_max", "unit", "denominator", "subject", "qualifier", "status",
    "per", "change", "locality", "district", "province_2025", "region", "refs",
    "date", "relation", "period", "as_of", "published",
    "change_id", "claim_id", "direction", "compared_to", "status_rule", "status_cue",
)

#: Logical type of each column: ``str`` (nullable text), ``int`` (never null),
#: ``Int`` (nullable integer), ``float`` (nullable, NaN for missing).
COLUMN_TYPES: dict[str, str] = {
    name: "str" for name in COLUMNS
}
COLUMN_TYPES.update(
    {"article": "Int", "start": "int", "end": "int", "value": "float", "value_max": "float",
     "denominator": "float", "change_id": "Int"}
)

_SPARK = {"str": "string", "int": "bigint", "Int": "bigint", "float": "double"}


def metric_row(metric: Metric, *, doc: str | None = None, published: str | None = None,
               article_title: str | None = None, claim_id: str | None = None) -> dict[str, Any]:
    """One row (a dict in :data:`COLUMNS` order) for one claim."""
    return {
        "doc": doc,
        "article": metric.article,
        "article_title": article_title,
        "kind": metric.kind,
        "start": metric.start,
        "end": metric.end,
        "text": metric.text,
        "value": metric.value,
        "value_max": metric.value_max,
        "unit": metric.unit,
        "denominator": metric.denominator,
        "subject": metric.subject,
        "qualifier": metric.qualifier or "exact",
        "status": metric.status or "actual",
        "per": metric.per,
        "change": metric.change,
        "locality": metric.locality,
        "district": metric.district,
        "province_2025": metric.province_2025,
        "region": metric.region,
        "refs": ";".join(metric.refs) if metric.refs else None,
        "date": metric.date,
        "relation": metric.relation,
        "period": metric.period,
        "as_of": metric.as_of,
        "published": published,
        "change_id": metric.change_id,
        "claim_id": claim_id,
        "direction": metric.direction,
        "compared_to": metric.compared_to,
        "status_rule": metric.status_cue.rule if metric.status_cue else None,
        "status_cue": metric.status_cue.text if metric.status_cue else None,
    }


def article_index(result: Extraction, metric: Metric) -> int | None:
    """The article a claim sits in: ``metric.article`` when set, else the article of
    ``result.articles`` whose span contains the claim's start (``None`` outside them)."""
    if metric.article is not None:
        return metric.article
    for a in result.articles:
        if a.start <= metric.start < a.end:
            return a.index
    return None


def _rows_of(result: Extraction, doc: str | None, text: str | None = None) -> list[dict[str, Any]]:
    titles = {a.index: a.title for a in result.articles}
    name = doc if doc is not None else result.doc
    ids: list[str | None] = [None] * len(result.metrics)
    if text is not None:
        from .claims import group_claims, metric_claim_ids

        ids = metric_claim_ids(group_claims(result, name, text=text), len(result.metrics))
    rows = []
    for m, claim_id in zip(result.metrics, ids):
        index = article_index(result, m)
        row = metric_row(m, doc=name, published=result.published,
                         article_title=titles.get(index) if index is not None else None, claim_id=claim_id)
        row["article"] = index
        rows.append(row)
    return rows


class NotAnInput(TypeError):
    """An item :func:`documents` cannot read (callers may name what they accept)."""


def documents(results: Any) -> Iterable[tuple[Any, Extraction, str | None, str | None]]:
    """``(name, extraction, text, path)`` of each input that :func:`to_records` (and
    ``indicator_table.build_table``) accept: a ``{name: Extraction}`` mapping, Extractions
    (name None), ``(name, Extraction)`` pairs and ``(name, Extraction, text)`` triples, batch
    items (their files read back for the text; failed items give nothing)."""
    if isinstance(results, Mapping):
        for name, result in results.items():
            yield name, result, None, None
        return
    for item in results:
        if isinstance(item, Extraction):
            yield None, item, None, None
        elif hasattr(item, "result") and hasattr(item, "name"):  # a batch.BatchItem
            if item.result is not None:
                from .goldfile import read_back

                path = getattr(item, "path", None)
                yield item.name, item.result, read_back(path), path
        elif isinstance(item, tuple) and len(item) in (2, 3) and isinstance(item[1], Extraction):
            text = item[2] if len(item) == 3 else None
            if text is not None and not isinstance(text, str):
                raise TypeError(f"the text of ({item[0]!r}, Extraction, text) must be a str, not {type(text).__name__}")
            yield item[0], item[1], text, None
        else:
            raise NotAnInput(
                "expected an Extraction, (name, Extraction) pairs, (name, Extraction, text) triples, a "
                f"{{name: Extraction}} mapping or batch items, got an item of type {type(item).__name__}"
            )


def to_records(result_or_results: Any, *, doc: str | None = None, text: str | None = None) -> list[dict[str, Any]]:
    """One dict per claim, keys in :data:`COLUMNS` order.

    Accepts one :class:`~cchc_metrics.records.Extraction` (``doc`` names it; default its
    own ``doc``; ``text``, the document it was read from, fills ``claim_id``), or an
    iterable of ``(name, Extraction)`` pairs or ``(name, Extraction, text)`` triples, a
    ``{name: Extraction}`` mapping, or the :class:`~cchc_metrics.batch.BatchItem` objects of
    :func:`~cchc_metrics.batch.extract_many` (failed items contribute no rows).
    Values keep their Python types (``value`` is an int or a float); rows are in the order
    of the documents, then of the claims in each.
    """
    if isinstance(result_or_results, Extraction):
        return _rows_of(result_or_results, doc, text)
    if isinstance(result_or_results, (str, bytes)):
        raise TypeError("to_records takes extraction results, not text: call cchc_metrics.extract first")
    rows: list[dict[str, Any]] = []
    for name, result, doc_text, _path in documents(result_or_results):
        rows.extend(_rows_of(result, name if name is not None else doc, doc_text))
    return rows


def _pandas_dtypes() -> dict[str, Any]:
    import pandas as pd

    out: dict[str, Any] = {}
    for name, kind in COLUMN_TYPES.items():
        if kind == "str":
            out[name] = pd.StringDtype()
        elif kind == "int":
            out[name] = "int64"
        elif kind == "Int":
            out[name] = "Int64"
        else:
            out[name] = "float64"
    return out


def _frame(rows: list[dict[str, Any]]):
    import pandas as pd

    dtypes = _pandas_dtypes()
    columns = {}
    for name in COLUMNS:
        values = [row.get(name) for row in rows]
        if COLUMN_TYPES[name] == "float":
            values = [float("nan") if v is None else float(v) for v in values]
        elif COLUMN_TYPES[name] == "Int":
            values = [pd.NA if v is None else int(v) for v in values]
        columns[name] = pd.array(values, dtype=dtypes[name])
    return pd.DataFrame(columns, columns=list(COLUMNS))


def empty_frame():
    """A ``pandas.DataFrame`` with no rows and the columns/dtypes of :func:`to_pandas`
    (the ``meta`` of the Dask integration)."""
    return _frame([])


def to_pandas(result_or_results: Any = None, *, doc: str | None = None, records: list[dict[str, Any]] | None = None):
    """A ``pandas.DataFrame`` of :func:`to_records` (same arguments).

    dtypes: ``start``/``end`` ``int64``; ``article`` nullable ``Int64``; ``value``,
    ``value_max``, ``denominator`` ``float64`` (NaN when missing); all the others pandas'
    nullable ``string`` dtype. ``published``/``date`` stay ISO strings ("2024-Q3" is a
    valid ``date``): use ``pandas.to_datetime(df.published)`` when you need timestamps.
    A list of :func:`to_records` dicts (or ``records=``) is framed as it is.
    """
    if records is None:
        if result_or_results is None:
            raise TypeError("to_pandas needs a result (or records=)")
        if isinstance(result_or_results, list) and result_or_results and all(
            isinstance(r, dict) for r in result_or_results
        ):
            records = result_or_results  # rows of to_records already
        else:
            records = to_records(result_or_results, doc=doc)
    return _frame(records)


def spark_ddl() -> str:
    """The Spark SQL schema (DDL string) of :data:`COLUMNS`, for ``mapInPandas``."""
    return ", ".join(f"`{name}` {_SPARK[COLUMN_TYPES[name]]}" for name in COLUMNS)
