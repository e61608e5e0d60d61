"""Optional heavier backend: a transformer token classifier from a local directory.

Same interface as the CRF (:func:`predict_mentions`), for users who fine-tuned
a model such as AraBERT on newsfane-style tags (B-/I- fine classes like
``B-Politician`` or coarse ones like ``B-ORG``).  The model is only ever loaded
from a path on disk (never a hub id, nothing is downloaded); the input is the
same folded clitic sub-tokens as the CRF's, and the first word piece of each
sub-token carries its tag.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from rasid.document import Document, Mention
from rasid.errors import RasidError


class TransformerTagger:
    """AutoTokenizer + AutoModelForTokenClassification loaded from ``model_dir``."""

    def __init__(self, model_dir: Path, max_length: int = 512) -> None:
        model_dir = Path(model_dir)
        if not model_dir.is_dir() or not (model_dir / "config.json").exists():
            raise RasidError(f"transformer NER model not found: {model_dir} is not a directory with config.json "
                             "(give the path of a fine-tuned token-classification model saved with save_pretrained)")
        try:
            import torch
            from transformers import AutoModelForTokenClassification, AutoTokenizer
        except ImportError as exc:
            raise RasidError(f"the transformer NER backend needs torch and transformers ({exc.name} is not installed): "
                             "pip install torch transformers") from None
        self._torch = torch
        self.tokenizer = AutoTokenizer.from_pretrained(str(model_dir), local_files_only=True)
        self.model = AutoModelForTokenClassification.from_pretrained(str(model_dir), local_files_only=True)
        self.model.eval()
        self.labels = [self.model.config.id2label[i] for i in range(self.model.config.num_labels)]
        self.max_length = max_length
        from rasid.ner.crf import load_tagger

        crf = load_tagger()
        self.vocab: dict[str, int] = crf.vocab if crf else {}

    def tag_with_marginals(self, forms: list[str]) -> tuple[list[str], list[float]]:
        """Tags (first word piece of each form) and their softmax probabilities."""
        if not forms:
            return [], []
        torch = self._torch
        enc = self.tokenizer(forms, is_split_into_words=True, truncation=True, max_length=self.max_length,
                             return_tensors="pt")
        with torch.no_grad():
            probs = torch.softmax(self.model(**enc).logits[0], dim=-1)
        tags = ["O"] * len(forms)
        scores = [1.0] * len(forms)
        seen: set[int] = set()
        for pos, wid in enumerate(enc.word_ids(0)):
            if wid is None or wid in seen:
                continue
            seen.add(wid)
            p, k = probs[pos].max(dim=-1)
            tags[wid] = _bio(self.labels[int(k)])
            scores[wid] = float(p)
        return tags, scores


def _bio(label: str) -> str:
    return label if label == "O" or label[:2] in ("B-", "I-") else "O"


@lru_cache(maxsize=2)
def load(model_dir: str) -> TransformerTagger:
    """The tagger in ``model_dir``, loaded once."""
    return TransformerTagger(Path(model_dir))


def predict_mentions(doc: Document, model_dir: Path | str) -> list[Mention]:
    """Name mentions from the transformer in ``model_dir``; same output as :func:`rasid.ner.predict_mentions`."""
    from rasid.ner import iter_sentences, tag_tokens

    tagger = load(str(model_dir))
    out: list[Mention] = []
    for sent in iter_sentences(doc):
        out.extend(tag_tokens(doc, sent, tagger))
    for m in out:
        m.source = "ner:transformer"
    return out
