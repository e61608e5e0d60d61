"""Document-context features of the tagger: what surrounds a form's other occurrences nearby, how the
earlier sentences labelled it, and how training keeps that history free of gold labels."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from rasid.ner.features import COMMON_FORM, CONTEXT_OCCURRENCES, DocumentContext, context_key

CLUSTERS = {"الرييس": [7, 70, 700], "جون": [3, 30, 300]}


def _feats(sents, i, freq=None, gaz=None, phrases=None, window=10) -> list[list[str]]:
    return DocumentContext(sents, freq or {}, phrases, CLUSTERS, gaz or {}, window).features(i)


def test_other_occurrence_lends_its_neighbours() -> None:
    sents = [["قال", "الرييس", "جون", "كيري", "."], ["و", "زار", "كيري", "بيروت"]]
    f = _feats(sents, 1, gaz={"جون": "PER"})
    # كيري in sentence 1 reads what stood around it in sentence 0: a first name (its cluster, the gazetteer)
    assert f[2] == sorted(["an=1", "ac0-1=3", "agz-1=PER"])
    assert _feats(sents, 0)[3] == ["an=1"]  # زار and بيروت around the other one say nothing
    assert f[1] == [] and f[3] == []  # زار and بيروت occur once
    title = _feats([["قال", "الرييس", "كيري"], ["كيري"]], 1)[0]
    assert title == sorted(["an=1", "ac0-1=7", "acue-1=per"])


def test_window_exclusions_and_common_forms() -> None:
    sents = [["الرييس", "كيري"], None, ["زار", "كيري"], ["x"], ["y"], ["و", "كيري"]]
    assert _feats(sents, 2, window=1)[1] == []  # sentence 0 is two away, sentence 1 may not serve
    assert "acue-1=per" not in _feats(sents, 5, window=3)[1]  # sentence 0 is out of the window
    assert "acue-1=per" in _feats(sents, 5, window=5)[1]
    assert context_key("كيري", {"كيري": COMMON_FORM}) is None
    assert context_key("في", {}) is None and context_key("الرياض", {}) == "رياض"
    # the article-stripped stem pools الرياض and رياض; a different surface form is marked
    assert "avar" in _feats([["الرياض"], ["رياض"]], 1)[0]


WORDS = ["كيري", "الرييس", "جون", "زار", "بيروت", "رياض", "الرياض", "و", "."]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(st.none(), st.lists(st.sampled_from(WORDS), max_size=6)), min_size=1, max_size=14),
       st.integers(min_value=0, max_value=4))
def test_windowed_occurrences_equal_a_scan_of_the_whole_document(sents, window) -> None:
    """The occurrences a sentence reads are found by bisection; they must be those a scan of every occurrence finds."""
    ctx = DocumentContext(sents, {}, None, CLUSTERS, {}, window)
    for i, forms in enumerate(sents):
        for p, feats in enumerate(ctx.features(i)):
            k = ctx.keys[i][p] if ctx.keys[i] else None
            scanned = [(abs(j - i), q, j) for j, keys in enumerate(ctx.keys) for q, kk in enumerate(keys or ())
                       if k is not None and kk == k and abs(j - i) <= window and (j, q) != (i, p)]
            assert (feats != []) == bool(scanned), (i, p, forms)
            if scanned:
                n = min(len(scanned), CONTEXT_OCCURRENCES)
                assert ("an=" + ("1" if n == 1 else "2" if n <= 3 else "3")) in feats


def test_phrase_mark_of_other_occurrence() -> None:
    sents = [["المجلس", "التنفيذي", "قرر"], ["و", "رفض", "التنفيذي"]]
    f = _feats(sents, 1, phrases={"المجلس التنفيذي": "ORG"})
    assert "apg=IORG" in f[2]


def test_history_majority_and_share() -> None:
    sents = [["قال", "كيري"], ["كيري", "زار"], ["كيري"], ["و", "كيري", "زار"]]
    labels = [["O", "B-PER"], ["B-PER", "O"], ["O"]]
    ctx = DocumentContext(sents, {}, None, {}, {}, 10)
    f = ctx.history(3, labels)
    assert f[1] == ["ph=PER", "phs=PERb", "phe=PER"]
    assert f[2] == ["ph=O", "phs=Oc"] and f[0] == []
    # only labelled sentences count, by index (training leaves the dev sentences' entries empty)
    assert ctx.history(3, [[], [], ["O"]])[1] == ["ph=O", "phs=Oc"]
    assert DocumentContext(sents, {}, None, {}, {}, 1).history(3, labels)[1] == ["ph=O", "phs=Oc"]  # window 1


def test_tag_document_targets_keep_history_to_themselves(monkeypatch, tmp_path: Path) -> None:
    from rasid.ner.crf import CrfTagger
    from rasid.training.ner import train
    from tests.ner.test_tagger import write_corpus

    (tmp_path / "data").mkdir()
    data = write_corpus(tmp_path / "data")
    out = tmp_path / "m" / "ner-crf.crfsuite"
    train(data, out, params={"max_iterations": 30}, clusters={})
    t = CrfTagger(out)
    assert t.context == 10
    sents = [["قال", "سامر", "حداد", "في", "زحله"], ["و", "قال", "سامر", "في", "صور"]]
    out_all = t.tag_document(sents)
    assert out_all[0][0] == t.tag_forms(sents[0])  # the first sentence has no history
    only = t.tag_document(sents, [1])
    assert only[0] == ([], [])
    # sentence 1 reads the history of sentence 0 only when sentence 0 was tagged
    seen: list[list[list[str]]] = []
    orig = DocumentContext.history
    monkeypatch.setattr(DocumentContext, "history", lambda self, i, labels: seen.append([list(y) for y in labels]) or orig(self, i, labels))
    t.tag_document(sents, [1])
    assert seen == [[[]]]
    t.tag_document(sents)
    assert seen[-1] == [out_all[0][0]]


def test_history_labels_come_from_models_that_never_saw_the_block(monkeypatch, tmp_path: Path) -> None:
    import rasid.training.ner as ner

    train_s = [([f"w{i}"], ["O"]) for i in range(10)]
    trained_on: list[set[str]] = []

    def fake_fit(sents, clusters, path, *a, **k):  # noqa: ANN001, ANN002, ANN003
        trained_on.append({s[0][0] for s in sents})
        Path(path).write_text("")

    class FakeTagger:
        def __init__(self, path: Path) -> None:
            self.words = trained_on[-1]

        def tag_forms(self, forms: list[str]) -> list[str]:
            return ["B-PER" if w in self.words else "O" for w in forms]  # 'seen' words would be B-PER

    monkeypatch.setattr(ner, "fit_sentence_model", fake_fit)
    monkeypatch.setattr("rasid.ner.crf.CrfTagger", FakeTagger)
    labels = ner.history_labels(train_s, {})
    assert len(trained_on) == ner.HISTORY_BLOCKS
    assert labels == [["O"]] * 10  # no sentence was labelled by a model trained on it
    assert all(len(s) == 8 for s in trained_on)  # each block model saw the other four blocks
