"""The scorer (cchc_metrics.evaluation) against FORMAT.md "Scoring", rule by rule."""

from __future__ import annotations

import json
import math
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cchc_metrics.evaluation import (
    GoldError,
    evaluate,
    gold_doc_from_dict,
    load_gold,
    numbers_agree,
    score,
    subject_f1,
    units_agree,
    validate_document,
)
from cchc_metrics.records import Extraction, LegalRef, Metric
from cchc_metrics.testing import assert_matches_gold
from independent_scorer import independent_score, report_figures

HERE = Path(__file__).parent
SEEDS = HERE / "gold" / "seeds"  # the project's copy of the shared seed gold

TEXT = "abcdefghijklmnopqrstuvwxyz0123456789" * 3


def G(kind="count", start=0, end=5, **kw):
    """A gold metric located by quote/nth over TEXT (TEXT repeats, so nth matters)."""
    quote = TEXT[start:end]
    # count hits up to start the way FORMAT.md does (each search one char after the last hit)
    nth, at = 0, -1
    while True:
        at = TEXT.find(quote, at + 1)
        nth += 1
        if at == start:
            break
    entry = {"kind": kind, "quote": quote, "nth": nth, "locality": None}
    if kind != "deadline":
        entry.setdefault("value", 1)
    else:
        entry.setdefault("date", "2024")
    if kind in ("money", "duration", "quantity"):
        entry["unit"] = {"money": "VND", "duration": "day", "quantity": "hectare"}[kind]
    entry.update(kw)
    return entry


def P(kind="count", start=0, end=5, **kw):
    entry = {"kind": kind, "start": start, "end": end, "locality": None}
    if kind != "deadline":
        entry["value"] = 1
    else:
        entry["date"] = "2024"
    if kind in ("money", "duration", "quantity"):
        entry["unit"] = {"money": "VND", "duration": "day", "quantity": "hectare"}[kind]
    entry.update(kw)
    return entry


def run(gold_metrics, pred_metrics, gold_refs=(), pred_refs=()):
    doc = gold_doc_from_dict({"doc": "t", "published": None, "metrics": list(gold_metrics),
                              "legal_refs": list(gold_refs)}, TEXT, name="t")
    return score([(doc, {"metrics": list(pred_metrics), "legal_refs": list(pred_refs)})])


def ref(key, quote="abc"):
    return {"quote": quote, "doc_type": "luật", "number": "1", "year": None, "issuer": None,
            "issued": None, "key": key}


# ------------------------------------------------------------------ matching
def test_exact_match_is_true_positive():
    r = run([G(start=3, end=8, value=42)], [P(start=3, end=8, value=42)])
    c = r.kinds["count"]
    assert (c.tp, c.fp, c.fn) == (1, 0, 0)
    assert r.f1 == 1.0


def test_overlap_of_one_character_matches_touching_does_not():
    r = run([G(start=0, end=5)], [P(start=4, end=9)])
    assert r.kinds["count"].tp == 1
    r = run([G(start=0, end=5)], [P(start=5, end=9)])
    assert (r.kinds["count"].tp, r.kinds["count"].fp, r.kinds["count"].fn) == (0, 1, 1)


def test_kind_must_be_equal():
    r = run([G("count", 0, 5)], [P("percent", 0, 5)])
    assert r.kinds["count"].fn == 1 and r.kinds["percent"].fp == 1
    assert r.micro.tp == 0


def test_longest_overlap_wins():
    # P2 overlaps the gold by 8, P1 by 3: P2 is matched even though P1 comes first
    r = run([G(start=0, end=10, value=7)], [P(start=0, end=3, value=1), P(start=2, end=10, value=7)])
    c = r.kinds["count"]
    assert (c.tp, c.fp, c.fn) == (1, 1, 0)
    assert [(m.start, m.end) for m in r.extras] == [(0, 3)]


def test_tie_goes_to_earlier_gold():
    # one prediction overlaps two golds by 2 each: the earlier gold gets it
    r = run([G(start=5, end=10, value=2), G(start=0, end=5, value=1)], [P(start=3, end=7, value=1)])
    assert r.kinds["count"].tp == 1
    assert [(m.start, m.end) for m in r.misses] == [(5, 10)]


def test_tie_goes_to_earlier_prediction():
    # two predictions overlap the gold by 2 each; the one starting earlier is matched,
    # whatever the order of the prediction list
    gold = [G(start=0, end=10, value=5)]
    for preds in ([P(start=8, end=12, value=5), P(start=0, end=2, value=9)],
                  [P(start=0, end=2, value=9), P(start=8, end=12, value=5)]):
        r = run(gold, preds)
        c = r.kinds["count"]
        assert (c.tp, c.fp, c.fn) == (0, 2, 1)  # wrong value (FP+FN) + the other one extra
        assert [(m.start, m.end) for m in r.wrong] == [(0, 10)]
        assert r.wrong[0].predicted["value"] == 9
        assert [(m.start, m.end) for m in r.extras] == [(8, 12)]


