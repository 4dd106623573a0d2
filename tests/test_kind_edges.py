"""Edges between kinds that the example corpora cannot state as a whole sentence."""

from cchc_metrics import extract


def test_months_of_an_age_are_no_span_of_their_own():
    # "61 tuổi 6 tháng" is one age; its months are neither a duration nor a count
    got = [(m.kind, m.text) for m in extract("Tuổi nghỉ hưu của nam năm 2026 là 61 tuổi 6 tháng.").metrics]
    assert ("duration", "6 tháng") not in got and not any(k == "count" for k, _ in got)
    assert any(k == "duration" and t.startswith("61") for k, t in got)


def test_a_count_of_months_outside_an_age_stays():
    got = [(m.kind, m.value) for m in extract("Thời gian thử việc là 6 tháng.").metrics]
    assert ("duration", 6) in got
