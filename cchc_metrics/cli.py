"""``cchc-metrics``: extract quantified claims from files, or score against a gold set.

    cchc-metrics extract FILE... [--published DATE] [--format table|jsonl|csv|doc-json] [--out DIR] [-r]
                                 [--workers N] [--progress]
    cchc-metrics show FILE --html OUT.html [--published DATE]
    cchc-metrics eval GOLD_DIR [--details] [--json] [--min-f1 X]
    cchc-metrics bench [--size-mb N] [--json OUT]
    cchc-metrics table PATH... --out FILE [--format csv|jsonl|parquet] [--db FILE] [--taxonomy FILE]
                               [--glob PATTERN] [--workers N] [--published DATE] [--progress]
                               [--html REPORT.html]

Exit codes: 0 fine; 1 ``eval`` below ``--min-f1``; 2 a file could not be read, malformed
gold, or bad arguments.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, Iterable, Sequence, TextIO

from .records import KINDS

PROG = "cchc-metrics"

def _csv_columns() -> tuple[str, ...]:
    from .tables import COLUMNS

    return ("file", *COLUMNS)


CSV_COLUMNS = _csv_columns()  # the file, then cchc_metrics.tables.COLUMNS
TABLE_COLUMNS = ("kind", "text", "value", "unit", "subject", "qualifier", "status", "locality")


def _complain(path: Any, reason: str) -> None:
    print(f"{PROG}: {path}: {reason}", file=sys.stderr)


def _iter_inputs(paths: Sequence[str], recursive: bool) -> Iterable[tuple[Path, str | None]]:
    """Yield ``(path, problem)``; directories are walked for *.txt with ``-r``."""
    for name in paths:
        path = Path(name)
        if path.is_dir():
            if not recursive:
                yield path, "is a directory (use -r to read the *.txt files in it)"
                continue
            found = sorted(p for p in path.rglob("*.txt") if p.is_file())
            if not found:
                yield path, "no *.txt files in this directory"
            for p in found:
                yield p, None
        elif not path.exists():
            yield path, "no such file"
        else:
            yield path, None


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        from .evaluation import format_number

        return format_number(value)
    if isinstance(value, (list, tuple)):
        return ";".join(map(str, value))
    return str(value)


def _metric_value(m: dict[str, Any]) -> str:
    if m.get("kind") == "deadline":
        return " ".join(x for x in (m.get("relation"), m.get("date")) if x)
    out = _cell(m.get("value"))
    if m.get("value_max") is not None:
        out += "-" + _cell(m["value_max"])
    if m.get("denominator") is not None:
        out += "/" + _cell(m["denominator"])
    return out


def _write_table(out: TextIO, name: str, metrics: list[dict[str, Any]]) -> None:
    out.write(f"== {name}: {len(metrics)} metric(s)\n")
    if not metrics:
        return
    rows = []
    for m in metrics:
        text = m.get("text") or ""
        text = " ".join(text.split())
        if len(text) > 40:
            text = text[:39] + "…"
        rows.append([
            m.get("kind", ""), text, _metric_value(m), _cell(m.get("unit")), _cell(m.get("subject")),
            _cell(m.get("qualifier")), _cell(m.get("status")), _cell(m.get("locality")),
        ])
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(TABLE_COLUMNS)]
    for r in [list(TABLE_COLUMNS)] + rows:
        out.write("  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() + "\n")


def _extractions(paths: list[Path], args: argparse.Namespace):
    """Yield ``(path, extraction, problem)`` in input order; one bad file never stops the rest.

    With ``--workers N`` (N > 1) the files are spread over N processes (cchc_metrics.batch);
    ``--progress`` shows a bar on standard error (tqdm, when installed)."""
    from .batch import extract_many

    items = extract_many(paths, workers=args.workers, published=args.published, progress=args.progress)
    for path, item in zip(paths, items):
        yield path, item.result, item.error


def _stdin_file() -> Path | None:
    """"-" reads standard input: it is written to a temporary file named "stdin.txt", so that
    every route (batch, workers, formats) reads it like any other file."""
    import tempfile

    from .goldfile import UnreadableText, decode_bytes

    try:
        text = decode_bytes(sys.stdin.buffer.read())
    except UnreadableText as exc:
        _complain("-", str(exc))
        return None
    folder = Path(tempfile.mkdtemp(prefix="cchc-metrics-"))
    path = folder / "stdin.txt"
    path.write_text(text, encoding="utf-8", newline="")
    return path


def _cmd_extract(args: argparse.Namespace) -> int:
    status = 0
    stdin = None
    if "-" in args.files:
        stdin = _stdin_file()
        if stdin is None:
            return 2
        args.files = [str(stdin) if f == "-" else f for f in args.files]

    def shown(path: Path) -> str:
        return "-" if stdin is not None and path == stdin else str(path)
    inputs = list(_iter_inputs(args.files, args.recursive))
    out_dir = Path(args.out) if args.out else None
    if out_dir is not None:
        if args.format != "doc-json":
            _complain(out_dir, "--out writes doc-json files; use --format doc-json")
            return 2
        out_dir.mkdir(parents=True, exist_ok=True)
    elif args.format == "doc-json" and len(inputs) > 1:
        _complain(args.files[0], "doc-json of several files needs --out DIR")
        return 2
    for path, problem in inputs:
        if problem is not None:
            _complain(path, problem)
            status = 2
    paths = [path for path, problem in inputs if problem is None]
    csv_writer = None
    stdout = sys.stdout
    for path, extraction, problem in _extractions(paths, args):
        if problem is not None:
            _complain(path, problem)
            status = 2
            continue
        name = path.stem
        if args.format == "doc-json":
            payload = json.dumps(extraction.to_dict(doc=name), ensure_ascii=False, indent=2) + "\n"
            if out_dir is not None:
                (out_dir / f"{name}.json").write_text(payload, encoding="utf-8")
            else:
                stdout.write(payload)
        elif args.format in ("jsonl", "csv"):
            from .tables import to_records

            from .goldfile import read_text

            # the text read again names each mention's claim (claim_id): cheap beside reading
            rows = to_records(extraction, doc=name, text=read_text(path))
            if args.format == "jsonl":
                for row in rows:
                    stdout.write(json.dumps({"file": shown(path), **row}, ensure_ascii=False) + "\n")
            else:
                import csv

                if csv_writer is None:
                    csv_writer = csv.DictWriter(stdout, fieldnames=CSV_COLUMNS, lineterminator="\n")
                    csv_writer.writeheader()
                for row in rows:
                    csv_writer.writerow({"file": shown(path), **{k: _csv_cell(k, v) for k, v in row.items()}})
        else:
            _write_table(stdout, shown(path), extraction.to_dict(doc=name)["metrics"])
        stdout.flush()
    return status


def _csv_cell(key: str, value: Any) -> Any:
    return value if key in ("start", "end", "article") else _cell(value)


def _cmd_show(args: argparse.Namespace) -> int:
    from .goldfile import UnreadableText
    from .report_html import write_html

    try:
        out = write_html(args.file, args.html, published=args.published)
    except (UnreadableText, OSError) as exc:
        reason = getattr(exc, "strerror", None) or str(exc)
        _complain(args.file, reason)
        return 2
    print(f"{PROG}: wrote {out}", file=sys.stderr)
    return 0


def _cmd_eval(args: argparse.Namespace) -> int:
    from .evaluation import GoldError, evaluate, load_gold, load_predictions, score

    try:
        docs = load_gold(args.gold_dir, texts=args.texts)
        pairs = load_predictions(args.predictions, docs) if args.predictions else None
    except GoldError as exc:
        print(f"{PROG}: {exc}", file=sys.stderr)
        return 2
    report = score(pairs) if pairs is not None else evaluate(docs)
    if args.json:
        print(json.dumps(report.to_dict(details=args.details), ensure_ascii=False, indent=2))
    else:
        print(report.format_table(details=args.details))
    f1 = report.f1
    if args.min_f1 is not None and (f1 if f1 is not None else 1.0) < args.min_f1:
        print(f"{PROG}: micro F1 {f1:.3f} is below --min-f1 {args.min_f1:.3f}", file=sys.stderr)
        return 1
    return 0


def _cmd_audit(args: argparse.Namespace) -> int:
    from . import audit

    files = [p for p, problem in _iter_inputs(args.paths, args.recursive) if problem is None]
    if not files:
        print(f"{PROG}: no readable files in {' '.join(args.paths)}", file=sys.stderr)
        return 2
    rows = audit.sample(files, args.kind, args.n, args.seed)
    audit.write(rows, args.out)
    print(f"{PROG}: wrote {len(rows)} {args.kind} claim(s) drawn with seed {args.seed} to {args.out}; "
          f"fill the verdict column (y/n), then: {PROG} audit-score {args.out}", file=sys.stderr)
    return 0


def _cmd_audit_score(args: argparse.Namespace) -> int:
    from . import audit

    try:
        results = audit.score(args.files)
    except (OSError, ValueError, KeyError) as exc:
        print(f"{PROG}: {exc}", file=sys.stderr)
        return 2
    print(audit.format_scores(results))
    return 0


def _table_inputs(args: argparse.Namespace) -> tuple[list[Path], int]:
    """The files of ``table``: files as given, directories walked for ``--glob``; each
    missing path or empty directory is one complaint (status 2), the rest are read."""
    from .store import collect_files

    status, files = 0, []
    for name in args.paths:
        path = Path(name)
        if not path.exists():
            _complain(path, "no such file or directory")
            status = 2
            continue
        found = collect_files([path], args.glob)
        if not found:
            _complain(path, f"no files matching {args.glob} in this directory")
            status = 2
        files.extend(found)
    return files, status


def _cmd_table(args: argparse.Namespace) -> int:
    from .indicator_table import format_of, write_table
    from .store import ingest, table_from_db, table_from_files

    try:
        fmt = format_of(args.out, args.format)
        if fmt == "parquet":
            from .indicator_table import _pyarrow

            _pyarrow()  # fail before hours of reading, not after
        from .indicators import load_taxonomy

        taxonomy = load_taxonomy(args.taxonomy)
    except (ValueError, ImportError, FileNotFoundError) as exc:
        print(f"{PROG}: {exc}", file=sys.stderr)
        return 2
    files, status = _table_inputs(args)
    try:
        if args.db:
            report = ingest(args.db, files, args.published, taxonomy=taxonomy, workers=args.workers,
                            progress=bool(args.progress))
            for path, reason in report.errors:
                _complain(path, reason)
            print(f"{PROG}: {args.db}: {report.added} new document(s), {report.skipped} already stored, "
                  f"{report.claims} claim(s) added", file=sys.stderr)
            rows = table_from_db(args.db)
        else:
            rows = table_from_files(files, args.published, taxonomy=taxonomy, workers=args.workers,
                                    progress=bool(args.progress))
    except (ValueError, OSError) as exc:  # a database built with another taxonomy, a vanished file
        print(f"{PROG}: {exc}", file=sys.stderr)
        return 2
    write_table(rows, args.out, fmt)
    conflicts = sum(1 for r in rows if r["conflict"])
    print(f"{PROG}: wrote {len(rows)} row(s), {conflicts} with conflicting values, to {args.out}", file=sys.stderr)
    if args.html:
        from .report_indicators import sentences_from_db, write_indicator_report

        sentences = sentences_from_db(args.db) if args.db else None
        write_indicator_report(rows, args.html, title=f"Indicators — {', '.join(args.paths)}",
                               sentences=sentences, taxonomy=taxonomy)
        print(f"{PROG}: wrote the chart report to {args.html}", file=sys.stderr)
    return status


def _load_bench():
    """benchmarks/bench.py of the source tree (it is not part of the installed package)."""
    import importlib.util

    path = Path(__file__).resolve().parents[1] / "benchmarks" / "bench.py"
    if not path.is_file():
        return None
    spec = importlib.util.spec_from_file_location("cchc_metrics_bench", path)
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


def _cmd_bench(args: argparse.Namespace) -> int:
    bench = _load_bench()
    if bench is None:
        print(f"{PROG}: bench needs the source tree (benchmarks/bench.py next to the package)", file=sys.stderr)
        return 2
    try:
        return bench.main_from_args(args)
    except FileNotFoundError as exc:
        print(f"{PROG}: {exc}", file=sys.stderr)
        return 2


def _date(value: str) -> str:
    """A publication date as users write it: "2024-05-14", "14/05/2024", "14-5-2024",
    "Thứ Ba, 14/05/2024 08:30" (cchc_metrics.dateparse; more shapes with the dates extra)."""
    from .dateparse import parse_date

    got = parse_date(value)
    if got is None:
        raise argparse.ArgumentTypeError(
            f"not a date: {value!r} (write it as 2024-05-14 or 14/05/2024)") from None
    return got.isoformat()


def _positive(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an integer: {value!r}") from None
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1: {value!r}")
    return n


def _fraction(value: str) -> float:
    try:
        x = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if not 0.0 <= x <= 1.0:
        raise argparse.ArgumentTypeError(f"must be between 0 and 1: {value!r}")
    return x


def add_bench_arguments(p: argparse.ArgumentParser) -> None:
    """The benchmark's options (shared with ``python benchmarks/bench.py``)."""
    p.add_argument("--size-mb", type=float, default=10.0, metavar="N", help="input size in MB (default 10)")
    p.add_argument("--json", metavar="OUT", help="write the figures as JSON to OUT ('-' for stdout)")
    p.add_argument("--seeds", metavar="DIR", help="seed texts (default: tests/gold/seeds)")
    p.add_argument("--no-duckling", action="store_true", help="skip the Duckling reference")
    p.add_argument("--duckling-kb", type=float, default=100.0, metavar="K", help="Duckling sample size (KB)")
    p.add_argument("--no-rss", action="store_true", help="skip the peak-RSS subprocess")


