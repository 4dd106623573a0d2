"""The status of one figure (FORMAT.md `status`): the evidence weighed in the order
context/status.py describes — the figure's clause (:class:`~.status.StatusReader`), a rule
the article reports as coming into force, a milestone it reaches, what governs its sentence
from outside (:mod:`.status_scope`), the cost of a thing proposed, then its time (a period
still to come, an estimate of one not over).

``ctx`` is the pipeline's per-document context: ``status`` (the StatusReader), ``scopes``
(:class:`~.status_scope.Scopes`), ``published``, ``dates`` and ``dates_in(sentence)``, and
``text`` (the document as read).
"""

from __future__ import annotations

import bisect
import datetime as _dt
import re

from . import periods
from . import time_context as time_ctx
from . import status as status_ctx
from . import rules_ahead, status_scope
from ..kinds.base import alternation
from ..lexicon.status import (
    ABROAD,
    HEARSAY,
    MERGER_OPENERS,
    MERGERS_IN_FORCE,
    NEW_UNITS,
    QUOTA_SLOTS,
    RESTRUCTURE_OUTCOME,
    RULE_LEVEL_WORDS,
    STRUCTURE_UNITS,
)


def decide(d: dict, ctx, sentence: tuple[int, int], kind: str, noun_end: int | None,
           when: str | None, refs: tuple[str, ...] = ()) -> status_ctx.Evidence | None:
    """The evidence that decides the status of the figure drafted as ``d`` (None: nothing
    speaks, it is actual): ``noun_end`` where its noun ends, ``when`` its period or
    stand-point, ``refs`` the legal documents of its sentence."""
    s_start = sentence[0]
    if d.get("change") == "from":
        # "phấn đấu giảm từ 15 ngày xuống 10 ngày": where things start is where they stand
        return status_ctx.Evidence(None, "change-start", d["start"], d["end"])
    if kind == "duration" and (window := _WINDOW_AFTER.match(ctx.status.lower, d["end"])) is not None:
        # "dự kiến bố trí … trong 5 năm tới": the stretch of time a plan or a report covers,
        # counted from now, frames the figures; it is no level of its own
        return status_ctx.Evidence(None, "window", window.start("w"), window.end("w"))
    count = (d.get("value"), d.get("qualifier") is not None) if kind == "count" else None
    if kind == "count" and noun_end is not None and (back := _NAMED_ABOVE.match(ctx.status.lower, noun_end)) is not None:
        # "lựa chọn … trong 2 phương pháp trên": things named earlier, counted again, are
        # what the text already set out — no level of their own
        return status_ctx.Evidence(None, "reference", back.start("w"), back.end("w"))
    ev = ctx.status.of_figure(s_start, d["start"], d["end"], floors=kind != "quantity", noun_end=noun_end,
                              count=count, sent_end=sentence[1])
    if ev is not None and ev.status is not None and ev.end <= d["start"] \
            and (ref := _REFERENCE_ASIDE.search(ctx.status.lower, max(ev.end, d["start"] - _ASIDE_REACH), d["start"])) \
            is not None \
            and ")" not in ctx.status.lower[ref.end():d["start"]]:
        # "… dự kiến tăng 7,51% (cùng kỳ quý I/2024 tăng 6,26%)": the figure of the period
        # compared with, in brackets, is what that period reached, not the forecast's
        return status_ctx.Evidence(None, "now", ref.start(), ref.end())
    if ev is not None and ev.status == "projected" and ev.rule == "cue" and when \
            and periods.ended_by(when, ctx.published) and _ESTIMATE_CUE.match(ctx.status.lower, ev.start):
        # "GRDP quý I dự kiến tăng 7,51%" published in April: an estimate of a period already
        # over is an estimate of the past (FORMAT.md: actual)
        return status_ctx.Evidence(None, "past-estimate", ev.start, ev.end)
    if ev is not None and ev.status == "projected" and ev.rule == "cue" and ctx.status.lower.startswith("ước tính", ev.start) \
            and _DAMAGE.search(ctx.status.lower, max(s_start, ev.start - _DAMAGE_REACH), ev.start):
        # "thiệt hại tài sản ước tính khoảng 20 triệu đồng": the estimated cost of a fire or a
        # storm that happened (FORMAT.md: estimates of the past are actual); "thiệt hại dự
        # kiến …" looks ahead
        return status_ctx.Evidence(None, "past-estimate", ev.start, ev.end)
    if ev is not None and ev.status == "projected" and ev.rule == "cue" and ctx.status.lower.startswith("sẽ", ev.start) \
            and (src := rules_ahead.source_rule(ctx.status.lower, ctx.text, max(s_start, ev.start - rules_ahead.SOURCE_REACH),
                                                ev.start)) is not None:
        # "Như vậy, theo quy định thì số định danh … sẽ gồm 12 số", "theo tinh thần Nghị quyết
        # 27-NQ/TW thì … sẽ thiết kế … lương cơ bản chiếm khoảng 70%": what a rule or a
        # decision lays down for later is a level it sets, no forecast
        return status_ctx.Evidence("target", "by-rule", *src)
    if ev is not None and ev.rule == "object" and (will := _WILL.search(ctx.status.lower, max(s_start, d["start"] - _WILL_REACH), d["start"])) \
            and (src := rules_ahead.source_rule(ctx.status.lower, ctx.text, max(s_start, will.start() - rules_ahead.SOURCE_REACH),
                                                will.start())) is not None:
        # "Theo tinh thần Nghị quyết 27-NQ/TW năm 2018 thì sẽ xây dựng 5 bảng lương mới": what
        # a decision lays down for later is a level it sets, not a count of what a plan is about
        return status_ctx.Evidence("target", "by-rule", *src)
    if kind == "duration" and ctx.published and (ev is None or ev.rule == "norm") \
            and (since := _counted_from_later(d, ctx, sentence)) is not None:
        # "chậm nhất là 05 năm kể từ ngày 01/7/2025 phải bảo đảm …" published in June 2025: a
        # time limit that starts after publication is a level set for later, not what stands
        return since
    rule = _rule_to_come(ev, d, ctx, sentence, kind, refs)
    if rule is not None:
        return rule
    holiday = ctx.scopes.holiday_schedule
    if holiday is not None and kind == "duration" and not d.get("per") and (ev is None or ev.rule in ("cue", "norm")) \
            and ctx.status.in_sentence(_DAYS_OFF, sentence) and ctx.status.in_sentence(_HOLIDAY, sentence) \
            and not _law_attached(ctx, sentence, d) \
            and not _older_in_sentence(ctx, sentence, refs):
        # "cán bộ, công chức sẽ được nghỉ tối đa 4 ngày liên tiếp" under "Lịch nghỉ lễ Quốc
        # khánh …": the days off a schedule gives (the judges of four samples read them so);
        # a schedule still at the stage of a proposal or an option agreed on ("Bộ Nội vụ thống
        # nhất với đề xuất … về việc sẽ nghỉ …") is what it would give (FORMAT.md: projected)
        proposed = ctx.status.spans_in(_HOLIDAY_PROPOSAL, sentence)
        if proposed:
            return status_ctx.Evidence("projected", "proposal", *proposed[0])
        return holiday
    quoted = ctx.scopes.at(sentence, d["start"])
    if quoted is not None and quoted.rule == "draft" and kind != "deadline" and (ev is None or ev.rule != "done") \
            and not ctx.status.in_sentence(_NOW_IN_SENTENCE, sentence, d["end"]):
        # a level in the articles quoted from a draft ("4. Phạt tiền từ 4.000.000 đồng …"
        # under "Căn cứ … Dự thảo Nghị định … như sau:") is proposed, whatever rule words
        # the draft uses
        return quoted
    if ev is not None and ev.rule == "norm" and ctx.status.in_sentence(_DRAFT_SOURCE, sentence, d["start"]) \
            and not ctx.status.in_sentence(_ADOPTED, sentence):
        # "Theo dự thảo, mức phạt tiền từ 2 triệu đồng …", "nếu Dự thảo Nghị định được thông
        # qua thì … có thể bị phạt tiền từ …": a norm a draft proposes is not yet a rule
        # (the sentence's matches are found once: spans_in)
        s0, e0 = ctx.status.spans_in(_DRAFT_SOURCE, sentence)[0]
        word = ctx.status.lower.find("dự", s0, e0)
        return status_ctx.Evidence("projected", "draft", word, min(e0, word + len("dự thảo")))
    if ev is not None and ev.rule == "norm" and kind == "money" \
            and (prop := _proposed_fine(ctx, sentence, d["start"])) is not None:
        return status_ctx.Evidence("projected", "proposal", *prop)
    if (ev is None or ev.rule == "norm") and (cur := _CURRENT_AFTER.match(ctx.status.lower, noun_end or d["end"])) is not None:
        # "giảm độ tuổi hưởng trợ cấp xuống 75 tuổi (hiện hành là 80 tuổi)": a level set
        # against the one in force is the new rule's, not yet what stands
        return status_ctx.Evidence("target", "against-current", cur.start("w"), cur.end("w"))
    if ev is not None and ev.rule == "floor" and kind == "duration" and (
            _AHEAD_BEFORE.search(ctx.status.lower, max(s_start, d["start"] - 60), d["start"])
            or _AHEAD_AFTER.match(ctx.status.lower, d["end"])):
        # "thông báo cho người lao động trước khi thực hiện ít nhất 30 ngày", "báo cáo …
        # tối thiểu 30 ngày trước ngày …": a notice period, a rule's time limit (actual)
        return status_ctx.Evidence(None, "norm", ev.start, ev.end)
    if ev is not None and ev.rule == "floor" \
            and (prop := _PROPOSED_VERB_BEFORE.search(ctx.status.lower, max(s_start, d["start"] - 40), d["start"])) \
            and not _DUTY_BEFORE.search(ctx.status.lower, max(s_start, prop.start() - 60), prop.start()):
        # "Theo đó, đề xuất bố trí tối thiểu từ 02 cán bộ …": the floor is what is proposed
        # (not "các bộ phải rà soát, đề xuất cắt giảm ít nhất 30%": a duty to propose it)
        return status_ctx.Evidence("projected", "proposal", prop.start(), prop.start() + len("đề xuất"))
    if ev is not None and ev.rule == "floor" \
            and (got := _ACHIEVED_BEFORE.search(ctx.status.lower, max(s_start, d["start"] - 40), d["start"])):
        # "quy định này cắt giảm được ít nhất 30 ngày": a bound on what was reached, no floor set
        return status_ctx.Evidence(None, "done", got.start("v"), got.end("v"))
    if kind == "count" and (ev is None or (ev.status is None and ev.rule != "done")) \
            and (quota := _QUOTA_AFTER.match(ctx.status.lower, d["end"])) is not None \
            and not (when and periods.ended_by(when, ctx.published)) \
            and not _REMAINING_BEFORE.search(ctx.status.lower, max(s_start, d["start"] - 12), d["start"]) \
            and not _NOT_YET_AFTER.match(ctx.status.lower, quota.end()):
        # "Tuyển dụng 70 chỉ tiêu công chức": the slots a quota opens (not what was filled:
        # "đã"; not the exam of a year over, "năm 2024 … thi tuyển 1.038 chỉ tiêu"; not the
        # slots left, "còn 3.960 chỉ tiêu giáo viên chưa tuyển được")
        return status_ctx.Evidence("target", "quota", quota.start("w"), quota.end("w"))
    if kind == "count" and d.get("qualifier") == "at_most" and (ev is None or ev.status is None and ev.rule != "done") \
            and (cap := _LET_NOT_BEFORE.search(ctx.status.lower, max(s_start, d["start"] - 24), d["start"])) is not None \
            and not status_ctx.DONE.search(ctx.status.lower, max(s_start, cap.start() - 30), cap.start()):
        # "Không để quá 3 hồ sơ trễ hạn trong một tháng": a cap someone imposes (not "đã
        # không để quá …", what was kept to)
        return status_ctx.Evidence("target", "cap", cap.start(), cap.end())
    if d.get("qualifier") in ("at_least", "at_most") and (ev is None or ev.status is None and ev.rule not in ("done", "negation")) \
            and (unit := _NEW_UNIT_BEFORE.search(ctx.status.lower, max(s_start, d["start"] - _NEW_UNIT_REACH), d["start"])) is not None \
            and not _CASE_CLAUSE_BREAK.search(ctx.status.lower, unit.end(), d["start"]):
        # "xã mới tối thiểu 50 km²" (FORMAT.md's own target), "mỗi xã hình thành mới phải có diện
        # tích tự nhiên từ 30 km² trở lên": a bound a new unit must meet is a criterion
        return status_ctx.Evidence("target", "criterion", unit.start(), unit.end())
    if ev is not None and ev.rule == "floor" and (law := _regulation_in_force(d, ctx, sentence)) is not None:
        # "Người lao động làm thêm giờ được trả lương … a) Vào ngày thường, ít nhất bằng 150%"
        # quoted from the Labour Code of 2019: a floor a regulation in force sets is a norm
        # (FORMAT.md: a rule in force is actual), not a goal
        return status_ctx.Evidence(None, "norm", *law)
    if ev is not None:
        return _criterion(ev, d, ctx)
    if kind == "count" and (hearsay := _hearsay_outcome(d, ctx, sentence, noun_end)) is not None:
        return hearsay
    if kind == "count" and (pending := _units_after_pending_merger(d, ctx, sentence, noun_end)) is not None:
        return pending
    if kind in ("percent", "money") and (coming := _change_to_come(d, ctx, sentence)) is not None:
        return coming
    milestone = _milestone(d, ctx, sentence)
    if milestone is not None:
        return milestone
    scope = ctx.scopes.at(sentence, d["start"])
    if scope is not None and scope.status == "projected" and _BY_DECISION.match(ctx.status.lower, s_start):
        scope = None  # "Theo tinh thần Nghị quyết 202/2025/QH15 …, TP có …": what a decision made, not the proposal above
    if scope is not None and scope.status == "projected" and _ESTIMATE_CUE.match(ctx.status.lower, scope.start) \
            and (when or (scope.rule == "continuation" and (when := _time_near(ctx, scope.start, s_start)))) \
            and periods.ended_by(when, ctx.published):
        # "Dự kiến quý I/2025, GRDP tăng 7,5%; trong đó, dịch vụ tăng 7,33%" published in
        # April: the estimate the sentence continues is of a period already over (actual)
        return status_ctx.Evidence(None, "past-estimate", scope.start, scope.end)
    if scope is not None and (cond := _group_condition(d, ctx, sentence)) is not None:
        # "- Được bố trí 01 Phó Trưởng phòng đối với phòng … có dưới 10 biên chế", "(2) Trường
        # hợp sắp xếp từ 03 đơn vị … trở lên thành 01 xã": a threshold that says which cases a
        # provision covers sets no level, whatever list it stands in
        return cond
    if scope is not None and (got := _ACHIEVED_BEFORE.search(ctx.status.lower, max(s_start, d["start"] - 40), d["start"])):
        # "Theo đó, cắt giảm được khoảng 200 ngày": a verb with its result "được" reports
        # what was reached, whatever list or plan the sentence stands in
        return status_ctx.Evidence(None, "done", got.start("v"), got.end())
    if scope is not None:
        # after an outcome opener ("Sau khi nhập, …") the restructuring verb is behind it:
        # what follows is what it makes, no object of it
        lo = max(s_start, scope.end) if scope.rule in ("decided", "restructure") else s_start
        obj = ctx.status.is_object(lo, d["start"], *count) if count and scope.rule != "scheduled" else None
        if obj is not None:
            return status_ctx.Evidence(None, "object", obj.start(), obj.end())
        if scope.needs_outcome:
            # in a list or under a heading, a share is a level of its own ("- 100% học sinh
            # … tham gia"); what the figure's clause says was done still wins
            share = kind in ("percent", "fraction") and scope.rule in ("list", "heading")
            # in an article about a plan or proposal, the counts and amounts of its lists are
            # what it would make ("Nhà khách số 2: 36 phòng"); physical measures describe
            # what exists ("~3.750 m²")
            planned = ctx.scopes.plan_title and scope.rule == "list" and kind in ("count", "money")
            if (share or planned or ctx.status.outcome_of(s_start, d["start"]) is not None) \
                    and not status_ctx.DONE.search(ctx.status.lower, d["end"], min(sentence[1], d["end"] + 40)):
                return _criterion(scope, d, ctx)
        else:
            return _criterion(scope, d, ctx)
    if scope is None and kind in ("count", "quantity", "money", "percent") \
            and (merged := _new_unit_after_merger(d, ctx, sentence)) is not None:
        return merged
    if ev is None and scope is None and ctx.scopes.directive_title is not None \
            and d.get("qualifier") in ("at_least", "at_most") and kind != "deadline":
        # "Đại hội đảng viên … không quá 2 ngày" in Directive 45-CT/TW: a bound a directive or a
        # conclusion lays down is a level it sets (FORMAT.md), not a rule in force
        return ctx.scopes.directive_title
    if kind in ("money", "quantity", "count") and (cost := ctx.status.cost_of(s_start, d["start"], d["end"], money=kind == "money")) is not None:
        return cost
    if when and periods.begins_after(when, ctx.published):
        return status_ctx.Evidence("projected", "future", d["start"], d["end"])
    future = None if when else time_ctx.future_label(ctx.text, ctx.dates, sentence, d["start"], d["end"], ctx.published)
    if future is not None:
        # "Năm 2030, nhập khẩu điện 9.360 MW": a level for a time still to come is what a
        # plan sets when its paragraph has set goals ("Quy hoạch đặt ra …"), else a forecast
        cue = ctx.status.sentence_cue(max(0, s_start - _PLAN_LOOKBACK), d["start"])
        status = "target" if cue is not None and cue.status == "target" else "projected"
        return status_ctx.Evidence(status, "future", future.start, future.end)
    estimate = (_ESTIMATE_BEFORE.search(ctx.status.lower, max(s_start, d["start"] - 14), d["start"])
                or _ESTIMATE_OPENING.match(ctx.status.lower, s_start))
    if estimate and when and periods.ends_after(when, ctx.published, days=_ESTIMATE_MARGIN):
        # "GRDP cả năm 2024 ước tăng 8,5%" in June 2024: an estimate of a period not over
        # stands at its end, after publication (FORMAT.md: never actual)
        return status_ctx.Evidence("projected", "estimate", estimate.start(), estimate.end())
    return None


