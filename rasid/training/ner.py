"""Train the CRF entity tagger from newsfane, deterministically.

Split: sentences are numbered in file order; every 10th (index % 10 == 9) is
the dev set, the rest train.  The tagger is trained on the train part only so
the dev scores it reports are honest; the segmenter vocabulary (also the
word-frequency feature) counts the folded tokens of the train part.  The
gazetteer and frequency features of each training sentence come from the other
four fifths of the train part (jack-knifing), so that they look in training as
they will on unseen text.  Word clusters are learned from the unlabelled
SaudiNewsNet articles (:mod:`rasid.training.clusters`, needs numpy) and shipped
as ids in the vocab file; without the corpus or numpy the model is trained
without them.  The tagger learns the five coarse types of
:data:`rasid.ner.labels.TAGGED_TYPES` in BIOES tags; a maximum-entropy classifier
trained on the gold ORG/GPE entities (:func:`train_fine`) gives their fine class.
"""

from __future__ import annotations

import gzip
import json
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from rasid.evaluation.ner import chunks, read_bio, score_bio, to_bioes
from rasid.ner.features import CONTEXT_SENTENCES
from rasid.ner.labels import KEEP_FINE, coarse, model_class, tag_map, tagged_type
from rasid.text.normalize import fold

DEV_EVERY = 10
# Fixed after a small dev sweep (docs/ner.md): L1 keeps the model small, a stronger L2 (0.3 rather
# than 0.02) smooths it and converges within 200 L-BFGS iterations.
# Coarse labels plus the fine-class classifier (issue 4): more ORG recall, fine class kept.
# Session 13 (docs/ner.md): BIOES tags, weaker L1/L2 and 300 iterations, with the five tagged types and the
# gazetteer of forms seen once: 85.06 micro F1 on dev (the model before: 83.50 on the same types).
PARAMS: dict[str, Any] = {"labels": "coarse", "scheme": "bioes", "c1": 0.02, "c2": 0.2, "max_iterations": 300,
                          "feature.possible_transitions": True, "feature.minfreq": 1}
GAZETTEER_MIN_COUNT = 1  # a form annotated once, and mostly inside names of one type, is in the gazetteer


def scheme_of(name: str) -> Callable[[list[str]], list[str]]:
    """The rewrite of a sentence's BIO tags into the tag scheme the CRF learns (``"bio"`` or ``"bioes"``)."""
    if name not in ("bio", "bioes"):
        raise ValueError(f"unknown tag scheme {name!r}: use 'bio' or 'bioes'")
    return to_bioes if name == "bioes" else list


def split(sents: list[Any], every: int = DEV_EVERY) -> tuple[list[Any], list[Any]]:
    """Deterministic (train, dev) split: every ``every``-th sentence is dev."""
    train = [s for i, s in enumerate(sents) if i % every != every - 1]
    dev = [s for i, s in enumerate(sents) if i % every == every - 1]
    return train, dev


def gazetteer(sents: list[tuple[list[str], list[str]]], min_count: int = GAZETTEER_MIN_COUNT,
              min_share: float = 0.5) -> dict[str, str]:
    """Forms mostly seen inside entities of one coarse type: ``{form: type}``."""
    counts: dict[str, Counter[str]] = {}
    for forms, tags in sents:
        for w, t in zip(forms, tags):
            counts.setdefault(w, Counter())[coarse(t[2:]) if t != "O" else "O"] += 1
    out: dict[str, str] = {}
    for w in sorted(counts):
        c = counts[w]
        total = sum(c.values())
        typ, n = max(((t, n) for t, n in c.items() if t != "O"), key=lambda x: (x[1], x[0]), default=("O", 0))
        if n >= min_count and n / total >= min_share and len(w) >= 2:
            out[w] = typ
    return out


