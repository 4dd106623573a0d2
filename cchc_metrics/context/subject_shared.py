"""Subjects figures take from one another, after each was read on its own
(context/subject.py): a percent that names nothing takes the subject of the count or amount
it qualifies ("giải quyết 2.315/2.315 hồ sơ (100%)" → "hồ sơ"), "tỷ lệ này" the share named
before it, an elliptical scoring clause's bare percent the share of the clause before, and
the cells of a table row the parts of a coordinated column name."""

from __future__ import annotations

import re

import attrs

from ..kinds.base import alternation
from ..lexicon.phrases import ELLIPTIC_GAP_WORDS
from .noun_phrase import MAX_WORDS, NUMBERISH, RATE_NAME_EXTRA, RATE_NAME_STOP, SHARE_STOP, TOKEN, phrase_after
from .subject import ANAPHOR, MEASURE_LINK_AT, OCCUPY_BEFORE

_PAREN_SHARE = re.compile(
    r"\s*[(,;]?\s*(?:\(\s*)?(?:(?:đạt|chiếm|bằng)(?:\s+(?:tỷ|tỉ)\s+lệ)?|(?:tỷ|tỉ)\s+lệ)?\s*$"
)
# "9.876 hồ sơ nộp trực tuyến (chiếm 80,1%)": a share in brackets right after the count.
# FORMAT.md's own "giảm 96 phòng (giảm 31,5%)" → "phòng": the verb of change may open it too
_OPEN_PAREN_SHARE = re.compile(r"\(\s*(?:tỷ\s+lệ|tỉ\s+lệ|đạt|chiếm|bằng|(?:cắt\s+)?giảm|tăng)?\s*$")
# "436/438 đại biểu tham gia biểu quyết tán thành, đạt tỷ lệ 99,54%", "… hồ sơ, tương ứng
# 62,5%": a percent that names nothing of its own, after a clause about the count
_SHARE_OF_CLAUSE = re.compile(
    r"(?:(?:đạt|chiếm|bằng)\s+(?:tỷ|tỉ)\s+lệ|tương\s+ứng(?:\s+(?:với|là|giảm|tăng))?|(?:tỷ|tỉ)\s+lệ"
    r"|,\s*chiếm(?:\s+(?:khoảng|gần|hơn|trên))?)\s*$"  # "425/433 đại biểu … tán thành, chiếm 89,85%"
)
_SHARE_GAP = 90
# Words that only measure a score or a result (FORMAT.md: they give way to what the clause
# names), and the indexes of the genre named by their acronym, with or without "chỉ số"
_MEASURE_ONLY = ("kết quả", "điểm", "điểm số", "số điểm")
_INDEX_NAME = re.compile(
    r"(?:[Cc]hỉ\s+số\s+)?(?:PAR\s+(?:INDEX|Index|index)|SIPAS|PAPI|PCI|DTI|PGI|ICT\s+(?:INDEX|Index))"
)


def _rate_named_before(view, lo: int, hi: int) -> str | None:
    """The first "tỷ lệ …" of more than its two words named between ``lo`` and ``hi``."""
    for sw in _SHARE_WORD.finditer(view.masked, lo, hi):
        named = _rate_phrase(view, sw, hi, RATE_NAME_STOP, MAX_WORDS + RATE_NAME_EXTRA)
        if named is not None:
            return named
    return None


def _rate_phrase(view, share_word: re.Match, hi: int, stops: re.Pattern[str], max_words: int) -> str | None:
    """The words of a share named from ``share_word`` ("tỷ lệ") up to a stop, a number or
    punctuation before ``hi``, as written; None when there are none or too many."""
    lower = view.masked
    end = _PHRASE_END.search(lower, share_word.end(), hi)
    limit = end.start() if end else hi
    words = []
    for tok in TOKEN.finditer(lower, share_word.end(), limit):
        if not tok.group()[0].isalnum() or NUMBERISH.match(tok.group()) or stops.match(lower, tok.start()):
            break
        words.append(tok)
    if not words or len(words) > max_words:
        return None
    return view.text[share_word.start():words[-1].end()]


