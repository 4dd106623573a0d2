"""Does underthesea's chunker find subjects the rules miss? (issue 13; docs/subjects.md)

For every claim of a subject kind (count, fraction, percent, money) whose subject the rules
leave empty, chunk its sentence with ``underthesea.chunk`` and take the noun phrase it
tags next to the figure: the nouns (and their adjectives) right after the number, else the
noun phrase that ends right before the verb or qualifier that leads to the number. Score
subject F1 over the gold sets both ways, and time the chunker on the sentences it reads.

    python scripts/chunk_experiment.py [GOLD_DIR[:TEXTS_DIR] ...]

Needs the ``gazetteer`` extra (underthesea); the library itself never imports it.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import attrs

from cchc_metrics import extract
from cchc_metrics.evaluation import load_gold, score

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SETS = [
    f"{ROOT}/tests/gold/seeds",
    f"{ROOT}/../shared/gold/devtest",
    f"{ROOT}/tests/gold/corpus_b1:{ROOT}/../shared/corpus",
    f"{ROOT}/tests/gold/corpus_b2:{ROOT}/../shared/corpus",
    f"{ROOT}/tests/gold/fresh5",
]
_NOUN_TAGS = {"N", "Np", "Nc", "Ny", "Nb", "A"}
_LEAD_TAGS = {"V", "R", "M", "E", "CH", "C"}  # what ends a noun phrase


def _chunk_subject(chunk, sentence: str, s0: int, m) -> str | None:
    tokens = chunk(sentence)
    # map tokens back to offsets in the sentence
    spans, pos = [], 0
    for word, tag, _ in tokens:
        at = sentence.find(word, pos)
        if at < 0:
            spans.append((None, None, word, tag))
            continue
        spans.append((s0 + at, s0 + at + len(word), word, tag))
        pos = at + len(word)
    after = [t for t in spans if t[0] is not None and t[0] >= m.end]
    np = []
    for t in after:
        if t[3] in _NOUN_TAGS:
            np.append(t)
        else:
            break
    if not np:
        before = [t for t in spans if t[1] is not None and t[1] <= m.start]
        while before and before[-1][3] not in _NOUN_TAGS:  # the verb / qualifier leading to it
            before.pop()
        while before and before[-1][3] in _NOUN_TAGS:
            np.insert(0, before.pop())
    if not np:
        return None
    return sentence[np[0][0] - s0:np[-1][1] - s0]


def run(sets: list[str]) -> None:
    from underthesea import chunk

    for spec in sets:
        gold_dir, _, texts = spec.partition(":")
        docs = load_gold(gold_dir, texts=texts or None)
        plain, chunked = [], []
        chunk_time = chunk_chars = 0.0
        for doc in docs:
            ex = extract(doc.text, published=doc.published)
            new = []
            for m in ex.metrics:
                if m.kind in ("count", "fraction", "percent", "money") and m.subject is None and m.sentence:
                    s0, s1 = m.sentence
                    t = time.perf_counter()
                    subject = _chunk_subject(chunk, doc.text[s0:s1], s0, m)
                    chunk_time += time.perf_counter() - t
                    chunk_chars += s1 - s0
                    m = attrs.evolve(m, subject=subject)
                new.append(m)
            plain.append((doc, ex))
            chunked.append((doc, attrs.evolve(ex, metrics=new)))
        a, b = score(plain), score(chunked)
        speed = chunk_chars / chunk_time if chunk_time else float("nan")
        # subjects given where the gold names none (subject F1 does not see them)
        extra_a, extra_b = _spurious(plain), _spurious(chunked)
        print(f"{Path(gold_dir).name:12} subject F1 rules {a.subject.value:.3f}  rules+chunk {b.subject.value:.3f}"
              f"  subjects where gold has none {extra_a} -> {extra_b}"
              f"  (chunked {chunk_chars:,.0f} chars at {speed:,.0f} chars/s)")


def _spurious(pairs) -> int:
    """Matched claims of a subject kind that get a subject where the gold has none."""
    from cchc_metrics.evaluation import match

    n = 0
    for doc, ex in pairs:
        preds = [m.to_dict() for m in ex.metrics]
        for gi, pi in match(doc.metrics, preds):
            g, p = doc.metrics[gi], preds[pi]
            if g["kind"] in ("count", "fraction", "percent", "money") and not g.get("subject") and p.get("subject"):
                n += 1
    return n


if __name__ == "__main__":
    run(sys.argv[1:] or DEFAULT_SETS)
