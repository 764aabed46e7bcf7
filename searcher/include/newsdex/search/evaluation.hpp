#pragma once
// Retrieval effectiveness as trec_eval computes it (trec_eval -c): runs
// are ranked by decreasing score, ties broken by decreasing docid (string
// order); every query of the qrels with a relevant document counts, and a
// query the run lacks scores 0.
#include <iosfwd>
#include <map>
#include <string>
#include <vector>

namespace newsdex::search {

// qid -> docid -> relevance grade (> 0 relevant).
using Qrels = std::map<std::string, std::map<std::string, int>>;

struct RunEntry {
    std::string docid;
    double score;
};
// qid -> retrieved documents, in any order (ranked when evaluated).
using Run = std::map<std::string, std::vector<RunEntry>>;

struct QueryMetrics {
    double map = 0, ndcg10 = 0, p10 = 0, r100 = 0, r1000 = 0, mrr = 0;
    std::size_t relevant = 0, retrieved = 0, relevant_retrieved = 0;
};

struct Evaluation {
    std::map<std::string, QueryMetrics> per_query;
    QueryMetrics mean;  // over the queries with relevant documents
};

// "qid 0 docid rel" lines (TREC qrels).
Qrels read_qrels(std::istream& in);
// "qid Q0 docid rank score tag" lines (TREC run).
Run read_run(std::istream& in);

Evaluation evaluate(const Qrels& qrels, const Run& run, std::size_t depth = 1000);

}  // namespace newsdex::search
