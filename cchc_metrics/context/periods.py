"""Periods named by ISO date mentions ("2024", "2024-Q3", "2024-H1", "2024-07",
"2024-07-20") measured against the publication date: when they begin and end."""

from __future__ import annotations

import datetime as _dt


def _bounds(iso: str) -> tuple[_dt.date, _dt.date] | None:
    """The first and last day of the period an ISO mention names (None: not a period)."""
    try:
        if len(iso) == 10:
            day = _dt.date.fromisoformat(iso)
            return day, day
        y = int(iso[:4])
        if len(iso) == 4:
            first, last = 1, 12
        else:
            tail = iso[5:]
            if tail.startswith("Q"):
                last = int(tail[1]) * 3
                first = last - 2
            elif tail.startswith("H"):
                first, last = (1, 6) if tail == "H1" else (7, 12)
            else:
                first = last = int(tail)
        start = _dt.date(y, first, 1)
        nxt = _dt.date(y + (last == 12), last % 12 + 1, 1)
        return start, nxt - _dt.timedelta(days=1)
    except (ValueError, IndexError):
        return None


def _period_start(iso: str) -> _dt.date | None:
    bounds = _bounds(iso)
    return bounds[0] if bounds else None


def period_end(iso: str) -> _dt.date | None:
    """The last day of the period ``iso`` names ("2025-07" → 2025-07-31), or None."""
    bounds = _bounds(iso)
    return bounds[1] if bounds else None


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
    end = period_end(iso)
    return end is not None and (end - published).days > days


def ended_by(iso: str, published: _dt.date | None) -> bool:
    """Has the period ``iso`` ended before the publication day?"""
    if published is None:
        return False
    end = period_end(iso)
    return end is not None and end < published


def not_over_yet(iso: str, published: _dt.date | None) -> bool | None:
    """True when the period has not ended by publication (None: cannot tell)."""
    if published is None:
        return None
    end = period_end(iso)
    return None if end is None else end >= published
