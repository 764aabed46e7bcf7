#define BOOST_TEST_MODULE scale_out
// Shards, local and remote: the sample corpus indexed as one database and
// as two shards (written in parallel), the shards served by two real
// xapian-tcpsrv processes on loopback. The same queries must give the same
// hits, scores, facet counts and collapse counts every way. Also: reruns
// and pruning across shards, --compact, a server that is down or stops
// answering, and a read replica kept by xapian-replicate.
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <map>
#include <sstream>

#include "newsdex/index/indexing.hpp"
#include "newsdex/index/rebuild.hpp"
#include "newsdex/index/status.hpp"
#include "newsdex/search/searcher.hpp"
#include "server_support.hpp"
#include "test_support.hpp"

using namespace newsdex;
namespace fs = std::filesystem;

namespace {

index::IndexingSummary index_into(const fs::path& db, std::size_t shards,
                                  const std::vector<fs::path>& paths) {
    index::IndexingOptions options;
    options.database = db;
    options.shards = shards;
    std::ostringstream diagnostics;
    return index::index_paths(paths, options, diagnostics);
}

// One database and two shards of the sample, made once per program.
struct Sample {
    test::TempDir dir;
    Sample() {
        // Every sample story has a date: one without, to sort last.
        test::write_file(dir / "extra" / "undated.txt", "Undated ferry\nThe ferry ran late.\n");
        index_into(dir / "one", 1, {test::sample_corpus(), dir / "extra"});
        index_into(dir / "two", 2, {test::sample_corpus(), dir / "extra"});
    }
};
const Sample& sample() {
    static Sample s;
    return s;
}

const char* const kQueries[] = {
    "Ukraine", "missile debris",  "place:Kharkiv",   "Харків",
    "the",     "bank OR lang:de", "\"North Korea\"", "lang:ja OR lang:zh OR lang:ko"};

search::SearchRequest request_for(const std::string& query) {
    search::SearchRequest request;
    request.query = query;
    request.limit = 20;
    request.facets = true;
    request.facet_limit = 1000;
    request.snippets = false;
    return request;
}

// Hits as (score rounded, id), in score order: equal scores may come in
// another order from shards (ties go by docid, which shards number apart).
std::vector<std::pair<long, std::string>> ranked(const search::SearchResult& result) {
    std::vector<std::pair<long, std::string>> out;
    for (const auto& hit : result.hits)
        out.emplace_back(std::lround(-hit.score * 1e6), hit.document.id);
    std::sort(out.begin(), out.end());
    return out;
}

std::map<std::string, Xapian::doccount> as_map(const std::vector<search::FacetCount>& counts) {
    std::map<std::string, Xapian::doccount> out;
    for (const auto& c : counts)
        out[c.value] = c.count;
    return out;
}

void check_same(const search::SearchResult& a, const search::SearchResult& b) {
    BOOST_TEST(a.matches_estimated == b.matches_estimated);
    BOOST_TEST((ranked(a) == ranked(b)));
    BOOST_REQUIRE(a.facets && b.facets);
    const search::Facets &x = *a.facets, &y = *b.facets;
    BOOST_TEST(x.matches == y.matches);
    BOOST_TEST(x.undated == y.undated);
    BOOST_TEST((as_map(x.people) == as_map(y.people)));
    BOOST_TEST((as_map(x.organizations) == as_map(y.organizations)));
    BOOST_TEST((as_map(x.places) == as_map(y.places)));
    BOOST_TEST((as_map(x.dates) == as_map(y.dates)));
    BOOST_TEST((as_map(x.topics) == as_map(y.topics)));
    BOOST_TEST((as_map(x.languages) == as_map(y.languages)));
    BOOST_TEST((as_map(x.formats) == as_map(y.formats)));
}

std::size_t copies(const search::SearchResult& result) {
    std::size_t n = 0;
    for (const auto& hit : result.hits)
        n += hit.copies;
    return n;
}

// The searchers to compare with one database: local shards, and remote
// ones when xapian-tcpsrv is installed.
struct Servers {
    std::unique_ptr<test::Server> first, second;
    Servers() {
        if (!test::installed("xapian-tcpsrv")) return;
        first = test::tcpsrv((sample().dir / "two" / "shard0").string());
        second = test::tcpsrv((sample().dir / "two" / "shard1").string());
    }
    bool running() const { return first != nullptr; }
};

}  // namespace

BOOST_AUTO_TEST_CASE(two_shards_hold_what_one_database_holds) {
    const fs::path two = sample().dir / "two";
    BOOST_TEST(fs::is_regular_file(two / "XAPIANDB"));
    BOOST_TEST(fs::is_directory(two / "shard1"));
    const Xapian::Database one((sample().dir / "one").string()), both(two.string());
    BOOST_TEST(one.get_doccount() == both.get_doccount());
    BOOST_TEST(Xapian::Database((two / "shard0").string()).get_doccount() > 0u);
    BOOST_TEST(Xapian::Database((two / "shard1").string()).get_doccount() > 0u);
    const auto status = index::read_status(two);
    BOOST_TEST(status.shards == 2u);
    BOOST_TEST(status.documents == one.get_doccount());
}

