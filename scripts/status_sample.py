"""Draw a seeded sample of figures by predicted status from a folder of texts about public
administration, for readers to judge each figure's FORMAT.md `status` blind.

Half the sample is drawn from figures the library reads as target or projected, half from
those it reads as actual (so both precision and missed goals show); the judges' file holds no
predicted status. Usage:

    python scripts/status_sample.py FOLDER SEED N OUT_PREFIX
        -> OUT_PREFIX.full.csv (with pred_status) and OUT_PREFIX.judge.csv (status column empty)
    python scripts/status_sample.py --score OUT_PREFIX.full.csv JUDGED.csv [JUDGED.csv ...]
        -> F1 over target/projected as FORMAT.md scores status, on this stratified sample
"""
import csv
import glob
import os
import random
import re
import sys

_TOPIC = re.compile(r"cải cách|hành chính|thủ tục|sáp nhập|sắp xếp|biên chế|cán bộ|công chức|ngân sách|"
                    r"dịch vụ công|chuyển đổi số|nghị quyết|nghị định")
_JUDGE_COLS = ["id", "file", "start", "end", "kind", "text", "published", "context", "status", "note"]


def draw(folder: str, seed: int, n: int, prefix: str) -> None:
    from cchc_metrics.audit import claims, context
    non, act = [], []
    for path, t, x in claims(glob.glob(os.path.join(folder, "*.txt")), keep=lambda t: _TOPIC.search(t.lower())):
        if x.kind == "deadline":
            continue
        m = re.search(r"Ngày: *(\d{4}-\d{2}-\d{2})", t[:400])
        r = dict(file=os.path.basename(path), start=x.start, end=x.end, kind=x.kind, text=x.text,
                 published=m.group(1) if m else "unknown", pred_status=x.status or "actual",
                 context=context(t, x, 300, 200, lines=None))
        (non if x.status else act).append(r)
    rng = random.Random(seed)
    sample = rng.sample(non, min(n, len(non))) + rng.sample(act, min(n, len(act)))
    rng.shuffle(sample)
    with open(prefix + ".full.csv", "w", encoding="utf-8", newline="") as g, \
            open(prefix + ".judge.csv", "w", encoding="utf-8", newline="") as h:
        full = csv.DictWriter(g, fieldnames=_JUDGE_COLS + ["pred_status"])
        judge = csv.DictWriter(h, fieldnames=_JUDGE_COLS)
        full.writeheader()
        judge.writeheader()
        for i, r in enumerate(sample, 1):
            row = dict(id=i, status="", note="", **r)
            full.writerow(row)
            judge.writerow({c: row[c] for c in _JUDGE_COLS})
    print(f"{len(non)} non-actual and {len(act)} actual figures; drew {len(sample)}")


def score(full_path: str, judged_paths: list[str]) -> None:
    pred = {r["id"]: r["pred_status"] for r in csv.DictReader(open(full_path, encoding="utf-8"))}
    tp = fp = fn = 0
    for p in judged_paths:
        for r in csv.DictReader(open(p, encoding="utf-8")):
            gold = r["status"].strip().lower()
            if gold in ("", "skip"):
                continue
            got = pred[r["id"]]
            ok = gold != "actual" and got == gold
            tp += ok
            fn += gold != "actual" and not ok
            fp += got != "actual" and not ok
    f1 = 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else float("nan")
    print(f"status F1 {f1:.3f} (tp {tp}, fp {fp}, fn {fn}) on the stratified sample")


if __name__ == "__main__":
    if sys.argv[1] == "--score":
        score(sys.argv[2], sys.argv[3:])
    else:
        draw(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4])
