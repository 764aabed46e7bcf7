#define BOOST_TEST_MODULE hostile_input
// What comes from outside cannot hurt: each case a generated hostile file,
// database or argument, run through the real binaries. Each gets a clear
// error (or is handled right), loses nothing good, exits 0, 1 or 2 (never
// a crash), does not hang and keeps memory bounded.
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>
#include <xapian.h>

#include <boost/test/unit_test.hpp>

#include "test_support.hpp"

using namespace newsdex::test;

namespace {

// Runs under timeout(1): a hang fails the test instead of the suite.
CommandResult run_bounded(const std::string& command, const TempDir& dir) {
    return run("timeout 60 " + command, dir);
}

long peak_child_rss_mb() {
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return usage.ru_maxrss / 1024;
}

bool has(const std::string& text, const std::string& what) {
    return text.find(what) != std::string::npos;
}

// An RSS feed whose first item expands one 100 KB internal entity `uses`
// times (a few KB on disk), and a good second item.
std::string entity_bomb_feed(int uses) {
    std::string feed = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY big \"" +
                       std::string(100 * 1024, 'x') + "\">]>\n<rss version=\"2.0\"><channel>\n";
    feed += "<item><guid>bomb</guid><title>Bomb</title><description>";
    for (int i = 0; i < uses; ++i)
        feed += "&big;";
    feed += "</description></item>\n";
    feed +=
        "<item><guid>good</guid><title>Harbour ferries</title><description>The ferry "
        "timetable changes on Monday.</description></item>\n</channel></rss>\n";
    return feed;
}

// One indexed database to search, with a story whose stored text carries
// terminal controls.
struct Indexed {
    TempDir dir;
    std::string db = (dir / "db").string();
    Indexed() {
        write_file(dir / "in/evil.txt",
                   "Evil \x1b]0;owned\x07 title \x1b[2J\x1b[31mred\r\b\b\xC2\x9B"
                   "31m\n\nThe harbour \x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\ story "
                   "about ferries, \x07 bells and \x7f deletes.\n");
        write_file(dir / "in/good.txt", "Ferry news\n\nThe harbour ferry runs again.\n");
        run(indexer_binary() + " --db " + db + " " + (dir / "in").string(), dir);
    }
};

}  // namespace

BOOST_AUTO_TEST_CASE(an_entity_bomb_feed_is_refused_and_the_rest_indexed) {
    TempDir dir;
    write_file(dir / "in/bomb.rss", entity_bomb_feed(2000));
    for (int i = 0; i < 20; ++i)
        write_file(dir / ("in/good" + std::to_string(i) + ".txt"),
                   "Good " + std::to_string(i) + "\n\nA good story.\n");
    const CommandResult r = run_bounded(indexer_binary() + " --max-document-bytes 4000000 --db " +
                                            (dir / "db").string() + " " + (dir / "in").string(),
                                        dir);
    BOOST_TEST(r.exit_code == 1, r.err);
    BOOST_TEST(has(r.err, "bomb.rss:"), r.err);
    BOOST_TEST(has(r.err, "--max-document-bytes"), r.err);
    BOOST_TEST(Xapian::Database((dir / "db").string()).get_doccount() ==
               21u);  // 20 + the good item
    BOOST_TEST(peak_child_rss_mb() < 400);
}

BOOST_AUTO_TEST_CASE(stored_text_never_drives_the_terminal) {
    static Indexed indexed;
    for (const char* color : {"--color=always", "--color=never"}) {
        const CommandResult r =
            run(search_binary() + " " + color + " --db " + indexed.db + " harbour", indexed.dir);
        BOOST_TEST(r.exit_code == 0);
        std::string out = r.out;
        // Our own colours are the only escape sequences left.
        for (const char* ours : {"\x1b[1;31m", "\x1b[0m", "\x1b[1m", "\x1b[32m"})
            for (auto at = out.find(ours); at != std::string::npos; at = out.find(ours))
                out.erase(at, std::string(ours).size());
        for (char c : out)
            BOOST_TEST((c == '\n' || static_cast<unsigned char>(c) >= 0x20), "control " << int(c));
        BOOST_TEST(!has(out, "\x7f"));
        BOOST_TEST(!has(out, "\xC2\x9B"));  // C1 CSI
    }
    const CommandResult json =
        run(search_binary() + " --json --db " + indexed.db + " harbour", indexed.dir);
    BOOST_TEST(!has(json.out, "\x1b"));  // escaped as \u001b in JSON
    BOOST_TEST(has(json.out, "\\u001b"));
}

