"""The chart report of the indicator table (``cchc_metrics.report_indicators``), on invented
documents, also rendered in a real browser."""

from __future__ import annotations

import copy
import html
import os
import re
import subprocess
from html.parser import HTMLParser

import pytest

import cchc_metrics
from cchc_metrics import cli
from cchc_metrics.indicator_table import build_table
from cchc_metrics.report_indicators import render_indicator_report, sentences_from_db, write_indicator_report
from cchc_metrics.store import ingest, table_from_db, table_from_files

CHROMIUM = "/usr/bin/chromium"

# Invented: Bắc Ninh 2023 and 2024 (two documents disagree on 2024: a conflict), Kon Tum
# 2024, the number of provinces at two publication dates, a figure outside the taxonomy.
DOCS = {
    "bn_2023": "Năm 2023, tỷ lệ hồ sơ nộp trực tuyến của tỉnh Bắc Ninh đạt 70%.",
    "bn_2024a": "Bắc Ninh: tỉ lệ hồ sơ trực tuyến năm 2024 đạt 82,5%.\n\n"
                "Năm 2024, tỉ lệ hồ sơ trực tuyến của tỉnh Bắc Ninh đạt 82,5%.",
    "bn_2024b": "Năm 2024, tỷ lệ hồ sơ trực tuyến của tỉnh Bắc Ninh đạt 80%.",
    "kt_2024": "Năm 2024, tỷ lệ hồ sơ nộp trực tuyến của tỉnh Kon Tum đạt 65%. "
               "Tỉnh Kon Tum đã cấp 2.345 tài khoản định danh điện tử.",
    "nat": "Bản tin ngày 11/6/2024\n\nCả nước hiện có 63 tỉnh, thành phố trực thuộc trung ương.",
    "nat2": "Bản tin ngày 12/6/2025\n\nSau sắp xếp, cả nước còn 34 tỉnh, thành phố.",
}


