"""Where a status reaches beyond its sentence (context/status.py, step 3).

A cue governs more than its own sentence in the genre's documents:
- a sentence that announces a list and ends with ":" governs the items after it ("Mục tiêu
  cụ thể như sau:", "Chính phủ đề nghị: …", "các mốc: …");
- a heading governs the items under it, up to the next heading ("MỤC TIÊU", "**Nhiệm vụ
  trọng tâm năm 2025**", "Chỉ tiêu chủ yếu giai đoạn 2026-2030 ra sao?");
- a task opens with a directive verb and no subject ("Đẩy mạnh …", "- Khẩn trương …");
- a sentence opening with a start date still to come announces what is planned;
- "Sau sắp xếp, tỉnh có 13 đơn vị" is the outcome of the restructuring named before it, as
  real as that restructuring: proposed, forecast or decided;
- "Cùng với đó, thành lập 4 phường …" continues the proposal or decision before it.

Each scope is an :class:`~.status.Evidence` for the sentences (and the part of them) it
covers; the figure's own clause, read first, can still overrule it.
"""

from __future__ import annotations

import bisect
import re

from ..kinds.base import alternation
from ..lexicon.status import (
    CONTINUATIONS,
    DECISION_ACTS,
    DECISION_DOCS,
    DECISION_ITEM_OPENERS,
    DIRECTIVE_OPENERS,
    HEADING_PROJECTIONS,
    HEADING_TARGETS,
    PLAN_OPENERS,
    PLAN_SPAN,
    REQUEST_NOUNS,
    RESTRUCTURE_OUTCOME,
    RESTRUCTURE_VERBS,
)
from ..text.masks import MASK_CHAR
from ..text.structure import HEADING_CHARS as _HEADING_CHARS, is_heading
from ..text.scan import fast_finditer
from . import rules_ahead
from .cues import MatchIndex
from .outcome_lines import lone_outcome_line_ends
from .status import DONE, Evidence, StatusReader

Sentence = tuple[int, int]


class Scopes:
    """Per sentence: the evidence that governs it from outside, and from where in it.
    ``plan_title`` says the document is about a plan or a proposal (its title says so);
    ``rule_to_come`` is the evidence that it reports a rule taking effect after publication;
    ``own_rule_ahead`` that it quotes a document whose own closing article puts it in force
    after publication ("Nghị định này có hiệu lực thi hành từ ngày …"); ``holiday_schedule``
    that its title announces the days off of a holiday ("Lịch nghỉ Tết 2026 chính thức");
    ``directive_title`` that its title is a directive, conclusion or telegram, or a Party
    resolution or regulation ("Chỉ thị số 45-CT/TW về …", "Kết luận 157: …")."""

    def __init__(self) -> None:
        self._by_sentence: dict[Sentence, tuple[Evidence, int]] = {}
        self.plan_title = False
        self.rule_to_come: Evidence | None = None
        self.own_rule_ahead: Evidence | None = None
        self.title_change_ahead: Evidence | None = None
        self.holiday_schedule: Evidence | None = None
        self.directive_title: Evidence | None = None

    def add(self, sentence: Sentence, ev: Evidence, from_pos: int | None = None, *, replace: bool = False) -> None:
        if replace or sentence not in self._by_sentence:
            self._by_sentence[sentence] = (ev, sentence[0] if from_pos is None else from_pos)

    def at(self, sentence: Sentence, pos: int) -> Evidence | None:
        got = self._by_sentence.get(sentence)
        if got is None or pos < got[1]:
            return None
        return got[0]


