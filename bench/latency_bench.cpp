// Query latency of newsdex beside plain Xapian, in one process each, after
// a warm-up: p50, p95, p99, max and queries per second, for newsdex with
// and without snippets and facets. Both search databases that
// recall_bench (or index_bench) built: --work DIR holds newsdex/ and
// reference/.
//   latency_bench --work DIR --queries FILE [--rounds N]
// Cold-cache figures need the page cache dropped first, which needs root:
//   sync; echo 3 > /proc/sys/vm/drop_caches
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <iostream>
#include <memory>
#include <thread>

#include "cli.hpp"
#include "latency.hpp"
#include "newsdex/search/searcher.hpp"
#include "reference.hpp"

namespace fs = std::filesystem;
using namespace newsdex;
using namespace newsdex::analysis;

namespace {

using bench::Latencies;

bool cold = false;  // --cold: drop the page cache before every query

// Needs root; says once when it cannot.
void drop_page_cache() {
    sync();
    std::FILE* f = std::fopen("/proc/sys/vm/drop_caches", "w");
    if (!f) {
        static bool told = false;
        if (!told)
            std::fprintf(stderr,
                         "latency_bench: --cold needs root (cannot write "
                         "/proc/sys/vm/drop_caches); the figures are warm\n");
        told = true;
        return;
    }
    std::fputs("3", f);
    std::fclose(f);
}

Latencies measure(const std::vector<std::pair<std::string, std::string>>& queries, int rounds,
                  const std::function<void(const std::string&)>& run) {
    return bench::measure(queries, rounds, run,
                          cold ? std::function<void()>(drop_page_cache) : std::function<void()>());
}

void row(const char* name, const Latencies& l, double reference_p50) {
    std::printf("| %s | %.2f | %.2f | %.2f | %.2f | %.0f | %.2f |\n", name, l.percentile(0.5),
                l.percentile(0.95), l.percentile(0.99), *std::max_element(l.ms.begin(), l.ms.end()),
                l.per_second(), reference_p50 > 0 ? l.percentile(0.5) / reference_p50 : 1.0);
}

// Like for like: ids against ids, and anything that shows text against
// the reference showing text (plain Xapian has no facets).
void print_latencies(const fs::path& work,
                     const std::vector<std::pair<std::string, std::string>>& queries, int rounds,
                     std::size_t limit) {
    const bench::Reference reference(work / "reference");
    const Latencies ref =
        measure(queries, rounds, [&](const std::string& q) { (void)reference.search(q, limit); });
    const Latencies ref_snippets = measure(queries, rounds, [&](const std::string& q) {
        std::vector<std::string> snippets;
        (void)reference.search(q, limit, &snippets);
    });
    const search::Searcher searcher(work / "newsdex");
    auto ours = [&](bool snippets, bool facets) {
        return measure(queries, rounds, [&, snippets, facets](const std::string& q) {
            search::SearchRequest request;
            request.query = q;
            request.limit = limit;
            request.snippets = snippets;
            request.facets = facets;
            try {
                (void)searcher.search(request);
            } catch (const search::QuerySyntaxError&) {
            }
        });
    };
    const double base = ref.percentile(0.5), base_snippets = ref_snippets.percentile(0.5);
    std::printf("%zu queries x %d rounds, top %zu, %s\n\n", queries.size(), rounds, limit,
                cold ? "cold: page cache dropped before each query" : "after a warm-up round");
    std::printf(
        "| engine | p50 ms | p95 ms | p99 ms | max ms | queries/s | p50 / reference "
        "|\n|---|---|---|---|---|---|---|\n");
    row("plain Xapian (QueryParser, BM25), ids", ref, base);
    row("newsdex, ids and scores only", ours(false, false), base);
    row("plain Xapian, with MSet::snippet", ref_snippets, base_snippets);
    row("newsdex, with snippets", ours(true, false), base_snippets);
    row("newsdex, with snippets and facets", ours(true, true), base_snippets);
}

using Queries = std::vector<std::pair<std::string, std::string>>;

// `threads` searchers at once, each with its own database handle (made by
// `make`), each running every query `rounds` times: every query's time
// counts, and queries/s is all of them over the longest searcher's time.
Latencies under_load(int threads, const Queries& queries, int rounds,
                     const std::function<std::function<void(const std::string&)>()>& make) {
    std::vector<Latencies> each(static_cast<std::size_t>(threads));
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t)
        pool.emplace_back([&, t] { each[t] = bench::measure(queries, rounds, make()); });
    for (auto& thread : pool)
        thread.join();
    Latencies all;
    for (const Latencies& l : each) {
        all.ms.insert(all.ms.end(), l.ms.begin(), l.ms.end());
        all.total_seconds = std::max(all.total_seconds, l.total_seconds);
    }
    return all;
}

void print_under_load(const fs::path& work, const Queries& queries, int rounds,
                      const std::vector<int>& concurrency) {
    std::printf(
        "\nUnder load: N searchers at once (threads, each with its own database handle), "
        "top 10, ids and scores\n\n| searchers | engine | p50 ms | p95 ms | p99 ms | "
        "queries/s (all) |\n|---|---|---|---|---|---|\n");
    for (const int n : concurrency) {
        const Latencies plain = under_load(n, queries, rounds, [&] {
            auto reference = std::make_shared<bench::Reference>(work / "reference");
            return std::function<void(const std::string&)>(
                [reference](const std::string& q) { (void)reference->search(q, 10); });
        });
        const Latencies ours = under_load(n, queries, rounds, [&] {
            auto searcher = std::make_shared<search::Searcher>(work / "newsdex");
            return std::function<void(const std::string&)>([searcher](const std::string& q) {
                search::SearchRequest request;
                request.query = q;
                request.snippets = false;
                try {
                    (void)searcher->search(request);
                } catch (const search::QuerySyntaxError&) {
                }
            });
        });
        for (const auto& [engine, l] : {std::pair{"plain Xapian", &plain}, {"newsdex", &ours}})
            std::printf("| %d | %s | %.2f | %.2f | %.2f | %.0f |\n", n, engine, l->percentile(0.5),
                        l->percentile(0.95), l->percentile(0.99), l->per_second());
    }
}

}  // namespace

int main(int argc, char** argv) {
    bench::Cli cli("latency_bench", "Query latency, newsdex beside plain Xapian.");
    cli.options()("work", "folder with newsdex/ and reference/ databases",
                  cxxopts::value<std::string>())("queries", "qid<TAB>query lines",
                                                 cxxopts::value<std::string>())(
        "rounds", "times each query runs", cxxopts::value<int>()->default_value("5"))(
        "limit", "hits per query", cxxopts::value<std::size_t>()->default_value("10"))(
        "cold", "drop the page cache before each query (needs root), no warm-up")(
        "concurrency", "also time N searchers at once, for each N (comma-separated)",
        cxxopts::value<std::vector<int>>());
    const auto parsed = cli.parse(argc, argv, {"work", "queries"});
    if (!parsed) return cli.exit_code();
    const auto& args = *parsed;
    cold = args.count("cold") > 0;
    const auto queries = bench::read_topics(args["queries"].as<std::string>());
    print_latencies(args["work"].as<std::string>(), queries, args["rounds"].as<int>(),
                    args["limit"].as<std::size_t>());
    if (args.count("concurrency"))
        print_under_load(args["work"].as<std::string>(), queries, args["rounds"].as<int>(),
                         args["concurrency"].as<std::vector<int>>());
    return 0;
}
