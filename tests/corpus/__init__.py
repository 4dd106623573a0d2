"""Example corpora, one module per kind (Duckling style): each example is a sentence and the
fields the one claim of that kind in it must have. ``tests/test_corpus.py`` runs them."""

from collections import namedtuple

Example = namedtuple("Example", "text expected quote", defaults=(None,))


def examples_of(kind: str, **defaults):
    """The ``E(text, quote=None, **expected)`` constructor of a kind's corpus; ``defaults``
    are fields every example of the kind expects unless it says otherwise (percent: "%")."""

    def E(text, quote=None, **expected):
        return Example(text, {"kind": kind, **defaults, **expected}, quote)

    return E
