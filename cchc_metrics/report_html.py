"""A self-contained HTML page of one document with its claims highlighted::

    from cchc_metrics.report_html import write_html
    write_html("examples/bulletin_2024-06-11.txt", "bulletin.html")

Every claim is a ``<mark class="claim k-KIND" data-claim="N">`` around its exact text
(coloured by kind, with a legend); hovering shows the record (a ``title`` attribute, and
a small inline-JS tooltip). Legal references are ``<span class="ref">`` (underlined).
A summary table lists, per article, its title, the claims per kind and the localities.
Everything is escaped with :func:`html.escape`; CSS and JS are inline and the page
loads nothing from the network.
"""

from __future__ import annotations

import html
import os
from collections import Counter
from pathlib import Path
from typing import Any, Iterable

from .records import KINDS, Extraction, LegalRef, Metric

__all__ = ["render_html", "write_html", "KIND_COLOURS"]

#: Background colour of each kind's highlight (colour-blind-friendly, light enough for text).
KIND_COLOURS: dict[str, str] = {
    "percent": "#9ecae9",
    "count": "#ffbe7d",
    "money": "#8cd17d",
    "fraction": "#f1ce63",
    "rank": "#d4a6c8",
    "duration": "#86bcb6",
    "quantity": "#fabfd2",
    "deadline": "#ff9d9a",
}

