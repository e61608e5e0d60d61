"""How well can any system detect an event type, given how often the gold standard's coders disagree?

The sentence files count, for every sentence, how many coders saw it and how many accepted the event type.
A sentence is *yes* only when every coder accepted it and *easy no* only when every coder rejected it, so the
detection score (yes against easy no) rewards agreeing with a unanimity that is partly luck: where coders
often split, a sentence that one panel made *yes* would, put to another panel, as likely have come out
*ambiguous* or *difficult no*.  Two measures say how much of the score that luck allows:

* **held-out coder** (no model): one coder of each sentence is scored against the unanimous label of the
  others, averaged over which coder is held out (sentences with three or more coders, so that the others
  are at least two, as a label needs).  It is what a human coder of the same pool scores on this measure.
* **ceiling**: each sentence has a probability ``p`` that a coder accepts it; the distribution of ``p`` over
  sentences is fitted to the vote counts by nonparametric maximum likelihood (a mixture on a grid, Laird
  1978), and the ceiling is the best expected F1 of an *oracle* that knows every sentence's ``p`` and
  detects those above a cut.  No system that reads only the sentence can expect more.  A bootstrap over
  sentences gives its interval.  The fit assumes coders of one sentence vote independently with the same
  ``p``; coders who differ in strictness add disagreement that no text can predict, so the bound stays a
  bound.
"""

from __future__ import annotations

import math
import random
from collections import Counter
from collections.abc import Iterable, Mapping

from rasid.evaluation.events import prf

Votes = Mapping[tuple[int, int], int]  # (coders, accepts) -> number of sentences
Mixture = dict[float, float]  # acceptance probability -> share of sentences

GRID = 100  # the mixture's support is p = 0, 0.01, … 1
ROUNDS = 60  # support points added at most
NEWTON_STEPS = 200  # Newton steps per round at most
TOLERANCE = 1e-7
RESAMPLES = 200
INTERVAL = 0.90


def vote_counts(rows: Iterable[Mapping[str, str]]) -> Counter[tuple[int, int]]:
    """The (coders, accepts) pairs of sentence rows with ``total`` and ``accept`` columns; rows without them are
    skipped."""
    out: Counter[tuple[int, int]] = Counter()
    for r in rows:
        try:
            n, k = int(r.get("total") or 0), int(r.get("accept") or 0)
        except ValueError:
            continue
        if n > 0 and 0 <= k <= n:
            out[(n, k)] += 1
    return out


def held_out_coder(votes: Votes) -> dict[str, float]:
    """Expected P/R/F1 of one coder against the unanimous label of the others (sentences with ≥ 3 coders)."""
    tp = fp = fn = 0.0
    for (n, k), c in votes.items():
        if n < 3:
            continue
        if k == n:  # whoever is held out said yes, as did the others
            tp += c
        if k == n - 1:  # the others are all yes only when the one who said no is held out
            fn += c / n
        if k == 1:  # the others are all no only when the one who said yes is held out
            fp += c / n
    return prf(tp, fp, fn)


def _likelihoods(votes: Votes) -> tuple[list[float], list[list[float]]]:
    """Per (coders, accepts) pair: its count, and its binomial probability at each grid point."""
    pairs = sorted(votes)
    grid = [j / GRID for j in range(GRID + 1)]
    table = [[math.comb(n, k) * p**k * (1 - p) ** (n - k) for p in grid] for n, k in pairs]
    return [float(votes[pair]) for pair in pairs], table


