"""Throughput benchmark of ``cchc_metrics.extract`` with a floor measured in the same run.

    python benchmarks/bench.py [--size-mb 10] [--json OUT] [--seeds DIR] [--no-duckling] [--no-rss]
    cchc-metrics bench [--size-mb N] [--json OUT]          (the same code)

One text — the seed corpus repeated to ``--size-mb`` megabytes of UTF-8 — is read by:

- the default path, ``extract(text)`` (one call, the whole text as one document): chars/s;
- the floor, one compiled ``\\d+(?:[.,]\\d+)*`` scan over the same text: the ratio
  floor/default says how far the pipeline is from "find the digits" (target ≤ 80×);
- Duckling's Vietnamese locale (``pyduckling-native-phihos``) when it is installed, on a
  sample of the seed text, one call per line: chars/s and default/duckling (target ≥ 100×);
- a fresh interpreter: ``import cchc_metrics`` time (target ≤ 0.3 s) and whether spaCy,
  underthesea, dateparser or pint got imported (none may be);
- a fresh interpreter: peak RSS (``ru_maxrss``) of extracting the full-size text (≤ 200 MB);
- linearity: throughput on a tenth of the size (1 MB when the size is 10 MB) beside the
  full size; a ratio near 1 means time grows linearly with the input.

It prints a table and, with ``--json``, writes the figures. It is a benchmark, not a
timed test: nothing here fails on a slow machine (tests/test_bench.py checks the fields
and guards against super-linear blow-ups only).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
FLOOR_PATTERN = r"\d+(?:[.,]\d+)*"
HEAVY_MODULES = ("spacy", "underthesea", "dateparser", "pint")
TARGETS = {
    "floor_over_default_max": 80.0,
    "default_over_duckling_min": 100.0,
    "import_seconds_max": 0.3,
    "peak_rss_mb_max": 200.0,
}


# --------------------------------------------------------------------------- inputs
def default_seeds_dir() -> Path:
    """``$CCHC_SEEDS``, else the project's own copy of the seed texts (tests/gold/seeds)."""
    env = os.environ.get("CCHC_SEEDS")
    if env:
        return Path(env)
    for cand in (REPO / "tests" / "gold" / "seeds", REPO.parent / "shared" / "seeds"):
        if any(cand.glob("*.txt")):
            return cand
    raise FileNotFoundError("no seed texts found: pass --seeds DIR or set CCHC_SEEDS")


def seed_text(seeds_dir: Path | str | None = None) -> str:
    from cchc_metrics import read_text

    d = Path(seeds_dir) if seeds_dir else default_seeds_dir()
    files = sorted(d.glob("*.txt"))
    if not files:
        raise FileNotFoundError(f"no *.txt in {d}")
    return "\n\n".join(read_text(f) for f in files)


def seed_documents(seeds_dir: Path | str | None = None) -> list[str]:
    from cchc_metrics import read_text

    d = Path(seeds_dir) if seeds_dir else default_seeds_dir()
    return [read_text(f) for f in sorted(d.glob("*.txt"))]


