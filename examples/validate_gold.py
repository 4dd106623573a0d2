"""Validate the library against your own gold annotations.

    python examples/validate_gold.py [GOLD_DIR] [--min-f1 X]

GOLD_DIR (default ``tests/gold/seeds``) holds ``NAME.txt`` + ``NAME.json`` pairs in the
gold format (docs/evaluation.md). The script

1. checks each gold file against the packaged JSON Schema (malformed gold is refused
   with the file, the entry and the reason);
2. scores the library on the whole folder (:func:`cchc_metrics.evaluation.evaluate`,
   the same figures as ``cchc-metrics eval GOLD_DIR``) and prints the table;
3. checks one hand-written gold entry with :func:`cchc_metrics.testing.assert_matches_gold`,
   the helper to use inside your own pytest suite.

Exit code 1 when the micro F1 is below ``--min-f1``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from cchc_metrics.evaluation import GoldError, evaluate, validate_document
from cchc_metrics.testing import assert_matches_gold

ROOT = Path(__file__).resolve().parent.parent


def check_schema(folder: Path) -> int:
    bad = 0
    for path in sorted(folder.glob("*.json")):
        try:
            validate_document(json.loads(path.read_text("utf-8-sig")), path)
        except (GoldError, json.JSONDecodeError) as exc:
            print(f"invalid gold: {exc}", file=sys.stderr)
            bad += 1
    return bad


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", nargs="?", type=Path, default=ROOT / "tests" / "gold" / "seeds")
    parser.add_argument("--min-f1", type=float, default=0.8)
    args = parser.parse_args(argv)

    bad = check_schema(args.gold)
    if bad:
        return 2
    report = evaluate(args.gold)
    print(report.format_table())

    # A gold entry written by hand: the quote locates the claim in the text.
    text = "Bộ Công an đã cấp trên 86 triệu thẻ CCCD gắn chip, đạt 71,68%."
    gold = {"metrics": [
        {"kind": "count", "quote": "trên 86 triệu", "value": 86_000_000, "qualifier": "over",
         "locality": "national"},
        {"kind": "percent", "quote": "71,68%", "value": 71.68, "unit": "%", "locality": "national"},
    ]}
    assert_matches_gold(text, gold, min_f1=1.0)
    print("\nhand-written gold: OK")

    f1 = report.f1 or 0.0
    if f1 < args.min_f1:
        print(f"micro F1 {f1:.3f} is below {args.min_f1}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
