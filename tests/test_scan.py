"""text/scan.py: the gates find exactly what ``finditer`` finds, on generated patterns.

tests/test_bench.py checks the library's own patterns on the seeds and adversarial text;
here hypothesis builds small regexes from the constructs the gates reason about (literals
under case folding, classes, categories, repeats, alternations, look-arounds, inline
flags) and texts from the same alphabet, and compares ``fast_finditer`` with ``finditer``.
"""

from __future__ import annotations

import os
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cchc_metrics.text import scan

# Letters whose case folding is irregular sit beside ordinary Vietnamese ones.
_ALPHABET = "aAnNgGtThHđĐăĂyỳýÝ01 9/.-\nſsSkK\u212aİiıIß"
_ATOMS = ["a", "n", "g", "t", "h", "đ", "ý", "Ý", "s", "k", "i", "ß", "0", "1", "9", " ", "/", "\\.",
          "[ng]", "[0-9]", "[ýÝy]", "\\d", "\\w", "\\s", "[^\\W_]", ".", "[^a]"]
_LOOKS = ["(?<!\\w)", "(?<![^\\W_])", "(?<![\\w.,/])", "(?!\\w)", "(?=\\d)", "\\b", "^"]


def _patterns():
    atom = st.sampled_from(_ATOMS)

    def extend(inner):
        return st.one_of(
            st.lists(inner, min_size=1, max_size=4).map("".join),
            st.lists(inner, min_size=2, max_size=3).map(lambda xs: "(?:" + "|".join(xs) + ")"),
            st.tuples(inner, st.sampled_from(["?", "*", "+", "{0,2}", "{1,3}", "{2}", "??", "+?"])).map(
                lambda t: "(?:" + t[0] + ")" + t[1]),
            inner.map(lambda x: "(?i:" + x + ")"),
            inner.map(lambda x: "(" + x + ")"),
            st.tuples(st.sampled_from(_LOOKS), inner).map("".join),
        )

    return st.recursive(atom, extend, max_leaves=8)


