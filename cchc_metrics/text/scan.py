"""``finditer`` that skips, at C speed, the positions where a pattern cannot start.

Python's ``re`` engine jumps straight to candidate positions only when a pattern begins
with a literal or a plain character class. Most of our patterns begin with a lookbehind
(``(?<![^\\W_])(?i:ngày)``, ``(?<![\\w.,/])\\d``) or an alternation, so ``finditer`` starts
a full match attempt at every character of the text (~30-50 ns each, per pattern).

:func:`fast_finditer` derives from the parsed pattern the set of characters a match can
start with, and scans with a *gate*::

    [first-chars](?<=(?=PATTERN)[\\s\\S])

The gate consumes one candidate character, steps back over it, and runs ``PATTERN`` there
as a lookahead; the engine finds candidates with its fast character-class search. Each hit
is matched again with ``PATTERN.match`` to hand back the ordinary match object, and the
search resumes at its end, exactly as ``finditer`` does (matches are never empty: nullable
patterns fall back to plain ``finditer``). The result is the same sequence of matches, with
the same groups, as ``PATTERN.finditer(text, pos, endpos)``; tests/test_bench.py checks
this on the seed corpus and on adversarial text.

When the first characters cannot be bounded (a pattern may start with ``.``, a negated
class, a backreference …) the plain ``finditer`` is used.
"""

from __future__ import annotations

import re
import sys
from typing import Callable, Iterator

try:  # Python 3.11+
    from re import _parser as _sre_parse  # type: ignore[attr-defined]
    from re._casefix import _EXTRA_CASES  # type: ignore[import-not-found]
except ImportError:  # pragma: no cover - older Pythons
    import sre_parse as _sre_parse  # type: ignore[no-redef]

    _EXTRA_CASES = {}

import _sre

_C = _sre_parse  # op constants live in the parser module's namespace
_ZERO_WIDTH = {_C.AT, _C.ASSERT, _C.ASSERT_NOT}
_REPEATS = {_C.MAX_REPEAT, _C.MIN_REPEAT} | ({_C.POSSESSIVE_REPEAT} if hasattr(_C, "POSSESSIVE_REPEAT") else set())
_CATEGORY_CLASS = {
    _C.CATEGORY_DIGIT: r"\d",
    _C.CATEGORY_WORD: r"\w",
    _C.CATEGORY_SPACE: r"\s",
}
# Code points whose simple lower-case mapping is not undone by upper()/title():
# tolower(x) == lo although x is neither lo.upper() nor lo.title() (checked in the tests
# against every code point).
_LOWER_PREIMAGE_EXTRA = {
    0x69: (0x130,),  # i <- İ
    0x3B8: (0x3F4,),  # θ <- ϴ
    0xDF: (0x1E9E,),  # ß <- ẞ
    0x3C9: (0x2126,),  # ω <- Ω (ohm)
    0x6B: (0x212A,),  # k <- K (kelvin)
    0xE5: (0x212B,),  # å <- Å (angstrom)
}


class _Unbounded(Exception):
    """The first character of a match cannot be bounded."""


def _preimages(lo: int) -> set[int]:
    out = {lo}
    ch = chr(lo)
    for u in (ch.upper(), ch.title()):
        if len(u) == 1 and _sre.unicode_tolower(ord(u)) == lo:
            out.add(ord(u))
    out.update(_LOWER_PREIMAGE_EXTRA.get(lo, ()))
    return out


def _literal_chars(code: int, ignorecase: bool) -> set[int]:
    """Characters that a literal matches (under the engine's Unicode case-insensitivity)."""
    if not ignorecase or not _sre.unicode_iscased(code):
        return {code}
    lo = _sre.unicode_tolower(code)
    out: set[int] = set()
    for target in (lo, *_EXTRA_CASES.get(lo, ())):
        out |= _preimages(target)
    return out


def _first(items, flags: int, chars: set[int], classes: set[str]) -> bool:
    """Add the possible first characters of the sequence ``items``; True when it can be empty."""
    for op, av in items:
        if not _first_item(op, av, flags, chars, classes):
            return False
    return True


