"""Flat rows and DataFrames of claims (``cchc_metrics.tables``)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import cchc_metrics
from cchc_metrics.records import Article, Extraction, LegalRef, Metric
from cchc_metrics.tables import COLUMNS, article_index, spark_ddl, to_pandas, to_records

SEEDS = Path(__file__).parent / "gold" / "seeds"

RESULT = Extraction(
    metrics=[
        Metric("count", 10, 22, text="trên 86 triệu", value=86_000_000, subject="thẻ CCCD",
               qualifier="over", locality="national", refs=["đề án 06", "nghị định 63/2024/nđ-cp"]),
        Metric("percent", 40, 46, text="71,68%", value=71.68, unit="%", status="target",
               locality="Hà Nội", district="Ba Đình", article=1),
        Metric("deadline", 60, 70, text="trước 1/7", date="2024-07-01", relation="before"),
    ],
    legal_refs=[LegalRef(0, 8, "Đề án 06", "đề án", "06", "đề án 06")],
    published="2024-06-11",
    articles=[Article(0, 0, 30, title="Bài một"), Article(1, 30, 80, title="Bài hai")],
)


def test_columns_are_fixed_and_complete():
    assert COLUMNS[:4] == ("doc", "article", "article_title", "kind")
    assert COLUMNS[-1] == "status_cue" and "published" in COLUMNS
    assert len(set(COLUMNS)) == len(COLUMNS)
    rows = to_records(RESULT, doc="d")
    assert all(tuple(row) == COLUMNS for row in rows)


def test_row_values_and_defaults():
    count, percent, deadline = to_records(RESULT, doc="d")
    assert count["doc"] == "d" and count["published"] == "2024-06-11"
    assert count["refs"] == "đề án 06;nghị định 63/2024/nđ-cp"
    assert count["qualifier"] == "over" and count["status"] == "actual"
    assert count["value"] == 86_000_000 and count["value_max"] is None
    assert percent["qualifier"] == "exact" and percent["status"] == "target"
    assert percent["district"] == "Ba Đình"
    assert deadline["date"] == "2024-07-01" and deadline["relation"] == "before"
    assert deadline["refs"] is None
    # article: the metric's own index, else the article whose span holds the claim
    assert (count["article"], count["article_title"]) == (0, "Bài một")
    assert (percent["article"], percent["article_title"]) == (1, "Bài hai")
    assert (deadline["article"], deadline["article_title"]) == (1, "Bài hai")
    assert article_index(RESULT, RESULT.metrics[2]) == 1


def test_rows_are_json_ready():
    json.dumps(to_records(RESULT, doc="d"), ensure_ascii=False)


def test_doc_defaults_to_the_result_doc():
    named = Extraction(metrics=RESULT.metrics, doc="own")
    assert {r["doc"] for r in to_records(named)} == {"own"}
    assert {r["doc"] for r in to_records(named, doc="given")} == {"given"}


def test_many_results_pairs_and_mappings():
    other = cchc_metrics.extract("Bộ Công an đã cấp trên 86 triệu thẻ CCCD gắn chip.")
    rows = to_records([("a", RESULT), ("b", other)])
    assert [r["doc"] for r in rows] == ["a", "a", "a", "b"]
    assert to_records({"a": RESULT, "b": other}) == rows
    with pytest.raises(TypeError):
        to_records("some text")
    with pytest.raises(TypeError):
        to_records([42])


def test_batch_items_are_accepted():
    from cchc_metrics.batch import BatchItem

    items = [BatchItem("a", result=RESULT), BatchItem("bad", error="no such file")]
    assert [r["doc"] for r in to_records(items)] == ["a", "a", "a"]


def test_empty_result_gives_no_rows():
    assert to_records(cchc_metrics.extract("")) == []


def test_real_bulletin_rows_match_metrics():
    text = cchc_metrics.read_text(SEEDS / "000_0347a6aaf26ad1f0.txt")
    result = cchc_metrics.extract(text)
    rows = to_records(result, doc="000")
    assert len(rows) == len(result.metrics) > 0
    for row, m in zip(rows, result.metrics):
        assert text[row["start"]:row["end"]] == m.text == row["text"]
        assert row["kind"] == m.kind
    assert sum(r["article"] is not None for r in rows) > len(rows) // 2


def test_spark_ddl_names_every_column():
    ddl = spark_ddl()
    assert [part.split()[0].strip("`") for part in ddl.split(", ")] == list(COLUMNS)
    assert "`value` double" in ddl and "`start` bigint" in ddl


def test_import_does_not_load_heavy_libraries():
    code = (
        "import sys, cchc_metrics, cchc_metrics.tables, cchc_metrics.batch, "
        "cchc_metrics.report_html, cchc_metrics.integrations.dask\n"
        "heavy = [m for m in ('pandas', 'dask', 'tqdm', 'distributed') if m in sys.modules]\n"
        "assert not heavy, heavy"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).resolve().parent.parent)


# -- pandas --------------------------------------------------------------------------

def test_to_pandas_columns_and_dtypes():
    pd = pytest.importorskip("pandas")
    df = to_pandas(RESULT, doc="d")
    assert tuple(df.columns) == COLUMNS
    assert len(df) == 3
    assert df["start"].dtype == "int64" and df["end"].dtype == "int64"
    assert df["value"].dtype == "float64" and df["denominator"].dtype == "float64"
    assert str(df["article"].dtype) == "Int64"
    assert isinstance(df["kind"].dtype, pd.StringDtype)
    assert df.loc[0, "value"] == 86_000_000.0
    assert pd.isna(df.loc[2, "value"])
    assert df.loc[1, "locality"] == "Hà Nội"


def test_to_pandas_empty_has_the_same_schema():
    pytest.importorskip("pandas")
    full = to_pandas(RESULT)
    empty = to_pandas(Extraction())
    assert len(empty) == 0
    assert empty.dtypes.equals(full.dtypes)


def test_to_pandas_of_records_and_of_results_agree():
    pd = pytest.importorskip("pandas")
    rows = to_records([("a", RESULT)])
    pd.testing.assert_frame_equal(to_pandas(rows), to_pandas([("a", RESULT)]))
    pd.testing.assert_frame_equal(to_pandas(records=rows), to_pandas([("a", RESULT)]))


def test_claim_id_names_each_mention_s_claim_when_the_text_is_given():
    text = ("Bắc Ninh có 1.250 hồ sơ trực tuyến trong tháng 5\n\n"
            "Trong tháng 5/2024, tỉnh Bắc Ninh tiếp nhận 1.250 hồ sơ trực tuyến qua Cổng dịch vụ công, "
            "trong đó 320 hồ sơ được trả kết quả tại nhà.\n")
    ex = cchc_metrics.extract(text, published="2024-06-11")
    rows = to_records(ex, doc="bn", text=text)
    ids = {r["text"]: r["claim_id"] for r in rows}
    same = [r["claim_id"] for r in rows if r["value"] == 1250]
    assert len(same) == 2 and same[0] == same[1] and same[0].startswith("bn#c")  # title and body: one claim
    assert ids["320"] not in (None, same[0])
    # without the text no claim is named; triples and pairs both work
    assert {r["claim_id"] for r in to_records(ex, doc="bn")} == {None}
    assert [r["claim_id"] for r in to_records([("bn", ex, text)])] == [r["claim_id"] for r in rows]
    with pytest.raises(TypeError):
        to_records([("bn", ex, b"bytes")])
