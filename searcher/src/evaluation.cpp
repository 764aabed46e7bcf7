#include "newsdex/search/evaluation.hpp"

#include <algorithm>
#include <cmath>
#include <istream>
#include <sstream>

namespace newsdex::search {

Qrels read_qrels(std::istream& in) {
    Qrels qrels;
    std::string qid, iteration, docid;
    int rel = 0;
    for (std::string line; std::getline(in, line);) {
        std::istringstream fields(line);
        if (fields >> qid >> iteration >> docid >> rel) qrels[qid][docid] = rel;
    }
    return qrels;
}

Run read_run(std::istream& in) {
    Run run;
    std::string qid, q0, docid, tag;
    long rank = 0;
    double score = 0;
    for (std::string line; std::getline(in, line);) {
        std::istringstream fields(line);
        if (fields >> qid >> q0 >> docid >> rank >> score) run[qid].push_back({docid, score});
    }
    return run;
}

namespace {

QueryMetrics evaluate_query(const std::map<std::string, int>& judged, std::vector<RunEntry> ranked,
                            std::size_t depth) {
    QueryMetrics m;
    std::vector<int> grades;
    for (const auto& [docid, rel] : judged)
        if (rel > 0) grades.push_back(rel);
    m.relevant = grades.size();
    if (m.relevant == 0) return m;
    // trec_eval's order: score down, then docid down.
    std::sort(ranked.begin(), ranked.end(), [](const RunEntry& a, const RunEntry& b) {
        return a.score != b.score ? a.score > b.score : a.docid > b.docid;
    });
    if (ranked.size() > depth) ranked.resize(depth);
    m.retrieved = ranked.size();
    double precision_sum = 0, dcg = 0;
    for (std::size_t i = 0; i < ranked.size(); ++i) {
        const auto it = judged.find(ranked[i].docid);
        const int rel = it == judged.end() ? 0 : it->second;
        if (rel <= 0) continue;
        ++m.relevant_retrieved;
        precision_sum += double(m.relevant_retrieved) / double(i + 1);
        if (m.mrr == 0) m.mrr = 1.0 / double(i + 1);
        if (i < 10) {
            ++m.p10;
            dcg += rel / std::log2(double(i + 2));
        }
        if (i < 100) ++m.r100;
        ++m.r1000;
    }
    std::sort(grades.rbegin(), grades.rend());
    double ideal = 0;
    for (std::size_t i = 0; i < grades.size() && i < 10; ++i)
        ideal += grades[i] / std::log2(double(i + 2));
    m.map = precision_sum / double(m.relevant);
    m.ndcg10 = ideal > 0 ? dcg / ideal : 0;
    m.p10 /= 10.0;
    m.r100 /= double(m.relevant);
    m.r1000 /= double(m.relevant);
    return m;
}

}  // namespace

Evaluation evaluate(const Qrels& qrels, const Run& run, std::size_t depth) {
    Evaluation e;
    std::size_t counted = 0;
    for (const auto& [qid, judged] : qrels) {
        const auto it = run.find(qid);
        const QueryMetrics m =
            evaluate_query(judged, it == run.end() ? std::vector<RunEntry>{} : it->second, depth);
        if (m.relevant == 0) continue;
        e.per_query[qid] = m;
        ++counted;
        e.mean.map += m.map;
        e.mean.ndcg10 += m.ndcg10;
        e.mean.p10 += m.p10;
        e.mean.r100 += m.r100;
        e.mean.r1000 += m.r1000;
        e.mean.mrr += m.mrr;
        e.mean.relevant += m.relevant;
        e.mean.retrieved += m.retrieved;
        e.mean.relevant_retrieved += m.relevant_retrieved;
    }
    if (counted) {
        for (double* v :
             {&e.mean.map, &e.mean.ndcg10, &e.mean.p10, &e.mean.r100, &e.mean.r1000, &e.mean.mrr})
            *v /= double(counted);
    }
    return e;
}

}  // namespace newsdex::search
