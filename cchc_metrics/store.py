"""An embedded store of claims (SQLite, standard library): add today's bulletins to years
of earlier ones, and build the indicator table from it.

    from cchc_metrics.store import ingest, table_from_db
    report = ingest("claims.db", ["bulletins/2024-06-11.txt", ...])   # only unseen content
    rows = table_from_db("claims.db")                                  # = build from the files

Guarantees (tests/test_store.py checks each):

- a file is read only when the SHA-256 of its bytes is not yet in the database, so a
  rerun, or the same bulletin saved under two names, adds nothing twice;
- the documents, claims and mentions of a batch (``batch_size`` new files) are written in
  one transaction: a crash or a kill loses at most the batch in flight, never a part of
  it, and the rerun picks up the files that batch held;
- :func:`table_from_db` gives the same rows as :func:`table_from_files` over the same
  files.

The schema is in docs/indicators.md. The taxonomy a database was built with is kept in it
(table ``meta``): ingesting with another one is refused rather than mixing keys.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
import os
import sqlite3
import sys
from pathlib import Path
from typing import Any, Iterator, Sequence

import attrs

from .batch import chunks
from .claims import Claim
from .indicator_table import DocClaims, doc_claims, fold
from .indicators import Taxonomy, load_taxonomy, resolve_taxonomy, taxonomy_from_entries

__all__ = ["IngestReport", "ingest", "table_from_db", "table_from_files", "read_claims", "collect_files",
           "SCHEMA_VERSION", "BATCH_SIZE"]

SCHEMA_VERSION = 2  # 2: claims have a region
BATCH_SIZE = 50

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
    doc_id TEXT PRIMARY KEY,
    sha256 TEXT NOT NULL UNIQUE,
    path TEXT,
    n_bytes INTEGER NOT NULL,
    published TEXT,
    error TEXT,
    n_metrics INTEGER NOT NULL,
    n_claims INTEGER NOT NULL,
    library_version TEXT NOT NULL,
    ingested_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS claims (
    claim_id TEXT PRIMARY KEY,
    doc_id TEXT NOT NULL REFERENCES documents(doc_id),
    idx INTEGER NOT NULL,
    kind TEXT NOT NULL,
    value, value_max, denominator,
    unit TEXT, per TEXT, date TEXT, relation TEXT,
    indicator TEXT, subject_key TEXT NOT NULL, subject TEXT,
    locality TEXT, period TEXT, as_of TEXT,
    status TEXT NOT NULL, qualifier TEXT NOT NULL,
    district TEXT, region TEXT
);
CREATE TABLE IF NOT EXISTS mentions (
    doc_id TEXT NOT NULL REFERENCES documents(doc_id),
    metric_index INTEGER NOT NULL,
    claim_id TEXT NOT NULL REFERENCES claims(claim_id),
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    text TEXT NOT NULL,
    sentence_start INTEGER,
    sentence_end INTEGER,
    sentence TEXT,
    PRIMARY KEY (doc_id, metric_index)
);
CREATE INDEX IF NOT EXISTS claims_by_doc ON claims(doc_id, idx);
CREATE INDEX IF NOT EXISTS claims_by_key ON claims(indicator, subject_key, locality, period);
CREATE INDEX IF NOT EXISTS mentions_by_claim ON mentions(claim_id);
"""
# value, value_max and denominator have no declared type on purpose: SQLite then keeps
# each value as given (86000000 stays an integer, 71.68 a float), so the table read back
# equals the one built from the files, types included.

_CLAIM_FIELDS = ("claim_id", "doc_id", "index", "kind", "value", "value_max", "denominator", "unit", "per",
                 "date", "relation", "indicator", "subject_key", "subject", "locality", "period", "as_of",
                 "status", "qualifier", "district", "region")


@attrs.frozen(slots=True)
class IngestReport:
    """What one :func:`ingest` did: files looked at, documents added, files skipped as
    already stored (same content), files that could not be read (``errors``: path, reason;
    they are stored too, so they are not read again), claims added, batches committed."""

    files: int
    added: int
    skipped: int
    claims: int
    batches: int
    errors: tuple[tuple[str, str], ...] = ()


