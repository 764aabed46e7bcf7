#define BOOST_TEST_MODULE live_archive
// The indexer as a scheduled job over a growing archive, on the real
// binaries: reruns skip what is unchanged and leave the revision alone,
// changes, deletions, additions and moves are picked up, --status tells,
// one writer at a time, searches never fail while an indexer commits, and
// a run killed at any moment is completed by the next one.
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>
#include <xapian.h>

#include <boost/test/unit_test.hpp>
#include <chrono>
#include <nlohmann/json.hpp>
#include <random>
#include <thread>

#include "newsdex/schema/schema.hpp"
#include "newsdex/schema/shards.hpp"
#include "newsdex/search/searcher.hpp"
#include "test_support.hpp"

using namespace newsdex::test;
namespace fs = std::filesystem;

namespace {

// The revision of a database, summed over its shards (each commits on its
// own): it moves when any shard commits.
Xapian::rev revision_of(const std::string& db) {
    Xapian::rev sum = 0;
    for (const auto& shard : newsdex::schema::shard_folders(db))
        sum += Xapian::Database(shard.string()).get_revision();
    return sum;
}

// A short article whose words say which one it is.
std::string article(int n, const std::string& extra = "") {
    return "Story number " + std::to_string(n) + "\n\nThe harbour council of town" +
           std::to_string(n) + " met on Monday to discuss the ferry timetable, the price of " +
           "fuel and the new bridge. " + extra + "\n";
}

void write_articles(const fs::path& folder, int first, int count) {
    for (int n = first; n < first + count; ++n)
        write_file(folder / ("story-" + std::to_string(n) + ".txt"), article(n));
}

struct Archive {
    TempDir dir;
    fs::path news = dir / "news";
    std::string db = (dir / "db").string();

    CommandResult index(const std::string& args) const {
        return run(indexer_binary() + " --db " + db + " " + args, dir);
    }
    Xapian::doccount documents() const { return Xapian::Database(db).get_doccount(); }
    Xapian::rev revision() const { return revision_of(db); }
};

bool says(const CommandResult& r, const std::string& text) {
    return r.out.find(text) != std::string::npos;
}

// Starts a command in the background; its output is thrown away.
pid_t start(const std::string& command) {
    const pid_t pid = fork();
    if (pid == 0) {
        execl("/bin/sh", "sh", "-c", (command + " >/dev/null 2>&1").c_str(), nullptr);
        _exit(127);
    }
    return pid;
}

bool finished(pid_t pid) {
    int status = 0;
    return waitpid(pid, &status, WNOHANG) == pid;
}

}  // namespace

BOOST_AUTO_TEST_CASE(an_unchanged_rerun_writes_nothing) {
    Archive a;
    write_articles(a.news, 0, 30);
    const CommandResult first = a.index(a.news.string());
    BOOST_TEST(first.exit_code == 0);
    BOOST_TEST(says(first, "(30 added, 0 updated, 0 removed, 0 unchanged, 0 failed)"), first.out);
    const Xapian::rev revision = a.revision();
    const CommandResult again = a.index(a.news.string());
    BOOST_TEST(says(again, "indexed 30 documents"), again.out);
    BOOST_TEST(says(again, "(0 added, 0 updated, 0 removed, 30 unchanged, 0 failed)"), again.out);
    BOOST_TEST(a.revision() == revision);
}

BOOST_AUTO_TEST_CASE(changes_deletions_additions_and_touches_are_picked_up) {
    Archive a;
    write_articles(a.news, 0, 20);
    a.index(a.news.string());
    write_file(a.news / "story-3.txt", article(3, "Changed."));
    write_file(a.news / "story-4.txt", article(4, "Changed too."));
    fs::remove(a.news / "story-5.txt");
    fs::remove(a.news / "story-6.txt");
    write_articles(a.news, 100, 1);
    // Same bytes, new mtime: read again to confirm, but not re-indexed.
    fs::last_write_time(a.news / "story-7.txt", fs::file_time_type::clock::now());
    const CommandResult r = a.index(a.news.string());
    BOOST_TEST(says(r, "(1 added, 2 updated, 2 removed, 16 unchanged, 0 failed)"), r.out);
    BOOST_TEST(a.documents() == 19u);
}

