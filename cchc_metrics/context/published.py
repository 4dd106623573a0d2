"""The publication date of a text, read from its header, and the year an undated text is
read as of.

A text's own date decides what its figures mean (FORMAT.md: a figure standing after
publication is never actual), so a day that starts or ends something ("Từ 15/12/2025, …",
"trước ngày 01/7/2025") is no issue date, and a header that says "Ngày: unknown" has none.
The date grammar (``_DM``, the separators) is :mod:`.dates`'s.
"""

from __future__ import annotations

import datetime as _dt
import re

from ..lexicon.calendar import WEEKDAYS
from .dates import _DM, _O, _S
from .periods import period_end

_PUB_ISO = re.compile(r"(?im)^(?:ngày|date|published)\s*:\s*(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)\s*$")
_DMY_ANY = r"(?P<d>0?[1-9]|[12]\d|3[01])[/.\-](?P<m>0?[1-9]|1[0-2])[/.\-](?P<y>(?:19|20)\d\d)(?!\d)"
_PUB_STRONG = re.compile(
    rf"(?im)^[^\S\n]*(?:"
    rf"(?:phát{_S}hành|ngày{_S}phát{_S}hành|cập{_S}nhật|đăng{_S}ngày)\s*:?{_O}(?:ngày{_S})?"
    rf"|(?:\d{{1,2}}:\d{{1,2}}{_O},{_O})?(?:{'|'.join(w.replace(' ', _S) for w in WEEKDAYS[:8])}){_O},{_O}"
    rf"|\d{{1,2}}:\d{{1,2}}{_O},{_O}(?:ngày{_S})?"
    rf")" + _DMY_ANY
)
_PUB_BULLETIN = re.compile(rf"(?i)(?:bản{_S}tin|điểm{_S}báo|số\s+\d+)[^\n]{{0,80}}?ngày{_S}" + _DMY_ANY)
_PUB_ISSUE_MONTH = re.compile(
    rf"(?i)(?<![^\W_])số{_S}\d+\s+(?:[^\n]{{0,20}}\s+)?tháng{_S}(?P<m>0?[1-9]|1[0-2]){_O}[/\-]{_O}(?P<y>(?:19|20)\d\d)"
)
_PUB_URL_MONTH = re.compile(r"(?i)(?:nguồn|source)\s*:[^\n]*?/(?P<y>20\d\d)(?P<m>0[1-9]|1[0-2])/")
_PUB_ANY = re.compile(_DMY_ANY)
_PUB_UNKNOWN = re.compile(r"(?im)^(?:ngày|date|published)\s*:\s*(?:unknown|không\s+rõ|n/a)\s*$")
_NOT_ISSUE_BEFORE = re.compile(r"(?<![^\W_])(?i:từ|kể\s+từ|đến|tới|trước|sau|hết|hạn|chậm\s+nhất)(?:\s+(?i:ngày))?\s*$")


def _mk(y: str, m: str, d: str) -> _dt.date | None:
    try:
        return _dt.date(int(y), int(m), int(d))
    except ValueError:
        return None


def infer_published(text: str) -> _dt.date | None:
    """The issue date from the document's header lines (first ~1500 characters).

    Order: an ISO "Ngày: 2024-06-11" line; a date line ("Phát hành: 01/4/2024",
    "Thứ ba, 16/07/2024 13:45", "22:10, ngày 24-12-2018", "11:3, Thứ Ba, 11-6-2024");
    a bulletin title "Bản tin … ngày 11/6/2024"; an issue "SỐ 28 THÁNG 7-2024" (the
    last day of that month: a monthly bulletin reports up to its end, as the gold has
    it); a news URL's /YYYYMM/ folder (its first day); the first full date in the header.
    """
    head = text[:1500]
    if _PUB_UNKNOWN.search(head):
        return None  # the header says so ("Ngày: unknown"): no other date is the issue's
    for pat in (_PUB_ISO, _PUB_STRONG, _PUB_BULLETIN):
        m = pat.search(head)
        if m:
            got = _mk(m.group("y"), m.group("m"), m.group("d"))
            if got:
                return got
    m = _PUB_ISSUE_MONTH.search(head)
    if m:
        return period_end(f"{int(m.group('y')):04d}-{int(m.group('m')):02d}")
    m = _PUB_URL_MONTH.search(head)
    if m:
        y, mo = int(m.group("y")), int(m.group("m"))
        # the lede's own day ("Ngày19-4, Bộ Nội vụ …") when it is in that month
        for dm in _DM.finditer(text, m.end(), min(len(text), m.end() + 600)):
            if (dm.group("ngay") or dm.group("ngay2")) and int(dm.group("m") or dm.group("m2")) == mo:
                got = _mk(str(y), str(mo), dm.group("d") or dm.group("d2"))
                if got:
                    return got
        return _dt.date(y, mo, 1)
    for m in _PUB_ANY.finditer(text[:600]):
        if _NOT_ISSUE_BEFORE.search(text, max(0, m.start() - 14), m.start()):
            continue  # "Từ 15/12/2025, …", "trước ngày 01/7/2025": a start or a due day, not the issue's
        return _mk(m.group("y"), m.group("m"), m.group("d"))
    return None


# A text with no date of its own ("Ngày: unknown", a copied page) is read as of the year it
# names most ("báo cáo 6 tháng đầu năm 2025 … trước ngày 05 tháng 6"): its year-less days
# take that year, as a reader would. Only days are resolved so; the publication date stays
# unknown (status and due times do not compare against it).
_NAMED_YEAR = re.compile(r"(?<![^\W_])(?i:năm)[^\S\n]+((?:19|20)\d\d)(?!\d)|/((?:19|20)\d\d)/")


def reference_date(text: str) -> _dt.date | None:
    """Mid-year of the year ``text`` names most ("năm 2025", "/2025/" in identifiers; the
    later one on a tie), to resolve its year-less days when it has no publication date."""
    counts: dict[int, int] = {}
    for m in _NAMED_YEAR.finditer(text):
        y = int(m.group(1) or m.group(2))
        counts[y] = counts.get(y, 0) + 1
    if not counts:
        return None
    year = max(counts, key=lambda y: (counts[y], y))
    return _dt.date(year, 7, 1)

