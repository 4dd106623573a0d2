"""The public entry points: check the caller's input, then run the pipeline."""

from __future__ import annotations

import datetime as _dt

from .records import Extraction, Metric


def _check_text(text: object) -> str:
    if isinstance(text, (bytes, bytearray, memoryview)):
        raise TypeError(
            "text must be str, not bytes: decode it first "
            "(cchc_metrics.read_text(path) reads a file as FORMAT.md says)"
        )
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    return text


def _check_published(published: object) -> _dt.date | None:
    if published is None:
        return None
    if isinstance(published, _dt.datetime):
        return published.date()
    if isinstance(published, _dt.date):
        return published
    if isinstance(published, str):
        try:
            return _dt.date.fromisoformat(published.strip())
        except ValueError:
            raise ValueError(
                f"published must be an ISO date like '2024-06-11', got {published!r}"
            ) from None
    raise TypeError(f"published must be a datetime.date or an ISO string, not {type(published).__name__}")


def extract(text: str, *, published: _dt.date | str | None = None) -> Extraction:
    """Read every quantified claim and legal reference in ``text``.

    ``published`` (a ``datetime.date`` or ISO string) resolves dates written without a year;
    when it is ``None`` the library looks for the bulletin's own date line.
    Offsets in the result index the string exactly as passed.
    """
    text = _check_text(text)
    pub = _check_published(published)
    if not text.strip():
        return Extraction(published=pub.isoformat() if pub else None)
    from .pipeline import run

    return run(text, pub)


def extract_metrics(text: str, *, published: _dt.date | str | None = None) -> list[Metric]:
    """The quantified claims of ``text`` (see :func:`extract`)."""
    return list(extract(text, published=published).metrics)
