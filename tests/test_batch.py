"""Many documents at once (``cchc_metrics.batch``)."""

from __future__ import annotations

import io
import pickle
import sys
from pathlib import Path

import pytest

import cchc_metrics
from cchc_metrics.batch import BatchItem, Extractor, extract_many, iter_text_files

SEEDS = Path(__file__).parent / "gold" / "seeds"
SEED_FILES = sorted(SEEDS.glob("*.txt"))


def _summary(items):
    return [(i.name, i.error, i.result.to_dict() if i.result is not None else None) for i in items]


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "b.txt").write_text("Tỷ lệ hồ sơ trực tuyến đạt 71,68%.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Bộ Công an đã cấp trên 86 triệu thẻ CCCD gắn chip.", encoding="utf-8")
    (tmp_path / "notes.md").write_text("not a bulletin", encoding="utf-8")
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "c.txt").write_text("Hoàn thành trước ngày 1/7/2024.", encoding="utf-8")
    return tmp_path


def test_iter_text_files_expands_directories_sorted(folder):
    assert [p.name for p in iter_text_files([folder])] == ["a.txt", "b.txt"]
    assert [p.relative_to(folder).as_posix() for p in iter_text_files(folder, recursive=True)] == [
        "a.txt", "b.txt", "sub/c.txt"]
    # files are passed through as given, missing ones too (extract_many reports them)
    assert list(iter_text_files([folder / "b.txt", folder / "zz.txt"])) == [folder / "b.txt", folder / "zz.txt"]


def test_texts_and_paths_in_order():
    text = "Bộ Công an đã cấp trên 86 triệu thẻ CCCD gắn chip."
    items = list(extract_many([text, SEED_FILES[0], ("named", text)]))
    assert [i.name for i in items] == ["#0", SEED_FILES[0].stem, "named"]
    assert all(i.ok for i in items)
    assert items[0].result == cchc_metrics.extract(text)
    assert items[0].path is None and items[1].path == str(SEED_FILES[0])
    assert items[1].result == cchc_metrics.extract(cchc_metrics.read_text(SEED_FILES[0]))


def test_published_is_passed_on():
    (item,) = extract_many(["Hoàn thành trước ngày 1/7."], published="2024-06-11")
    assert item.result.published == "2024-06-11"
    assert any(m.date == "2024-07-01" for m in item.result.metrics)
    with pytest.raises(ValueError):
        extract_many(["x"], published="11/6/2024")


def test_errors_are_per_item(tmp_path):
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe\x00")
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("Tỷ lệ đạt 71,68%".encode("utf-16-le"))  # no BOM: undecodable
    missing = tmp_path / "missing.txt"
    good = SEED_FILES[1]
    inputs = [good, binary, missing, latin1, "Tỷ lệ hồ sơ trực tuyến đạt 71,68%.", 42, tmp_path]
    for workers in (1, 2):
        items = list(extract_many(inputs, workers=workers))
        assert [i.name for i in items] == [good.stem, "binary", "missing", "latin1", "#4", "#5", tmp_path.name]
        assert [i.ok for i in items] == [True, False, False, False, True, False, False]
        assert items[0].result.metrics and items[4].result.metrics
        assert items[1].result is None and items[1].error
        assert items[2].error == "no such file"
        assert "UTF-8" in items[3].error or "binary" in items[3].error
        assert "int" in items[5].error
        assert items[6].error == "is a directory"


def test_extraction_failure_is_captured(monkeypatch):
    import cchc_metrics.api

    def boom(text, *, published=None):
        if "boom" in text:
            raise RuntimeError("kaput")
        return cchc_metrics.records.Extraction()

    monkeypatch.setattr(cchc_metrics.api, "extract", boom)
    items = list(extract_many(["fine", "boom here", "fine too"]))
    assert [i.ok for i in items] == [True, False, True]
    assert items[1].error == "extraction failed: RuntimeError: kaput"


def test_workers_keep_order_and_match_serial():
    inputs = [p for p in SEED_FILES for _ in range(3)] + ["Tỷ lệ hồ sơ trực tuyến đạt 71,68%."]
    serial = list(extract_many(inputs))
    parallel = list(extract_many(inputs, workers=2, chunksize=2))
    assert [i.name for i in parallel] == [i.name for i in serial]
    assert _summary(parallel) == _summary(serial)
    assert parallel == serial


def test_lazy_iterator_input():
    gen = (p for p in SEED_FILES[:2])
    assert [i.name for i in extract_many(gen, workers=2)] == [p.stem for p in SEED_FILES[:2]]


def test_bad_arguments():
    with pytest.raises(ValueError):
        extract_many(["x"], workers=0)
    with pytest.raises(ValueError):
        extract_many(["x"], chunksize=0)


def test_extractor_pickles_small():
    for ex in (Extractor(), Extractor("2024-06-11")):
        data = pickle.dumps(ex)
        assert len(data) < 300, len(data)
        back = pickle.loads(data)
        assert back == ex and back.published == ex.published
    assert Extractor(published=__import__("datetime").date(2024, 6, 11)).published == "2024-06-11"
    item = Extractor()("Tỷ lệ hồ sơ trực tuyến đạt 71,68%.")
    assert isinstance(item, BatchItem) and item.ok


def test_batch_items_pickle():
    (item,) = extract_many([SEED_FILES[0]])
    assert pickle.loads(pickle.dumps(item)) == item


def test_progress_bar_and_its_absence(monkeypatch):
    pytest.importorskip("tqdm")
    buf = io.StringIO()
    monkeypatch.setattr(sys, "stderr", buf)
    items = list(extract_many(["Tỷ lệ đạt 71,68%."] * 3, progress=True))
    assert len(items) == 3
    assert "3/3" in buf.getvalue()


def test_progress_without_tqdm_is_silent(monkeypatch):
    monkeypatch.setitem(sys.modules, "tqdm", None)
    monkeypatch.setitem(sys.modules, "tqdm.auto", None)
    buf = io.StringIO()
    monkeypatch.setattr(sys, "stderr", buf)
    items = list(extract_many(["Tỷ lệ đạt 71,68%."] * 2, progress=True))
    assert len(items) == 2 and buf.getvalue() == ""


def test_progress_auto_is_off_when_not_a_tty(monkeypatch):
    buf = io.StringIO()  # isatty() is False
    monkeypatch.setattr(sys, "stderr", buf)
    list(extract_many([""] * 60))
    assert buf.getvalue() == ""