def test_each_entry_used_once_and_greedy_not_optimal():
    # G1 0-6, G2 5-12; P1 0-12 overlaps G2 by 7 and G1 by 6; P2 0-4 overlaps G1 by 4.
    # greedy: (G2,P1) first, then (G1,P2).
    r = run([G(start=0, end=6), G(start=5, end=12)], [P(start=0, end=12), P(start=0, end=4)])
    assert r.kinds["count"].tp == 2
    # greedy can leave a better assignment unused: G1 0-4, G2 3-10; P1 2-9 overlaps G2 by 6, G1 by 2;
    # P2 8-12 overlaps G2 by 2 only. (G2,P1) is taken first, then nothing for G1 and P2.
    r = run([G(start=0, end=4), G(start=3, end=10)], [P(start=2, end=9), P(start=8, end=12)])
    c = r.kinds["count"]
    assert (c.tp, c.fp, c.fn) == (1, 1, 1)


# ------------------------------------------------------------------ optional
def test_optional_gold_counts_nowhere():
    r = run([G(start=0, end=5, optional=True)], [P(start=0, end=5, value=999)])
    assert r.micro.tp == r.micro.fp == r.micro.fn == 0
    assert r.ignored == 1
    assert r.f1 is None
    r = run([G(start=0, end=5, optional=True)], [])
    assert r.micro.fn == 0
    assert r.misses == []


def test_optional_gold_can_absorb_a_prediction():
    # the optional gold overlaps longer, so it takes the prediction; the other gold is missed
    r = run([G(start=0, end=10, optional=True), G(start=6, end=12)], [P(start=0, end=10)])
    c = r.kinds["count"]
    assert (c.tp, c.fp, c.fn) == (0, 0, 1)
    # optional pairs give no attribute figures either
    assert r.locality.n == 0


def test_optional_false_is_not_optional():
    r = run([G(start=0, end=5, optional=False)], [])
    assert r.kinds["count"].fn == 1


# ------------------------------------------------------------------ values
def test_wrong_value_is_false_positive_and_false_negative():
    r = run([G(start=0, end=5, value=100)], [P(start=0, end=5, value=200)])
    c = r.kinds["count"]
    assert (c.tp, c.fp, c.fn) == (0, 1, 1)
    assert len(r.wrong) == 1 and r.misses == [] and r.extras == []
    w = r.wrong[0]
    assert (w.doc, w.kind, w.text) == ("t", "count", TEXT[0:5])
    assert w.gold["value"] == 100 and w.predicted["value"] == 200
    # attributes are still scored on a wrong pair
    assert r.locality.n == 1


@pytest.mark.parametrize(
    "gold,pred,ok",
    [
        (1000, 1004.9, True),
        (1000, 995.1, True),
        (1000, 1006, False),
        (1000, 994, False),
        (-200, -200.9, True),
        (0, 0, True),
        (0, 0.0001, False),
        (None, None, True),
        (None, 5, False),
        (5, None, False),
        (86_000_000, 86_000_000.0, True),
        (71.68, 71.7, True),
    ],
)
def test_numbers_agree(gold, pred, ok):
    assert numbers_agree(gold, pred) is ok


def test_denominator_and_value_max_are_compared():
    r = run([G("fraction", 0, 5, value=15, denominator=22)], [P("fraction", 0, 5, value=15, denominator=22)])
    assert r.micro.tp == 1
    r = run([G("fraction", 0, 5, value=15, denominator=22)], [P("fraction", 0, 5, value=15)])
    assert r.micro.tp == 0
    # null denominator (rank without "out of") agrees with an absent one
    r = run([G("rank", 0, 5, value=2, denominator=None)], [P("rank", 0, 5, value=2)])
    assert r.micro.tp == 1
    r = run([G("percent", 0, 5, value=70, value_max=80, unit="%")], [P("percent", 0, 5, value=70, unit="%")])
    assert r.micro.tp == 0
    r = run([G("percent", 0, 5, value=70, value_max=80, unit="%")],
            [P("percent", 0, 5, value=70, value_max=80.2, unit="%")])
    assert r.micro.tp == 1


@pytest.mark.parametrize(
    "kind,gold,pred,ok",
    [
        ("money", "VND", "vnd", True),
        ("money", "VND", " V ND ", True),
        ("money", "VND", "USD", False),
        ("money", "VND", None, False),
        ("duration", "working_day", "Working_Day", True),
        ("duration", "working_day", "day", False),
        ("duration", "month", "months", False),
        ("quantity", "megabit / second", "Mbps", True),
        ("quantity", "megabit / second", "megabit/second", True),
        ("quantity", "megabit / second", "Mbit/s", True),
        ("quantity", "megabit / second", "megabaud", True),  # pint: 1 baud = 1 bit/s
        ("quantity", "megabit / second", "kilobit / second", False),
        ("quantity", "1 / km**2", "km**-2", True),
        ("quantity", "1 / km**2", "1/kilometer**2", True),
        ("quantity", "km**2", "km²", True),
        ("quantity", "hectare", "ha", True),
        ("quantity", "hectare", "km**2", False),  # same dimension, other size
        ("quantity", "tonne", "t", True),
        ("quantity", "tonne", "metric_ton", True),
        ("quantity", "dimensionless", "dimensionless", True),
        ("quantity", "dimensionless", None, False),
        ("quantity", "người/km²", "người/km²", True),  # string shortcut, pint cannot read it
        ("quantity", "người/km²", "1 / km**2", False),
        ("count", None, "VND", True),  # no unit rule for counts
        ("percent", "%", None, True),
    ],
)
def test_units_agree(kind, gold, pred, ok):
    assert units_agree(kind, gold, pred) is ok