def phrase_gazetteer(sents: list[tuple[list[str], list[str]]], min_len: int = 2, max_len: int = 4) -> dict[str, str]:
    """Names of 2–4 forms annotated in ``sents`` (``"المجلس التنفيذي"``): ``{"form form": coarse type}``.

    Multi-form organisation names with common-noun heads are what the per-form
    gazetteer cannot mark; the tagger sees the longest match as ``pg=B…/I…`` features.
    """
    counts: dict[str, Counter[str]] = {}
    for forms, tags in sents:
        for a, b, cls in chunks(tags):
            if min_len <= b - a <= max_len:
                counts.setdefault(" ".join(forms[a:b]), Counter())[coarse(cls)] += 1
    return {k: max(sorted(c), key=lambda t: c[t]) for k, c in sorted(counts.items())}


def word_clusters(data_dir: Path, vocab: dict[str, int]) -> dict[str, list[int]]:
    """Clusters learned from ``data_dir/saudinewsnet`` ({} without the corpus or without numpy)."""
    if not list((Path(data_dir) / "saudinewsnet").glob("*.zip")):
        return {}
    try:
        import numpy  # noqa: F401
    except ImportError:  # pragma: no cover - the `train` extra brings numpy
        return {}
    from rasid.training.clusters import build_clusters

    return build_clusters(Path(data_dir), vocab)


def knowledge_names(vocab: dict[str, int]) -> dict[str, str]:
    """Names from rasid's knowledge files, segmented as the tagger sees them: ``{"form form": kind}``.

    Kinds: ``nat`` (countries, CLDR names included), ``city`` (cities and
    provinces, GeoNames long tail included), ``reg`` (regions), ``norp``
    (nationality adjectives), ``org`` and ``per`` (the actor dictionary).  This is a
    snapshot taken at training time and shipped with the model, so later edits of
    the knowledge files do not shift the features the model was trained on.
    """
    from rasid.knowledge import gazetteer as g
    from rasid.knowledge.lexicon import load_tsv
    from rasid.ner.segment import segment_token

    def key(alias: str) -> str:
        forms: list[str] = []
        for word in alias.replace("-", " ").split():
            segs, _, _ = segment_token(word, "word", vocab)
            forms.extend(x.form for x in segs)
        return " ".join(forms[:4]) if len(forms) <= 4 else ""

    out: dict[str, str] = {}

    def add(alias: str, kind: str) -> None:
        k = key(alias)
        if k and len(k) >= 2:
            out.setdefault(k, kind)

    for p in g.countries():
        for a in p.aliases:
            add(a, "nat")
    for p in (*g.places(), *g.cities()):
        for a in p.aliases:
            add(a, "reg" if p.type == "region" else "city")
    for p in g.nationalities():
        for a in p.aliases:
            add(a, "norp")
    for row in load_tsv("actors.tsv"):
        kind = {"state": "nat", "person": "per"}.get(row["type"], "org")
        for a in row["aliases"].split("|"):
            if a:
                add(a, kind)
    return dict(sorted(out.items()))


