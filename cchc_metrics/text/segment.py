"""Sentence splitting for Vietnamese news text.

A sentence ends at a line break (bulletins are line-based), or at ``.``, ``!``, ``?`` or
``…`` followed by white space and then a capital letter, a digit or an opening quote or
bracket. Dots inside numbers ("3.500"), abbreviations ("TP.HCM") and identifiers never end
a sentence because no white space follows them; "TP. Hồ Chí Minh" is kept whole by the
abbreviation list below.
"""

from __future__ import annotations

import re

# A break: a line break with the white space after it, or the spaces after a sentence's
# closing mark. The mark is matched with the spaces (its span is then one character wider)
# rather than looked behind: a pattern opening with a character class lets the engine jump
# between candidates, one opening with a look-behind is tried at every character.
_CANDIDATE = re.compile(r"[\n.!?…](?:(?<=\n)\s*|[ \t]+(?=\S))")
_OPENERS = frozenset("“\"'‘([«0123456789")
# Abbreviations written with a dot and a space before a name: not sentence ends.
_ABBREVIATIONS = re.compile(r"(?:\b(?:TP|Tp|TS|ThS|PGS|GS|BS|KS|Th|St|Q|P|H|TX|Mr|Ms|Dr))\.$")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` spans of the sentences of ``text`` (blank lines dropped)."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in _CANDIDATE.finditer(text):
        start = m.start()
        if text[start] != "\n":
            start += 1  # the spaces after the mark
            nxt = text[m.end()]
            if not (nxt.isupper() or nxt in _OPENERS):
                continue
            if _ABBREVIATIONS.search(text, max(0, start - 4), start):
                continue
        if start > pos and not text[pos:start].isspace():
            spans.append((pos, start))
        pos = m.end()
    if pos < len(text) and not text[pos:].isspace():
        spans.append((pos, len(text)))
    return spans


# A sentence this long is a flattened table or a page without punctuation, holding thousands
# of figures: a reader that looked at all of it for each figure would be quadratic.
LONG_SENTENCE = 4000  # characters
_NEAR = 1500  # characters either side of a figure read in such a sentence


def reading_window(sentence: tuple[int, int], start: int, end: int) -> tuple[int, int]:
    """The stretch of ``sentence`` read for a figure at ``[start, end)``: the sentence itself,
    or, in a sentence longer than ``LONG_SENTENCE``, the characters near the figure."""
    s, e = sentence
    if e - s <= LONG_SENTENCE:
        return sentence
    return max(s, start - _NEAR), min(e, end + _NEAR)