# enumerators that may stand before the verb: "-", "+", "1.", "a)", "(2)", "Thứ hai,"
_ENUMERATOR = r"(?:[-+•*–]\s*|\(?\d{1,2}[.)]\s*|[a-zđ]\)\s*|thứ\s+\w+\s*,\s*)?"
_ITEM = re.compile(r"\s*(?:[-+•*–]|\(?\d{1,2}[.)]|\(?[a-zđ]\)|thứ\s+\w+\s*,)")
_DIRECTIVE = re.compile(r"\s*" + _ENUMERATOR + alternation(DIRECTIVE_OPENERS) + r"(?!\w)")
# ("gắn với chỉ tiêu …", "so với kế hoạch": a plan word after "với" is referred to, no plan announced)
_PLAN_OPENER = re.compile(r"(?<!\w)(?<!với\s)" + alternation(PLAN_OPENERS) + r"(?!\w)")
_HEADING_TARGET = re.compile(r"(?<!\w)" + alternation(HEADING_TARGETS) + r"(?!\w)")
_HEADING_PROJECTION = re.compile(r"(?<!\w)" + alternation(HEADING_PROJECTIONS) + r"(?!\w)")
# A heading about results, or "Chức năng, nhiệm vụ của Bộ" (duties), is no plan; nor is a
# news title holding its own figure ("Bình Định phấn đấu 80% hồ sơ trực tuyến"), which is
# one claim, not the heading of a list of tasks (the "%" test below).
_RESULTS = re.compile(r"(?<!\w)(?:kết\s+quả|tình\s+hình|đã|thực\s+hiện|chức\s+năng|quyền\s+hạn)(?!\w)")
_OUTCOME_OPENER = re.compile(r"(?:^|(?<=[\s,.:;(]))" + alternation(RESTRUCTURE_OUTCOME) + r"(?!\w)")
_RESTRUCTURE = re.compile(r"(?<!\w)" + alternation(RESTRUCTURE_VERBS) + r"(?!\w)")
_CONTINUATION_ANYWHERE = re.compile(r"(?<!\w)" + alternation(CONTINUATIONS) + r"\s*[,:]")


def _starts_with_continuation(lower: str, s: int, e: int, starts: set[int]) -> bool:
    """Does the sentence open with "Cùng với đó," (found in one scan of the text)?"""
    first = s + len(lower[s:min(e, s + 8)]) - len(lower[s:min(e, s + 8)].lstrip())
    return first in starts


_REFERENCE = re.compile(r"(?<!\w)(?:vượt|đạt|hoàn\s+thành|so\s+với|theo|về\s+đích)\s+(?:\w+\s+){0,1}$")
_REQUEST = re.compile(r"(?<!\w)" + alternation(REQUEST_NOUNS) + r"\s+yêu\s+cầu(?!\w)")

_LAW_QUOTED = re.compile(r"(?<!\w)quy\s+định\s+(?:như\s+sau|sau\s+đây)\s*:")
_LAW_QUOTE_REACH = 400  # characters before a heading
_NAMED_ONLY = frozenset({"phương án", "dự thảo", "tờ trình", "dự án luật", "kiến nghị", "nghiên cứu"})
_ITEMS_MAX = 40       # items of an enumerated list under one announcement
_AS_FOLLOWS = re.compile(r"(?<!\w)như\s+sau\s*:$")
_NUMBERED_HEADING = re.compile(r"[\s*#]*\(?(?:\d{1,2}|[ivx]{1,4})[.)]\s")
_HEADING_SPAN = 40    # sentences under one heading at most
# The outline level of a numbered heading line: "II." (1) > "1." (2) > "1.1." (3) > "a)" (4).
# A heading of goals ("II. ĐỊNH HƯỚNG PHÁT TRIỂN …") governs its own sub-headings ("1. Phân
# vùng …", "a) …") and what stands under them, up to a heading of its own level or above.
_OUTLINE = (
    (re.compile(r"[ \t*#]*[ivxlc]{1,5}[.)][ \t]"), 1),
    (re.compile(r"[ \t*#]*\d{1,2}\.\d{1,2}\.?[ \t]"), 3),
    (re.compile(r"[ \t*#]*\(?\d{1,2}[.)][ \t]"), 2),
    (re.compile(r"[ \t*#]*\(?[a-zđ][.)][ \t]"), 4),
)
_OUTCOME_LOOKBACK = 4  # sentences back to the restructuring an outcome belongs to


def _outline_level(lower: str, s: int) -> int | None:
    """The outline level of the heading line holding ``s`` (None: no outline number)."""
    ls = lower.rfind("\n", max(0, s - _HEADING_CHARS), s) + 1
    for pattern, level in _OUTLINE:
        if pattern.match(lower, ls):
            return level
    return None


def _done(lower: str, s: int, e: int) -> bool:
    return DONE.search(lower, s, e) is not None


