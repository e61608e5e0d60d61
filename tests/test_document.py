"""The document model's lookups: cached for speed, rebuilt when the layer they index changes."""

from rasid.document import Document, Token
from rasid.pipeline import Pipeline


def test_token_starts_follow_the_token_layer():
    doc = Pipeline(["sentences", "tokens"])(Document(text="قال الوزير إن الوضع مستقر."))
    starts = doc.token_starts()
    assert starts == [t.start for t in doc.tokens] and doc.token_starts() is starts  # built once
    doc.tokens = doc.tokens[:2]  # a stage that replaces the layer
    assert doc.token_starts() == [t.start for t in doc.tokens]
    doc.tokens.append(Token(start=30, end=31, norm="x", kind="word"))  # or extends it
    assert doc.token_starts()[-1] == 30