def fit_mixture(votes: Votes) -> Mixture:
    """Nonparametric maximum-likelihood distribution of the acceptance probability.

    Each round adds the grid point whose directional derivative of the log-likelihood is largest to the
    support, then Newton steps (with the weights kept on the simplex) refit the weights of the support; it
    stops when no grid point would raise the likelihood.
    """
    counts, table = _likelihoods(votes)
    total = sum(counts)
    if not total:
        return {}
    support = {0: 1 / 3, GRID // 2: 1 / 3, GRID: 1 / 3}
    for _ in range(ROUNDS):
        support = _newton_weights(support, counts, table)
        mix = _mix(support, table)
        gain = [sum(c * row[j] / m for c, row, m in zip(counts, table, mix)) / total - 1 for j in range(GRID + 1)]
        best = max(range(GRID + 1), key=gain.__getitem__)
        if gain[best] <= TOLERANCE or best in support:
            break
        support[best] = 0.0
    return {j / GRID: w for j, w in sorted(support.items())}


def _mix(support: dict[int, float], table: list[list[float]]) -> list[float]:
    """The mixture's probability of each (coders, accepts) pair."""
    return [sum(w * row[j] for j, w in support.items()) for row in table]


def _loglik(counts: list[float], mix: list[float]) -> float:
    return sum(c * math.log(m) for c, m in zip(counts, mix)) if min(mix) > 0 else -math.inf


def _newton_weights(support: dict[int, float], counts: list[float], table: list[list[float]]) -> dict[int, float]:
    """Maximise the log-likelihood over the weights of a fixed support (Newton on the simplex, with backtracking;
    a point whose weight reaches zero leaves the support)."""
    for _ in range(NEWTON_STEPS):
        keys = list(support)
        mix = _mix(support, table)
        grad = [sum(c * row[j] / m for c, row, m in zip(counts, table, mix)) for j in keys]
        size = len(keys)
        # KKT system of the quadratic model with sum(d) = 0: (-H + ridge) d + mu = grad
        system = [[sum(c * row[a] * row[b] / m**2 for c, row, m in zip(counts, table, mix)) + (1e-9 if a == b else 0.0) for b in keys] + [1.0] for a in keys]
        system.append([1.0] * size + [0.0])
        step = _solve(system, grad + [0.0])[:size]
        t = 1.0
        for j, d in zip(keys, step):
            if d < 0 and support[j] + t * d < 0:
                t = support[j] / -d
        before = _loglik(counts, mix)
        while t > 1e-12:
            trial = {j: max(0.0, support[j] + t * d) for j, d in zip(keys, step)}
            if _loglik(counts, _mix(trial, table)) >= before:
                break
            t /= 2
        else:
            break
        moved = max(abs(trial[j] - support[j]) for j in keys)
        support = {j: w for j, w in trial.items() if w > 1e-12}
        norm = sum(support.values())
        support = {j: w / norm for j, w in support.items()}
        if moved < TOLERANCE:
            break
    return support


def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    """Gaussian elimination with partial pivoting (small dense systems)."""
    n = len(b)
    m = [row[:] + [v] for row, v in zip(a, b)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(m[r][col]))
        m[col], m[pivot] = m[pivot], m[col]
        if abs(m[col][col]) < 1e-300:
            continue
        for r in range(col + 1, n):
            f = m[r][col] / m[col][col]
            if f:
                for c in range(col, n + 1):
                    m[r][c] -= f * m[col][c]
    x = [0.0] * n
    for r in range(n - 1, -1, -1):
        if abs(m[r][r]) >= 1e-300:
            x[r] = (m[r][n] - sum(m[r][c] * x[c] for c in range(r + 1, n))) / m[r][r]
    return x


def oracle_f1(mixture: Mixture, coders: Mapping[int, int]) -> dict[str, float]:
    """The best expected F1 (yes against easy no) of a detector that knows each sentence's acceptance
    probability, over cuts on it; ``coders``: how many sentences have each number of coders (≥ 2, as a label
    needs).  Also the expected F1 of a fresh coder, who says yes with probability ``p``."""
    points = sorted(mixture)
    yes = [mixture[p] * sum(c * p**n for n, c in coders.items() if n >= 2) for p in points]
    no = [mixture[p] * sum(c * (1 - p) ** n for n, c in coders.items() if n >= 2) for p in points]
    best, cut = 0.0, 1.0
    for i, p in enumerate(points):
        tp, fp, fn = sum(yes[i:]), sum(no[i:]), sum(yes[:i])
        f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
        if f1 > best:
            best, cut = f1, p
    fresh = prf(sum(y * p for y, p in zip(yes, points)), sum(x * p for x, p in zip(no, points)), sum(y * (1 - p) for y, p in zip(yes, points)))
    return {"f1": best, "cut": cut, "fresh_coder_f1": fresh["f1"]}


def _ceiling(votes: Votes) -> dict[str, float]:
    coders = Counter()
    for (n, _), c in votes.items():
        coders[n] += c
    return oracle_f1(fit_mixture(votes), coders)


def agreement(votes: Votes, resamples: int = RESAMPLES, seed: int = 0) -> dict:
    """Both measures for one event type's vote counts, with a bootstrap interval for the ceiling."""
    votes = Counter({pair: c for pair, c in votes.items() if c > 0})
    if not votes:
        return {}
    ceiling = _ceiling(votes)
    pairs, weights = list(votes), list(votes.values())
    rng = random.Random(seed)
    draws = sorted(_ceiling(Counter(rng.choices(pairs, weights, k=sum(weights))))["f1"] for _ in range(resamples))
    lo, hi = (draws[int((1 - INTERVAL) / 2 * (len(draws) - 1))], draws[int((1 + INTERVAL) / 2 * (len(draws) - 1))]) if draws else (None, None)
    return {
        "sentences": sum(weights),
        "held_out_coder": held_out_coder(votes),
        "ceiling_f1": ceiling["f1"],
        "ceiling_cut": ceiling["cut"],
        "ceiling_interval": [lo, hi],
        "interval": INTERVAL,
        "resamples": resamples,
        "fresh_coder_f1": ceiling["fresh_coder_f1"],
    }