def _named_index(view, lo: int, hi: int) -> str | None:
    """The last index of the genre named between ``lo`` and ``hi`` ("chỉ số PAR INDEX")."""
    last = None
    for last in _INDEX_NAME.finditer(view.text, lo, hi):
        pass
    return last.group() if last is not None else None


# "10.072 hồ sơ nộp trực tuyến, đạt 71,3%", "418/423 ĐBQH tham gia biểu quyết tán thành,
# đạt 99%": a bare share reached after the count's own clause is the count's (FORMAT.md: a
# percent that names nothing takes the subject of the figure it qualifies); a comma before
# it ("42.615/45.030 hồ sơ, kết quả giải quyết …, đạt 94,6%") joins more to what is counted
_REACHED_SHARE = re.compile(r"^[^,]*,\s*đạt(?:\s+(?:khoảng|gần|hơn|trên|xấp\s+xỉ))?\s*$")
# "… là 508.553 tỷ đồng, đạt 105,3% dự toán, tăng 13,3% so cùng kỳ": a share of the plan
# between a figure and its rate of change
_PLAN_SHARE_LINK = re.compile(r"[ \t]*,[ \t]*(?:đạt|bằng)(?:[ \t]+(?:khoảng|gần|hơn|trên))?[ \t]*$")
_BARE_SHARES = ("tỷ lệ", "tỉ lệ")
_ANAPHOR_REACH = 600


# the gap between two percents of one elliptical scoring clause: its words, numbers, the
# clause break ";" or "," — no noun of its own, no new line (a table's next cell)
_ELLIPTIC_GAP = re.compile(
    r"(?:[ \t;,%]|\d+(?:[.,]\d+)*|" + alternation(ELLIPTIC_GAP_WORDS) + r"(?!\w))*"
)
_ELLIPTIC_REACH = 160
# "cứ thêm 5%", "cứ giảm 1%": the step of a scoring rule
_STEP_BEFORE = re.compile(r"(?<!\w)cứ\s+(?:thêm|giảm|tăng)\s*$")
_STEP_REACH = 600  # characters: the item of the rule that names the rate


def _elliptic_share(masked: str, out: list, i: int) -> str | None:
    """The share an elliptical clause's bare percent points back to: "Tỷ lệ lao động phi
    nông nghiệp từ 50% trở xuống được tính 3 điểm; trên 50% thì cứ thêm 5% …" → both
    later percents are "Tỷ lệ lao động phi nông nghiệp"."""
    m = out[i]
    for j in range(i - 1, -1, -1):
        prev = out[j]
        if prev.sentence != m.sentence or m.start - prev.end > _ELLIPTIC_REACH:
            return None
        if prev.kind != "percent":
            continue  # the points scored between ("được tính 3 điểm") are part of the gap
        if prev.subject is None:
            return None
        if masked.find(prev.subject.lower(), prev.end, m.start) >= 0:
            # named after the first percent ("Có từ 20% đến 30% dân số là người dân tộc thiểu
            # số được tính 1 điểm; trên 30% thì cứ thêm 5% …"): the clause after ";" names
            # nothing of its own
            semi = masked.rfind(";", prev.end, m.start)
            return prev.subject if semi >= 0 and _ELLIPTIC_GAP.fullmatch(masked, semi + 1, m.start) else None
        return prev.subject if _ELLIPTIC_GAP.fullmatch(masked, prev.end, m.start) else None
    return None


# "quy định mức lương tối thiểu tháng và mức lương tối thiểu giờ … như sau:" over rows
# "Vùng I | 5.310.000 | 25.500 |": the coordinated names of the columns, one to a cell
_PART_SPLIT = re.compile(r"\s*(?:,\s*|\s+và\s+)")


