"""One way through: repair → split → mask → find numbers → read kinds → attach context.

Every stage works on the repaired text (``Normalized.text``); offsets go back to the
caller's string once, at the end.
"""

from __future__ import annotations

import bisect
import datetime as _dt
import re

import attrs

from .context import change as change_ctx
from .context import dates as dates_ctx
from .context import published as published_ctx
from .context import deadlines as deadlines_ctx
from .context import time_context as time_ctx
from .context import legal as legal_ctx
from .context import legal_links
from .context import localities as localities_ctx
from .context import qualifier as qual_ctx
from .context import rate as rate_ctx
from .context import status as status_ctx
from .context import status_shared
from .context import status_figure, status_scope
from .context.cues import MatchIndex
from .context import noun_phrase
from .context import subject as subject_ctx
from .context import subject_shared
from .kinds import count, duration, fraction, money, percent, quantity, rank, ranges
from .kinds.base import DocView, lower_same_length
from .kinds.labels import is_label
from .numbers import DIGITS, find_numbers, parse_digits
from .records import Cue, Extraction, LegalRef, Metric, _replaced
from .text import gcpause, structure
from .text.masks import MASK_CHAR, apply_masks, claimless_spans
from .text.normalize import normalize
from .text.scan import lowered, masked_twin
from .text.segment import split_sentences

# Order matters: a rank word before the number wins; units decide the rest; a bare
# fraction is a fraction; what is left with a noun after it is a count.
_UNIT_READERS = (percent.read, money.read, quantity.read, duration.read)
_SUBJECT_KINDS = ("count", "fraction", "percent", "money")
_DEADLINE_CUE_REACH = 90  # characters: a deadline's status cue stands shortly before it
_BOUND_NOUN_WORDS = 3  # syllables of a counted noun a bound after it may follow
_BOUND_NOUN_WORDS_AFTER_TU = 6  # … when "từ" before the number opens the bound


def run(original: str, published: _dt.date | None) -> Extraction:
    with gcpause.paused():  # no reference cycles are made: the cyclic collector only costs time
        norm = normalize(original)
        lower = lower_same_length(norm.text)
        with lowered(norm.text, lower):  # scans for words look them up in ``lower``
            return _run(original, published, norm, lower)


