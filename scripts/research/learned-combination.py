#!/usr/bin/env python3
"""Issue 15's last two directions, measured outside the engine: entity-aware
matching and a learned combination of ranking features, each held out.

Features of a story for a topic, each scaled to [0, 1] within the topic:
BM25 (newsdex's ranking), IneB2, language model (Dirichlet), RM3 (3
documents, 10 terms, weight 0.7), the title as a field, the lead (first 30
words) as a field, proximity (query-word pairs within 8 words, weighted by
their idf), and entity match: the query's words name an entity (through the
aliases newsdex stores, `newsdex.alias.*`) that the story is tagged with.
Recency is left out: TIME's stories are all from 1963, the Reuters ones
from 1987.

A linear combination is learned by coordinate ascent on MAP (Metzler and
Croft 2007), with five-fold cross-validation over the topics: each topic is
ranked by weights learned on the other four folds. The held-out figures are
the ones to read; the in-sample fit is printed beside them as a ceiling.

  /usr/bin/python3 scripts/research/learned-combination.py time
  /usr/bin/python3 scripts/research/learned-combination.py reuters
"""
import importlib.util
import itertools
import math
import re
import sys
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
spec = importlib.util.spec_from_file_location("rd", HERE / "relevance-directions.py")
rd = importlib.util.module_from_spec(spec)
spec.loader.exec_module(rd)

FEATURES = ["bm25", "ineb2", "lm", "rm3", "title", "lead", "proximity", "entity"]
FOLDS = 5
WINDOW = 8


def scaled(s):
    top = s.max()
    return s / top if top > 0 else s


def query_entities(c, text):
    """Entity terms the topic's words name: every 1-4 word run looked up
    among the aliases newsdex stores (folded words, as the search box does)."""
    words = re.findall(r"\w+", text.lower())
    found = set()
    for n in range(1, 5):
        for i in range(len(words) - n + 1):
            key = " ".join(words[i:i + n])
            if n == 1 and key in rd.STOP:
                continue
            term = c.db.get_metadata(("newsdex.alias." + key).encode())
            if term:
                found.add(term.decode())
    return found


def proximity(c, terms):
    wanted = {t for t in set(terms) if t in c.post}
    score = np.zeros(c.N)
    if len(wanted) < 2:
        return score
    weight = {t: rd.idf(c, t) for t in wanted}
    candidates = set.intersection(*[set(c.post[t]) for t in wanted]) if len(wanted) == 2 else \
        {i for t in wanted for i in c.post[t]}
    for i in candidates:
        at = {}
        for p, t in enumerate(c.docs[i]["seq"]):
            if t in wanted:
                at.setdefault(t, []).append(p)
        for a, b in itertools.combinations(sorted(at), 2):
            if any(abs(x - y) <= WINDOW for x in at[a] for y in at[b]):
                score[i] += weight[a] + weight[b]
    return score


def entity_match(c, entities):
    score = np.zeros(c.N)
    for term in entities:
        has = np.array([term in d["entities"] for d in c.docs], float)
        df = has.sum()
        if df:
            score += has * math.log(c.N / df)
    return score


def features(c, terms, entities):
    bm25 = rd.bm25(c, terms)
    columns = [bm25, rd.ineb2(c, terms), rd.dirichlet(c, terms), rd.rm3(c, terms, 3, 10, 0.7),
               rd.title_field(c, terms, 1) - bm25, rd.lead_boost(c, terms, 1) - bm25,
               proximity(c, terms), entity_match(c, entities)]
    return np.stack([scaled(np.maximum(x, 0)) for x in columns], axis=1)


def scores(f, w):
    s = f @ w
    # Only stories some feature matched are ranked, as a search returns them.
    return np.where(f.max(axis=1) > 0, s - s.min() + 1e-6, 0)


def mean_ap(c, table, qids, w):
    return np.mean([rd.average_precision(scores(table[q], w), c.qrels[q], c.ids) for q in qids])


