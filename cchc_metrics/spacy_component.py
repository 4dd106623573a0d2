"""spaCy integration: a pipeline component and a Vietnamese tokenizer that needs no pyvi.

    import spacy
    from cchc_metrics.spacy_component import blank_vi
    nlp = blank_vi()                 # spacy.blank("vi") with our tokenizer
    nlp.add_pipe("cchc_metrics")     # registered by entry point, or by importing this module
    doc = nlp(text)
    for span in doc.spans["cchc_metrics"]:
        print(span.text, span.label_, span._.cchc_metric.value)

spaCy's Vietnamese tokenizer without pyvi splits on white space only ("71,68%)." is one
token, TRAPS.md), so claims would not line up with tokens. Our tokenizer splits words,
numbers (keeping "3.500" and "75,16" whole) and punctuation; with any other tokenizer the
component snaps spans outwards to token boundaries (``alignment_mode="expand"``).
spaCy is imported only here.
"""

from __future__ import annotations

import re

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from .api import extract

SPANS_KEY = "cchc_metrics"
_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|\w+|[^\w\s]")

if not Span.has_extension("cchc_metric"):
    Span.set_extension("cchc_metric", default=None)
if not Doc.has_extension("cchc_legal_refs"):
    Doc.set_extension("cchc_legal_refs", default=())
if not Doc.has_extension("cchc_published"):
    Doc.set_extension("cchc_published", default=None)


class VietnameseTokenizer:
    """Words, numbers and punctuation as separate tokens; white space kept exactly."""

    def __init__(self, vocab):
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        words: list[str] = []
        spaces: list[bool] = []
        matches = list(_TOKEN.finditer(text))
        for i, m in enumerate(matches):
            nxt = matches[i + 1].start() if i + 1 < len(matches) else len(text)
            gap = text[m.end():nxt]
            words.append(m.group())
            if gap == " ":
                spaces.append(True)
            else:
                spaces.append(False)
                if gap:
                    # Other white space (newlines, several spaces) becomes its own token so
                    # that character offsets stay exact.
                    words.append(gap[:-1] if gap.endswith(" ") else gap)
                    spaces.append(gap.endswith(" "))
        if matches and matches[0].start() > 0:
            lead = text[: matches[0].start()]
            words.insert(0, lead[:-1] if lead.endswith(" ") and len(lead) > 1 else lead)
            spaces.insert(0, lead.endswith(" ") and len(lead) > 1)
        if not matches and text:
            words, spaces = [text], [False]
        return Doc(self.vocab, words=words, spaces=spaces)

    def to_bytes(self, **kwargs) -> bytes:
        return b""

    def from_bytes(self, data: bytes, **kwargs) -> "VietnameseTokenizer":
        return self

    def to_disk(self, path, **kwargs) -> None:
        return None

    def from_disk(self, path, **kwargs) -> "VietnameseTokenizer":
        return self


@spacy.registry.tokenizers("cchc_metrics.vi_tokenizer.v1")
def create_tokenizer():
    def make(nlp):
        return VietnameseTokenizer(nlp.vocab)

    return make


def blank_vi() -> Language:
    """``spacy.blank("vi")`` with our tokenizer (no pyvi needed)."""
    return spacy.blank("vi", config={"nlp": {"tokenizer": {"@tokenizers": "cchc_metrics.vi_tokenizer.v1"}}})


class CchcMetricsComponent:
    """Puts every claim in ``doc.spans["cchc_metrics"]`` (label = kind) with its record in
    ``span._.cchc_metric``; legal references in ``doc._.cchc_legal_refs``."""

    def __init__(self, nlp: Language, name: str, published: str | None = None):
        self.name = name
        self.published = published

    def __call__(self, doc: Doc) -> Doc:
        result = extract(doc.text, published=self.published)
        spans = []
        for m in result.metrics:
            span = doc.char_span(m.start, m.end, label=m.kind, alignment_mode="expand")
            if span is None:
                continue
            span._.cchc_metric = m
            spans.append(span)
        doc.spans[SPANS_KEY] = spans
        doc._.cchc_legal_refs = result.legal_refs
        doc._.cchc_published = result.published
        return doc


@Language.factory("cchc_metrics", default_config={"published": None})
def make_component(nlp: Language, name: str, published: str | None = None) -> CchcMetricsComponent:
    return CchcMetricsComponent(nlp, name, published)