_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;margin:0;color:#222;background:#fafafa}
header{padding:1rem 1.5rem;background:#fff;border-bottom:1px solid #ddd;position:sticky;top:0;z-index:2}
h1{font-size:1.2rem;margin:0 0 .5rem}
h2{font-size:1.05rem;margin:1.5rem 0 .5rem}
main{padding:0 1.5rem 3rem}
.summary-wrap{overflow-x:auto}
.meta{color:#666;font-size:.9rem}
.legend{display:flex;flex-wrap:wrap;gap:.4rem;margin:.5rem 0 0;padding:0;list-style:none;font-size:.85rem}
.legend li{padding:.1rem .5rem;border-radius:.25rem}
.legend .ref{background:#fff;border:1px solid #ccc}
.doc{max-width:70rem;white-space:pre-wrap;line-height:1.6;background:#fff;border:1px solid #ddd;padding:1rem;font-size:.95rem}
mark.claim{border-radius:.2rem;padding:0 .1rem;color:inherit;cursor:help}
mark.claim:hover,mark.claim.on{outline:2px solid #333}
span.ref{text-decoration:underline;text-decoration-thickness:2px;text-decoration-color:#555;cursor:help}
span.article-anchor{display:inline}
table{border-collapse:collapse;background:#fff;font-size:.85rem}
th:first-child{min-width:18rem}
th,td{border:1px solid #ddd;padding:.25rem .5rem;text-align:left;vertical-align:top}
td.n{text-align:right}
#tip{position:fixed;z-index:10;display:none;max-width:28rem;background:#222;color:#fff;padding:.5rem .7rem;border-radius:.3rem;font-size:.8rem;white-space:pre-wrap;pointer-events:none}
"""

_JS = """
(function(){
  var tip=document.getElementById('tip');
  function show(e){
    var el=e.target.closest('mark.claim,span.ref');
    if(!el){tip.style.display='none';return;}
    if(el.title){el.setAttribute('data-tip',el.title);el.removeAttribute('title');}
    tip.textContent=el.getAttribute('data-tip')||'';
    tip.style.display='block';
    var x=Math.min(e.clientX+12,window.innerWidth-tip.offsetWidth-8);
    var y=e.clientY+16;
    if(y+tip.offsetHeight>window.innerHeight){y=e.clientY-tip.offsetHeight-8;}
    tip.style.left=x+'px';tip.style.top=y+'px';
  }
  document.addEventListener('mouseover',show);
  document.addEventListener('mousemove',function(e){if(tip.style.display==='block'){show(e);}});
  document.addEventListener('mouseout',function(e){if(!e.relatedTarget||!e.relatedTarget.closest('mark.claim,span.ref')){tip.style.display='none';}});
})();
"""

_TIP_FIELDS = ("kind", "value", "unit", "subject", "qualifier", "status", "locality", "district",
               "refs", "date")


def _esc(value: Any) -> str:
    return html.escape(str(value), quote=True)


def _number(value: Any) -> str:
    if isinstance(value, float):
        from .evaluation import format_number

        return format_number(value)
    return str(value)


def _claim_tip(m: Metric) -> str:
    """The hover text of a claim: its record, one field a line."""
    lines = [f"“{m.text}”" if m.text else f"{m.start}:{m.end}"]
    for name in _TIP_FIELDS:
        if name == "value":
            if m.value is None:
                continue
            val = _number(m.value)
            if m.value_max is not None:
                val += "–" + _number(m.value_max)
            if m.denominator is not None:
                val += "/" + _number(m.denominator)
            lines.append(f"value: {val}")
            continue
        if name == "qualifier":
            lines.append(f"qualifier: {m.qualifier or 'exact'}")
            continue
        if name == "status":
            cue = f" ({m.status_cue.rule}: “{m.status_cue.text}”)" if m.status_cue and m.status_cue.text else ""
            lines.append(f"status: {m.status or 'actual'}{cue}")
            continue
        if name == "refs":
            if m.refs:
                lines.append("refs: " + "; ".join(m.refs))
            continue
        if name == "date":
            if m.date:
                lines.append("date: " + " ".join(x for x in (m.relation, m.date) if x))
            continue
        val = getattr(m, name)
        if val is not None:
            lines.append(f"{name}: {val}")
    for name in ("per", "change", "change_id", "direction", "compared_to", "period", "as_of", "province_2025", "region"):
        val = getattr(m, name)
        if val is not None:
            lines.append(f"{name}: {val}")
    return "\n".join(lines)


def _ref_tip(r: LegalRef) -> str:
    lines = [f"legal reference: {r.key}", f"type: {r.doc_type}"]
    for name in ("number", "year", "issuer", "issued", "refers_to"):
        val = getattr(r, name, None)
        if val is not None:
            lines.append(f"{name}: {val}")
    return "\n".join(lines)


class _Span:
    __slots__ = ("start", "end", "open_tag", "close_tag", "order")

    def __init__(self, start: int, end: int, open_tag: str, close_tag: str, order: int):
        self.start, self.end, self.open_tag, self.close_tag, self.order = start, end, open_tag, close_tag, order


def _spans(result: Extraction, length: int) -> list[_Span]:
    spans: list[_Span] = []
    for i, m in enumerate(result.metrics):
        start, end = max(0, m.start), min(length, m.end)
        if end <= start:
            continue
        kind = m.kind if m.kind in KIND_COLOURS else "other"
        open_tag = (f'<mark class="claim k-{_esc(kind)}" data-claim="{i}" data-kind="{_esc(m.kind)}" '
                    f'title="{_esc(_claim_tip(m))}">')
        spans.append(_Span(start, end, open_tag, "</mark>", len(spans)))
    for i, r in enumerate(result.legal_refs):
        start, end = max(0, r.start), min(length, r.end)
        if end <= start:
            continue
        open_tag = f'<span class="ref" data-ref="{i}" title="{_esc(_ref_tip(r))}">'
        spans.append(_Span(start, end, open_tag, "</span>", len(spans)))
    return spans


def _highlight(text: str, result: Extraction) -> str:
    """The escaped text with every span wrapped; crossing spans are split into pieces so
    the markup nests (each piece keeps its ``data-claim``)."""
    spans = _spans(result, len(text))
    anchors: dict[int, list[str]] = {}
    for a in result.articles:
        if 0 <= a.start <= len(text):
            anchors.setdefault(a.start, []).append(
                f'<span class="article-anchor" id="article-{int(a.index)}"></span>')
    starts: dict[int, list[_Span]] = {}
    for s in spans:
        starts.setdefault(s.start, []).append(s)
    points = sorted({0, len(text), *anchors, *(s.start for s in spans), *(s.end for s in spans)})
    out: list[str] = []
    stack: list[_Span] = []
    prev = 0
    for p in points:
        if p > prev:
            out.append(html.escape(text[prev:p], quote=False))
            prev = p
        # close what ends here; anything opened inside it is closed and reopened
        if any(s.end == p for s in stack):
            reopen: list[_Span] = []
            while any(s.end == p for s in stack):
                top = stack.pop()
                out.append(top.close_tag)
                if top.end != p:
                    reopen.append(top)
            for s in reversed(reopen):
                out.append(s.open_tag)
                stack.append(s)
        out.extend(anchors.get(p, ()))
        # open longest first so shorter spans nest inside
        for s in sorted(starts.get(p, ()), key=lambda s: (-s.end, s.order)):
            out.append(s.open_tag)
            stack.append(s)
    while stack:
        out.append(stack.pop().close_tag)
    return "".join(out)


def _legend(result: Extraction) -> str:
    counts = Counter(m.kind for m in result.metrics)
    items = [
        f'<li class="k-{_esc(k)}">{_esc(k)} <b>{counts.get(k, 0)}</b></li>' for k in KINDS
    ]
    items.append(f'<li class="ref"><span class="ref">legal reference</span> <b>{len(result.legal_refs)}</b></li>')
    return '<ul class="legend" id="legend">' + "".join(items) + "</ul>"


def _localities(metrics: Iterable[Metric]) -> str:
    seen: dict[str, None] = {}
    for m in metrics:
        if m.locality:
            seen.setdefault(m.locality if not m.district else f"{m.locality} ({m.district})")
    return ", ".join(seen)


def _summary(result: Extraction) -> str:
    from .tables import article_index

    by_article: dict[int | None, list[Metric]] = {}
    for m in result.metrics:
        by_article.setdefault(article_index(result, m), []).append(m)
    head = "".join(f"<th>{_esc(k)}</th>" for k in KINDS)
    rows = []

    def row(label: str, metrics: list[Metric], extra: str = "") -> str:
        counts = Counter(m.kind for m in metrics)
        cells = "".join(f'<td class="n">{counts.get(k, 0) or ""}</td>' for k in KINDS)
        return (f"<tr><td>{label}</td>{extra}<td class=\"n\">{len(metrics)}</td>{cells}"
                f"<td>{_esc(_localities(metrics))}</td></tr>")

    for a in result.articles:
        title = _esc(a.title or f"article {a.index}")
        label = f'<a href="#article-{int(a.index)}">{title}</a>'
        extra = f"<td>{_esc(a.outlet or '')}</td><td>{_esc(a.date or '')}</td>"
        rows.append(row(f"{int(a.index)}. {label}", by_article.get(a.index, []), extra))
    loose = by_article.get(None, [])
    known = {a.index for a in result.articles}
    loose += [m for k, ms in by_article.items() if k is not None and k not in known for m in ms]
    if loose or not result.articles:
        label = "(outside articles)" if result.articles else "(whole document)"
        rows.append(row(_esc(label), loose, "<td></td><td></td>"))
    return (
        '<table class="summary" id="summary"><thead><tr><th>article</th><th>outlet</th><th>date</th>'
        f'<th>claims</th>{head}<th>localities</th></tr></thead><tbody>{"".join(rows)}</tbody></table>'
    )


def render_html(text: str, result: Extraction, *, title: str | None = None) -> str:
    """A complete HTML page (inline CSS/JS, no external resources) of ``text`` with the
    claims and legal references of ``result`` (offsets into ``text``) highlighted."""
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    if not isinstance(result, Extraction):
        raise TypeError(f"result must be an Extraction, not {type(result).__name__}")
    page_title = title or result.doc or "cchc_metrics report"
    kind_css = "".join(
        f".k-{k}{{background:{c}}}" for k, c in KIND_COLOURS.items()
    ) + ".k-other{background:#ddd}"
    meta = [f"{len(result.metrics)} claim(s)", f"{len(result.legal_refs)} legal reference(s)"]
    if result.published:
        meta.append(f"published {result.published}")
    if result.articles:
        meta.append(f"{len(result.articles)} article(s)")
    return (
        "<!DOCTYPE html>\n"
        '<html lang="vi"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{_esc(page_title)}</title>"
        '<meta name="generator" content="cchc_metrics">'
        f"<style>{_CSS}{kind_css}</style></head><body>"
        f"<header><h1>{_esc(page_title)}</h1>"
        f'<div class="meta">{_esc(" · ".join(meta))}</div>{_legend(result)}</header>'
        "<main><h2>Articles</h2>"
        f'<div class="summary-wrap">{_summary(result)}</div>'
        f'<h2>Text</h2><div class="doc" id="doc">{_highlight(text, result)}</div>'
        '</main><div id="tip" role="tooltip"></div>'
        f"<script>{_JS}</script></body></html>\n"
    )


def write_html(path_in: str | os.PathLike, path_out: str | os.PathLike,
               published: Any = None) -> Path:
    """Read ``path_in`` (:func:`cchc_metrics.read_text`), extract, and write the page to
    ``path_out`` (UTF-8). Returns the output path. Raises ``UnreadableText`` for a file
    that is not text, ``OSError`` when it cannot be read or written."""
    from .api import extract
    from .goldfile import read_text

    path_in, path_out = Path(path_in), Path(path_out)
    text = read_text(path_in)
    result = extract(text, published=published)
    page = render_html(text, result, title=path_in.name)
    path_out.write_text(page, encoding="utf-8")
    return path_out