# A text that reports a decision: "ký ban hành Nghị quyết số …", "Quốc hội đã biểu quyết
# thông qua Nghị quyết", "Nghị quyết … quyết nghị". Read in its first lines.
_DECISION_DOC = re.compile(
    r"(?<!\w)(?:" + alternation(DECISION_ACTS) + r")\s+(?:[^\W\d_]+\s+){0,3}?" + alternation(DECISION_DOCS)
    + r"(?!\w)|(?<!\w)quyết\s+nghị(?!\w)"
)
_DECISION_HEAD = 2000
_PLAN_APPROVED = re.compile(
    r"(?<!\w)phê\s+duyệt\s+(?:các\s+)?(?:phương\s+án|kế\s+hoạch|đề\s+án)\s+(?:về\s+)?(?:cắt\s+giảm|đơn\s+giản\s+hóa|đơn\s+giản\s+hoá|"
    r"tái\s+cấu\s+trúc|phân\s+cấp)(?!\w)"
)
_PLAN_LEAD = 700  # characters: the title and lead that say which plan was approved
# the cuts such a plan makes, in a sentence or a heading that reports none done
_CUT = re.compile(r"(?<!\w)(?:giảm|cắt\s+giảm|rút\s+ngắn)(?!\w)")
_DRAFT_LEAD = re.compile(r"(?<!\w)(?:dự\s+thảo|cho\s+ý\s+kiến|lấy\s+ý\s+kiến|xin\s+ý\s+kiến)(?!\w)")
# the proposal a deciding body adopted: its submission or its request
_ADOPTED_PROPOSAL = re.compile(r"(?:tờ\s+trình|đề\s+nghị|đề\s+xuất)")
# A title that says the article is about a plan or a proposal ("Cần Thơ lên kế hoạch bố trí
# 140 nhà ở công vụ", "Đề xuất mở rộng …", "Dự kiến sắp xếp …"): its proposals' lists are
# what the plan would make.
_PLAN_TITLE = re.compile(r"(?<!\w)(?:lên\s+kế\s+hoạch|kế\s+hoạch|đề\s+xuất|dự\s+kiến|dự\s+thảo|phương\s+án|"
                         r"nghiên\s+cứu|xin\s+ý\s+kiến)(?!\w)")
# "Lịch nghỉ Tết Dương lịch và Âm lịch …", "Lịch nghỉ lễ Quốc khánh 2/9 …": an official
# schedule of days off, announced before the holiday; the days it gives are decided
_HOLIDAY_TITLE = re.compile(r"(?<!\w)lịch\s+nghỉ(?:\s+(?:tết|lễ))?(?!\w)")
# A title that is a directive, a conclusion, a telegram or a Party resolution or regulation
# (read in the text as written: identifiers are masked in the lower-case twin). Such texts
# decide levels (FORMAT.md: "Resolutions, conclusions and directives that decide a number
# set targets"); a law, decree or circular states rules in force.
_DIRECTIVE_TITLE = re.compile(
    r"[\W_]*(?:(?:toàn\s+văn|nội\s+dung|chi\s+tiết)\s+)?(?:"
    r"(?P<d>chỉ\s+thị|kết\s+luận|công\s+điện)(?!\w)"
    r"|(?P<p>nghị\s+quyết|quy\s+định)(?:\s+số)?\s+\d+[-/](?:nq|qđ)/(?:tw|tu|hu|đu)(?!\w))",
    re.IGNORECASE,
)
_EFFECTIVE = re.compile(r"(?<!\w)có\s+hiệu\s+lực(?:\s+thi\s+hành)?(?:\s+(?:kể\s+)?từ)?\s*$")
_FROM_EFFECT = re.compile(
    r"(?<!\w)(?:kể\s+)?từ\s+ngày\s+(?:" + alternation(DECISION_DOCS) + r")(?:\s+này)?\s+có\s+hiệu\s+lực"
)
_DECISION_ITEM = re.compile(r"[\s*#>]*" + _ENUMERATOR + alternation(DECISION_ITEM_OPENERS) + r"(?!\w)")


