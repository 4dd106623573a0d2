"""Status rules, one example each (tests/corpus/status.py), read through the public API."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from cchc_metrics import extract_metrics

sys.path.insert(0, str(Path(__file__).parent))

from corpus.status import EXAMPLES  # noqa: E402


@pytest.mark.parametrize("ex", EXAMPLES, ids=[f"{i}-{ex.quote}" for i, ex in enumerate(EXAMPLES)])
def test_status_example(ex):
    metrics = [m for m in extract_metrics(ex.text, published="2024-06-11") if m.kind == ex.kind]
    start = ex.text.index(ex.quote)
    end = start + len(ex.quote)
    hit = [m for m in metrics if m.start < end and m.end > start]
    assert hit, f"no {ex.kind} at {ex.quote!r}: {metrics}"
    assert hit[0].status == ex.status, hit[0]