# -- inputs ----------------------------------------------------------------------------
def collect_files(paths: Any, pattern: str = "*.txt") -> list[Path]:
    """Files as given and the files matching ``pattern`` under directories (all levels,
    sorted). A path that does not exist raises ``FileNotFoundError``."""
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    if isinstance(paths, (bytes, bytearray)) or paths is None:
        raise TypeError("paths must be a path or an iterable of paths (str or os.PathLike)")
    out: list[Path] = []
    for name in paths:
        if not isinstance(name, (str, os.PathLike)):
            raise TypeError(f"a path must be str or os.PathLike, not {type(name).__name__}")
        path = Path(name)
        if path.is_dir():
            out.extend(sorted(p for p in path.rglob(pattern) if p.is_file()))
        elif path.is_file():
            out.append(path)
        else:
            raise FileNotFoundError(f"no such file or directory: {path}")
    return out


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class _Namer:
    """Document ids: the file's stem, unless another content already has it ("~" and the
    first 8 hex digits of the hash are added then). The same rule on the same files in the
    same order gives the same ids, in the store and without it. ``taken``: the ids already
    given, with their contents' hashes."""

    def __init__(self, taken: dict[str, str] | None = None):
        self.taken = dict(taken or {})
        self.known = set(self.taken.values())

    def new(self, path: Path, sha: str) -> str | None:
        """The id of a new content, or None for a copy of one already named."""
        if sha in self.known:
            return None
        self.known.add(sha)
        name = path.stem
        if self.taken.get(name, sha) != sha:
            name = f"{name}~{sha[:8]}"
        self.taken[name] = sha
        return name


@attrs.frozen(slots=True)
class _Doc:
    """A new file on its way in: read, hashed and named; text and result filled later."""

    path: Path
    name: str
    sha: str
    n_bytes: int
    text: str | None = None
    error: str | None = None
    result: Any = None


def _new_files(files: Sequence[Path], namer: _Namer, progress) -> Iterator[tuple[Path, bytes, str, str]]:
    """``(path, bytes, hash, name)`` of the files whose content ``namer`` has not named yet
    (a copy inside one run is skipped too)."""
    for path in files:
        data = path.read_bytes()
        sha = _sha256(data)
        progress.step()
        name = namer.new(path, sha)
        if name is not None:
            yield path, data, sha, name


def _decode(path: Path, data: bytes, sha: str, name: str) -> _Doc:
    from .goldfile import UnreadableText, decode_bytes

    try:
        return _Doc(path, name, sha, len(data), text=decode_bytes(data))
    except UnreadableText as exc:
        return _Doc(path, name, sha, len(data), error=str(exc))


def _extract(docs: list[_Doc], published: Any, workers: int) -> list[_Doc]:
    """Fill ``result`` of each readable document (cchc_metrics.batch, in order)."""
    from .batch import extract_many

    readable = [(d.name, d.text) for d in docs if d.error is None]
    items = extract_many(readable, workers=workers, published=published, progress=False)  # one per input, in order
    out = []
    for d in docs:
        item = next(items) if d.error is None else None
        if item is None:
            out.append(d)
        elif item.error is not None:
            out.append(attrs.evolve(d, error=item.error))
        else:
            out.append(attrs.evolve(d, result=item.result))
    return out




class _Progress:
    """A tqdm bar when asked for and installed; else, when asked for, a plain count on
    standard error every 50 files and at the end."""

    def __init__(self, enabled: bool, total: int):
        from .batch import _progress_bar

        self.enabled, self.total, self.done = enabled, total, 0
        self.bar = _progress_bar(True, total, unit="file") if enabled else None

    def step(self) -> None:
        self.done += 1
        if self.bar is not None:
            self.bar.update(1)
        elif self.enabled and (self.done % 50 == 0 or self.done == self.total):
            print(f"cchc-metrics: {self.done}/{self.total} files", file=sys.stderr)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


# -- the database ---------------------------------------------------------------------
def _check_db_path(db_path: Any) -> str:
    if isinstance(db_path, (bytes, bytearray)) or not isinstance(db_path, (str, os.PathLike)):
        raise TypeError(f"db_path must be str or os.PathLike, not {type(db_path).__name__}")
    return os.fspath(db_path)


