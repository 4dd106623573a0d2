"""A pytest-friendly check of an extraction against hand-written gold.

>>> from cchc_metrics.testing import assert_matches_gold
>>> assert_matches_gold(                                          # doctest: +SKIP
...     "Bộ Công an đã cấp trên 86 triệu thẻ CCCD gắn chip.",
...     {"metrics": [{"kind": "count", "quote": "trên 86 triệu thẻ CCCD gắn chip",
...                   "value": 86000000, "locality": "national"}]},
... )
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Callable, Mapping

from .evaluation import GoldError, gold_doc_from_dict, load_gold_doc, score

__all__ = ["assert_matches_gold"]


def _load(text_or_path: str | Path, gold: Mapping[str, Any] | str | Path):
    if isinstance(text_or_path, Path) or (
        isinstance(text_or_path, str) and "\n" not in text_or_path and len(text_or_path) < 4096
        and text_or_path.endswith(".txt") and Path(text_or_path).is_file()
    ):
        from .goldfile import read_text

        text_path = Path(text_or_path)
        text = read_text(text_path)
    else:
        text_path, text = None, str(text_or_path)
    if isinstance(gold, Mapping):
        return gold_doc_from_dict(gold, text, name=gold.get("doc") or "<gold>")
    gold_path = Path(gold)
    if text_path is not None:
        return load_gold_doc(gold_path, text_path)
    try:
        data = json.loads(gold_path.read_text("utf-8-sig"))
    except (OSError, json.JSONDecodeError) as exc:
        raise GoldError(gold_path, None, f"cannot read gold: {exc}") from None
    return gold_doc_from_dict(data, text, name=gold_path.stem, file=gold_path)


def assert_matches_gold(
    text_or_path: str | Path,
    gold: Mapping[str, Any] | str | Path,
    *,
    published: str | None = None,
    min_f1: float = 1.0,
    extractor: Callable[..., Any] | None = None,
) -> None:
    """Extract from a text (or a ``.txt`` path) and compare with gold (a FORMAT.md dict or
    a ``NAME.json`` path). Raise ``AssertionError`` listing misses, extras and wrong values
    when the micro F1 over all kinds is below ``min_f1``.

    ``published`` defaults to the gold's own ``published``.
    """
    doc = _load(text_or_path, gold)
    if published is None:
        published = doc.published
    if extractor is None:
        from .api import extract as extractor
    report = score([(doc, extractor(doc.text, published=published))])
    f1 = report.f1
    if f1 is None:  # no gold and no prediction: nothing to get wrong
        f1 = 1.0
    if f1 + 1e-12 >= min_f1:
        return
    micro = report.micro
    lines = [
        f"micro F1 {f1:.3f} < {min_f1:.3f} "
        f"(TP {micro.tp}, FP {micro.fp}, FN {micro.fn}) for {doc.name}"
    ]
    for title, items in (("missed", report.misses), ("extra", report.extras), ("wrong value", report.wrong)):
        for m in items:
            lines.append(f"  {title}: {m.describe()}")
    raise AssertionError("\n".join(lines))
