"""A small neural entity tagger (BiLSTM over word vectors, a character CNN and gazetteer marks).

Experiment (docs/ner.md, "Session 4"): the same folded clitic sub-tokens, coarse BIO labels and
train/dev split as the CRF (:mod:`rasid.training.ner`).  Inputs per sub-token:

- a word embedding initialised from the PPMI-SVD vectors learned on SaudiNewsNet
  (:func:`rasid.training.clusters.build_vectors`), looked up by form, else by its
  article-stripped stem, else UNK; numbers share one vector;
- a character CNN over the form (fixed width, so training and run time pad alike);
- small embeddings of the discrete marks the CRF uses: the jack-knifed gazetteer type,
  the phrase-gazetteer mark, the frequency class and (optionally) the cluster ids.

The network gives per-position label probabilities; a BIO-constrained Viterbi over their
logs decodes (:func:`constrained_decode`).  Training is deterministic: fixed seeds, one
thread, fixed batch order.  Epochs are selected on a slice of the train part (never dev).
Result (docs/ner.md, "Session 4"): it does not beat the CRF on dev, alone or averaged with
it, so nothing here is in rasid's run-time path.  Needs torch (the ``transformers`` extra) and
numpy; :func:`export_onnx` and :class:`OnnxTagger` need onnx and onnxruntime.

    python -m rasid.training.ner_neural NAME '{"hidden": 64, "tune_emb": false}' [--out DIR]
"""

from __future__ import annotations

import copy
import gzip
import json
import time
import warnings
from collections import Counter
from pathlib import Path
from typing import Any, Sequence

from rasid.evaluation.ner import read_bio, score_bio
from rasid.ner.features import _stem, freq_bucket, knowledge_marks
from rasid.ner.labels import COARSE_TYPES, coarse, tag_map
from rasid.text.normalize import fold
from rasid.training.ner import gazetteer, phrase_gazetteer, split

LABELS = ["O"] + [f"{p}-{t}" for t in COARSE_TYPES for p in ("B", "I")]
GAZ_TYPES = [None, *COARSE_TYPES]
PHRASE_MARKS = [None] + [f"{p}{t}" for t in COARSE_TYPES for p in ("B", "I")]
MAX_CHARS = 16
NUM = "<num>"


def allowed_transitions() -> list[list[bool]]:
    """``ok[i][j]``: label j may follow label i under BIO (I-X only after B-X or I-X)."""
    ok = []
    for a in LABELS:
        row = []
        for b in LABELS:
            row.append(not b.startswith("I-") or (a != "O" and a[2:] == b[2:]))
        ok.append(row)
    return ok


def start_allowed() -> list[bool]:
    return [not lab.startswith("I-") for lab in LABELS]


def constrained_decode(logp, trans=None, start=None) -> list[int]:  # type: ignore[no-untyped-def]
    """Best BIO-valid label sequence for a (T, C) numpy array of per-position log probabilities."""
    import numpy as np

    if trans is None:
        trans = np.where(np.array(allowed_transitions()), 0.0, -1e9)
    if start is None:
        start = np.where(np.array(start_allowed()), 0.0, -1e9)
    t_len = logp.shape[0]
    score = logp[0] + start
    back = []
    for t in range(1, t_len):
        cand = score[:, None] + trans
        back.append(cand.argmax(axis=0))
        score = cand.max(axis=0) + logp[t]
    best = [int(score.argmax())]
    for arg in reversed(back):
        best.append(int(arg[best[-1]]))
    return best[::-1]


