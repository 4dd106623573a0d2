"""``cchc-metrics table``: folders in, the indicator table out (CSV, JSONL, Parquet)."""

from __future__ import annotations

import csv
import json
import sys

import pytest

from cchc_metrics import cli
from cchc_metrics.indicator_table import TABLE_COLUMNS, format_of, to_pandas

ARTICLES = {
    "a/hue_1.txt": "Năm 2024, tỷ lệ hồ sơ nộp trực tuyến của tỉnh Thừa Thiên Huế đạt 82,5%.",
    "a/hue_2.txt": "Thừa Thiên Huế: tỉ lệ hồ sơ trực tuyến năm 2024 đạt 82,5%.\n\n"
                   "Năm 2024, tỉ lệ hồ sơ trực tuyến của tỉnh Thừa Thiên Huế đạt 82,5%.",
    "a/deep/hue_3.txt": "Năm 2024, tỷ lệ hồ sơ trực tuyến của tỉnh Thừa Thiên Huế đạt 80%.",
    "b/kon_tum.txt": "Năm 2023, tỉnh Kon Tum đã cấp 2.345 tài khoản định danh điện tử.",
    "b/ignored.md": "Năm 2024, tỷ lệ hồ sơ trực tuyến của tỉnh Thừa Thiên Huế đạt 10%.",
}


@pytest.fixture
def tree(tmp_path):
    for name, text in ARTICLES.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return tmp_path


def run(*args):
    return cli.main([str(a) for a in args])


def _hue(rows):
    return next(r for r in rows if r["indicator"] == "online_application_share" and r["locality"] == "Thừa Thiên Huế")


def test_csv(tree, capsys):
    out = tree / "t.csv"
    assert run("table", tree / "a", tree / "b", "--out", out) == 0
    with open(out, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert list(rows[0]) == list(TABLE_COLUMNS)
    hue = _hue(rows)
    # hue_2's title and body are one claim; hue_3 says 80: a conflict, 82,5 from two documents wins
    assert hue["docs"] == "hue_1;hue_2;hue_3" and hue["n_claims"] == "3" and hue["conflict"] == "True"
    assert hue["value"] == "82.5" and hue["values"] == "82.5;80" and hue["period"] == "2024"
    sources = json.loads(hue["sources"])
    assert [len(s["mentions"]) for s in sources] == [1, 2, 1]
    assert "10" not in hue["values"]  # *.md is not read by default
    assert "wrote" in capsys.readouterr().err


def test_jsonl_and_format_override(tree):
    out = tree / "t.data"
    assert run("table", tree, "--out", out, "--format", "jsonl") == 0
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    hue = _hue(rows)
    assert hue["docs"] == ["hue_1", "hue_2", "hue_3"] and hue["value"] == 82.5
    assert isinstance(hue["sources"][0]["mentions"][0], list)


def test_glob(tree):
    out = tree / "t.jsonl"
    assert run("table", tree, "--out", out, "--glob", "*.md") == 0
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["docs"] for r in rows] == [["ignored"]]


def test_parquet(tree):
    pq = pytest.importorskip("pyarrow.parquet")
    out = tree / "t.parquet"
    assert run("table", tree, "--out", out) == 0
    rows = pq.read_table(out).to_pylist()
    hue = _hue(rows)
    assert hue["docs"] == ["hue_1", "hue_2", "hue_3"] and hue["value"] == 82.5 and hue["conflict"] is True


def test_parquet_without_pyarrow(tree, monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, "pyarrow", None)  # import pyarrow now raises ImportError
    monkeypatch.setitem(sys.modules, "pyarrow.parquet", None)
    assert run("table", tree, "--out", tree / "t.parquet") == 2
    assert "cchc_metrics[parquet]" in capsys.readouterr().err
    assert not (tree / "t.parquet").exists()


def test_db_twice_gives_the_same_table(tree, capsys):
    db, one, two = tree / "c.db", tree / "1.jsonl", tree / "2.jsonl"
    assert run("table", tree, "--out", one, "--db", db) == 0
    assert "4 new document(s)" in capsys.readouterr().err
    assert run("table", tree, "--out", two, "--db", db) == 0
    assert "0 new document(s), 4 already stored" in capsys.readouterr().err
    assert one.read_text(encoding="utf-8") == two.read_text(encoding="utf-8")
    direct = tree / "3.jsonl"
    assert run("table", tree, "--out", direct) == 0
    assert direct.read_text(encoding="utf-8") == one.read_text(encoding="utf-8")


def test_taxonomy_file(tree):
    mine = tree / "mine.json"
    mine.write_text(json.dumps({"format_version": 1, "indicators": [
        {"id": "vneid_accounts", "label_vi": "Tài khoản định danh điện tử", "label_en": "VNeID accounts",
         "kinds": ["count"], "patterns": ["tài khoản định danh điện tử"]}]}, ensure_ascii=False), encoding="utf-8")
    out = tree / "t.jsonl"
    assert run("table", tree / "b", "--out", out, "--taxonomy", mine) == 0
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    row = next(r for r in rows if r["indicator"] == "vneid_accounts")
    assert (row["label"], row["locality"], row["value"]) == ("VNeID accounts", "Kon Tum", 2345)


def test_problems_exit_2(tree, capsys):
    out = tree / "t.csv"
    assert run("table", tree / "a", tree / "missing", "--out", out) == 2
    assert "missing: no such file" in capsys.readouterr().err
    assert out.exists()  # the readable files are still in the table
    assert run("table", tree, "--out", tree / "t.xlsx") == 2
    assert ".csv, .jsonl or .parquet" in capsys.readouterr().err
    assert run("table", tree, "--out", out, "--taxonomy", tree / "nope.json") == 2
    bad = tree / "bad.json"
    bad.write_text('{"indicators": [{"id": "x"}]}', encoding="utf-8")
    assert run("table", tree, "--out", out, "--taxonomy", bad) == 2
    assert "kinds" in capsys.readouterr().err


def test_progress_without_tqdm(tree, monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, "tqdm", None)
    monkeypatch.setitem(sys.modules, "tqdm.auto", None)
    assert run("table", tree, "--out", tree / "t.csv", "--progress") == 0
    assert "cchc-metrics: 4/4 files" in capsys.readouterr().err


def test_format_of():
    assert format_of("x.CSV") == "csv" and format_of("x.ndjson") == "jsonl" and format_of("x.pq") == "parquet"
    assert format_of("x.whatever", "csv") == "csv"
    with pytest.raises(ValueError):
        format_of("x.txt")
    with pytest.raises(ValueError):
        format_of("x.csv", "xlsx")


def test_to_pandas(tree):
    pytest.importorskip("pandas")
    from cchc_metrics.store import table_from_files

    df = to_pandas(table_from_files([tree]))
    assert list(df.columns) == list(TABLE_COLUMNS) and len(df) >= 2
    with pytest.raises(TypeError):
        to_pandas("rows")
