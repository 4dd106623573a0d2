"""When the rules and changes a text reports take effect, against its publication date.

A rule that applies from a day still to come ("Luật … có hiệu lực từ ngày 1/1/2026"), a
quoted document whose own closing article puts it in force later ("Nghị định này có hiệu
lực thi hành từ ngày …"), a title announcing a change from a day after publication ("Tăng
30% lương cơ sở từ 1/7"), and, in a text without a date, a rule it says will take effect:
each is the evidence that the levels the text states are decided, not yet in force
(FORMAT.md: a figure standing after publication is never actual). context/status_scope.py
collects them per document; context/status_figure.py decides which figures they govern.
"""

from __future__ import annotations

import re

from ..kinds.base import alternation
from ..lexicon.status import DECISION_DOCS
from ..text.masks import MASK_CHAR
from .status import Evidence

Sentence = tuple[int, int]


# "Theo Thông tư số 10/2025/TT-BTC …, từ ngày 3.5.2025, mức phí … sẽ được áp dụng …",
# "Luật … có hiệu lực từ ngày 1/1/2026": a rule whose levels apply from a day still to come
START_BEFORE = re.compile(
    r"(?<!\w)(?:(?:(?P<in_force>có\s+hiệu\s+lực)(?:\s+thi\s+hành)?|áp\s+dụng|thực\s+hiện)\s+)?(?:kể\s+)?từ\s+(?:ngày\s+)?$"
)
_IN_FORCE_WORDS = re.compile(r"(?<!\w)hiệu\s+lực(?!\w)")
_RULE_DOC = re.compile(r"(?<!\w)(?:thông\s+tư|nghị\s+định|luật|nghị\s+quyết|quyết\s+định|quy\s+định|biểu\s+phí|"
                       r"lệ\s+phí|mức\s+phí|mức\s+thu)(?!\w)")
_RULE_WINDOW = 200  # characters around the start date where the rule is named
# a legal document named as the subject of "có hiệu lực" ("Quyết định 628/QĐ-BNV có hiệu lực từ …")
# — one document, written with its number (masked in the text read here: "\x1a\x1a… có hiệu
# lực"), not "Nghị định sẽ có hiệu lực …", which may be another than the one the figures are of
_DOC_IN_FORCE = re.compile(r"(?:^|(?<=[\n.;]))[ \t*]*" + MASK_CHAR + r"[^\n.;]{0,60}$")
_DOC_REACH = 70
_RULE_LEAD = 700  # characters: the title and lead of the article


# "Từ ngày 15/12/2025 Nghị định 282/2025/NĐ-CP sẽ có hiệu lực", "… sẽ có hiệu lực từ ngày …":
# the text itself says the rule is still to come, whenever it was written
_WILL_BE_IN_FORCE = re.compile(r"(?<!\w)sẽ\s+(?:chính\s+thức\s+)?có\s+hiệu\s+lực")
_WILL_REACH = 80  # characters between the start date and "sẽ có hiệu lực", either side
# a level a rule sets, named in a title: a fine, a fee, a wage, a rate, a tax
_TITLE_RULE_LEVEL = re.compile(r"(?<!\w)(?:phạt|mức\s+phạt|lệ\s+phí|mức\s+phí|phí|lương|mức\s+đóng|thuế|trợ\s+cấp)(?!\w)")


def _start_days_in_title(lower: str, title: Sentence, dates):
    """The title's dates led by a start word ("… từ ngày 15/12", "Tăng 30% lương cơ sở từ
    1/7"), in order, each with that word's match."""
    for d in dates or ():
        if d.start >= title[1]:
            break
        if d.start >= title[0] and d.iso:
            m = START_BEFORE.search(lower, max(title[0], d.start - 40), d.start)
            if m is not None:
                yield d, m


def said_to_come(lower: str, dates, title: Sentence | None) -> Evidence | None:
    """For a text without a publication date: a rule it says will take effect on a day, or
    a title that announces a rule's level from a day ("… bị phạt đến 4 triệu đồng từ ngày
    15/12?": pages like it are written ahead of the day they announce)."""
    if title is not None and _TITLE_RULE_LEVEL.search(lower, title[0], title[1]):
        for d, _ in _start_days_in_title(lower, title, dates):
            return Evidence("target", "rule-to-come", d.start, d.end)
    for d in dates or ():
        if not d.iso or len(d.iso) != 10:
            continue
        will = _WILL_BE_IN_FORCE.search(lower, max(0, d.start - _WILL_REACH), min(len(lower), d.end + _WILL_REACH))
        if will is not None and START_BEFORE.search(lower, max(0, d.start - 40), d.start) is not None:
            return Evidence("target", "rule-to-come", min(will.start(), d.start), max(will.end(), d.end))
    return None