def _first_item(op, av, flags: int, chars: set[int], classes: set[str]) -> bool:
    ignorecase = bool(flags & re.IGNORECASE)
    if op is _C.LITERAL:
        chars |= _literal_chars(av, ignorecase)
        return False
    if op is _C.IN:
        for iop, iav in av:
            if iop is _C.LITERAL:
                chars |= _literal_chars(iav, ignorecase)
            elif iop is _C.RANGE:
                lo, hi = iav
                if hi - lo > 512:
                    raise _Unbounded
                for c in range(lo, hi + 1):
                    chars |= _literal_chars(c, ignorecase)
            elif iop is _C.CATEGORY and iav in _CATEGORY_CLASS:
                # \d, \w, \s are closed under the engine's case folding
                classes.add(_CATEGORY_CLASS[iav])
            else:  # NEGATE, negated categories, …
                raise _Unbounded
        return False
    if op is _C.BRANCH:
        nullable = False
        for alt in av[1]:
            nullable |= _first(alt, flags, chars, classes)
        return nullable
    if op is _C.SUBPATTERN:
        _group, add, delete, sub = av
        return _first(sub, (flags | add) & ~delete, chars, classes)
    if op in _REPEATS:
        lo, _hi, sub = av
        nullable = _first(sub, flags, chars, classes)
        return nullable or lo == 0
    if hasattr(_C, "ATOMIC_GROUP") and op is _C.ATOMIC_GROUP:
        return _first(av, flags, chars, classes)
    if op in _ZERO_WIDTH:
        return True
    raise _Unbounded  # ANY, NOT_LITERAL, GROUPREF, GROUPREF_EXISTS, …


def first_chars(pattern: re.Pattern) -> str | None:
    """A character class (``[...]``) holding every character a match of ``pattern`` can
    start with, or None when that cannot be bounded or a match can be empty."""
    if not isinstance(pattern.pattern, str) or pattern.flags & re.LOCALE:
        return None
    try:
        parsed = _sre_parse.parse(pattern.pattern, pattern.flags)
        chars: set[int] = set()
        classes: set[str] = set()
        if _first(parsed.data if hasattr(parsed, "data") else parsed, parsed.state.flags, chars, classes):
            return None
    except (_Unbounded, re.error, RecursionError, AttributeError):
        return None
    body = "".join(sorted(classes)) + "".join(_escape(c) for c in sorted(chars))
    return f"[{body}]" if body else None


def _escape(code: int) -> str:
    ch = chr(code)
    if ch.isalnum() and code < 0x80:
        return ch
    return f"\\U{code:08x}"


_GLOBAL_FLAGS = re.compile(r"\A\(\?[aiLmsux]+\)")

Finditer = Callable[..., Iterator[re.Match]]

# --------------------------------------------------------------------------- prefix gate
# A one-character gate still stops at every "t", "n" or "h" of Vietnamese text, and each
# stop enters a look-behind and a look-ahead in the engine. Most patterns start with a word
# ("ngày", "tháng", "tỉnh", "xếp"), so their first few characters say far more: the gate
# below is a trie of the possible first _PREFIX_LEN characters, compiled on its own with
# literal first branches (the engine then finds candidate first characters with its
# charset scan) and without the pattern inside it; each candidate is confirmed with
# ``pattern.match`` in Python. On the seed corpus this visits 3-20× fewer positions.
_PREFIX_LEN = 4
_PREFIX_CAP = 3000  # prefixes; more than this and a shorter length is tried


class _TooMany(Exception):
    """The pattern has too many distinct prefixes of the requested length."""


# An atom is one position of a prefix: (code points, category classes such as r"\d").
_Atom = tuple[frozenset, frozenset]
# A path is (atoms so far, complete): complete paths may be continued by what follows them;
# incomplete ones were cut (at the length budget, or at something unbounded such as ".").
_Path = tuple[tuple[_Atom, ...], bool]