def _run(original: str, published: _dt.date | None, norm, lower: str) -> Extraction:
    text = norm.text
    legal_refs = legal_links.link_mentions(legal_ctx.find_legal_refs(text))
    if published is None:
        published = published_ctx.infer_published(text)
    identifiers = legal_ctx.identifier_spans(text, legal_refs)
    # an undated text is read as of the year it names most (published.reference_date): its
    # year-less days take that year, and its places the names of that time
    as_of = published or published_ctx.reference_date(text)
    dates = dates_ctx.find_dates(text, as_of, identifiers)
    masked = apply_masks(
        lower,
        identifiers
        + [(d.start, d.end) for d in dates]
        + claimless_spans(text),
    )
    masked_twin(masked, MASK_CHAR)  # its words are looked up in ``lower``
    view = DocView(text=text, lower=lower, masked=masked)
    sentences = split_sentences(text)
    sent_starts = [s for s, _ in sentences]
    articles = structure.parse_document(text)

    drafts = _read_numbers(view, sentences, sent_starts)
    ranges.borrow_units(masked, drafts)
    drafts = ranges.merge_unit_ranges(masked, ranges.drop_unborrowed(drafts))
    qual_ctx.distribute_bounds(masked, drafts)
    change_ctx.link_changes(masked, drafts, lower)
    change_ctx.mark_ends(masked, drafts)
    change_ctx.link_lone_ends(masked, drafts, lower)

    reader = status_ctx.StatusReader(masked)
    ctx = _Context(
        status=reader,
        scopes=status_scope.sentence_scopes(
            masked, sentences, reader, deadlines_ctx.scheduled_sentences(dates, sentences, text, published),
            dates=dates, published=published, text=text),
        phrases=noun_phrase.PhraseIndex(masked),
        rates=rate_ctx.RateIndex(masked),
        published=published,
        dates=dates,
        text=text,
        these=legal_links.this_mentions(text) if legal_refs else None,
        legal_refs=legal_refs,
        as_of=as_of,
    )
    metrics = [_to_metric(d, view, ctx, legal_refs, dates, published) for d in drafts]
    metrics = _share_rates_in_changes(metrics)
    metrics = status_shared.share_status_in_lists(metrics, masked)
    metrics = status_shared.share_status_in_brackets(metrics, masked)
    metrics = status_shared.share_status_of_parts(metrics, masked)
    metrics = subject_shared.shared_subjects(metrics, view)
    metrics = change_ctx.share_subjects(metrics)
    figure_starts = [m.start for m in metrics]
    figures = list(metrics)
    for dl in deadlines_ctx.find_deadlines(text, dates, sentences, published):
        si = _sentence_index(sent_starts, dl.start)
        s_start, s_end = sentences[si] if si is not None else (dl.start, dl.end)
        ev = ctx.status.of_deadline(s_start, dl.start, _DEADLINE_CUE_REACH, by_or_in=dl.relation in ("by", "in"),
                                    end=dl.end if dl.relation == "in" else None)
        if ev is None and dl.status is None and dl.relation in ("by", "in"):
            goal = status_shared.goal_status(figures, figure_starts, dl, masked)
            if goal is not None:
                ev = status_ctx.Evidence("target", "goal-horizon", goal.start, goal.end)
        if ev is None and dl.status is None and dl.relation in ("by", "in") and dl.date and len(dl.date) == 4:
            ev = ctx.status.required_horizon(s_start, dl.start) or ctx.status.vision_horizon(dl.start)
        metrics.append(
            attrs.evolve(
                dl,
                status=(ev.status if ev else None) or dl.status,
                status_cue=_cue(ev, text),
                refs=ctx.sentence_refs(text, legal_refs, s_start, s_end),
                sentence=(s_start, s_end),
            )
        )
    metrics.sort(key=lambda m: (m.start, m.end))
    metrics = localities_ctx.attach_localities(
        text, metrics, articles, sentences,
        apply=lambda m, **places: _finish(m, articles, norm, original, **places),
        published=as_of,
    )
    if not norm.identity:
        legal_refs = [_remap_ref(r, norm) for r in legal_refs]
        articles = [attrs.evolve(a, start=norm.to_original(a.start), end=norm.to_original(a.end, is_end=True)) for a in articles]
    return Extraction(
        metrics=metrics,
        legal_refs=legal_refs,
        published=published.isoformat() if published else None,
        articles=articles,
    )


def _share_rates_in_changes(metrics: list[Metric]) -> list[Metric]:
    """"từ 1.800.000 đồng lên 2.340.000 đồng/tháng": both ends of a change share the rate."""
    out = list(metrics)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if a.change == "from" and b.change == "to" and (a.per is None) != (b.per is None):
            per = a.per or b.per
            out[i], out[i + 1] = attrs.evolve(a, per=per), attrs.evolve(b, per=per)
    return out


def _finish(m: Metric, articles, norm, original: str, **changes) -> Metric:
    """One last copy of a claim: its places (``changes``), its article (a claim in the table
    of contents belongs to the article it sums up), offsets mapped back to the caller's
    string, and the text they cover."""
    if articles:
        art = structure.toc_target(articles, m.start) or structure.article_at(articles, m.start)
        if art is not None:
            changes["article"] = art.index
    start, end, sentence = m.start, m.end, m.sentence
    cue = m.status_cue
    if not norm.identity:
        start, end = norm.span(m.start, m.end)
        sentence = norm.span(*m.sentence) if m.sentence else None
        if cue is not None:
            cs, ce = norm.span(cue.start, cue.end)
            cue = _replaced(cue, start=cs, end=ce, text=original[cs:ce])
    return _replaced(m, start=start, end=end, sentence=sentence, text=original[start:end],
                     status_cue=cue, **changes)