def build_parser() -> argparse.ArgumentParser:
    from . import __version__

    parser = argparse.ArgumentParser(
        prog=PROG, description="Quantified claims in Vietnamese public-administration-reform news."
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    ex = sub.add_parser("extract", help="extract metrics from text files",
                        description="Read each FILE (UTF-8, with or without BOM, or UTF-16 with BOM) "
                                    "and print what it claims.")
    ex.add_argument("files", nargs="+", metavar="FILE", help="text files, directories with -r, or - for standard input")
    ex.add_argument("--published", type=_date, default=None, metavar="DATE",
                    help="issue date (ISO) for dates written without a year; inferred when absent")
    ex.add_argument("--format", choices=("table", "jsonl", "csv", "doc-json"), default="table")
    ex.add_argument("--out", metavar="DIR", help="with --format doc-json: write DIR/NAME.json per file")
    ex.add_argument("-r", "--recursive", action="store_true", help="walk directories for *.txt (sorted)")
    ex.add_argument("--workers", type=_positive, default=1, metavar="N",
                    help="spread the files over N processes (output order is kept)")
    ex.add_argument("--progress", action="store_true", default=None,
                    help="show a progress bar on standard error (default: on for long runs on a terminal)")
    ex.set_defaults(func=_cmd_extract)

    sh = sub.add_parser("show", help="write a self-contained HTML report of one file",
                        description="Highlight every claim of FILE by kind, with its record on hover "
                                    "and a summary table per article, in one HTML file.")
    sh.add_argument("file", metavar="FILE")
    sh.add_argument("--html", required=True, metavar="OUT.html")
    sh.add_argument("--published", type=_date, default=None, metavar="DATE")
    sh.set_defaults(func=_cmd_show)

    ev = sub.add_parser("eval", help="score the extractor on a gold folder (FORMAT.md)",
                        description="Score the extractor on GOLD_DIR (NAME.txt + NAME.json pairs).")
    ev.add_argument("gold_dir", metavar="GOLD_DIR")
    ev.add_argument("--details", action="store_true", help="list misses, extras and wrong values")
    ev.add_argument("--json", action="store_true", help="print the report as JSON")
    ev.add_argument("--texts", metavar="DIR",
                    help="where the texts are when NAME.txt is not beside NAME.json (DIR/<doc>.txt)")
    ev.add_argument("--predictions", metavar="DIR",
                    help="score DIR/NAME.json (another annotator, a saved run) instead of running the library")
    ev.add_argument("--min-f1", type=_fraction, default=None, metavar="X",
                    help="exit 1 when micro F1 (the ALL line) is below X")
    ev.set_defaults(func=_cmd_eval)

    au = sub.add_parser("audit", help="draw claims of one kind at random for a person to judge (precision audit)",
                        description="Sample N claims of KIND (seeded) from the files and write them with their "
                                    "context to a CSV with an empty verdict column.")
    au.add_argument("paths", nargs="+", metavar="PATH")
    au.add_argument("-r", "--recursive", action="store_true", help="walk directories for *.txt")
    au.add_argument("--kind", required=True, choices=KINDS)
    au.add_argument("--n", type=_positive, default=60, metavar="N", help="claims to draw (default 60)")
    au.add_argument("--seed", type=int, default=0, metavar="S", help="random seed (default 0)")
    au.add_argument("--out", required=True, metavar="FILE.csv")
    au.set_defaults(func=_cmd_audit)

    sc = sub.add_parser("audit-score", help="precision with a 95%% interval from judged audit files",
                        description="Read judged audit CSVs (verdict y/n) and print precision per kind.")
    sc.add_argument("files", nargs="+", metavar="FILE.csv")
    sc.set_defaults(func=_cmd_audit_score)

    be = sub.add_parser("bench", help="throughput benchmark (benchmarks/bench.py, docs/performance.md)",
                        description="Measure extraction throughput on the seed corpus repeated to N MB, "
                                    "with a regex floor, Duckling (if installed), import time and peak RSS.")
    add_bench_arguments(be)
    be.set_defaults(func=_cmd_bench)

    tb = sub.add_parser("table", help="fold many documents into the indicator table (docs/indicators.md)",
                        description="Group each document's claims, key them by indicator, place and period, "
                                    "and write one row per key with every source and a conflict flag.")
    tb.add_argument("paths", nargs="+", metavar="PATH", help="files, or directories (walked for --glob, all levels)")
    tb.add_argument("--out", required=True, metavar="FILE", help="the table (.csv, .jsonl or .parquet)")
    tb.add_argument("--format", choices=("csv", "jsonl", "parquet"), default=None,
                    help="output format (default: from the extension of --out)")
    tb.add_argument("--db", metavar="FILE",
                    help="SQLite store: add only files not seen before (by content), then build from it")
    tb.add_argument("--taxonomy", metavar="FILE", help="a JSON file of indicators that extends the built-in ones")
    tb.add_argument("--glob", default="*.txt", metavar="PATTERN", help="files to take in directories (default *.txt)")
    tb.add_argument("--workers", type=_positive, default=1, metavar="N", help="extract in N processes")
    tb.add_argument("--published", type=_date, default=None, metavar="DATE",
                    help="issue date for every file (default: read from each bulletin)")
    tb.add_argument("--progress", action="store_true",
                    help="show progress on standard error (a tqdm bar when installed, else a count)")
    tb.add_argument("--html", metavar="REPORT.html",
                    help="also write the chart report: per indicator, bars across places and lines across "
                         "periods, each point linked to its sentences (one self-contained file)")
    tb.set_defaults(func=_cmd_table)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except BrokenPipeError:  # e.g. piped into head
        try:
            sys.stdout.close()
        except Exception:
            pass
        return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
