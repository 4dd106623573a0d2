"""Draw a seeded sample of figures by a predicted meaning field (FORMAT.md `status`,
`change`, `subject` or `locality`) from a folder of texts about public administration, for readers to
judge blind.

For status and change, half the sample is drawn from figures the library gives a
non-default value (status target or projected; change from or to), half from the others
(for change, only figures with a word of movement or restructuring near them, where a
missed end can hide), so both precision and misses show. For subject, 2N figures of the
kinds that carry one (count, percent, money, fraction) are drawn uniformly; for locality,
2N figures of every kind. The judges' file holds no prediction. Usage:

    python scripts/field_sample.py [--field status|change|subject|locality] [--fresh AUDIT_DIR] [--uniform] FOLDER SEED N OUT_PREFIX
        -> OUT_PREFIX.full.csv (with pred_<field>) and OUT_PREFIX.judge.csv (<field> empty);
           --fresh leaves out every figure (file, start) of the judged files under AUDIT_DIR;
           --uniform (after --fresh) draws 2N figures uniformly, not half and half, so that
           a status or change F1 estimates the pool's
    python scripts/field_sample.py [--field status|change|subject|locality] --score OUT_PREFIX.full.csv JUDGED.csv ...
        -> status, change: F1 over the non-default values, as FORMAT.md scores the field, on
           this stratified sample; subject: mean token F1 over the figures the judges give
           a subject (as `cchc-metrics eval` scores subjects), and how often a subject is
           given where the judges see none; locality: accuracy (case-insensitive, none = none)

The field defaults to status (the sample files of tests/audit/status/).
"""
import csv
import glob
import os
import random
import re
import sys

_TOPIC = re.compile(r"cải cách|hành chính|thủ tục|sáp nhập|sắp xếp|biên chế|cán bộ|công chức|ngân sách|"
                    r"dịch vụ công|chuyển đổi số|nghị quyết|nghị định")
# a word of movement, contrast or restructuring within reach before or after a figure
_MOVEMENT = re.compile(r"(?<!\w)(?:tăng|giảm|còn|lên|xuống|thành|từ|trước khi|sau khi|sau|so với|nay|"
                       r"sắp xếp|sáp nhập|hợp nhất|nhập|cắt giảm|rút ngắn|nâng|hạ|thay vì|trước đây)(?!\w)")
_REACH = 60
FIELDS = {
    # field: (default value, the values judges may write)
    "status": ("actual", ("actual", "target", "projected", "skip")),
    "change": ("none", ("from", "to", "none", "skip")),
    "subject": ("", ()),  # free text: the noun phrase as written, empty for none, "skip"
    # the province-level unit as it was called at the time, "national", empty for none, "skip"
    "locality": ("", ()),
}
_SUBJECT_KINDS = ("count", "percent", "money", "fraction")


def _cols(field: str) -> list[str]:
    return ["id", "file", "start", "end", "kind", "text", "published", "context", field, "note"]


def drawn_before(folder: str) -> set[tuple[str, int]]:
    """``(file, start)`` of every figure in the judged files (``*.csv``) under ``folder``."""
    seen = set()
    for p in glob.glob(os.path.join(folder, "**", "*.csv"), recursive=True):
        for r in csv.DictReader(open(p, encoding="utf-8")):
            if r.get("file") and (r.get("start") or "").isdigit():
                seen.add((r["file"], int(r["start"])))
    return seen


