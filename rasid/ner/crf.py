"""The shipped CRF tagger: loading (once) and tagging folded sub-token sequences."""

from __future__ import annotations

import gzip
import json
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from rasid.ner.features import DocumentContext, entity_features, sentence_features
from rasid.ner.labels import KEEP_FINE, coarse, fine_of
from rasid.text.normalize import fold

MODEL_DIR = Path(__file__).resolve().parent.parent / "models"
MODEL_PATH = MODEL_DIR / "ner-crf.crfsuite"
FORM_CACHE_SIZE = 200_000  # word forms whose context-free features a tagger keeps


def vocab_path(model_path: Path) -> Path:
    """The segmenter vocabulary shipped beside a model file."""
    return model_path.with_name(model_path.name.split(".")[0] + ".vocab.json.gz")


def fine_path(model_path: Path) -> Path:
    """The fine-class classifier shipped beside a model file (a one-item CRF, i.e. a maximum-entropy model)."""
    return model_path.with_name(model_path.name.split(".")[0] + ".fine.crfsuite")


class FineClassifier:
    """The fine-class classifier shipped beside a tagger (a one-item CRF, i.e. a maximum-entropy model)."""

    def __init__(self, path: Path) -> None:
        import pycrfsuite

        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(str(path))
        self._labels: dict[str, list[str]] = {}
        for lab in sorted(self._tagger.labels()):
            self._labels.setdefault(coarse(lab), []).append(lab)

    def classify(self, forms: list[str], a: int, b: int, cls: str, clusters: dict[str, list[int]]) -> str | None:
        """The fine class of the ORG/GPE entity ``forms[a:b]`` tagged ``cls``, restricted to classes of that type."""
        if cls not in KEEP_FINE:
            return None
        t = self._tagger
        y = t.tag([entity_features(forms, a, b, cls, clusters)])[0]
        if coarse(y) == cls:
            return y
        labs = self._labels.get(cls)
        return max(labs, key=lambda lab: t.marginal(lab, 0)) if labs else None


class CrfTagger:
    """A python-crfsuite tagger plus the vocabulary its segmenter checks splits against."""

    def __init__(self, model_path: Path) -> None:
        import pycrfsuite

        self.path = Path(model_path)
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(str(self.path))
        vp = vocab_path(self.path)
        data = json.loads(gzip.decompress(vp.read_bytes())) if vp.exists() else {}
        self.vocab: dict[str, int] = data.get("vocab", {})
        self.gaz: dict[str, str] = data.get("gazetteer", {})
        self.clusters: dict[str, list[int]] = data.get("clusters", {})
        self.kg: dict[str, str] = data.get("knowledge", {})
        self.phrases: dict[str, str] = data.get("phrases", {})
        self.context: int = data.get("context", 0)  # sentences each side a model trained with document context reads
        self._form_cache: dict[str, list[str]] = {}
        self.segment_cache: dict[tuple[str, str], tuple] = {}  # token text and kind -> its clitic segments
        fp = fine_path(self.path)
        self._fine = FineClassifier(fp) if fp.exists() else None

    def features(self, forms: list[str]) -> list[list[str]]:
        """The CRF features of one sentence of folded forms."""
        if len(self._form_cache) > FORM_CACHE_SIZE:
            self._form_cache.clear()
        return sentence_features(forms, self.gaz, self.vocab, self.clusters, self.kg, self._form_cache, self.phrases)

    def tag_forms(self, forms: list[str]) -> list[str]:
        """BIO model-class tags for folded forms (one sentence, no document around it)."""
        return self.tag_with_marginals(forms)[0]

    def tag_with_marginals(self, forms: list[str]) -> tuple[list[str], list[float]]:
        """Tags and, per position, the marginal probability of the chosen tag (1.0 for O: no caller needs it)."""
        if not forms:
            return [], []
        return self.tag_document([forms])[0]

    def tag_document(self, sents: list[list[str]],
                     targets: Sequence[int] | None = None) -> list[tuple[list[str], list[float]]]:
        """Tags and marginals (as :meth:`tag_with_marginals`) for the sentences of one document, in
        reading order: each sentence reads the other occurrences of its forms within the window and
        the labels given to them in the sentences before it (one CRF pass per sentence).

        ``targets`` tags only those sentences; the others are context text (no labels, no history),
        which is how an evaluation scores held-out sentences inside text the model was trained on.
        """
        ctx = DocumentContext(sents, self.vocab, self.phrases, self.clusters, self.gaz, self.context) if self.context else None
        todo = set(range(len(sents)) if targets is None else targets)
        t = self._tagger
        out: list[tuple[list[str], list[float]]] = []
        labels: list[list[str]] = []  # the tags given so far, [] for sentences not tagged
        for i, forms in enumerate(sents):
            tags: list[str] = []
            marg: list[float] = []
            if forms and i in todo:
                feats = self.features(forms)
                if ctx is not None:
                    feats = [a + b + c for a, b, c in zip(feats, ctx.features(i), ctx.history(i, labels))]
                tags = list(t.tag(feats))
                marg = [1.0 if y == "O" else t.marginal(y, n) for n, y in enumerate(tags)]
            out.append((tags, marg))
            labels.append(tags)
        return out

    def fine_class(self, forms: list[str], a: int, b: int, cls: str) -> str | None:
        """The fine class of the entity ``forms[a:b]`` tagged ``cls`` (ORG and GPE only, else None).

        A model trained on fine classes (``ORG.Police``) carries it in the tag; a model
        trained on coarse types asks the fine-class classifier, restricted to classes of that type.
        """
        if "." in cls:
            return fine_of(cls)
        return self._fine.classify(forms, a, b, cls, self.clusters) if self._fine is not None else None

    def tag_tokens(self, tokens: list[str]) -> list[str]:
        """Tags for pre-segmented newsfane tokens (folded here, as in training)."""
        return self.tag_forms([fold(t) for t in tokens])


@lru_cache(maxsize=4)
def _load(path: str) -> CrfTagger | None:
    p = Path(path)
    if not p.exists():
        return None
    return CrfTagger(p)


def load_tagger(model_path: Path | None = None) -> CrfTagger | None:
    """The tagger at ``model_path`` (the shipped one by default), loaded once; None if absent."""
    return _load(str(model_path or MODEL_PATH))