BOOST_AUTO_TEST_CASE(local_and_remote_shards_answer_like_one_database) {
    const search::Searcher one(sample().dir / "one");
    const search::Searcher local((sample().dir / "two"));
    Servers servers;
    if (!servers.running())
        BOOST_TEST_MESSAGE(
            "xapian-tcpsrv is not installed (Debian: xapian-tools): remote "
            "shards not tested");
    std::optional<search::Searcher> remote;
    if (servers.running())
        remote.emplace(std::vector<std::string>{servers.first->remote(), servers.second->remote()});
    for (const std::string query : kQueries) {
        BOOST_TEST_CONTEXT(query) {
            const auto expected = one.search(request_for(query));
            BOOST_TEST(!expected.hits.empty());
            check_same(expected, local.search(request_for(query)));
            if (remote) check_same(expected, remote->search(request_for(query)));
            auto collapsed = request_for(query);
            collapsed.collapse = true;
            const auto folded = one.search(collapsed);
            BOOST_TEST(copies(folded) == copies(local.search(collapsed)));
            if (remote) BOOST_TEST(copies(folded) == copies(remote->search(collapsed)));
        }
    }
}

BOOST_AUTO_TEST_CASE(date_sorts_put_undated_last_on_every_kind_of_shard) {
    Servers servers;
    std::vector<search::Searcher> searchers;
    searchers.emplace_back(sample().dir / "one");
    searchers.emplace_back(sample().dir / "two");
    if (servers.running())
        searchers.emplace_back(
            std::vector<std::string>{servers.first->remote(), servers.second->remote()});
    for (auto order : {search::SortOrder::kOldestFirst, search::SortOrder::kNewestFirst}) {
        std::vector<std::vector<std::string>> dates;
        for (const auto& searcher : searchers) {
            auto request = request_for("format:text");
            request.sort = order;
            request.limit = 1000;
            std::vector<std::string> seen;
            for (const auto& hit : searcher.search(request).hits)
                seen.push_back(hit.document.date ? hit.document.date->iso() : "undated");
            dates.push_back(seen);
        }
        // Undated stories last, whichever way the dates run.
        const auto& first = dates.front();
        const auto undated = std::find(first.begin(), first.end(), "undated");
        BOOST_TEST((undated != first.end()));
        BOOST_TEST(std::count(undated, first.end(), "undated") == first.end() - undated);
        BOOST_TEST(first.front() != "undated");
        for (const auto& other : dates)
            BOOST_TEST((other == dates.front()));
    }
}

BOOST_AUTO_TEST_CASE(a_server_that_is_down_or_stops_answering_is_an_error_not_a_hang) {
    if (!test::installed("xapian-tcpsrv")) return;
    const int closed = test::free_port();
    const auto start = std::chrono::steady_clock::now();
    BOOST_CHECK_THROW(
        search::Searcher(std::vector<std::string>{"remote:127.0.0.1:" + std::to_string(closed)}),
        std::runtime_error);
    auto server = test::tcpsrv((sample().dir / "one").string());
    search::SourceOptions quick;
    quick.timeout_seconds = 1;
    const search::Searcher searcher(std::vector<std::string>{server->remote()}, quick);
    BOOST_TEST(!searcher.search(request_for("Ukraine")).hits.empty());
    server->signal(SIGSTOP);  // alive, but answers nothing
    try {
        searcher.search(request_for("Ukraine"));
        BOOST_FAIL("a stopped server gave an answer");
    } catch (const std::runtime_error& e) {
        BOOST_TEST(std::string(e.what()).find("remote database") != std::string::npos);
    }
    server->stop();  // killed
    BOOST_CHECK_THROW(searcher.search(request_for("Ukraine")), std::runtime_error);
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    BOOST_TEST(seconds < 20.0);
}

BOOST_AUTO_TEST_CASE(recency_says_it_cannot_run_remotely) {
    if (!test::installed("xapian-tcpsrv")) return;
    auto server = test::tcpsrv((sample().dir / "one").string());
    const search::Searcher searcher(std::vector<std::string>{server->remote()});
    auto request = request_for("Ukraine");
    request.recent_half_life_days = 30;
    BOOST_CHECK_THROW(searcher.search(request), std::invalid_argument);
}

