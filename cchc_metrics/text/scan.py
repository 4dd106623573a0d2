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
import threading
from array import array
from bisect import bisect_left
from contextlib import contextmanager
from itertools import compress, repeat
from typing import Callable, Iterable, Iterator

import attrs

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
        atom = _class_atom(av, ignorecase)
        if atom is None:  # NEGATE, negated categories, wide ranges …
            raise _Unbounded
        chars |= atom[0]
        classes |= atom[1]
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
# A pattern of a few words ("đã", "có", "dự kiến", "chỉ tiêu" … of the status cues) gets a
# deeper trie: the first two characters of a common word wake the gate everywhere, eight
# say which word it is. Only while its beginnings stay few: building a deep trie for the
# gazetteer's thousand names costs a quarter of a second, once per process.
_LONG_PREFIX_LEN = 8
_LONG_PREFIX_CAP = 400
_CAP = threading.local()


class _TooMany(Exception):
    """The pattern has too many distinct prefixes of the requested length."""


# An atom is one position of a prefix: (code points, category classes such as r"\d").
_Atom = tuple[frozenset, frozenset]
# A path is (atoms so far, complete): complete paths may be continued by what follows them;
# incomplete ones were cut (at the length budget, or at something unbounded such as ".").
_Path = tuple[tuple[_Atom, ...], bool]


def _class_atom(av, ignorecase: bool) -> _Atom | None:
    if len(av) >= 2 and av[0][0] is _C.NEGATE and av[1] == (_C.CATEGORY, _C.CATEGORY_NOT_SPACE) \
            and all(op is _C.LITERAL for op, _ in av[2:]):
        # "[^\S\n]" (white space within a line) is \s less a few characters: a gate may
        # accept more than the pattern, so the beginning goes on past it ("1/", "12 -")
        return frozenset(), frozenset({r"\s"})
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
            classes.add(_CATEGORY_CLASS[iav])  # \d, \w, \s: closed under case folding
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
    if len(out) > getattr(_CAP, "value", _PREFIX_CAP):
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
        return _escape(next(iter(chars)))
    return "[" + "".join(sorted(classes)) + "".join(_escape(c) for c in sorted(chars)) + "]"


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

    return "|".join(_escape(first) + render(node) for first, node in sorted(trie.items()))


def _beginnings(pattern: re.Pattern) -> set[tuple[_Atom, ...]] | None:
    """The pattern's beginnings at the longest length that stays under the cap."""
    if not isinstance(pattern.pattern, str) or pattern.flags & re.LOCALE:
        return None
    tries = [(_LONG_PREFIX_LEN, _LONG_PREFIX_CAP)] + [(k, _PREFIX_CAP) for k in range(_PREFIX_LEN, 1, -1)]
    for k, cap in tries:
        _CAP.value = cap
        try:
            return _prefixes(pattern, k)
        except _TooMany:
            continue
        except (re.error, RecursionError, AttributeError):
            return None
        finally:
            _CAP.value = _PREFIX_CAP
    return None


# --------------------------------------------------------------------------- word literals
# Even a selective trie gate stops at every character of its first-character set, and a
# set with "t", "h", "n" or "c" in it holds a third of Vietnamese text (30 ns a stop for a
# large set). Beginnings that start with a lower-case letter are mostly words ("tỉnh",
# "ngày", "được giao"): those are looked up as literal strings in the lower-cased text with
# str.find, which runs at memory speed; only the other beginnings (capitalised names,
# digits, punctuation) stay in the trie gate.
# Alone, each literal costs one str.find pass (~1 ns a character); in a registered twin
# the literals of one first letter are found together (below), so even sixty cost less than
# the trie: on 3 MB the status cues (60 words) take 66 ms by their literals, 85 ms by the
# trie; the numerals (29) 11 against 48 ms, the money nouns (23) 8 against 41 ms.
_LITERAL_MAX = 64
_LITERAL_MIN_LEN = 2
_LOWER_ON_THE_FLY = 20_000  # chars: lower-case an unregistered text only when it is short


_LOWER_CHUNK = 1 << 20  # characters lower-cased at a time