BOOST_AUTO_TEST_CASE(a_database_that_would_run_a_program_is_refused) {
    TempDir dir;
    const fs::path marker = dir / "ran";
    write_file(dir / "stub", "remote :/usr/bin/touch " + marker.string() + "\n");
    write_file(dir / "folder/XAPIANDB", "remote :/usr/bin/touch " + marker.string() + "\n");
    write_file(dir / "nested", "auto " + (dir / "folder").string() + "\n");
    for (const std::string db : {"stub", "folder", "nested"}) {
        const std::string path = (dir / db).string();
        const CommandResult s = run(search_binary() + " --db " + path + " x", dir);
        BOOST_TEST(s.exit_code == 2);
        BOOST_TEST(has(s.err, "refused"), s.err);
        const CommandResult env = run("NEWSDEX_DB=" + path + " " + search_binary() + " x", dir);
        BOOST_TEST(env.exit_code == 2);
        write_file(dir / "in/a.txt", "A\n\nB.\n");
        const CommandResult i =
            run(indexer_binary() + " --db " + path + " " + (dir / "in").string(), dir);
        BOOST_TEST(i.exit_code == 2);
        BOOST_TEST(has(i.err, "refused"), i.err);
        BOOST_TEST(run(indexer_binary() + " --status --db " + path, dir).exit_code == 2);
    }
    BOOST_TEST(!fs::exists(marker));
}

BOOST_AUTO_TEST_CASE(arguments_and_queries_that_crashed_are_errors) {
    static Indexed indexed;
    const std::string db = " --db " + indexed.db + " ";
    const std::string dash(40000, 'a');
    const std::vector<std::string> queries = {
        std::string(20000, '(') + "x" + std::string(20000, ')'),
        std::string(40000, '('),
        std::string(40, '(') + "x" + std::string(40, ')'),
    };
    for (const std::string& q : queries) {
        const CommandResult r = run_bounded(search_binary() + db + "'" + q + "'", indexed.dir);
        BOOST_TEST(r.exit_code == 2, q.substr(0, 50));
        BOOST_TEST(has(r.err, "search: "), r.err);
    }
    BOOST_TEST(run_bounded(search_binary() + db + "-" + dash, indexed.dir).exit_code <= 2);
    BOOST_TEST(run_bounded(search_binary() + db + "--" + dash, indexed.dir).exit_code == 2);
    BOOST_TEST(run_bounded(indexer_binary() + " -" + dash, indexed.dir).exit_code == 2);
    BOOST_TEST(run_bounded(indexer_binary() + " --db=" + dash + " x", indexed.dir).exit_code == 2);
    BOOST_TEST(run(search_binary() + db + "--limit 4294967296 harbour", indexed.dir).exit_code ==
               2);
    // A query may start with "-": it excludes a word.
    const CommandResult minus = run(search_binary() + db + "'-evil harbour'", indexed.dir);
    BOOST_TEST(minus.exit_code == 0, minus.err);
    BOOST_TEST(has(minus.out, "Ferry news"));
    BOOST_TEST(!has(minus.out, "Evil"));
}

BOOST_AUTO_TEST_CASE(long_queries_are_refused_quickly_and_a_batch_goes_on) {
    static Indexed indexed;
    std::string words;
    for (int i = 0; i < 16000; ++i)
        words += "w ";
    const CommandResult r =
        run_bounded(search_binary() + " --db " + indexed.db + " '" + words + "'", indexed.dir);
    BOOST_TEST(r.exit_code == 2);
    BOOST_TEST(has(r.err, "more than 1024"), r.err);
    write_file(indexed.dir / "topics.tsv",
               "1\tharbour\n2\t" + std::string(1 << 20, 'x') + "\n3\tferry\n");
    const CommandResult batch = run_bounded(search_binary() + " --db " + indexed.db + " --batch " +
                                                (indexed.dir / "topics.tsv").string(),
                                            indexed.dir);
    BOOST_TEST(has(batch.err, "line 2"), batch.err);
    BOOST_TEST(has(batch.out, "1 Q0 "));
    BOOST_TEST(has(batch.out, "3 Q0 "));
}