def _column_subjects(out: list, view) -> list:
    """Cells of one table row that took the same coordinated subject ("A và B") take its
    parts in order, when the row has as many such cells as the name has parts."""
    text = view.text
    i = 0
    while i < len(out):
        m = out[i]
        subj = m.subject
        line_start = text.rfind("\n", 0, m.start) + 1
        line_end = text.find("\n", m.end)
        line_end = len(text) if line_end < 0 else line_end
        j = i
        while j + 1 < len(out) and out[j + 1].start < line_end and out[j + 1].subject == subj:
            j += 1
        if subj and j > i and "|" in text[line_start:line_end]:
            parts = _PART_SPLIT.split(subj)
            if len(parts) == j - i + 1 and all(len(p.split()) >= 2 for p in parts):
                for k in range(i, j + 1):
                    out[k] = attrs.evolve(out[k], subject=parts[k - i])
        i = j + 1
    return out


def shared_subjects(metrics: list, view) -> list:
    """Subjects a figure takes from another: a percent that names nothing takes the subject
    of the count or fraction it qualifies ("giải quyết 2.315/2.315 hồ sơ (100%)" → "hồ
    sơ"); "tỷ lệ này" takes the share named before it."""
    masked = view.masked
    out = list(metrics)
    for i in range(len(out)):
        m = out[i]
        if m.kind != "percent":
            continue
        subj = (m.subject or "").lower()
        if ANAPHOR.fullmatch(subj):
            ante = _antecedent_share(view, m.start, out[:i])
            if ante is not None:
                out[i] = attrs.evolve(m, subject=ante)
            continue
        if subj in _BARE_SHARES and m.sentence is not None \
                and (named := _rate_named_before(view, m.sentence[0], m.start)) is not None:
            # "Tỷ lệ giải quyết hồ sơ đúng hạn đạt tỷ lệ cao, trung bình đạt 99%": a bare
            # "tỷ lệ" is the rate the sentence named before it
            out[i] = attrs.evolve(m, subject=named)
            continue
        if subj in _MEASURE_ONLY and m.sentence is not None:
            index = _named_index(view, m.sentence[0], m.start)
            if index is not None:
                # "Theo kết quả xếp hạng chỉ số PAR INDEX …, với kết quả đạt 91.80%", "(90,10%
                # điểm)": a word that only measures gives way to the index the sentence names
                out[i] = attrs.evolve(m, subject=index)
                continue
        if i == 0:
            continue
        if m.subject is None and (named := _elliptic_share(masked, out, i)) is not None:
            out[i] = attrs.evolve(m, subject=named)
            continue
        if m.sentence is not None and _STEP_BEFORE.search(masked, max(0, m.start - 16), m.start) \
                and (named := _rate_named_before(view, max(m.sentence[0], m.start - _STEP_REACH), m.start)) is not None:
            # "… từ mức bình quân chung trở xuống được tính 2 điểm; trên mức bình quân chung
            # thì cứ thêm 2% …": each step is of the rate the rule names, not of its bound
            out[i] = attrs.evolve(m, subject=named)
            continue
        prev = out[i - 1]
        bare = m.subject is None or subj in _BARE_SHARES
        change_from = _subject_end(masked, prev)
        if prev.kind == "percent" and i >= 2 and prev.sentence == m.sentence and prev.subject is not None \
                and out[i - 2].kind in ("count", "money") and out[i - 2].sentence == m.sentence \
                and _subject_end(masked, out[i - 2]) <= prev.start \
                and _PLAN_SHARE_LINK.match(masked, _subject_end(masked, out[i - 2]), prev.start) \
                and _CHANGE_AFTER.fullmatch(masked, change_from, m.start):
            prev = out[i - 2]  # the rate of change is the amount's, past its share of the plan
            change_from = None
        if prev.kind in ("count", "money") and prev.subject is not None and prev.sentence == m.sentence \
                and (change_from is None or _CHANGE_AFTER.fullmatch(masked, change_from, m.start)) \
                and (m.subject is None or masked.find(subj, prev.start, m.start) >= 0
                     or not MEASURE_LINK_AT.search(masked, max(0, prev.start - 30), prev.start)):
            # (the subject of a clause that the count measures stays: "lượng giao dịch căn
            # hộ đạt 34.461 giao dịch, tăng 33%")
            # "với quy mô hơn 3.800 căn, tăng 40%", "hơn 33.000 giao dịch thành công về căn hộ
            # chung cư, nhà ở riêng lẻ, tăng 32% so với quý IV": the rate of change of the
            # figure just named (FORMAT.md: "Thu ngân sách … đạt 12.000 tỷ đồng, tăng 34,4%")
            out[i] = attrs.evolve(m, subject=prev.subject)
            continue
        # "vốn vay là 1.579,96 tỷ đồng, chiếm 59,4%": an amount's share of a whole
        kinds = ("count", "fraction", "money") if OCCUPY_BEFORE.search(masked, max(0, m.start - 24), m.start) \
            else ("count", "fraction")
        if prev.kind not in kinds or prev.subject is None or prev.sentence != m.sentence:
            continue
        gap_start = prev.end
        at = masked.find(prev.subject.lower(), prev.end, m.start)
        if at >= 0:
            gap_start = at + len(prev.subject)
        gap = masked[gap_start:m.start]
        if len(gap) > _SHARE_GAP or any(c in gap for c in ";."):
            continue
        if not bare:
            # a subject the clause lent ("Toàn tỉnh có 2.186/2.241 trường học …, đạt 97,5%")
            # gives way to the count's; one named after the share stays ("đạt 71,3% kế hoạch")
            # (and so does one lent to a share in brackets right after the count: "Huyện giảm 96
            # phòng (giảm 31,5%)" → "phòng", FORMAT.md's own example)
            if (_REACHED_SHARE.search(gap) or (len(gap) <= 40 and _OPEN_PAREN_SHARE.search(gap))) \
                    and phrase_after(view, m.end, m.sentence[1]) is None:
                out[i] = attrs.evolve(m, subject=prev.subject)
            continue
        if (len(gap) <= 20 and _PAREN_SHARE.match(gap)) or (len(gap) <= 40 and _OPEN_PAREN_SHARE.search(gap)) \
                or _SHARE_OF_CLAUSE.search(gap) or _REACHED_SHARE.search(gap):
            out[i] = attrs.evolve(m, subject=prev.subject)
    return _column_subjects(out, view)