class Encoder:
    """Maps folded forms to the integer inputs of the network (shared by training and run time)."""

    def __init__(self, words: Sequence[str], chars: Sequence[str], gaz: dict[str, str], phrases: dict[str, str],
                 freq: dict[str, int], clusters: dict[str, list[int]] | None = None) -> None:
        self.words = list(words)
        self.word_id = {w: i for i, w in enumerate(self.words)}
        self.chars = list(chars)
        self.char_id = {ch: i for i, ch in enumerate(self.chars)}
        self.gaz = gaz
        self.phrases = phrases
        self.freq = freq
        self.clusters = clusters or {}
        self._cache: dict[str, tuple[int, list[int], int, int, int, int]] = {}

    def _form(self, w: str) -> tuple[int, list[int], int, int, int, int]:
        hit = self._cache.get(w)
        if hit is not None:
            return hit
        s = _stem(w)
        key = NUM if w[:1].isdigit() else w
        wid = self.word_id.get(key)
        if wid is None:
            wid = self.word_id.get(s, 1)
        ch = [self.char_id.get(c, 1) for c in w[:MAX_CHARS]]
        ch += [0] * (MAX_CHARS - len(ch))
        cl = self.clusters.get(w) or self.clusters.get(s)
        c0, c1, c2 = (cl[0] + 1, cl[1] + 1, cl[2] + 1) if cl else (0, 0, 0)
        out = (wid, ch, c0, c1, c2, 0)
        if len(self._cache) < 300_000:
            self._cache[w] = out
        return out

    def encode(self, forms: list[str], gaz: dict[str, str] | None = None, phrases: dict[str, str] | None = None,
               freq: dict[str, int] | None = None) -> tuple[list[int], list[list[int]], list[list[int]]]:
        """(word ids, char ids per form, discrete features per form: gaz, phrase, freq, c0, c1, c2)."""
        gaz = self.gaz if gaz is None else gaz
        phrases = self.phrases if phrases is None else phrases
        freq = self.freq if freq is None else freq
        pm = knowledge_marks(forms, phrases) if phrases else [None] * len(forms)
        wids, chars, feats = [], [], []
        for i, w in enumerate(forms):
            wid, ch, c0, c1, c2, _ = self._form(w)
            g = gaz.get(w) or gaz.get(_stem(w))
            wids.append(wid)
            chars.append(ch)
            feats.append([GAZ_TYPES.index(g) if g in GAZ_TYPES else 0,
                          PHRASE_MARKS.index(pm[i]) if pm[i] in PHRASE_MARKS else 0,
                          int(freq_bucket(freq.get(w, 0))), c0, c1, c2])
        return wids, chars, feats




class _ProbabilityTagger:
    """Tagging from per-position label probabilities: a BIO-constrained Viterbi over their logs."""

    _np: Any
    _trans: Any
    _start: Any

    def probabilities(self, forms: list[str]):  # type: ignore[no-untyped-def]
        raise NotImplementedError

    def tag_with_marginals(self, forms: list[str]) -> tuple[list[str], list[float]]:
        """BIO tags and each chosen tag's probability."""
        if not forms:
            return [], []
        p = self.probabilities(forms)
        best = constrained_decode(self._np.log(p + 1e-9), self._trans, self._start)
        return [LABELS[k] for k in best], [float(p[i, k]) for i, k in enumerate(best)]

    def tag_forms(self, forms: list[str]) -> list[str]:
        return self.tag_with_marginals(forms)[0]

    def tag_tokens(self, tokens: list[str]) -> list[str]:
        """Tags for pre-segmented newsfane tokens (folded here, as in training)."""
        return self.tag_forms([fold(t) for t in tokens])