BOOST_AUTO_TEST_CASE(no_prune_keeps_the_documents_of_deleted_files) {
    Archive a;
    write_articles(a.news, 0, 5);
    a.index(a.news.string());
    fs::remove(a.news / "story-1.txt");
    BOOST_TEST(says(a.index("--no-prune " + a.news.string()), " 0 removed"));
    BOOST_TEST(a.documents() == 5u);
    BOOST_TEST(says(a.index(a.news.string()), " 1 removed"));
    BOOST_TEST(a.documents() == 4u);
}

BOOST_AUTO_TEST_CASE(sources_not_named_are_never_pruned) {
    Archive a;
    const fs::path other = a.dir / "other";
    write_articles(a.news, 0, 4);
    write_articles(other, 10, 3);
    a.index(a.news.string() + " " + other.string());
    fs::remove(other / "story-10.txt");  // gone, but `other` is not named below
    const CommandResult r = a.index(a.news.string());
    BOOST_TEST(says(r, " 0 removed"), r.out);
    BOOST_TEST(a.documents() == 7u);
}

BOOST_AUTO_TEST_CASE(a_moved_folder_or_file_is_one_document_not_two) {
    Archive a;
    write_articles(a.news / "2024", 0, 6);
    a.index(a.news.string());
    fs::rename(a.news / "2024", a.news / "archive-2024");
    const CommandResult r = a.index(a.news.string());
    BOOST_TEST(says(r, "(6 added, 0 updated, 6 removed"), r.out);
    BOOST_TEST(a.documents() == 6u);
    // Moved out to a folder of its own, which alone is named next.
    const fs::path elsewhere = a.dir / "elsewhere";
    fs::create_directories(elsewhere);
    fs::rename(a.news / "archive-2024" / "story-2.txt", elsewhere / "story-2.txt");
    const CommandResult moved = a.index(elsewhere.string());
    BOOST_TEST(says(moved, "(1 added, 0 updated, 1 removed"), moved.out);
    BOOST_TEST(a.documents() == 6u);
}

BOOST_AUTO_TEST_CASE(records_gone_from_a_record_file_are_removed) {
    Archive a;
    const fs::path dump = a.news / "dump.jsonl";
    auto record = [](int id, const std::string& body) {
        return R"({"id":"r)" + std::to_string(id) + R"(","title":"Record )" + std::to_string(id) +
               R"(","body":")" + body + "\"}\n";
    };
    write_file(dump, record(1, "one") + record(2, "two") + record(3, "three"));
    a.index(a.news.string());
    write_file(dump, record(1, "one") + record(3, "three, corrected"));
    const CommandResult r = a.index(a.news.string());
    BOOST_TEST(says(r, "(0 added, 1 updated, 1 removed, 1 unchanged"), r.out);
    BOOST_TEST(a.documents() == 2u);
}

BOOST_AUTO_TEST_CASE(status_tells_documents_sources_and_the_last_run) {
    Archive a;
    write_articles(a.news, 0, 8);
    a.index(a.news.string());
    const CommandResult r = a.index("--status --json");
    BOOST_TEST(r.exit_code == 0, r.err);
    const auto j = nlohmann::json::parse(r.out);
    BOOST_TEST(j["documents"].get<int>() == 8);
    BOOST_TEST(j["sources"].size() == 1u);
    BOOST_TEST(j["sources"][0]["documents"].get<int>() == 8);
    BOOST_TEST(j["last_run"]["added"].get<int>() == 8);
    BOOST_TEST(j["bytes"].get<long>() > 0);
    for (const char* key : {"started", "finished", "updated", "removed", "unchanged", "failed"})
        BOOST_TEST(j["last_run"].contains(key), key);
    a.index(a.news.string());  // changes nothing, still the last run
    const auto again = nlohmann::json::parse(a.index("--status --json").out);
    BOOST_TEST(again["last_run"]["unchanged"].get<int>() == 8);
    BOOST_TEST(says(a.index("--status"), "8 documents"));
}