def _lower(text: str) -> str:
    """``text.lower()``, a piece at a time: CPython lower-cases through a buffer of 12
    bytes a character (90 MB for a 10 MB text). The pieces end before a space, so the
    context of a final sigma is never cut."""
    if len(text) <= _LOWER_CHUNK:
        return text.lower()
    parts = []
    at = 0
    while at < len(text):
        end = at + _LOWER_CHUNK
        if end < len(text):
            cut = text.find(" ", end)
            end = len(text) if cut < 0 else cut
        parts.append(text[at:end].lower())
        at = end
    return "".join(parts)


def lower_same_length(text: str) -> str:
    """``text.lower()`` with every character kept in place ("İ".lower() is two characters)."""
    low = _lower(text)
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def _fold(code: int) -> str:
    ch = chr(code)
    low = ch.lower()
    return low if len(low) == 1 else ch


def _as_literals(atoms: tuple[_Atom, ...]) -> tuple[set[str], bool]:
    """The longest literal start of ``atoms`` as it shows in the lower-cased text (every
    spelling of it: "Ð" and "Đ" fold apart), and whether lower-casing is needed to see it.
    It stops at a category such as ``\\s`` or an atom that folds to more than two characters."""
    out = {""}
    needs_lower = False
    for chars, classes in atoms:
        if classes:
            break
        folded = {_fold(c) for c in chars}
        if len(folded) > 2 or len(out) * len(folded) > 4:
            break
        if len(folded) == 2 and not all(f.isalpha() for f in folded):
            break  # a class such as [ \t]: a spelling of one letter only ("Ð"/"Đ") goes on
        needs_lower |= any(chr(c) not in folded for c in chars)
        out = {x + f for x in out for f in folded}
    return out, needs_lower


@attrs.frozen
class _Plan:
    """How one pattern's candidate starts are found."""

    mode: str  # "split" | "prefix" | "char" | "plain"
    gate: re.Pattern | None = None  # prefix/char: the gate; split: the trie for the rest
    literals: tuple[str, ...] = ()
    needs_lower: bool = False
    whole: re.Pattern | None = None  # split: the trie gate of all beginnings (no lower-case text)
    digit_led: bool = False  # every match starts with a digit (see _digit_starts)


# the first characters of a pattern that can only start at a digit: "[\d]", "[\d012]", "[0-9]"
_DIGIT_CLASS = re.compile(r"\[(?:\\d)?[0-9]*\]")


def _with_digit_lead(pattern: re.Pattern, plan: _Plan) -> _Plan:
    cls = first_chars(pattern)
    if cls is not None and cls != "[]" and _DIGIT_CLASS.fullmatch(cls):
        return attrs.evolve(plan, digit_led=True)
    return plan


def _char_plan(pattern: re.Pattern) -> _Plan:
    char = _compile_gate(pattern)
    return _Plan("char", char) if char is not None else _Plan("plain")


def _plan(pattern: re.Pattern) -> _Plan:
    beginnings = _beginnings(pattern)
    if beginnings is None:
        return _char_plan(pattern)
    whole_source = _trie_gate_source(beginnings)
    if whole_source is None:  # a category first ("\\d…"): the one-character gate
        return _char_plan(pattern)
    whole = re.compile(whole_source)
    literals: set[str] = set()
    needs_lower = False
    rest = set()
    for atoms in beginnings:
        lits, lower_it = _as_literals(atoms)
        if any(chr(c).islower() for c in atoms[0][0]):
            if any(len(lit) < _LITERAL_MIN_LEN for lit in lits):
                # a word of one letter ("ở", "á quân") would be found at every such letter:
                # the trie gate reads on from it
                rest.add(atoms)
                continue
            literals |= lits
            needs_lower |= lower_it
        else:
            rest.add(atoms)
    # a literal that contains another at its start adds nothing
    kept = tuple(sorted(x for x in literals if not any(y != x and x.startswith(y) for y in literals)))
    if not kept or len(kept) > _LITERAL_MAX:
        return _Plan("prefix", whole)
    _register_literals(kept)
    rest_source = _trie_gate_source(rest) if rest else None
    if rest and rest_source is None:  # pragma: no cover - the whole trie compiled, so does a part
        return _Plan("prefix", whole)
    return _Plan("split", re.compile(rest_source) if rest_source else None, kept, needs_lower, whole)


# --------------------------------------------------------------------------- finditer
# Keyed by id: hashing a compiled pattern hashes its source each time (20 µs for the
# gazetteer's); the value keeps the pattern alive, so its id is not reused.
_PLANS: dict[int, tuple[re.Pattern, _Plan]] = {}


