"""Dates, deadlines, as_of/period and publication dates (context/dates.py, deadlines.py, time_context.py)."""

from __future__ import annotations

import datetime as dt
import importlib.util
import time
from pathlib import Path

import pytest

import cchc_metrics

from cchc_metrics.context.dates import find_dates
from cchc_metrics.context.published import infer_published
from cchc_metrics.context.deadlines import find_deadlines
from cchc_metrics.context.time_context import time_context
from cchc_metrics.text.segment import split_sentences

_spec = importlib.util.spec_from_file_location("deadline_corpus", Path(__file__).parent / "corpus" / "deadline.py")
_corpus = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_corpus)
CORPUS = _corpus.CORPUS
# strict xfail: a gap that starts working turns red, to be moved into CORPUS
DEADLINE_GAPS = [pytest.param(*c, id=c[0][:40], marks=pytest.mark.xfail(strict=True, reason="deadline known gap"))
                 for c in getattr(_corpus, "KNOWN_GAPS", [])]

P = dt.date(2024, 7, 16)


def _dates(text, pub=P):
    return [(text[d.start:d.end], d.iso, d.kind) for d in find_dates(text, pub)]


def _deadlines(text, pub):
    ds = find_dates(text, pub)
    return find_deadlines(text, ds, split_sentences(text), pub)


@pytest.mark.parametrize("sentence,published,expected",
                         [pytest.param(*c, id=c[0][:40]) for c in CORPUS] + DEADLINE_GAPS)
def test_deadline_corpus(sentence, published, expected):
    pub = dt.date.fromisoformat(published) if published else None  # None: an undated page
    got = _deadlines(sentence, pub)
    assert len(got) == len(expected), got
    for g, e in zip(got, expected):
        s = sentence.index(e["text"])
        assert g.start < s + len(e["text"]) and s < g.end, (g, e)
        assert (g.date, g.relation) == (e["date"], e["relation"])
        assert g.kind == "deadline" and g.text == sentence[g.start:g.end]
        assert g.status is None


@pytest.mark.parametrize("text,iso,kind", [
    ("ngày 20/7/2024", "2024-07-20", "date"),
    ("hạn 20-7-2024", "2024-07-20", "date"),
    ("hạn 20.7.2024", "2024-07-20", "date"),
    ("ngày 20 tháng 7 năm 2024", "2024-07-20", "date"),
    ("tháng 7/2024", "2024-07", "date"),
    ("tháng 7-2024", "2024-07", "date"),
    ("đạt 7/2024 kế hoạch", "2024-07", "date"),
    ("quý III/2024", "2024-Q3", "date"),
    ("6 tháng đầu năm 2024", "2024-H1", "date"),
    ("6 tháng cuối năm 2023", "2023-H2", "date"),
    ("năm 2024", "2024", "date"),
    ("giai đoạn 2021-2025", "2025", "range"),
    ("thời kỳ 2023 - 2030", "2030", "range"),
    ("năm nay", "2024", "relative"),
    ("năm tới", "2025", "relative"),
    ("lúc 13:45", "13:45", "time"),
    ("khoảng 11h30 trưa", "11:30", "time"),
    ("8 giờ 30 sáng", "08:30", "time"),
])
def test_single_forms(text, iso, kind):
    got = _dates(text)
    assert [(i, k) for _, i, k in got] == [(iso, kind)], got


def test_two_quarters():
    got = _dates("tiến hành trong Quý III, IV/2024.")
    assert [g[1] for g in got] == ["2024-Q3", "2024-Q4"]


def test_fractions_ranks_and_identifiers_are_not_dates():
    for text in ("đã có 15/22 bộ, ngành", "15/12 bộ, ngành", "8/8 phường đã xong", "xếp thứ 4/63",
                 "tỉnh xếp thứ 3/11 huyện", "Nghị định 12/2024/NĐ-CP", "theo 36/QĐ-TTg", "trong 24 giờ",
                 "bản đồ 1/500", "đạt 86,45/100 điểm"):
        assert _dates(text) == [], text


def test_day_without_year_near_new_year():
    got = find_dates("Sáng 28/12, Sở tổ chức hội nghị.", dt.date(2025, 1, 2))
    assert got[0].iso == "2024-12-28"
    got = find_dates("báo cáo trước ngày 15/1", dt.date(2024, 12, 20))
    assert got[0].iso == "2025-01-15"


def test_event_dates_are_not_deadlines():
    for text in ("Chiều 10/7/2024, Thủ tướng chủ trì hội nghị.", "Ngày 10/6 Bộ tổ chức hội nghị.",
                 "Phiên họp ngày 10/7 thảo luận nhiều nội dung."):
        assert _deadlines(text, P) == []


def _ctx(text, quote, pub=P):
    ds = find_dates(text, pub)
    s = text.index(quote)
    sent = next(x for x in split_sentences(text) if x[0] <= s < x[1])
    return time_context(text, ds, sent, s, s + len(quote), pub)