def coordinate_ascent(c, table, qids, passes=3):
    w = np.zeros(len(FEATURES))
    w[0] = 1.0
    best = mean_ap(c, table, qids, w)
    grid = [0, 0.05, 0.1, 0.2, 0.3, 0.5, 0.75, 1, 1.5, 2]
    for _ in range(passes):
        improved = False
        for k in range(1, len(FEATURES)):  # BM25's weight stays 1: the scale
            for v in grid:
                trial = w.copy()
                trial[k] = v
                m = mean_ap(c, table, qids, trial)
                if m > best + 1e-5:
                    best, w, improved = m, trial, True
        if not improved:
            break
    return w, best


def recall_1000(s, relevant, ids):
    order = np.argsort(-s, kind="stable")[:1000]
    return sum(1 for i in order if s[i] > 0 and ids[i] in relevant) / len(relevant)


def report(c, table, qids, weights_of, label):
    ap, nd, rc = [], [], []
    for q in qids:
        s = scores(table[q], weights_of(q))
        ap.append(rd.average_precision(s, c.qrels[q], c.ids))
        nd.append(rd.ndcg10(s, c.qrels[q], c.ids))
        rc.append(recall_1000(s, c.qrels[q], c.ids))
    print(f"| {label} | {np.mean(ap):.4f} | {np.mean(nd):.4f} | {np.mean(rc):.4f} |", flush=True)


def main():
    name = sys.argv[1] if len(sys.argv) > 1 else "time"
    c = rd.Collection(name)
    raw = {}
    for line in (rd.SHARED / rd.SETS[name][1]).read_text().splitlines():
        if line.strip():
            qid, text = line.split("\t", 1)
            raw[qid] = text
    qids = sorted(q for q in c.topics if q in c.qrels)
    named = {q: query_entities(c, raw[q]) for q in qids}
    print(f"{name}: {len(qids)} topics, {sum(1 for q in qids if named[q])} name an entity "
          f"the stories are tagged with")
    table = {q: features(c, c.topics[q], named[q]) for q in qids}
    print(f"\n| {name} | MAP | nDCG@10 | R@1000 |\n|---|---|---|---|")
    bm25_only = np.eye(len(FEATURES))[0]
    report(c, table, qids, lambda q: bm25_only, "BM25 alone (newsdex's ranking)")
    for k in range(1, len(FEATURES)):
        fold_w = {}
        for f in range(FOLDS):
            train = [q for i, q in enumerate(qids) if i % FOLDS != f]
            w = bm25_only.copy()
            best = -1
            for v in [0, 0.05, 0.1, 0.2, 0.3, 0.5, 0.75, 1, 1.5, 2]:
                w2 = bm25_only.copy()
                w2[k] = v
                m = mean_ap(c, table, train, w2)
                if m > best + 1e-5:
                    best, w = m, w2
            fold_w[f] = w
        report(c, table, qids, lambda q: fold_w[qids.index(q) % FOLDS],
               f"BM25 + {FEATURES[k]}, weight learned per fold (held out)")
    fold_w = {}
    for f in range(FOLDS):
        train = [q for i, q in enumerate(qids) if i % FOLDS != f]
        fold_w[f], _ = coordinate_ascent(c, table, train)
        print(f"fold {f}: " + ", ".join(f"{n} {x:g}" for n, x in zip(FEATURES, fold_w[f]) if x),
              file=sys.stderr)
    report(c, table, qids, lambda q: fold_w[qids.index(q) % FOLDS],
           "all features, coordinate ascent (held out, 5 folds)")
    w, _ = coordinate_ascent(c, table, qids)
    report(c, table, qids, lambda q: w, "all features, coordinate ascent (in-sample ceiling)")
    print("\nIn-sample weights: " + ", ".join(f"{n} {x:g}" for n, x in zip(FEATURES, w) if x))


if __name__ == "__main__":
    main()