def test_unit_mismatch_makes_a_pair_wrong():
    r = run([G("money", 0, 5, value=3, unit="VND")], [P("money", 0, 5, value=3, unit="USD")])
    assert (r.micro.tp, r.micro.fp, r.micro.fn) == (0, 1, 1)
    r = run([G("quantity", 0, 5, value=30, unit="megabit / second")],
            [P("quantity", 0, 5, value=30, unit="Mbps")])
    assert r.micro.tp == 1


def test_deadline_dates_compared_as_strings():
    r = run([G("deadline", 0, 5, date="2024-07-20")], [P("deadline", 0, 5, date="2024-07-20")])
    assert r.kinds["deadline"].tp == 1
    r = run([G("deadline", 0, 5, date="2024-07")], [P("deadline", 0, 5, date="2024-07-01")])
    assert r.kinds["deadline"].tp == 0 and r.kinds["deadline"].fn == 1
    # a deadline's value is not compared
    r = run([G("deadline", 0, 5, date="2025")], [P("deadline", 0, 5, date="2025", value=3)])
    assert r.kinds["deadline"].tp == 1


def test_micro_with_and_without_deadlines():
    gold = [G("count", 0, 5), G("deadline", 10, 15, date="2025"), G("percent", 20, 25, unit="%")]
    pred = [P("count", 0, 5), P("deadline", 10, 15, date="2030"), P("money", 30, 33)]
    r = run(gold, pred)
    assert (r.micro.tp, r.micro.fp, r.micro.fn) == (1, 2, 2)
    nodl = r.micro_no_deadlines
    assert (nodl.tp, nodl.fp, nodl.fn) == (1, 1, 1)
    assert math.isclose(r.f1, 2 * (1 / 3) * (1 / 3) / (2 / 3))
    assert math.isclose(nodl.f1, 0.5)
    assert r.kinds["rank"].f1 is None  # nothing either side


def test_precision_and_recall_edge_cases():
    r = run([], [P(start=0, end=3)])
    c = r.kinds["count"]
    assert (c.precision, c.recall, c.f1) == (0.0, 0.0, 0.0)
    r = run([G(start=0, end=3)], [])
    c = r.kinds["count"]
    assert (c.precision, c.recall, c.f1) == (0.0, 0.0, 0.0)
    r = run([], [])
    assert r.f1 is None


# ------------------------------------------------------------------ attributes
def test_locality_accuracy_case_insensitive_and_null():
    gold = [G(start=0, end=3, locality="Hà Nội"), G(start=5, end=8, locality=None),
            G(start=10, end=13, locality=None), G(start=15, end=18, locality="national")]
    gold[1].pop("locality")  # missing is null
    pred = [P(start=0, end=3, locality="hà nội"), P(start=5, end=8, locality=None),
            P(start=10, end=13, locality="national"), P(start=15, end=18, locality="National")]
    r = run(gold, pred)
    assert r.locality.n == 4 and math.isclose(r.locality.value, 0.75)


def test_district_accuracy():
    r = run([G(start=0, end=3, district="Phú Nhuận"), G(start=5, end=8)],
            [P(start=0, end=3, district="phú nhuận"), P(start=5, end=8, district="Long Thành")])
    assert r.district.n == 2 and math.isclose(r.district.value, 0.5)


@pytest.mark.parametrize(
    "gold,pred,tp_fp_fn",
    [
        ("over", "over", (1, 0, 0)),
        ("over", None, (0, 0, 1)),
        ("over", "exact", (0, 0, 1)),
        (None, "approx", (0, 1, 0)),
        ("exact", "approx", (0, 1, 0)),
        ("over", "under", (0, 1, 1)),
        (None, None, (0, 0, 0)),
        ("exact", None, (0, 0, 0)),
        (None, "exact", (0, 0, 0)),
    ],
)
def test_qualifier_f1_rule(gold, pred, tp_fp_fn):
    g = G(start=0, end=5)
    p = P(start=0, end=5, value=2)  # a wrong value still scores attributes
    if gold is not None:
        g["qualifier"] = gold
    if pred is not None:
        p["qualifier"] = pred
    q = run([g], [p]).attributes["qualifier"]
    assert (q.tp, q.fp, q.fn) == tp_fp_fn


