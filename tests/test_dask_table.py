"""The indicator table folded on Dask equals the single-process table."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

pytest.importorskip("dask.bag")

from cchc_metrics.indicator_table import build_table  # noqa: E402
from cchc_metrics.integrations.dask import indicator_table_bag, indicator_table_dask  # noqa: E402
from cchc_metrics.integrations.fold import (cells_of_doc, doc_of_file, hash_file, name_documents,  # noqa: E402
                                            row_of_cell, sort_rows)
from cchc_metrics.store import table_from_files  # noqa: E402

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"

# Invented articles: one figure in three outlets (two agree), a copy under another name,
# another content under a taken stem, an unreadable file, a figure outside the taxonomy.
FILES = {
    "a/hue_1.txt": "Năm 2024, tỷ lệ hồ sơ nộp trực tuyến của tỉnh Thừa Thiên Huế đạt 82,5%.",
    "a/hue_2.txt": "Thừa Thiên Huế: tỉ lệ hồ sơ trực tuyến năm 2024 đạt 82,5%.\n\n"
                   "Năm 2024, tỉ lệ hồ sơ trực tuyến của tỉnh Thừa Thiên Huế đạt 82,5%.",
    "a/hue_3.txt": "Năm 2024, tỷ lệ hồ sơ trực tuyến của tỉnh Thừa Thiên Huế đạt 80%.",
    "a/zz_copy_of_hue_1.txt": "Năm 2024, tỷ lệ hồ sơ nộp trực tuyến của tỉnh Thừa Thiên Huế đạt 82,5%.",
    "b/hue_1.txt": "Bản tin ngày 3/5/2024\n\nNăm 2023, tỉnh Kon Tum đã cấp 2.345 tài khoản định danh điện tử.",
    "b/provinces.txt": "Bản tin ngày 12/6/2025\n\nSau sắp xếp, cả nước còn 34 tỉnh, thành phố; thu ngân sách "
                       "nhà nước 6 tháng đầu năm 2025 đạt 1.332 nghìn tỷ đồng.",
}


@pytest.fixture(scope="module")
def tree(tmp_path_factory):
    root = tmp_path_factory.mktemp("folder")
    for name, text in FILES.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    (root / "b" / "binary.txt").write_bytes(b"\x00\xff\x00binary")
    return root


def test_dask_equals_single_process(tree):
    expected = table_from_files([tree])
    assert len(expected) >= 4 and any(r["conflict"] for r in expected)
    assert any(r["docs"] == ["hue_1~" + hash_file(tree / "b" / "hue_1.txt")[1][:8]] for r in expected)
    assert indicator_table_dask([tree], scheduler="sync") == expected
    # any partitioning, and the files given one by one in the same order
    files = sorted(tree.rglob("*.txt"))
    assert indicator_table_dask(files, scheduler="sync", npartitions=1) == table_from_files(files)
    assert indicator_table_dask([tree], scheduler="sync", npartitions=3) == expected
    # and it equals build_table over the same documents read by hand
    named = name_documents(hash_file(p) for p in files)
    docs = [d for d in (doc_of_file(*n) for n in named) if d is not None]
    assert build_table(docs) == table_from_files(files)


def test_the_bag_is_lazy_and_unsorted(tree):
    bag = indicator_table_bag([tree], scheduler="sync")
    rows = bag.compute(scheduler="sync")
    assert sort_rows(rows) == table_from_files([tree])


def test_fold_pieces(tree):
    named = name_documents(hash_file(p) for p in sorted(tree.rglob("*.txt")))
    # the copy of a/hue_1 is dropped; b/hue_1 (another content) gets its hash; binary.txt is named, unreadable
    names = [n for _, n, _ in named]
    sha = hash_file(tree / "b" / "hue_1.txt")[1]
    assert names == ["hue_1", "hue_2", "hue_3", "binary", f"hue_1~{sha[:8]}", "provinces"]
    docs = {n: doc_of_file(p, n, sha) for p, n, sha in named}
    assert docs["binary"] is None
    pairs = [pair for d in docs.values() for pair in cells_of_doc(d)]
    assert all(dc[0].claims == () for _, dc in pairs)  # light documents travel with each claim
    groups: dict[tuple, list] = {}
    for key, dc in pairs:
        groups.setdefault(key, []).append(dc)
    shuffled = []
    for key, found in groups.items():
        random.Random(1).shuffle(found)
        shuffled.append(row_of_cell(key, found))
    random.Random(2).shuffle(shuffled)
    assert sort_rows(shuffled) == table_from_files([tree])


def test_published_and_errors(tree):
    got = indicator_table_dask([tree], "2024-06-11", scheduler="sync")
    assert got == table_from_files([tree], "2024-06-11")
    assert indicator_table_dask([tree / "b" / "binary.txt"], scheduler="sync") == []
    with pytest.raises(FileNotFoundError):
        indicator_table_dask([tree / "nope"], scheduler="sync")
    with pytest.raises((ValueError, TypeError)):
        indicator_table_dask([tree], "not a date", scheduler="sync")


@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is not there")
def test_dask_equals_single_process_on_the_shared_corpus():
    expected = table_from_files([CORPUS])
    got = indicator_table_dask([CORPUS], scheduler="processes", npartitions=8)
    assert len(got) == len(expected) > 500
    assert got == expected
