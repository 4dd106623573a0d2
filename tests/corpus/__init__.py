"""Example corpora, one module per kind (Duckling style): each example is a sentence and the
fields the one claim of that kind in it must have. ``tests/test_corpus.py`` runs them."""

import unicodedata
from collections import namedtuple

Example = namedtuple("Example", "text expected quote", defaults=(None,))


def examples_of(kind: str, **defaults):
    """The ``E(text, quote=None, **expected)`` constructor of a kind's corpus; ``defaults``
    are fields every example of the kind expects unless it says otherwise (percent: "%")."""

    def E(text, quote=None, **expected):
        return Example(text, {"kind": kind, **defaults, **expected}, quote)

    return E


def slug(text: str) -> str:
    """An ASCII test id (pytest escapes the rest): diacritics dropped, đ → d."""
    plain = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return plain.encode("ascii", "replace").decode()[:48]