def test_status_default_is_actual():
    r = run([G(start=0, end=3, status="actual"), G(start=5, end=8, status="target"),
             G(start=10, end=13, status="target")],
            [P(start=0, end=3), P(start=5, end=8, status="target"), P(start=10, end=13, status="projected")])
    s = r.attributes["status"]
    assert (s.tp, s.fp, s.fn) == (1, 1, 1)


def test_per_change_relation():
    r = run([G("money", 0, 3, per="month"), G("duration", 5, 8, change="from"),
             G("deadline", 10, 13, relation="by"), G("count", 15, 18, relation="by")],
            [P("money", 0, 3, per="year"), P("duration", 5, 8, change="from"),
             P("deadline", 10, 13, relation="by"), P("count", 15, 18, relation="in")])
    per, change, rel = (r.attributes[k] for k in ("per", "change", "relation"))
    assert (per.tp, per.fp, per.fn) == (0, 1, 1)
    assert (change.tp, change.fp, change.fn) == (1, 0, 0)
    # relation only on deadlines: the count's relation counts nowhere
    assert (rel.tp, rel.fp, rel.fn) == (1, 0, 0)


# ------------------------------------------------------------------ subject
def test_subject_f1_function():
    assert subject_f1("bộ, ngành", "bộ ngành") == 1.0
    assert math.isclose(subject_f1("thẻ CCCD gắn chip", "thẻ CCCD"), 2 * 1 * 0.5 / 1.5)
    assert subject_f1("hồ sơ", None) == 0.0
    assert subject_f1("hồ sơ", "") == 0.0
    assert subject_f1("Hồ Sơ", "hồ sơ") == 1.0
    decomposed = unicodedata.normalize("NFD", "hồ sơ trực tuyến")
    assert subject_f1("hồ sơ trực tuyến", decomposed) == 1.0
    # bag of tokens: repeats count
    assert math.isclose(subject_f1("xã, xã", "xã"), 2 * 1 * 0.5 / 1.5)


def test_subject_mean_over_kinds_with_gold_subject():
    gold = [G("count", 0, 3, subject="thẻ CCCD gắn chip"), G("percent", 5, 8, unit="%", subject="tỷ lệ"),
            G("rank", 10, 13, subject="huyện"),  # ranks carry no subject
            G("count", 15, 18),  # no gold subject: not counted
            G("money", 20, 23, subject="vốn")]
    pred = [P("count", 0, 3, subject="thẻ CCCD"), P("percent", 5, 8, unit="%", subject="tỷ lệ"),
            P("rank", 10, 13, subject="xyz"), P("count", 15, 18, subject="abc"), P("money", 20, 23)]
    r = run(gold, pred)
    assert r.subject.n == 3
    assert math.isclose(r.subject.value, (2 / 3 + 1 + 0) / 3)


# ------------------------------------------------------------------ legal refs
def test_legal_refs_multiset():
    gold = [ref("nghị định 63/2024/nđ-cp"), ref("nghị định 63/2024/nđ-cp"), ref("đề án 06")]
    pred = [ref("Nghị định 63/2024/NĐ-CP"), ref("công văn 452")]
    pred = [dict(p, start=0, end=3) for p in pred]
    for p in pred:
        p.pop("quote")
    r = run([], [], gold, pred)
    lr = r.legal_refs
    assert (lr.tp, lr.fp, lr.fn) == (1, 1, 2)
    assert math.isclose(lr.f1, 2 * 0.5 * (1 / 3) / (0.5 + 1 / 3))


# ------------------------------------------------------------------ report output
def test_report_dict_and_table():
    r = run([G(start=0, end=5, value=100), G("deadline", 10, 15, date="2025")],
            [P(start=0, end=5, value=200), P("percent", 20, 25, unit="%")],
            [ref("đề án 06")], [])
    d = r.to_dict()
    json.dumps(d)
    assert d["all"]["tp"] == 0 and d["all"]["fn"] == 2 and d["all"]["fp"] == 2
    assert d["kinds"]["count"]["fn"] == 1
    assert len(d["misses"]) == 1 and len(d["extras"]) == 1 and len(d["wrong"]) == 1
    assert d["misses"][0]["text"] == TEXT[10:15]
    table = r.format_table()
    starts = [line.split()[0] for line in table.splitlines() if line.strip() and not line.startswith("-")]
    for name in ("percent", "count", "money", "fraction", "rank", "duration", "quantity", "deadline", "ALL",
                 "ALL-nodl", "locality", "district", "qualifier", "status", "per", "change", "relation",
                 "subject", "legal_refs"):
        assert name in starts, name
    all_line = next(line for line in table.splitlines() if line.startswith("ALL "))
    assert all_line.split()[-3:] == ["0.000", "0.000", "0.000"]
    detailed = r.format_table(details=True)
    assert "misses (FN): 1" in detailed and "extras (FP): 1" in detailed and "wrong values" in detailed
    assert "value=100" in detailed and "value=200" in detailed