BOOST_AUTO_TEST_CASE(progress_shows_on_a_terminal_only) {
    Archive a;
    write_articles(a.news, 0, 3);
    const CommandResult piped = a.index(a.news.string());
    BOOST_TEST(piped.err.find("ETA") == std::string::npos);
    // script(1) gives the indexer a terminal.
    const CommandResult tty = run("script -qec \"" + indexer_binary() + " --db " + a.db + "2 " +
                                      a.news.string() + "\" /dev/null",
                                  a.dir);
    BOOST_TEST(tty.out.find("ETA") != std::string::npos, tty.out);
    const CommandResult quiet = run("script -qec \"" + indexer_binary() + " --quiet --db " + a.db +
                                        "3 " + a.news.string() + "\" /dev/null",
                                    a.dir);
    BOOST_TEST(quiet.out.find("ETA") == std::string::npos, quiet.out);
}

BOOST_AUTO_TEST_CASE(a_second_writer_fails_at_once_or_waits) {
    Archive a;
    write_articles(a.news, 0, 2);
    a.index(a.news.string());
    auto holder = std::make_unique<Xapian::WritableDatabase>(a.db, Xapian::DB_OPEN);
    const CommandResult busy = a.index(a.news.string());
    BOOST_TEST(busy.exit_code == 2);
    BOOST_TEST(busy.err.find("lock") != std::string::npos, busy.err);
    BOOST_TEST(busy.err.find("--wait") != std::string::npos, busy.err);
    std::thread release([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(700));
        holder.reset();
    });
    const CommandResult waited = a.index("--wait=30 " + a.news.string());
    release.join();
    BOOST_TEST(waited.exit_code == 0, waited.err);
}

BOOST_AUTO_TEST_CASE(searches_never_fail_while_an_indexer_commits) {
    Archive a;
    write_articles(a.news, 0, 1);
    a.index(a.news.string());
    write_articles(a.news, 1, 400);
    const pid_t pid =
        start(indexer_binary() + " --batch-size 1 --db " + a.db + " " + a.news.string());
    const newsdex::search::Searcher searcher(a.db);
    newsdex::search::SearchRequest request;
    request.query = "harbour council ferry";
    request.facets = true;
    int searches = 0, failures = 0;
    while (!finished(pid)) {
        try {
            (void)searcher.search(request);
        } catch (const Xapian::Error& e) {
            ++failures;
            BOOST_TEST_MESSAGE("search failed: " << e.get_description());
        } catch (const std::exception& e) {
            ++failures;
            BOOST_TEST_MESSAGE("search failed: " << e.what());
        }
        ++searches;
    }
    BOOST_TEST(failures == 0);
    BOOST_TEST(searches > 0);
    request.limit = 1000;
    BOOST_TEST(searcher.search(request).hits.size() == 401u);
}

BOOST_AUTO_TEST_CASE(a_batch_of_searches_survives_commits) {
    Archive a;
    write_articles(a.news, 0, 1);
    a.index(a.news.string());
    write_articles(a.news, 1, 300);
    std::string topics;
    for (int q = 0; q < 300; ++q)
        topics += std::to_string(q) + "\tharbour town" + std::to_string(q) + " ferry\n";
    write_file(a.dir / "topics.tsv", topics);
    const pid_t pid =
        start(indexer_binary() + " --batch-size 1 --db " + a.db + " " + a.news.string());
    int rounds = 0;
    do {
        const CommandResult r =
            run(search_binary() + " --db " + a.db + " --batch " + (a.dir / "topics.tsv").string(),
                a.dir);
        BOOST_TEST(r.exit_code == 0, r.err);
        BOOST_TEST(r.err.empty(), r.err);
        ++rounds;
    } while (!finished(pid));
    BOOST_TEST(rounds > 0);
}

