"""Bulletin structure: table of contents, sections, articles, outlets.

A CCHC bulletin ("Bản tin cải cách hành chính", "Điểm báo", "Tuần tin") opens with a table of
contents — numbered titles ("1.  Khắc phục …"), a markdown table from PDF conversion
("| 1. Hà Nội … ..... | 1 |") or dashed items ("- Các bộ, ngành …") — grouped under section
headings in capitals (CẢI CÁCH ĐỊA PHƯƠNG, TIN CẢI CÁCH HÀNH CHÍNH TRUNG ƯƠNG). The body
repeats each title as a heading line (sometimes with markdown "###", "**", or a typo fixed),
then the article, which often ends with its outlet and date: "(Baodongnai.com.vn 01/4, Ngọc
Liên)", "Nguồn: tcnn.vn", "[Về đầu trang](#)".

A document without such a table of contents is one article spanning the whole text.

``parse_document`` returns a list of :class:`Article` (a ``list`` subclass that also keeps
the table-of-contents entries, used by :func:`toc_target`).
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from difflib import SequenceMatcher

from ..records import Article

_LINE = re.compile(r"[^\n]*(?:\n|$)")
_MD = re.compile(r"[#*_`>]+|\[Về đầu trang\]\(#\)|\[|\]\([^)]*\)")
_TABLE_ROW = re.compile(r"^\s*\|(?P<cell>[^|]*)\|(?:\s*(?P<page>\d*)\s*\|)?\s*$")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}")
_NUMBERED = re.compile(r"^\s*(?P<num>\d{1,2})[.)]\s+(?P<title>\S.*)$")
_DASHED = re.compile(r"^\s*[-–•+]\s+(?P<title>\S.*)$")
_LEADER = re.compile(r"\s*(?:\.{3,}|…+)\s*\d*\s*$")
_KEY_DROP = re.compile(r"[^\w]+")
_OUTLET_PAREN = re.compile(
    r"\((?P<outlet>[A-Za-zĐđ][\w\-]*(?:\.[A-Za-z]{2,})+)\s+(?P<date>\d{1,2}[/-]\d{1,2}(?:[/-]\d{2,4})?)"
    r"(?:\s*,\s*[^)]{0,60})?\)"
)
_OUTLET_SOURCE = re.compile(r"^\s*\**(?:Nguồn|Theo)\s*:\s*(?P<outlet>[^\n*]{2,300}?)\**\s*$", re.M)
_TITLE_MAX_CHARS = 250
_MATCH_RATIO = 0.85


# Every _MD match starts with one of these characters, every _LEADER match holds "..." or
# "…": lines without them are left as they are without running the substitution.
_MD_CHAR = re.compile(r"[#*_`>\[\]]")


def _md_sub(s: str) -> str:
    return _MD.sub("", s) if _MD_CHAR.search(s) else s


def _leader_sub(s: str) -> str:
    return _LEADER.sub("", s) if ("..." in s or "…" in s) else s


def _clean(line: str) -> str:
    """A line without markdown, table pipes, numbering and dot leaders."""
    s = _md_sub(line).strip()
    m = _TABLE_ROW.match(line)
    if m:
        s = _md_sub(m.group("cell")).strip()
    s = _leader_sub(s)
    m = _NUMBERED.match(s) or _DASHED.match(s)
    if m:
        s = m.group("title")
    return s.strip()


def _key(s: str) -> str:
    return _KEY_DROP.sub(" ", unicodedata.normalize("NFC", s).lower()).strip()


def _is_caps_heading(s: str) -> bool:
    # cheap tests first: most lines are long paragraphs
    if len(s) > 120 or not s.isupper() or len(s.split()) < 2:
        return False  # (not isupper: a lower-case letter, or no cased letter at all)
    letters = [c for c in s if c.isalpha()]
    return len(letters) >= 6 and all(c.isupper() for c in letters)


class Articles(list):
    """The articles of a document; ``toc`` holds ``(start, end, article_index)`` entries."""

    toc: list[tuple[int, int, int]]

    def __init__(self, items=(), toc=None):
        super().__init__(items)
        self.toc = sorted(toc or [])
        self._starts: list[int] | None = None
        self._toc_starts = [t[0] for t in self.toc]
        self._by_index = None

    def starts(self) -> list[int]:
        """Article starts, sorted (articles never change once parsed)."""
        if self._starts is None or len(self._starts) != len(self):
            self._starts = [a.start for a in self]
        return self._starts


def _similar(a: str, b: str) -> bool:
    if not a or not b:
        return False
    if a == b:
        return True
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if len(short) >= 25 and long_.startswith(short):
        return True  # one of them truncated
    if abs(len(a) - len(b)) > 0.2 * max(len(a), len(b)) + 3:
        return False
    sm = SequenceMatcher(None, a, b, autojunk=False)
    return sm.real_quick_ratio() >= _MATCH_RATIO and sm.quick_ratio() >= _MATCH_RATIO and sm.ratio() >= _MATCH_RATIO


def parse_document(text: str) -> Articles:
    """Split a bulletin into its articles (one article when there is no table of contents)."""
    lines: list[tuple[int, int, str, str]] = []  # start, end (no newline), raw, cleaned
    for m in _LINE.finditer(text):
        if m.start() == len(text):
            break
        raw = m.group().rstrip("\n")
        lines.append((m.start(), m.start() + len(raw), raw, _clean(raw)))

    # 1. table-of-contents entries: numbered / table / dashed short lines whose title
    #    comes back later as a line of its own.
    toc_idx: list[int] = []
    for i, (_s, _e, raw, clean) in enumerate(lines):
        if not clean or len(clean) > _TITLE_MAX_CHARS or _is_caps_heading(clean):
            continue
        if _TABLE_ROW.match(raw) or _NUMBERED.match(_md_sub(raw)) or _DASHED.match(raw):
            toc_idx.append(i)
    entries: list[tuple[int, int]] = []  # (toc line index, body line index)
    cursor = (toc_idx[-1] + 1) if toc_idx else len(lines)
    if toc_idx:
        # only lines short enough to be a title are ever compared: key those alone
        keys = [_key(ln[3]) if len(ln[3]) <= _TITLE_MAX_CHARS + 20 else "" for ln in lines]
        # body starts after the last TOC-looking line of the leading block
        block_end = toc_idx[0]
        for i in toc_idx:
            if i - block_end > 6:
                break
            block_end = i
        cursor = block_end + 1
        for i in toc_idx:
            if i > block_end:
                break
            k = keys[i]
            for j in range(cursor, len(lines)):
                c = lines[j][3]
                if not c or len(c) > _TITLE_MAX_CHARS + 20:
                    continue
                if _similar(k, keys[j]):
                    entries.append((i, j))
                    cursor = j + 1
                    break
    if len(entries) < 2:
        art = _single(text, lines)
        return Articles([art])

    # 2. section headings in capitals in the body
    # (a capitals line in the body is a section heading when the table of contents lists it
    # too; otherwise it may be a subheading inside an article, "GIẢI NGÂN VỐN ĐẦU TƯ CÔNG")
    body_line = entries[0][1]
    toc_caps = {_key(ln[3]) for ln in lines[:body_line] if _is_caps_heading(ln[3])}
    sections = [
        (s, clean)
        for n_, (s, _e, _raw, clean) in enumerate(lines)
        if _is_caps_heading(clean) and (n_ >= body_line - 3 or not toc_caps)
        and (not toc_caps or _key(clean) in toc_caps)
    ]
    sec_starts = [s for s, _ in sections]
    title_starts = [lines[j][0] for _, j in entries]

    from ..context.places import find_places  # local import: places imports records only

    arts: list[Article] = []
    toc: list[tuple[int, int, int]] = []
    for n, (i, j) in enumerate(entries):
        start = lines[j][0]
        end = title_starts[n + 1] if n + 1 < len(entries) else len(text)
        k = bisect.bisect_right(sec_starts, start)
        if k < len(sec_starts) and sec_starts[k] < end:
            end = sec_starts[k]
        section = sections[k - 1][1] if k > 0 else None
        title = lines[j][3]
        outlet, date = _outlet(text, start, end)
        arts.append(
            Article(
                index=n,
                start=start,
                end=end,
                title=title,
                outlet=outlet,
                date=date,
                section=_section_name(section),
                locality=_title_locality(title, find_places),
            )
        )
        toc.append((lines[i][0], lines[i][1], n))
    return Articles(arts, toc)


def _section_name(s: str | None) -> str | None:
    if not s:
        return None
    return _leader_sub(s).strip(" .") or None


def _single(text: str, lines) -> Article:
    from ..context.places import find_places

    title = next((ln[3] for ln in lines if ln[3]), None)
    outlet, date = _outlet(text, 0, len(text))
    return Article(
        index=0,
        start=0,
        end=len(text),
        title=title,
        outlet=outlet,
        date=date,
        section=None,
        locality=_title_locality(title, find_places) if title else None,
    )


def _outlet(text: str, start: int, end: int) -> tuple[str | None, str | None]:
    outlet = date = None
    for m in _OUTLET_PAREN.finditer(text, start, end):
        outlet, date = m.group("outlet"), m.group("date")
    for m in _OUTLET_SOURCE.finditer(text, start, end):
        if m.start() >= start and m.end() <= end:
            outlet, date = m.group("outlet").strip(), None
    return outlet, date


def _title_locality(title: str | None, find_places) -> str | None:
    if not title:
        return None
    for p in find_places(title):
        if p.province:
            return p.province
    return None


def article_at(articles: list[Article], pos: int) -> Article | None:
    """The article whose span contains ``pos`` (None in the masthead or table of contents)."""
    starts = articles.starts() if isinstance(articles, Articles) else [a.start for a in articles]
    i = bisect.bisect_right(starts, pos) - 1
    if i >= 0 and articles[i].start <= pos < articles[i].end:
        return articles[i]
    return None


def toc_target(articles: list[Article], pos: int) -> Article | None:
    """The body article that the table-of-contents entry at ``pos`` summarises."""
    if not isinstance(articles, Articles) or not articles.toc:
        return None
    i = bisect.bisect_right(articles._toc_starts, pos) - 1
    if i < 0:
        return None
    s, e, n = articles.toc[i]
    if not s <= pos <= e:
        return None
    if articles._by_index is None:
        articles._by_index = {a.index: a for a in articles}
    return articles._by_index.get(n)


HEADING_WORDS = 25  # syllables
HEADING_CHARS = 160


def is_heading(lower: str, s: int, e: int) -> bool:
    """Does the sentence stand on a short line without final punctuation (markdown marks
    allowed; a markdown heading or bold line may end with "?", as Q&A pages write them)?
    The line counts, not the sentence: "II. NHIỆM VỤ …" splits after "II."."""
    if e - s > HEADING_CHARS:
        return False
    lo = max(0, s - HEADING_CHARS)  # bounded look-ups: a long line is no heading anyway
    ls = lower.rfind("\n", lo, s) + 1
    if ls == 0 and lo > 0:
        return False
    le = lower.find("\n", e, e + HEADING_CHARS + 1)
    if le < 0:
        if e + HEADING_CHARS < len(lower):
            return False
        le = len(lower)
    if le - ls > HEADING_CHARS:
        return False
    raw = lower[ls:le].strip()
    line = raw.strip(" \t*#")
    if not line or len(line.split()) > HEADING_WORDS:
        return False
    marked = raw.startswith("#") or (raw.startswith("**") and raw.endswith("**"))
    return line[-1] not in ".;:!?," or (marked and line[-1] == "?")