def draw(field: str, folder: str, seed: int, n: int, prefix: str, fresh: str | None = None,
         uniform: bool = False) -> None:
    from cchc_metrics.audit import claims, context
    default = FIELDS[field][0]
    seen = drawn_before(fresh) if fresh else set()
    marked, others = [], []
    for path, t, x in claims(glob.glob(os.path.join(folder, "*.txt")), keep=lambda t: _TOPIC.search(t.lower())):
        if (os.path.basename(path), x.start) in seen:
            continue
        if (x.kind == "deadline" and field != "locality") or (field == "subject" and x.kind not in _SUBJECT_KINDS):
            continue
        pred = getattr(x, field) or default
        if pred == default and field == "change" \
                and not _MOVEMENT.search(t.lower(), max(0, x.start - _REACH), min(len(t), x.end + _REACH)):
            continue
        m = re.search(r"Ngày: *(\d{4}-\d{2}-\d{2})", t[:400])
        r = dict(file=os.path.basename(path), start=x.start, end=x.end, kind=x.kind, text=x.text,
                 published=m.group(1) if m else "unknown", context=context(t, x, 300, 200, lines=None))
        r["pred_" + field] = pred
        (others if pred == default else marked).append(r)
    rng = random.Random(seed)
    if field in ("subject", "locality") or uniform:
        pool = marked + others
        sample = rng.sample(pool, min(2 * n, len(pool)))
    else:
        sample = rng.sample(marked, min(n, len(marked))) + rng.sample(others, min(n, len(others)))
    rng.shuffle(sample)
    cols = _cols(field)
    with open(prefix + ".full.csv", "w", encoding="utf-8", newline="") as g, \
            open(prefix + ".judge.csv", "w", encoding="utf-8", newline="") as h:
        full = csv.DictWriter(g, fieldnames=cols + ["pred_" + field])
        judge = csv.DictWriter(h, fieldnames=cols)
        full.writeheader()
        judge.writeheader()
        for i, r in enumerate(sample, 1):
            row = dict(id=i, note="", **{field: ""}, **r)
            full.writerow(row)
            judge.writerow({c: row[c] for c in cols})
    print(f"{len(marked)} figures with a {field} and {len(others)} without; drew {len(sample)}")


def score_subject(full_path: str, judged_paths: list[str]) -> None:
    from cchc_metrics.evaluation import subject_f1
    pred = {r["id"]: r["pred_subject"] for r in csv.DictReader(open(full_path, encoding="utf-8"))}
    total = n = extra = none = 0
    for p in judged_paths:
        for r in csv.DictReader(open(p, encoding="utf-8")):
            gold = r["subject"].strip()
            if gold.lower() == "skip":
                continue
            if not gold:
                none += 1
                extra += bool(pred[r["id"]])
                continue
            n += 1
            total += subject_f1(gold, pred[r["id"]])
    mean = total / n if n else float("nan")
    print(f"subject F1 {mean:.3f} (mean over {n} figures the judges give a subject); "
          f"{extra} of {none} figures without one were given one")


def score_locality(full_path: str, judged_paths: list[str]) -> None:
    """Accuracy, as FORMAT.md scores locality: names compared case-insensitively, none equal
    to none."""
    pred = {r["id"]: r["pred_locality"] for r in csv.DictReader(open(full_path, encoding="utf-8"))}
    n = right = 0
    for p in judged_paths:
        for r in csv.DictReader(open(p, encoding="utf-8")):
            gold = r["locality"].strip()
            if gold.lower() == "skip":
                continue
            n += 1
            right += gold.casefold() == (pred[r["id"]] or "").strip().casefold()
    print(f"locality accuracy {right / n if n else float('nan'):.3f} ({right} of {n} figures)")


def score(field: str, full_path: str, judged_paths: list[str]) -> None:
    if field == "subject":
        return score_subject(full_path, judged_paths)
    if field == "locality":
        return score_locality(full_path, judged_paths)
    default = FIELDS[field][0]
    pred = {r["id"]: r["pred_" + field] for r in csv.DictReader(open(full_path, encoding="utf-8"))}
    tp = fp = fn = 0
    for p in judged_paths:
        for r in csv.DictReader(open(p, encoding="utf-8")):
            gold = r[field].strip().lower()
            if gold in ("", "skip"):
                continue
            got = pred[r["id"]]
            ok = gold != default and got == gold
            tp += ok
            fn += gold != default and not ok
            fp += got != default and not ok
    f1 = 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else float("nan")
    print(f"{field} F1 {f1:.3f} (tp {tp}, fp {fp}, fn {fn}) on the stratified sample")


if __name__ == "__main__":
    args = sys.argv[1:]
    field = "status"
    if args[:1] == ["--field"]:
        field, args = args[1], args[2:]
    fresh = None
    if args[:1] == ["--fresh"]:
        fresh, args = args[1], args[2:]
    uniform = args[:1] == ["--uniform"]
    if uniform:
        args = args[1:]
    if field not in FIELDS:
        sys.exit(f"--field must be one of {sorted(FIELDS)}")
    if args[0] == "--score":
        score(field, args[1], args[2:])
    else:
        draw(field, args[0], int(args[1]), int(args[2]), args[3], fresh, uniform)
