"""The command line: ``cchc-metrics extract`` and ``cchc-metrics eval``."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import cchc_metrics.api
from cchc_metrics import cli
from cchc_metrics.evaluation import load_gold, validate_document
from cchc_metrics.records import Extraction, LegalRef, Metric

ROOT = Path(__file__).resolve().parent.parent
HERE = Path(__file__).parent
SEEDS = HERE / "gold" / "seeds"  # the project's copy of the shared seed gold

TEXT = "Tỷ lệ hồ sơ trực tuyến đạt 71,68%, cấp trên 86 triệu thẻ theo Đề án 06."


def fake_extract(text, *, published=None):
    """A stand-in for the pipeline: finds '71,68%' and '86 triệu thẻ' when present."""
    metrics, refs = [], []
    i = text.find("71,68%")
    if i >= 0:
        metrics.append(Metric("percent", i, i + 6, text="71,68%", value=71.68, unit="%",
                              subject="tỷ lệ hồ sơ trực tuyến", locality="national"))
    i = text.find("86 triệu thẻ")
    if i >= 0:
        metrics.append(Metric("count", i, i + 12, text="86 triệu thẻ", value=86_000_000, subject="thẻ",
                              qualifier="over", locality="national", refs=["đề án 06"]))
    i = text.find("Đề án 06")
    if i >= 0:
        refs.append(LegalRef(i, i + 8, "Đề án 06", "đề án", "06", "đề án 06"))
    return Extraction(metrics=metrics, legal_refs=refs, published=str(published) if published else "2024-06-11")


@pytest.fixture
def fake(monkeypatch):
    calls = []

    def extract(text, *, published=None):
        calls.append(published)
        return fake_extract(text, published=published)

    monkeypatch.setattr(cchc_metrics.api, "extract", extract)
    return calls


def _files(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(TEXT, encoding="utf-8")
    bom = tmp_path / "bom.txt"
    bom.write_bytes(b"\xef\xbb\xbf" + TEXT.encode("utf-8"))
    u16 = tmp_path / "u16.txt"
    u16.write_bytes(TEXT.encode("utf-16"))  # with BOM
    binary = tmp_path / "blob.txt"
    binary.write_bytes(bytes(range(256)) * 4)
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Tỷ lệ đạt 71,68%".encode("utf-8").replace(b"\xe1", b"\xff"))
    return good, bom, u16, binary, latin


def test_extract_doc_json_out_dir_continues_after_bad_files(tmp_path, fake, capsys):
    good, bom, u16, binary, latin = _files(tmp_path)
    out = tmp_path / "out" / "nested"
    rc = cli.main(["extract", str(good), str(tmp_path / "missing.txt"), str(binary), str(bom), str(latin),
                   str(u16), "--format", "doc-json", "--out", str(out)])
    assert rc == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 3, err
    assert err[0].startswith(f"cchc-metrics: {tmp_path / 'missing.txt'}: ") and "no such file" in err[0]
    assert err[1].startswith(f"cchc-metrics: {binary}: ")
    assert err[2].startswith(f"cchc-metrics: {latin}: ") and "UTF-8" in err[2]
    assert sorted(p.name for p in out.iterdir()) == ["bom.json", "good.json", "u16.json"]
    for name in ("good", "bom", "u16"):
        data = json.loads((out / f"{name}.json").read_text("utf-8"))
        validate_document(data)
        assert data["format_version"] == 1 and data["doc"] == name
        assert [m["value"] for m in data["metrics"]] == [71.68, 86_000_000]
        m = data["metrics"][0]
        assert TEXT[m["start"]:m["end"]] == "71,68%"  # BOM dropped: offsets index the text
        assert data["legal_refs"][0]["key"] == "đề án 06"


def test_extract_doc_json_stdout_and_published(tmp_path, fake, capsys):
    good = _files(tmp_path)[0]
    assert cli.main(["extract", str(good), "--format", "doc-json", "--published", "2024-01-02"]) == 0
    data = json.loads(capsys.readouterr().out)
    validate_document(data)
    assert data["doc"] == "good" and data["published"] == "2024-01-02"
    assert fake == ["2024-01-02"]
    assert cli.main(["extract", str(good), "--format", "doc-json"]) == 0
    assert fake[-1] is None  # not given: extract infers it


def test_extract_doc_json_several_files_needs_out(tmp_path, fake, capsys):
    good, bom = _files(tmp_path)[:2]
    assert cli.main(["extract", str(good), str(bom), "--format", "doc-json"]) == 2
    assert "--out" in capsys.readouterr().err


def test_extract_bad_published(tmp_path, fake, capsys):
    good = _files(tmp_path)[0]
    with pytest.raises(SystemExit) as info:
        cli.main(["extract", str(good), "--published", "31/02/2024"])  # no such day
    assert info.value.code == 2
    assert "not a date" in capsys.readouterr().err


def test_extract_jsonl(tmp_path, fake, capsys):
    good, bom = _files(tmp_path)[:2]
    assert cli.main(["extract", str(good), str(bom), "--format", "jsonl"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(r["doc"], r["kind"]) for r in rows] == [("good", "percent"), ("good", "count"),
                                                     ("bom", "percent"), ("bom", "count")]
    assert rows[0]["file"] == str(good) and rows[1]["value"] == 86_000_000


def test_extract_csv(tmp_path, fake, capsys):
    good = _files(tmp_path)[0]
    assert cli.main(["extract", str(good), "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert list(rows[0].keys()) == list(cli.CSV_COLUMNS)
    assert rows[1]["refs"] == "đề án 06" and rows[1]["qualifier"] == "over"
    assert rows[0]["value"] == "71.68" and rows[1]["value"] == "86000000" and rows[0]["unit"] == "%"
    assert rows[0]["start"] == str(TEXT.index("71,68%"))


def test_extract_table(tmp_path, fake, capsys):
    good = _files(tmp_path)[0]
    assert cli.main(["extract", str(good)]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[0] == f"== {good}: 2 metric(s)"
    assert lines[1].split() == ["kind", "text", "value", "unit", "subject", "qualifier", "status", "locality"]
    assert "71,68%" in out and "86000000" in out and "tỷ lệ hồ sơ trực tuyến" in out
    # columns are aligned: the 'text' header sits where each row's text starts
    col = lines[1].index("text")
    assert lines[2][col:].startswith("71,68%") and lines[3][col:].startswith("86 triệu thẻ")


def test_extract_recursive_directory(tmp_path, fake, capsys):
    d = tmp_path / "docs"
    (d / "sub").mkdir(parents=True)
    (d / "b.txt").write_text(TEXT, encoding="utf-8")
    (d / "sub" / "a.txt").write_text(TEXT, encoding="utf-8")
    (d / "ignored.md").write_text(TEXT, encoding="utf-8")
    assert cli.main(["extract", "-r", str(d), "--format", "jsonl"]) == 0
    docs = [json.loads(line)["file"] for line in capsys.readouterr().out.splitlines()]
    assert docs == [str(d / "b.txt")] * 2 + [str(d / "sub" / "a.txt")] * 2
    assert cli.main(["extract", str(d)]) == 2  # a directory without -r
    assert "use -r" in capsys.readouterr().err


def test_eval_table_json_and_min_f1(tmp_path, fake, capsys):
    gold = {"doc": "g", "published": "2024-06-11",
            "metrics": [{"kind": "percent", "quote": "71,68%", "value": 71.68, "unit": "%", "locality": "national"},
                        {"kind": "count", "quote": "86 triệu", "value": 86000000, "locality": "national"},
                        {"kind": "deadline", "quote": "Đề án", "date": "2025", "locality": None}],
            "legal_refs": [{"quote": "Đề án 06", "doc_type": "đề án", "number": "06", "key": "đề án 06"}]}
    (tmp_path / "g.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "g.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    assert cli.main(["eval", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    all_line = next(line for line in out.splitlines() if line.startswith("ALL "))
    assert all_line.split()[1:6] == ["3", "2", "2", "0", "1"]  # gold pred TP FP FN
    assert cli.main(["eval", str(tmp_path), "--json", "--details"]) == 0
    d = json.loads(capsys.readouterr().out)
    assert d["all"]["tp"] == 2 and len(d["misses"]) == 1 and d["legal_refs"]["f1"] == 1.0
    assert cli.main(["eval", str(tmp_path), "--min-f1", "0.9"]) == 1
    assert "below --min-f1" in capsys.readouterr().err
    assert cli.main(["eval", str(tmp_path), "--min-f1", "0.8", "--details"]) == 0
    assert "misses (FN): 1" in capsys.readouterr().out


def test_eval_malformed_gold(tmp_path, fake, capsys):
    (tmp_path / "g.txt").write_text(TEXT, encoding="utf-8")
    bad = {"metrics": [{"kind": "count", "quote": "86 triệu", "value": 1, "locality": None},
                       {"kind": "count", "quote": "nowhere", "value": 1, "locality": None}]}
    (tmp_path / "g.json").write_text(json.dumps(bad), encoding="utf-8")
    assert cli.main(["eval", str(tmp_path)]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1
    assert "g.json" in err and "metrics[1]" in err and "quote not found" in err


def _run(*args, cwd=None):
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    return subprocess.run([sys.executable, "-m", "cchc_metrics", *args], capture_output=True, text=True,
                          env=env, cwd=cwd or ROOT, timeout=600)


def test_python_dash_m():
    r = _run("--help")
    assert r.returncode == 0 and "extract" in r.stdout and "eval" in r.stdout
    r = _run("extract", "/definitely/not/here.txt")
    assert r.returncode == 2
    assert r.stderr.strip() == "cchc-metrics: /definitely/not/here.txt: no such file"


def test_cli_module_imports_nothing_heavy():
    code = ("import sys, cchc_metrics.cli; "
            "print(sorted(m for m in ('pint', 'jsonschema', 'spacy', 'underthesea', 'dateparser') if m in sys.modules))")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=600)
    assert r.stdout.strip() == "[]", r.stderr


def test_real_pipeline_doc_json_valid(tmp_path):
    out = tmp_path / "out"
    r = _run("extract", "-r", str(SEEDS), "--format", "doc-json", "--out", str(out))
    assert r.returncode == 0, r.stderr
    written = sorted(out.glob("*.json"))
    assert [p.stem for p in written] == sorted(p.stem for p in SEEDS.glob("*.txt"))
    for p in written:
        data = json.loads(p.read_text("utf-8"))
        validate_document(data, p)
        text = (SEEDS / f"{p.stem}.txt").read_text("utf-8-sig")
        for m in data["metrics"]:
            assert 0 <= m["start"] <= m["end"] <= len(text)
            if "text" in m:
                assert text[m["start"]:m["end"]] == m["text"]


def test_real_pipeline_eval_runs():
    r = _run("eval", str(SEEDS), "--json")
    assert r.returncode == 0, r.stderr
    d = json.loads(r.stdout)
    assert d["docs"] == len(load_gold(SEEDS))


def test_extract_with_workers_keeps_order_and_reports_bad_files(tmp_path, capsys):
    seeds = sorted(SEEDS.glob("*.txt"))[:3]
    missing = tmp_path / "missing.txt"
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\x00\x01\x02\xff" * 10)
    args = ["extract", str(seeds[0]), str(missing), str(seeds[1]), str(binary), str(seeds[2]), "--format", "jsonl"]
    assert cli.main(args + ["--workers", "2"]) == 2
    parallel = capsys.readouterr()
    assert cli.main(args) == 2
    serial = capsys.readouterr()
    assert parallel.out == serial.out and parallel.out
    assert [json.loads(line)["doc"] for line in parallel.out.splitlines()][0] == seeds[0].stem
    assert str(missing) in parallel.err and str(binary) in parallel.err


def test_show_writes_a_self_contained_report(tmp_path, capsys):
    out = tmp_path / "report.html"
    seed = sorted(SEEDS.glob("*.txt"))[0]
    assert cli.main(["show", str(seed), "--html", str(out)]) == 0
    html = out.read_text("utf-8")
    assert html.count("<mark") >= 50 and "http://" not in html.split("<body")[0]
    assert cli.main(["show", str(tmp_path / "nope.txt"), "--html", str(out)]) == 2
    assert "nope.txt" in capsys.readouterr().err