class Page(HTMLParser):
    """Ids, hrefs, chart elements (with their attributes and <title> text) of a page."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.urls: list[str] = []
        self.svgs: list[dict] = []
        self.marks: list[dict] = []   # rect.bar and circle.point
        self.links: list[str] = []    # hrefs of <a> inside an svg
        self.rows: dict[str, str] = {}  # cell id -> its text
        self._in_svg = 0
        self._title: dict | None = None
        self._row: str | None = None
        self._depth = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if a.get("id"):
            self.ids.add(a["id"])
        for name in ("src", "href"):
            if a.get(name) is not None:
                self.urls.append(a[name])
        if tag == "svg":
            self._in_svg += 1
            self.svgs.append(a)
        if self._in_svg and tag == "a":
            self.links.append(a.get("href"))
        classes = (a.get("class") or "").split()
        if tag in ("rect", "circle") and ({"bar", "point"} & set(classes)):
            self.marks.append(dict(a, tag=tag, title=""))
        if tag == "title" and self._in_svg and self.marks:
            self._title = self.marks[-1]
        if tag == "tr" and (a.get("id") or "").startswith("cell-"):
            self._row, self._depth = a["id"], 0
            self.rows[self._row] = ""
        if self._row and tag == "tr":
            self._depth += 1

    def handle_endtag(self, tag):
        if tag == "svg":
            self._in_svg -= 1
        if tag == "title":
            self._title = None
        if self._row and tag == "tr":
            self._depth -= 1
            if self._depth == 0:
                self._row = None

    def handle_data(self, data):
        if self._title is not None:
            self._title["title"] += data
        if self._row:
            self.rows[self._row] += data


def parse(page: str) -> Page:
    p = Page()
    p.feed(page)
    p.close()
    return p


@pytest.fixture(scope="module")
def rows():
    return build_table([(k, cchc_metrics.extract(t), t) for k, t in DOCS.items()])


@pytest.fixture(scope="module")
def page(rows):
    return render_indicator_report(rows, "Invented bulletins", texts=DOCS)


def _bn_2024(rows):
    return next(r for r in rows if r["indicator"] == "online_application_share" and r["locality"] == "Bắc Ninh"
                and r["period"] == "2024")


def test_the_invented_table(rows):
    assert _bn_2024(rows)["conflict"] and _bn_2024(rows)["values"] == ["82.5", "80"]
    keys = {r["key"] for r in rows}
    assert {"online_application_share", "provincial_units", "tài khoản định danh điện tử"} <= keys


def test_charts_per_indicator_and_variant(rows, page):
    p = parse(page)
    sections = re.findall(r'<section class="key" id="([^"]+)" data-key="([^"]+)"', page)
    assert [k for _, k in sections] == ["online_application_share", "provincial_units", "tài khoản định danh điện tử"]
    # one bar chart and one line chart per variant: three keys, one variant each
    assert sum("bars" in s.get("class", "") for s in p.svgs) == 3
    assert sum("lines" in s.get("class", "") for s in p.svgs) == 3
    bars = [m for m in p.marks if m["tag"] == "rect"]
    points = [m for m in p.marks if m["tag"] == "circle"]
    # online share: bars for Bắc Ninh and Kon Tum; provinces: national; accounts: Kon Tum
    assert sorted(m["data-place"] for m in bars) == ["Bắc Ninh", "Kon Tum", "Kon Tum", "national"]
    share = [m for m in points if "bn_2023#c1" in m["data-claims"] or "kt_2024#c1" in m["data-claims"]
             or "bn_2024a#c1" in m["data-claims"]]
    assert sorted((m["data-place"], m["data-x"], float(m["data-value"])) for m in share) == [
        ("Bắc Ninh", "2023", 70.0), ("Bắc Ninh", "2024", 82.5), ("Kon Tum", "2024", 65.0)]
    # undated cells: one point per publication date, 63 then 34 provinces
    provinces = sorted((m["data-x"], float(m["data-value"])) for m in points if m["data-place"] == "national")
    assert provinces == [("2024-06-11", 63.0), ("2025-06-12", 34.0)]
    # the Bắc Ninh bar is its latest period, 2024 (the majority value, 82.5 from two claims)
    bn_bar = next(m for m in bars if m["data-place"] == "Bắc Ninh")
    assert float(bn_bar["data-value"]) == 82.5
    assert 'data-charts="3"' in page and 'data-indicators="2"' in page


def test_every_point_links_to_its_cell_and_sentences(rows, page):
    p = parse(page)
    assert p.links and len(p.links) == len(p.marks)
    for href in p.links:
        assert href.startswith("#cell-") and href[1:] in p.ids, href
    for mark in p.marks:
        title = mark["title"]
        for claim_id in mark["data-claims"].split():
            doc = claim_id.split("#")[0]
            assert doc in title and claim_id in title
        assert "“" in title  # a sentence
    bn = next(m for m in p.marks if m["tag"] == "circle" and m.get("data-x") == "2024"
              and m["data-place"] == "Bắc Ninh")
    assert "Bắc Ninh: tỉ lệ hồ sơ trực tuyến năm 2024 đạt 82,5%." in bn["title"]  # its first mention
    # the cell lists every source with its sentence, the figure marked
    cell = next(href for href, m in zip(p.links, p.marks) if m is bn)
    text = p.rows[cell[1:]]
    for src in _bn_2024(rows)["sources"]:
        assert src["doc"] in text and src["claim_id"] in text
    assert "Năm 2024, tỷ lệ hồ sơ trực tuyến của tỉnh Bắc Ninh đạt 80%." in text
    assert "<mark>80%</mark>" in page and "<mark>82,5%</mark>" in page


def test_conflicts_are_marked(rows, page):
    p = parse(page)
    conflicting = [m for m in p.marks if "conflict" in m["class"].split()]
    # the Bắc Ninh 2024 cell: its point and its (latest) bar
    assert {m["tag"] for m in conflicting} == {"rect", "circle"}
    assert all(m["data-place"] == "Bắc Ninh" for m in conflicting)
    assert all("CONFLICT" in m["title"] for m in conflicting)
    assert re.search(r'<tr id="cell-\d+" class="conflict">', page)
    assert "⚠ (82.5, 80)" in page
    # the number of provinces at two dates is not a conflict
    assert not any(m["data-place"] == "national" and "conflict" in m["class"] for m in p.marks)


def test_self_contained_and_escaped(rows):
    bad = copy.deepcopy(rows)
    for r in bad:
        r["key"] = r["key"] + '<script>alert(1)</script>'
        for s in r["sources"]:
            s["doc"] = '<img src=x onerror="alert(1)">'
    page = render_indicator_report(bad, "<t>", texts=DOCS)
    assert "<script" not in page and "<img" not in page and "&lt;script&gt;" in page
    assert "<title>&lt;t&gt;</title>" in page
    p = parse(page)
    assert all(url.startswith("#") for url in p.urls), p.urls
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", page, re.I)
    assert "@import" not in page and "url(" not in page


def test_rows_are_not_changed():
    fresh = build_table([(k, cchc_metrics.extract(t), t) for k, t in DOCS.items()])  # not rendered yet
    before = copy.deepcopy(fresh)
    render_indicator_report(fresh, texts=DOCS)
    assert fresh == before


def test_subject_keys_are_capped_but_conflicts_stay(rows):
    page = render_indicator_report(rows, max_subject_keys=0, texts=DOCS)
    assert 'data-key="tài khoản định danh điện tử"' not in page
    assert 'data-key="online_application_share"' in page
    conflicted = copy.deepcopy(rows)
    acc = next(r for r in conflicted if r["key"] == "tài khoản định danh điện tử")
    acc["conflict"] = True
    page = render_indicator_report(conflicted, max_subject_keys=0, texts=DOCS)
    assert 'data-key="tài khoản định danh điện tử"' in page


def test_sentences_from_files_and_from_a_store(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    for name, text in DOCS.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    from_files = render_indicator_report(table_from_files([folder]))      # read back from source paths
    db = tmp_path / "claims.db"
    ingest(db, [folder])
    sentences = sentences_from_db(db)
    assert sentences["bn_2024b#c1"] == ["Năm 2024, tỷ lệ hồ sơ trực tuyến của tỉnh Bắc Ninh đạt 80%."]
    from_db = render_indicator_report(table_from_db(db), sentences=sentences, read_files=False)
    assert from_db == from_files and "<mark>80%</mark>" in from_db
    # without any text the page is still built, without sentences
    bare = render_indicator_report(table_from_db(db), read_files=False)
    assert "<mark>" not in bare and "bn_2024b#c1" in bare


def test_empty_and_bad_input(tmp_path):
    assert "No rows." in render_indicator_report([])
    with pytest.raises(TypeError):
        render_indicator_report("rows")
    with pytest.raises(TypeError):
        render_indicator_report([{"x": 1}])
    out = write_indicator_report([], tmp_path / "r.html", title="empty")
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_cli_table_html(tmp_path, capsys):
    folder = tmp_path / "docs"
    folder.mkdir()
    for name, text in DOCS.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    report = tmp_path / "r.html"
    assert cli.main(["table", str(folder), "--out", str(tmp_path / "t.csv"), "--html", str(report)]) == 0
    page = report.read_text(encoding="utf-8")
    assert 'class="chart bars"' in page and "<mark>80%</mark>" in page
    assert "chart report" in capsys.readouterr().err
    # from a store: the sentences come from the database, even with the files gone
    report2 = tmp_path / "r2.html"
    db = tmp_path / "c.db"
    assert cli.main(["table", str(folder), "--db", str(db), "--out", str(tmp_path / "t.jsonl")]) == 0
    for f in folder.iterdir():
        f.unlink()
    assert cli.main(["table", str(tmp_path / "empty.txt"), "--db", str(db), "--out", str(tmp_path / "t2.jsonl"),
                     "--html", str(report2)]) == 2  # the missing path is complained about, the report still written
    assert "<mark>80%</mark>" in report2.read_text(encoding="utf-8")


def _chromium(tmp_path, *args):
    cmd = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
           "--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars",
           f"--user-data-dir={tmp_path / 'profile'}", *args]
    try:
        return subprocess.run(cmd, capture_output=True, text=True, encoding="utf-8", timeout=90)
    except subprocess.TimeoutExpired:
        pytest.fail("chromium did not finish in 90 s")


@pytest.mark.skipif(not os.path.exists(CHROMIUM), reason="chromium is not installed")
def test_headless_browser_renders_charts_and_links(page, tmp_path):
    path = tmp_path / "indicators.html"
    path.write_text(page, encoding="utf-8")
    proc = _chromium(tmp_path, "--dump-dom", path.as_uri())
    assert proc.returncode == 0, proc.stderr[-2000:]
    dom = parse(proc.stdout)
    expected = parse(page)
    # the browser built the same SVG: every bar and point, each in its link, every target there
    assert len(dom.svgs) == len(expected.svgs) == 6
    assert [(m["tag"], m["data-place"], m["data-value"]) for m in dom.marks] == \
           [(m["tag"], m["data-place"], m["data-value"]) for m in expected.marks]
    assert dom.links == expected.links and all(h[1:] in dom.ids for h in dom.links)
    assert any("conflict" in m["class"] for m in dom.marks)
    assert all(html.unescape(m["title"]) == html.unescape(e["title"]) for m, e in zip(dom.marks, expected.marks))
    # and paints it
    shot = tmp_path / "shot.png"
    proc = _chromium(tmp_path, "--window-size=1000,800", f"--screenshot={shot}", path.as_uri())
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 10_000