class OnnxTagger(_ProbabilityTagger):
    """The exported network run by onnxruntime (measurement only, not in rasid's run-time path).

    Same interface as :class:`rasid.ner.crf.CrfTagger`: ``vocab`` (the segmenter's
    counts), ``segment_cache``, ``tag_forms``, ``tag_with_marginals`` and ``fine_class``;
    the fine class comes from the CRF's fine-class classifier.
    """

    def __init__(self, model_path: Path, fine_model: Path | None = None) -> None:
        import numpy as np
        import onnxruntime as ort

        from rasid.ner.crf import MODEL_PATH as CRF_PATH
        from rasid.ner.crf import FineClassifier, fine_path, vocab_path

        self._np = np
        self.path = Path(model_path)
        opts = ort.SessionOptions()
        opts.intra_op_num_threads = 1
        opts.inter_op_num_threads = 1
        opts.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
        opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        self._sess = ort.InferenceSession(str(self.path), opts, providers=["CPUExecutionProvider"])
        data = json.loads(gzip.decompress(vocab_path(self.path).read_bytes()))
        self.vocab: dict[str, int] = data["vocab"]
        self.clusters: dict[str, list[int]] = data.get("clusters", {})
        self.encoder = Encoder(data["words"], data["chars"], data["gazetteer"], data["phrases"], self.vocab,
                               self.clusters)
        self.segment_cache: dict[tuple[str, str], tuple] = {}
        self._trans = np.where(np.array(allowed_transitions()), 0.0, -1e9).astype(np.float32)
        self._start = np.where(np.array(start_allowed()), 0.0, -1e9).astype(np.float32)
        fp = fine_model or fine_path(self.path)
        if not Path(fp).exists():
            fp = fine_path(CRF_PATH)
        self._fine = FineClassifier(Path(fp)) if Path(fp).exists() else None

    def probabilities(self, forms: list[str]):  # type: ignore[no-untyped-def]
        """(T, 13) label probabilities of one sentence of folded forms."""
        np = self._np
        w, c, f = self.encoder.encode(forms)
        feeds = {"words": np.array([w], dtype=np.int64), "chars": np.array([c], dtype=np.int64),
                 "feats": np.array([f], dtype=np.int64)}
        return self._sess.run(None, feeds)[0][0]

    def fine_class(self, forms: list[str], a: int, b: int, cls: str) -> str | None:
        """The fine class of the ORG/GPE entity ``forms[a:b]`` from the fine-class classifier (else None)."""
        return self._fine.classify(forms, a, b, cls, self.clusters) if self._fine is not None else None


class EnsembleTagger(_ProbabilityTagger):
    """The CRF and the neural tagger together: their per-position label probabilities
    (CRF marginals, network softmax) averaged with weight ``crf_weight``, then a BIO-constrained
    Viterbi.  Same interface as the two taggers; fine classes from the shared classifier."""

    def __init__(self, crf, neural: OnnxTagger, crf_weight: float = 0.5) -> None:  # type: ignore[no-untyped-def]
        self.crf = crf
        self.neural = neural
        self.crf_weight = crf_weight
        self._np, self._trans, self._start = neural._np, neural._trans, neural._start
        self.vocab = crf.vocab
        self.segment_cache: dict[tuple[str, str], tuple] = {}
        crf_labels = set(crf._tagger.labels())
        self._crf_labels = [lab for lab in LABELS if lab in crf_labels]
        self._crf_cols = [LABELS.index(lab) for lab in self._crf_labels]

    def probabilities(self, forms: list[str]):  # type: ignore[no-untyped-def]
        np = self.neural._np
        t = self.crf._tagger
        t.set(self.crf.features(forms))
        m = np.zeros((len(forms), len(LABELS)), dtype=np.float32)
        for col, lab in zip(self._crf_cols, self._crf_labels):
            m[:, col] = [t.marginal(lab, i) for i in range(len(forms))]
        w = self.crf_weight
        return w * m + (1.0 - w) * self.neural.probabilities(forms)

    def fine_class(self, forms: list[str], a: int, b: int, cls: str) -> str | None:
        return self.crf.fine_class(forms, a, b, cls)


DEFAULTS: dict[str, Any] = {
    "max_words": 30000, "word_dim": 160, "char_dim": 24, "char_filters": 64, "hidden": 128,
    "gaz_dim": 8, "phrase_dim": 8, "freq_dim": 4, "cluster_dims": (0, 0, 0),
    "dropout": 0.5, "lr": 2e-3, "batch": 16, "epochs": 20, "tune_emb": True, "seed": 1, "clip": 5.0, "patience": 0, "word_dropout": 0.0, "freeze_pretrained": False,
}