def test_time_context():
    assert _ctx("Tính đến hết tháng 4 năm 2024, Cổng đã cung cấp 4.510 dịch vụ.", "4.510") == (None, "2024-04")
    assert _ctx("6 tháng đầu năm 2024, tỷ lệ đạt 91,5%.", "91,5%") == ("2024-H1", "2024-06")
    assert _ctx("Năm 2023 đã vận động 2.465 người.", "2.465") == ("2023", "2023")
    assert _ctx("Quý I/2025, tỉnh tiếp nhận 300 hồ sơ.", "300", dt.date(2025, 5, 1)) == ("2025-Q1", "2025-Q1")
    assert _ctx("GRDP đạt 3,585 triệu đồng (năm 2018) và 4,077 triệu đồng (năm 2022).", "4,077") == ("2022", "2022")
    assert _ctx("Từ ngày 4/4/2024 đến ngày 14/6/2024, đã cấp 8.578 thẻ.", "8.578") == (None, "2024-06-14")
    assert _ctx("Phấn đấu đến năm 2025, 90% người dân hài lòng.", "90%") == (None, None)
    assert _ctx("Tăng 26 bậc so với năm 2015.", "26 bậc") == (None, None)
    assert _ctx("Chiều 10/7/2024, Bộ báo cáo 45 nhiệm vụ.", "45") == (None, None)


@pytest.mark.parametrize("head,iso", [
    ("Bản tin Cải cách hành chính ngày 11/6/2024\n\nNội dung", "2024-06-11"),
    ("\n\nNăm 2024\n\nTHỨ HAI\n\nPhát hành: 01/4/2024\n", "2024-04-01"),
    ("Tiêu đề bài\n\nThứ ba, 16/07/2024 13:45\n", "2024-07-16"),
    ("Tuần tin từ ngày 17 đến ngày 23-12-2018\n\nHồng Ngọc\n22:10, ngày 24-12-2018\n", "2018-12-24"),
    ("BẢN TIN ĐIỆN TỬ\nSỐ 28\nTHÁNG 7-2024\nNỘI DUNG", "2024-07-31"),
    ("Bản tin\n11:3, Thứ Ba, 11-6-2024\n", "2024-06-11"),
    ("Tiêu đề\nNguồn: https://x.vn/a\nNgày: 2019-12-16\n\nThân bài", "2019-12-16"),
])
def test_infer_published(head, iso):
    assert infer_published(head) == dt.date.fromisoformat(iso)


def test_infer_published_none():
    assert infer_published("Không có ngày tháng nào ở đây.") is None


def test_dates_are_linear_on_adversarial_input():
    for junk in ("trên ", "1.1.1.", "quý I, ", "ngày ", "năm 2020 - ", "15/"):
        text = junk * 20000
        t0 = time.perf_counter()
        find_dates(text, P)
        assert time.perf_counter() - t0 < 3.0, junk


def test_offsets_point_into_original():
    text = "İİ Các bộ báo cáo trước ngày 20/7/2024."
    (d,) = _deadlines(text, P)
    assert text[d.start:d.end] == d.text == "trước ngày 20/7/2024"


def test_deadline_status_comes_from_the_cue_that_governs_it():
    import cchc_metrics

    text = ("Mục tiêu theo Kế hoạch của UBND tỉnh về chuyển đổi số, đến năm 2026, 90% hồ sơ được "
            "số hóa. Huyện dự kiến đưa thêm 20 thủ tục về cấp xã trong quý III/2025. "
            "Các xã sẽ hoàn thành việc rà soát trước ngày 30/9/2025.")
    deadlines = {m.text: m for m in cchc_metrics.extract_metrics(text, published="2025-03-01") if m.kind == "deadline"}
    assert deadlines["đến năm 2026"].status == "target"
    assert deadlines["trong quý III/2025"].status == "projected"
    # "sẽ" is the future of an action, not a forecast: an assigned due date has no status
    assert deadlines["trước ngày 30/9/2025"].status is None


@pytest.mark.parametrize("sentence,expected", [
    # without a publication date a due word decides; an expiry is one ("có giá trị sử dụng
    # đến hết ngày …": what holds until then must be replaced by then)
    ("Chứng minh nhân dân có giá trị sử dụng đến hết ngày 31 tháng 12 năm 2024.", [("2024-12-31", "by")]),
    # … a date that only bounds a state is none
    ("Chứng minh nhân dân còn hạn sử dụng đến sau ngày 31 tháng 12 năm 2024.", []),
])
def test_deadline_without_publication_date(sentence, expected):
    got = _deadlines(sentence, None)
    assert [(g.date, g.relation) for g in got] == expected