def corpus(size_mb: float, seeds_dir: Path | str | None = None) -> str:
    """The seed corpus repeated until it holds ``size_mb`` MB (10**6 bytes) of UTF-8."""
    seeds = seed_text(seeds_dir)
    want = int(size_mb * 1_000_000)
    unit = seeds + "\n\n"
    unit_bytes = len(unit.encode("utf-8"))
    reps = max(1, -(-want // unit_bytes))
    text = unit * reps
    data = text.encode("utf-8")
    if len(data) > want:  # trim to the byte budget, on a line boundary
        text = data[:want].decode("utf-8", "ignore")
        nl = text.rfind("\n")
        text = text[: nl + 1] if nl > 0 else text
    return text


# --------------------------------------------------------------------------- measures
def _best_of(fn, repeat: int) -> float:
    best = float("inf")
    for _ in range(max(1, repeat)):
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    return best


def measure_default(text: str, repeat: int = 1) -> dict:
    from cchc_metrics import extract

    extract("Tỉnh Bắc Ninh đạt 90% hồ sơ trực tuyến ngày 1/1/2024.")  # lazy imports, compiled patterns
    result = {}

    def run():
        result["n"] = len(extract(text).metrics)

    secs = _best_of(run, repeat)
    return {"seconds": secs, "chars_per_s": len(text) / secs, "metrics": result["n"]}


def measure_floor(text: str, repeat: int = 3) -> dict:
    pat = re.compile(FLOOR_PATTERN)
    result = {}

    def run():
        result["n"] = sum(1 for _ in pat.finditer(text))

    secs = _best_of(run, repeat)
    return {"seconds": secs, "chars_per_s": len(text) / secs, "matches": result["n"], "pattern": FLOOR_PATTERN}


def measure_duckling(sample: str, documents: list[str] | None = None) -> dict:
    """Duckling (pyduckling-native-phihos), Vietnamese locale, every dimension.

    Measured two ways: one call per document (``documents``, the seed files: the way
    ``cchc_metrics.extract`` is called, and the reference of the target) and one call per
    non-blank line of ``sample`` (friendlier to Duckling, whose time grows faster than
    linearly with the length of one call: ~7,000 chars/s on the 105 KB seed, ~40,000 on the
    12 KB one, ~225,000 line by line)."""
    try:
        import duckling  # type: ignore[import-not-found]
    except Exception as exc:  # not installed, or a broken wheel
        return {"available": False, "reason": f"{type(exc).__name__}: {exc}"}
    try:
        zoneinfo = "/usr/share/zoneinfo"
        tzs = duckling.load_time_zones(zoneinfo)
        ref = duckling.parse_ref_time(tzs, "Asia/Ho_Chi_Minh", int(time.time()))
        lang = duckling.parse_lang("VI")
        ctx = duckling.Context(ref, duckling.default_locale_lang(lang))
        dims = duckling.parse_dimensions([])
        lines = [ln for ln in sample.split("\n") if ln.strip()]
        duckling.parse(lines[0], ctx, dims, False)  # warm-up
        n = 0
        t = time.perf_counter()
        for ln in lines:
            n += len(duckling.parse(ln, ctx, dims, False))
        line_secs = time.perf_counter() - t
        doc_chars, doc_secs = 0, 0.0
        for doc in documents or []:
            t = time.perf_counter()
            duckling.parse(doc, ctx, dims, False)
            doc_secs += time.perf_counter() - t
            doc_chars += len(doc)
    except Exception as exc:
        return {"available": False, "reason": f"{type(exc).__name__}: {exc}"}
    chars = sum(len(ln) for ln in lines)
    out = {"available": True, "locale": "VI", "entities": n, "calls": len(lines), "chars": chars,
           "seconds": line_secs, "per_line_chars_per_s": chars / line_secs}
    if doc_secs:
        out.update(per_document_chars_per_s=doc_chars / doc_secs, documents=len(documents or []),
                   document_chars=doc_chars, document_seconds=doc_secs)
    out["chars_per_s"] = out.get("per_document_chars_per_s", out["per_line_chars_per_s"])
    return out


_IMPORT_PROBE = """
import json, sys, time
t = time.perf_counter()
import cchc_metrics
dt = time.perf_counter() - t
heavy = sorted(m for m in {heavy!r} if m in sys.modules)
cchc_metrics.extract("Tỉnh Bắc Ninh đạt 90% hồ sơ trực tuyến ngày 1/1/2024.")
after = sorted(m for m in {heavy!r} if m in sys.modules)
print(json.dumps({{"seconds": dt, "heavy_on_import": heavy, "heavy_after_extract": after}}))
"""


def _child_env() -> dict:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO), env.get("PYTHONPATH", "")) if p)
    return env


