"""The context corpora (tests/corpus/status.py, status_blind.py, change.py, subject.py,
locality.py): what a figure means — its status, the movement it is an end of, what it
measures and where.

Each example names a figure by its quote; the test takes the extracted claim of the same kind
that overlaps the quote most and checks one field. ``KNOWN_GAPS`` are strict xfail: they turn
red the day they pass, so move them to ``EXAMPLES`` then.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from cchc_metrics import extract_metrics

sys.path.insert(0, str(Path(__file__).parent))

import corpus.change as CHANGE  # noqa: E402
import corpus.locality as LOCALITY  # noqa: E402
import corpus.status as STATUS_RULES  # noqa: E402
import corpus.status_blind as STATUS  # noqa: E402
import corpus.subject as SUBJECT  # noqa: E402
from corpus import slug  # noqa: E402

PUBLISHED = "2024-06-11"
# a known gap must fail on its field, not on a misquoted example
_GAP = pytest.mark.xfail(strict=True, raises=AssertionError, reason="known gap")


def _params(*modules):
    """The EXAMPLES of each corpus, then its KNOWN_GAPS (strict xfail)."""
    out = []
    for module in modules:
        name = module.__name__.rsplit(".", 1)[-1]
        out += [pytest.param(ex, id=f"{name}-{i}-{slug(ex.quote)}") for i, ex in enumerate(module.EXAMPLES)]
        out += [pytest.param(ex, id=f"{name}-gap-{i}-{slug(ex.quote)}", marks=_GAP)
                for i, ex in enumerate(getattr(module, "KNOWN_GAPS", ()))]
    return out


def _claim(ex, published: str = PUBLISHED):
    metrics = extract_metrics(ex.text, published=published)
    for m in metrics:
        assert ex.text[m.start:m.end] == m.text  # offsets slice the input, always
    start = ex.text.index(ex.quote)
    end = start + len(ex.quote)
    hits = [m for m in metrics if m.kind == ex.kind and m.start < end and m.end > start]
    assert hits, f"no {ex.kind} at {ex.quote!r}: {metrics}"
    best = max(hits, key=lambda m: min(end, m.end) - max(start, m.start))
    return best, metrics


@pytest.mark.parametrize("ex", _params(STATUS_RULES, STATUS))
def test_status(ex):
    m, _ = _claim(ex, published=getattr(ex, "published", PUBLISHED))
    assert m.status == ex.status, (m, m.status_cue)
    if m.status is not None:  # every non-default status says which words decided it
        assert m.status_cue is not None and m.status_cue.rule


@pytest.mark.parametrize("ex", _params(CHANGE))
def test_change(ex):
    m, metrics = _claim(ex)
    assert m.change == ex.change, m
    if ex.change is not None and ex.partner is not None:
        ps = ex.text.index(ex.partner)
        pe = ps + len(ex.partner)
        partner = [p for p in metrics if p.kind == ex.kind and p.start < pe and p.end > ps]
        assert partner, f"no partner at {ex.partner!r}"
        assert m.change_id is not None and partner[0].change_id == m.change_id, (m, partner[0])
        assert partner[0].change == ("to" if ex.change == "from" else "from")


@pytest.mark.parametrize("ex", _params(SUBJECT))
def test_subject(ex):
    m, _ = _claim(ex)
    got = " ".join((m.subject or "").split()) or None
    want = " ".join(ex.subject.split()) if ex.subject else None
    assert got == want, m


@pytest.mark.parametrize("ex", _params(LOCALITY))
def test_locality(ex):
    m, _ = _claim(ex, published=ex.published)
    assert (m.locality, m.district) == (ex.locality, ex.district), m


def test_corpora_are_large_enough_and_quote_their_text():
    for module, least in ((STATUS, 40), (CHANGE, 40), (SUBJECT, 40), (LOCALITY, 40)):
        examples = module.EXAMPLES + module.KNOWN_GAPS
        assert len(examples) >= least, module.__name__
        for ex in examples:
            assert ex.quote in ex.text
    # negatives: each corpus holds figures whose field is the default
    assert sum(ex.status is None for ex in STATUS.EXAMPLES) >= 20
    assert sum(ex.change is None for ex in CHANGE.EXAMPLES) >= 20
    assert sum(ex.subject is None for ex in SUBJECT.EXAMPLES + SUBJECT.KNOWN_GAPS) >= 5
    assert sum(ex.locality is None for ex in LOCALITY.EXAMPLES + LOCALITY.KNOWN_GAPS) >= 5


def test_changes_api_pairs_ends_with_a_delta():
    import cchc_metrics

    text = "Thời gian cấp giấy phép xây dựng được rút ngắn từ 30 ngày xuống còn 15 ngày."
    ex = cchc_metrics.extract(text, published=PUBLISHED)
    (change,) = ex.changes()
    assert [m.text for m in change.froms] == ["30 ngày"] and [m.text for m in change.tos] == ["15 ngày"]
    assert change.delta == -15
    lone = cchc_metrics.extract("Kim ngạch xuất khẩu của tỉnh tăng 14% so với cùng kỳ năm trước.",
                                published=PUBLISHED).metrics
    pct = next(m for m in lone if m.kind == "percent")
    assert (pct.change, pct.direction, pct.compared_to) == (None, "increase", "cùng kỳ năm trước")
    assert pct.to_dict()["direction"] == "increase"