def test_undated_text_reads_its_days_as_of_the_year_it_names_most():
    import cchc_metrics
    from cchc_metrics.context.published import reference_date
    text = ("Hướng dẫn nộp báo cáo tình hình sử dụng lao động 6 tháng đầu năm 2025\n\n"
            "Theo Bộ luật Lao động năm 2019, định kỳ 06 tháng (trước ngày 05 tháng 6) doanh nghiệp "
            "phải báo cáo. Báo cáo năm 2025 nộp qua Cổng Dịch vụ công.\n")
    assert reference_date(text) == dt.date(2025, 7, 1)
    ex = cchc_metrics.extract(text)
    assert ex.published is None  # the publication date stays unknown
    assert [(m.date, m.relation) for m in ex.metrics if m.kind == "deadline"] == [("2025-06-05", "before")]


def test_undated_recurring_day_is_no_deadline():
    import cchc_metrics
    text = "Năm 2025, các bộ báo cáo kết quả giải ngân trước ngày 15 tháng 01 năm sau năm kế hoạch.\n"
    assert [m for m in cchc_metrics.extract(text).metrics if m.kind == "deadline"] == []


def test_a_header_that_says_unknown_has_no_issue_date():
    text = "Từ 15/12/2025, cầm cố căn cước bị phạt đến 10 triệu đồng?\nNguồn: x\nNgày: unknown\n\nNội dung."
    assert infer_published(text) is None


def test_a_start_or_due_day_in_the_header_is_not_the_issue_date():
    # "Từ 15/12/2025, …" in a title says when a rule applies, not when the text appeared
    assert infer_published("Từ 15/12/2025, cầm cố căn cước bị phạt đến 10 triệu đồng\n\nNội dung.") is None
    assert infer_published("Hà Nội, 12/3/2024\n\nTin tức.") == dt.date(2024, 3, 12)


def test_an_undated_text_names_its_places_as_of_the_year_it_names_most():
    text = ("Sáp nhập tỉnh năm 2025 có diện tích, dân số thế nào?\n\n"
            "Năm 2025, cả nước sắp xếp đơn vị hành chính theo Nghị quyết năm 2025.\n\n"
            "| 5 | TP. Huế | 4.947,11 | 1.432.986 |\n")
    got = [m.locality for m in cchc_metrics.extract(text).metrics if m.text == "1.432.986"]
    assert got == ["Huế"]


def test_an_undated_text_that_says_a_rule_will_take_effect_reports_a_rule_to_come():
    # "… sẽ có hiệu lực" says the rule is still to come, whenever the page was written
    text = ("Cầm cố căn cước công dân bị phạt bao nhiêu?\n\n"
            "Từ ngày 15/12/2025 Nghị định 282/2025/NĐ-CP sẽ có hiệu lực, trong đó quy định như sau:\n\n"
            "4. Phạt tiền từ 8.000.000 đồng đến 10.000.000 đồng đối với hành vi cầm cố căn cước.\n")
    got = [m.status for m in cchc_metrics.extract(text).metrics if m.kind == "money"]
    assert got == ["target"]
    # … while one that says the rule took effect does not
    text2 = text.replace("sẽ có hiệu lực", "đã có hiệu lực")
    assert [m.status for m in cchc_metrics.extract(text2).metrics if m.kind == "money"] == [None]


def test_an_undated_title_announcing_a_rule_level_from_a_day_reports_a_rule_to_come():
    # "… bị phạt đến 4 triệu đồng từ ngày 15/12?": such pages are written ahead of the day
    text = ("Dùng tài khoản định danh giả bị phạt đến 4 triệu đồng từ ngày 15/12?\n\n"
            "Căn cứ khoản 2 Điều 28 Nghị định 282/2025/NĐ-CP quy định như sau:\n\n"
            "2. Phạt tiền từ 3.000.000 đồng đến 4.000.000 đồng đối với hành vi sử dụng tài khoản giả.\n")
    got = [m.status for m in cchc_metrics.extract(text).metrics if m.text.startswith("3.000.000")]
    assert got == ["target"]
    # … a title without a start day does not
    text2 = text.replace(" từ ngày 15/12", "")
    assert [m.status for m in cchc_metrics.extract(text2).metrics if m.text.startswith("3.000.000")] == [None]


def test_the_31st_of_december_of_that_year_is_no_due_date():
    # "(của) năm đó": whichever year a rule speaks of; in an undated text whose year-less days
    # are read as of the year it names most (published.reference_date), still every year's day
    for text in ("Người bệnh phải cùng chi trả từ khi lương cơ sở thay đổi đến hết ngày 31 tháng 12 năm đó.",
                 "Người bệnh phải nộp đủ đến hết ngày 31 tháng 12 của năm đó."):
        dates = find_dates(text, dt.date(2025, 7, 1))
        assert find_deadlines(text, dates, split_sentences(text), None) == []
    # … a named year's last day is one
    text = "Người bệnh phải nộp đủ đến hết ngày 31 tháng 12 năm 2025."
    dates = find_dates(text, dt.date(2025, 7, 1))
    assert len(find_deadlines(text, dates, split_sentences(text), None)) == 1
