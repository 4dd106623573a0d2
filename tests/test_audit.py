"""The precision audit (cchc_metrics.audit, `cchc-metrics audit` / `audit-score`) and the
command line's date, stdin and version handling."""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import pytest

from cchc_metrics import audit
from cchc_metrics.cli import main
from cchc_metrics.dateparse import parse_date

SEEDS = Path(__file__).parent / "gold" / "seeds"


def test_wilson_interval_known_values():
    lo, hi = audit.wilson(54, 60)
    assert round(lo, 3) == 0.799 and round(hi, 3) == 0.953
    assert audit.wilson(0, 0) is None
    lo, hi = audit.wilson(60, 60)
    assert hi == 1.0 and 0.93 < lo < 0.95


def test_sample_is_seeded_uniform_and_marks_the_claim(tmp_path):
    files = sorted(SEEDS.glob("*.txt"))
    a = audit.sample(files, "percent", 20, seed=7)
    b = audit.sample(files, "percent", 20, seed=7)
    c = audit.sample(files, "percent", 20, seed=8)
    assert a == b and a != c and len(a) == 20
    for row in a:
        text = (SEEDS / row["file"]).read_text(encoding="utf-8")
        assert text[row["start"]:row["end"]] == row["text"]
        assert f"[[{row['text']}]]" in row["context"] and row["kind"] == "percent" and row["verdict"] == ""
    with pytest.raises(ValueError):
        audit.sample(files, "number", 5, seed=1)


def test_score_reads_verdicts_and_refuses_others(tmp_path):
    rows = audit.sample(sorted(SEEDS.glob("*.txt")), "count", 10, seed=3)
    for i, r in enumerate(rows):
        r["verdict"] = "y" if i < 7 else ("n" if i < 9 else "")
    out = tmp_path / "count.csv"
    audit.write(rows, out)
    (p,) = audit.score([out])
    assert (p.kind, p.judged, p.right) == ("count", 9, 7)
    assert "0.778" in audit.format_scores([p])
    with open(out, encoding="utf-8") as f:
        data = list(csv.DictReader(f))
    data[0]["verdict"] = "maybe"
    with open(out, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=audit.FIELDS)
        w.writeheader()
        w.writerows(data)
    with pytest.raises(ValueError, match="verdict"):
        audit.score([out])


def test_audit_commands(tmp_path, capsys):
    out = tmp_path / "money.csv"
    assert main(["audit", str(SEEDS), "-r", "--kind", "money", "--n", "5", "--seed", "1", "--out", str(out)]) == 0
    with open(out, encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == 5 and all(r["kind"] == "money" for r in rows)
    for r in rows:
        r["verdict"] = "y"
    with open(out, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=audit.FIELDS)
        w.writeheader()
        w.writerows(rows)
    capsys.readouterr()
    assert main(["audit-score", str(out)]) == 0
    assert "money" in capsys.readouterr().out


@pytest.mark.parametrize("written,iso", [
    ("2024-05-14", "2024-05-14"), ("14/05/2024", "2024-05-14"), ("14-5-2024", "2024-05-14"),
    ("14.05.2024", "2024-05-14"), ("Thứ Ba, 14/05/2024 08:30", "2024-05-14"),
    ("ngày 14 tháng 5 năm 2024", "2024-05-14"), ("6/4/19", "2019-04-06"),
])
def test_dates_as_users_write_them(written, iso):
    assert str(parse_date(written)) == iso


def test_impossible_dates_are_none():
    assert parse_date("32/13/2024") is None and parse_date("") is None and parse_date(None) is None


def test_stdin_version_and_published_shapes():
    run = [sys.executable, "-m", "cchc_metrics"]
    text = "Bộ Công an đã cấp trên 86 triệu thẻ CCCD gắn chip, đạt 71,68%."
    got = subprocess.run(run + ["extract", "-", "--format", "jsonl", "--published", "14/05/2024"],
                         input=text.encode(), capture_output=True, check=True)
    lines = got.stdout.decode().splitlines()
    assert len(lines) == 2 and '"file": "-"' in lines[0] and '"published": "2024-05-14"' in lines[0]
    v = subprocess.run(run + ["--version"], capture_output=True, check=True)
    assert v.stdout.decode().startswith("cchc-metrics ")
    bad = subprocess.run(run + ["extract", "-", "--published", "32/13/2024"], input=b"", capture_output=True)
    assert bad.returncode == 2 and b"not a date" in bad.stderr