def _cue(ev: status_ctx.Evidence | None, text: str) -> Cue | None:
    """The record of the evidence that decided a status (offsets still in ``text``)."""
    if ev is None:
        return None
    return Cue(rule=ev.rule, text=text[ev.start:ev.end], start=ev.start, end=ev.end)


def _refs(text: str, legal_refs: list[LegalRef], start: int, end: int, mentions) -> tuple[str, ...]:
    """Keys of the documents a sentence names, then those its "Nghị định này" points to
    (``mentions``: legal_links.this_mentions of ``text``)."""
    keys = legal_ctx.refs_in(legal_refs, start, end)
    extra = tuple(k for k in legal_links.anaphora_keys(text, legal_refs, start, end, mentions=mentions)
                  if k not in keys)
    return keys + extra


def _sentence_index(starts: list[int], pos: int) -> int | None:
    i = bisect.bisect_right(starts, pos) - 1
    return i if i >= 0 else None


def _read_numbers(view: DocView, sentences, sent_starts) -> list[dict]:
    masked = view.masked
    drafts: list[dict] = []
    for expr in find_numbers(masked):
        si = _sentence_index(sent_starts, expr.start)
        if si is None or expr.start >= sentences[si][1]:
            continue
        s_start, s_end = sentences[si]
        d = _read_kind(expr, view, s_start, s_end)
        if d is None:
            continue
        d["sentence"] = (s_start, s_end)
        drafts.append(d)
    drafts += _placed(percent.find_word_shares(view), sentences, sent_starts)
    word_ranks = _placed(rank.find_word_ranks(view), sentences, sent_starts)
    if word_ranks:
        # "cao nhất trong 63 tỉnh": the 63 is the rank's field, not a count of its own.
        rank_starts = [wr["start"] for wr in word_ranks]

        def inside_a_word_rank(d: dict) -> bool:
            i = bisect.bisect_right(rank_starts, d["num_start"]) - 1
            return i >= 0 and d["num_start"] < word_ranks[i]["end"]

        drafts = [d for d in drafts if not inside_a_word_rank(d)] + word_ranks
    drafts.sort(key=lambda d: d["start"])
    # A number inside another claim's span (the "244" of "241 xã … trong tổng số 244").
    kept: list[dict] = []
    for d in drafts:
        if kept and kept[-1]["num_start"] < d["num_start"] < kept[-1]["end"] and kept[-1]["kind"] == "fraction":
            continue
        kept.append(d)
    return kept


def _placed(found: list[dict], sentences, sent_starts) -> list[dict]:
    """Claims read from words alone ("một nửa số xã", "dẫn đầu"), each given its sentence
    (those outside every sentence dropped); they start where their words do."""
    out = []
    for d in found:
        si = _sentence_index(sent_starts, d["start"])
        if si is not None:
            d["num_start"] = d["start"]
            d["sentence"] = sentences[si]
            out.append(d)
    return out


