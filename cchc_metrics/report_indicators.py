"""The indicator table of a folder as one self-contained HTML page of charts::

    from cchc_metrics.store import table_from_files
    from cchc_metrics.report_indicators import write_indicator_report
    rows = table_from_files(["bulletins/"])
    write_indicator_report(rows, "indicators.html", title="Bulletins 2024")

or ``cchc-metrics table bulletins/ --out table.csv --html indicators.html``.

For each indicator of the taxonomy found in the rows, for the most frequent subject keys
outside it (``max_subject_keys``) and for any other subject key with a conflict, and for each of its variants (kind, unit, per,
status — a percentage and an amount of money do not share an axis; nor do a target and a
result), the page has

- a **bar chart across places**: one bar per locality (``national`` first, dark), the
  value of its latest point (period, else publication date);
- a **line chart across time**: one line per locality; a point per dated cell at its
  ``period`` (filled, solid line), and for cells without a period one point per
  publication date of their sources (hollow, dashed line) — "63 tỉnh" then "34 tỉnh";
- a **table of its cells** (``id="cell-N"``): place, period, status, value(s), and every
  source: document id, claim id, publication date and the sentence, the figure marked.

Every bar and point is an ``<a href="#cell-N">`` whose ``<title>`` (the browser's
tooltip) gives the value and its sources — document id, claim id, the sentence. Cells
whose documents disagree (``conflict``) are drawn with a red outline and listed with a ⚠.

The sentences come from the documents: a ``texts`` mapping (doc id → text), a
``sentences`` mapping (claim id → the sentence of each mention, as :func:`sentences_from_db`
reads them from a store), or the files named in the sources' ``path`` (read back). The
table's rows are not changed. CSS is inline, charts are inline SVG; the page loads nothing
and runs no script.
"""

from __future__ import annotations

import math
import os
import re
from collections import Counter
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence

from .report_html import _esc

__all__ = ["render_indicator_report", "write_indicator_report", "sentences_from_db", "MAX_SUBJECT_KEYS"]

#: How many subject keys outside the taxonomy get charts (the most frequent ones).
MAX_SUBJECT_KEYS = 12

_PALETTE = ("#4e79a7", "#f28e2b", "#59a14f", "#b07aa1", "#76b7b2", "#edc948", "#ff9da7", "#9c755f",
            "#e15759", "#bab0ac")
_NATIONAL = "#333333"
_OTHER = "#c8c8c8"
_CONFLICT = "#d62728"
_NO_PLACE = "(no place)"

