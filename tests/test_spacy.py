"""The spaCy component: registered by entry point, spans line up with tokens and offsets."""

import pytest

spacy = pytest.importorskip("spacy")

from cchc_metrics import extract_metrics  # noqa: E402
from cchc_metrics.spacy_component import SPANS_KEY, blank_vi  # noqa: E402

TEXTS = [
    "Bộ Công an đã cấp trên 86 triệu thẻ CCCD gắn chip (đạt 71,68%).",
    "  Sơn La: hoàn thành trước ngày 20/7/2024,\n\n  giảm từ 21 ngày xuống còn 4 ngày làm việc.  ",
    "Tiết kiệm gần 3.500 tỷ đồng mỗi năm; 15/22 bộ, ngành đã công bố.",
]


@pytest.fixture(scope="module")
def nlp():
    nlp = blank_vi()
    nlp.add_pipe("cchc_metrics")
    return nlp


@pytest.mark.parametrize("text", TEXTS)
def test_tokenizer_keeps_the_text_exactly(nlp, text):
    assert nlp.make_doc(text).text == text


@pytest.mark.parametrize("text", TEXTS)
def test_spans_are_the_claims(nlp, text):
    doc = nlp(text)
    spans = list(doc.spans[SPANS_KEY])
    metrics = extract_metrics(text)
    assert len(spans) == len(metrics) > 0
    for span, m in zip(spans, metrics):
        # Our tokenizer splits numbers from punctuation, so spans equal the claims exactly.
        assert (span.start_char, span.end_char) == (m.start, m.end)
        assert span.label_ == m.kind
        assert span._.cchc_metric == m


def test_entry_point_registers_the_factory_without_import():
    from spacy.tokenizer import Tokenizer

    blank = spacy.blank("xx")
    blank.tokenizer = Tokenizer(blank.vocab)  # white space only: spans snap out to tokens
    blank.add_pipe("cchc_metrics")
    doc = blank("Đã cấp trên 86 triệu thẻ, đạt 71,68%).")
    texts = [s.text for s in doc.spans[SPANS_KEY]]
    assert texts == ["trên 86 triệu", "71,68%)."]


def test_displacy_renders_the_spans(nlp):
    from spacy import displacy

    html = displacy.render(nlp(TEXTS[0]), style="span", options={"spans_key": SPANS_KEY}, page=True)
    assert "71,68" in html and "percent" in html and "count" in html