def build_net(n_words: int, n_chars: int, cfg: dict[str, Any]):  # type: ignore[no-untyped-def]
    import torch
    from torch import nn

    class Net(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.wemb = nn.Embedding(n_words, cfg["word_dim"], padding_idx=0, sparse=True)
            self.cemb = nn.Embedding(n_chars, cfg["char_dim"], padding_idx=0)
            self.conv = nn.Conv1d(cfg["char_dim"], cfg["char_filters"], 3, padding=1)
            self.gemb = nn.Embedding(len(GAZ_TYPES), cfg["gaz_dim"])
            self.pemb = nn.Embedding(len(PHRASE_MARKS), cfg["phrase_dim"])
            self.femb = nn.Embedding(6, cfg["freq_dim"])
            cd = cfg["cluster_dims"]
            self.cl = nn.ModuleList([nn.Embedding(k + 1, d) for k, d in zip((64, 256, 1024), cd) if d])
            in_dim = (cfg["word_dim"] + cfg["char_filters"] + cfg["gaz_dim"] + cfg["phrase_dim"] + cfg["freq_dim"]
                      + sum(cd))
            self.drop = nn.Dropout(cfg["dropout"])
            self.lstm = nn.LSTM(in_dim, cfg["hidden"], batch_first=True, bidirectional=True)
            self.out = nn.Linear(2 * cfg["hidden"], len(LABELS))

        def features(self, words, chars, feats):  # type: ignore[no-untyped-def]
            return self.features_wv(self.wemb(words), chars, feats)

        def features_wv(self, wv, chars, feats):  # type: ignore[no-untyped-def]
            b, t = wv.shape[0], wv.shape[1]
            c = self.cemb(chars.reshape(b * t, MAX_CHARS)).transpose(1, 2)
            c = torch.relu(self.conv(c)).max(dim=2).values.reshape(b, t, -1)
            parts = [wv, c, self.gemb(feats[:, :, 0]), self.pemb(feats[:, :, 1]),
                     self.femb(feats[:, :, 2])]
            for k, emb in enumerate(self.cl):
                parts.append(emb(feats[:, :, 3 + k]))
            return torch.cat(parts, dim=2)

        def forward(self, words, chars, feats):  # type: ignore[no-untyped-def]
            """Per-position label probabilities of one sentence (batch 1, as exported to ONNX)."""
            h, _ = self.lstm(self.features(words, chars, feats))
            return torch.softmax(self.out(h), dim=2)

        def logits(self, words, chars, feats, lengths):  # type: ignore[no-untyped-def]
            x = self.drop(self.features(words, chars, feats))
            packed = nn.utils.rnn.pack_padded_sequence(x, lengths, batch_first=True, enforce_sorted=False)
            h, _ = self.lstm(packed)
            h, _ = nn.utils.rnn.pad_packed_sequence(h, batch_first=True, total_length=words.shape[1])
            return self.out(self.drop(h))

    return Net()


def word_list(vectors: tuple[list[str], Any] | None, train_counts: Counter[str], max_words: int) -> list[str]:
    """PAD, UNK, NUM, then the most frequent pretrained forms, then train forms (count ≥ 2) they miss."""
    out = ["<pad>", "<unk>", NUM]
    seen = set(out)
    if vectors is not None:
        for w in vectors[0]:
            if len(out) >= max_words:
                break
            if w not in seen:
                out.append(w)
                seen.add(w)
    for w, c in sorted(train_counts.items(), key=lambda x: (-x[1], x[0])):
        if c >= 2 and w not in seen and not w[:1].isdigit():
            out.append(w)
            seen.add(w)
    return out


def prepare(data_dir: Path, limit: int | None = None):  # type: ignore[no-untyped-def]
    sents = read_bio(Path(data_dir) / "newsfane" / "train.tsv")
    if limit:
        sents = sents[:limit]
    folded = [([fold(t) for t in toks], [tag_map(t, coarse) for t in tags]) for toks, tags in sents]
    return split(folded)


def train(data_dir: Path, vectors: tuple[list[str], Any] | None, clusters: dict[str, list[int]] | None = None,
          cfg: dict[str, Any] | None = None, limit: int | None = None, tune_every: int = 10,
          final: bool = False, log=print) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    """Train on the train part; pick the epoch on a tune slice (every ``tune_every``-th train sentence).

    With ``final`` the whole train part is used and ``cfg["epochs"]`` is fixed (no tune slice).
    Returns the model, its encoder, the config, the per-epoch tune scores and timing.
    """
    import numpy as np
    import torch

    cfg = {**DEFAULTS, **(cfg or {})}
    torch.set_num_threads(1)
    torch.manual_seed(cfg["seed"])
    t0 = time.perf_counter()
    train_s, dev_s = prepare(data_dir, limit)
    if final:
        fit_s, tune_s = train_s, []
    else:
        fit_s = [s for i, s in enumerate(train_s) if i % tune_every != tune_every // 2]
        tune_s = [s for i, s in enumerate(train_s) if i % tune_every == tune_every // 2]
    counts = Counter(f for forms, _ in fit_s for f in forms)
    words = word_list(vectors, counts, cfg["max_words"])
    char_counts = Counter(ch for forms, _ in fit_s for f in forms for ch in f)
    chars = ["<pad>", "<unk>"] + sorted(ch for ch, n in char_counts.items() if n >= 2)
    enc = Encoder(words, chars, gazetteer(fit_s), phrase_gazetteer(fit_s), counts, clusters)
    # jack-knifed marks for the fitting sentences, as the CRF does
    folds = 5
    data = []
    for k in range(folds):
        rest = [s for i, s in enumerate(fit_s) if i % folds != k]
        gk, pk = gazetteer(rest), phrase_gazetteer(rest)
        fk = Counter(f for forms, _ in rest for f in forms)
        for j in range(k, len(fit_s), folds):
            forms, tags = fit_s[j]
            data.append((j, enc.encode(forms, gk, pk, fk), [LABELS.index(t) for t in tags]))
    data.sort(key=lambda x: x[0])
    net = build_net(len(words), len(chars), cfg)
    pre_rows: list[int] = []
    if vectors is not None:
        vid = {w: i for i, w in enumerate(vectors[0])}
        vec = vectors[1]
        with torch.no_grad():
            w = net.wemb.weight
            w.normal_(0.0, float(np.std(vec)))
            for i, form in enumerate(words):
                j = vid.get(form)
                if j is not None:
                    w[i] = torch.from_numpy(np.asarray(vec[j], dtype=np.float32))
                    pre_rows.append(i)
            w[0].zero_()
    # "freeze_pretrained": the pretrained rows keep their SaudiNewsNet vectors, the other rows learn
    frozen = (torch.tensor(pre_rows, dtype=torch.long), net.wemb.weight.detach()[pre_rows].clone()) \
        if cfg.get("freeze_pretrained") and pre_rows else None
    if not cfg["tune_emb"]:
        net.wemb.weight.requires_grad_(False)
    # the word embedding is large: sparse gradients and a sparse Adam keep a step cheap
    dense = [p for n, p in net.named_parameters() if p.requires_grad and not n.startswith("wemb.")]
    opts = [torch.optim.Adam(dense, lr=cfg["lr"])]
    if cfg["tune_emb"]:
        opts.append(torch.optim.SparseAdam([net.wemb.weight], lr=cfg["lr"] * cfg.get("emb_lr_scale", 1.0)))
    gen = torch.Generator().manual_seed(cfg["seed"])
    history = []
    best = (-1.0, 0, None)
    for ep in range(1, cfg["epochs"] + 1):
        net.train()
        te = time.perf_counter()
        total = 0.0
        for idx in _batches(data, cfg["batch"], gen):
            batch = [data[i] for i in idx]
            wi, ch, ft, y, lens = _pad(batch)
            if cfg.get("word_dropout"):
                drop = torch.rand(wi.shape, generator=gen) < cfg["word_dropout"]
                wi = torch.where(drop & (wi > 0), torch.ones_like(wi), wi)
            logits = net.logits(wi, ch, ft, lens)
            loss = torch.nn.functional.cross_entropy(logits.reshape(-1, len(LABELS)), y.reshape(-1), ignore_index=-100)
            for opt in opts:
                opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(dense, cfg["clip"])
            for opt in opts:
                opt.step()
            if frozen is not None:
                with torch.no_grad():
                    net.wemb.weight[frozen[0]] = frozen[1]
            total += float(loss.detach())
        row: dict[str, Any] = {"epoch": ep, "loss": round(total, 2), "seconds": round(time.perf_counter() - te, 1)}
        if tune_s:
            sc = evaluate(net, enc, tune_s)
            row["tune_f1"] = sc["micro"]["f1"]
            if sc["micro"]["f1"] > best[0]:
                best = (sc["micro"]["f1"], ep, copy.deepcopy(net.state_dict()))
        history.append(row)
        log(row)
        if tune_s and cfg.get("patience") and ep - best[1] >= cfg["patience"]:
            break
    if tune_s and best[2] is not None:
        net.load_state_dict(best[2])
    net.eval()
    return {"net": net, "encoder": enc, "cfg": cfg, "history": history, "best_epoch": best[1] if tune_s else cfg["epochs"],
            "train_seconds": round(time.perf_counter() - t0, 1), "dev": dev_s}


def _batches(data, size: int, gen) -> list[list[int]]:  # type: ignore[no-untyped-def]
    """Shuffled batches of similar-length sentences (little padding), in a shuffled order."""
    import torch

    order = torch.randperm(len(data), generator=gen).tolist()
    out: list[list[int]] = []
    pool = size * 32
    for p in range(0, len(order), pool):
        chunk = sorted(order[p : p + pool], key=lambda i: len(data[i][2]))
        out.extend(chunk[b : b + size] for b in range(0, len(chunk), size))
    perm = torch.randperm(len(out), generator=gen).tolist()
    return [out[i] for i in perm]


def _pad(batch):  # type: ignore[no-untyped-def]
    import torch

    n = max(len(x[2]) for x in batch)
    b = len(batch)
    wi = torch.zeros((b, n), dtype=torch.long)
    ch = torch.zeros((b, n, MAX_CHARS), dtype=torch.long)
    ft = torch.zeros((b, n, 6), dtype=torch.long)
    y = torch.full((b, n), -100, dtype=torch.long)
    lens = []
    for k, (_, (w, c, f), t) in enumerate(batch):
        m = len(t)
        wi[k, :m] = torch.tensor(w)
        ch[k, :m] = torch.tensor(c)
        ft[k, :m] = torch.tensor(f)
        y[k, :m] = torch.tensor(t)
        lens.append(m)
    return wi, ch, ft, y, torch.tensor(lens)


def probabilities(net, enc: Encoder, forms: list[str]):  # type: ignore[no-untyped-def]
    """(T, C) numpy label probabilities of one sentence from the torch model."""
    import torch

    w, c, f = enc.encode(forms)
    with torch.no_grad():
        p = net(torch.tensor([w]), torch.tensor([c]), torch.tensor([f]))
    return p[0].numpy()


def evaluate(net, enc: Encoder, sents: list[tuple[list[str], list[str]]]) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    import numpy as np

    net.eval()
    pred = []
    for forms, _ in sents:
        p = probabilities(net, enc, forms)
        pred.append([LABELS[i] for i in constrained_decode(np.log(p + 1e-9))])
    net.train()
    return score_bio([t for _, t in sents], pred)


def quantize_embeddings(net) -> None:  # type: ignore[no-untyped-def]
    """Round the word embedding to int8 rows with one scale each (what is shipped), in place."""
    import torch

    with torch.no_grad():
        w = net.wemb.weight
        scale = w.abs().max(dim=1, keepdim=True).values.clamp_min(1e-8) / 127.0
        w.copy_(torch.round(w / scale).clamp(-127, 127) * scale)


def export_onnx(net, path: Path) -> None:  # type: ignore[no-untyped-def]
    """Write the network as ONNX (inputs words [1,T], chars [1,T,16], feats [1,T,6]; output probs [1,T,13]).

    The word embedding is stored as int8 with a float scale per row (call
    :func:`quantize_embeddings` first so that torch and ONNX compute the same).
    """
    import torch
    from torch import nn

    class Shipped(nn.Module):
        def __init__(self, net) -> None:  # type: ignore[no-untyped-def]
            super().__init__()
            self.net = net
            w = net.wemb.weight.detach()
            scale = w.abs().max(dim=1, keepdim=True).values.clamp_min(1e-8) / 127.0
            self.register_buffer("q", torch.round(w / scale).clamp(-127, 127).to(torch.int8))
            self.register_buffer("scale", scale[:, 0].contiguous())

        def forward(self, words, chars, feats):  # type: ignore[no-untyped-def]
            wv = self.q[words].to(torch.float32) * self.scale[words].unsqueeze(-1)
            h, _ = self.net.lstm(self.net.features_wv(wv, chars, feats))
            return torch.softmax(self.net.out(h), dim=2)

    net.eval()
    m = Shipped(net)
    m.eval()
    t = 5
    args = (torch.ones((1, t), dtype=torch.long), torch.ones((1, t, MAX_CHARS), dtype=torch.long),
            torch.zeros((1, t, 6), dtype=torch.long))
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    with warnings.catch_warnings():  # the LSTM exporter warns about batch sizes other than 1; ours is 1
        warnings.simplefilter("ignore")
        torch.onnx.export(m, args, str(path), input_names=["words", "chars", "feats"], output_names=["probs"],
                          dynamic_axes={"words": {1: "t"}, "chars": {1: "t"}, "feats": {1: "t"}, "probs": {1: "t"}},
                          opset_version=17, dynamo=False)


def vocab_data(enc: Encoder, counts: dict[str, int], cfg: dict[str, Any]) -> bytes:
    """The gzipped JSON shipped beside the ONNX model (gzip mtime 0: byte-identical reruns)."""
    data = {"vocab": dict(sorted(counts.items())), "gazetteer": enc.gaz, "phrases": enc.phrases,
            "clusters": dict(sorted(enc.clusters.items())), "words": enc.words, "chars": enc.chars,
            "labels": LABELS, "config": {k: list(v) if isinstance(v, tuple) else v for k, v in cfg.items()}}
    blob = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return gzip.compress(blob, mtime=0)


def main(argv: list[str] | None = None) -> None:
    """Train one configuration, score dev once, append a row to ``--runs``, optionally export ONNX."""
    import argparse
    import os

    os.environ.setdefault("OMP_NUM_THREADS", "1")
    import numpy as np

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("name")
    ap.add_argument("config", nargs="?", default="{}", help="JSON overrides of DEFAULTS")
    ap.add_argument("--data", type=Path, default=Path("../shared/data"))
    ap.add_argument("--vectors", type=Path, default=Path("/tmp/rasid-svd-vectors.npz"),
                    help="cache of the SaudiNewsNet word vectors (built when missing)")
    ap.add_argument("--runs", type=Path, default=Path("/tmp/rasid-ner-neural-runs.jsonl"))
    ap.add_argument("--out", type=Path, help="folder for ner-neural.onnx + ner-neural.vocab.json.gz")
    ap.add_argument("--final", action="store_true", help="train on the whole train part for the fixed epochs")
    args = ap.parse_args(argv)
    cfg = json.loads(args.config)
    if args.vectors.exists():
        z = np.load(args.vectors)
        vectors = (list(z["words"]), z["vec"])
    else:
        from rasid.training.clusters import build_vectors

        train_s, _ = prepare(args.data)
        words, vec = build_vectors(args.data, Counter(f for forms, _ in train_s for f in forms), min_targets=1024)
        np.savez(args.vectors, vec=vec, words=np.array(words))
        vectors = (words, vec)
    from rasid.training.clusters import clusters_of

    clusters = clusters_of(vectors[0], vectors[1]) if any(cfg.get("cluster_dims", DEFAULTS["cluster_dims"])) else None
    res = train(args.data, vectors, clusters, cfg, final=args.final, log=lambda r: print(r, flush=True))
    net, enc, dev = res["net"], res["encoder"], res["dev"]
    quantize_embeddings(net)
    t = time.perf_counter()
    sc = evaluate(net, enc, dev)
    el = time.perf_counter() - t
    row = {"name": args.name, "cfg": res["cfg"], "best_epoch": res["best_epoch"], "train_seconds": res["train_seconds"],
           "dev": sc["micro"], **{k: sc["types"][k]["f1"] for k in ("ORG", "PER", "GPE") if k in sc["types"]},
           "torch_tokens_per_second": round(sum(len(f) for f, _ in dev) / el)}
    with args.runs.open("a", encoding="utf-8") as fh:
        fh.write(json.dumps(row, default=list) + "\n")
    print(json.dumps(row, default=list))
    if args.out:
        export_onnx(net, args.out / "ner-neural.onnx")
        (args.out / "ner-neural.vocab.json.gz").write_bytes(vocab_data(enc, enc.freq, res["cfg"]))


if __name__ == "__main__":
    main()