def _read_kind(expr, view: DocView, s_start: int, s_end: int) -> dict | None:
    masked = view.masked
    d: dict = {"start": expr.start, "end": expr.end, "num_start": expr.start, "value": expr.value,
               "value_max": expr.value_max}
    r = rank.read(expr, view)
    if r is not None:
        d.update(r)
        return d
    if is_label(view, expr):
        return None
    for reader in _UNIT_READERS:
        r = reader(expr, view)
        if r is not None:
            d.update(r)
            break
    else:
        r = fraction.read(expr, view)
        if r is not None:
            d.update(r)
        else:
            if expr.form in ("fraction", "within"):
                return None
            span = noun_phrase.phrase_after(view, expr.end, s_end)
            if span is None:
                span = change_ctx.partner_subject(view, expr, s_end)
            tabled = money.table_money(expr, view) if span is None and count.is_table_cell(expr, view) else None
            linked = _scaled_after_link(view, expr, span)
            if tabled is None and linked:
                # "vùng 3 là 3,86 triệu và vùng 4 đạt 3,45 triệu đồng": the currency written once
                tabled = money.elided_currency(expr, view, s_start, s_end)
            if tabled is None and span is None:
                # "mức lương cơ sở 2,34 triệu": an amount named by a noun of money
                tabled = money.named_amount(expr, view, s_start)
            if tabled is None and span is not None:
                # "Nhận 100 nghìn quà 2/9", "500 nghìn tiền mặt": the money it is given in
                tabled = money.amount_of_money_noun(expr, view)
            if tabled is None and span is None:
                tabled = quantity.coefficient(expr, view)  # "hệ số lương 2,34"
            if tabled is not None:
                d.update(tabled)  # "| Vùng II | … | 4.410.000 | 21.200 |" under "mức lương … như sau:"
            else:
                counted = count.read(expr, view, span)
                if counted is not None and "value" in counted:
                    d["value"] = counted["value"]  # "1,250 hồ sơ": a thousands comma
                if counted is None:
                    bare_opener = span is None and ranges.opens_range(view, expr)
                    bare_closer = span is None and not bare_opener and ranges.closes_movement(view, expr)
                    total = _total_after_link(view, expr) if span is None else None
                    if not (count.is_milestone(expr, view) or count.is_table_cell(expr, view)
                            or linked or total is not None
                            or bare_opener or bare_closer):
                        return None
                    if not float(expr.value).is_integer() and count.is_table_cell(expr, view) \
                            and not (bare_opener or bare_closer):
                        return None  # "| 1,45 |" under "hệ số lương": a coefficient, no count
                    if bare_opener:
                        d["bare_opener"] = True
                    if bare_closer:
                        d["bare_closer"] = True
                    span = None
                    if total is not None:
                        span = _total_subject(view, total)
                        if _CHANGE_TO_TOTAL.search(view.masked, max(s_start, total.start() - 120), total.start()):
                            d["change"] = "to"  # "tăng thêm 4 Thứ trưởng để tổng số … là không quá 9"
                d["kind"] = "count"
                d["subject_span"] = span
                within = _WITHIN_AFTER_NOUN.match(masked, span[1]) if span else None
                if within:
                    # "241 xã, phường, thị trấn trong tổng số 244": x of y with the noun between.
                    d["kind"] = "fraction"
                    d["denominator"] = parse_digits(within.group(1))
                    d["end"] = within.end()
    if "plus" in d:
        d["value"] = d["value"] + d.pop("plus")
    if "factor" in d:
        factor = d.pop("factor")
        d["value"] = d["value"] * factor
        if d.get("value_max") is not None:
            d["value_max"] = d["value_max"] * factor
    # Qualifier before, bound after.
    q, qstart = qual_ctx.qualifier_before(masked, d["start"], expr.value, expr.end)
    qa, qend = qual_ctx.qualifier_after(masked, d["end"])
    span = d.get("subject_span")
    if qa is None and d.get("kind") == "count" and span and len(masked[span[0]:span[1]].split()) <= (
            _BOUND_NOUN_WORDS_AFTER_TU if qual_ctx.starts_with_tu(masked, expr.start) is not None else _BOUND_NOUN_WORDS):
        # "từ 45.000 người trở lên", "từ 15 biên chế công chức trở lên": the bound follows
        # the counted noun (a longer one when "từ" opens the bound)
        qa, qend = qual_ctx.qualifier_after(masked, span[1])
    if qa is not None:
        q = qa
        tu = qual_ctx.starts_with_tu(masked, expr.start)
        if tu is not None:
            qstart = tu
        d["end"] = qend
    if q is None and qual_ctx.estimate_before(masked, d["start"]):
        q, qstart = "approx", d["start"]
    if q is not None:
        d["qualifier"] = q
        d["start"] = min(d["start"], qstart)
    # Rate after the unit.
    per, pend = rate_ctx.rate_after(masked, d["end"])
    if per is not None:
        d["per"] = per
        d["end"] = pend
    return d


_WITHIN_AFTER_NOUN = re.compile(r"\s+trong\s+(?:tổng\s+)?số\s+(" + DIGITS + r")(?![\w]|[.,/]\d)")
_LINK_BEFORE_NUMBER = re.compile(r"(?<!\w)(?:đạt|là|lên\s+tới|lên\s+đến|khoảng|hơn|trên|gần)\s*$")
_SCALE_WORDS = re.compile(r"\s(?:nghìn|ngàn|vạn|triệu|tỷ|tỉ)$")


