"""The SQLite store: only new content is read, one transaction per batch, the same table."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from cchc_metrics import store
from cchc_metrics.indicator_table import build_table
from cchc_metrics.store import collect_files, ingest, read_claims, table_from_db, table_from_files

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"

PROVINCES = ["Quảng Trị", "Kon Tum", "Hậu Giang", "Bắc Ninh", "Hà Nam", "Lào Cai", "Phú Thọ", "Cà Mau",
             "Yên Bái", "Long An", "Bình Định", "Nghệ An"]


def _article(i: int) -> str:
    """An invented article; articles i and i + 12 report the same province, and every
    fifth one reports a different share (a conflict to flag)."""
    p = PROVINCES[i % len(PROVINCES)]
    share = "78,4" if i % 5 else "79,1"
    return (f"{p}: Tỷ lệ hồ sơ trực tuyến đạt {share}%\n\n"
            f"Năm 2024, tỷ lệ hồ sơ trực tuyến của tỉnh {p} đạt {share}%. "
            f"Tỉnh {p} đã cắt giảm {20 + i % 5} thủ tục hành chính và tinh giản {100 + i} biên chế.\n")


@pytest.fixture
def files(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(30):
        (folder / f"doc{i:02d}.txt").write_text(_article(i), encoding="utf-8")
    (folder / "copy_of_doc03.txt").write_bytes((folder / "doc03.txt").read_bytes())  # same content
    (folder / "broken.txt").write_bytes(b"\xff\xfe\x00\xd8 not text")  # undecodable
    (folder / "notes.md").write_text("not a .txt", encoding="utf-8")
    return collect_files([folder])


def _counts(db):
    conn = sqlite3.connect(db)
    try:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("documents", "claims", "mentions")}
    finally:
        conn.close()


def _dump(db):
    conn = sqlite3.connect(db)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def test_collect_files(files, tmp_path):
    assert [p.name for p in files][:2] == ["broken.txt", "copy_of_doc03.txt"]
    assert all(p.suffix == ".txt" for p in files) and len(files) == 32
    assert [p.name for p in collect_files([tmp_path / "in"], "*.md")] == ["notes.md"]
    with pytest.raises(FileNotFoundError):
        collect_files([tmp_path / "missing"])
    with pytest.raises(TypeError):
        collect_files(None)
    with pytest.raises(TypeError):
        collect_files([b"bytes"])


def test_ingest_twice_changes_nothing(files, tmp_path):
    db = tmp_path / "c.db"
    first = ingest(db, files, batch_size=7)
    assert first.added == 31 and first.skipped == 1  # the copy is the same content
    assert first.batches == 5
    assert [Path(p).name for p, _ in first.errors] == ["broken.txt"]
    counts, dump, table = _counts(db), _dump(db), table_from_db(db)
    assert counts["documents"] == 31 and counts["claims"] > 30
    second = ingest(db, files, batch_size=7)
    assert (second.added, second.skipped, second.claims, second.batches) == (0, 32, 0, 0)
    assert _counts(db) == counts
    assert _dump(db) == dump  # not one row touched
    assert table_from_db(db) == table


def test_table_from_db_equals_table_from_files(files, tmp_path):
    db = tmp_path / "c.db"
    ingest(db, files, batch_size=10)
    direct = table_from_files(files)
    assert table_from_db(db) == direct
    shares = [r for r in direct if r["indicator"] == "online_application_share"]
    assert len(shares) == len(PROVINCES)
    quang_tri = next(r for r in shares if r["locality"] == "Quảng Trị")
    # doc00 says 79,1, doc12 and doc24 say 78,4: the value is the one most documents give
    assert quang_tri["docs"] == ["doc00", "doc12", "doc24"]
    assert quang_tri["conflict"] and quang_tri["value"] == 78.4 and quang_tri["values"] == ["79.1", "78.4"]
    assert [s["value"] for s in quang_tri["sources"]] == ["79.1", "78.4", "78.4"]
    same = next(r for r in shares if r["locality"] == "Hậu Giang")  # doc02, doc14, doc26 all say 78,4
    assert not same["conflict"] and same["n_docs"] == 3


def test_crash_midway_then_rerun_gives_the_clean_table(files, tmp_path, monkeypatch):
    clean = tmp_path / "clean.db"
    ingest(clean, files, batch_size=5)
    expected = table_from_db(clean)

    db = tmp_path / "crashed.db"
    calls = {"n": 0}
    real = store._insert_document

    def crash_on_the_13th(*args, **kw):
        calls["n"] += 1
        if calls["n"] == 13:  # inside the third batch, after two were committed
            raise KeyboardInterrupt("killed")
        return real(*args, **kw)

    monkeypatch.setattr(store, "_insert_document", crash_on_the_13th)
    with pytest.raises(KeyboardInterrupt):
        ingest(db, files, batch_size=5)
    assert _counts(db)["documents"] == 10  # the two committed batches, nothing of the third
    monkeypatch.setattr(store, "_insert_document", real)
    rerun = ingest(db, files, batch_size=5)
    assert rerun.added == 21
    assert table_from_db(db) == expected
    assert _counts(db) == _counts(clean)


def test_new_files_are_added_later(files, tmp_path):
    db = tmp_path / "c.db"
    first = ingest(db, files[:10])  # broken, copy_of_doc03, doc00..doc07: doc03 is the copy's content
    assert first.added == 9
    later = ingest(db, files)
    assert later.added == 22  # doc08..doc29
    assert _counts(db)["documents"] == 31
    assert table_from_db(db) == table_from_files(files)


def test_stem_clash_gets_a_hash_suffix(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir(), b.mkdir()
    (a / "x.txt").write_text(_article(1), encoding="utf-8")
    (b / "x.txt").write_text(_article(2), encoding="utf-8")
    db = tmp_path / "c.db"
    ingest(db, [a, b])
    names = [d.doc_id for d in read_claims(db)]
    assert names[0] == "x" and names[1].startswith("x~") and len(names[1]) == 10
    assert table_from_db(db) == table_from_files([a, b])


def test_other_taxonomy_is_refused(files, tmp_path):
    db = tmp_path / "c.db"
    ingest(db, files[:3])
    mine = tmp_path / "mine.json"
    mine.write_text(json.dumps({"indicators": [{"id": "x", "kinds": ["count"], "patterns": ["dự án"]}]}),
                    encoding="utf-8")
    with pytest.raises(ValueError, match="taxonomy"):
        ingest(db, files, taxonomy=mine)
    db2 = tmp_path / "d.db"
    ingest(db2, files[:3], taxonomy=mine)
    ingest(db2, files[:5], taxonomy=mine)  # the same file again is fine


def test_bad_input(tmp_path, files):
    with pytest.raises(TypeError):
        ingest(None, files)
    with pytest.raises(TypeError):
        ingest(b"x.db", files)
    with pytest.raises(FileNotFoundError):
        ingest(tmp_path / "c.db", [tmp_path / "nope.txt"])
    assert not (tmp_path / "c.db").exists()  # refused before anything was written
    with pytest.raises(ValueError):
        ingest(tmp_path / "c.db", files, batch_size=0)
    with pytest.raises(FileNotFoundError):
        table_from_db(tmp_path / "never.db")


def test_build_table_matches_store_path(files):
    """build_table on (name, Extraction, text) triples = table_from_files (no DB)."""
    import cchc_metrics

    good = [p for p in files if p.name.startswith("doc")]
    triples = []
    for p in good:
        text = cchc_metrics.read_text(p)
        triples.append((p.stem, cchc_metrics.extract(text), text))
    rows = build_table(triples)
    direct = table_from_files(good)
    strip = lambda rs: [{**r, "sources": [{**s, "path": None} for s in r["sources"]]} for r in rs]  # noqa: E731
    assert strip(rows) == strip(direct)


@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is not here")
def test_corpus_slice_round_trip(tmp_path):
    files = sorted(CORPUS.glob("*.txt"))[:60]
    assert files
    db = tmp_path / "c.db"
    ingest(db, files, workers=2)
    assert table_from_db(db) == table_from_files(files)
    assert ingest(db, files).added == 0


KILLER = """
import os, signal, sys
from cchc_metrics import store
real, calls = store._insert_document, [0]
def insert(*args, **kw):
    calls[0] += 1
    if calls[0] == 13:  # the third batch is half written: die without any cleanup
        os.kill(os.getpid(), signal.SIGKILL)
    return real(*args, **kw)
store._insert_document = insert
store.ingest(sys.argv[1], sys.argv[2:], batch_size=5)
"""


def test_killed_process_then_rerun_gives_the_clean_table(files, tmp_path):
    import signal
    import subprocess
    import sys

    clean = tmp_path / "clean.db"
    ingest(clean, files, batch_size=5)
    db = tmp_path / "killed.db"
    proc = subprocess.run([sys.executable, "-c", KILLER, str(db), *map(str, files)], capture_output=True)
    assert proc.returncode == -signal.SIGKILL
    assert _counts(db)["documents"] == 10  # the hot journal is rolled back on the next open
    ingest(db, files, batch_size=5)
    assert table_from_db(db) == table_from_db(clean)