_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;margin:0;color:#222;background:#fafafa}
header{padding:.8rem 1.5rem;background:#fff;border-bottom:1px solid #ddd}
h1{font-size:1.25rem;margin:0 0 .3rem}
h2{font-size:1.1rem;margin:1.6rem 0 .3rem;border-bottom:2px solid #4e79a7;padding-bottom:.2rem}
h2 code{font-size:.8rem;color:#666;font-weight:normal}
h3{font-size:.95rem;margin:.9rem 0 .3rem;color:#333}
main{padding:0 1.5rem 3rem}
.meta{color:#555;font-size:.88rem}
.legend-key{display:flex;flex-wrap:wrap;gap:.2rem 1rem;font-size:.8rem;color:#555;margin:.3rem 0 0}
.legend-key span{white-space:nowrap}
nav ol{columns:3;font-size:.82rem;margin:.4rem 0;padding-left:1.4rem}
.badge{font-size:.7rem;padding:.05rem .35rem;border-radius:.2rem;background:#e8eef6;color:#345;font-weight:normal;vertical-align:middle}
.badge.subject{background:#f2ece1;color:#654}
.variant{background:#fff;border:1px solid #ddd;border-radius:.3rem;padding:.4rem .8rem .6rem;margin:.6rem 0}
.charts{display:flex;flex-wrap:wrap;gap:1rem;align-items:flex-start}
figure{margin:0}
figcaption{font-size:.75rem;color:#666}
svg.chart{background:#fff;font-size:11px}
svg.chart text{fill:#333}
svg.chart .axis{stroke:#999;stroke-width:1}
svg.chart .grid{stroke:#eee;stroke-width:1}
svg.chart a:hover rect,svg.chart a:hover circle{stroke:#000;stroke-width:2}
svg.chart .conflict{stroke:#d62728;stroke-width:2.5}
svg.chart .none{fill:#999;font-style:italic}
details{margin-top:.3rem}
summary{cursor:pointer;font-size:.82rem;color:#345}
table.cells{border-collapse:collapse;font-size:.78rem;margin-top:.3rem;width:100%}
table.cells th,table.cells td{border:1px solid #e2e2e2;padding:.2rem .4rem;text-align:left;vertical-align:top}
table.cells tr:target{background:#fff3b0}
table.cells tr.conflict td.v{color:#d62728;font-weight:bold}
ul.sources{margin:0;padding-left:1rem}
ul.sources li{margin:.1rem 0}
.doc,.cid{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.72rem;color:#345}
q{color:#333}
q mark{background:#ffe08a;padding:0 .1rem}
"""


# -- numbers and times -----------------------------------------------------------------------
def _num(x: float) -> str:
    """A short number: thousands grouped, at most 4 significant digits after scaling."""
    if x == int(x) and abs(x) < 1e6:
        return f"{int(x):,}"
    return f"{x:,.4g}" if abs(x) < 1e6 else f"{x:.4g}"


def _compact(x: float, unit: str | None = None) -> str:
    """An axis or bar label: Vietnamese scale words for big numbers (tỷ = 10⁹, triệu = 10⁶)."""
    for scale, word in ((1e9, " tỷ"), (1e6, " triệu")):
        if abs(x) >= scale:
            out = f"{x / scale:,.4g}{word}"
            break
    else:
        out = _num(x)
    if unit == "%":
        return out + "%"
    if unit == "VND":
        return out + " đ"
    return out + (f" {unit}" if unit else "")


_PERIOD = [
    (re.compile(r"^(\d{4})$"), lambda m: ((int(m[1]), 1, 1), (int(m[1]), 12, 31))),
    (re.compile(r"^(\d{4})-Q([1-4])$"), lambda m: ((int(m[1]), 3 * int(m[2]) - 2, 1), (int(m[1]), 3 * int(m[2]), 31))),
    (re.compile(r"^(\d{4})-H([12])$"), lambda m: ((int(m[1]), 6 * int(m[2]) - 5, 1), (int(m[1]), 6 * int(m[2]), 31))),
    (re.compile(r"^(\d{4})-(\d{1,2})$"), lambda m: ((int(m[1]), int(m[2]), 1), (int(m[1]), int(m[2]), 31))),
    (re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})"), lambda m: ((int(m[1]), int(m[2]), int(m[3])),) * 2),
]


def _span(period: str | None) -> tuple[tuple, tuple]:
    """(start, end) of a period or date string as (y, m, d); unknown shapes sort last."""
    if period:
        for pattern, make in _PERIOD:
            m = pattern.match(period)
            if m:
                return make(m)
    return (9999, 99, 99), (9999, 99, 99)


def _order_key(x: str) -> tuple:
    start, end = _span(x)
    return (start, end, x)


# -- sentences -------------------------------------------------------------------------------
def sentences_from_db(db_path: str | os.PathLike) -> dict[str, list[str | None]]:
    """Claim id → the sentence of each of its mentions, in the order of the sources'
    ``mentions`` (:func:`cchc_metrics.store.read_claims` order), from a store's
    ``mentions`` table — the report of a database needs no files."""
    from .store import _open_existing

    conn = _open_existing(db_path)
    try:
        out: dict[str, list[str | None]] = {}
        for claim_id, sentence in conn.execute(
                "SELECT claim_id, sentence FROM mentions ORDER BY claim_id, start_char, end_char, metric_index"):
            out.setdefault(claim_id, []).append(sentence)
    finally:
        conn.close()
    return out


class _Sentences:
    """Finds the sentence of a source's mentions: given sentences, given texts, or the
    source file read back (each file once)."""

    def __init__(self, texts: Mapping[str, str] | None, sentences: Mapping[str, Sequence[str | None]] | None,
                 read_files: bool):
        self.texts, self.sentences, self.read_files = texts or {}, sentences or {}, read_files
        self.cache: dict[str, str | None] = {}

    def _text(self, src: dict[str, Any]) -> str | None:
        doc = src.get("doc")
        if doc in self.texts:
            return self.texts[doc]
        path = src.get("path")
        if not self.read_files or not path:
            return None
        if path not in self.cache:
            from .goldfile import read_back

            self.cache[path] = read_back(path)
        return self.cache[path]

    def of(self, src: dict[str, Any], limit: int = 2) -> list[tuple[str, str, str]]:
        """Up to ``limit`` distinct sentences of the source as (before, figure, after)."""
        mentions = src.get("mentions") or []
        spans = src.get("sentences") or [None] * len(mentions)
        given = self.sentences.get(src.get("claim_id"))
        if given is None and isinstance(src.get("sentence"), (str, list)):
            given = [src["sentence"]] * len(mentions) if isinstance(src["sentence"], str) else src["sentence"]
        text = None if given is not None else self._text(src)
        out, seen = [], set()
        for k, mention in enumerate(mentions):
            span = spans[k] if k < len(spans) else None
            a, b = int(mention[0]), int(mention[1])
            if given is not None:
                sentence = given[k] if k < len(given) else None
                if sentence is None:
                    continue
                s0 = span[0] if span else None
            elif text is not None:
                s0, s1 = (span[0], span[1]) if span else (max(0, a - 100), min(len(text), b + 100))
                sentence = text[s0:s1]
            else:
                continue
            key = (s0, sentence)
            if key in seen:
                continue
            seen.add(key)
            if s0 is not None and 0 <= a - s0 <= b - s0 <= len(sentence):
                parts = (sentence[:a - s0], sentence[a - s0:b - s0], sentence[b - s0:])
            else:
                parts = (sentence, "", "")
            out.append(_trim(parts))
            if len(out) >= limit:
                break
        return out


def _trim(parts: tuple[str, str, str], around: int = 160) -> tuple[str, str, str]:
    """White space collapsed; long context cut to ``around`` characters each side."""
    before, figure, after = (re.sub(r"\s+", " ", p) for p in parts)
    before, after = before.lstrip(), after.rstrip()
    if len(before) > around:
        before = "…" + before[-around:]
    if len(after) > around:
        after = after[:around] + "…"
    return before, figure, after


# -- what to chart ---------------------------------------------------------------------------
class _Point:
    __slots__ = ("series", "x", "dated", "value", "shown", "cell", "conflict", "sources", "row")

    def __init__(self, series, x, dated, value, shown, cell, conflict, sources, row):
        self.series, self.x, self.dated, self.value, self.shown = series, x, dated, value, shown
        self.cell, self.conflict, self.sources, self.row = cell, conflict, sources, row


def _as_float(value: Any) -> float | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (int, float)) and math.isfinite(value):
        return float(value)
    return None


def _value_of(shown: str) -> float | None:
    m = re.match(r"^-?\d+(?:\.\d+)?(?:e[+-]?\d+)?", shown or "")
    return float(m[0]) if m else None


def _place(row: dict[str, Any]) -> str:
    return row.get("locality") or _NO_PLACE


def _points(rows: list[tuple[int, dict[str, Any]]]) -> list[_Point]:
    """The chart points of one variant: a dated cell is one point at its period; a cell
    without a period one point per publication date (and value) of its sources, or one
    undated point (bars only) when its sources have no date."""
    out = []
    for cell, row in rows:
        value = _as_float(row.get("value"))
        if value is None:
            continue
        main = row["values"][0] if len(row["values"]) == 1 else None
        if row.get("period"):
            out.append(_Point(_place(row), row["period"], True, value, _shown(row), cell, bool(row["conflict"]),
                              row["sources"], row))
            continue
        by_date: dict[tuple, list[dict]] = {}
        for src in row["sources"]:
            by_date.setdefault((src.get("published"), src.get("value")), []).append(src)
        for (published, shown), sources in by_date.items():
            v = value if (main is not None or shown == _show_row(row)) else _value_of(shown)
            if v is None:
                continue
            out.append(_Point(_place(row), published, False, v, _with_unit(shown, row), cell, False, sources, row))
    return out


def _show_row(row: dict[str, Any]) -> str:
    from .indicator_table import _show

    return _show((row.get("value"), row.get("value_max"), row.get("denominator")))


def _with_unit(shown: str, row: dict[str, Any]) -> str:
    unit = row.get("unit")
    out = shown + ("%" if unit == "%" else f" {unit}" if unit else "")
    return out + (f"/{row['per']}" if row.get("per") else "")


def _shown(row: dict[str, Any]) -> str:
    out = _with_unit(_show_row(row), row)
    if row.get("conflict"):
        out += " ⚠ (" + ", ".join(row["values"]) + ")"
    return out


def _tip(p: _Point, sentences: _Sentences, max_sources: int = 4) -> str:
    when = p.x if p.dated else (f"published {p.x}" if p.x else "no date")
    lines = [f"{p.series} · {when}: {p.shown}"]
    if p.conflict:
        lines.append("CONFLICT: the sources disagree")
    lines.append(f"{len(p.sources)} source(s):")
    for src in p.sources[:max_sources]:
        lines.append(f"• {src.get('doc')} · {src.get('claim_id')} ({src.get('value')})")
        found = sentences.of(src, limit=1)
        if found:
            b, f, a = found[0]
            sentence = (b + f + a)
            lines.append(f"  “{sentence[:220]}{'…' if len(sentence) > 220 else ''}”")
    if len(p.sources) > max_sources:
        lines.append(f"… and {len(p.sources) - max_sources} more (see the table)")
    return "\n".join(lines)


def _colours(points: list[_Point]) -> dict[str, str]:
    counts = Counter(p.series for p in points)
    order = sorted(counts, key=lambda s: (s != "national", -counts[s], s))
    out, k = {}, 0
    for s in order:
        if s == "national":
            out[s] = _NATIONAL
        elif k < len(_PALETTE):
            out[s], k = _PALETTE[k], k + 1
        else:
            out[s] = _OTHER
    return out


def _nice(lo: float, hi: float, n: int = 4) -> list[float]:
    if hi <= lo:
        hi = lo + (abs(lo) or 1.0)
    raw = (hi - lo) / n
    mag = 10 ** math.floor(math.log10(raw))
    step = next(m * mag for m in (1, 2, 2.5, 5, 10) if m * mag >= raw)
    start = math.floor(lo / step) * step
    ticks, t = [], start
    while t < hi + step * 0.999:
        ticks.append(round(t, 10))
        t += step
    return ticks


# -- charts ----------------------------------------------------------------------------------
def _bars(points: list[_Point], colours: dict[str, str], unit: str | None, sentences: _Sentences) -> str:
    """Horizontal bars: one per place, the value of its latest point."""
    latest: dict[str, _Point] = {}
    for p in points:
        cur = latest.get(p.series)
        rank = (_span(p.x)[1] if p.x else (0, 0, 0), p.dated, len(p.sources))
        if cur is None or rank > (_span(cur.x)[1] if cur.x else (0, 0, 0), cur.dated, len(cur.sources)):
            latest[p.series] = p
    bars = sorted(latest.values(), key=lambda p: (p.series != "national", -p.value, p.series))
    left, width, right, row_h, top = 130, 250, 150, 18, 8
    height = top + row_h * len(bars) + 26
    ticks = _nice(min(0.0, *(p.value for p in bars)), max(0.0, *(p.value for p in bars)))
    lo, hi = ticks[0], ticks[-1]

    def sx(v: float) -> float:
        return left + (v - lo) / (hi - lo) * width

    out = [f'<svg class="chart bars" width="{left + width + right}" height="{height}" role="img" '
           f'aria-label="latest value per place">']
    for t in ticks:
        out.append(f'<line class="grid" x1="{sx(t):.1f}" y1="{top}" x2="{sx(t):.1f}" y2="{height - 22}"/>'
                   f'<text x="{sx(t):.1f}" y="{height - 8}" text-anchor="middle">{_esc(_compact(t, unit))}</text>')
    for i, p in enumerate(bars):
        y = top + i * row_h
        x0, x1 = sorted((sx(0.0), sx(p.value)))
        cls = "bar conflict" if p.conflict else "bar"
        opacity = "" if p.dated else ' fill-opacity="0.55"'
        when = p.x if p.dated else (f"publ. {p.x}" if p.x else "no date")
        label = p.series if len(p.series) <= 20 else p.series[:19] + "…"
        out.append(f'<text x="{left - 4}" y="{y + 13}" text-anchor="end">{_esc(label)}</text>')
        out.append(
            f'<a href="#cell-{p.cell}" class="point-link" data-cell="{p.cell}">'
            f'<rect class="{cls}" data-place="{_esc(p.series)}" data-value="{p.value!r}" '
            f'data-claims="{_esc(" ".join(s.get("claim_id", "") for s in p.sources))}" x="{x0:.1f}" y="{y + 2}" '
            f'width="{max(x1 - x0, 1.5):.1f}" height="{row_h - 5}" fill="{colours[p.series]}"'
            f'{opacity}><title>{_esc(_tip(p, sentences))}</title></rect></a>')
        out.append(f'<text x="{max(x1, sx(0.0)) + 4:.1f}" y="{y + 13}">{_esc(p.shown.split(" ⚠")[0])}'
                   f'{" ⚠" if p.conflict else ""} <tspan class="none">{_esc(when)}</tspan></text>')
    out.append(f'<line class="axis" x1="{sx(0.0):.1f}" y1="{top}" x2="{sx(0.0):.1f}" y2="{height - 22}"/></svg>')
    return "".join(out)


def _lines(points: list[_Point], colours: dict[str, str], unit: str | None, sentences: _Sentences) -> str:
    """One line per place across periods (solid) and publication dates (dashed)."""
    timed = [p for p in points if p.x]
    width, height, left, right, top, bottom = 480, 250, 62, 12, 10, 66
    if not timed:
        return (f'<svg class="chart lines empty" width="{width}" height="60"><text class="none" x="10" y="30">'
                "no dated point: the cells have no period and their sources no publication date</text></svg>")
    xs = sorted({p.x for p in timed}, key=_order_key)
    ticks = _nice(min(0.0, *(p.value for p in timed)), max(p.value for p in timed))
    lo, hi = ticks[0], ticks[-1]
    plot_w, plot_h = width - left - right, height - top - bottom

    def sx(x: str) -> float:
        return left + (xs.index(x) + 0.5) * plot_w / len(xs)

    def sy(v: float) -> float:
        return top + plot_h - (v - lo) / (hi - lo) * plot_h

    out = [f'<svg class="chart lines" width="{width}" height="{height}" role="img" aria-label="values across time">']
    for t in ticks:
        out.append(f'<line class="grid" x1="{left}" y1="{sy(t):.1f}" x2="{width - right}" y2="{sy(t):.1f}"/>'
                   f'<text x="{left - 4}" y="{sy(t) + 4:.1f}" text-anchor="end">{_esc(_compact(t, unit))}</text>')
    out.append(f'<line class="axis" x1="{left}" y1="{top + plot_h}" x2="{width - right}" y2="{top + plot_h}"/>')
    every = max(1, math.ceil(len(xs) / 12))
    for i, x in enumerate(xs):
        if i % every == 0:
            out.append(f'<text x="{sx(x):.1f}" y="{top + plot_h + 12}" text-anchor="end" '
                       f'transform="rotate(-35 {sx(x):.1f} {top + plot_h + 12})">{_esc(x)}</text>')
    series: dict[str, list[_Point]] = {}
    for p in timed:
        series.setdefault(p.series, []).append(p)
    for name, ps in series.items():
        for dated in (True, False):
            best: dict[str, _Point] = {}  # the line goes through one point per time: the best attested
            for p in ps:
                if p.dated == dated and (p.x not in best or len(p.sources) > len(best[p.x].sources)):
                    best[p.x] = p
            line = sorted(best.values(), key=lambda p: _order_key(p.x))
            if len(line) > 1:
                pts = " ".join(f"{sx(p.x):.1f},{sy(p.value):.1f}" for p in line)
                dash = "" if dated else ' stroke-dasharray="4 3"'
                out.append(f'<polyline class="series" data-place="{_esc(name)}" points="{pts}" fill="none" '
                           f'stroke="{colours[name]}" stroke-width="1.6"{dash}/>')
    for p in sorted(timed, key=lambda p: p.conflict):
        cls = "point conflict" if p.conflict else "point"
        fill = colours[p.series] if p.dated else "#fff"
        stroke = _CONFLICT if p.conflict else colours[p.series]
        out.append(
            f'<a href="#cell-{p.cell}" class="point-link" data-cell="{p.cell}">'
            f'<circle class="{cls}" data-place="{_esc(p.series)}" data-x="{_esc(p.x)}" data-value="{p.value!r}" '
            f'data-claims="{_esc(" ".join(s.get("claim_id", "") for s in p.sources))}" '
            f'cx="{sx(p.x):.1f}" cy="{sy(p.value):.1f}" r="{5 if p.conflict else 4}" fill="{fill}" '
            f'stroke="{stroke}" stroke-width="{2.5 if p.conflict else 1.6}">'
            f'<title>{_esc(_tip(p, sentences))}</title></circle></a>')
    legend = sorted(series, key=lambda s: (s != "national", -len(series[s]), s))
    shown = [s for s in legend if colours[s] != _OTHER][:8]
    lx, ly = left, height - 6
    for s in shown:
        label = s if len(s) <= 16 else s[:15] + "…"
        out.append(f'<rect x="{lx}" y="{ly - 8}" width="9" height="9" fill="{colours[s]}"/>'
                   f'<text x="{lx + 12}" y="{ly}">{_esc(label)}</text>')
        lx += 18 + 6.2 * len(label)
        if lx > width - 60:
            break
    if len(shown) < len(legend):
        out.append(f'<text class="none" x="{min(lx, width - 60)}" y="{ly}">+{len(legend) - len(shown)}</text>')
    out.append("</svg>")
    return "".join(out)


# -- page ------------------------------------------------------------------------------------
def _variant_title(row: dict[str, Any]) -> str:
    bits = [row["kind"]]
    if row.get("unit"):
        bits.append(row["unit"])
    if row.get("per"):
        bits.append("per " + row["per"])
    bits.append(row["status"])
    return " · ".join(bits)


def _cells_table(rows: list[tuple[int, dict[str, Any]]], sentences: _Sentences) -> str:
    out = ['<table class="cells"><thead><tr><th>place</th><th>period</th><th>value</th><th>docs</th>'
           "<th>sources: document · claim · published · the sentence</th></tr></thead><tbody>"]
    for cell, row in rows:
        cls = ' class="conflict"' if row["conflict"] else ""
        value = _esc(_shown(row))
        if len(row["values"]) > 1 and not row["conflict"]:
            value += f'<br><span class="none">values over time: {_esc(", ".join(row["values"]))}</span>'
        items = []
        for src in row["sources"]:
            quotes = "".join(f"<q>{_esc(b)}<mark>{_esc(f)}</mark>{_esc(a)}</q>" if f else f"<q>{_esc(b)}</q>"
                             for b, f, a in sentences.of(src))
            items.append(f'<li data-claim="{_esc(src.get("claim_id"))}"><span class="doc">{_esc(src.get("doc"))}'
                         f'</span> · <span class="cid">{_esc(src.get("claim_id"))}</span> · '
                         f'{_esc(src.get("published") or "no date")} · <b>{_esc(src.get("value"))}</b> {quotes}</li>')
        out.append(f'<tr id="cell-{cell}"{cls}><td>{_esc(_place(row))}</td><td>{_esc(row.get("period") or "—")}</td>'
                   f'<td class="v">{value}</td><td>{row["n_docs"]}</td>'
                   f'<td><ul class="sources">{"".join(items)}</ul></td></tr>')
    out.append("</tbody></table>")
    return "".join(out)


def _slug(key: str) -> str:
    return re.sub(r"[^\w-]+", "-", key, flags=re.UNICODE).strip("-") or "key"


def _chosen(rows: list[dict[str, Any]], max_subject_keys: int) -> list[tuple[str, list[tuple[int, dict]]]]:
    """(key, [(cell number, row)]) of the keys to chart: every indicator present, then the
    ``max_subject_keys`` most frequent subject keys (by rows, then documents) and any other
    subject key with a conflicting cell; each group ordered by its number of cells."""
    by_key: dict[str, list[tuple[int, dict]]] = {}
    for n, row in enumerate(rows):
        by_key.setdefault(row["key"], []).append((n, row))

    def weight(k: str) -> tuple:
        cells = by_key[k]
        return (-len(cells), -sum(r["n_docs"] for _, r in cells), k)

    indicators = sorted((k for k, cells in by_key.items() if cells[0][1].get("indicator")), key=weight)
    subjects = sorted((k for k, cells in by_key.items() if not cells[0][1].get("indicator")), key=weight)
    top = subjects[:max(0, max_subject_keys)]
    top += [k for k in subjects[len(top):] if any(r["conflict"] for _, r in by_key[k])]
    return [(k, by_key[k]) for k in indicators + top]


def render_indicator_report(rows: Iterable[dict[str, Any]], title: str = "cchc_metrics — indicators", *,
                            texts: Mapping[str, str] | None = None,
                            sentences: Mapping[str, Sequence[str | None]] | None = None,
                            read_files: bool = True, max_subject_keys: int = MAX_SUBJECT_KEYS,
                            taxonomy: Any = None) -> str:
    """The page (a string) of indicator-table ``rows`` (:func:`~cchc_metrics.indicator_table.build_table`,
    :func:`~cchc_metrics.store.table_from_files`, :func:`~cchc_metrics.store.table_from_db`).

    ``texts``: doc id → the document's text; ``sentences``: claim id → the sentence of each
    mention (:func:`sentences_from_db`); otherwise, with ``read_files``, the source files are
    read back for the sentences. ``taxonomy`` (a Taxonomy or a file) gives the Vietnamese
    labels of indicators (default: the built-in one).
    """
    if isinstance(rows, (str, bytes, Mapping)):
        raise TypeError("render_indicator_report takes the list of table rows (build_table / table_from_db)")
    rows = list(rows)
    for row in rows:
        if not isinstance(row, Mapping) or "key" not in row or "sources" not in row:
            raise TypeError("each row must be a dict of the indicator table (key, …, sources)")
    from .indicators import resolve_taxonomy

    taxonomy = resolve_taxonomy(taxonomy)
    finder = _Sentences(texts, sentences, read_files)
    chosen = _chosen(rows, max_subject_keys)
    toc, sections = [], []
    n_charts = n_points = n_conflicts = 0
    for key, cells in chosen:
        first = cells[0][1]
        ind = taxonomy.get(first["indicator"]) if first.get("indicator") else None
        anchor = f"key-{_slug(key)}"
        if ind is not None:
            head = (f'{_esc(ind.label_en)} — {_esc(ind.label_vi)} <code>{_esc(key)}</code> '
                    '<span class="badge">indicator</span>')
        elif first.get("indicator"):
            head = f'{_esc(first.get("label") or key)} <code>{_esc(key)}</code> <span class="badge">indicator</span>'
        else:
            head = f'“{_esc(key)}” <span class="badge subject">subject key</span>'
        variants: dict[tuple, list[tuple[int, dict]]] = {}
        for n, row in cells:
            variants.setdefault((row["kind"], row.get("unit"), row.get("per"), row["status"]), []).append((n, row))
        parts = []
        conflicts_here = 0
        for vkey in sorted(variants, key=lambda v: (-len(variants[v]), tuple(x or "" for x in v))):
            vrows = sorted(variants[vkey], key=lambda nr: (nr[1].get("locality") != "national",
                                                           _place(nr[1]), _order_key(nr[1].get("period") or "")))
            points = _points(vrows)
            conflicts = sum(1 for _, r in vrows if r["conflict"])
            conflicts_here += conflicts
            unit = vrows[0][1].get("unit")
            if points:
                colours = _colours(points)
                charts = (f'<div class="charts"><figure>{_bars(points, colours, unit, finder)}'
                          "<figcaption>latest value per place</figcaption></figure>"
                          f"<figure>{_lines(points, colours, unit, finder)}"
                          "<figcaption>across periods (filled) and publication dates (hollow)</figcaption>"
                          "</figure></div>")
                n_charts += 1
                n_points += len(points)
            else:
                charts = '<p class="none">no numeric value to chart</p>'
            flag = f' · <b style="color:{_CONFLICT}">{conflicts} conflict(s) ⚠</b>' if conflicts else ""
            parts.append(
                f'<div class="variant"><h3>{_esc(_variant_title(vrows[0][1]))} — {len(vrows)} cell(s), '
                f'{sum(r["n_claims"] for _, r in vrows)} claim(s){flag}</h3>{charts}'
                f"<details{' open' if conflicts else ''}><summary>cells and their sentences</summary>"
                f"{_cells_table(vrows, finder)}</details></div>")
        n_conflicts += conflicts_here
        flag = f' <b style="color:{_CONFLICT}">⚠ {conflicts_here}</b>' if conflicts_here else ""
        toc.append(f'<li><a href="#{anchor}">{_esc(ind.label_en if ind else key)}</a> ({len(cells)}){flag}</li>')
        sections.append(f'<section class="key" id="{anchor}" data-key="{_esc(key)}"><h2>{head}</h2>{"".join(parts)}</section>')
    n_ind = sum(1 for _, cells in chosen if cells[0][1].get("indicator"))
    docs = {d for r in rows for d in r.get("docs", ())}
    meta = (f"{len(rows)} row(s) from {len(docs)} document(s) · charted: {n_ind} indicator(s) and "
            f"{len(chosen) - n_ind} subject key(s), {n_charts} chart pair(s), {n_points} point(s), "
            f"{n_conflicts} conflicting cell(s)")
    legend = ('<p class="legend-key"><span>● filled, solid line: a cell with a period</span>'
              "<span>○ hollow, dashed: a cell without one, at its sources' publication dates</span>"
              f'<span style="color:{_CONFLICT}">red outline ⚠: the documents disagree (conflict)</span>'
              "<span>hover a point for its sentences; click it for its cell</span></p>")
    return (
        "<!DOCTYPE html>\n"
        '<html lang="vi"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<title>{_esc(title)}</title><meta name="generator" content="cchc_metrics">'
        f"<style>{_CSS}</style></head><body>"
        f'<header><h1>{_esc(title)}</h1><div class="meta" id="meta" data-indicators="{n_ind}" '
        f'data-charts="{n_charts}" data-points="{n_points}">{_esc(meta)}</div>{legend}'
        f'<nav id="toc"><ol>{"".join(toc)}</ol></nav></header>'
        f'<main>{"".join(sections) or "<p>No rows.</p>"}</main></body></html>\n'
    )


def write_indicator_report(rows: Iterable[dict[str, Any]], out_path: str | os.PathLike,
                           title: str = "cchc_metrics — indicators", **options: Any) -> Path:
    """Write :func:`render_indicator_report` of ``rows`` to ``out_path`` (UTF-8); returns
    the path. ``options``: ``texts``, ``sentences``, ``read_files``, ``max_subject_keys``,
    ``taxonomy``."""
    out = Path(out_path)
    out.write_text(render_indicator_report(rows, title, **options), encoding="utf-8")
    return out
