"""The benchmark (benchmarks/bench.py, ``cchc-metrics bench``) runs and reports its fields;
the fast scanning of text/scan.py finds exactly what ``finditer`` finds; the pipeline stays
linear in the size of adversarial inputs.

No assertion here is about speed on an absolute scale: the benchmark is a benchmark, not a
timed test. The linearity guard compares two sizes in the same process, with a generous
margin, to catch a super-linear blow-up (a per-claim rescan of the document).
"""

from __future__ import annotations

import importlib.util
import json
import re
import time
from pathlib import Path

import pytest

from cchc_metrics import extract, read_text

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "tests" / "gold" / "seeds"


def _bench():
    spec = importlib.util.spec_from_file_location("cchc_bench_under_test", ROOT / "benchmarks" / "bench.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# --------------------------------------------------------------------------- the benchmark
def test_benchmark_reports_every_field():
    bench = _bench()
    report = bench.run(0.02, seeds_dir=SEEDS, duckling=True, duckling_kb=2, rss=True, import_probe=True)
    json.dumps(report)  # JSON-able
    assert report["input"]["chars"] > 10_000
    for key in ("seconds", "chars_per_s", "metrics"):
        assert key in report["default"]
    assert report["default"]["metrics"] > 0
    assert report["floor"]["pattern"] == r"\d+(?:[.,]\d+)*" and report["floor"]["chars_per_s"] > 0
    assert report["floor_over_default"] > 0
    lin = report["linearity"]
    for key in ("small_chars", "small_chars_per_s", "full_chars", "full_chars_per_s", "slowdown"):
        assert key in lin
    assert lin["small_chars"] < lin["full_chars"]
    dk = report["duckling"]
    assert "available" in dk
    if dk["available"]:
        assert dk["chars_per_s"] > 0 and dk["default_over_duckling"] > 0
    else:
        assert dk["reason"]
    imp = report["import"]
    assert imp["seconds"] > 0
    # the heavy optional dependencies stay out of a plain import (a behaviour, not a timing)
    assert imp["heavy_on_import"] == []
    assert report["rss"]["peak_rss_mb"] > 0
    for key in ("nproc", "cpu", "python"):
        assert report["machine"][key]
    assert "default path" in bench.format_table(report)


def test_cli_bench_writes_json(tmp_path, capsys):
    from cchc_metrics.cli import main

    out = tmp_path / "bench.json"
    code = main(["bench", "--size-mb", "0.02", "--seeds", str(SEEDS), "--no-duckling", "--no-rss",
                 "--json", str(out)])
    assert code == 0
    report = json.loads(out.read_text(encoding="utf-8"))
    assert {"default", "floor", "floor_over_default", "linearity", "duckling", "import", "machine"} <= set(report)
    assert report["duckling"] == {"available": False, "reason": "not measured (--no-duckling)"}
    assert "floor / default" in capsys.readouterr().out


def test_corpus_has_the_requested_size():
    bench = _bench()
    text = bench.corpus(0.05, SEEDS)
    size = len(text.encode("utf-8"))
    assert 40_000 < size <= 50_000


# --------------------------------------------------------------------------- fast scanning
def _patterns():
    from cchc_metrics.context import dates, gazetteer, legal
    from cchc_metrics.kinds import rank
    from cchc_metrics.text import masks
    from cchc_metrics.text import normalize as normalize_mod

    pats = [getattr(dates, n) for n in ("_DMY", "_DMY_WORDS", "_MONTH_YEAR", "_MONTH_NUM", "_MONTH_ONLY",
                                        "_QUARTER", "_HALF", "_RANGE", "_YEAR", "_BARE_YEAR", "_RELATIVE",
                                        "_DM", "_TIME")]
    pats += [legal._TYPED_REF, legal._ABBR_REF, legal._BARE_IDENT, rank._FIRST_WORDS,
             masks._URL, masks._DIGIT_NAMES, masks._EMAIL_AT, masks._TLD, normalize_mod._REPAIR,
             gazetteer._gaz().regex]
    return pats


_TRICKY = (
    "Ngày 1/7/2024, NGÀY 20 THÁNG 7 NĂM 2024; quý I, II/2024 và Quý IV năm nay; 6 tháng đầu năm 2024; "
    "giai đoạn 2021-2025; 11h30 sáng; 8 giờ 30 phút; Thứ Hai, 01/4; thứ 7 ngày 6/7. "
    "Nghị định số 63/2024/NĐ-CP, Thông tư 01/2023/TT-BCA, QĐ 12/QĐ-UBND; xếp thứ nhất, dẫn đầu cả nước. "
    "https://dichvucong.gov.vn/p/home, a.b-c@so.gov.vn, www.baodongnai.com.vn, 0912 345 678, 4.0, 5G, VNR500. "
    "TP.HCM, tỉnh Bắc Ninh, huyện Châu Thành, Thừa Thiên Huế, cả nước, Bộ Công an. "
    "ſ K İ Ω ẞ \u212a \u0130 ٣/٤ ١٢:٣٠ "
)


@pytest.mark.parametrize("i", range(19))
def test_fast_finditer_finds_what_finditer_finds(i):
    from cchc_metrics.text.scan import fast_finditer

    pat = _patterns()[i]
    fast = fast_finditer(pat)
    texts = [_TRICKY, _TRICKY.lower(), _TRICKY.upper(), "1.1.1." * 300, "1-1-1-" * 300, "((((" * 200,
             "1" * 3000, "trên trên " * 200, ""]
    texts += [read_text(p) for p in sorted(SEEDS.glob("*.txt"))[:3]]
    for text in texts:
        want = [(m.span(), m.groups()) for m in pat.finditer(text)]
        got = [(m.span(), m.groups()) for m in fast(text)]
        assert got == want
        # pos/endpos behave as in finditer (look-behind sees before pos, look-ahead stops at endpos)
        a, b = len(text) // 3, 2 * len(text) // 3
        want = [(m.span(), m.groups()) for m in pat.finditer(text, a, b)]
        got = [(m.span(), m.groups()) for m in fast(text, a, b)]
        assert got == want


def test_first_chars_cover_case_folding():
    from cchc_metrics.text.scan import first_chars

    cls = first_chars(re.compile(r"(?i:kết|sáu|in)"))
    gate = re.compile(cls)
    for ch in "kKsSiI\u212a\u017f\u0130":
        assert gate.fullmatch(ch), ch
    assert first_chars(re.compile(r"x?")) is None  # can be empty: no gate
    assert first_chars(re.compile(r".a")) is None  # unbounded first character


def test_lower_case_preimages_are_complete():
    import _sre

    from cchc_metrics.text.scan import _preimages

    for x in range(0x110000):
        lo = _sre.unicode_tolower(x)
        if lo != x:
            assert x in _preimages(lo), hex(x)


# --------------------------------------------------------------------------- linearity
_ADVERSARIAL = {
    "dots": "1.1.1.",
    "dashes": "1-1-1-",
    "tren": "trên trên ",
    "parens": "((((",
    "digit runs": "1" * 997 + " ",
    "identifiers": "Nghị định 12/2023/NĐ-CP, ",
    "caps lines": "ĐIỀU 1. TỈNH HÀ NỘI\n",
    "list lines": "- Các bộ, ngành 12 thủ tục\n",
    "numbered lines": "1. Khắc phục 3 hồ sơ\n",
    "dates in sentences": "Ngày 1/1/2024 đạt 90% hồ sơ.\n",
    "districts in sentences": "Huyện Châu Thành có 12 xã, tỉnh Bến Tre 5 huyện.\n",
    "plans on one line": "Kế hoạch nhiệm vụ quý IV. Đẩy mạnh 5 việc. ",
    "plan headings": "NHIỆM VỤ TRỌNG TÂM\n- Tối thiểu 3 thủ tục, 4 hồ sơ và 5 giấy tờ;\n",
}


def _cpu_seconds(text: str) -> float:
    best = float("inf")
    for _ in range(2):
        t = time.process_time()
        extract(text)
        best = min(best, time.process_time() - t)
    return best


def _sized(unit: str, kb: int) -> str:
    return unit * (kb * 1000 // len(unit))


@pytest.mark.parametrize("name", sorted(_ADVERSARIAL))
def test_time_is_linear_in_input_size(name):
    unit = _ADVERSARIAL[name]
    extract(_sized(unit, 5))  # warm-up: lazy imports and compiled patterns
    t100 = _cpu_seconds(_sized(unit, 100))
    t200 = _cpu_seconds(_sized(unit, 200))
    assert t200 < 60, f"{name}: 200 KB took {t200:.1f} s"
    assert t200 < 4 * max(t100, 0.05), f"{name}: 100 KB {t100:.3f} s, 200 KB {t200:.3f} s"


def test_time_is_linear_in_figures_per_sentence():
    # One sentence holding thousands of figures (a flattened table): the context readers
    # look cues up in per-document indexes (context/cues.py) instead of rescanning.
    unit = "90% "
    extract(_sized(unit, 1))
    t1 = _cpu_seconds(_sized(unit, 4))
    t3 = _cpu_seconds(_sized(unit, 12))
    assert t3 < 4.5 * max(t1, 0.02), f"4 KB {t1:.3f} s, 12 KB {t3:.3f} s"


# One sentence of thousands of worded figures (a flattened table with cues, link verbs,
# brackets, places and dates between them): the status fold over a sentence's cues goes on
# from figure to figure, the deciders look a sentence's patterns up once, and the clause,
# place and date readers look a bounded stretch around the figure, so the sentence is read
# once, not once per figure (each of these was quadratic before session 11).
_WORDED = {
    "cues": "mức phí 100.000 đồng sẽ tăng 5% (cùng kỳ tăng 3%) theo quy định thì sẽ là 20% ",
    "shares": "tỷ lệ hồ sơ trực tuyến đạt 90%, tăng 5% ",
    "floors": "đề xuất bố trí tối thiểu 02 cán bộ, ",
    "places": "tỉnh Quảng Ngãi có 11 TAND khu vực Quảng Ngãi, ",
    "dates": "từ 1-4 giấy tờ trước ngày 15/12 ",
    "outcomes": "Sau khi nhập, xã Tân Hiệp có diện tích tự nhiên là 16,24 km2 và quy mô dân số là 8.690 người, ",
    # session 12's readers: a draft's norms, time limits counted from a day, due times
    # after a passive participle in an undated page
    "drafts": "theo dự thảo, phạt tiền từ 2 triệu đồng, ",
    "counted-from": "trong thời hạn 5 năm kể từ ngày 1/7/2025, ",
    "due-times": "thủ tục đã được số hóa, hoàn thành trong tháng 9 năm 2025, ",
}


@pytest.mark.parametrize("name", sorted(_WORDED))
def test_time_is_linear_in_worded_figures_per_sentence(name):
    unit = _WORDED[name]
    extract(_sized(unit, 2))
    t1 = _cpu_seconds(_sized(unit, 30))
    t3 = _cpu_seconds(_sized(unit, 90))
    assert t3 < 4.5 * max(t1, 0.05), f"{name}: 30 KB {t1:.3f} s, 90 KB {t3:.3f} s"