# ------------------------------------------------------------------ gold loading
def _write(folder: Path, name: str, text: str, data) -> None:
    (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    (folder / f"{name}.json").write_text(data if isinstance(data, str) else json.dumps(data, ensure_ascii=False),
                                         encoding="utf-8")


GOOD = {"doc": "a", "published": "2024-06-11",
        "metrics": [{"kind": "percent", "quote": "71,68%", "value": 71.68, "unit": "%", "locality": None},
                    {"kind": "count", "quote": "86 triệu", "value": 86000000, "locality": "national"}],
        "legal_refs": []}
GOOD_TEXT = "Đạt 71,68% và 86 triệu thẻ."


def test_load_gold_resolves_quotes(tmp_path):
    _write(tmp_path, "a", GOOD_TEXT, GOOD)
    (doc,) = load_gold(tmp_path)
    assert doc.name == "a" and doc.published == "2024-06-11"
    assert [(m["start"], m["end"]) for m in doc.metrics] == [(4, 10), (14, 22)]
    assert GOOD_TEXT[14:22] == "86 triệu"


def test_load_gold_nth_counts_overlapping_hits(tmp_path):
    text = "aaa 5% bb 5% cc"
    data = {"doc": "a", "metrics": [{"kind": "percent", "quote": "5%", "nth": 2, "value": 5, "locality": None}]}
    _write(tmp_path, "a", text, data)
    (doc,) = load_gold(tmp_path)
    assert (doc.metrics[0]["start"], doc.metrics[0]["end"]) == (10, 12)


def test_load_gold_bom_text(tmp_path):
    _write(tmp_path, "a", GOOD_TEXT, GOOD)
    (tmp_path / "a.txt").write_bytes(b"\xef\xbb\xbf" + GOOD_TEXT.encode())
    (doc,) = load_gold(tmp_path)
    assert doc.text == GOOD_TEXT


@pytest.mark.parametrize(
    "mutate,entry,words",
    [
        (lambda d: d["metrics"][1].update(kind="number"), "metrics[1]", ["schema", "kind"]),
        (lambda d: d["metrics"][0].update(value="71,68"), "metrics[0]", ["schema", "value"]),
        (lambda d: d["metrics"][1].pop("value"), "metrics[1]", ["schema", "value"]),
        (lambda d: d["metrics"][1].pop("quote"), "metrics[1]", ["schema", "quote", "start"]),
        (lambda d: d["metrics"][0].update(qualifier="about"), "metrics[0]", ["schema", "qualifier"]),
        (lambda d: d["metrics"][1].update(quote="87 triệu"), "metrics[1]", ["quote not found", "87 triệu"]),
        (lambda d: d["metrics"][1].update(nth=2), "metrics[1]", ["quote not found"]),
        (lambda d: d["metrics"].append({"kind": "deadline", "quote": "thẻ", "locality": None}),
         "metrics[2]", ["schema", "date"]),
        (lambda d: d["metrics"].append({"kind": "duration", "quote": "thẻ", "value": 1, "unit": "days",
                                        "locality": None}), "metrics[2]", ["schema", "unit"]),
        (lambda d: d.update(legal_refs=[{"quote": "thẻ", "doc_type": "luật"}]), "legal_refs[0]",
         ["schema", "key"]),
        (lambda d: d.update(published="11/6/2024"), None, ["schema", "published"]),
        (lambda d: d.update(format_version=2), None, ["schema", "format_version"]),
        (lambda d: d.pop("metrics"), None, ["schema", "metrics"]),
    ],
)
def test_malformed_gold_names_file_entry_reason(tmp_path, mutate, entry, words):
    data = json.loads(json.dumps(GOOD))
    mutate(data)
    _write(tmp_path, "a", GOOD_TEXT, data)
    with pytest.raises(GoldError) as info:
        load_gold(tmp_path)
    msg = str(info.value)
    assert "a.json" in msg
    assert info.value.entry == entry
    if entry:
        assert entry in msg
    for w in words:
        assert w in msg, (w, msg)


def test_bad_json_and_missing_text(tmp_path):
    _write(tmp_path, "a", GOOD_TEXT, '{"metrics": [')
    with pytest.raises(GoldError, match=r"a\.json.*bad JSON"):
        load_gold(tmp_path)
    (tmp_path / "a.json").write_text(json.dumps(GOOD), encoding="utf-8")
    (tmp_path / "a.txt").unlink()
    with pytest.raises(GoldError, match=r"a\.json.*missing text file a\.txt"):
        load_gold(tmp_path)
    with pytest.raises(GoldError, match="not a directory"):
        load_gold(tmp_path / "nope")


def test_texts_kept_apart_from_gold(tmp_path):
    """Gold for third-party texts is committed without them: the text is read from a
    separate folder by the document's name, and pinned by its hash."""
    import hashlib

    gold, texts = tmp_path / "gold", tmp_path / "texts"
    gold.mkdir(), texts.mkdir()
    data = dict(GOOD, doc="0001_article")
    (gold / "0001_article.json").write_text(json.dumps(data), encoding="utf-8")
    (texts / "0001_article.txt").write_text(GOOD_TEXT, encoding="utf-8")
    with pytest.raises(GoldError, match="missing text file"):
        load_gold(gold)
    (doc,) = load_gold(gold, texts=texts)
    assert doc.text == GOOD_TEXT and doc.metrics[1]["start"] == 14
    data["text_sha256"] = hashlib.sha256(GOOD_TEXT.encode()).hexdigest()
    (gold / "0001_article.json").write_text(json.dumps(data), encoding="utf-8")
    assert load_gold(gold, texts=texts)[0].name == "0001_article"
    (texts / "0001_article.txt").write_text(GOOD_TEXT + " thêm", encoding="utf-8")
    with pytest.raises(GoldError, match="differs"):
        load_gold(gold, texts=texts)


def test_predictions_folder_scores_one_reading_against_another(tmp_path):
    from cchc_metrics.evaluation import load_predictions

    _write(tmp_path, "a", GOOD_TEXT, GOOD)
    other = tmp_path / "other"
    other.mkdir()
    reading = json.loads(json.dumps(GOOD))
    reading["metrics"][0]["status"] = "target"  # the second annotator reads a goal
    reading["metrics"][1]["value"] = 8600000     # and misreads the scale
    (other / "a.json").write_text(json.dumps(reading), encoding="utf-8")
    report = score(load_predictions(other, load_gold(tmp_path)))
    assert report.kinds["percent"].tp == 1 and report.kinds["count"].fp == 1
    assert report.attributes["status"].fp == 1 and report.attributes["status"].tp == 0
    (other / "a.json").unlink()
    with pytest.raises(GoldError, match="no prediction"):
        load_predictions(other, load_gold(tmp_path))


def test_validate_document_accepts_predictions():
    ex = Extraction(metrics=[Metric("count", 0, 3, text="abc", value=3, locality="national"),
                             Metric("deadline", 4, 8, date="2025-Q3", relation="by"),
                             Metric("rank", 9, 10, value=4)],
                    legal_refs=[LegalRef(0, 3, "abc", "đề án", "06", "đề án 06")], published="2024-06-11")
    validate_document(ex.to_dict(doc="x"))


def test_seed_gold_is_valid():
    docs = load_gold(SEEDS)
    assert len(docs) >= 5
    for doc in docs:
        for m in doc.metrics:
            assert 0 <= m["start"] < m["end"] <= len(doc.text)
            assert doc.text[m["start"]:m["end"]] == m["quote"]


# ------------------------------------------------------------------ evaluate / testing helper
def _gold_as_prediction(doc):
    return {"metrics": [{k: v for k, v in m.items() if k not in ("quote", "nth")}
                        for m in doc.metrics if not m.get("optional")],
            "legal_refs": doc.legal_refs}


def test_evaluate_with_injected_extractor():
    docs = {d.text: d for d in load_gold(SEEDS)}
    seen = []

    def extractor(text, *, published=None):
        seen.append(published)
        return _gold_as_prediction(docs[text])

    r = evaluate(SEEDS, extractor=extractor)
    assert r.f1 == 1.0 and r.micro_no_deadlines.f1 == 1.0
    assert r.locality.value == 1.0 and r.subject.value == 1.0 and r.legal_refs.f1 == 1.0
    assert seen == [d.published for d in load_gold(SEEDS)]


def test_evaluate_extraction_objects():
    def extractor(text, *, published=None):
        i = text.index("86 triệu")
        return Extraction(metrics=[Metric("count", i, i + 8, value=86000000, locality="national")])

    r = evaluate([gold_doc_from_dict(GOOD, GOOD_TEXT, name="a")], extractor=extractor)
    assert (r.micro.tp, r.micro.fn) == (1, 1)


def test_assert_matches_gold(tmp_path):
    def good(text, *, published=None):
        return Extraction(metrics=[Metric("percent", 4, 10, value=71.68, unit="%"),
                                   Metric("count", 14, 22, value=86e6)])

    def bad(text, *, published=None):
        return Extraction(metrics=[Metric("percent", 4, 10, value=71.0, unit="%"), Metric("count", 0, 3, value=1)])

    assert_matches_gold(GOOD_TEXT, GOOD, extractor=good)
    with pytest.raises(AssertionError) as info:
        assert_matches_gold(GOOD_TEXT, GOOD, extractor=bad)
    msg = str(info.value)
    assert "micro F1 0.000 < 1.000" in msg
    assert "missed:" in msg and "'86 triệu'" in msg
    assert "extra:" in msg and "wrong value:" in msg and "value=71.68" in msg and "value=71" in msg
    assert_matches_gold(GOOD_TEXT, GOOD, extractor=bad, min_f1=0.0)
    # paths: NAME.txt + NAME.json
    _write(tmp_path, "a", GOOD_TEXT, GOOD)
    assert_matches_gold(tmp_path / "a.txt", tmp_path / "a.json", extractor=good)
    assert_matches_gold(str(tmp_path / "a.txt"), str(tmp_path / "a.json"), extractor=good)
    assert_matches_gold(GOOD_TEXT, tmp_path / "a.json", extractor=good)
    with pytest.raises(GoldError):
        assert_matches_gold("no such text", GOOD, extractor=good)


# ------------------------------------------------------------------ records round trip
def test_records_round_trip():
    m = Metric("fraction", 3, 18, text="15/22 bộ, ngành", value=15, denominator=22, subject="bộ, ngành",
               qualifier="over", status="target", per="year", change="to", locality="Hà Nội",
               district="Ba Đình", refs=["đề án 06"], period="2024-H1", as_of="2024-04")
    assert Metric.from_dict(m.to_dict()) == m
    d = Metric("deadline", 0, 5, date="2025", relation="by", optional=True)
    assert Metric.from_dict(d.to_dict()) == d
    r = LegalRef(0, 20, "Nghị định 63/2024/NĐ-CP", "nghị định", "63", "nghị định 63/2024/nđ-cp",
                 year=2024, issuer="NĐ-CP", issued="2024-06-10")
    assert LegalRef.from_dict(r.to_dict()) == r
    ex = Extraction(metrics=[m, d], legal_refs=[r], published="2024-06-11", doc="x")
    back = Extraction.from_dict(json.loads(json.dumps(ex.to_dict())))
    assert back == ex
    validate_document(ex.to_dict())
    # defaults written out are read back as defaults
    assert Metric.from_dict({"kind": "count", "start": 0, "end": 1, "qualifier": "exact",
                             "status": "actual"}) == Metric("count", 0, 1)


# ------------------------------------------------------------------ independent scorer
def _close(a, b):
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)


