"""The indicator table as a map and a reduce, for any engine (Dask, Spark, a process pool).

:func:`cchc_metrics.store.table_from_files` reads files one after the other and folds
their claims in one process. The same table, cut into steps that each need only their
own input, so that an engine can spread them over workers:

1. :func:`hash_file` — per file: ``(path, sha256)`` (map);
2. :func:`name_documents` — the list of hashes, once, on the driver: drop copies by
   content and give each document its id (the file stem; ``~`` and 8 hex digits when two
   contents share a stem), exactly as the store does — cheap, and it must see every file
   in order, so it is the one sequential step;
3. :func:`doc_of_file` — per ``(path, name, sha)``: read, extract, group the claims
   (:class:`~cchc_metrics.indicator_table.DocClaims`, or ``None`` for a file that cannot
   be read or extracted; the store skips those too) (map);
4. :func:`cells_of_doc` — per document: ``(row key, (document, claim))`` pairs; the
   document is a light copy without its claims, so a pair ships only its own claim (map);
5. group the pairs by row key (``foldby`` / ``reduceByKey``) and :func:`row_of_cell`
   each group (reduce);
6. :func:`sort_rows` — on the driver.

Every function is module-level and takes only picklable arguments (a
:class:`~cchc_metrics.indicators.Taxonomy` pickles), so each step runs on any worker that
has ``cchc_metrics`` installed. The rows equal :func:`~cchc_metrics.store.table_from_files`
over the same paths (tests/test_dask_table.py checks it on the shared corpus).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Iterable

import attrs

from ..indicator_table import ROW_ORDER, DocClaims, _cell_row, _cells, _row_order, doc_claims
from ..indicators import Taxonomy, resolve_taxonomy

__all__ = ["hash_file", "name_documents", "doc_of_file", "cells_of_doc", "row_of_cell", "sort_rows",
           "ROW_ORDER"]


def hash_file(path: str | os.PathLike) -> tuple[str, str]:
    """``(path, SHA-256 of its bytes)``; the path is given back as a string."""
    from ..store import _sha256

    return os.fspath(path), _sha256(Path(path).read_bytes())


def name_documents(hashed: Iterable[tuple[str, str]]) -> list[tuple[str, str, str]]:
    """``(path, doc_id, sha)`` of the files to read, in the order given: a content already
    seen is left out, and ids are given as :func:`cchc_metrics.store.ingest` gives them."""
    from ..store import _Namer

    namer, out = _Namer(), []
    for path, sha in hashed:
        name = namer.new(Path(path), sha)
        if name is not None:
            out.append((path, name, sha))
    return out


def doc_of_file(path: str, name: str, sha: str, published: str | None = None,
                taxonomy: Taxonomy | None = None) -> DocClaims | None:
    """The grouped claims of one file, or ``None`` when it cannot be decoded or extracted
    (as :func:`~cchc_metrics.store.table_from_files` skips it). ``published`` is an ISO date
    string or ``None``."""
    from ..batch import Extractor
    from ..store import _decode

    doc = _decode(Path(path), Path(path).read_bytes(), sha, name)
    if doc.error is not None:
        return None
    item = Extractor(published)((name, doc.text))
    if item.error is not None or item.result is None:
        return None
    return doc_claims(name, item.result, doc.text, taxonomy, sha256=sha, path=str(Path(path)))


def cells_of_doc(doc: DocClaims | None) -> list[tuple[tuple, tuple[DocClaims, Any]]]:
    """``(row key, (document without its claims, claim))`` for each claim that fills a
    cell of the table (no deadlines, no claims of nothing nameable)."""
    if doc is None:
        return []
    light = attrs.evolve(doc, claims=())
    return [(key, (light, c)) for key, c in _cells(doc)]


def row_of_cell(key: tuple, found: Iterable[tuple[DocClaims, Any]], taxonomy: Taxonomy | None = None) -> dict[str, Any]:
    """The table row of one key from all its ``(document, claim)`` pairs, in any order."""
    return _cell_row(tuple(key), found, resolve_taxonomy(taxonomy))


def sort_rows(rows: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows in the table's order (by key, locality, period, status, kind, unit, per)."""
    return sorted(rows, key=_row_order)
