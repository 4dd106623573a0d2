"""A province dashboard from a folder of bulletins, with pandas.

    python examples/province_dashboard.py [FOLDER_OR_FILE ...] [--workers N] [--indicator REGEX]

Defaults to the shipped files (``tests/gold/seeds`` and ``examples/``). Prints

1. how many claims each province has, per kind;
2. the latest value of an indicator per province — by default the share of
   applications filed online ("tỷ lệ hồ sơ ... trực tuyến"), dated by the claim's
   ``as_of`` when written, else the bulletin's publication date.

Needs ``pip install "cchc_metrics[pandas]"``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd

from cchc_metrics.batch import extract_many, iter_text_files
from cchc_metrics.tables import to_pandas

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_INPUTS = [ROOT / "tests" / "gold" / "seeds", ROOT / "examples"]
DEFAULT_INDICATOR = r"(?:tỷ|tỉ) lệ hồ sơ.*trực tuyến"


def load(inputs: list[Path], workers: int) -> pd.DataFrame:
    items = list(extract_many(iter_text_files(inputs, recursive=True), workers=workers))
    for item in items:
        if item.error:
            print(f"skipped {item.path or item.name}: {item.error}", file=sys.stderr)
    frame = to_pandas(items)
    # one row per claim; the same bulletin may sit in two folders: keep it once
    return frame.drop_duplicates(subset=["text", "start", "end", "published", "kind"])


def claims_per_province(frame: pd.DataFrame) -> pd.DataFrame:
    """Rows: provinces (as named in the text; 'national' for country-wide claims); columns:
    kinds; cells: number of claims. Sorted by total."""
    table = pd.crosstab(frame["locality"].fillna("(unknown)"), frame["kind"])
    table["total"] = table.sum(axis=1)
    return table.sort_values("total", ascending=False)


def latest_indicator(frame: pd.DataFrame, pattern: str) -> pd.DataFrame:
    """The most recent percent claim whose subject matches ``pattern``, per province."""
    hits = frame[(frame["kind"] == "percent") & frame["subject"].str.contains(pattern, case=False, regex=True, na=False)]
    hits = hits.assign(as_at=hits["as_of"].fillna(hits["published"]))
    latest = hits.sort_values(["as_at", "start"]).groupby("locality", dropna=False).tail(1)
    return latest[["locality", "as_at", "value", "subject", "doc"]].sort_values("locality").reset_index(drop=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("inputs", nargs="*", type=Path, default=DEFAULT_INPUTS)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--indicator", default=DEFAULT_INDICATOR, help="regex over the claim subject")
    args = parser.parse_args(argv)

    frame = load(args.inputs, args.workers)
    pd.set_option("display.width", 160)
    pd.set_option("display.max_columns", 20)
    pd.set_option("display.max_colwidth", 60)
    print(f"{len(frame)} claims in {frame['doc'].nunique()} bulletin(s)\n")
    print("Claims per province and kind")
    print(claims_per_province(frame).to_string())
    print(f"\nLatest value of the indicator /{args.indicator}/ per province")
    latest = latest_indicator(frame, args.indicator)
    print(latest.to_string(index=False) if len(latest) else "(no matching claim)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