# "để tổng số Thứ trưởng Bộ Ngoại giao là không quá 7;": a total named before its link verb,
# the bare number closing the clause
_TOTAL_LINK_BEFORE = re.compile(
    r"(?<!\w)tổng\s+số\s+[^\d;.\n]{1,60}?\s+là\s+(?:(?:không\s+quá|tối\s+đa|khoảng|gần|hơn|trên)\s+)?$"
)
_CHANGE_TO_TOTAL = re.compile(r"(?<!\w)(?:tăng|giảm|bớt|bổ\s+sung|cắt\s+giảm)(?!\w)[^;.\n]{0,80}?(?<!\w)để\s+$")
_CLAUSE_CLOSE = re.compile(r"[ \t]*(?:[;.,)\n]|$)")


def _total_after_link(view: DocView, expr) -> re.Match | None:
    if _CLAUSE_CLOSE.match(view.masked, expr.end) is None:
        return None
    return _TOTAL_LINK_BEFORE.search(view.masked, max(0, expr.start - 90), expr.start) \
        or _NUMBER_OF_LINK_BEFORE.search(view.masked, max(0, expr.start - 90), expr.start)


# "Số đại biểu không tán thành là 0.": a sentence that opens with "Số <noun> …" and links it
# to a bare number closing the clause counts that noun
_NUMBER_OF_LINK_BEFORE = re.compile(
    r"(?:^|(?<=[.;:\n]))[ \t*>+•–-]*số\s+(?!(?:hiệu|điện|nhà|tài\s+khoản|định\s+danh|thứ\s+tự|\d))[^\W\d_][^\d;.:\n]{0,60}?\s+là\s+$"
)


def _total_subject(view: DocView, total: re.Match) -> tuple[int, int]:
    """"tổng số Thứ trưởng Bộ Ngoại giao là": the total and its noun, up to the body whose
    it is ("Bộ …", "Ngân hàng …"); "Số đại biểu không tán thành là": "Số" and its noun."""
    if total.re is _NUMBER_OF_LINK_BEFORE:
        lead = len(total.group()) - len(total.group().lstrip(" \t*>+•–-"))
        return subject_ctx.noun_phrase_at(view, total.start() + lead, total.end()) \
            or (total.start() + lead, total.end())
    end = total.start() + len("tổng số")
    for w in _WORD_RE.finditer(view.text, end, total.end()):
        if w.group().lower() in ("là", "của", "tại", "ở", "trên") or _OWNER_BODY.match(view.text, w.start()):
            break
        end = w.end()
    return total.start(), end


_WORD_RE = re.compile(r"[^\W\d_]+")
_OWNER_BODY = re.compile(r"(?:Bộ|Ngân\s+hàng|Ủy\s+ban|Văn\s+phòng|Tòa\s+án|Viện|Kiểm\s+toán|Thanh\s+tra|Cơ\s+quan)(?!\w)")


def _scaled_after_link(view: DocView, expr, span) -> bool:
    """"số tài khoản được kích hoạt đạt 52,6 triệu.": a scaled figure with no noun after it,
    reached through a linking verb, counts the thing named before the verb."""
    if span is not None or not _SCALE_WORDS.search(view.masked, expr.start, expr.end):
        return False
    return _LINK_BEFORE_NUMBER.search(view.masked, max(0, expr.start - 12), expr.start) is not None


