#!/usr/bin/env python3
"""Ranking directions measured outside the engine, on newsdex's own index.

Reads a database that `recall_bench` built (build/bench/time/newsdex or
build/bench/reuters/newsdex): each story's stems (Z terms), its words in
order (positions) and its title words, and scores the topics in numpy with
Xapian's BM25 formula (k1 1.2, b 0.6, as newsdex ranks) and with the other
directions of issue 15. MAP and nDCG@10 as trec_eval -c computes them.
A direction that wins here is then built into the searcher and measured by
recall_bench; one that loses is reported in docs/benchmarks.md and dropped.

  apt-get install python3-xapian python3-numpy   # not needed by newsdex
  /usr/bin/python3 scripts/research/relevance-directions.py time
  /usr/bin/python3 scripts/research/relevance-directions.py reuters
"""
import collections
import math
import re
import sys
from pathlib import Path

import numpy as np
import xapian

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "corpora"
SETS = {
    "time": ("build/bench/time/newsdex", "time/topics.tsv", "time/qrels.txt"),
    "reuters": ("build/bench/reuters/newsdex", "reuters21578/dev-topics.tsv",
                "reuters21578/dev-qrels.txt"),
}
STEM = xapian.Stem("english")
STOP = set((ROOT / "analysis/data/stopwords/en.txt").read_text().split())


def query_stems(text):
    words = re.findall(r"[a-z0-9]+(?:[.'][a-z0-9]+)*", text.lower())
    return [STEM(w.split("'")[0]).decode() for w in words if w.split("'")[0] not in STOP]


class Collection:
    def __init__(self, name):
        path, topics, qrels = SETS[name]
        db = xapian.Database(str(ROOT / path))
        self.docs, self.ids = [], []
        for did in range(1, db.get_lastdocid() + 1):
            try:
                doc = db.get_document(did)
            except xapian.DocNotFoundError:
                continue
            stems, title, at, entities = {}, {}, {}, set()
            for t in doc.termlist():
                term = t.term.decode("utf-8", "replace")
                if term.startswith("Z"):
                    stems[term[1:]] = t.wdf
                elif term.startswith("Q"):
                    self.ids.append(term.split(":", 1)[1])
                elif term[:2] in ("XP", "XO", "XG"):
                    entities.add(term)
                elif term.startswith("S"):
                    title[STEM(term[1:]).decode()] = t.wdf
                elif term[:1].islower() or term[:1].isdigit():
                    for p in t.positer:
                        at[p] = term
            seq = [STEM(at[p]).decode() for p in sorted(at)]
            self.docs.append({"z": stems, "title": title, "lead": seq[:30], "seq": seq,
                              "entities": entities})
        self.db = db
        self.N = len(self.docs)
        self.length = np.array([sum(d["z"].values()) for d in self.docs], float)
        self.avlength = self.length.mean()
        self.post = collections.defaultdict(dict)
        for i, d in enumerate(self.docs):
            for t, w in d["z"].items():
                self.post[t][i] = w
        self.df = {t: len(p) for t, p in self.post.items()}
        self.cf = {t: sum(p.values()) for t, p in self.post.items()}
        self.topics = {}
        for line in (SHARED / topics).read_text().splitlines():
            if line.strip():
                qid, text = line.split("\t", 1)
                self.topics[qid] = query_stems(text)
        self.qrels = collections.defaultdict(set)
        for line in (SHARED / qrels).read_text().splitlines():
            qid, _, doc, rel = line.split()
            if int(rel) > 0:
                self.qrels[qid].add(doc)

    def tf(self, term):
        v = np.zeros(self.N)
        for i, w in self.post.get(term, {}).items():
            v[i] = w
        return v


def idf(c, term):  # Xapian's BM25Weight term weight
    tw = (c.N - c.df[term] + 0.5) / (c.df[term] + 0.5)
    return math.log(tw * 0.5 + 1 if tw < 2 else tw)


def bm25(c, terms, k1=1.2, b=0.6, weights=None):
    score = np.zeros(c.N)
    norm = np.maximum(c.length / c.avlength, 0.5)
    for t, q in collections.Counter(terms).items():
        if t in c.post:
            tf = c.tf(t)
            w = (weights or {}).get(t, 1.0)
            score += w * q * 2 / (1 + q) * idf(c, t) * (k1 + 1) * tf / (k1 * (1 - b + b * norm) + tf)
    return score