def measure_import(repeat: int = 3) -> dict:
    """``import cchc_metrics`` in fresh interpreters (the median of ``repeat``)."""
    runs = []
    for _ in range(max(1, repeat)):
        out = subprocess.run(
            [sys.executable, "-c", _IMPORT_PROBE.format(heavy=HEAVY_MODULES)],
            capture_output=True, text=True, env=_child_env(), check=True,
        )
        runs.append(json.loads(out.stdout.strip().splitlines()[-1]))
    runs.sort(key=lambda r: r["seconds"])
    med = runs[len(runs) // 2]
    return {"seconds": med["seconds"], "runs": [r["seconds"] for r in runs],
            "heavy_on_import": med["heavy_on_import"], "heavy_after_extract": med["heavy_after_extract"]}


def measure_rss(size_mb: float, seeds_dir: Path | str | None) -> dict:
    """Peak RSS of a fresh interpreter that builds the text and extracts it once."""
    args = [sys.executable, str(Path(__file__).resolve()), "--rss-child", str(size_mb)]
    if seeds_dir:
        args += ["--seeds", str(seeds_dir)]
    out = subprocess.run(args, capture_output=True, text=True, env=_child_env(), check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def _rss_child(size_mb: float, seeds_dir) -> None:
    import resource

    def peak_mb() -> float:
        r = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return r / (1024 * 1024) if sys.platform == "darwin" else r / 1024  # bytes on macOS, KB on Linux

    def hwm_mb() -> float | None:
        # VmHWM: the peak of this process image alone (ru_maxrss may carry the peak of the
        # forking parent over exec on Linux; bench.run probes first, while the parent is small)
        try:
            with open("/proc/self/status", encoding="ascii") as fh:
                for line in fh:
                    if line.startswith("VmHWM:"):
                        return int(line.split()[1]) / 1024
        except OSError:
            pass
        return None

    text = corpus(size_mb, seeds_dir)
    import cchc_metrics

    cchc_metrics.extract("Tỉnh Bắc Ninh đạt 90% hồ sơ.")
    before = peak_mb()
    ex = cchc_metrics.extract(text)
    print(json.dumps({"peak_rss_mb": peak_mb(), "vm_hwm_mb": hwm_mb(), "before_extract_mb": before,
                      "metrics": len(ex.metrics), "chars": len(text)}))


def machine() -> dict:
    cpu = None
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as fh:
            for line in fh:
                if line.lower().startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    return {"nproc": os.cpu_count(), "cpu": cpu or platform.processor() or platform.machine(),
            "python": platform.python_version(), "platform": platform.platform()}


# --------------------------------------------------------------------------- run
def run(
    size_mb: float = 10.0,
    *,
    seeds_dir: Path | str | None = None,
    duckling: bool = True,
    duckling_kb: float = 100.0,
    rss: bool = True,
    import_probe: bool = True,
    small_fraction: float = 0.1,
    log=None,
) -> dict:
    """Every measure of the module docstring; returns the JSON-able report."""
    def say(msg: str) -> None:
        if log is not None:
            print(msg, file=log, flush=True)

    report: dict = {}
    if rss:  # first, while this process is small (see _rss_child)
        say("peak RSS …")
        report["rss"] = measure_rss(size_mb, seeds_dir)
    text = corpus(size_mb, seeds_dir)
    small = corpus(size_mb * small_fraction, seeds_dir)
    say(f"text: {len(text):,} chars ({len(text.encode('utf-8')) / 1e6:.2f} MB)")
    say("floor …")
    floor = measure_floor(text)
    say("default path, small …")
    default_small = measure_default(small)
    say("default path, full …")
    default = measure_default(text)
    report = {
        "machine": machine(),
        "input": {"size_mb": size_mb, "chars": len(text), "bytes": len(text.encode("utf-8")),
                  "seeds": str(Path(seeds_dir) if seeds_dir else default_seeds_dir())},
        "default": default,
        "floor": floor,
        "floor_over_default": floor["chars_per_s"] / default["chars_per_s"],
        "linearity": {
            "small_chars": len(small),
            "small_chars_per_s": default_small["chars_per_s"],
            "full_chars": len(text),
            "full_chars_per_s": default["chars_per_s"],
            # 1.0: linear; 2.0: the full size runs at half the small size's speed
            "slowdown": default_small["chars_per_s"] / default["chars_per_s"],
        },
        "targets": TARGETS,
        **report,
    }
    if duckling:
        say("duckling …")
        sample = seed_text(seeds_dir)[: int(duckling_kb * 1000)]
        dk = measure_duckling(sample, seed_documents(seeds_dir))
        if dk.get("available"):
            dk["default_over_duckling"] = default["chars_per_s"] / dk["chars_per_s"]
        report["duckling"] = dk
    else:
        report["duckling"] = {"available": False, "reason": "not measured (--no-duckling)"}
    if import_probe:
        say("import time …")
        report["import"] = measure_import()
    return report


def format_table(r: dict) -> str:
    rows = []

    def row(name: str, value: str, target: str = "", ok: bool | None = None) -> None:
        mark = "" if ok is None else ("ok" if ok else "MISS")
        rows.append((name, value, target, mark))

    m = r["machine"]
    rows.append(("machine", f"{m['nproc']} × {m['cpu']}, Python {m['python']}", "", ""))
    rows.append(("input", f"{r['input']['chars']:,} chars, {r['input']['bytes'] / 1e6:.2f} MB", "", ""))
    d = r["default"]
    row("default path", f"{d['chars_per_s']:,.0f} chars/s ({d['seconds']:.2f} s, {d['metrics']:,} metrics)")
    f = r["floor"]
    row("floor \\d+(?:[.,]\\d+)*", f"{f['chars_per_s']:,.0f} chars/s")
    fo = r["floor_over_default"]
    row("floor / default", f"{fo:.1f}×", "≤ 80×", fo <= TARGETS["floor_over_default_max"])
    lin = r["linearity"]
    row(f"default, {lin['small_chars']:,} chars", f"{lin['small_chars_per_s']:,.0f} chars/s")
    row(f"default, {lin['full_chars']:,} chars", f"{lin['full_chars_per_s']:,.0f} chars/s")
    row("slowdown small→full", f"{lin['slowdown']:.2f}×", "≈ 1 (linear)", lin["slowdown"] <= 1.5)
    dk = r.get("duckling", {})
    if dk.get("available"):
        if "per_document_chars_per_s" in dk:
            row("duckling (vi), per document", f"{dk['per_document_chars_per_s']:,.0f} chars/s "
                f"({dk['documents']} seed files)")
        row("duckling (vi), per line", f"{dk['per_line_chars_per_s']:,.0f} chars/s ({dk['chars']:,} chars)")
        row("default / duckling", f"{dk['default_over_duckling']:.0f}×", "≥ 100×",
            dk["default_over_duckling"] >= TARGETS["default_over_duckling_min"])
    else:
        row("duckling (vi)", f"unavailable: {dk.get('reason', '')}")
    im = r.get("import")
    if im:
        row("import cchc_metrics", f"{im['seconds']:.3f} s", "≤ 0.3 s", im["seconds"] <= TARGETS["import_seconds_max"])
        heavy = im["heavy_on_import"]
        row("heavy modules on import", ", ".join(heavy) or "none", "none", not heavy)
        row("heavy modules after extract", ", ".join(im["heavy_after_extract"]) or "none")
    rs = r.get("rss")
    if rs:
        hwm = f", VmHWM {rs['vm_hwm_mb']:.0f} MB" if rs.get("vm_hwm_mb") else ""
        row("peak RSS (full size)", f"{rs['peak_rss_mb']:.0f} MB (before extract {rs['before_extract_mb']:.0f} MB{hwm})",
            "≤ 200 MB", rs["peak_rss_mb"] <= TARGETS["peak_rss_mb_max"])
    w = [max(len(x[i]) for x in rows) for i in range(4)]
    return "\n".join(f"{a:<{w[0]}}  {b:<{w[1]}}  {c:<{w[2]}}  {e}".rstrip() for a, b, c, e in rows)


def add_arguments(p: argparse.ArgumentParser) -> None:
    from cchc_metrics.cli import add_bench_arguments

    add_bench_arguments(p)


def main_from_args(args: argparse.Namespace) -> int:
    report = run(args.size_mb, seeds_dir=args.seeds, duckling=not args.no_duckling,
                 duckling_kb=args.duckling_kb, rss=not args.no_rss, log=sys.stderr)
    print(format_table(report))
    if args.json:
        payload = json.dumps(report, ensure_ascii=False, indent=2) + "\n"
        if args.json == "-":
            sys.stdout.write(payload)
        else:
            Path(args.json).write_text(payload, encoding="utf-8")
    return 0


def main(argv=None) -> int:
    p = argparse.ArgumentParser(prog="bench.py", description=__doc__.split("\n\n")[0])
    add_arguments(p)
    p.add_argument("--rss-child", type=float, help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.rss_child is not None:
        _rss_child(args.rss_child, args.seeds)
        return 0
    return main_from_args(args)


if __name__ == "__main__":
    if str(REPO) not in sys.path:
        sys.path.insert(0, str(REPO))
    sys.exit(main())