@attrs.frozen
class _Context:
    """Per-document indexes of context cues, built once (context/cues.py)."""

    status: status_ctx.StatusReader
    scopes: status_scope.Scopes  # what governs a sentence from outside it (lists, headings …)
    phrases: noun_phrase.PhraseIndex
    rates: rate_ctx.RateIndex
    published: _dt.date | None
    dates: list = attrs.field(factory=list)
    text: str = ""  # the document as read (offsets of ``dates`` and of the figures)
    these: MatchIndex | None = None  # its "Nghị định này" mentions (legal_links.this_mentions)
    legal_refs: list = attrs.field(factory=list)  # its legal references, in text order
    as_of: _dt.date | None = None  # the publication date, else the mid-year the text names most
    _date_starts: list[int] = attrs.field(init=False)
    legal_ref_starts: list[int] = attrs.field(init=False)
    _refs: dict = attrs.field(factory=dict)

    @_date_starts.default
    def _starts_of_dates(self) -> list[int]:
        return [dm.start for dm in self.dates]

    @legal_ref_starts.default
    def _starts_of_refs(self) -> list[int]:
        return [r.start for r in self.legal_refs]

    def dates_in(self, sentence: tuple[int, int]) -> list:
        """The date mentions inside ``sentence``, in order (bisection over ``dates``)."""
        i = bisect.bisect_left(self._date_starts, sentence[0])
        j = bisect.bisect_left(self._date_starts, sentence[1])
        return self.dates[i:j]

    def sentence_refs(self, text: str, legal_refs: list[LegalRef], start: int, end: int) -> tuple[str, ...]:
        """:func:`_refs` once per sentence (a sentence may hold many figures)."""
        key = (start, end)
        if key not in self._refs:
            self._refs[key] = _refs(text, legal_refs, start, end, self.these)
        return self._refs[key]


def _to_metric(d: dict, view: DocView, ctx: _Context, legal_refs: list[LegalRef], dates, published) -> Metric:
    masked = view.masked
    s_start, s_end = d["sentence"]
    clause = s_start  # a figure's context runs back to its sentence start
    kind = d["kind"]
    subject = None
    if kind in _SUBJECT_KINDS:
        span = subject_ctx.subject_of(view, kind, d["start"], d["end"], d.get("subject_span"),
                                      (s_start, s_end), ctx.phrases)
        if span is not None:
            subject = view.text[span[0]:span[1]]
    per = d.get("per")
    if per is None and kind in ("count", "money", "percent", "quantity"):
        after_span = d.get("subject_span")
        if after_span is None and kind in ("money", "quantity"):
            # "1,2 triệu kWh điện mỗi tháng": the rate follows the measured thing's noun.
            after_span = noun_phrase.phrase_after(view, d["end"], s_end)
        sub_end = after_span[1] if after_span else d["end"]
        per = rate_ctx.rate_in_clause(masked, clause, d["start"], sub_end, ctx.rates, share=kind == "percent")
    period, as_of = time_ctx.time_context(view.text, dates, (s_start, s_end), d["start"], d["end"], published)
    noun = d.get("subject_span")
    refs = ctx.sentence_refs(view.text, legal_refs, s_start, s_end)
    ev = status_figure.decide(d, ctx, (s_start, s_end), kind, noun[1] if noun else None, period or as_of, refs)
    status = ev.status if ev else None
    direction, compared = None, None
    if kind != "deadline":
        direction, compared = change_ctx.delta_of(masked, d["start"], d["end"], noun[1] if noun else None, s_end)
        if compared is not None and compared[1] - compared[0] > 0:
            compared = view.text[compared[0]:compared[1]]
        else:
            compared = None
    return Metric(
        kind=kind,
        start=d["start"],
        end=d["end"],
        value=d.get("value"),
        value_max=d.get("value_max"),
        unit=d.get("unit"),
        denominator=d.get("denominator"),
        subject=subject,
        # "GRDP quý I dự kiến tăng 7,51%" read after the quarter: an estimate of the past
        qualifier=d.get("qualifier") or ("approx" if ev is not None and ev.rule == "past-estimate" else None),
        status=status,
        status_cue=_cue(ev, view.text),
        per=per,
        change=d.get("change"),
        change_id=d.get("change_id"),
        direction=direction,
        compared_to=compared,
        refs=refs,
        period=period,
        as_of=as_of,
        sentence=(s_start, s_end),
    )


def _remap_ref(r: LegalRef, norm) -> LegalRef:
    start, end = norm.span(r.start, r.end)
    return attrs.evolve(r, start=start, end=end, text=norm.original[start:end])