@settings(max_examples=int(os.environ.get("CCHC_SCAN_EXAMPLES", "400")), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(source=_patterns(), ignorecase=st.booleans(), text=st.text(alphabet=_ALPHABET, max_size=60),
       cut=st.integers(0, 60))
def test_fast_finditer_equals_finditer_on_generated_patterns(source, ignorecase, text, cut):
    try:
        pattern = re.compile(source, re.IGNORECASE if ignorecase else 0)
    except re.error:
        return
    fast = scan.fast_finditer(pattern)
    want = [(m.span(), m.groups()) for m in pattern.finditer(text)]
    assert [(m.span(), m.groups()) for m in fast(text)] == want
    with scan.lowered(text, scan.lower_same_length(text)):
        assert [(m.span(), m.groups()) for m in fast(text)] == want
    pos, endpos = min(cut, len(text)) // 2, min(cut, len(text))
    want = [(m.span(), m.groups()) for m in pattern.finditer(text, pos, endpos)]
    assert [(m.span(), m.groups()) for m in fast(text, pos, endpos)] == want


def test_word_beginnings_are_looked_up_as_literals_in_the_lower_case_text():
    pattern = re.compile(r"(?<![^\W_])(?i:quý)\s+(?:I|II|III|IV)\b")
    plan = scan._plan_of(pattern)
    assert plan.mode == "split" and plan.literals == ("quý",) and plan.needs_lower
    text = "Quý I, QUÝ II và quý\tIII; quá quen Quyết. " * 3
    want = [m.span() for m in pattern.finditer(text)]
    assert [m.span() for m in scan.fast_finditer(pattern)(text)] == want
    # a registered lower-case twin is used as is; a long unregistered text takes the trie
    with scan.lowered(text, scan.lower_same_length(text)):
        assert [m.span() for m in scan.fast_finditer(pattern)(text)] == want
    long = text * 2000
    assert len(long) > scan._LOWER_ON_THE_FLY
    assert [m.span() for m in scan.fast_finditer(pattern)(long)] == [m.span() for m in pattern.finditer(long)]


def test_literals_sharing_a_first_letter_are_found_together():
    # in a registered twin the registered literals of one first letter are found in one pass:
    # each at every start, as one str.find pass per literal finds them (overlapping ones,
    # one beginning another, a literal starting inside itself)
    patterns = [re.compile(r"(?<!\w)(?i:zxa)\s+\d"), re.compile(r"(?<!\w)(?:zxab|zz)\s+\d"),
                re.compile(r"(?<!\w)zxabz\s+\d"), re.compile(r"zxb")]
    text = "zxabzxa 1 zzz 2 zxab 3 zxb 4 ZXA 5 zxabz 6 " * 50 + "x" * scan._LOWER_ON_THE_FLY
    lower = scan.lower_same_length(text)
    assert {"zxa", "zxab", "zxb", "zz", "zxabz"} <= {lit for p in patterns for lit in scan._plan_of(p).literals}
    assert len(scan._LITERALS_BY_FIRST["z"]) >= 5
    with scan.lowered(text, lower):
        for p in patterns:
            assert [m.span() for m in scan.fast_finditer(p)(text)] == [m.span() for m in p.finditer(text)]
        found = scan._VIEW.found
        assert found  # the group was looked up once, for all its literals
        for lit in ("zxa", "zxab", "zxb", "zz", "zxabz"):
            assert list(found[lit]) == scan._positions(lower, lit, 0, len(lower)), lit


def test_a_masked_twin_takes_the_twin_literals_less_the_blanked_ones():
    patterns = [re.compile(r"(?<!\w)(?i:quý)\s+\d"), re.compile(r"(?<!\w)(?:quý|quá)\s+\d"),
                re.compile(r"(?<!\w)(?:\x1aquý|qu\x1a)\s+\d")]
    text = "Quý 1, quý 2, QUÁ 3, quá 4 quý 5 qu\x1a 6. " * 800
    lower = scan.lower_same_length(text)
    blanks = [(i, i + 3) for i in range(0, len(text), 41)] + [(i + 13, i + 14) for i in range(0, len(text), 82)]
    chars = list(lower)
    for s, e in blanks:
        chars[s:e] = "\x1a" * (e - s)
    masked = "".join(chars)
    assert len(masked) > scan._LOWER_ON_THE_FLY
    with scan.lowered(text, lower):
        scan.masked_twin(masked, "\x1a")
        for p in patterns:
            got = [m.span() for m in scan.fast_finditer(p)(masked)]
            assert got and got == [m.span() for m in p.finditer(masked)], p.pattern
        assert scan._VIEW.masked[2]  # found from the twin's positions
    assert scan._VIEW.masked is None


def test_a_pattern_led_by_a_digit_is_matched_at_the_digits_of_a_registered_text():
    patterns = [re.compile(r"(?<![\w.])\d{1,2}[/-]\d{4}"), re.compile(r"[0-2]?\d:\d\d"),
                re.compile(r"\d+(?:\.\d{3})*(?:,\d+)?")]
    text = "Ngày 1/2024, 12-2025 lúc 7:30 và 23:05; 1.234.567,8 người, ١٢/٢٠٢٤ 99:99. " * 300
    lower = scan.lower_same_length(text)
    chars = list(lower)
    for i in range(0, len(text), 37):
        chars[i:i + 4] = "\x1a" * 4
    masked = "".join(chars)[: len(text)]
    with scan.lowered(text, lower):
        scan.masked_twin(masked, "\x1a")
        for p in patterns:
            assert scan._plan_of(p).digit_led, p.pattern
            for t in (text, lower, masked):
                for pos, endpos in ((0, len(t)), (5, 4000), (3001, 3001), (17, 10**9)):
                    got = [m.span() for m in scan.fast_finditer(p)(t, pos, endpos)]
                    assert got == [m.span() for m in p.finditer(t, pos, endpos)], (p.pattern, pos, endpos)
        assert set(scan._VIEW.digits) == {"twin", "masked"}  # found once for each
    assert scan._VIEW.digits is None


def test_trie_gate_knows_the_word_not_only_its_first_letter():
    pattern = re.compile(r"(?<![^\W_])(?:Quý|Năm)\s+(?:I|II|III|IV)\b")
    mode, gate = scan._gate(pattern)
    assert mode == "prefix"
    assert gate.search("Quá Quen Quyết Nay") is None
    assert gate.search("Quý I") is not None and gate.search("Năm\tII") is not None


def test_spellings_that_fold_apart_are_all_looked_up():
    # texts write "Đ" (d with stroke) as "Ð" (eth) too; the two lower-case apart
    pattern = re.compile(r"(?i:[đÐ]ề)\s+án")
    plan = scan._plan_of(pattern)
    assert plan.mode == "split" and set(plan.literals) == {"đề", "ðề"}
    text = "ÐỀ án, Đề án, đề án, ðề án"
    assert [m.span() for m in scan.fast_finditer(pattern)(text)] == [m.span() for m in pattern.finditer(text)]


def test_gate_falls_back_when_a_match_may_start_anywhere():
    assert scan._gate(re.compile(r".x"))[0] == "plain"
    assert scan._gate(re.compile(r"x?"))[0] == "plain"
    # a category first: the one-character gate
    assert scan._gate(re.compile(r"(?<!\w)\d+%"))[0] == "char"


def test_too_many_prefixes_shorten_the_prefix():
    words = [f"{a}{b}{c}{d}" for a in "abcdefgh" for b in "abcdefgh" for c in "abcdefgh" for d in "ab"]
    pattern = re.compile("(?:" + "|".join(words) + ")x")
    mode, gate = scan._gate(pattern)
    assert mode == "prefix"
    text = " ".join(words[::7]) + " abcdx hhhbx"
    assert [m.span() for m in scan.fast_finditer(pattern)(text)] == [m.span() for m in pattern.finditer(text)]


def test_every_library_pattern_has_a_gate():
    # A pattern whose match may begin anywhere (a negated class or "." first) falls back to
    # plain finditer, which tries every position of the document: keep them all gated.
    from cchc_metrics import extract, read_text

    root = __import__("pathlib").Path(__file__).resolve().parent
    for path in sorted((root / "gold" / "seeds").glob("*.txt")):
        extract(read_text(path))
    import sys

    from cchc_metrics.context.gazetteer import _gaz

    library = {id(_gaz().regex)} | {
        id(v) for name, mod in list(sys.modules.items()) if name.startswith("cchc_metrics")
        for v in vars(mod).values() if isinstance(v, re.Pattern)
    }
    used = [(p, plan) for p, plan in scan._PLANS.values() if id(p) in library]
    assert len(used) >= 25  # the scans of one extraction
    plain = [p.pattern[:60] for p, plan in used if plan.mode == "plain"]
    assert not plain, plain
