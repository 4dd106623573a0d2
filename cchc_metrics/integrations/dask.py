"""Dask: claims of many documents as a bag of records or a DataFrame, and the indicator
table folded on a cluster::

    from cchc_metrics.integrations.dask import bag_from_files, indicator_table_dask
    bag = bag_from_files(["bulletins/"], published=None)
    bag.pluck("kind").frequencies().compute()
    rows = indicator_table_dask(["bulletins/"])     # == store.table_from_files(["bulletins/"])

Both functions build lazy graphs from module-level functions and an
:class:`~cchc_metrics.batch.Extractor` (a few bytes pickled), so they run on any
scheduler: threads, processes or a ``dask.distributed`` cluster whose workers have
``cchc_metrics`` installed. Rows are exactly :func:`cchc_metrics.tables.to_records` /
:func:`~cchc_metrics.tables.to_pandas` of the single-process result.

Requires ``pip install "cchc_metrics[dask]"``; dask is imported when these are called.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Iterable

from ..batch import Extractor, iter_text_files
from ..tables import COLUMNS, empty_frame, to_pandas, to_records

__all__ = ["bag_from_files", "extract_dataframe", "records_of_paths", "extract_partition", "COLUMNS",
           "indicator_table_dask", "indicator_table_bag"]


def records_of_paths(paths: Iterable[str], published: str | None = None, errors: str = "raise") -> list[dict[str, Any]]:
    """The records of some files (one bag partition). ``errors="skip"`` drops files that
    cannot be read or extracted; ``"raise"`` fails the task with the file's name."""
    extractor = Extractor(published)
    rows: list[dict[str, Any]] = []
    for path in paths:
        item = extractor(Path(path))
        if item.error is not None:
            if errors == "skip":
                continue
            raise ValueError(f"{path}: {item.error}")
        rows.extend(to_records([item]))  # (the file read back names each mention's claim)
    return rows


def bag_from_files(paths: str | os.PathLike | Iterable[str | os.PathLike], published: Any = None, *,
                   recursive: bool = False, npartitions: int | None = None, errors: str = "raise"):
    """A ``dask.bag.Bag`` of :func:`~cchc_metrics.tables.to_records` dicts (doc = file stem),
    one element per claim, in file order then claim order.

    Directories are expanded to their ``*.txt`` files (sorted; all levels with
    ``recursive=True``). A file that cannot be read raises when computed (``errors="raise"``)
    or is left out (``errors="skip"``). ``npartitions`` defaults to one per file, at most 100.
    """
    import dask.bag as db

    if errors not in ("raise", "skip"):
        raise ValueError(f"errors must be 'raise' or 'skip', got {errors!r}")
    published = Extractor(published).published  # validate early, ship an ISO string
    files = [os.fspath(p) for p in iter_text_files(paths, recursive=recursive)]
    if not files:
        return db.from_sequence([], npartitions=1)
    if npartitions is None:
        npartitions = min(len(files), 100)
    names = db.from_sequence(files, npartitions=npartitions)
    return names.map_partitions(records_of_paths, published, errors)


def extract_partition(frame, text_column: str, name_column: str | None = None, published: str | None = None):
    """Claims of one pandas partition: a frame with :data:`~cchc_metrics.tables.COLUMNS`.

    ``doc`` is the row's ``name_column`` value, or its index label when there is none.
    Missing texts (None/NaN) give no rows; a row whose extraction fails raises.
    """
    import pandas as pd

    extractor = Extractor(published)
    rows: list[dict[str, Any]] = []
    names = frame[name_column] if name_column is not None else frame.index.to_series()
    for label, text, name in zip(frame.index, frame[text_column], names):
        if text is None or (not isinstance(text, str) and pd.isna(text)):
            continue
        doc = str(name) if name is not None and not (not isinstance(name, str) and pd.isna(name)) else str(label)
        rows.extend(to_records(extractor.extract(text), doc=doc, text=text))
    return to_pandas(records=rows)