def train(data_dir: Path, out_path: Path | None, params: dict[str, Any] | None = None,
          limit: int | None = None, clusters: dict[str, list[int]] | None = None,
          use_knowledge: bool = False, wojood: bool = False, use_phrases: bool = True,
          use_context: bool = True) -> dict[str, Any]:
    """Train on ``data_dir/newsfane/train.tsv``, write the model to ``out_path``; return dev scores and timing.

    ``out_path`` None writes the shipped model (``rasid/models/ner-crf.crfsuite``).
    ``limit`` keeps only the first sentences (for tests); ``clusters`` replaces the
    clusters otherwise learned from ``data_dir/saudinewsnet`` (for experiments);
    ``use_knowledge`` adds the knowledge-file name features and ``wojood`` the
    Wojood training sentences (both measured and left out of the shipped model:
    neither helped on dev, see docs/ner.md); ``use_phrases`` adds the (jack-knifed) multi-form
    name gazetteer of the training text; ``use_context`` the document-context features
    (:class:`rasid.ner.features.DocumentContext`: context aggregation and label history), whose
    label history on the training text comes from :func:`history_labels`. ``params["labels"]`` is ``"coarse"`` (the shipped
    model: coarse types plus a fine-class classifier for ORG/GPE, :func:`train_fine`) or
    ``"fine"`` (the fine ORG/GPE classes, a model shipped before); ``params["scheme"]`` is
    ``"bioes"`` (shipped) or ``"bio"``.
    """
    import pycrfsuite

    from rasid.ner.crf import MODEL_PATH, CrfTagger, fine_path
    from rasid.ner.features import sentence_features

    t0 = time.perf_counter()
    sents = read_bio(Path(data_dir) / "newsfane" / "train.tsv")
    if limit:
        sents = sents[:limit]
    folded = [([fold(t) for t in toks], tags) for toks, tags in sents]
    train_s, dev_s = split(folded)
    positions, dev_at = split(list(range(len(folded))))
    # the segmenter and the frequency feature read the counts of the train part, as in training
    vocab = Counter(f for forms, _ in train_s for f in forms)
    if clusters is None:
        clusters = word_clusters(Path(data_dir), vocab)
    kg = knowledge_names(vocab) if use_knowledge else {}
    t_cl = time.perf_counter()
    all_params = {**PARAMS, **(params or {})}
    algorithm = all_params.pop("algorithm", "lbfgs")
    coarse_labels = all_params.pop("labels") == "coarse"
    scheme = scheme_of(all_params.pop("scheme"))
    label_fn = tagged_type if coarse_labels else model_class
    trainer = pycrfsuite.Trainer(algorithm=algorithm, verbose=False)
    if algorithm != "lbfgs":
        all_params = {k: v for k, v in all_params.items() if k not in ("c1", "c2")}
    trainer.set_params(all_params)
    doc = None
    if use_context:
        sents: list[list[str] | None] = [None] * len(folded)
        labels: list[list[str]] = [[] for _ in folded]
        for i, (forms, _), predicted in zip(positions, train_s, history_labels(train_s, clusters, kg, use_phrases, params)):
            sents[i], labels[i] = forms, predicted
        doc = (positions, sents, labels)
    for forms, tags, feats in jackknifed_features(train_s, clusters, kg, use_phrases, doc):
        trainer.append(feats, scheme([tag_map(t, label_fn) for t in tags]))
    wpath = Path(data_dir) / "wojood" / "train.txt"
    if wojood and wpath.exists():
        # unseen text for the gazetteer and frequency features: use the whole train part
        gaz_all = gazetteer(train_s)
        phr_all = phrase_gazetteer(train_s) if use_phrases else None
        for forms, tags in read_wojood(wpath, vocab, train_s):
            trainer.append(sentence_features(forms, gaz_all, vocab, clusters, kg, None, phr_all),
                           scheme([tag_map(t, label_fn) for t in tags]))
    out_path = Path(out_path) if out_path else MODEL_PATH
    out_path.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(out_path))
    write_vocab(out_path, train_s, clusters, kg, use_phrases, CONTEXT_SENTENCES if use_context else 0)
    fp = fine_path(out_path)
    if coarse_labels:
        train_fine(train_s, clusters, fp)
    elif fp.exists():
        fp.unlink()
    t1 = time.perf_counter()
    tagger = CrfTagger(out_path)
    gold = [[tag_map(t, tagged_type) for t in tags] for _, tags in dev_s]
    # the file is read as one document, so a dev sentence sees its article's text around it; only the dev
    # sentences are tagged, so no label of a training sentence reaches them through the label history
    out = tagger.tag_document([forms for forms, _ in folded], dev_at)
    tagged = [out[i][0] for i in dev_at]
    pred = [[tag_map(t, tagged_type) for t in tags] for tags in tagged]
    t2 = time.perf_counter()
    n_dev_tokens = sum(len(f) for f, _ in dev_s)
    scores = score_bio(gold, pred)
    scores["fine"] = fine_accuracy(tagger, dev_s, tagged)
    return {
        "dev": scores,
        "train_sentences": len(train_s),
        "dev_sentences": len(dev_s),
        "train_seconds": round(t1 - t0, 1),
        "cluster_seconds": round(t_cl - t0, 1),
        "dev_tokens_per_second": round(n_dev_tokens / max(t2 - t1, 1e-9)),
        "model_bytes": out_path.stat().st_size,
        "params": {**PARAMS, **(params or {})},
    }


