"""Many documents at once: ordered, fault-tolerant, optionally in parallel::

    from cchc_metrics.batch import extract_many, iter_text_files
    for item in extract_many(iter_text_files(["bulletins/"]), workers=4):
        if item.error:
            print(item.name, "failed:", item.error)
        else:
            print(item.name, len(item.result.metrics))

Inputs are ``str`` texts, ``os.PathLike`` paths (read with
:func:`cchc_metrics.read_text`), ``bytes`` (decoded the same way) or ``(name, input)``
pairs. A ``str`` is always a *text*: wrap file names in :class:`pathlib.Path` (or use
:func:`iter_text_files`). Output order is input order; an input that cannot be read or
extracted gives a :class:`BatchItem` with ``error`` set and never stops the batch.

With ``workers > 1`` the work runs in a :class:`concurrent.futures.ProcessPoolExecutor`
in chunks; what crosses the process boundary is an :class:`Extractor` (a few hundred
bytes pickled), the chunk of inputs (paths, not file contents, for files), and the
results.
"""

from __future__ import annotations

import datetime as _dt
import os
import sys
from collections import deque
from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence

from .records import Extraction

__all__ = ["BatchItem", "Extractor", "extract_many", "iter_text_files", "doc_name"]

#: ``progress=None`` turns the bar on by itself above this many inputs (on a terminal).
AUTO_PROGRESS_MIN = 50


class BatchItem:
    """The outcome for one input: ``result`` (an Extraction) or ``error`` (a message).

    ``name`` is the file stem for paths ("bulletin_2024-06-11"), the given name for
    ``(name, input)`` pairs, and ``"#N"`` (N = input position) for bare texts;
    ``path`` is the file path as a string, or ``None`` for texts.
    """

    __slots__ = ("name", "result", "error", "path")

    def __init__(self, name: str, result: Extraction | None = None, error: str | None = None,
                 path: str | None = None):
        self.name = name
        self.result = result
        self.error = error
        self.path = path

    @property
    def ok(self) -> bool:
        return self.error is None

    def __getstate__(self):
        return (self.name, self.result, self.error, self.path)

    def __setstate__(self, state) -> None:
        self.name, self.result, self.error, self.path = state

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, BatchItem):
            return NotImplemented
        return self.__getstate__() == other.__getstate__()

    def __repr__(self) -> str:
        if self.error is not None:
            return f"BatchItem({self.name!r}, error={self.error!r})"
        n = len(self.result.metrics) if self.result is not None else 0
        return f"BatchItem({self.name!r}, {n} metric(s))"


def doc_name(path: str | os.PathLike) -> str:
    """The document name of a file: its stem, as the CLI and the gold format use."""
    return Path(path).stem


def _iso(published: Any) -> str | None:
    if published is None:
        return None
    from .api import _check_published

    day = _check_published(published)
    return day.isoformat() if isinstance(day, _dt.date) else None


class Extractor:
    """A picklable ``callable(input, index=0) -> BatchItem`` around :func:`cchc_metrics.extract`.

    It holds nothing but ``published`` (an ISO string or ``None``), so it pickles to a
    few hundred bytes; the library is imported (and its patterns compiled) lazily in
    whichever process calls it.
    """

    __slots__ = ("published",)

    def __init__(self, published: _dt.date | str | None = None):
        self.published = _iso(published)

    def __reduce__(self):
        return (Extractor, (self.published,))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Extractor) and other.published == self.published

    def __hash__(self) -> int:
        return hash(("Extractor", self.published))

    def __repr__(self) -> str:
        return f"Extractor(published={self.published!r})"

    def extract(self, text: str) -> Extraction:
        from .api import extract

        return extract(text, published=self.published)

    def __call__(self, item: Any, index: int = 0) -> BatchItem:
        name, source, path = _describe(item, index)
        try:
            text = _load(source)
        except FileNotFoundError:
            return BatchItem(name, error="no such file", path=path)
        except IsADirectoryError:
            return BatchItem(name, error="is a directory", path=path)
        except (OSError, ValueError, TypeError) as exc:  # UnreadableText is a ValueError
            return BatchItem(name, error=_message(exc), path=path)
        try:
            result = self.extract(text)
        except Exception as exc:  # noqa: BLE001 - one bad document never stops a batch
            return BatchItem(name, error=f"extraction failed: {type(exc).__name__}: {exc}", path=path)
        return BatchItem(name, result=result, path=path)


