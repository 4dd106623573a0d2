"""Bridges to data-processing frameworks. Each submodule imports its framework lazily
when used, so ``import cchc_metrics.integrations`` costs nothing.

- :mod:`cchc_metrics.integrations.dask` — Dask bags of records and DataFrames of claims, and
  the indicator table folded on Dask (``pip install "cchc_metrics[dask]"``).
- :mod:`cchc_metrics.integrations.fold` — the indicator table as map and reduce steps for
  any engine (no framework imported; the Spark sketch in ``docs/indicators.md`` uses it).

Spark needs no module of its own: ``DataFrame.mapInPandas`` with
:func:`cchc_metrics.tables.to_pandas` and :func:`cchc_metrics.tables.spark_ddl`
(see ``docs/cookbook.md``).
"""

__all__ = ["dask", "fold"]
