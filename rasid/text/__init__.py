"""Text stages: sentence splitting and tokenisation over the original text."""

from rasid.document import Document
from rasid.pipeline import register
from rasid.text.segment import split_sentences
from rasid.text.tokens import tokenize


@register("sentences", provides={"sentences"})
def sentences_stage(doc: Document) -> Document:
    """Split the text into sentences (line breaks and stops outside quotes)."""
    doc.sentences = split_sentences(doc.text)
    return doc


@register("tokens", requires={"sentences"}, provides={"tokens"})
def tokens_stage(doc: Document) -> Document:
    """Tokenise with folded forms and clitic analysis; tag each token with its sentence."""
    tokens = tokenize(doc.text)
    si = 0
    sents = doc.sentences
    for tok in tokens:
        while si < len(sents) - 1 and tok.start >= sents[si].end:
            si += 1
        tok.sentence = si
    doc.tokens = tokens
    return doc