def extract_dataframe(ddf, text_column: str, *, name_column: str | None = None, published: Any = None):
    """A ``dask.dataframe.DataFrame`` of claims (columns/dtypes of
    :func:`~cchc_metrics.tables.to_pandas`) from a DataFrame with one document per row.

    Built with ``map_partitions`` and ``meta=empty_frame()``; each output partition has a
    fresh ``RangeIndex`` (call ``reset_index(drop=True)`` after ``compute()`` for a global one).
    """
    if text_column not in ddf.columns:
        raise KeyError(f"no column {text_column!r} in the DataFrame")
    if name_column is not None and name_column not in ddf.columns:
        raise KeyError(f"no column {name_column!r} in the DataFrame")
    published = Extractor(published).published
    return ddf.map_partitions(
        extract_partition, text_column, name_column, published,
        meta=empty_frame(), enforce_metadata=False,
    )


# -- the indicator table ------------------------------------------------------------------
def _append(acc: list, pair: tuple) -> list:
    acc.append(pair[1])
    return acc


def _concat(a: list, b: list) -> list:
    return a + b


def _new_list() -> list:
    return []  # foldby calls a callable initial once per key: a fresh list each time


def _first(pair: tuple):
    return pair[0]


def _doc_of(item: tuple, published: str | None, taxonomy):
    from .fold import doc_of_file

    path, name, sha = item
    return doc_of_file(path, name, sha, published, taxonomy)


def _row_of(group: tuple, taxonomy):
    from .fold import row_of_cell

    return row_of_cell(group[0], group[1], taxonomy)


def indicator_table_bag(paths: Any, published: Any = None, *, taxonomy: Any = None, glob: str = "*.txt",
                        npartitions: int | None = None, scheduler: Any = None):
    """A ``dask.bag.Bag`` of the indicator table's rows (unsorted): files are hashed on the
    workers, named on the driver (the one sequential step: drop copies by content, give ids
    as the store does), then extracted, grouped into claims, cut into ``(row key, claim)``
    pairs and folded by key with ``Bag.foldby`` — see :mod:`cchc_metrics.integrations.fold`.

    ``paths``: files, or directories walked for ``glob`` (all levels, sorted), as
    :func:`cchc_metrics.store.collect_files`. Hashing is computed here (with ``scheduler``,
    default: dask's current one); the rest stays lazy.
    """
    import dask.bag as db

    from ..indicators import resolve_taxonomy
    from ..store import collect_files
    from .fold import cells_of_doc, hash_file, name_documents

    published = Extractor(published).published  # validate early, ship an ISO string
    tax = resolve_taxonomy(taxonomy)
    files = [os.fspath(p) for p in collect_files(paths, glob)]
    if not files:
        return db.from_sequence([], npartitions=1)
    if npartitions is None:
        npartitions = min(len(files), 100)
    hashed = db.from_sequence(files, npartitions=npartitions).map(hash_file).compute(scheduler=scheduler)
    named = name_documents(hashed)
    docs = db.from_sequence(named, npartitions=min(npartitions, len(named))).map(_doc_of, published, tax)
    cells = docs.map(cells_of_doc).flatten()
    groups = cells.foldby(_first, _append, _new_list, _concat, _new_list)
    return groups.map(_row_of, tax)


def indicator_table_dask(paths: Any, published: Any = None, *, taxonomy: Any = None, glob: str = "*.txt",
                         npartitions: int | None = None, scheduler: Any = None) -> list[dict[str, Any]]:
    """The indicator table of ``paths`` computed with Dask: the rows of
    :func:`cchc_metrics.store.table_from_files` over the same paths, in the same order
    (:func:`indicator_table_bag`, computed with ``scheduler`` and sorted on the driver)."""
    from .fold import sort_rows

    bag = indicator_table_bag(paths, published, taxonomy=taxonomy, glob=glob, npartitions=npartitions,
                              scheduler=scheduler)
    return sort_rows(bag.compute(scheduler=scheduler))
