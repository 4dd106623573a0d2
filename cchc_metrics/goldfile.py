"""Files of the gold format: reading texts, locating quotes.

FORMAT.md, "Locating a mention": a text file is its UTF-8 decoding with a leading BOM
removed and no newline translation; a gold entry's ``quote``/``nth`` is the nth hit of the
exact substring, each search starting one character after the previous hit.
"""

from __future__ import annotations

import codecs
from pathlib import Path


class UnreadableText(ValueError):
    """A file that is not text we can decode (reported by the CLI as one line)."""


def decode_bytes(data: bytes) -> str:
    """Decode a document: UTF-8 (BOM dropped) or UTF-16 with a BOM; nothing else."""
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise UnreadableText(f"not valid UTF-16 ({exc.reason} at byte {exc.start})") from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise UnreadableText(
            f"not UTF-8 text ({exc.reason} at byte {exc.start}); convert it to UTF-8 first"
        ) from None
    if "\x00" in text:
        raise UnreadableText("binary data (NUL bytes), not a text document")
    return text


def read_text(path: str | Path) -> str:
    """Read a document the way FORMAT.md says: UTF-8, leading BOM dropped, newlines kept."""
    return decode_bytes(Path(path).read_bytes())


def locate(text: str, quote: str, nth: int = 1) -> tuple[int, int]:
    """Return ``(start, end)`` of the ``nth`` occurrence of ``quote`` in ``text``.

    Raises ``ValueError`` when the quote does not occur that often.
    """
    if not quote:
        raise ValueError("empty quote")
    if not isinstance(nth, int) or nth < 1:
        raise ValueError(f"nth must be a positive integer, got {nth!r}")
    pos = -1
    for _ in range(nth):
        pos = text.find(quote, pos + 1)
        if pos < 0:
            raise ValueError(f"quote {quote!r} does not occur {nth} time(s) in the text")
    return pos, pos + len(quote)


def read_back(path: str | None) -> str | None:
    """A file read again after extraction (the text a batch item's offsets point into), or
    None for an item made from a text or a file that is gone or unreadable now."""
    if path is None:
        return None
    try:
        return read_text(path)
    except (OSError, ValueError):
        return None