def _plan_of(pattern: re.Pattern) -> _Plan:
    got = _PLANS.get(id(pattern))
    if got is None or got[0] is not pattern:
        got = (pattern, _with_digit_lead(pattern, _plan(pattern)))
        _PLANS[id(pattern)] = got
    return got[1]


def _gate(pattern: re.Pattern) -> tuple[str, re.Pattern | None]:
    """The mode and gate regex chosen for ``pattern`` (for tests and diagnostics)."""
    plan = _plan_of(pattern)
    return plan.mode, plan.gate if plan.mode != "split" else plan.whole


_VIEW = threading.local()


@contextmanager
def lowered(text: str, lower: str) -> Iterator[None]:
    """Within this block, ``lower`` (same length) is used as ``text``'s lower-case twin, so
    scans over ``text`` need not lower-case it again."""
    prev = getattr(_VIEW, "pair", None)
    prev_found = getattr(_VIEW, "found", None)
    prev_masked = getattr(_VIEW, "masked", None)
    _VIEW.pair = (text, lower)
    _VIEW.found = {}  # literal -> its positions in ``lower``: scanned once however many patterns start with it
    _VIEW.masked = None
    prev_digits = getattr(_VIEW, "digits", None)
    _VIEW.digits = {}  # "twin" / "masked" -> the positions of the digits in it
    try:
        yield
    finally:
        _VIEW.pair = prev
        _VIEW.found = prev_found
        _VIEW.masked = prev_masked
        _VIEW.digits = prev_digits


def masked_twin(masked: str, mask: str) -> None:
    """Until the end of the current :func:`lowered` block, scan ``masked`` — the lower-case
    twin with some spans blanked, each of their characters replaced by ``mask`` — as a
    lower-case text of its own, whose literals are the twin's found ones, less those a blank
    covers (no pass of its own: the context readers scan the masked text with a dozen
    patterns that share their words with the others)."""
    pair = getattr(_VIEW, "pair", None)
    if pair is None or len(masked) != len(pair[1]):
        raise ValueError("masked_twin: call it inside lowered(), with the twin's length")
    if masked is not pair[1]:
        _VIEW.masked = (masked, mask, {})


def _lower_of(text: str) -> str | None:
    pair = getattr(_VIEW, "pair", None)
    if pair is not None:
        if pair[0] is text:
            return pair[1]
        if pair[1] is text:
            return text
        masked = _VIEW.masked
        if masked is not None and masked[0] is text:
            return text  # lower-case already (lower-casing is idempotent, the blanks are no letters)
    if len(text) <= _LOWER_ON_THE_FLY:
        return lower_same_length(text)
    return None


def _literal_starts(hay: str, literals: tuple[str, ...], pos: int, endpos: int) -> list[int]:
    pair = getattr(_VIEW, "pair", None)
    if pair is not None and hay is pair[1] and pos == 0 and endpos >= len(hay):
        # a whole registered twin: each literal's positions are kept for the next pattern
        found = _VIEW.found
        out = []
        for lit in literals:
            got = found.get(lit)
            if got is None:
                _find_with_its_group(hay, lit, found)
                got = found[lit]
            out += got
        out.sort()
        return out
    masked = getattr(_VIEW, "masked", None)
    if masked is not None and hay is masked[0] and pos == 0 and endpos >= len(hay):
        # the whole masked twin: the twin's positions of a literal, where no blank covers it
        _masked, mask, found_masked = masked
        found, lower = _VIEW.found, pair[1]
        out = []
        for lit in literals:
            got = found_masked.get(lit)
            if got is None:
                if mask in lit:
                    got = _packed(_positions(hay, lit, 0, len(hay)))
                else:
                    if lit not in found:
                        _find_with_its_group(lower, lit, found)
                    unmasked = found[lit]
                    got = _packed(compress(unmasked, map(hay.startswith, repeat(lit), unmasked)))
                found_masked[lit] = got
            out += got
        out.sort()
        return out
    out = []
    for lit in literals:
        out += _positions(hay, lit, pos, endpos)
    out.sort()
    return out


# A pattern led by a digit (the number finder, the dates, the times, the legal numbers …)
# has its gate scan the whole text for its first-character class, ~20 ms on 3 MB each
# however few digits there are (39,000 in 3 MB of the seeds). In a registered text the
# digits are found once, and such a pattern is matched at each of them in C instead.
_DIGIT = re.compile(r"\d")