BOOST_AUTO_TEST_CASE(reruns_prune_and_compact_across_shards) {
    test::TempDir dir;
    const fs::path corpus = dir / "corpus";
    fs::copy(test::sample_corpus() / "en", corpus, fs::copy_options::recursive);
    const auto first = index_into(dir / "db", 2, {corpus});
    BOOST_TEST(first.added > 10u);
    const auto again = index_into(dir / "db", 0, {corpus});
    BOOST_TEST(again.added + again.updated + again.removed == 0u);
    BOOST_TEST(again.unchanged == first.added);
    // Asking an existing database for another shard count is refused.
    BOOST_CHECK_THROW(index_into(dir / "db", 3, {corpus}), std::invalid_argument);
    fs::remove(*fs::directory_iterator(corpus));
    const auto pruned = index_into(dir / "db", 0, {corpus});
    BOOST_TEST(pruned.removed == 1u);
    const Xapian::doccount documents = first.added - 1;
    BOOST_TEST(Xapian::Database((dir / "db").string()).get_doccount() == documents);

    const search::Searcher before(dir / "db");
    const auto expected = before.search(request_for("Ukraine"));
    BOOST_TEST(index::compact_database(dir / "db", {}) == documents);
    BOOST_TEST(!fs::exists(dir / "db" / "XAPIANDB"));
    BOOST_TEST(index::read_status(dir / "db").shards == 1u);
    check_same(expected, search::Searcher(dir / "db").search(request_for("Ukraine")));
    // And it goes on as one database.
    BOOST_TEST(index_into(dir / "db", 0, {corpus}).unchanged == documents);
}

// xapian-replicate keeps a read copy of each shard: a full copy at first,
// then each change; searching the copies gives what the shards give.
BOOST_AUTO_TEST_CASE(a_replica_of_each_shard_follows_the_master) {
    if (!test::installed("xapian-replicate-server")) {
        BOOST_TEST_MESSAGE("xapian-replicate-server is not installed: replicas not tested");
        return;
    }
    test::TempDir dir;
    const fs::path corpus = dir / "corpus";
    fs::copy(test::sample_corpus() / "en", corpus, fs::copy_options::recursive);
    const fs::path extra = dir / "later.txt";
    fs::rename(*fs::directory_iterator(corpus), extra);
    index_into(dir / "master", 2, {corpus});
    const int port = test::free_port();
    test::Server server({"xapian-replicate-server", "--interface", "127.0.0.1", "--port",
                         std::to_string(port), (dir / "master").string()},
                        port);
    auto replicate = [&] {
        for (const char* shard : {"shard0", "shard1"}) {
            const auto r =
                test::run("xapian-replicate -h 127.0.0.1 -p " + std::to_string(port) + " -m " +
                              shard + " -o " + (dir / "replica" / shard).string(),
                          dir);
            BOOST_REQUIRE_MESSAGE(r.exit_code == 0, r.err);
        }
    };
    fs::create_directories(dir / "replica");
    replicate();
    fs::copy_file(dir / "master" / "XAPIANDB", dir / "replica" / "XAPIANDB");
    auto same = [&](const std::string& query) {
        check_same(search::Searcher(dir / "master").search(request_for(query)),
                   search::Searcher(dir / "replica").search(request_for(query)));
    };
    same("Ukraine");
    fs::rename(extra, corpus / "later.txt");
    index_into(dir / "master", 0, {corpus});
    replicate();
    same("Ukraine");
    same("the");
    BOOST_TEST(Xapian::Database((dir / "replica").string()).get_doccount() ==
               Xapian::Database((dir / "master").string()).get_doccount());
}

// The same through the binaries: --shards, --status, remote --db, --compact.
BOOST_AUTO_TEST_CASE(the_command_lines_index_serve_and_compact_shards) {
    test::TempDir dir;
    const std::string db = (dir / "db").string();
    auto indexer = [&](const std::string& args) {
        return test::run(test::indexer_binary() + " --db " + db + " " + args, dir);
    };
    const auto made = indexer("--shards 2 " + (test::sample_corpus() / "en").string());
    BOOST_TEST(made.exit_code == 0, made.err);
    BOOST_TEST(indexer("--status").out.find("shards     2") != std::string::npos);
    const auto refused = indexer("--shards 3 " + (test::sample_corpus() / "en").string());
    BOOST_TEST(refused.exit_code == 2);
    BOOST_TEST(refused.err.find("has 2 shards") != std::string::npos, refused.err);
    const std::string local =
        test::run(test::search_binary() + " --db " + db + " --facets --json Ukraine", dir).out;
    if (test::installed("xapian-tcpsrv")) {
        auto first = test::tcpsrv(db + "/shard0");
        auto second = test::tcpsrv(db + "/shard1");
        const auto remote = test::run(test::search_binary() + " --db " + first->remote() +
                                          " --db " + second->remote() + " --facets --json Ukraine",
                                      dir);
        BOOST_TEST(remote.exit_code == 0, remote.err);
        BOOST_TEST(remote.out.find("\"facets\"") != std::string::npos);
        // Scores print with three decimals: equal to one database's.
        BOOST_TEST(remote.out.size() == local.size());
        const int closed = test::free_port();
        const auto down = test::run(test::search_binary() + " --timeout 2 --db remote:127.0.0.1:" +
                                        std::to_string(closed) + " Ukraine",
                                    dir);
        BOOST_TEST(down.exit_code == 2);
        BOOST_TEST(down.err.find("cannot reach the remote database") != std::string::npos,
                   down.err);
    }
    const auto compacted = indexer("--compact");
    BOOST_TEST(compacted.exit_code == 0, compacted.err);
    BOOST_TEST(indexer("--status").out.find("shards     1") != std::string::npos);
    BOOST_TEST(test::run(test::search_binary() + " --db " + db + " --facets --json Ukraine", dir)
                   .out.size() == local.size());
}
