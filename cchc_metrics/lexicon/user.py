"""A user's own additions to the lexicons, read from the JSON file named by the environment
variable ``CCHC_METRICS_LEXICON`` (issue 15: users extend the lexicons without forking).

The lexicons are compiled into the readers' patterns when the package is imported, so the
variable must be set before ``import cchc_metrics`` (the taxonomy of indicators, read when a
table is built, takes a file argument instead: ``cchc_metrics.indicators.load_taxonomy``).
The file is one JSON object; every section is optional::

    {
      "province_aliases": {"Xứ Mường": "Hòa Bình"},       # alias -> province (pre-2025 name)
      "money_units": {"bạt": "THB"},                        # word after an amount -> currency
      "duration_units": {"ca": "hour"},                     # word -> a FORMAT.md duration unit
      "quantity_units": {"sào": "360 * m**2"},              # word -> a pint expression
      "document_types": {"hướng dẫn": ["hướng dẫn"]}        # canonical type -> its written forms
    }

Entries are added to the built-in ones and win over them. A malformed file raises
``ValueError`` naming the file and the entry, at import: a silently ignored lexicon would
read a corpus wrong without anyone knowing.
"""

from __future__ import annotations

import functools
import json
import os
from typing import Any

ENV = "CCHC_METRICS_LEXICON"
SECTIONS = ("province_aliases", "money_units", "duration_units", "quantity_units", "document_types")


@functools.lru_cache(maxsize=1)
def _load(path: str) -> dict[str, Any]:
    try:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
    except OSError as exc:
        raise ValueError(f"{ENV}={path}: cannot read the lexicon file ({exc.strerror})") from None
    except json.JSONDecodeError as exc:
        raise ValueError(f"{ENV}={path}: not JSON ({exc.msg}, line {exc.lineno})") from None
    if not isinstance(data, dict):
        raise ValueError(f"{ENV}={path}: the lexicon file must hold a JSON object")
    unknown = sorted(set(data) - set(SECTIONS))
    if unknown:
        raise ValueError(f"{ENV}={path}: unknown section(s) {', '.join(unknown)} (known: {', '.join(SECTIONS)})")
    return data


def section(name: str) -> dict[str, Any]:
    """The user's entries of one section (empty without the variable or the section),
    checked: keys are non-empty words, values strings (lists of strings for document types)."""
    if name not in SECTIONS:
        raise KeyError(name)
    path = os.environ.get(ENV)
    if not path:
        return {}
    entries = _load(path).get(name, {})
    if not isinstance(entries, dict):
        raise ValueError(f"{ENV}={path}: section {name!r} must be a JSON object")
    for key, value in entries.items():
        if not isinstance(key, str) or not key.strip():
            raise ValueError(f"{ENV}={path}: {name}: empty entry")
        if name == "document_types":
            ok = isinstance(value, list) and value and all(isinstance(v, str) and v.strip() for v in value)
        else:
            ok = isinstance(value, str) and bool(value.strip())
        if not ok:
            want = "a list of written forms" if name == "document_types" else "a string"
            raise ValueError(f"{ENV}={path}: {name}[{key!r}] must be {want}")
    return entries


def merge(name: str, target: dict, *, allowed: set[str] | None = None, lower: bool = True) -> None:
    """Add the user's entries of section ``name`` to ``target`` in place (keys lower-cased
    when ``lower``; values checked against ``allowed`` when given)."""
    entries = section(name)
    for key, value in entries.items():
        if allowed is not None and value not in allowed:
            raise ValueError(f"{ENV}: {name}[{key!r}] = {value!r} is not one of {', '.join(sorted(allowed))}")
        if name == "document_types":
            value = tuple(v.lower() for v in value)
        target[key.lower() if lower else key] = value
