"""Draw the cells of issue 15's merge check: cells of the indicator table that merge two or
more mentions or claims, seeded, with the text of each source's mentions and sentences, for
a person to judge (brief and judged files: tests/audit/merge/, docs/indicators.md).

    python scripts/merge_sample.py ../shared/corpus --seed 2036 --n 50 --out sample.jsonl \
        [--exclude LIST.txt]

``--exclude`` names files (one per line) left out of the pool, such as a blind batch not yet
scored. The texts are read from the folder given; nothing of them is written but the
sentences a judge needs.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

from cchc_metrics import extract, read_text
from cchc_metrics.indicator_table import build_table


def merged_cells(folder: Path, exclude: set[str]) -> tuple[list[dict], dict[str, str]]:
    texts: dict[str, str] = {}
    triples = []
    for path in sorted(folder.glob("*.txt")):
        if path.name in exclude:
            continue
        text = read_text(path)
        texts[path.stem] = text
        triples.append((path.stem, extract(text), text))
    rows = build_table(triples)
    merged = [r for r in rows if r["n_claims"] > 1 or any(len(s["mentions"]) > 1 for s in r["sources"])]
    return merged, texts


def _cell(n: int, row: dict, texts: dict[str, str]) -> dict:
    sources = []
    for s in row["sources"]:
        text = texts[s["doc"]]
        sources.append({
            "doc": s["doc"], "claim_id": s["claim_id"], "value": s["value"], "published": s["published"],
            "mentions": [text[a:b] for a, b in s["mentions"]],
            "sentences": [text[p[0]:p[1]] if p else None for p in s["sentences"]],
        })
    return {
        "cell": n, "key": row["key"], "indicator_label": row["label"], "kind": row["kind"], "unit": row["unit"],
        "per": row["per"], "locality": row["locality"], "district": row["district"], "period": row["period"],
        "status": row["status"], "value": row["value"], "values": row["values"], "conflict": row["conflict"],
        "n_docs": row["n_docs"], "n_claims": row["n_claims"],
        "n_mentions": sum(len(s["mentions"]) for s in row["sources"]), "sources": sources,
    }


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("folder", type=Path)
    p.add_argument("--seed", type=int, required=True)
    p.add_argument("--n", type=int, default=50)
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--exclude", type=Path, help="a file listing file names left out of the pool")
    args = p.parse_args(argv)
    exclude = set(args.exclude.read_text(encoding="utf-8").split()) if args.exclude else set()
    merged, texts = merged_cells(args.folder, exclude)
    chosen = random.Random(args.seed).sample(merged, min(args.n, len(merged)))
    with args.out.open("w", encoding="utf-8") as f:
        for n, row in enumerate(chosen, 1):
            f.write(json.dumps(_cell(n, row, texts), ensure_ascii=False) + "\n")
    print(f"{len(chosen)} of {len(merged)} merged cells (seed {args.seed}) -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
