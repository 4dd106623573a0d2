"""Periods named by ISO date mentions ("2024", "2024-Q3", "2024-H1", "2024-07",
"2024-07-20") measured against the publication date: when they begin and end."""

from __future__ import annotations

import datetime as _dt


def _period_end(iso: str) -> _dt.date | None:
    """The last day of the period an ISO mention names."""
    try:
        if len(iso) == 10:
            return _dt.date.fromisoformat(iso)
        y = int(iso[:4])
        if len(iso) == 4:
            return _dt.date(y, 12, 31)
        tail = iso[5:]
        if tail.startswith("Q"):
            mo = int(tail[1]) * 3
        elif tail.startswith("H"):
            mo = 6 if tail == "H1" else 12
        else:
            mo = int(tail)
        nxt = _dt.date(y + (mo == 12), mo % 12 + 1, 1)
        return nxt - _dt.timedelta(days=1)
    except (ValueError, IndexError):
        return None


def _period_start(iso: str) -> _dt.date | None:
    try:
        if len(iso) == 10:
            return _dt.date.fromisoformat(iso)
        y = int(iso[:4])
        if len(iso) == 4:
            return _dt.date(y, 1, 1)
        tail = iso[5:]
        if tail.startswith("Q"):
            return _dt.date(y, int(tail[1]) * 3 - 2, 1)
        if tail.startswith("H"):
            return _dt.date(y, 1 if tail == "H1" else 7, 1)
        return _dt.date(y, int(tail), 1)
    except (ValueError, IndexError):
        return None


def begins_after(iso: str, published: _dt.date | None) -> bool:
    """Does the period ``iso`` ("2025-Q4", "2026", "2025-07") begin after publication?"""
    if published is None:
        return False
    start = _period_start(iso)
    return start is not None and start > published


def ends_after(iso: str, published: _dt.date | None, days: int = 0) -> bool:
    """Does the period ``iso`` run more than ``days`` past the publication day?"""
    if published is None:
        return False
    end = _period_end(iso)
    return end is not None and (end - published).days > days


def ended_by(iso: str, published: _dt.date | None) -> bool:
    """Has the period ``iso`` ended before the publication day?"""
    if published is None:
        return False
    end = _period_end(iso)
    return end is not None and end < published


def not_over_yet(iso: str, published: _dt.date | None) -> bool | None:
    """True when the period has not ended by publication (None: cannot tell)."""
    if published is None:
        return None
    end = _period_end(iso)
    return None if end is None else end >= published
