"""scripts/field_sample.py scores the judged blind samples reported in docs/evaluation.md."""
import csv
import importlib.util
from pathlib import Path

_SPEC = importlib.util.spec_from_file_location("field_sample", Path(__file__).parents[1] / "scripts" / "field_sample.py")
field_sample = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(field_sample)


def _write(path, field, rows, pred=False):
    cols = ["id", field, "note"] + (["pred_" + field] if pred else [])
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=cols)
        w.writeheader()
        for r in rows:
            w.writerow({c: r.get(c, "") for c in cols})


def test_locality_accuracy_compares_names_case_insensitively_and_none_to_none(tmp_path, capsys):
    full, judged = tmp_path / "s.full.csv", tmp_path / "judge.csv"
    _write(full, "locality", [dict(id=1, pred_locality="Bình Định"), dict(id=2, pred_locality="national"),
                              dict(id=3, pred_locality=""), dict(id=4, pred_locality="Hà Nội"),
                              dict(id=5, pred_locality="Huế")], pred=True)
    _write(judged, "locality", [dict(id=1, locality="bình định"), dict(id=2, locality="National"),
                                dict(id=3, locality=""), dict(id=4, locality="skip"),
                                dict(id=5, locality="Thừa Thiên Huế")])
    field_sample.score("locality", str(full), [str(judged)])
    assert "locality accuracy 0.750 (3 of 4 figures)" in capsys.readouterr().out


def test_status_f1_counts_only_non_default_values(tmp_path, capsys):
    full, judged = tmp_path / "s.full.csv", tmp_path / "judge.csv"
    _write(full, "status", [dict(id=1, pred_status="target"), dict(id=2, pred_status="actual"),
                            dict(id=3, pred_status="projected"), dict(id=4, pred_status="actual")], pred=True)
    _write(judged, "status", [dict(id=1, status="target"), dict(id=2, status="target"),
                              dict(id=3, status="actual"), dict(id=4, status="actual")])
    field_sample.score("status", str(full), [str(judged)])
    assert "status F1 0.500 (tp 1, fp 1, fn 1)" in capsys.readouterr().out