_DAYS_OFF = re.compile(r"(?<!\w)nghỉ(?!\s+(?:hưu|việc|thai\s+sản|ốm|phép))(?!\w)")
# the holiday itself, not the Labour Code's rules quoted beside the schedule ("Điều 112 Bộ
# luật Lao động … nghỉ làm việc, hưởng nguyên lương 01 ngày"): those are in force
_HOLIDAY = re.compile(r"(?<!\w)(?:tết|lễ|quốc\s+khánh|giỗ\s+tổ|nguyên\s+đán|dương\s+lịch|âm\s+lịch)(?!\w)")
# (not "theo quy định" alone: "Nghỉ 05 ngày theo quy định gồm 01 ngày trước Tết …" is the
# schedule's own wording; status sample 2116)
_LAW_WORDS = re.compile(r"(?<!\w)(?:bộ\s+luật|luật|điều\s+\d|khoản\s+\d|quy\s+định\s+tại|theo\s+quy\s+định\s+(?:của|tại))(?!\w)")
_HOLIDAY_PROPOSAL = re.compile(r"(?<!\w)(?:đề\s+xuất|phương\s+án|dự\s+kiến|dự\s+thảo)(?!\w)")
# a number that may be a figure (not the article of "Điều 112 Bộ luật Lao động")
_FIGURE_DIGIT = re.compile(r"(?<!điều\s)(?<!khoản\s)(?<!điểm\s)(?<![\d.,])\d")