JACKKNIFE_FOLDS = 5  # the gazetteer, frequency and phrase features of a training sentence come from the other folds


Doc = tuple[list[int], list["list[str] | None"], list[list[str]]]


def jackknifed_features(train_s: list[tuple[list[str], list[str]]], clusters: dict[str, list[int]],
                        kg: dict[str, str] | None = None, use_phrases: bool = True,
                        doc: Doc | None = None) -> Iterator[tuple[list[str], list[str], list[list[str]]]]:
    """``(forms, tags, features)`` of the training sentences in the order training appends them: fold ``k`` (every
    :data:`JACKKNIFE_FOLDS`-th sentence) with gazetteer, frequency and phrase features from the other folds only, so
    that they look as they will on text the model has not seen.

    ``doc`` adds the document-context features: the file position of each training sentence, every
    sentence of the file in order (None where it may not serve as context: the dev sentences) and
    the predicted labels of every sentence by file position (:func:`history_labels`; [] for the dev sentences).
    """
    from rasid.ner.features import DocumentContext, sentence_features

    for k in range(JACKKNIFE_FOLDS):
        rest = [s for i, s in enumerate(train_s) if i % JACKKNIFE_FOLDS != k]
        gaz_k = gazetteer(rest)
        freq_k = Counter(f for forms, _ in rest for f in forms)
        phr_k = phrase_gazetteer(rest) if use_phrases else None
        ctx = DocumentContext(doc[1], freq_k, phr_k, clusters, gaz_k, CONTEXT_SENTENCES) if doc else None
        for r in range(k, len(train_s), JACKKNIFE_FOLDS):
            forms, tags = train_s[r]
            feats = sentence_features(forms, gaz_k, freq_k, clusters, kg or {}, None, phr_k)
            if doc and ctx:
                i = doc[0][r]
                feats = [a + b + c for a, b, c in zip(feats, ctx.features(i), ctx.history(i, doc[2]))]
            yield forms, tags, feats


HISTORY_BLOCKS = 5  # contiguous blocks of the train part, each labelled by a model trained on the others