def _assert_same_figures(docs_json):
    from cchc_metrics.evaluation import gold_doc_from_dict as gd

    pairs = [(gd(d["gold"], d["text"], name=f"d{i}"), d["pred"]) for i, d in enumerate(docs_json)]
    ours = report_figures(score(pairs).to_dict())
    theirs = independent_score(docs_json)
    assert set(ours) == set(theirs)
    bad = {k: (ours[k], theirs[k]) for k in ours if not _close(ours[k], theirs[k])}
    assert not bad, bad


def test_independent_scorer_agrees_on_gold_vs_itself():
    docs = [{"text": d.text, "gold": json.loads((SEEDS / f"{d.name}.json").read_text("utf-8")),
             "pred": _gold_as_prediction(d)} for d in load_gold(SEEDS)]
    _assert_same_figures(docs)


def test_independent_scorer_agrees_on_seeds_with_library_predictions():
    from cchc_metrics import extract

    docs = []
    for d in load_gold(SEEDS):
        docs.append({"text": d.text, "gold": json.loads((SEEDS / f"{d.name}.json").read_text("utf-8")),
                     "pred": extract(d.text, published=d.published).to_dict()})
    _assert_same_figures(docs)


# synthetic documents: gold and predictions over a fixed text, values clearly inside or
# outside the 0.5 % tolerance so both implementations face no rounding edge
SYN_TEXT = "x" * 60
UNITS = {"money": ["VND", "vnd", "USD"], "duration": ["day", "working_day", " Day"],
         "quantity": ["megabit / second", "Mbps", "hectare", "ha", "km**2"]}