class _Decision:
    """Whether the document reports a decision, and when that decision takes effect."""

    def __init__(self, lower: str, dates, published) -> None:
        self.doc = _DECISION_DOC.search(lower, 0, min(len(lower), _DECISION_HEAD)) is not None
        # a lead about a draft ("thông qua dự thảo …", "cho ý kiến về dự thảo …") adopts nothing yet
        self.draft = _DRAFT_LEAD.search(lower, 0, min(len(lower), _DECISION_HEAD)) is not None
        self.effective = None
        for d in dates or ():
            if d.iso and len(d.iso) == 10 and _EFFECTIVE.search(lower, max(0, d.start - 40), d.start):
                self.effective = d.iso
                break
        self.future = bool(self.effective and published and self.effective > published.isoformat())
        # "Quyết định … phê duyệt Phương án cắt giảm, đơn giản hóa thủ tục hành chính …": the
        # cuts an approved plan makes are yet to be carried out (by amending the rules)
        m = _PLAN_APPROVED.search(lower, 0, min(len(lower), _PLAN_LEAD)) if not self.draft else None
        self.plan_approved = None if m is None else Evidence("target", "approved-plan", m.start(), m.end())


def sentence_scopes(lower: str, sentences: list[Sentence], reader: StatusReader,
                    scheduled: set[Sentence] = frozenset(), dates=(), published=None, text: str | None = None) -> Scopes:
    """The scopes of a document: ``lower`` its masked lower-case text, ``text`` the text as
    read (the same offsets; the names of masked documents are read there)."""
    scopes = Scopes()
    if sentences:
        s0, e0 = sentences[0]
        scopes.plan_title = _PLAN_TITLE.search(lower, s0, e0) is not None
        if text is not None and (directive := _DIRECTIVE_TITLE.match(text, s0, e0)) is not None:
            w = "d" if directive.group("d") else "p"
            scopes.directive_title = Evidence("target", "directive", directive.start(w), directive.end(w))
        holiday = _HOLIDAY_TITLE.search(lower, s0, e0)
        if holiday is not None:
            scopes.holiday_schedule = Evidence("target", "schedule", holiday.start(), holiday.end())
    decision = _Decision(lower, dates, published)
    scopes.rule_to_come = rules_ahead.rule_to_come(lower, sentences, dates, published)
    scopes.own_rule_ahead = rules_ahead.own_rule_ahead(lower, dates, published)
    if sentences:
        scopes.title_change_ahead = rules_ahead.title_change_ahead(lower, sentences[0], dates, published)
    _draft_quotes(lower, sentences, scopes)
    _tasks(lower, sentences, scopes)
    for sent in scheduled:
        scopes.add(sent, Evidence("target", "scheduled", sent[0], sent[0]))
    if decision.doc or decision.plan_approved is not None:
        _decision_items(lower, sentences, decision, scopes)
    _lists_and_headings(lower, sentences, reader, scopes, adopted=decision.doc and not decision.draft, doc_text=text)
    # "Từ 1/1/2025, sáp nhập toàn bộ huyện Yên Dũng vào TP Bắc Giang …" as the title: the
    # article reports a restructuring decided to take effect after publication
    decided_ahead = (decision.doc and decision.future) or bool(sentences and sentences[0] in scheduled)
    _outcomes_and_continuations(lower, sentences, reader, scopes, decided_ahead)
    return scopes


def _decision_items(lower: str, sentences: list[Sentence], decision: _Decision, scopes: Scopes) -> None:
    """In a text reporting a decision, its items: sentences and headings that open with an
    allocation verb ("Bổ sung dự toán thu … 28.290 tỷ đồng", "Chuyển nguồn 6.623 tỷ đồng"),
    and, before the decision takes effect, what holds "kể từ ngày Nghị quyết này có hiệu lực"."""
    for s, e in sentences:
        m = _DECISION_ITEM.match(lower, s, e)
        if m is not None:
            scopes.add((s, e), Evidence("target", "decision-item", m.end() - len(m.group().split()[-1]), m.end()))
            continue
        if decision.plan_approved is not None and s > decision.plan_approved.end and _CUT.search(lower, s, e) \
                and not _done(lower, s, e):
            scopes.add((s, e), decision.plan_approved)
            continue
        if decision.future:
            f = _FROM_EFFECT.search(lower, s, e)
            if f is not None:
                scopes.add((s, e), Evidence("target", "decided", f.start(), f.end()))