def ineb2(c, terms, cc=1.0):
    score = np.zeros(c.N)
    for t, q in collections.Counter(terms).items():
        if t not in c.post:
            continue
        F, n = c.cf[t], c.df[t]
        ne = c.N * (1 - ((c.N - 1) / c.N) ** F)
        tf = c.tf(t)
        tfn = tf * np.log2(1 + cc * c.avlength / np.maximum(c.length, 1))
        score += np.where(tf > 0, q * tfn * math.log2((c.N + 1) / (ne + 0.5)) * (F + 1) / (n * (tfn + 1)), 0)
    return score


def rm3(c, terms, docs=10, expansion=10, original=0.5, base=bm25):
    """Anserini's RM3: P(w|D) of the top documents, weighted by their scores."""
    first = base(c, terms)
    top = np.argsort(-first)[:docs]
    share = first[top] / max(first[top].sum(), 1e-9)
    model = collections.Counter()
    for j, i in enumerate(top):
        d = c.docs[i]["z"]
        total = sum(d.values())
        for t, w in d.items():
            if len(t) >= 3 and t not in STOP and not t[0].isdigit():
                model[t] += share[j] * w / total
    chosen = dict(model.most_common(expansion))
    weights = collections.Counter()
    for t, n in collections.Counter(terms).items():
        weights[t] += original * n / len(terms)
    for t, w in chosen.items():
        weights[t] += (1 - original) * w / sum(chosen.values())
    return sum(w * base(c, [t]) for t, w in weights.items() if t in c.post)


def lead_boost(c, terms, weight):
    extra = np.zeros(c.N)
    for t in set(terms):
        if t in c.post:
            tf = np.array([d["lead"].count(t) for d in c.docs], float)
            extra += idf(c, t) * 2.2 * tf / (1.2 + tf)
    return bm25(c, terms) + weight * extra


def knn_smoothing(c, k, alpha):
    terms = sorted(t for t in c.post if c.df[t] > 1)
    index = {t: i for i, t in enumerate(terms)}
    m = np.zeros((c.N, len(terms)), np.float32)
    for i, d in enumerate(c.docs):
        for t, w in d["z"].items():
            if t in index:
                m[i, index[t]] = (1 + math.log(w)) * math.log(c.N / c.df[t])
    m /= np.linalg.norm(m, axis=1, keepdims=True) + 1e-9
    sim = m @ m.T
    np.fill_diagonal(sim, 0)
    near = np.argsort(-sim, axis=1)[:, :k]
    rows = np.arange(c.N)[:, None]

    def score(c, terms):
        s = bm25(c, terms)
        s = s / max(s.max(), 1e-9)
        nb = (sim[rows, near] * s[near]).sum(1) / (sim[rows, near].sum(1) + 1e-9)
        return np.where(s > 0, (1 - alpha) * s + alpha * nb, 0)
    return score


def title_field(c, terms, weight):
    """BM25 over the title's stems (k1 1.2, b 0.75), added with a weight."""
    length = np.array([sum(d["title"].values()) for d in c.docs], float)
    norm = np.maximum(length / max(length.mean(), 1e-9), 0.5)
    extra = np.zeros(c.N)
    for t in set(terms):
        if t in c.post:
            tf = np.array([d["title"].get(t, 0) for d in c.docs], float)
            extra += idf(c, t) * 2.2 * tf / (1.2 * (0.25 + 0.75 * norm) + tf)
    return bm25(c, terms) + weight * extra


def dirichlet(c, terms, mu=1000):
    total = sum(c.cf.values())
    score, any_term = np.zeros(c.N), np.zeros(c.N, bool)
    for t, q in collections.Counter(terms).items():
        if t in c.post:
            tf, p = c.tf(t), c.cf[t] / total
            score += q * np.log((tf + mu * p) / (mu * p))
            any_term |= tf > 0
    score += sum(1 for t in terms if t in c.post) * np.log(mu / (c.length + mu))
    return np.where(any_term, score - score[any_term].min() + 1e-3, 0) if any_term.any() else score


