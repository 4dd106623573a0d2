"""Precision audit: draw claims at random from a folder of texts, have a person judge them,
and turn the judged file into precision with a 95 % interval.

Gold sets measure recall and precision on the texts someone annotated; users feed the library
everything. An audit samples what the library returns on *any* texts and asks a reader, claim
by claim, whether it is right (FORMAT.md: the right kind, value, unit and span):

    cchc-metrics audit ../shared/corpus -r --kind count --n 60 --seed 7 --out count.csv
    # a person fills the "verdict" column: y (right) or n (wrong); blank = not judged
    cchc-metrics audit-score count.csv

Sampling is uniform over all claims of the kind in the folder and reproducible from the seed.
"""

from __future__ import annotations

import csv
import math
import random
from pathlib import Path
from typing import Iterable, Iterator, Sequence

import attrs

from .goldfile import read_text
from .records import KINDS, Metric

FIELDS = ("id", "file", "start", "end", "kind", "text", "value", "value_max", "unit", "denominator",
          "subject", "status", "date", "relation", "context", "verdict", "note")
CONTEXT = 160  # characters on each side
_YES = {"y", "yes", "ok", "1", "true", "đúng"}
_NO = {"n", "no", "wrong", "0", "false", "sai"}


@attrs.frozen
class Precision:
    kind: str
    judged: int
    right: int

    @property
    def value(self) -> float | None:
        return self.right / self.judged if self.judged else None

    @property
    def interval(self) -> tuple[float, float] | None:
        """Wilson score interval at 95 %."""
        return wilson(self.right, self.judged)


def wilson(k: int, n: int, z: float = 1.959964) -> tuple[float, float] | None:
    """The Wilson score interval of ``k`` successes in ``n`` trials (95 % by default)."""
    if n == 0:
        return None
    p = k / n
    den = 1 + z * z / n
    mid = (p + z * z / (2 * n)) / den
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / den
    return max(0.0, mid - half), min(1.0, mid + half)


def claims(files: Sequence[Path | str], extractor=None, keep=None) -> Iterator[tuple[str, str, Metric]]:
    """``(path, text, claim)`` for every claim of ``files`` (sorted), read as the library reads
    them; ``keep(text)`` may skip a file (a topic filter)."""
    if extractor is None:
        from .api import extract as extractor
    for path in sorted(str(f) for f in files):
        text = read_text(path)
        if keep is not None and not keep(text):
            continue
        for m in extractor(text).metrics:
            yield path, text, m


def context(text: str, m: Metric, before: int = CONTEXT, after: int = CONTEXT, lines: str | None = " ⏎ ") -> str:
    """The claim between [[ ]] with ``before``/``after`` characters around it (newlines shown
    as ``lines``, or kept when None)."""
    left, right = text[max(0, m.start - before):m.start], text[m.end:m.end + after]
    if lines is not None:
        left, right = left.replace("\n", lines), right.replace("\n", lines)
    return f"{left}[[{text[m.start:m.end]}]]{right}"


def sample(files: Sequence[Path], kind: str, n: int, seed: int,
           extractor=None) -> list[dict]:
    """``n`` claims of ``kind`` drawn uniformly (seeded) from the claims of ``files``, each
    with its context and an empty verdict."""
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {KINDS}, not {kind!r}")
    pool = [(path, text, m) for path, text, m in claims(files, extractor) if m.kind == kind]
    rng = random.Random(seed)
    chosen = rng.sample(pool, min(n, len(pool)))
    chosen.sort(key=lambda x: (x[0], x[2].start))
    rows = []
    for i, (path, text, m) in enumerate(chosen, 1):
        rows.append({
            "id": i, "file": Path(path).name, "start": m.start, "end": m.end, "kind": m.kind,
            "text": m.text, "value": m.value, "value_max": m.value_max, "unit": m.unit,
            "denominator": m.denominator, "subject": m.subject, "status": m.status or "actual",
            "date": m.date, "relation": m.relation, "context": context(text, m), "verdict": "", "note": "",
        })
    return rows


def write(rows: Iterable[dict], out: str | Path) -> None:
    with open(out, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=FIELDS)
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in FIELDS})


def score(paths: Iterable[str | Path]) -> list[Precision]:
    """Precision per kind over judged files (verdict y/n; blank rows are not judged)."""
    counts: dict[str, list[int]] = {}
    for path in paths:
        with open(path, encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                verdict = (row.get("verdict") or "").strip().lower()
                if verdict in _YES:
                    ok = True
                elif verdict in _NO:
                    ok = False
                elif verdict == "":
                    continue
                else:
                    raise ValueError(f"{path}: row {row.get('id')}: verdict must be y or n, not {verdict!r}")
                c = counts.setdefault(row["kind"], [0, 0])
                c[0] += 1
                c[1] += ok
    return [Precision(k, n, r) for k, (n, r) in sorted(counts.items())]


def format_scores(results: list[Precision]) -> str:
    lines = [f"{'kind':<10} {'judged':>6} {'right':>6} {'precision':>9}  95% interval"]
    total = Precision("ALL", sum(p.judged for p in results), sum(p.right for p in results))
    for p in results + ([total] if len(results) > 1 else []):
        iv = p.interval
        lines.append(f"{p.kind:<10} {p.judged:>6} {p.right:>6} {p.value or 0:>9.3f}  "
                     + (f"{iv[0]:.3f}–{iv[1]:.3f}" if iv else "-"))
    return "\n".join(lines)