def _law_attached(ctx, sentence: tuple[int, int], d: dict) -> bool:
    """Do the law's words of the sentence bear on the figure ``d``? Those that open the
    sentence (before any number) bear on all its figures; those after a figure on it alone:
    "kéo dài 9 ngày gồm 5 ngày nghỉ Tết theo quy định của Bộ luật Lao động và 4 ngày nghỉ
    cuối tuần" quotes the Code for the 5 days, not for the 9 or the 4."""
    lower = ctx.status.lower
    for ls, _ in ctx.status.spans_in(_LAW_WORDS, sentence):
        if ls >= d["end"]:
            if status_ctx.DIGIT.search(lower, d["end"], ls) is None:
                return True
        elif ls < d["start"] and _FIGURE_DIGIT.search(lower, sentence[0], ls) is None:
            return True
    return False


_HEARSAY = re.compile(r"(?<!\w)" + alternation(HEARSAY) + r"(?!\w)")
_OUTCOME_BEFORE = re.compile(r"(?<!\w)(?:xuống\s+)?còn\s+$")
_OUTCOME_AFTER = re.compile(r"[ \t]*(?:[^\W\d_]+[ \t]+){0,3}?" + alternation(RESTRUCTURE_OUTCOME) + r"(?!\w)")


# A regulation the text quotes: a law, code, decree or circular (not a plan, a resolution, a
# decision or a directive, whose floors are goals), named before the figure with its year,
# and the words that introduce its provisions
_REGULATION_TYPES = frozenset(("luật", "bộ luật", "nghị định", "thông tư"))
_NAMED_LAW = re.compile(r"(?<!\w)(?:bộ\s+luật|luật)\s+(?:[^\W\d_]+\s+){1,8}?(?:năm\s+)?(?P<y>(?:19|20)\d\d)(?!\d)")
_PROVISION_INTRO = re.compile(r"(?<!\w)(?:quy\s+định|như\s+sau)(?!\w)")
_REGULATION_REACH = 1500  # characters before the figure where the regulation is named