# "Căn cứ theo khoản 5 Điều 1 Dự thảo Nghị định sửa đổi … quy định như sau:": the articles
# quoted from a draft are proposed, not in force (FORMAT.md: a proposal not yet carried out
# is projected), up to the page's next heading, its conclusion ("Như vậy, …", "Trên đây …"),
# what stands now ("Hiện nay, … mức lương cơ sở là 2.340.000 đồng/tháng") or the next
# quotation.
_QUOTE_INTRO_SOURCE = r"(?<!\w)như\s+sau\s*:[ \t*]*$"
_QUOTE_INTRO = re.compile(_QUOTE_INTRO_SOURCE)  # at a sentence's end
_QUOTE_INTRO_LINE = re.compile(_QUOTE_INTRO_SOURCE, re.M)  # at a line's end, over the whole text
_DRAFT = re.compile(r"(?<!\w)dự\s+thảo(?!\w)")
_QUOTE_END = re.compile(r"[ \t*>(]*(?:như\s+vậy|trên\s+đây|tóm\s+lại|theo\s+đó|hiện\s+nay|hiện\s+tại|căn\s+cứ)(?!\w)")
_DRAFT_QUOTE_MAX = 80  # sentences


def _page_heading(lower: str, s: int, e: int) -> bool:
    """A heading of the page (markdown "#" or a bold line), not a title inside the quote."""
    if not is_heading(lower, s, e):
        return False
    ls = lower.rfind("\n", 0, s) + 1
    le = lower.find("\n", e)
    raw = lower[ls:le if le >= 0 else len(lower)].strip()
    return raw.startswith("#") or (raw.startswith("**") and raw.endswith("**"))


def _draft_quotes(lower: str, sentences: list[Sentence], scopes: Scopes) -> None:
    # one scan, not one per sentence; gated on "như" (the pattern opens with a look-behind,
    # which a plain finditer tries at every character: ~2 % of a run)
    intros = [m.start() for m in fast_finditer(_QUOTE_INTRO_LINE)(lower)]
    if not intros:
        return
    starts = [s for s, _ in sentences]
    n = len(sentences)
    for pos in intros:
        i = bisect.bisect_right(starts, pos) - 1
        if i < 0:
            continue
        s, e = sentences[i]
        draft = _DRAFT.search(lower, s, e)
        if draft is None:
            continue
        ev = Evidence("projected", "draft", draft.start(), draft.end())
        for s2, e2 in sentences[i + 1: min(n, i + 1 + _DRAFT_QUOTE_MAX)]:
            if _page_heading(lower, s2, e2) or _QUOTE_END.match(lower, s2, e2) or _QUOTE_INTRO.search(lower, s2, e2):
                break
            scopes.add((s2, e2), ev, replace=True)


def _tasks(lower: str, sentences: list[Sentence], scopes: Scopes) -> None:
    """A sentence that opens with a directive verb and reports nothing done is a task."""
    for s, e in sentences:
        m = _DIRECTIVE.match(lower, s, e)
        if m and not _done(lower, s, e):
            scopes.add((s, e), Evidence("target", "task", m.end() - len(m.group().split()[-1]), m.end()))


def _announcement(lower: str, s: int, e: int, reader: StatusReader, text: str) -> Evidence | None:
    """What a sentence ending with ":" announces its list as."""
    cue = reader.sentence_cue(s, e)
    if cue is not None:
        if cue.status is not None and _CURRENT_STATE.search(lower, cue.end, e):
            # "Tờ trình … nêu thực trạng số lượng Văn phòng … như sau:": the list the
            # proposal opens with is where things stand
            return None
        if cue.status == "projected" and lower.startswith("sẽ", cue.start) and (
                src := rules_ahead.source_rule(lower, text, max(s, cue.start - rules_ahead.SOURCE_REACH), cue.start)):
            # "Theo … Nghị quyết 27-NQ/TW … quy định cải cách tiền lương sẽ xây dựng … 05 bảng
            # lương mới gồm:": what a rule lays down for later, item by item
            return Evidence("target", "by-rule", *src)
        return cue
    m = None
    for m in _PLAN_OPENER.finditer(lower, s, e):
        pass
    if m is not None and not _DUTIES.search(lower, s, e):
        return Evidence("target", "list", m.start(), m.end())
    return None