GOLD_UNITS = {"money": ["VND", "USD"], "duration": ["day", "working_day"],
              "quantity": ["megabit / second", "hectare", "km**2"]}
QUALS = [None, "exact", "over", "under", "approx"]
STATS = [None, "actual", "target", "projected"]
LOCS = [None, "Hà Nội", "hà nội", "national", "Cần Thơ"]
SUBJ = [None, "hồ sơ", "hồ sơ trực tuyến", "bộ, ngành", "bộ ngành bộ", "thẻ"]
KEYS = ["đề án 06", "Đề án 06", "nghị định 63/2024/nđ-cp", "công văn 452"]


@st.composite
def syn_entry(draw, gold: bool):
    kind = draw(st.sampled_from(["count", "percent", "money", "duration", "quantity", "deadline", "rank",
                                 "fraction"]))
    start = draw(st.integers(0, 55))
    end = draw(st.integers(start + 1, min(60, start + 8)))
    e = {"kind": kind, "locality": draw(st.sampled_from(LOCS))}
    if kind == "deadline":
        e["date"] = draw(st.sampled_from(["2024", "2025", "2024-07"]))
        rel = draw(st.sampled_from([None, "by", "in", "before"]))
        if rel:
            e["relation"] = rel
    else:
        base = draw(st.sampled_from([0, 1, 10, 86_000_000, 71.68]))
        e["value"] = base if gold else base * draw(st.sampled_from([1, 1.001, 1.02]))
        if kind in ("fraction", "rank"):
            e["denominator"] = draw(st.sampled_from([None, 22, 63]))
        if draw(st.booleans()) and kind in ("percent", "duration"):
            e["value_max"] = draw(st.sampled_from([80, 80.1, 90]))
        if kind in UNITS:
            e["unit"] = draw(st.sampled_from(GOLD_UNITS[kind] if gold else UNITS[kind]))
        s = draw(st.sampled_from(SUBJ))
        if s is not None:
            e["subject"] = s
    for name, choices in (("qualifier", QUALS), ("status", STATS), ("per", [None, "year", "day"]),
                          ("change", [None, "from", "to"]), ("district", [None, "Ba Đình", "ba đình"])):
        v = draw(st.sampled_from(choices))
        if v is not None:
            e[name] = v
    if gold:
        e["quote"] = SYN_TEXT[start:end]
        e["nth"] = start + 1  # every position is a hit of a run of x's
        if draw(st.integers(0, 4)) == 0:
            e["optional"] = True
    else:
        e["start"], e["end"] = start, end
    return e


