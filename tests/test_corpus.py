"""The example corpora are the test (Duckling style; named lists as in price-parser).

For each kind in ``tests/corpus/<kind>.py``:
- ``EXAMPLES`` must pass;
- ``KNOWN_GAPS`` are strict xfail — they turn red the day they start working, so move them
  to ``EXAMPLES`` then;
- ``NOT_CLAIMS`` must produce no claim of that kind (``NOT_CLAIMS_KNOWN_GAPS``: strict xfail).

Matching: among the extracted metrics of the expected kind, take the one overlapping the
example's ``quote`` most (default: the first of that kind) and check each expected field:
numbers within 1e-9 relative, subject after whitespace normalisation, units as FORMAT.md
scores them (quantity by pint equivalence).
"""

from __future__ import annotations

import importlib
import math
import sys
from pathlib import Path

import pytest

from cchc_metrics import extract_metrics
from cchc_metrics.evaluation import units_agree

sys.path.insert(0, str(Path(__file__).parent))

from corpus import slug  # noqa: E402

PUBLISHED = "2024-06-11"
KINDS = ("percent", "count", "money", "fraction", "rank", "duration", "quantity")
CORPORA = {kind: importlib.import_module(f"corpus.{kind}") for kind in KINDS}
NUMBER_FIELDS = ("value", "value_max", "denominator")


def _params(list_name: str, xfail: bool = False):
    out = []
    for kind, mod in CORPORA.items():
        for i, ex in enumerate(getattr(mod, list_name, [])):
            marks = [pytest.mark.xfail(strict=True, raises=AssertionError, reason=f"{kind} known gap")] if xfail else []
            out.append(pytest.param(kind, ex, id=f"{kind}-{i}-{slug(ex.text)}", marks=marks))
    return out


def _not_claim_params(list_name: str = "NOT_CLAIMS", xfail: bool = False):
    marks = [pytest.mark.xfail(strict=True, reason="known false claim")] if xfail else []
    return [
        pytest.param(kind, text, id=f"{kind}-{i}-{slug(text)}", marks=marks)
        for kind, mod in CORPORA.items()
        for i, text in enumerate(getattr(mod, list_name, []))
    ]


def _norm(s):
    return " ".join(str(s).split()) if s is not None else None


def _pick(metrics, text, quote):
    if quote is None:
        return metrics[0]
    start = text.index(quote)
    end = start + len(quote)
    best, best_overlap = None, 0
    for m in metrics:
        overlap = min(end, m.end) - max(start, m.start)
        if overlap > best_overlap:
            best, best_overlap = m, overlap
    assert best is not None, f"no metric overlaps {quote!r}; got {metrics}"
    return best


def _check_offsets(text, metrics):
    for m in metrics:
        assert m.text == text[m.start:m.end], m


def _check_example(kind, ex):
    metrics = extract_metrics(ex.text, published=PUBLISHED)
    _check_offsets(ex.text, metrics)
    expected = dict(ex.expected)
    assert expected.pop("kind", kind) == kind
    of_kind = [m for m in metrics if m.kind == kind]
    assert of_kind, f"no {kind} claim; got {metrics}"
    m = _pick(of_kind, ex.text, ex.quote)
    problems = []
    for field, want in expected.items():
        got = getattr(m, field)
        if field in NUMBER_FIELDS:
            ok = (got is None and want is None) or (
                got is not None and want is not None
                and math.isclose(float(got), float(want), rel_tol=1e-9, abs_tol=0.0)
            )
        elif field == "unit":
            ok = units_agree(kind, want, got) if kind in ("money", "duration", "quantity") else got == want
        elif field == "subject":
            ok = _norm(got) == _norm(want)
        else:
            ok = got == want
        if not ok:
            problems.append(f"{field}: expected {want!r}, got {got!r}")
    assert not problems, f"{m}: " + "; ".join(problems)


@pytest.mark.parametrize("kind,ex", _params("EXAMPLES"))
def test_examples(kind, ex):
    _check_example(kind, ex)


@pytest.mark.parametrize("kind,ex", _params("KNOWN_GAPS", xfail=True))
def test_known_gaps(kind, ex):
    _check_example(kind, ex)


@pytest.mark.parametrize(
    "kind,text", _not_claim_params() + _not_claim_params("NOT_CLAIMS_KNOWN_GAPS", xfail=True)
)
def test_not_claims(kind, text):
    metrics = extract_metrics(text, published=PUBLISHED)
    _check_offsets(text, metrics)
    wrong = [m for m in metrics if m.kind == kind]
    assert not wrong, wrong


def test_corpus_sizes():
    for kind, mod in CORPORA.items():
        assert len(mod.EXAMPLES) + len(mod.KNOWN_GAPS) >= 30, kind