def _message(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror.lower()
    text = str(exc)
    return text if text else type(exc).__name__


def _describe(item: Any, index: int) -> tuple[str, Any, str | None]:
    """``(name, source, path)`` of one input."""
    if isinstance(item, tuple) and len(item) == 2 and isinstance(item[0], str):
        name, source = item
        path = os.fspath(source) if isinstance(source, os.PathLike) else None
        return name, source, path
    if isinstance(item, os.PathLike):
        return doc_name(item), item, os.fspath(item)
    return f"#{index}", item, None


def _load(source: Any) -> str:
    if isinstance(source, str):
        return source
    if isinstance(source, os.PathLike):
        from .goldfile import read_text

        return read_text(source)
    if isinstance(source, (bytes, bytearray, memoryview)):
        from .goldfile import decode_bytes

        return decode_bytes(bytes(source))
    raise TypeError(f"expected a str text or an os.PathLike path, got {type(source).__name__}")


def _run_chunk(extractor: Extractor, chunk: Sequence[tuple[int, Any]]) -> list[BatchItem]:
    """Worker entry point (module level, so it pickles by reference)."""
    return [extractor(item, index) for index, item in chunk]


def iter_text_files(paths: str | os.PathLike | Iterable[str | os.PathLike], recursive: bool = False) -> Iterator[Path]:
    """Yield :class:`~pathlib.Path` objects: files as given, directories expanded to their
    ``*.txt`` files in sorted order (all levels with ``recursive=True``).

    Names that do not exist are passed through, so :func:`extract_many` reports them as
    ``"no such file"`` items instead of dropping them silently.
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    for name in paths:
        path = Path(name)
        if path.is_dir():
            found = path.rglob("*.txt") if recursive else path.glob("*.txt")
            yield from sorted(p for p in found if p.is_file())
        else:
            yield path


def _progress_bar(progress: bool | None, total: int | None, unit: str = "doc"):
    if progress is None:
        progress = total is not None and total > AUTO_PROGRESS_MIN and _stderr_is_tty()
    if not progress:
        return None
    try:
        from tqdm.auto import tqdm
    except ImportError:  # the optional extra is not installed: no bar, no complaint
        return None
    return tqdm(total=total, unit=unit, desc="cchc-metrics", file=sys.stderr)


def _stderr_is_tty() -> bool:
    try:
        return sys.stderr.isatty()
    except (AttributeError, ValueError):
        return False


def chunks(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    """``items`` in lists of ``size`` (the last may be shorter), read lazily."""
    chunk: list[Any] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _serial(extractor: Extractor, items: Iterable[Any]) -> Iterator[BatchItem]:
    for index, item in enumerate(items):
        yield extractor(item, index)


def _parallel(extractor: Extractor, items: Iterable[Any], workers: int, chunksize: int) -> Iterator[BatchItem]:
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    window = workers * 3  # chunks in flight: bounded memory, workers kept busy
    pending: deque = deque()
    pieces = chunks(enumerate(items), chunksize)
    pool = ProcessPoolExecutor(max_workers=workers)
    try:
        def submit(chunk):
            nonlocal pool
            try:
                return pool.submit(_run_chunk, extractor, chunk)
            except BrokenProcessPool:  # an earlier worker died: start a fresh pool
                pool.shutdown(wait=False, cancel_futures=True)
                pool = ProcessPoolExecutor(max_workers=workers)
                return pool.submit(_run_chunk, extractor, chunk)

        for chunk in pieces:
            pending.append((chunk, submit(chunk)))
            if len(pending) >= window:
                yield from _collect(*pending.popleft())
        while pending:
            yield from _collect(*pending.popleft())
    finally:
        for _, future in pending:
            future.cancel()
        pool.shutdown(wait=True, cancel_futures=True)


def _collect(chunk: list[tuple[int, Any]], future) -> list[BatchItem]:
    try:
        return future.result()
    except Exception as exc:  # noqa: BLE001 - a crashed worker fails its chunk only
        reason = f"worker failed: {type(exc).__name__}: {exc}"
        out = []
        for index, item in chunk:
            try:
                name, _, path = _describe(item, index)
            except Exception:  # noqa: BLE001
                name, path = f"#{index}", None
            out.append(BatchItem(name, error=reason, path=path))
        return out


def extract_many(
    texts_or_paths: Iterable[Any],
    *,
    workers: int = 1,
    published: _dt.date | str | None = None,
    progress: bool | None = None,
    chunksize: int | None = None,
) -> Iterator[BatchItem]:
    """Extract from every input and yield one :class:`BatchItem` per input, in input order.

    ``workers > 1`` spreads chunks of ``chunksize`` inputs (default: about four chunks per
    worker, at most 16 inputs each) over a process pool. ``progress=True`` shows a tqdm bar
    on stderr (``None``: only for more than 50 inputs on a terminal); without tqdm installed
    there is simply no bar. ``published`` is checked here, so a bad date fails at once.
    """
    if isinstance(texts_or_paths, (str, bytes, os.PathLike)):
        texts_or_paths = [texts_or_paths]
    if not isinstance(workers, int) or workers < 1:
        raise ValueError(f"workers must be a positive integer, got {workers!r}")
    extractor = Extractor(published)
    total = len(texts_or_paths) if hasattr(texts_or_paths, "__len__") else None
    if chunksize is None:
        chunksize = max(1, min(16, (total or 64) // (workers * 4)))
    elif chunksize < 1:
        raise ValueError(f"chunksize must be positive, got {chunksize!r}")
    return _iterate(extractor, texts_or_paths, workers, chunksize, progress, total)


def _iterate(extractor, items, workers, chunksize, progress, total) -> Iterator[BatchItem]:
    bar = _progress_bar(progress, total)
    stream = _serial(extractor, items) if workers == 1 else _parallel(extractor, items, workers, chunksize)
    try:
        for item in stream:
            if bar is not None:
                bar.update(1)
            yield item
    finally:
        if bar is not None:
            bar.close()
