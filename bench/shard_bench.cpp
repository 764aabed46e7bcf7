// Shards: indexing speed with 1, 2, 4... shards (the indexer library on the
// files, reading included; wall and CPU time of the run), and query latency
// over the same documents in 1, 2, 4... shards, searched locally (one
// process opens the shards) and over loopback (one xapian-tcpsrv per
// shard), with and without facets. docs/scaling.md shows the figures.
//   shard_bench --docs PATH[,PATH...] --queries FILE [--shards 1,2,4] [--rounds N] [--work DIR]
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <memory>
#include <sstream>

#include "cli.hpp"
#include "latency.hpp"
#include "newsdex/index/indexing.hpp"
#include "newsdex/search/searcher.hpp"
#include "reference.hpp"
#include "tests/server_support.hpp"

namespace fs = std::filesystem;
using namespace newsdex;

namespace {

double cpu_seconds() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);  // every thread of the process
    auto seconds = [](const timeval& t) { return double(t.tv_sec) + t.tv_usec / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

struct IndexTime {
    std::size_t documents;
    double wall, cpu;
};

IndexTime index_shards(const std::vector<fs::path>& docs, const fs::path& db, std::size_t shards) {
    fs::remove_all(db);
    index::IndexingOptions options;
    options.database = db;
    options.shards = shards;
    options.verbosity = index::Verbosity::kQuiet;
    std::ostringstream diagnostics;
    const double cpu = cpu_seconds();
    const auto start = std::chrono::steady_clock::now();
    const auto summary = index::index_paths(docs, options, diagnostics);
    return {summary.added, bench::seconds_since(start), cpu_seconds() - cpu};
}

bench::Latencies query_latency(const search::Searcher& searcher,
                               const std::vector<std::pair<std::string, std::string>>& queries,
                               int rounds, bool facets) {
    return bench::measure(queries, rounds, [&](const std::string& q) {
        search::SearchRequest request;
        request.query = q;
        request.facets = facets;
        try {
            (void)searcher.search(request);
        } catch (const search::QuerySyntaxError&) {
        }
    });
}

// One xapian-tcpsrv per shard of the database, on loopback.
std::vector<std::unique_ptr<test::Server>> serve(const fs::path& db, std::size_t shards,
                                                 std::vector<std::string>& remotes) {
    std::vector<std::unique_ptr<test::Server>> servers;
    for (std::size_t i = 0; i < shards; ++i) {
        const fs::path shard = shards == 1 ? db : db / ("shard" + std::to_string(i));
        servers.push_back(test::tcpsrv(shard.string()));
        remotes.push_back(servers.back()->remote());
    }
    return servers;
}

void latency_rows(const fs::path& db, std::size_t shards,
                  const std::vector<std::pair<std::string, std::string>>& queries, int rounds,
                  double base_p50) {
    auto row = [&](const char* where, const char* what, const bench::Latencies& l) {
        std::printf("| %zu | %s | %s | %.2f | %.2f | %.2f | %.0f | %.2f |\n", shards, where, what,
                    l.percentile(0.5), l.percentile(0.95), l.percentile(0.99), l.per_second(),
                    base_p50 > 0 ? l.percentile(0.5) / base_p50 : 1.0);
    };
    const search::Searcher local(db);
    row("local", "top 10", query_latency(local, queries, rounds, false));
    row("local", "top 10 + facets", query_latency(local, queries, rounds, true));
    if (!test::installed("xapian-tcpsrv")) return;
    std::vector<std::string> remotes;
    const auto servers = serve(db, shards, remotes);
    const search::Searcher remote(remotes);
    row("loopback", "top 10", query_latency(remote, queries, rounds, false));
    row("loopback", "top 10 + facets", query_latency(remote, queries, rounds, true));
}

}  // namespace

int main(int argc, char** argv) {
    bench::Cli cli("shard_bench", "Indexing and query latency with 1, 2, 4... shards.");
    cli.options()("docs", "documents (files or folders, comma-separated)",
                  cxxopts::value<std::vector<std::string>>())("queries", "qid<TAB>query lines",
                                                              cxxopts::value<std::string>())(
        "shards", "shard counts",
        cxxopts::value<std::vector<std::size_t>>()->default_value("1,2,4"))(
        "rounds", "times each query runs", cxxopts::value<int>()->default_value("3"))(
        "work", "folder for the databases",
        cxxopts::value<std::string>()->default_value("/tmp/newsdex-shards"));
    const auto parsed = cli.parse(argc, argv, {"docs", "queries"});
    if (!parsed) return cli.exit_code();
    const auto& args = *parsed;
    const fs::path work = args["work"].as<std::string>();
    const auto shard_counts = args["shards"].as<std::vector<std::size_t>>();
    const auto queries = bench::read_topics(args["queries"].as<std::string>());
    std::printf(
        "| shards | documents | wall s | CPU s | speed-up (wall) |\n|---|---|---|---|---|\n");
    double first_wall = 0;
    for (const std::size_t n : shard_counts) {
        const IndexTime t = index_shards(bench::paths(args, "docs"), work / std::to_string(n), n);
        if (first_wall == 0) first_wall = t.wall;
        std::printf("| %zu | %zu | %.2f | %.2f | %.2f |\n", n, t.documents, t.wall, t.cpu,
                    first_wall / t.wall);
    }
    std::printf("\n%zu queries x %d rounds, after a warm-up round\n\n", queries.size(),
                args["rounds"].as<int>());
    std::printf(
        "| shards | where | what | p50 ms | p95 ms | p99 ms | queries/s | p50 / 1 shard local "
        "|\n|---|---|---|---|---|---|---|---|\n");
    double base = 0;
    for (const std::size_t n : shard_counts) {
        if (base == 0) {
            const search::Searcher one(work / std::to_string(n));
            base = query_latency(one, queries, args["rounds"].as<int>(), false).percentile(0.5);
        }
        latency_rows(work / std::to_string(n), n, queries, args["rounds"].as<int>(), base);
    }
    return 0;
}
