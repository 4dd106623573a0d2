"""The HTML report (``cchc_metrics.report_html``), also checked in a real browser."""

from __future__ import annotations

import html
import os
import re
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

import cchc_metrics
from cchc_metrics.records import KINDS, Extraction, LegalRef, Metric
from cchc_metrics.report_html import KIND_COLOURS, render_html, write_html

SEED = Path(__file__).parent / "gold" / "seeds" / "000_0347a6aaf26ad1f0.txt"
CHROMIUM = "/usr/bin/chromium"


class Marks(HTMLParser):
    """Collect the text inside every claim highlight (pieces joined by data-claim) and
    every src/href attribute."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack: list[str | None] = []
        self.claims: dict[str, str] = {}
        self.kinds: dict[str, str] = {}
        self.refs: dict[str, str] = {}
        self.urls: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        for name in ("src", "href"):
            if a.get(name) is not None:
                self.urls.append(a[name])
        if a.get("id"):
            self.ids.add(a["id"])
        key = None
        if tag == "mark" and "claim" in (a.get("class") or "").split():
            key = "c" + a["data-claim"]
            self.claims.setdefault(a["data-claim"], "")
            self.kinds[a["data-claim"]] = a.get("class")
        elif tag == "span" and "ref" in (a.get("class") or "").split() and "data-ref" in a:
            key = "r" + a["data-ref"]
            self.refs.setdefault(a["data-ref"], "")
        self.stack.append(key)

    def handle_endtag(self, tag):
        if self.stack:
            self.stack.pop()

    def handle_data(self, data):
        for key in self.stack:
            if key and key[0] == "c":
                self.claims[key[1:]] += data
            elif key and key[0] == "r":
                self.refs[key[1:]] += data


def parse(page: str) -> Marks:
    p = Marks()
    p.feed(page)
    p.close()
    return p


@pytest.fixture(scope="module")
def seed():
    text = cchc_metrics.read_text(SEED)
    result = cchc_metrics.extract(text)
    assert result.metrics, "the seed bulletin has claims"
    return text, result, render_html(text, result, title="Bản tin 11/6/2024")


def test_every_claim_is_highlighted_with_its_text(seed):
    text, result, page = seed
    marks = parse(page)
    assert len(marks.claims) == len(result.metrics)
    for i, m in enumerate(result.metrics):
        assert marks.claims[str(i)] == text[m.start:m.end] == m.text
        assert f"k-{m.kind}" in marks.kinds[str(i)]
        # and literally, escaped, inside a highlight element
        assert re.search(r'<mark class="claim k-%s" data-claim="%d"[^>]*>%s</mark>'
                         % (m.kind, i, re.escape(html.escape(m.text, quote=False))), page)
    for i, r in enumerate(result.legal_refs):
        assert marks.refs[str(i)] == text[r.start:r.end]


def test_whole_text_survives(seed):
    text, _, page = seed
    body = page.split('<div class="doc" id="doc">', 1)[1].split('</div></main>', 1)[0]
    plain = html.unescape(re.sub(r"<[^>]+>", "", body))
    assert plain == text


def test_legend_summary_and_tooltips(seed):
    text, result, page = seed
    assert 'id="legend"' in page
    for kind in KINDS:
        assert f'class="k-{kind}"' in page and KIND_COLOURS[kind] in page
    assert "legal reference" in page and "text-decoration:underline" in page
    assert 'id="summary"' in page
    for a in result.articles:
        if a.title:
            assert html.escape(a.title) in page
        assert f'id="article-{a.index}"' in page
    m = result.metrics[0]
    assert f"kind: {m.kind}" in page and "qualifier:" in page and "locality:" in page
    assert "<title>Bản tin 11/6/2024</title>" in page


def test_self_contained(seed):
    _, _, page = seed
    marks = parse(page)
    assert all(url.startswith("#") for url in marks.urls), marks.urls
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", page, re.I)
    assert "@import" not in page and "url(" not in page


def test_everything_is_escaped():
    text = 'A <b>"x" & y</b> tăng 50% <script>alert(1)</script> theo Nghị định 63/2024/NĐ-CP.'
    i = text.index("50%")
    j = text.index("Nghị định")
    result = Extraction(
        metrics=[Metric("percent", i, i + 3, text="50%", value=50, unit="%",
                        subject='<img src=x onerror="alert(1)">', locality="national")],
        legal_refs=[LegalRef(j, len(text) - 1, text[j:-1], "nghị định", "63/2024/NĐ-CP",
                             "nghị định 63/2024/nđ-cp")],
    )
    page = render_html(text, result, title="<t>")
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<img" not in page and "&lt;b&gt;" in page
    assert "<title>&lt;t&gt;</title>" in page
    assert parse(page).claims == {"0": "50%"}


def test_overlapping_claims_nest():
    text = "đạt 15/22 bộ, ngành"
    result = Extraction(metrics=[
        Metric("fraction", 4, 19, text=text[4:19], value=15, denominator=22),
        Metric("count", 7, 12, text=text[7:12], value=22),      # inside the first
        Metric("count", 10, 19, text=text[10:19], value=1),     # crosses the second
    ])
    page = render_html(text, result)
    marks = parse(page)
    assert marks.claims == {"0": text[4:19], "1": text[7:12], "2": text[10:19]}
    assert page.count("<mark") == page.count("</mark>")


def test_empty_and_bad_input():
    page = render_html("", Extraction())
    assert "<!DOCTYPE html>" in page and "0 claim(s)" in page
    with pytest.raises(TypeError):
        render_html(b"x", Extraction())
    with pytest.raises(TypeError):
        render_html("x", None)


def test_write_html(tmp_path):
    out = write_html(SEED, tmp_path / "report.html", published="2024-06-11")
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and SEED.name in page
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02\xff")
    from cchc_metrics.goldfile import UnreadableText

    with pytest.raises(UnreadableText):
        write_html(bad, tmp_path / "bad.html")


@pytest.mark.skipif(not os.path.exists(CHROMIUM), reason="chromium is not installed")
def test_headless_browser_renders_highlights(seed, tmp_path):
    text, result, page = seed
    path = tmp_path / "report.html"
    path.write_text(page, encoding="utf-8")
    profile = tmp_path / "profile"
    cmd = [
        CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        f"--user-data-dir={profile}", "--dump-dom", path.as_uri(),
    ]
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, encoding="utf-8", timeout=90)
    except subprocess.TimeoutExpired:
        pytest.fail("chromium did not finish in 90 s")
    assert proc.returncode == 0, proc.stderr[-2000:]
    dom = proc.stdout
    marks = parse(dom)
    assert len(marks.claims) == len(result.metrics)
    for i, m in enumerate(result.metrics):
        assert marks.claims[str(i)] == m.text
    assert 'id="legend"' in dom and 'id="summary"' in dom and 'id="tip"' in dom