def _regulation_in_force(d: dict, ctx, sentence: tuple[int, int]) -> tuple[int, int] | None:
    """The span naming a regulation in force that the figure's provision is quoted from: the
    last law, code, decree or circular named in the ``_REGULATION_REACH`` characters before
    it, of a year before the text's own (publication, or the year it names most), with
    "quy định / như sau" between the name and the figure; None when there is none."""
    if ctx.as_of is None:
        return None
    lo = max(0, d["start"] - _REGULATION_REACH)
    best = None
    refs, starts = ctx.legal_refs, ctx.legal_ref_starts
    for i in range(bisect.bisect_left(starts, d["start"]) - 1, bisect.bisect_left(starts, lo) - 1, -1):
        ref = refs[i]
        if ref.doc_type in _REGULATION_TYPES and ref.year:
            best = (ref.start, ref.end, ref.year)
            break
    lower = ctx.status.lower
    for m in _NAMED_LAW.finditer(lower, lo, d["start"]):
        if best is None or m.start() > best[0]:
            best = (m.start(), m.end(), int(m.group("y")))
    if best is None or best[2] >= ctx.as_of.year:
        return None
    if _PROVISION_INTRO.search(lower, best[0], d["start"]) is None:
        return None
    return best[0], best[1]


# a unit a restructuring forms: "xã mới", "xã hình thành mới", "phường hình thành sau sắp xếp"
_NEW_UNIT_BEFORE = re.compile(
    r"(?<!\w)(?:xã|phường|thị\s+trấn|tỉnh|huyện|quận|đặc\s+khu|đơn\s+vị\s+hành\s+chính(?:\s+cấp\s+(?:xã|tỉnh|huyện))?)"
    r"\s+(?:mới(?!\s+(?:nhất|đây|được|có\s+\d))|hình\s+thành\s+(?:mới|sau\s+(?:sắp\s+xếp|sáp\s+nhập|hợp\s+nhất)))(?!\w)"
)
_NEW_UNIT_REACH = 110  # characters between the unit and its bound
_CASE_OPENER = re.compile(r"(?<!\w)(?:trường\s+hợp|đối\s+với)(?!\w)")
_CLAUSE_STOP = r"[;:\n]|\.(?!\d)"  # a clause's end, not the dot of "10.035"
_CASE_CLAUSE_BREAK = re.compile(_CLAUSE_STOP)
_CASE_REACH = 160  # characters between the case word and the threshold
# the threshold itself: what the case has, or a bound on it ("có dưới 10", "từ đủ 12 tuổi",
# "từ 03 đơn vị … trở lên")
_TO_REACH_BEFORE = re.compile(r"(?<!\w)(?:đạt|phải\s+có|tối\s+thiểu|ít\s+nhất)(?:\s+từ)?\s*$")
_CASE_THRESHOLD_BEFORE = re.compile(r"(?<!\w)(?:có|từ\s+đủ|từ|đủ|dưới|trên)\s*$")


def _group_condition(d: dict, ctx, sentence: tuple[int, int]) -> status_ctx.Evidence | None:
    """A threshold in a clause that opens a case ("trường hợp …", "đối với … có …"): the
    case word, or None."""
    lower = ctx.status.lower
    lo = max(sentence[0], d["start"] - _CASE_REACH)
    case = None
    for case in _CASE_OPENER.finditer(lower, lo, d["start"]):
        pass
    if case is None or _CASE_CLAUSE_BREAK.search(lower, case.end(), d["start"]):
        return None
    if d.get("qualifier") not in ("at_least", "at_most", "over", "under") \
            and not _CASE_THRESHOLD_BEFORE.search(lower, max(case.end(), d["start"] - 10), d["start"]):
        return None
    if _TO_REACH_BEFORE.search(lower, max(case.end(), d["start"] - 12), d["start"]):
        return None  # "đối với phường … có quy mô dân số đạt từ 45.000 người trở lên": a level to reach
    return status_ctx.Evidence(None, "condition", case.start(), case.end())