def blocks(n: int, folds: int = HISTORY_BLOCKS) -> list[range]:
    """``folds`` contiguous blocks covering ``range(n)``."""
    return [range(k * n // folds, (k + 1) * n // folds) for k in range(folds)]


def fit_sentence_model(train_s: list[tuple[list[str], list[str]]], clusters: dict[str, list[int]], path: Path,
                       params: dict[str, Any] | None = None, kg: dict[str, str] | None = None,
                       use_phrases: bool = True) -> None:
    """Train a CRF on ``train_s`` with the features of single sentences only (no document context), coarse
    labels, and write the model and its vocab file to ``path``."""
    import pycrfsuite

    p = {**PARAMS, **(params or {})}
    p.pop("labels", None)
    scheme = scheme_of(p.pop("scheme"))
    trainer = pycrfsuite.Trainer(algorithm="lbfgs", verbose=False)
    trainer.set_params(p)
    for forms, tags, feats in jackknifed_features(train_s, clusters, kg, use_phrases):
        trainer.append(feats, scheme([tag_map(t, tagged_type) for t in tags]))
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(path))
    write_vocab(path, train_s, clusters, kg, use_phrases)


def history_labels(train_s: list[tuple[list[str], list[str]]], clusters: dict[str, list[int]],
                   kg: dict[str, str] | None = None, use_phrases: bool = True,
                   params: dict[str, Any] | None = None) -> list[list[str]]:
    """Predicted (never gold) labels of every training sentence, for the label-history features.

    At run time the history is the tagger's own output on an article it never saw, so in training
    it must be output of the same quality: each contiguous block of the train part (a stretch of
    articles) is tagged by a single-sentence model trained on the other blocks.
    """
    import tempfile

    from rasid.ner.crf import CrfTagger

    out: list[list[str]] = [[] for _ in train_s]
    with tempfile.TemporaryDirectory() as tmp:
        for k, blk in enumerate(blocks(len(train_s))):
            path = Path(tmp) / f"block{k}.crfsuite"
            fit_sentence_model([s for i, s in enumerate(train_s) if i not in blk], clusters, path, params, kg,
                               use_phrases)
            tagger = CrfTagger(path)
            for i in blk:
                out[i] = tagger.tag_forms(train_s[i][0])
    return out


def write_vocab(model_path: Path, train_s: list[tuple[list[str], list[str]]], clusters: dict[str, list[int]],
                kg: dict[str, str] | None = None, use_phrases: bool = True, context: int = 0) -> None:
    """Write the vocab file beside a model: vocabulary counts, gazetteers, cluster ids, the document-context
    window it was trained with (gzip without a timestamp, so that retraining gives the same bytes)."""
    from rasid.ner.crf import vocab_path

    vocab = Counter(f for forms, _ in train_s for f in forms)
    data = {"vocab": dict(sorted(vocab.items())), "gazetteer": gazetteer(train_s),
            "clusters": dict(sorted(clusters.items())), "knowledge": kg or {},
            "phrases": phrase_gazetteer(train_s) if use_phrases else {}}
    if context:
        data["context"] = context
    blob = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    vocab_path(model_path).write_bytes(gzip.compress(blob, mtime=0))


FINE_PARAMS: dict[str, Any] = {"c1": 0.1, "c2": 0.1, "max_iterations": 200}


def _fine_entities(forms: list[str], tags: list[str]) -> list[tuple[int, int, str, str]]:
    """ORG and GPE entities ``(start, end, coarse type, fine class)`` of one gold sentence."""
    out = []
    for a, b, cls in sorted(chunks(tags)):
        typ = coarse(cls)
        if typ in KEEP_FINE:
            out.append((a, b, typ, cls))
    return out


def train_fine(train_s: list[tuple[list[str], list[str]]], clusters: dict[str, list[int]], path: Path) -> None:
    """Train the fine-class classifier (ORG.Government, GPE.Nation …) on the gold train entities.

    A CRF over one-item sequences is a maximum-entropy classifier; it runs once per
    ORG/GPE entity the coarse tagger finds, so it costs next to nothing at run time.
    """
    import pycrfsuite

    from rasid.ner.features import entity_features

    trainer = pycrfsuite.Trainer(algorithm="lbfgs", verbose=False)
    trainer.set_params(FINE_PARAMS)
    for forms, tags in train_s:
        for a, b, typ, cls in _fine_entities(forms, tags):
            trainer.append([entity_features(forms, a, b, typ, clusters)], [cls])
    trainer.train(str(path))


def fine_accuracy(tagger: Any, dev_s: list[tuple[list[str], list[str]]], pred: list[list[str]]) -> dict[str, Any]:
    """Fine-class accuracy (percent) on the dev ORG/GPE entities the tagger finds (``pred``) with the right span and type."""
    n = ok = 0
    for (forms, tags), predicted in zip(dev_s, pred):
        gold = {(a, b, typ): cls for a, b, typ, cls in _fine_entities(forms, tags)}
        for a, b, cls in chunks(predicted):
            g = gold.get((a, b, coarse(cls)))
            if g is not None:
                n += 1
                ok += tagger.fine_class(forms, a, b, cls) == g
    return {"accuracy": round(100 * ok / n, 2) if n else 0.0, "entities": n}


WOJOOD_TYPES = {"PERS": "PER", "ORG": "ORG", "GPE": "GPE", "LOC": "LOC", "FAC": "FAC"}


def read_wojood(path: Path, vocab: dict[str, int],
                train_s: list[tuple[list[str], list[str]]]) -> list[tuple[list[str], list[str]]]:
    """Wojood sentences as newsfane-style (folded clitic-split forms, fine BIO tags).

    Of a token's nested tags the outermost PERS/ORG/GPE/LOC/FAC one is kept
    (``سكرتير اللجنه …`` is OCC outside, ORG inside: the ORG stays); other
    classes (OCC, NORP, DATE, EVENT …) become O.  Wojood has no fine classes, so an
    ORG or GPE span takes the fine class its words mostly carry in the newsfane
    train part, else the most common fine class of that type.
    """
    from rasid.ner.segment import segment_token

    fine_of_form: dict[str, Counter[str]] = {}
    by_type: dict[str, Counter[str]] = {}
    for forms, tags in train_s:
        for w, t in zip(forms, tags):
            if t != "O":
                c = coarse(t[2:])
                fine_of_form.setdefault(f"{c}|{w}", Counter())[t[2:]] += 1
                by_type.setdefault(c, Counter())[t[2:]] += 1
    default = {c: max(sorted(n), key=lambda k: n[k]) for c, n in by_type.items()}

    out: list[tuple[list[str], list[str]]] = []
    raw = read_bio_multi(path)
    for toks, tagsets in raw:
        forms: list[str] = []
        tags: list[str] = []
        for tok, tset in zip(toks, tagsets):
            tag = next((t for t in tset if t != "O" and t[2:] in WOJOOD_TYPES), "O")
            segs, _, _ = segment_token(tok, "word" if _is_arabic(tok) else "other", vocab)
            typ = WOJOOD_TYPES.get(tag[2:]) if tag != "O" else None
            started = tag.startswith("I-")
            for k, seg in enumerate(segs):
                conj = k < len(segs) - 1 and seg.fstart == k and seg.form in ("و", "ف") and not started
                suffix = k > 0 and seg.form in _SUFFIXES and k == len(segs) - 1
                if typ is None or conj or suffix:
                    tags.append("O")
                else:
                    tags.append(("I-" if started else "B-") + typ)
                    started = True
                forms.append(seg.form)
        if not forms:
            continue
        # coarse → fine for ORG/GPE, per span
        fine_tags = list(tags)
        for a, b, typ in chunks(tags):
            if typ in ("ORG", "GPE"):
                votes: Counter[str] = Counter()
                for w in forms[a:b]:
                    votes.update(fine_of_form.get(f"{typ}|{w}", Counter()))
                fine = max(sorted(votes), key=lambda k: votes[k]) if votes else default.get(typ, typ)
            else:
                fine = {"PER": "Other_PER", "LOC": "Land-Region-Natural", "FAC": "Building-Grounds"}[typ]
            for i in range(a, b):
                fine_tags[i] = ("B-" if i == a else "I-") + fine
        out.append((forms, fine_tags))
    return out


_SUFFIXES = frozenset({"ه", "ها", "هم", "هما", "هن", "ك", "كم", "كما", "نا"})


def _is_arabic(tok: str) -> bool:
    return any("\u0621" <= ch <= "\u064a" for ch in tok)


def read_bio_multi(path: Path) -> list[tuple[list[str], list[list[str]]]]:
    """Sentences of a space-separated ``token TAG [TAG …]`` file (``$#$`` segment marks dropped)."""
    sents: list[tuple[list[str], list[list[str]]]] = []
    toks: list[str] = []
    tags: list[list[str]] = []
    with Path(path).open(encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if not parts:
                if toks:
                    sents.append((toks, tags))
                toks, tags = [], []
                continue
            if parts[0] == "$#$":
                continue
            toks.append(parts[0])
            tags.append(parts[1:] or ["O"])
    if toks:
        sents.append((toks, tags))
    return sents