def normalised(s):
    m = s > 0
    return np.where(m, (s - s[m].min()) / (s[m].max() - s[m].min() + 1e-9) + 1e-6, 0) if m.any() else s


def fusion(c, terms):
    return normalised(bm25(c, terms)) + normalised(ineb2(c, terms)) + normalised(dirichlet(c, terms))


def lsi(c, dimensions, share):
    terms = sorted(t for t in c.post if c.df[t] > 1 and not t[0].isdigit())
    index = {t: i for i, t in enumerate(terms)}
    weights = np.array([math.log(c.N / c.df[t]) for t in terms])
    m = np.zeros((c.N, len(terms)))
    for i, d in enumerate(c.docs):
        for t, w in d["z"].items():
            if t in index:
                m[i, index[t]] = 1 + math.log(w)
    u, sv, vt = np.linalg.svd(m * weights, full_matrices=False)
    docs = u[:, :dimensions] * sv[:dimensions]
    docs /= np.linalg.norm(docs, axis=1, keepdims=True) + 1e-9

    def score(c, query):
        v = np.zeros(len(terms))
        for t in query:
            if t in index:
                v[index[t]] += weights[index[t]]
        q = vt[:dimensions] @ v
        near = docs @ (q / (np.linalg.norm(q) + 1e-9))
        near = (near - near.min()) / (near.max() - near.min() + 1e-9)
        return (1 - share) * normalised(bm25(c, query)) + share * near + 1e-3
    return score


def average_precision(scores, relevant, ids):
    hits, total = 0, 0.0
    for rank, i in enumerate(np.argsort(-scores, kind="stable")[:1000]):
        if scores[i] <= 0:
            break
        if ids[i] in relevant:
            hits += 1
            total += hits / (rank + 1)
    return total / len(relevant)


def ndcg10(scores, relevant, ids):
    order = np.argsort(-scores, kind="stable")[:10]
    dcg = sum(1 / math.log2(r + 2) for r, i in enumerate(order) if scores[i] > 0 and ids[i] in relevant)
    return dcg / sum(1 / math.log2(r + 2) for r in range(min(10, len(relevant))))


def measure(c, rank):
    ap, nd = [], []
    for qid, terms in c.topics.items():
        if qid in c.qrels:
            s = rank(c, terms)
            ap.append(average_precision(s, c.qrels[qid], c.ids))
            nd.append(ndcg10(s, c.qrels[qid], c.ids))
    return np.mean(ap), np.mean(nd)


def main():
    c = Collection(sys.argv[1] if len(sys.argv) > 1 else "time")
    directions = [("BM25 (newsdex's ranking)", bm25)]
    directions += [(f"IneB2, c {cc}", lambda c, t, cc=cc: ineb2(c, t, cc)) for cc in (0.5, 1, 2)]
    directions += [(f"RM3 {d}:{e}:{o}", lambda c, t, d=d, e=e, o=o: rm3(c, t, d, e, o))
                   for d, e, o in ((10, 10, 0.5), (10, 10, 0.7), (5, 10, 0.7), (3, 10, 0.7))]
    directions += [(f"lead (first 30 words) as a field, weight {w}",
                    lambda c, t, w=w: lead_boost(c, t, w)) for w in (0.25, 0.5, 1)]
    directions += [(f"title as its own field, weight {w}", lambda c, t, w=w: title_field(c, t, w))
                   for w in (0.25, 1)]
    directions += [("sum of normalised BM25, IneB2 and LM (Dirichlet)", fusion)]
    if c.N < 5000:  # dense story-by-story and SVD matrices: small collections only
        directions += [(f"LSI, {k} dimensions, share {a}", lsi(c, k, a))
                       for k, a in ((100, 0.2), (100, 0.4), (200, 0.2))]
        directions += [(f"neighbours' scores, k {k}, share {a}", knn_smoothing(c, k, a))
                       for k, a in ((5, 0.1), (10, 0.2), (10, 0.5))]
    print(f"| direction ({sys.argv[1] if len(sys.argv) > 1 else 'time'}) | MAP | nDCG@10 |")
    print("|---|---|---|")
    for name, rank in directions:
        m, n = measure(c, rank)
        print(f"| {name} | {m:.4f} | {n:.4f} |", flush=True)


if __name__ == "__main__":
    main()