_NAMED_ABOVE = re.compile(r"\s+(?P<w>(?:nêu|nói|kể)\s+trên|trên|nêu\s+tại\s+\w+)(?=\s*(?:[,.;:)]|để|thì|và|$))")
_LET_NOT_BEFORE = re.compile(r"(?<!\w)không\s+để(?:\s+xảy\s+ra)?\s*$")
_MERGER_OPENER = re.compile(r"(?<!\w)" + alternation(MERGER_OPENERS) + r"(?!\w)")
_NEW_UNIT = re.compile(r"(?<!\w)(?:" + alternation(NEW_UNITS) + r")\s+mới(?!\w)(?!\s+(?:nhất|đây))|\(\s*mới\s*\)")  # not "mới nhất" (latest)
_MERGER_CLAUSE_BREAK = re.compile(_CLAUSE_STOP + r"|(?<!\w)(?:đã|hiện|hiện\s+nay|chính\s+thức|đến\s+nay)(?!\w)")
_MERGERS_IN_FORCE = _dt.date(*MERGERS_IN_FORCE)


def _new_unit_after_merger(d: dict, ctx, sentence: tuple[int, int]) -> status_ctx.Evidence | None:
    """"Sau hợp nhất, tỉnh mới có 1,9 triệu dân": the size of a unit a merger makes, said
    with nothing that reports it done ("đã", "hiện nay", "chính thức"), in a text not dated
    after the 2025 reorganisation took effect, is a forecast (FORMAT.md: projected)."""
    if ctx.published is not None and ctx.published >= _MERGERS_IN_FORCE:
        return None
    lower = ctx.status.lower
    openers = ctx.status.spans_in(_MERGER_OPENER, sentence)
    if not openers:
        return None
    for os_, oe in reversed(openers):
        if oe <= d["start"]:
            break
    else:
        return None
    if _MERGER_CLAUSE_BREAK.search(lower, oe, d["start"]) or _NEW_UNIT.search(lower, os_, d["start"]) is None:
        return None
    return status_ctx.Evidence("projected", "merger-outcome", os_, oe)


_MERGER_YEAR_AFTER = re.compile(r"[ \t]*(?:năm[ \t]+)?(?P<y>20\d\d)(?!\d)")


def _units_after_pending_merger(d: dict, ctx, sentence: tuple[int, int], noun_end: int | None) -> status_ctx.Evidence | None:
    """"Danh sách 7 tỉnh miền Trung sau sáp nhập 2025": the count of the units the 2025
    reorganisation makes, in a text not dated after it took effect and not reporting it
    done, is its outcome still to come (FORMAT.md: projected, like "sau hợp nhất, tỉnh mới
    có 1,9 triệu dân"). The year must be written: a merger of earlier years is done."""
    if ctx.published is not None and ctx.published >= _MERGERS_IN_FORCE:
        return None
    lower = ctx.status.lower
    after = _OUTCOME_AFTER.match(lower, noun_end or d["end"], sentence[1])
    if after is None:
        return None
    year = _MERGER_YEAR_AFTER.match(lower, after.end())
    if year is None or int(year.group("y")) != _MERGERS_IN_FORCE.year:
        return None
    if _MERGER_CLAUSE_BREAK.search(lower, sentence[0], d["start"]) or ctx.status.in_sentence(status_ctx.DONE, sentence):
        return None
    return status_ctx.Evidence("projected", "merger-outcome", lower.rfind("sau", after.start(), after.end()), after.end())


def _hearsay_outcome(d: dict, ctx, sentence: tuple[int, int], noun_end: int | None) -> status_ctx.Evidence | None:
    """The outcome of a restructuring ("còn 16 tỉnh", "16 tỉnh sau sáp nhập") in a sentence
    that reports it as hearsay — a rumour spread or denied — is no fact: projected. The level
    it starts from ("từ 34 tỉnh") is."""
    lower = ctx.status.lower
    cues = ctx.status.spans_in(_HEARSAY, sentence)
    if not cues:
        return None
    cue = cues[-1]  # the last one: before or after the figure
    if _OUTCOME_BEFORE.search(lower, max(sentence[0], d["start"] - 12), d["start"]) is None \
            and _OUTCOME_AFTER.match(lower, noun_end or d["end"], sentence[1]) is None:
        return None
    return status_ctx.Evidence("projected", "hearsay", *cue)


# "Lương tối thiểu vùng tăng 6% từ 1/7" published in June: a change that takes effect after
# publication is expected, not real (FORMAT.md: a figure standing after publication is never
# actual; the outcome of a decision not yet carried out is projected)
_CHANGE_BEFORE = re.compile(
    r"(?<!\w)(?:tăng|giảm|nâng|hạ|lên)(?:\s+(?:thêm|tương\s+ứng|khoảng|lên|xuống|mức))?\s*$"
)


_OPENING_TIME = re.compile(r"[\W_]*(?:(?:trong|vào|cuối|đầu|hết)\s+)?(?:năm|ngày|tháng|quý)?\s*")