BOOST_AUTO_TEST_CASE(ids_of_one_source_never_replace_another_s) {
    TempDir dir;
    write_file(dir / "in/a.jsonl", R"({"id":"1","title":"Json one","body":"alpha"})"
                                   "\n");
    write_file(dir / "in/b.rss",
               "<rss><channel><item><guid>1</guid><title>Feed one</title>"
               "<description>beta</description></item></channel></rss>\n");
    const std::string text_path = fs::weakly_canonical(dir / "in/c.txt").string();
    write_file(dir / "in/c.txt", "Text\n\ngamma.\n");
    write_file(dir / "in/d.jsonl", "{\"id\":\"" + text_path + "\",\"title\":\"Same id\"}\n");
    const std::string db = (dir / "db").string();
    const CommandResult r =
        run(indexer_binary() + " --db " + db + " " + (dir / "in").string(), dir);
    BOOST_TEST(has(r.out, "(4 added, 0 updated"), r.out);
    // Two sources of one format: a collection each.
    write_file(dir / "other/a.jsonl", R"({"id":"1","title":"Other json one","body":"delta"})"
                                      "\n");
    const CommandResult other = run(
        indexer_binary() + " --collection wire --db " + db + " " + (dir / "other").string(), dir);
    BOOST_TEST(has(other.out, "(1 added, 0 updated"), other.out);
    BOOST_TEST(Xapian::Database(db).get_doccount() == 5u);
}

BOOST_AUTO_TEST_CASE(odd_files_are_read_or_refused_clearly) {
    TempDir dir;
    // UTF-16 with a byte order mark, as Windows Notepad saves it.
    std::string utf16 = "\xFF\xFE";
    for (char c : std::string("Sixteen bits\n\nA harbour story.\n"))
        utf16 += std::string{c, '\0'};
    write_file(dir / "in/utf16.txt", utf16);
    write_file(dir / "in/bom.jsonl", "\xEF\xBB\xBF{\"id\":\"b1\",\"title\":\"With a BOM\"}\n");
    const std::string db = (dir / "db").string();
    const CommandResult r =
        run(indexer_binary() + " --db " + db + " " + (dir / "in").string(), dir);
    BOOST_TEST(r.exit_code == 0, r.err);
    BOOST_TEST(has(r.out, "(2 added"), r.out);
    BOOST_TEST(has(run(search_binary() + " --db " + db + " harbour", dir).out, "Sixteen bits"));
    // A FIFO or a device named as PATH: refused at once, not read forever.
    BOOST_REQUIRE(mkfifo((dir / "fifo").c_str(), 0600) == 0);
    fs::create_symlink("/dev/zero", dir / "zero.jsonl");
    for (const char* odd : {"fifo", "zero.jsonl"}) {
        const CommandResult o =
            run_bounded(indexer_binary() + " --db " + db + " " + (dir / odd).string(), dir);
        BOOST_TEST(o.exit_code == 1, odd);
        BOOST_TEST(has(o.err, "not a regular file"), o.err);
    }
    if (geteuid() == 0) {
        BOOST_TEST_MESSAGE("running as root: an unreadable folder cannot be made; not checked");
    } else {
        fs::create_directories(dir / "locked/inner");
        write_file(dir / "locked/ok.txt", "Ok\n\nfine.\n");
        fs::permissions(dir / "locked/inner", fs::perms::none);
        const CommandResult l =
            run(indexer_binary() + " --db " + db + " " + (dir / "locked").string(), dir);
        fs::permissions(dir / "locked/inner", fs::perms::owner_all);
        BOOST_TEST(l.exit_code == 1);
        BOOST_TEST(has(l.err, "cannot read folder"), l.err);
    }
}

BOOST_AUTO_TEST_CASE(a_database_newsdex_did_not_make_is_named_so) {
    TempDir dir;
    const std::string plain = (dir / "plain").string();
    {
        Xapian::WritableDatabase db(plain, Xapian::DB_CREATE);
        Xapian::Document d;
        d.add_term("harbour");
        db.add_document(d);
        db.commit();
    }
    const CommandResult s = run(search_binary() + " --db " + plain + " harbour", dir);
    BOOST_TEST(s.exit_code == 2);
    BOOST_TEST(has(s.err, "not a newsdex database"), s.err);
    write_file(dir / "in/a.txt", "A\n\nharbour.\n");
    const CommandResult i =
        run(indexer_binary() + " --db " + plain + " " + (dir / "in").string(), dir);
    BOOST_TEST(i.exit_code == 2);
    BOOST_TEST(Xapian::Database(plain).get_doccount() == 1u);
    BOOST_TEST(Xapian::Database(plain).get_metadata("newsdex.schema").empty());
}

BOOST_AUTO_TEST_CASE(without_home_the_database_is_never_in_the_current_folder) {
    TempDir dir;
    const CommandResult r =
        run("env -u HOME -u NEWSDEX_DB -u XDG_DATA_HOME " + search_binary() + " harbour", dir);
    BOOST_TEST(r.exit_code == 2);
    BOOST_TEST(!has(r.err, "no database at .local"), r.err);
    BOOST_TEST(!fs::exists(dir / ".local"));
}