# "Trên đây là thông tin về …": the article's closing line, outside any list above it
_CLOSING = re.compile(r"[\W_]*trên\s+đây(?!\w)")
_CURRENT_STATE = re.compile(r"(?<!\w)(?:thực\s+trạng|hiện\s+trạng)(?!\w)")
# "Bộ Y tế có các nhiệm vụ, quyền hạn sau:": a body's duties and powers are what it is, no
# tasks set (as "chức năng, nhiệm vụ" headings are no plan: _RESULTS)
# ("… tiếp nhận nhiệm vụ, thực hiện thẩm quyền sau đây:" — jurisdiction is a power too), nor
# are duties performed ("thành tích xuất sắc trong thực hiện nhiệm vụ như sau:")
_DUTIES = re.compile(r"(?<!\w)(?:quyền\s+hạn|chức\s+năng|thẩm\s+quyền|(?:trong|khi)\s+(?:quá\s+trình\s+)?thực\s+hiện\s+nhiệm\s+vụ)(?!\w)")


def _lists_and_headings(lower: str, sentences: list[Sentence], reader: StatusReader, scopes: Scopes,
                        adopted: bool = False, doc_text: str | None = None) -> None:
    n = len(sentences)
    for i, (s, e) in enumerate(sentences):
        text = lower[s:e].rstrip(" \t*")
        if text.endswith(":"):
            ev = _announcement(lower, s, e, reader, doc_text or lower)
            if ev is None or (_done(lower, s, e) and ev.rule != "cue"):
                continue
            if adopted and ev.status == "projected" and _ADOPTED_PROPOSAL.fullmatch(lower, ev.start, ev.end):
                # "Quốc hội thông qua Nghị quyết …" in the lead, then "Theo Tờ trình …, đề nghị
                # … như sau:": what the proposal asked for is what the decision adopted
                ev = Evidence("target", "decision", ev.start, ev.end, ev.needs_outcome)
            enumerated = i + 1 < n and _ITEM.match(lower, sentences[i + 1][0]) is not None
            # "Mục tiêu được quy định tại Mục II Nghị quyết 57-NQ/TW, cụ thể như sau:" and the
            # goals quoted under it, through their own numbered headings ("(1) Đến năm 2030")
            quoted = ev.status == "target" and _AS_FOLLOWS.search(text) is not None
            limit = _ITEMS_MAX if enumerated or quoted else PLAN_SPAN
            for s2, e2 in sentences[i + 1: i + 1 + limit]:
                if quoted and is_heading(lower, s2, e2) \
                        and _NUMBERED_HEADING.match(lower, s2, e2) and not lower[s2:e2].rstrip(" \t*").endswith("?"):
                    continue  # a numbered heading inside the quoted goals
                if is_heading(lower, s2, e2) or (enumerated and not _ITEM.match(lower, s2)
                                                 and lower[s2:e2].rstrip().endswith(":")):
                    break
                if (not enumerated and _done(lower, s2, e2)) or _CLOSING.match(lower, s2, e2):
                    break
                scopes.add((s2, e2), Evidence(ev.status, "list", ev.start, ev.end, ev.needs_outcome))
        elif is_heading(lower, s, e) and not _RESULTS.search(lower, s, e) and "%" not in lower[s:e] \
                and not _LAW_QUOTED.search(lower, max(0, s - _LAW_QUOTE_REACH), s):
            # (a heading inside a law quoted "… quy định như sau:" is the law's: rules in force)
            m = _HEADING_TARGET.search(lower, s, e)
            status = "target"
            if m is not None and _REFERENCE.search(lower, max(s, m.start() - 20), m.start()):
                continue  # "vượt kế hoạch", "đạt mục tiêu": a heading of results
            if m is not None and (r := _REQUEST.search(lower, max(s, m.start() - 20), m.end())) and r.end() == m.end():
                continue  # "Thành phần hồ sơ yêu cầu cung cấp thông tin": a request filed
            if m is None:
                m = _HEADING_PROJECTION.search(lower, s, e)
                status = "projected"
            if m is None:
                continue
            # Under a heading of goals, list items are goals; prose there reports as well
            # as plans, so a prose figure needs an outcome verb that sets it.
            level = _outline_level(lower, s)
            for s2, e2 in sentences[i + 1: i + 1 + _HEADING_SPAN]:
                if is_heading(lower, s2, e2):
                    sub = _outline_level(lower, s2) if level is not None else None
                    if sub is None or sub <= level or lower.rfind("\n", s, s2) < 0:
                        break
                    continue  # a sub-heading of the outline it heads
                item = _ITEM.match(lower, s2) is not None
                scopes.add((s2, e2), Evidence(status, "heading", m.start(), m.end(),
                                              status == "projected" or not item))