def _class_atom(av, ignorecase: bool) -> _Atom | None:
    chars: set[int] = set()
    classes: set[str] = set()
    for iop, iav in av:
        if iop is _C.LITERAL:
            chars |= _literal_chars(iav, ignorecase)
        elif iop is _C.RANGE:
            lo, hi = iav
            if hi - lo > 512:
                return None
            for c in range(lo, hi + 1):
                chars |= _literal_chars(c, ignorecase)
        elif iop is _C.CATEGORY and iav in _CATEGORY_CLASS:
            classes.add(_CATEGORY_CLASS[iav])
        else:
            return None
    return frozenset(chars), frozenset(classes)


def _extend(paths: set[_Path], grow: Callable[[int], set[_Path]], k: int) -> set[_Path]:
    """Every path continued by what ``grow(budget)`` can match next, cut at length k."""
    out: set[_Path] = set()
    memo: dict[int, set[_Path]] = {}
    for atoms, complete in paths:
        if not complete or len(atoms) >= k:
            out.add((atoms, False))
            continue
        budget = k - len(atoms)
        if budget not in memo:
            memo[budget] = grow(budget)
        for more, done in memo[budget]:
            joined = atoms + more
            out.add((joined[:k], done and len(joined) <= k))
    if len(out) > _PREFIX_CAP:
        raise _TooMany
    return out


def _seq_paths(items, flags: int, k: int) -> set[_Path]:
    paths: set[_Path] = {((), True)}
    for op, av in items:
        paths = _extend(paths, lambda b, op=op, av=av: _item_paths(op, av, flags, b), k)
    return paths


def _item_paths(op, av, flags: int, k: int) -> set[_Path]:
    ignorecase = bool(flags & re.IGNORECASE)
    if op is _C.LITERAL:
        return {(((frozenset(_literal_chars(av, ignorecase)), frozenset()),), True)}
    if op is _C.IN:
        atom = _class_atom(av, ignorecase)
        return {((), False)} if atom is None else {((atom,), True)}
    if op is _C.BRANCH:
        out: set[_Path] = set()
        for alt in av[1]:
            out |= _seq_paths(alt, flags, k)
        return out
    if op is _C.SUBPATTERN:
        _group, add, delete, sub = av
        return _seq_paths(sub, (flags | add) & ~delete, k)
    if hasattr(_C, "ATOMIC_GROUP") and op is _C.ATOMIC_GROUP:
        return _seq_paths(av, flags, k)
    if op in _REPEATS:
        lo, hi, sub = av
        out = {((), True)} if lo == 0 else set()
        paths: set[_Path] = {((), True)}
        rounds = min(hi, k)
        for i in range(rounds):
            paths = _extend(paths, lambda b: _seq_paths(sub, flags, b), k)
            if i + 1 >= lo:
                out |= paths
        if hi > rounds or lo > rounds:  # more repetitions may follow: cut here
            out |= {(atoms, False) for atoms, _done in paths}
        return out
    if op in _ZERO_WIDTH:
        return {((), True)}
    return {((), False)}  # ANY, NOT_LITERAL, GROUPREF, GROUPREF_EXISTS, …


def _prefixes(pattern: re.Pattern, k: int) -> set[tuple[_Atom, ...]] | None:
    """Every possible beginning (up to k characters) of a match of ``pattern``; None when a
    match may begin with an unbounded character or be empty."""
    parsed = _sre_parse.parse(pattern.pattern, pattern.flags)
    items = parsed.data if hasattr(parsed, "data") else parsed
    beginnings = {atoms for atoms, _done in _seq_paths(items, parsed.state.flags, k)}
    if any(not atoms for atoms in beginnings):
        return None
    return beginnings


def _atom_regex(atom: _Atom) -> str:
    chars, classes = atom
    if not classes and len(chars) == 1:
        return _escape_literal(next(iter(chars)))
    return "[" + "".join(sorted(classes)) + "".join(_escape(c) for c in sorted(chars)) + "]"


