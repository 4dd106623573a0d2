"""Dask integration on a real two-process local cluster."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("dask.bag")
dd = pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("dask.distributed")
pd = pytest.importorskip("pandas")

import cchc_metrics  # noqa: E402
from cchc_metrics.batch import extract_many  # noqa: E402
from cchc_metrics.integrations.dask import bag_from_files, extract_dataframe  # noqa: E402
from cchc_metrics.tables import COLUMNS, empty_frame, to_pandas, to_records  # noqa: E402

SEEDS = Path(__file__).parent / "gold" / "seeds"
FILES = sorted(SEEDS.glob("*.txt"))


@pytest.fixture(scope="module")
def client():
    cluster = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
    )
    client = distributed.Client(cluster)
    try:
        yield client
    finally:
        client.close()
        cluster.close()


@pytest.fixture(scope="module")
def expected():
    rows = to_records(list(extract_many(FILES)))
    assert rows and {r["doc"] for r in rows} == {p.stem for p in FILES}
    return rows


def test_bag_from_files_matches_single_process(client, expected):
    bag = bag_from_files([str(p) for p in FILES])
    assert bag.npartitions == len(FILES)
    rows = bag.compute()  # the client is the default scheduler
    assert rows == expected
    # a directory gives the same files
    assert bag_from_files(SEEDS, npartitions=2).compute() == expected
    # and the bag composes
    counts = dict(bag_from_files(SEEDS).pluck("kind").frequencies().compute())
    assert sum(counts.values()) == len(expected)


def test_bag_errors(client, tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Tỷ lệ hồ sơ trực tuyến đạt 71,68%.", encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\xff\x00binary")
    rows = bag_from_files([good, bad], errors="skip").compute()
    assert [r["doc"] for r in rows] == ["good"]
    with pytest.raises(ValueError, match="bad.txt"):
        bag_from_files([good, bad]).compute()
    with pytest.raises(ValueError):
        bag_from_files([good], errors="ignore")


def test_extract_dataframe_matches_single_process(client, expected):
    frame = pd.DataFrame({
        "name": [p.stem for p in FILES],
        "body": [cchc_metrics.read_text(p) for p in FILES],
    })
    ddf = dd.from_pandas(frame, npartitions=2)
    out = extract_dataframe(ddf, "body", name_column="name")
    assert tuple(out.columns) == COLUMNS
    assert out.dtypes.equals(empty_frame().dtypes)
    got = out.compute().reset_index(drop=True)
    pd.testing.assert_frame_equal(got, to_pandas(expected))
    rows = [{k: (None if pd.isna(v) else v) for k, v in row.items()} for row in got.to_dict("records")]
    assert rows == expected  # values compare equal (4.0 == 4), missing ones are None


def test_extract_dataframe_without_names_uses_the_index(client):
    frame = pd.DataFrame({"body": ["Tỷ lệ hồ sơ trực tuyến đạt 71,68%.", None]}, index=["x", "y"])
    got = extract_dataframe(dd.from_pandas(frame, npartitions=1), "body").compute()
    assert list(got["doc"]) == ["x"] and list(got["kind"]) == ["percent"]
    with pytest.raises(KeyError):
        extract_dataframe(dd.from_pandas(frame, npartitions=1), "text")