# quota slots ("70 chỉ tiêu công chức"), not those left ("còn 210 chỉ tiêu … chưa tuyển được")
_REMAINING_BEFORE = re.compile(r"(?<!\w)(?:còn|thiếu|còn\s+thiếu)\s+$")
_NOT_YET_AFTER = re.compile(r"(?:\s+[^\W\d_]+){0,3}?\s+(?:chưa|không)(?!\w)")
_QUOTA_AFTER = re.compile(r"[ \t]+(?P<w>chỉ\s+tiêu)\s+" + alternation(QUOTA_SLOTS) + r"(?!\w)")
# a proposal verb right before the verb its floor bounds
_PROPOSED_VERB_BEFORE = re.compile(r"(?<!\w)đề\s+xuất[\s*_]+(?:[^\W\d_]+\s+){1,2}$")
_DUTY_BEFORE = re.compile(r"(?<!\w)(?:phải|cần|yêu\s+cầu|giao|chỉ\s+đạo|đề\s+nghị|nhiệm\s+vụ)(?!\w)")
# a bracket that opens with the period a figure is compared with
_REFERENCE_ASIDE = re.compile(r"\(\s*(?:cùng\s+kỳ|năm\s+trước|so\s+với\s+cùng\s+kỳ)(?!\w)")
_ASIDE_REACH = 80  # characters: the bracket opens shortly before its figure
# "<verb> được N": the result reached (được after the verb); before it ("được hỗ trợ 5
# triệu") it is passive, and after a modal ("sẽ được", "phải được") no result
_ACHIEVED_BEFORE = re.compile(
    r"(?<!\w)(?!(?:sẽ|phải|cần|có|không|chưa|đã|đều|cũng|vẫn|mới|thể|được|hãy|nên|đang|vừa)\s)"
    r"[^\W\d_]+\s+(?P<v>được)(?:\s+(?:khoảng|gần|hơn|trên|tổng\s+cộng))?\s*$"
)


_AHEAD_BEFORE = re.compile(r"(?<!\w)trước\s+(?:khi|ngày|thời\s+điểm)(?!\w)[^.;:\n]*$")
_AHEAD_AFTER = re.compile(r"[ \t]*(?:làm\s+việc[ \t]+)?trước(?!\w)")


# a draft named as the clause's source: "Theo dự thảo", "Tại Dự thảo Nghị định", "nếu Dự
# thảo … được thông qua thì", "Dự thảo … quy định / đề xuất"
_DRAFT_SOURCE = re.compile(
    r"(?<!\w)(?:(?:theo|tại|nếu|trong)\s+(?P<w>dự\s+thảo)|(?P<w2>dự\s+thảo)(?:\s+[^\W\d_]+){0,5}?\s+(?:quy\s+định|đề\s+xuất))(?!\w)"
)
_ADOPTED = re.compile(r"(?<!\w)(?:đã\s+(?:được\s+)?thông\s+qua|đã\s+ban\s+hành)(?!\w)")
# "Bộ Công an đề xuất phạt tiền từ 1 đến 2 triệu đồng …", "Đề xuất mượn thẻ căn cước có thể bị
# phạt tới 6 triệu đồng", "… bị phạt đến 2 triệu đồng, theo đề xuất của Bộ Tư pháp": a fine
# someone proposes is no rule yet (FORMAT.md: "đề xuất nhập 48 xã thành 19 xã" is projected)
_PROPOSED_FINE = re.compile(
    r"(?<!\w)(?:đề\s+xuất|kiến\s+nghị)[\s*_]+(?:[^\W\d_]+[\s,*_]+){0,10}?(?:có\s+thể\s+)?(?:bị\s+)?(?:xử\s+)?phạt(?!\w)"
    r"|(?<!\w)theo\s+(?:các\s+)?(?:đề\s+xuất|kiến\s+nghị)(?!\w)"
    # "… có thể bị phạt đến 6 triệu đồng được đề xuất tại Dự thảo Nghị định": proposed, said after
    r"|(?<!\w)được\s+(?:đề\s+xuất|kiến\s+nghị)(?!\w)"
)
_CLAUSE_BREAK = re.compile(_CLAUSE_STOP)  # (not the dot of "1.000.000")
_PROPOSAL_WORD = re.compile(r"(?:theo\s+(?:các\s+)?)?(?:đề\s+xuất|kiến\s+nghị)")
_WILL = re.compile(r"(?<!\w)sẽ(?!\w)")
_WILL_REACH = 60  # characters: "sẽ" and the verb whose object the figure counts
_COUNTED_FROM = re.compile(r"[ \t]*,?[ \t]*(?:được[ \t]+tính[ \t]+)?kể[ \t]+từ[ \t]+(?:ngày[ \t]+)?")


def _counted_from_later(d: dict, ctx, sentence: tuple[int, int]) -> status_ctx.Evidence | None:
    """The evidence of a duration counted from a day after publication ("05 năm kể từ ngày
    01/7/2025"), or None."""
    m = _COUNTED_FROM.match(ctx.status.lower, d["end"])
    if m is None:
        return None
    # (the dates that start right at the end of "kể từ ngày": a window, not the sentence's
    # whole list, so a sentence of thousands of durations stays linear)
    for dm in ctx.dates_in((max(sentence[0], m.end() - 6), min(sentence[1], m.end() + 1))):
        if dm.start >= m.end() - 6 and dm.start <= m.end():
            pub = ctx.published.isoformat()
            if dm.precision in ("day", "month") and dm.iso and dm.iso > pub[:len(dm.iso)]:
                return status_ctx.Evidence("target", "period-ahead", m.start() + len(m.group()) - len(m.group().lstrip(" \t,")), dm.end)
            return None
    return None


def _proposed_fine(ctx, sentence: tuple[int, int], start: int) -> tuple[int, int] | None:
    """The proposal a fine at ``start`` is part of, in its sentence: a proposal verb that
    leads to the fine in its clause, or "theo đề xuất" anywhere in the sentence, unless the
    sentence says the rule was adopted or the proposal is a duty ("phải đề xuất")."""
    lower = ctx.status.lower
    for ps, pe in ctx.status.spans_in(_PROPOSED_FINE, sentence):
        passive = lower.startswith("được", ps)
        if passive and ps >= start and _CLAUSE_BREAK.search(lower, start, ps):
            continue  # "…; nội dung khác được đề xuất sửa đổi": another clause's proposal
        after = passive or lower.startswith("theo", ps)  # said of the fine after it, or anywhere
        if ps >= start and not after:
            break
        if after or not _CLAUSE_BREAK.search(lower, pe, start):
            if _DUTY_BEFORE.search(lower, max(sentence[0], ps - 30), ps) or ctx.status.in_sentence(_ADOPTED, sentence):
                return None
            word = _PROPOSAL_WORD.search(lower, ps, pe)
            return word.start(), word.end()
    return None


def _rule_to_come(ev: status_ctx.Evidence | None, d: dict, ctx, sentence: tuple[int, int], kind: str,
                  refs: tuple[str, ...]) -> status_ctx.Evidence | None:
    """The evidence of a rule the article reports as taking effect after publication, when
    the figure is one of its levels (:func:`_level_of_rule_to_come`) and its sentence does
    not date itself now or before publication (looked up last: a sentence may hold thousands
    of figures, and these checks read its whole span)."""
    rule = _level_of_rule_to_come(ev, d, ctx, sentence, kind)
    if rule is None or ctx.status.in_sentence(_NOW_IN_SENTENCE, sentence, d["end"]) \
            or _older_in_sentence(ctx, sentence, refs):
        return None
    return rule