# the rest of the figure's noun phrase may stand between ("… giao dịch đất nền thành công,
# tăng hơn 16%"), but no other measure ("đạt", "chiếm", "là", a number)
_CHANGE_AFTER = re.compile(
    r"(?:(?!(?<!\w)(?:là|đạt|chiếm|bằng|tăng|giảm)(?!\w))[^\W\d_]|[ \t,]){0,60}?"
    r",[ \t]*(?:tăng|giảm)(?:[ \t]+(?:hơn|gần|khoảng|trên|thêm))?[ \t]*"
)


def _subject_end(masked: str, fig) -> int:
    """Where a figure's own words end: its subject when written right after it."""
    if fig.subject is None:
        return fig.end
    at = masked.find(fig.subject.lower(), fig.end, fig.end + 4 + len(fig.subject))
    return at + len(fig.subject) if at >= 0 else fig.end


_SHARE_WORD = re.compile(r"(?<!\w)(?:tỷ|tỉ)\s+lệ(?!\s+(?:này|đó|trên|nói\s+trên))(?!\w)")
_PHRASE_END = re.compile(r"[.;:,()\n]")


def _antecedent_share(view, pos: int, before: list) -> str | None:
    """The share "tỷ lệ này" points back to: the last "tỷ lệ …" named shortly before
    ``pos`` — a figure's subject, or the phrase in the text where no figure stood."""
    for m in reversed(before):
        if pos - m.end > _ANAPHOR_REACH:
            break
        subj = (m.subject or "").lower()
        if subj.startswith(_BARE_SHARES) and len(subj.split()) > 2 and not ANAPHOR.fullmatch(subj):
            return m.subject
    lo = max(0, pos - _ANAPHOR_REACH)
    last = None
    for last in _SHARE_WORD.finditer(view.masked, lo, max(lo, pos - 12)):
        pass
    if last is None:
        return None
    return _rate_phrase(view, last, pos, SHARE_STOP, MAX_WORDS)