def _digit_starts(text: str) -> list[int] | None:
    """The positions of the digits of ``text`` when it is a registered twin (the text, its
    lower-case twin — same digits at the same places — or the masked twin), else None."""
    pair = getattr(_VIEW, "pair", None)
    if pair is None:
        return None
    found = _VIEW.digits
    if text is pair[0] or text is pair[1]:
        got = found.get("twin")
        if got is None:
            got = found["twin"] = _packed(m.start() for m in _DIGIT.finditer(pair[1]))
        return got
    masked = _VIEW.masked
    if masked is not None and text is masked[0]:
        got = found.get("masked")
        if got is None:  # the twin's digits that no blank covers (\d is str.isdecimal)
            twin = _digit_starts(pair[1])
            got = found["masked"] = _packed(compress(twin, map(str.isdecimal, map(text.__getitem__, twin))))
        return got
    return None


def _matches_at(pattern: re.Pattern, text: str, starts: Iterable[int], endpos: int) -> Iterator[re.Match]:
    """``pattern.finditer`` for a pattern that can only start at one of the sorted
    ``starts``: each start is matched in C (map), and only the matches come back to
    Python, those that start inside the one before dropped — the same sequence, without a
    Python step for each failing start."""
    last = -1
    for m in filter(None, map(pattern.match, repeat(text), starts, repeat(endpos))):
        if m.start() >= last:
            yield m
            last = m.end()


def _packed(positions: Iterable[int]) -> array:
    """Positions kept for the rest of an extraction, 8 bytes each: as a list of ints they
    take 36 (the int objects of a 10 MB text's literal and digit positions held 40 MB of
    its peak memory); readers iterate, bisect and slice them like lists."""
    return array("q", positions)


def _positions(hay: str, lit: str, pos: int, endpos: int) -> list[int]:
    out: list[int] = []
    add = out.append
    find = hay.find
    i = find(lit, pos, endpos)
    while i >= 0:
        add(i)
        i = find(lit, i + 1, endpos)
    return out


# --------------------------------------------------------------------------- literal groups
# A str.find pass costs about 1 ns a character whatever the literal, and the patterns of one
# extraction look up some ninety (0.2 s of a 3 MB run). In a registered twin the literals
# that share a first character are found in one pass instead: a regex led by that character
# (the engine's fast scan for a literal) with the rests of the literals in a look-ahead trie,
# "t(?=(h(?:àn|ị )|rên|…))", which consumes the one character (so no start is skipped) and
# captures the longest literal starting there; the registered literals that begin it start
# there too. 91 literals: 78 ms in 19 passes against 206 ms in 91.
_LITERALS_BY_FIRST: dict[str, frozenset[str]] = {}  # every literal of a split plan, by first character
_LITERALS_LOCK = threading.Lock()
# a group's regex and, for each longest literal it can capture, the literals that begin it
_GROUPS: dict[frozenset[str], tuple[re.Pattern, dict[str, tuple[str, ...]]]] = {}


def trie_regex(items: Iterable[str]) -> str:
    """One alternation with shared prefixes factored out (a trie), longest match first.

    Equivalent to ``a|b|…`` sorted longest first for our use (each branch tries its longer
    continuations before ending), but the regex engine tests each first letter once.
    """
    trie: dict = {}
    for word in set(items):
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return build(trie)


def _register_literals(literals: Iterable[str]) -> None:
    with _LITERALS_LOCK:  # each update replaces the set: readers hold a consistent one
        for lit in literals:
            known = _LITERALS_BY_FIRST.get(lit[0], frozenset())
            if lit not in known:
                _LITERALS_BY_FIRST[lit[0]] = known | {lit}


def _group_regex(group: frozenset[str]) -> tuple[re.Pattern, dict[str, tuple[str, ...]]]:
    got = _GROUPS.get(group)
    if got is None:
        first = next(iter(group))[0]
        regex = re.compile(re.escape(first) + "(?=(" + trie_regex(lit[1:] for lit in group) + "))")
        begins = {lit[1:]: tuple(x for x in group if lit.startswith(x)) for lit in group}
        got = _GROUPS[group] = (regex, begins)
    return got