def _level_of_rule_to_come(ev: status_ctx.Evidence | None, d: dict, ctx, sentence: tuple[int, int],
                           kind: str) -> status_ctx.Evidence | None:
    """A fee, rate or time limit said in a rule's words ("mức phí … sẽ được áp dụng với mức
    cao nhất lên đến 40 triệu đồng/năm"), a norm quoted from a document whose own closing
    article puts it in force later ("Trong thời hạn 05 ngày làm việc, …"), a cap or floor on
    a count ("không quá 04 Phó Chủ tịch"): the rule's evidence."""
    lower = ctx.status.lower
    own_norm = ev is not None and ev.rule == "norm" and ctx.scopes.own_rule_ahead is not None
    rule = ctx.scopes.own_rule_ahead if own_norm else ctx.scopes.rule_to_come
    # (a coefficient a rule sets, "hệ số lương 8,80", is one of its levels, like a wage)
    level_kind = kind in _RULE_KINDS or (
        kind == "quantity" and _COEFFICIENT_NAMED.search(lower, max(sentence[0], d["start"] - 30), d["start"]) is not None)
    if rule is not None and level_kind and (
            ev is None or ev.rule == "norm" or (ev.rule == "cue" and lower.startswith("sẽ", ev.start))) \
            and (own_norm or (ev is not None and ev.rule == "cue") or ctx.status.in_sentence(_RULE_WORDS, sentence)) \
            and not ctx.status.in_sentence(_ABROAD, sentence, d["start"]):
        return rule
    if kind == "count" and d.get("qualifier") in _BOUNDS and (ev is None or ev.rule in ("floor", "norm")) \
            and not _TIMES_AFTER.match(lower, d["end"]):
        return ctx.scopes.rule_to_come or ctx.scopes.own_rule_ahead
    if kind == "count" and ev is None and ctx.scopes.own_rule_ahead is not None \
            and _STRUCTURE_VERB_BEFORE.search(lower, max(sentence[0], d["start"] - 24), d["start"]) \
            and _STRUCTURE_UNIT.match(lower, d["end"]):
        # "Cục Thuế có 12 đơn vị", "Chi cục … có 05 Phòng" in a decision quoted before its own
        # entry into force: the structure it sets, as its caps ("không quá 19 phòng") are
        return ctx.scopes.own_rule_ahead
    return None


def _time_near(ctx, cue_start: int, s_start: int) -> str | None:
    """The period named between an estimate cue and the sentence that continues it ("Dự kiến
    quý I/2025, GRDP tăng 7,51%. Trong đó, …")."""
    for dm in ctx.dates_in((cue_start, s_start)):
        if dm.iso and dm.precision != "day":
            return dm.iso
    return None


def _change_to_come(d: dict, ctx, sentence: tuple[int, int]) -> status_ctx.Evidence | None:
    lower = ctx.status.lower
    # a change verb right before the figure, or a level marked as a movement's end ("vùng 2
    # là 4,41 triệu" after "Lương vùng 1 nâng lên 4,96 triệu đồng")
    if (_CHANGE_BEFORE.search(lower, max(sentence[0], d["start"] - 30), d["start"]) is None and d.get("change") != "to") \
            or ctx.status.in_sentence(status_ctx.DONE, sentence):
        return None
    key = ("change-time", sentence)
    if key not in ctx.status.memo:
        ctx.status.memo[key] = _change_time(ctx, sentence)
    ahead, own_time = ctx.status.memo[key]
    if ahead is not None:
        return ahead
    if not own_time and ctx.scopes.title_change_ahead is not None \
            and not ctx.status.in_sentence(_NOW_IN_SENTENCE, sentence, d["end"]):
        # "Tăng 30% lương cơ sở từ 1/7" as the title: the changes its body reports with no
        # time of their own are that change to come
        return ctx.scopes.title_change_ahead
    return None


def _change_time(ctx, sentence: tuple[int, int]) -> tuple[status_ctx.Evidence | None, bool]:
    """(a start date after publication the sentence gives its change, whether the sentence
    dates its change at all: "từ 1/7/2024 …", "Năm 2023, …")."""
    lower = ctx.status.lower
    own_time = False
    for dm in ctx.dates_in(sentence):
        starts = rules_ahead.START_BEFORE.search(lower, max(sentence[0], dm.start - 12), dm.start) is not None
        if dm.iso and periods.begins_after(dm.iso, ctx.published) and starts:
            return status_ctx.Evidence("projected", "future", dm.start, dm.end), own_time
        own_time = own_time or starts or _OPENING_TIME.fullmatch(lower, sentence[0], dm.start) is not None
    return None, own_time


def _older_in_sentence(ctx, sentence: tuple[int, int], refs: tuple[str, ...]) -> bool:
    """Does the sentence date itself before publication ("Theo Luật Căn cước số 26/2023/QH15",
    "Theo Luật Việc làm năm 2013", "Từ ngày 1/1/2025 …" read in June 2025)? Then it states
    a rule already in force, whatever rule the article announces."""
    pub = ctx.published.isoformat() if ctx.published else None
    if pub is None:
        return False
    for dm in ctx.dates_in(sentence):
        if dm.iso and dm.iso[:4].isdigit() and dm.iso < pub[:len(dm.iso)]:
            return True
    return any(int(y) < ctx.published.year for key in refs for y in _KEY_YEAR.findall(key))


def _criterion(ev: status_ctx.Evidence, d: dict, ctx) -> status_ctx.Evidence:
    """A floor under a plan or proposal is a criterion its outcome must meet ("xã hình thành
    sau sắp xếp có diện tích đạt từ 200% trở lên"): FORMAT.md's "xã mới tối thiểu 50 km²"
    is a target. A forecast word keeps it projected ("dự kiến đạt ít nhất 5%")."""
    if ev.status != "projected" or (ev.rule == "cue" and _FORECAST_WORD.match(ctx.status.lower, ev.start)):
        return ev
    if d.get("qualifier") != "at_least":
        # "- Triển khai số hóa …, đảm bảo 100% kết quả … được số hóa" in a plan: a level the
        # plan requires its work to ensure is a criterion too, no forecast
        # (the reader's index of "bảo đảm / đảm bảo", with nothing that ends the clause between)
        ensure = ctx.status.ensures.last_between(max(0, d["start"] - _ENSURE_REACH), d["start"])
        if ensure is None or _ENSURE_BREAK.search(ctx.status.lower, ensure.end(), d["start"]):
            return ev
        return status_ctx.Evidence("target", "ensure", ensure.start(), ensure.end())
    return status_ctx.Evidence("target", "criterion", ev.start, ev.end)