def _on_lone_line(lower: str, pos: int, lone_ends: list[int]) -> bool:
    """Is the opener at ``pos`` the whole of a "Sau khi sắp xếp:" line?"""
    i = bisect.bisect_left(lone_ends, pos)
    return i < len(lone_ends) and lower.rfind("\n", 0, pos) == lower.rfind("\n", 0, lone_ends[i])


def _outcomes_and_continuations(lower: str, sentences: list[Sentence], reader: StatusReader,
                                scopes: Scopes, decided_ahead: bool) -> None:
    openers = MatchIndex(_OUTCOME_OPENER, lower)
    restructurings = MatchIndex(_RESTRUCTURE, lower) if openers.matches else None
    continuation_starts = {m.start() for m in MatchIndex(_CONTINUATION_ANYWHERE, lower).matches}
    lone_ends = lone_outcome_line_ends(lower) if openers.matches else []
    for i, (s, e) in enumerate(sentences):
        out = openers.first_between(s, e)
        if out is not None:
            ev = _restructuring_status(lower, sentences, i, out.start(), reader, restructurings)
            if ev is None and decided_ahead:
                # "Sau khi thành lập, phường Long Hồ có 80,44 km2": what a decision not yet
                # in force will make (FORMAT.md: decided levels are targets)
                ev = Evidence("target", "decided", out.start(), out.end())
            if ev is not None:
                scopes.add((s, e), ev, out.end(), replace=ev.status is not None)
                if ev.status is not None and _on_lone_line(lower, out.start(), lone_ends):
                    # "Sau khi sắp xếp:" on a line of its own: the paragraphs below state
                    # what the restructuring makes, up to the next heading
                    for s2, e2 in sentences[i + 1: i + 1 + _ITEMS_MAX]:
                        if is_heading(lower, s2, e2) or lower[s2:e2].rstrip(" \t*").endswith(":"):
                            break
                        scopes.add((s2, e2), ev, s2, replace=True)
            continue
        if i and _starts_with_continuation(lower, s, e, continuation_starts) and reader.sentence_cue(s, e) is None:
            ps, pe = sentences[i - 1]
            prev = reader.sentence_cue(ps, pe)
            # a proposal or decision made by someone (a verb), not a plan merely named
            if prev is not None and not _done(lower, ps, pe) and lower[prev.start:prev.end] not in _NAMED_ONLY:
                scopes.add((s, e), Evidence(prev.status, "continuation", prev.start, prev.end, True))


# "Theo (tinh thần) Nghị quyết 202/2025/QH15 …" (identifiers are masked in the text read here)
BY_DECISION = r"theo\s+(?:tinh\s+thần\s+)?(?:(?:nghị\s+quyết|quyết\s+định|kết\s+luận)\s+(?:số\s+)?\d|" + MASK_CHAR + ")"
_DECIDING_DOC = re.compile(r"(?<!\w)" + BY_DECISION)


def _restructuring_status(lower: str, sentences: list[Sentence], i: int, at: int, reader: StatusReader,
                          restructurings: MatchIndex) -> Evidence | None:
    """How real the restructuring an outcome phrase at ``at`` refers to is: the cue that
    governs the last restructuring verb named in this sentence before ``at`` or in the few
    sentences before. None when that restructuring is reported done or has no cue."""
    s = sentences[i][0]
    spans = [(s, at)] + [sentences[j] for j in range(i - 1, max(-1, i - 1 - _OUTCOME_LOOKBACK), -1)]
    for lo, hi in spans:
        verb = restructurings.last_between(lo, hi)
        if verb is None:
            continue
        if _done(lower, lo, verb.end()) and not reader.sentence_cue(lo, verb.start()):
            return None
        cue = reader.sentence_cue(lo, verb.end()) or reader.sentence_cue(lo, hi)
        if cue is not None:
            return Evidence(cue.status, "restructure", cue.start, cue.end)
        if _DECIDING_DOC.search(lower, lo, hi):
            # "Theo tinh thần Nghị quyết 202/2025/QH15 …, sau sáp nhập … có diện tích …": a
            # restructuring its own sentence ties to a decision takes no cue from before
            return None
        # "Cùng với đó, thành lập …": a restructuring named without a cue of its own
        # continues the one before; look further back
    return None
