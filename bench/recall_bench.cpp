// Recall and ranking quality of newsdex beside plain Xapian on a test
// collection: both index the same documents, run the same topics, and are
// scored as trec_eval -c does (MAP, nDCG@10, P@10, R@100, R@1000, MRR).
//   recall_bench --docs PATH... --topics FILE --qrels FILE [--name NAME]
//                [--work DIR] [--runs DIR] [--per-query]
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <stdexcept>

#include "cli.hpp"
#include "newsdex/index/indexing.hpp"
#include "newsdex/paths.hpp"
#include "newsdex/search/searcher.hpp"
#include "reference.hpp"

namespace fs = std::filesystem;
using namespace newsdex;
using namespace newsdex::analysis;

namespace {

// Pseudo-relevance feedback settings: documents, terms, original weight.
struct FeedbackSetting {
    unsigned documents = 0, terms = 0;
    double original_weight = 1;
};

search::Run run_newsdex(const fs::path& db,
                        const std::vector<std::pair<std::string, std::string>>& topics,
                        const FeedbackSetting& feedback = {}) {
    const search::Searcher searcher(db);
    search::Run run;
    for (const auto& [qid, query] : topics) {
        search::SearchRequest request;
        request.query = query;
        request.limit = 1000;
        request.snippets = false;
        request.feedback_documents = feedback.documents;
        request.feedback_terms = feedback.terms;
        request.feedback_original_weight = feedback.original_weight;
        try {
            for (const auto& hit : searcher.search(request).hits)
                run[qid].push_back({hit.document.id, hit.score});
        } catch (const search::QuerySyntaxError& e) {
            std::cerr << "recall_bench: topic " << qid << ": " << e.what() << '\n';
        }
    }
    return run;
}

void write_run(const fs::path& file, const search::Run& run, const std::string& tag) {
    std::ofstream out(file);
    for (const auto& [qid, entries] : run)
        for (std::size_t i = 0; i < entries.size(); ++i)
            out << qid << " Q0 " << entries[i].docid << ' ' << i + 1 << ' ' << entries[i].score
                << ' ' << tag << '\n';
}

void print_row(const char* metric, double ours, double reference) {
    std::printf("| %s | %.4f | %.4f | %.2f |\n", metric, ours, reference,
                reference > 0 ? ours / reference : 0.0);
}

struct Indexed {
    index::IndexingSummary summary;
    double ours_seconds = 0, reference_seconds = 0;
};

// Both engines index into fresh databases under `work`. The reference is
// timed on documents already read, so its figure leaves out the reading
// that newsdex's includes.
Indexed index_both(const std::vector<fs::path>& docs, const std::string& format,
                   const fs::path& work) {
    fs::remove_all(work);
    fs::create_directories(work);
    index::IndexingOptions options;
    options.database = work / "newsdex";
    options.format = format;
    // One database, like the reference: latency_bench and the whole-process
    // timings search it too; shard_bench measures shards.
    options.shards = 1;
    // Failures show only as the table's count: the benchmark is about
    // speed and ranking, not about which input was bad.
    std::ostringstream diagnostics;
    Indexed indexed;
    auto started = std::chrono::steady_clock::now();
    indexed.summary = index::index_paths(docs, options, diagnostics);
    indexed.ours_seconds = bench::seconds_since(started);
    const auto documents = bench::read_documents(docs, options.format);
    started = std::chrono::steady_clock::now();
    bench::Reference::build(work / "reference", documents);
    indexed.reference_seconds = bench::seconds_since(started);
    return indexed;
}

search::Run run_reference(const bench::Reference& reference,
                          const std::vector<std::pair<std::string, std::string>>& topics,
                          const bench::ReferenceSetup& setup) {
    search::Run run;
    for (const auto& [qid, query] : topics)
        run[qid] = reference.search(query, 1000, nullptr, setup);
    return run;
}

// Plain Xapian as a careful user would set it up, and as it is: every
// scheme Xapian ships, on the same documents and fair queries. newsdex
// must beat the best of them.
void print_plain_variants(const search::Qrels& qrels, const search::Evaluation& ours,
                          const bench::Reference& reference,
                          const std::vector<std::pair<std::string, std::string>>& topics) {
    std::printf(
        "\nPlain Xapian, every weighting scheme it ships (fair queries: lower-cased, stopwords "
        "removed), and BM25 on the topics as they are:\n\n"
        "| plain Xapian | MAP | nDCG@10 | R@1000 | newsdex MAP / this |\n|---|---|---|---|---|\n");
    const std::pair<const char*, bench::ReferenceSetup> variants[] = {
        {"BM25, fair queries (the baseline)", {true, "bm25"}},
        {"BM25, topics as they are", {false, "bm25"}},
        {"DPH, fair", {true, "dph"}},
        {"DLH, fair", {true, "dlh"}},
        {"PL2, fair", {true, "pl2"}},
        {"LM (Dirichlet), fair", {true, "lm"}},
        {"IneB2, fair", {true, "ineb2"}}};
    for (const auto& [label, setup] : variants) {
        const auto m = search::evaluate(qrels, run_reference(reference, topics, setup)).mean;
        std::printf("| %s | %.4f | %.4f | %.4f | %.3f |\n", label, m.map, m.ndcg10, m.r1000,
                    m.map > 0 ? ours.mean.map / m.map : 0.0);
    }
}

// So trec_eval itself can check the figures in the table.
void write_runs(const fs::path& folder, const std::string& name, const search::Run& ours,
                const search::Run& reference) {
    fs::create_directories(folder);
    write_run(folder / (name + ".newsdex.run"), ours, "newsdex");
    write_run(folder / (name + ".xapian.run"), reference, "xapian");
}

void print_table(const std::string& name, const Indexed& indexed, const search::Evaluation& a,
                 const search::Evaluation& b) {
    std::printf(
        "%s: %zu documents (%zu failed), indexed in %.2f s by newsdex (reading, ICU analysis, "
        "languages, dates, entities) and %.2f s by plain Xapian (documents already read); "
        "%zu topics judged; plain Xapian: BM25, queries lower-cased and stopwords removed\n\n"
        "| measure | newsdex | plain Xapian | ratio |\n|---|---|---|---|\n",
        name.c_str(), indexed.summary.added + indexed.summary.updated, indexed.summary.failed,
        indexed.ours_seconds, indexed.reference_seconds, a.per_query.size());
    print_row("MAP", a.mean.map, b.mean.map);
    print_row("nDCG@10", a.mean.ndcg10, b.mean.ndcg10);
    print_row("P@10", a.mean.p10, b.mean.p10);
    print_row("R@100", a.mean.r100, b.mean.r100);
    print_row("R@1000", a.mean.r1000, b.mean.r1000);
    print_row("MRR", a.mean.mrr, b.mean.mrr);
}

// The data of the recall-at-k plot in docs/benchmarks.md.
void write_recall_curve(const fs::path& file, const search::Qrels& qrels, const search::Run& ours,
                        const search::Run& reference) {
    std::ofstream curve(file);
    curve << "# k newsdex plain-xapian\n";
    for (std::size_t k : {1, 2, 3, 5, 10, 20, 30, 50, 100, 200, 300, 500, 1000})
        curve << k << ' ' << search::evaluate(qrels, ours, k).mean.r1000 << ' '
              << search::evaluate(qrels, reference, k).mean.r1000 << '\n';
}

// Each feedback setting's figures, and the leave-one-topic-out figure: each
// topic scored with the setting that is best (MAP) on the other topics, so
// the choice never sees the topic it is scored on.
void print_feedback_grid(const fs::path& db,
                         const std::vector<std::pair<std::string, std::string>>& topics,
                         const search::Qrels& qrels, const std::vector<std::string>& settings,
                         double baseline_map) {
    std::vector<FeedbackSetting> grid = {{}};
    for (const std::string& text : settings) {
        FeedbackSetting f;
        if (std::sscanf(text.c_str(), "%u:%u:%lf", &f.documents, &f.terms, &f.original_weight) != 3)
            throw std::invalid_argument("--feedback takes DOCS:TERMS:WEIGHT, not " + text);
        grid.push_back(f);
    }
    std::printf(
        "\nPseudo-relevance feedback (documents:terms:original weight; 0:0:1 is none):\n\n"
        "| setting | MAP | nDCG@10 | R@1000 | MAP / fair baseline |\n|---|---|---|---|---|\n");
    std::vector<search::Evaluation> results;
    for (const FeedbackSetting& f : grid) {
        results.push_back(search::evaluate(qrels, run_newsdex(db, topics, f)));
        const auto& m = results.back().mean;
        std::printf("| %u:%u:%.2f | %.4f | %.4f | %.4f | %.3f |\n", f.documents, f.terms,
                    f.original_weight, m.map, m.ndcg10, m.r1000, m.map / baseline_map);
    }
    double held_out = 0, held_out_ndcg = 0;
    for (const auto& [qid, unused] : results.front().per_query) {
        std::size_t best = 0;
        double best_map = -1;
        for (std::size_t g = 0; g < results.size(); ++g) {
            const double others = results[g].mean.map * results[g].per_query.size() -
                                  results[g].per_query.at(qid).map;
            if (others > best_map) best_map = others, best = g;
        }
        held_out += results[best].per_query.at(qid).map;
        held_out_ndcg += results[best].per_query.at(qid).ndcg10;
    }
    const double n = static_cast<double>(results.front().per_query.size());
    std::printf("\nLeave one topic out: MAP %.4f (%.3f of the fair baseline), nDCG@10 %.4f\n",
                held_out / n, held_out / n / baseline_map, held_out_ndcg / n);
}

void print_per_query(const search::Evaluation& a, const search::Evaluation& b) {
    for (const auto& [qid, m] : a.per_query)
        std::printf("%s\tAP %.4f\treference %.4f\n", qid.c_str(), m.map, b.per_query.at(qid).map);
}

}  // namespace

