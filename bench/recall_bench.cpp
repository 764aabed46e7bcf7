// Recall and ranking quality of newsdex beside plain Xapian on a test
// collection: both index the same documents, run the same topics, and are
// scored as trec_eval -c does (MAP, nDCG@10, P@10, R@100, R@1000, MRR).
//   recall_bench --docs PATH... --topics FILE --qrels FILE [--name NAME]
//                [--work DIR] [--runs DIR] [--per-query]
#include <chrono>
#include <cxxopts.hpp>
#include <fstream>
#include <iostream>

#include "newsdex/index/indexing.hpp"
#include "newsdex/search/searcher.hpp"
#include "reference.hpp"

namespace fs = std::filesystem;
using namespace newsdex;
using namespace newsdex::analysis;

namespace {

search::Run run_newsdex(const fs::path& db,
                        const std::vector<std::pair<std::string, std::string>>& topics) {
    const search::Searcher searcher(db);
    search::Run run;
    for (const auto& [qid, query] : topics) {
        search::SearchRequest request;
        request.query = query;
        request.limit = 1000;
        request.snippets = false;
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

}  // namespace

int main(int argc, char** argv) {
    cxxopts::Options cli("recall_bench", "newsdex beside plain Xapian on a test collection.");
    cli.add_options()("docs", "documents (files or folders)",
                      cxxopts::value<std::vector<std::string>>())(
        "format", "reader", cxxopts::value<std::string>()->default_value("auto"))(
        "topics", "qid<TAB>query lines", cxxopts::value<std::string>())(
        "qrels", "TREC qrels", cxxopts::value<std::string>())(
        "name", "collection name", cxxopts::value<std::string>()->default_value("collection"))(
        "work", "folder for the two databases",
        cxxopts::value<std::string>()->default_value("/tmp/newsdex-recall"))(
        "runs", "folder to write the TREC runs to", cxxopts::value<std::string>())(
        "per-query", "print per-query average precision")(
        "recall-curve", "write mean recall at k (k = 1..1000) of both engines to FILE",
        cxxopts::value<std::string>());
    const auto args = cli.parse(argc, argv);
    if (!args.count("docs") || !args.count("topics") || !args.count("qrels")) {
        std::cerr << cli.help();
        return 2;
    }
    std::vector<fs::path> docs;
    for (const auto& d : args["docs"].as<std::vector<std::string>>())
        docs.emplace_back(d);
    const fs::path work = args["work"].as<std::string>();
    fs::remove_all(work);
    fs::create_directories(work);

    index::IndexingOptions options;
    options.database = work / "newsdex";
    options.format = args["format"].as<std::string>();
    std::ostringstream diagnostics;
    auto started = std::chrono::steady_clock::now();
    const auto summary = index::index_paths(docs, options, diagnostics);
    const double ours_seconds = bench::seconds_since(started);
    const auto documents = bench::read_documents(docs, options.format);
    started = std::chrono::steady_clock::now();
    bench::Reference::build(work / "reference", documents);
    const double reference_seconds = bench::seconds_since(started);

    const auto topics = bench::read_topics(args["topics"].as<std::string>());
    std::ifstream qrels_file(args["qrels"].as<std::string>());
    const auto qrels = search::read_qrels(qrels_file);
    const search::Run ours = run_newsdex(work / "newsdex", topics);
    search::Run reference;
    const bench::Reference ref(work / "reference");
    for (const auto& [qid, query] : topics)
        reference[qid] = ref.search(query, 1000);
    if (args.count("runs")) {
        fs::create_directories(args["runs"].as<std::string>());
        write_run(fs::path(args["runs"].as<std::string>()) /
                      (args["name"].as<std::string>() + ".newsdex.run"),
                  ours, "newsdex");
        write_run(fs::path(args["runs"].as<std::string>()) /
                      (args["name"].as<std::string>() + ".xapian.run"),
                  reference, "xapian");
    }
    const auto a = search::evaluate(qrels, ours), b = search::evaluate(qrels, reference);
    std::printf(
        "%s: %zu documents (%zu failed), indexed in %.2f s by newsdex (reading, ICU analysis, "
        "languages, dates, entities) and %.2f s by plain Xapian (documents already read); "
        "%zu topics judged\n\n| measure | newsdex | plain Xapian | ratio |\n|---|---|---|---|\n",
        args["name"].as<std::string>().c_str(), summary.added + summary.updated, summary.failed,
        ours_seconds, reference_seconds, a.per_query.size());
    print_row("MAP", a.mean.map, b.mean.map);
    print_row("nDCG@10", a.mean.ndcg10, b.mean.ndcg10);
    print_row("P@10", a.mean.p10, b.mean.p10);
    print_row("R@100", a.mean.r100, b.mean.r100);
    print_row("R@1000", a.mean.r1000, b.mean.r1000);
    print_row("MRR", a.mean.mrr, b.mean.mrr);
    if (args.count("recall-curve")) {
        std::ofstream curve(args["recall-curve"].as<std::string>());
        curve << "# k newsdex plain-xapian\n";
        for (std::size_t k : {1, 2, 3, 5, 10, 20, 30, 50, 100, 200, 300, 500, 1000})
            curve << k << ' ' << search::evaluate(qrels, ours, k).mean.r1000 << ' '
                  << search::evaluate(qrels, reference, k).mean.r1000 << '\n';
    }
    if (args.count("per-query"))
        for (const auto& [qid, m] : a.per_query)
            std::printf("%s\tAP %.4f\treference %.4f\n", qid.c_str(), m.map,
                        b.per_query.at(qid).map);
    return 0;
}