def _connect(db_path: str) -> sqlite3.Connection:
    # isolation_level=None: transactions are opened and closed here, explicitly, once per batch
    conn = sqlite3.connect(db_path, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def _meta(conn: sqlite3.Connection) -> dict[str, str]:
    return dict(conn.execute("SELECT key, value FROM meta"))


def _prepare(conn: sqlite3.Connection, taxonomy: Taxonomy) -> None:
    """Create the schema and record the taxonomy, or refuse a different one."""
    conn.executescript(_SCHEMA)  # idempotent (IF NOT EXISTS); writes nothing when the schema is there
    conn.execute("BEGIN IMMEDIATE")
    try:
        meta = _meta(conn)
        if meta.get("schema_version", str(SCHEMA_VERSION)) != str(SCHEMA_VERSION):
            raise ValueError(f"database schema version {meta['schema_version']} is not {SCHEMA_VERSION}:"
                             " ingest the files again into a new database")
        stored = meta.get("taxonomy_fingerprint")
        if stored is not None and stored != taxonomy.fingerprint:
            raise ValueError(
                f"this database was built with taxonomy {stored}, not {taxonomy.fingerprint}: ingest with "
                "the same --taxonomy file, or into a new database")
        if stored is None:
            entries = json.dumps([i.to_dict() for i in taxonomy.indicators], ensure_ascii=False)
            conn.executemany("INSERT INTO meta (key, value) VALUES (?, ?)",
                             [("schema_version", str(SCHEMA_VERSION)),
                              ("taxonomy_fingerprint", taxonomy.fingerprint), ("taxonomy", entries)])
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def _insert_document(conn: sqlite3.Connection, doc: _Doc, grouped: DocClaims | None, stamp: str) -> int:
    """One document with its claims and mentions (inside the batch's transaction)."""
    from . import __version__

    claims = grouped.claims if grouped is not None else ()
    n_metrics = len(doc.result.metrics) if doc.result is not None else 0
    conn.execute(
        "INSERT INTO documents (doc_id, sha256, path, n_bytes, published, error, n_metrics, n_claims,"
        " library_version, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (doc.name, doc.sha, str(doc.path), doc.n_bytes, grouped.published if grouped else None, doc.error,
         n_metrics, len(claims), __version__, stamp))
    conn.executemany(
        f"INSERT INTO claims ({', '.join('idx' if f == 'index' else f for f in _CLAIM_FIELDS)})"
        f" VALUES ({', '.join('?' * len(_CLAIM_FIELDS))})",
        [tuple(getattr(c, f) for f in _CLAIM_FIELDS) for c in claims])
    conn.executemany(
        "INSERT INTO mentions (doc_id, metric_index, claim_id, start_char, end_char, text, sentence_start,"
        " sentence_end, sentence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [_mention_row(doc, c, k) for c in claims for k in range(len(c.mentions))])
    return len(claims)


def _mention_row(doc: _Doc, c: Claim, k: int) -> tuple:
    (start, end), sentence = c.mentions[k], c.sentences[k]
    text = doc.text[sentence[0]:sentence[1]] if sentence is not None else None
    return (doc.name, c.metric_indices[k], c.claim_id, start, end, c.texts[k],
            sentence[0] if sentence else None, sentence[1] if sentence else None, text)


def _write_batch(conn: sqlite3.Connection, docs: list[_Doc], taxonomy: Taxonomy) -> int:
    """All documents of a batch in one transaction; returns the claims written."""
    stamp = _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds")
    grouped = [doc_claims(d.name, d.result, d.text, taxonomy) if d.result is not None else None for d in docs]
    conn.execute("BEGIN IMMEDIATE")
    try:
        n = sum(_insert_document(conn, d, g, stamp) for d, g in zip(docs, grouped))
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return n


def ingest(db_path: str | os.PathLike, files: Any, published: Any = None, *,
           taxonomy: Taxonomy | str | os.PathLike | None = None, batch_size: int = BATCH_SIZE,
           workers: int = 1, progress: bool = False) -> IngestReport:
    """Add the claims of the files not yet stored (by content hash) to the SQLite file
    ``db_path`` (created when missing), one transaction per ``batch_size`` new files.

    ``files``: paths, or directories (their ``*.txt``, recursively; see
    :func:`collect_files`). ``published`` is passed to :func:`cchc_metrics.extract` for
    every file. ``taxonomy`` (a Taxonomy or the path of a user file) must be the one the
    database was built with. Unreadable files are stored with their error (no claims), so
    they are not read again. A missing file raises ``FileNotFoundError`` before anything
    is written.
    """
    db = _check_db_path(db_path)
    if not isinstance(batch_size, int) or batch_size < 1:
        raise ValueError(f"batch_size must be a positive integer, got {batch_size!r}")
    paths = collect_files(files)
    tax = resolve_taxonomy(taxonomy)
    conn = _connect(db)
    try:
        _prepare(conn, tax)
        namer = _Namer(dict(conn.execute("SELECT doc_id, sha256 FROM documents")))
        bar = _Progress(progress, len(paths))
        added = claims = batches = 0
        errors: list[tuple[str, str]] = []
        try:
            for raw in chunks(_new_files(paths, namer, bar), batch_size):
                docs = _extract([_decode(*r) for r in raw], published, workers)
                claims += _write_batch(conn, docs, tax)
                batches += 1
                added += len(docs)
                errors.extend((str(d.path), d.error) for d in docs if d.error is not None)
        finally:
            bar.close()
    finally:
        conn.close()
    return IngestReport(files=len(paths), added=added, skipped=len(paths) - added, claims=claims,
                        batches=batches, errors=tuple(errors))


# -- reading back -----------------------------------------------------------------------
def _open_existing(db_path: Any) -> sqlite3.Connection:
    db = _check_db_path(db_path)
    if not Path(db).is_file():
        raise FileNotFoundError(f"no database {db} (build it with ingest / --db)")
    return sqlite3.connect(f"{Path(db).resolve().as_uri()}?mode=ro", uri=True)


def stored_taxonomy(db_path: str | os.PathLike) -> Taxonomy:
    """The taxonomy the database was built with."""
    conn = _open_existing(db_path)
    try:
        entries = _meta(conn).get("taxonomy")
    finally:
        conn.close()
    return taxonomy_from_entries(json.loads(entries), ("<database>",)) if entries else load_taxonomy()


def read_claims(db_path: str | os.PathLike) -> list[DocClaims]:
    """Every stored readable document with its claims, ordered by document id."""
    conn = _open_existing(db_path)
    try:
        mentions: dict[str, list[tuple]] = {}
        for row in conn.execute("SELECT claim_id, start_char, end_char, text, sentence_start, sentence_end,"
                                " metric_index FROM mentions ORDER BY claim_id, start_char, end_char, metric_index"):
            mentions.setdefault(row[0], []).append(row[1:])
        claims: dict[str, list[Claim]] = {}
        cols = ", ".join("idx" if f == "index" else f for f in _CLAIM_FIELDS)
        for row in conn.execute(f"SELECT {cols} FROM claims ORDER BY doc_id, idx"):
            data = dict(zip(_CLAIM_FIELDS, row))
            ms = mentions.get(data["claim_id"], [])
            claims.setdefault(data["doc_id"], []).append(Claim(
                **data, mentions=[(m[0], m[1]) for m in ms], texts=[m[2] for m in ms],
                sentences=[(m[3], m[4]) if m[3] is not None else None for m in ms],
                metric_indices=[m[5] for m in ms]))
        docs = conn.execute("SELECT doc_id, published, sha256, path FROM documents WHERE error IS NULL"
                            " ORDER BY doc_id").fetchall()
    finally:
        conn.close()
    return [DocClaims(d, pub, claims.get(d, ()), sha256=sha, path=path) for d, pub, sha, path in docs]


def table_from_db(db_path: str | os.PathLike) -> list[dict[str, Any]]:
    """The indicator table of everything stored (rows of
    :data:`cchc_metrics.indicator_table.TABLE_COLUMNS`)."""
    return fold(read_claims(db_path), stored_taxonomy(db_path))


def table_from_files(files: Any, published: Any = None, *,
                     taxonomy: Taxonomy | str | os.PathLike | None = None, workers: int = 1,
                     progress: bool = False) -> list[dict[str, Any]]:
    """The indicator table straight from files, without a database: the same reading,
    naming and de-duplication by content as :func:`ingest`, so the rows equal those of
    :func:`table_from_db` after ingesting the same files in the same order."""
    paths = collect_files(files)
    tax = resolve_taxonomy(taxonomy)
    bar = _Progress(progress, len(paths))
    docs: list[DocClaims] = []
    try:
        for raw in chunks(_new_files(paths, _Namer(), bar), BATCH_SIZE):
            for d in _extract([_decode(*r) for r in raw], published, workers):
                if d.result is not None:
                    docs.append(doc_claims(d.name, d.result, d.text, tax, sha256=d.sha, path=str(d.path)))
    finally:
        bar.close()
    return fold(docs, tax)