UNIT_VARIANTS = {"VND": ["VND", "vnd", " V N D", "USD"], "USD": ["USD", "usd"],
                 "day": ["day", "DAY", "working_day"], "working_day": ["working_day", "day"],
                 "megabit / second": ["megabit / second", "Mbps", "megabit/second", "kilobit / second"],
                 "hectare": ["hectare", "ha", "km**2"], "km**2": ["km**2", "kilometer**2", "km²", "hectare"]}


@st.composite
def near_prediction(draw, gold):
    """A prediction made from a gold entry: span shifted, value and attributes maybe changed."""
    start, end = locate_syn(gold)
    start = max(0, start + draw(st.integers(-3, 3)))
    end = min(60, max(start + 1, end + draw(st.integers(-3, 3))))
    p = {k: v for k, v in gold.items() if k not in ("quote", "nth", "optional")}
    p["start"], p["end"] = start, end
    if "value" in p:
        p["value"] = p["value"] * draw(st.sampled_from([1, 1, 1.004, 0.996, 1.006, 0.99, 2]))
    if "unit" in p:
        p["unit"] = draw(st.sampled_from(UNIT_VARIANTS[p["unit"]]))
    if "date" in p and draw(st.booleans()):
        p["date"] = draw(st.sampled_from(["2024", "2025", "2024-07"]))
    if draw(st.booleans()):  # redraw some attributes
        other = draw(syn_entry(False))
        for name in ("qualifier", "status", "per", "change", "relation", "locality", "district", "subject",
                     "denominator", "value_max"):
            if draw(st.booleans()):
                p.pop(name, None)
                if name in other:
                    p[name] = other[name]
    return p


def locate_syn(entry):
    start = entry["nth"] - 1
    return start, start + len(entry["quote"])


@st.composite
def syn_doc(draw):
    gold = draw(st.lists(syn_entry(True), max_size=8))
    pred = [draw(near_prediction(g)) for g in gold if draw(st.integers(0, 3))]
    pred += draw(st.lists(syn_entry(False), max_size=3))
    pred = draw(st.permutations(pred))
    grefs = [{"quote": "x", "doc_type": "đề án", "number": "1", "key": k}
             for k in draw(st.lists(st.sampled_from(KEYS), max_size=4))]
    prefs = [{"start": 0, "end": 1, "doc_type": "đề án", "number": "1", "key": k}
             for k in draw(st.lists(st.sampled_from(KEYS), max_size=4))]
    return {"text": SYN_TEXT, "gold": {"doc": "s", "published": None, "metrics": gold, "legal_refs": grefs},
            "pred": {"metrics": pred, "legal_refs": prefs}}


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(syn_doc(), min_size=1, max_size=3))
def test_independent_scorer_agrees_on_synthetic_predictions(docs):
    _assert_same_figures(docs)


# ------------------------------------------------------------------ the floor on the seeds
FLOORS = json.loads((HERE / "f1_floor.json").read_text("utf-8"))


@pytest.mark.parametrize("folder,key", [
    (SEEDS, "seeds_micro_f1"),
    # Our own held-out set, written to FORMAT.md by an annotator who did not see the code.
    (HERE / "gold" / "fresh", "fresh_micro_f1"),
    # A second one, kept out of rule writing for a session, then read for grammar.
    (HERE / "gold" / "fresh2", "fresh2_micro_f1"),
    # A third, kept out of rule writing (its totals were looked at for three choices).
    (HERE / "gold" / "fresh3", "fresh3_micro_f1"),
    # A fourth, read for grammar at the end of the second session.
    (HERE / "gold" / "fresh4", "fresh4_micro_f1"),
    # A fifth, never read (its totals were looked at once): the figure for unseen text.
    (HERE / "gold" / "fresh5", "fresh5_micro_f1"),
])
def test_micro_f1_floor(folder, key):
    report = evaluate(folder)
    print(report.format_table())
    assert (report.f1 or 0.0) >= FLOORS[key], report.format_table(details=True)