def rule_to_come(lower: str, sentences: list[Sentence], dates, published) -> Evidence | None:
    """A document reporting a rule that takes effect after publication: the start date and
    the rule named near it (or in the title). Its levels are decided, not yet in force
    (FORMAT.md: a figure standing after publication is never actual; decided levels are
    targets)."""
    if published is None:
        return said_to_come(lower, dates, sentences[0] if sentences else None)
    pub = published.isoformat()
    title_end = sentences[0][1] if sentences else 0
    title_in_force = _IN_FORCE_WORDS.search(lower, 0, title_end) is not None
    title_rule = _RULE_DOC.search(lower, 0, title_end) is not None
    for d in dates or ():
        if not d.iso or len(d.iso) != 10 or d.iso <= pub:
            continue
        if d.start > _RULE_LEAD and not (title_in_force or title_rule):
            break
        start = START_BEFORE.search(lower, max(0, d.start - 40), d.start)
        if start is None or (d.start > _RULE_LEAD and start.group("in_force") is None):
            # the article is about the rule: its title or lead says when it applies, or its
            # title is about the rule's entry into force ("… trước ngày Luật BHXH có hiệu
            # lực") and the body gives the day in the rule's own words ("Luật … (có hiệu
            # lực từ ngày 01/7/2025)")
            continue
        if d.start > _RULE_LEAD and not title_in_force \
                and not _DOC_IN_FORCE.search(lower, max(0, start.start() - _DOC_REACH), start.start()):
            # a title naming a rule ("Quy định thủ tục hành chính …") and, in the body, a
            # document's own entry into force ("Quyết định 628/QĐ-BNV có hiệu lực từ 1/7/2025")
            continue
        if _RULE_DOC.search(lower, max(0, d.start - _RULE_WINDOW), min(len(lower), d.end + _RULE_WINDOW)) \
                or _RULE_DOC.search(lower, 0, title_end):
            return Evidence("target", "rule-to-come", start.start(), d.end)
    return None


# "Nghị định này có hiệu lực thi hành từ ngày 01/3/2025": the quoted document's own article
# on its entry into force ("này" points at the document itself, not at one it cites)
_OWN_EFFECT_BEFORE = re.compile(
    r"(?<!\w)" + alternation(DECISION_DOCS + ("thông tư", "luật", "quy định")) + r"\s+này\s+có\s+hiệu\s+lực"
    r"(?:\s+thi\s+hành)?\s+(?:kể\s+)?từ\s+(?:ngày\s+)?$"
)


def own_rule_ahead(lower: str, dates, published) -> Evidence | None:
    """The quoted document's own start date, when it falls after publication."""
    if published is None:
        return None
    pub = published.isoformat()
    for d in dates or ():
        if d.iso and len(d.iso) == 10 and d.iso > pub:
            m = _OWN_EFFECT_BEFORE.search(lower, max(0, d.start - 60), d.start)
            if m is not None:
                return Evidence("target", "rule-to-come", m.start(), d.end)
    return None


_LEVEL_CHANGE = re.compile(r"(?<!\w)(?:tăng|giảm|nâng|hạ|điều\s+chỉnh)(?!\w)")


def title_change_ahead(lower: str, title: Sentence, dates, published) -> Evidence | None:
    """A title announcing a change of level from a day after publication ("Tăng 30% lương cơ
    sở từ 1/7" published in June): the article is about a change still to come."""
    if published is None or _LEVEL_CHANGE.search(lower, title[0], title[1]) is None:
        return None
    pub = published.isoformat()
    for d, m in _start_days_in_title(lower, title, dates):
        if len(d.iso) == 10 and d.iso > pub:
            return Evidence("projected", "future", m.start(), d.end)
    return None


# "Như vậy, theo quy định thì … sẽ gồm 12 số", "Theo tiết b tiểu mục 3.1 Mục 3 Nghị quyết
# 27-NQ/TW … quy định cải cách tiền lương sẽ xây dựng 05 bảng lương mới": a "sẽ" whose clause
# names a rule or a decision as its source states a level the rule sets, no forecast
_SOURCE = re.compile(r"(?<!\w)theo\s+(?:quy\s+định|(?:tinh\s+thần\s+)?(?P<doc>" + MASK_CHAR + r"|[^\W\d_]))")
_SOURCE_BREAK = re.compile(r"[,;:(]\s*$")
SOURCE_REACH = 200  # characters before "sẽ": the clause that names its source
_PROVISION_PATH = re.compile(r"(?:(?:điểm|khoản|điều|tiết|tiểu\s+mục|mục|chương|phần|phụ\s+lục)\s+[\w.]+\s+(?:của\s+)?)+")
_SOURCE_DOC = re.compile(r"(?:nghị\s+quyết|nghị\s+định|bộ\s+luật|luật|thông\s+tư|quyết\s+định|kết\s+luận)(?!\w)")


def source_rule(lower: str, text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The span of "theo quy định" / "theo [provisions of] <document>" that opens the clause
    in ``[lo, hi)`` (not a noun's "… theo quy định của Bộ luật …" inside it), or None."""
    for src in _SOURCE.finditer(lower, lo, hi):
        if lower[lo:src.start()].strip(" \t*_-+•–") and not _SOURCE_BREAK.search(lower, max(lo, src.start() - 3), src.start()):
            continue
        if src.group("doc") is None:
            return src.start(), src.end()
        at = src.start("doc")
        head = text[at:at + 80].lower()
        path = _PROVISION_PATH.match(head)
        doc = _SOURCE_DOC.match(head, path.end() if path else 0)
        if doc is not None:
            return src.start(), at + doc.end()
    return None