BOOST_AUTO_TEST_CASE(a_killed_run_is_completed_by_the_next_nothing_lost_nothing_doubled) {
    Archive a;
    write_articles(a.news, 0, 300);
    std::mt19937 random(12345);
    for (int kill = 0; kill < 4; ++kill) {
        const pid_t pid = start("exec " + indexer_binary() + " --batch-size 3 --db " + a.db + " " +
                                a.news.string());
        std::this_thread::sleep_for(std::chrono::milliseconds(40 + random() % 400));
        ::kill(pid, SIGKILL);
        waitpid(pid, nullptr, 0);
        // Whatever moment it died at, what it left opens and searches.
        if (fs::exists(fs::path(a.db) / "iamglass") || fs::exists(fs::path(a.db) / "XAPIANDB")) {
            const newsdex::search::Searcher searcher(a.db);
            newsdex::search::SearchRequest request;
            request.query = "ferry";
            BOOST_CHECK_NO_THROW((void)searcher.search(request));
        }
    }
    const CommandResult done = a.index(a.news.string());
    BOOST_TEST(done.exit_code == 0, done.err);
    const Xapian::Database db(a.db);
    BOOST_TEST(db.get_doccount() == 300u);
    for (auto term = db.allterms_begin("Q"); term != db.allterms_end("Q"); ++term)
        BOOST_TEST(term.get_termfreq() == 1u, *term);
    const Xapian::rev revision = revision_of(a.db);
    const CommandResult again = a.index(a.news.string());
    BOOST_TEST(says(again, "300 unchanged"), again.out);
    BOOST_TEST(a.revision() == revision);
}

BOOST_AUTO_TEST_CASE(rebuild_switches_to_a_fresh_database_in_one_step) {
    Archive a;
    write_articles(a.news, 0, 10);
    a.index(a.news.string());
    fs::remove(a.news / "story-0.txt");
    const CommandResult r = a.index("--rebuild " + a.news.string());
    BOOST_TEST(r.exit_code == 0, r.err);
    BOOST_TEST(says(r, "(9 added"), r.out);
    BOOST_TEST(a.documents() == 9u);
    for (const auto& entry : fs::directory_iterator(a.dir.path()))
        BOOST_TEST(entry.path().filename().string().find("rebuild") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(scheduling_files_are_shipped) {
    const fs::path contrib = source_dir() / "contrib";
    for (const char* file : {"systemd/newsdex-index.service.in", "systemd/newsdex-index.timer",
                             "cron/newsdex-index.cron", "newsdex-index.env"})
        BOOST_TEST(fs::exists(contrib / file), file);
}

// A database of an older schema is refused by a plain run, which says how
// to rebuild it, and replaced by --rebuild.
BOOST_AUTO_TEST_CASE(an_older_schema_is_rebuilt_not_updated) {
    Archive a;
    write_articles(a.news, 0, 5);
    BOOST_TEST(a.index("--shards 1 " + a.news.string()).exit_code == 0);
    Xapian::WritableDatabase(a.db, Xapian::DB_OPEN).set_metadata("newsdex.schema", "4");
    const CommandResult refused = a.index(a.news.string());
    BOOST_TEST(refused.exit_code == 2);
    BOOST_TEST(refused.err.find("indexer --rebuild") != std::string::npos, refused.err);
    const CommandResult rebuilt = a.index("--rebuild " + a.news.string());
    BOOST_TEST(rebuilt.exit_code == 0, rebuilt.err);
    BOOST_TEST(Xapian::Database(a.db).get_metadata("newsdex.schema") ==
               std::to_string(newsdex::schema::kSchemaVersion));
    BOOST_TEST(a.documents() == 5u);
}