_ENSURE_BREAK = re.compile(r"[,;:.\n]")
_ENSURE_REACH = 40  # characters: "đảm bảo" opens the figure's own clause


_CURRENT_AFTER = re.compile(
    r"[ \t]*\([ \t]*(?P<w>(?:quy\s+định\s+)?(?:hiện\s+hành|hiện\s+nay|hiện\s+tại))[ \t]*(?:là|:)?[ \t]*(?:mức[ \t]+)?\d"
)
_KEY_YEAR = re.compile(r"/((?:19|20)\d\d)/")  # "luật 26/2023/qh15"
_RULE_KINDS = ("money", "percent", "fraction", "duration")
_COEFFICIENT_NAMED = re.compile(r"(?<!\w)hệ\s+số(?:\s+[^\W\d_]+){0,4}\s*(?:là\s+)?$")
# a count bounded by a rule ("không quá 03 Phó Chủ tịch", "tối thiểu 05 người") is a cap or
# a quota the rule sets; a plain count in it may be of what exists
_BOUNDS = ("at_most", "at_least")
# "chỉ được hẹn lại không quá 01 lần": how often a step may be done is a procedure's norm,
# like its time limit (FORMAT.md: actual)
_TIMES_AFTER = re.compile(r"\s*lần(?!\w)")
_WINDOW_AFTER = re.compile(r"[ \t]+(?P<w>tới|qua|vừa\s+qua|gần\s+đây|trở\s+lại\s+đây)(?!\w)")
_STRUCTURE_VERB_BEFORE = re.compile(r"(?<!\w)(?:có|gồm|theo|bố\s+trí(?:\s+bình\s+quân)?)\s+$")
_STRUCTURE_UNIT = re.compile(r"\s+" + alternation(STRUCTURE_UNITS) + r"(?!\w)", re.IGNORECASE)
# the language of a rule's levels, for a figure with no evidence of its own
_RULE_WORDS = re.compile(r"(?<!\w)" + alternation(RULE_LEVEL_WORDS) + r"(?!\w)")
# what stands now or stood before, whatever rule is coming: "Hiện, …", "Luật … năm 2013", "hiện hành"
_NOW_IN_SENTENCE = re.compile(r"(?<!\w)(?:hiện\s+nay|hiện\s+hành|hiện\s+tại|trước\s+đây|hiện(?=\s*,)|năm\s+20[01]\d)(?!\w)")
# the levels of other countries or of international standards, named before the figure
# ("theo kinh nghiệm của các quốc gia … và quy chuẩn quốc tế … thì mức trợ cấp không ít hơn 45%")
_ABROAD = re.compile(r"(?<!\w)" + alternation(ABROAD) + r"(?!\w)")
_PLAN_LOOKBACK = 300  # characters: the sentences before a figure for a time to come that may have set goals
_FORECAST_WORD = re.compile(r"(?:dự\s+kiến|ước\s+tính|dự\s+báo|dự\s+tính|kỳ\s+vọng|có\s+thể)(?!\w)")
_BY_DECISION = re.compile(r"[\W_]*" + status_scope.BY_DECISION)  # at the sentence's opening
# a month's estimate published in its last days reports it; a year's in June forecasts it
_ESTIMATE_MARGIN = 30
# "Ước thực hiện 6 tháng đầu năm 2024, thu ngân sách … đạt …": the estimate opens the sentence
_ESTIMATE_OPENING = re.compile(r"[\W_]*ước\s+(?:thực\s+hiện|tính)(?!\w)")
_ESTIMATE_CUE = re.compile(r"(?:dự\s+kiến|ước\s+tính|dự\s+tính)(?!\w)")
# the losses of an event that happened, named before their estimate
_DAMAGE = re.compile(r"(?<!\w)(?:thiệt\s+hại|tổn\s+thất|thiệt\s+hại\s+về\s+tài\s+sản)(?!\w)")
_DAMAGE_REACH = 40
_ESTIMATE_BEFORE = re.compile(r"(?<!\w)ước(?:\s+(?:đạt|tính|thực\s+hiện|tăng|giảm))?(?:\s+(?:khoảng|gần|hơn|trên))?\s*$")
# the horizon opens the clause: "Đến hết tháng 7/2024, …", "…; đến cuối năm 2024 đạt …"
_MILESTONE_REACH = 1500  # characters before the figure
_MILESTONE_BEFORE = re.compile(r"(?:^|[,;:\n(]|^[-+•*–])[ \t*\-+•–]*(?:đến|tới)(?:\s+(?P<end>hết|cuối))?(?:\s+giữa)?\s*$")


def _milestone(d: dict, ctx, sentence: tuple[int, int]) -> status_ctx.Evidence | None:
    """"Đến hết tháng 7/2024, tỷ lệ … đạt 80%" published in June: the level set for a time
    still to come is a milestone (FORMAT.md: target)."""
    lower = ctx.status.lower
    # (the horizon opens the figure's clause: a bounded stretch before it, linear in a
    # sentence of thousands of figures)
    for dm in ctx.dates_in((max(sentence[0], d["start"] - _MILESTONE_REACH), sentence[1])):
        if dm.end > d["start"]:
            break
        if not dm.iso or not periods.ends_after(dm.iso, ctx.published):
            continue
        cue = _MILESTONE_BEFORE.search(lower, max(sentence[0] - 1, dm.start - 16), dm.start)
        if cue is not None and cue.start() < sentence[0] - 1:
            cue = None
        if cue is not None and not cue.group("end") and not periods.begins_after(dm.iso, ctx.published):
            # "đến hết tháng 6" in a text of 11 June is still to come; a bare "đến tháng 6"
            # there may be the month now running
            cue = None
        if cue and not status_ctx.DONE.search(lower, dm.end, d["start"]) and ";" not in lower[dm.end:d["start"]] \
                and ctx.status.outcome_of(dm.end, d["start"]) is not None:
            return status_ctx.Evidence("target", "milestone", cue.start(), dm.end)
    return None