def _escape_literal(code: int) -> str:
    ch = chr(code)
    return ch if ch.isalnum() and code < 0x80 else f"\\U{code:08x}"


def _trie_gate_source(beginnings: set[tuple[_Atom, ...]]) -> str | None:
    """A regex matching exactly the given beginnings, whose top-level branches all start
    with a literal character (so the engine scans for them with a charset)."""
    if any(atoms[0][1] for atoms in beginnings):  # "\d…", "\w…": no literal first branch
        return None
    trie: dict = {}
    for atoms in beginnings:
        for first in atoms[0][0]:
            node = trie.setdefault(first, {})
            for atom in atoms[1:]:
                if "" in node:  # a shorter beginning already accepts this one
                    break
                node = node.setdefault(atom, {})
            else:
                node.clear()
                node[""] = {}

    def render(node: dict) -> str:
        if not node or "" in node:
            return ""
        alts = [_atom_regex(atom) + render(sub) for atom, sub in node.items()]
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(sorted(alts)) + ")"

    return "|".join(_escape_literal(first) + render(node) for first, node in sorted(trie.items()))


def _compile_prefix_gate(pattern: re.Pattern) -> re.Pattern | None:
    if not isinstance(pattern.pattern, str) or pattern.flags & re.LOCALE:
        return None
    for k in range(_PREFIX_LEN, 1, -1):
        try:
            beginnings = _prefixes(pattern, k)
        except _TooMany:
            continue
        except (re.error, RecursionError, AttributeError):
            return None
        if beginnings is None:
            return None
        source = _trie_gate_source(beginnings)
        return re.compile(source) if source else None
    return None


# --------------------------------------------------------------------------- finditer
_GATES: dict[re.Pattern, tuple[str, re.Pattern | None]] = {}


def _gate(pattern: re.Pattern) -> tuple[str, re.Pattern | None]:
    """("prefix", gate) | ("char", gate) | ("plain", None), computed once per pattern."""
    got = _GATES.get(pattern)
    if got is None:
        prefix = _compile_prefix_gate(pattern)
        if prefix is not None:
            got = ("prefix", prefix)
        else:
            char = _compile_gate(pattern)
            got = ("char", char) if char is not None else ("plain", None)
        _GATES[pattern] = got
    return got


def fast_finditer(pattern: re.Pattern) -> Finditer:
    """A drop-in ``pattern.finditer(text, pos=0, endpos=...)`` that skips impossible start
    positions at C speed (same matches, same order, same groups). The gate is compiled on
    first use, once per pattern."""

    def finditer(text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match]:
        mode, gate = _gate(pattern)
        if gate is None:
            yield from pattern.finditer(text, pos, endpos)
            return
        search, match = gate.search, pattern.match
        if mode == "prefix":  # the gate only says where a match may start
            while True:
                hit = search(text, pos, endpos)
                if hit is None:
                    return
                start = hit.start()
                m = match(text, start, endpos)
                if m is None:
                    pos = start + 1
                else:
                    yield m
                    pos = m.end()
        while True:  # the character gate already ran the pattern at the hit
            hit = search(text, pos, endpos)
            if hit is None:
                return
            m = match(text, hit.start(), endpos)
            if m is None:  # pragma: no cover - cannot happen: the gate ran the same pattern
                pos = hit.start() + 1
                continue
            yield m
            pos = m.end()

    finditer.pattern = pattern  # type: ignore[attr-defined]
    return finditer


def _compile_gate(pattern: re.Pattern) -> re.Pattern | None:
    cls = first_chars(pattern)
    if cls is None:
        return None
    source = _GLOBAL_FLAGS.sub("", pattern.pattern)  # pattern.flags keeps them
    try:
        nl = "\n" if pattern.flags & re.VERBOSE else ""  # end a trailing comment
        return re.compile(f"(?-i:{cls})(?<=(?=(?:{source}{nl}))[\\s\\S])", pattern.flags)
    except re.error:  # pragma: no cover - e.g. a look-behind the engine refuses to nest
        return None