def _find_with_its_group(hay: str, lit: str, found: dict[str, list[int]]) -> None:
    """Put the positions of ``lit`` in the whole ``hay`` into ``found``, with those of the
    registered literals that share its first character when there are any."""
    group = _LITERALS_BY_FIRST.get(lit[0])
    if group is None or len(group) == 1 or lit not in group:
        found[lit] = _packed(_positions(hay, lit, 0, len(hay)))
        return
    regex, begins = _group_regex(group)
    hits: dict[str, list[int]] = {x: [] for x in group}
    adds = {rest: tuple(hits[x].append for x in xs) for rest, xs in begins.items()}
    for m in regex.finditer(hay):
        i = m.start()
        for add in adds[m.group(1)]:
            add(i)
    for x, positions in hits.items():
        if x not in found:
            found[x] = _packed(positions)


def fast_finditer(pattern: re.Pattern) -> Finditer:
    """A drop-in ``pattern.finditer(text, pos=0, endpos=...)`` that skips impossible start
    positions at C speed (same matches, same order, same groups). The gate is compiled on
    first use, once per pattern."""
    resolved: list[_Plan] = []

    def finditer(text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match]:
        if not resolved:
            resolved.append(_plan_of(pattern))
        plan = resolved[0]
        if plan.digit_led:
            digits = _digit_starts(text)
            if digits is not None:
                lo = bisect_left(digits, pos) if pos > 0 else 0
                hi = bisect_left(digits, endpos) if endpos < len(text) else len(digits)
                yield from _matches_at(pattern, text, digits[lo:hi] if lo or hi < len(digits) else digits, endpos)
                return
        mode, gate = plan.mode, plan.gate
        if mode == "split":
            hay = _lower_of(text) if plan.needs_lower else text
            if hay is not None:
                yield from _candidates_finditer(pattern, gate, plan.literals, text, hay, pos, endpos)
                return
            mode, gate = "prefix", plan.whole  # no lower-case twin: the trie of all beginnings
        if gate is None:
            yield from pattern.finditer(text, pos, endpos)
            return
        if mode == "prefix":  # the gate only says where a match may start
            yield from _candidates_finditer(pattern, gate, (), text, text, pos, endpos)
            return
        search, match = gate.search, pattern.match
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


_NEVER = sys.maxsize


def _candidates_finditer(
    pattern: re.Pattern, gate: re.Pattern | None, literals: tuple[str, ...], text: str, hay: str,
    pos: int, endpos: int,
) -> Iterator[re.Match]:
    """Candidate starts from the literal lookup in ``hay`` and from the trie ``gate`` on
    ``text``, merged in text order, each confirmed with ``pattern.match``."""
    endpos = min(endpos, len(text))
    if pos > endpos:
        return
    cands = _literal_starts(hay, literals, pos, endpos)
    if gate is None:  # the literals alone (~100,000 failing candidates a megabyte)
        yield from _matches_at(pattern, text, cands, endpos)
        return
    n = len(cands)
    ci = 0
    search = gate.search if gate is not None else None
    hit = search(text, pos, endpos) if search else None
    g = hit.start() if hit is not None else _NEVER
    match = pattern.match
    while True:
        c = cands[ci] if ci < n else _NEVER
        start = c if c < g else g
        if start == _NEVER:
            return
        m = match(text, start, endpos)
        nxt = m.end() if m is not None else start + 1
        if m is not None:
            yield m
        # move both sources to nxt or beyond
        while ci < n and cands[ci] < nxt:
            ci += 1
        if g < nxt:
            hit = search(text, nxt, endpos) if nxt <= endpos else None
            g = hit.start() if hit is not None else _NEVER


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


# --------------------------------------------------------------------------- read back
def match_read_back(full: re.Pattern, lead_before: re.Pattern, text: str, start: int, end: int,
                    reach: int, *, optional: bool = False) -> re.Match | None:
    """The match of ``full`` ending at ``end`` whose opening ``lead_before`` (a pattern
    anchored with ``$``) finds within ``reach`` characters before ``start`` — for a pattern
    found from its rare part ("Nghị định này" from "này", "năm 2021-2025" from the years)
    with the common words that open it read back. With ``optional``, no opening means the
    match starts at ``start``. None when ``full`` does not end there."""
    lead = lead_before.search(text, max(0, start - reach), start)
    if lead is None and not optional:
        return None
    m = full.match(text, lead.start() if lead is not None else start)
    return m if m is not None and m.end() == end else None