int main(int argc, char** argv) {
    bench::Cli cli("recall_bench", "newsdex beside plain Xapian on a test collection.");
    cli.options()("docs", "documents (files or folders)",
                  cxxopts::value<std::vector<std::string>>())(
        "format", "reader", cxxopts::value<std::string>()->default_value("auto"))(
        "topics", "qid<TAB>query lines", cxxopts::value<std::string>())(
        "qrels", "TREC qrels", cxxopts::value<std::string>())(
        "name", "collection name", cxxopts::value<std::string>()->default_value("collection"))(
        "work", "folder for the two databases",
        cxxopts::value<std::string>()->default_value("/tmp/newsdex-recall"))(
        "runs", "folder to write the TREC runs to", cxxopts::value<std::string>())(
        "per-query", "print per-query average precision")(
        "feedback", "feedback settings to compare, DOCS:TERMS:WEIGHT (comma-separated)",
        cxxopts::value<std::vector<std::string>>())(
        "recall-curve", "write mean recall at k (k = 1..1000) of both engines to FILE",
        cxxopts::value<std::string>())(
        "stopwords", "the fair baseline's stopwords, a word a line (default: newsdex's English)",
        cxxopts::value<std::string>());
    const auto parsed = cli.parse(argc, argv, {"docs", "topics", "qrels"});
    if (!parsed) return cli.exit_code();
    const auto& args = *parsed;
    const std::string name = args["name"].as<std::string>();
    const fs::path work = args["work"].as<std::string>();

    const Indexed indexed =
        index_both(bench::paths(args, "docs"), args["format"].as<std::string>(), work);
    const auto topics = bench::read_topics(args["topics"].as<std::string>());
    std::ifstream qrels_file(args["qrels"].as<std::string>());
    const auto qrels = search::read_qrels(qrels_file);
    const search::Run ours = run_newsdex(work / "newsdex", topics);
    bench::Reference plain(work / "reference");
    plain.load_stopwords(args.count("stopwords") ? fs::path(args["stopwords"].as<std::string>())
                                                 : *data_directory() / "stopwords" / "en.txt");
    const search::Run reference = run_reference(plain, topics, {true, "bm25"});
    if (args.count("runs")) write_runs(args["runs"].as<std::string>(), name, ours, reference);
    const auto a = search::evaluate(qrels, ours), b = search::evaluate(qrels, reference);
    print_table(name, indexed, a, b);
    if (args.count("recall-curve"))
        write_recall_curve(args["recall-curve"].as<std::string>(), qrels, ours, reference);
    print_plain_variants(qrels, a, plain, topics);
    if (args.count("per-query")) print_per_query(a, b);
    if (args.count("feedback"))
        print_feedback_grid(work / "newsdex", topics, qrels,
                            args["feedback"].as<std::vector<std::string>>(), b.mean.map);
    return 0;
}
