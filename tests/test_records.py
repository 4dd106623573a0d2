"""Records: the pipeline's fast copy of a frozen record is the same as ``attrs.evolve``."""

import attrs
import pytest

import cchc_metrics
from cchc_metrics.records import _replaced


def test_replaced_equals_evolve():
    m = cchc_metrics.extract("Năm 2024, tỉnh tiếp nhận 3.500 hồ sơ trực tuyến, đạt 95%.").metrics[0]
    changes = dict(start=1, end=2, text="x", locality="Hà Nội")
    assert _replaced(m, **changes) == attrs.evolve(m, **changes)
    assert _replaced(m) == m and _replaced(m) is not m


def test_replaced_refuses_unknown_fields():
    m = cchc_metrics.extract("Tỉnh tiếp nhận 3.500 hồ sơ.").metrics[0]
    with pytest.raises(TypeError):
        _replaced(m, no_such_field=1)
