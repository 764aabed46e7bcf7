#define BOOST_TEST_MODULE cli
// End to end: the real indexer and search binaries on the sample corpus,
// checked against exact expected output (tests/golden/), JSON Lines, exit
// codes, colour handling and the default database location.
#include <boost/test/unit_test.hpp>

#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "test_support.hpp"

using namespace newsdex::test;

namespace {

std::string replace_all(std::string s, const std::string& from, const std::string& to) {
    for (auto at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size()))
        s.replace(at, from.size(), to);
    return s;
}

// One sample-corpus database for the whole suite: indexing is the slow part.
struct SampleIndex {
    TempDir dir;
    std::string db = (dir / "db").string();
    CommandResult indexing;
    SampleIndex() {
        indexing = run(indexer_binary() + " --db " + db + " " + sample_corpus().string(), dir);
    }
    CommandResult search_for(const std::string& args) const {
        return run("NO_COLOR= TERM=xterm " + search_binary() + " --db " + db + " " + args, dir);
    }
};

const SampleIndex& sample() {
    static SampleIndex index;
    return index;
}

void check_golden(const std::string& golden_name, const std::string& args) {
    const CommandResult r = sample().search_for(args);
    BOOST_TEST(r.exit_code == 0);
    BOOST_TEST(r.err.empty());
    const std::string canonical_root = std::filesystem::canonical(sample_corpus()).string();
    const std::string actual = replace_all(r.out, canonical_root, "<sample>");
    const std::string expected = read_file(source_dir() / "tests" / "golden" / golden_name);
    BOOST_TEST(actual == expected, "golden " << golden_name << " differs; actual output:\n"
                                             << actual);
}

}  // namespace

BOOST_AUTO_TEST_CASE(indexer_prints_a_one_line_summary) {
    const CommandResult& r = sample().indexing;
    BOOST_TEST(r.exit_code == 0);
    BOOST_TEST(r.err.empty());
    BOOST_TEST(r.out.rfind("indexed ", 0) == 0u);
    BOOST_TEST(r.out.find(" 0 failed") != std::string::npos);
    BOOST_TEST(std::count(r.out.begin(), r.out.end(), '\n') == 1);
}

BOOST_AUTO_TEST_CASE(exact_output_for_golden_queries) {
    // The manifest scripts/update-goldens reads too: file<TAB>arguments.
    std::istringstream manifest(read_file(source_dir() / "tests" / "golden" / "queries.tsv"));
    int checked = 0;
    for (std::string line; std::getline(manifest, line);) {
        const auto tab = line.find('\t');
        if (line.empty() || line[0] == '#' || tab == std::string::npos) continue;
        check_golden(line.substr(0, tab), line.substr(tab + 1));
        ++checked;
    }
    BOOST_TEST(checked >= 2);
}

BOOST_AUTO_TEST_CASE(seed_article_first_with_query_words_highlighted) {
    const CommandResult r = sample().search_for("Kharkiv missile debris");
    BOOST_TEST(r.exit_code == 0);
    BOOST_TEST(r.out.rfind("1. Kim Yo Jong Denies Allegations of North Korea Weapon Exports "
                           "to Russia\n",
                           0) == 0u);
    const std::string first_hit = r.out.substr(0, r.out.find("\n\n"));
    BOOST_TEST(first_hit.find("**Kharkiv**") != std::string::npos);
    BOOST_TEST(first_hit.find("**missile debris**") != std::string::npos);
    BOOST_TEST(first_hit.find("2024-05-17") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(json_lines_parse_and_carry_highlight_spans) {
    const CommandResult r = sample().search_for("--json --limit 5 Kharkiv missile debris");
    BOOST_TEST(r.exit_code == 0);
    std::istringstream lines(r.out);
    std::string line;
    int rank = 0;
    while (std::getline(lines, line)) {
        const auto hit = nlohmann::json::parse(line);
        BOOST_TEST(hit["rank"].get<int>() == ++rank);
        for (const char* key : {"id", "title", "date", "score", "snippet", "source", "format"})
            BOOST_TEST(hit.contains(key), "missing " << key);
        const std::string text = hit["snippet"]["text"];
        for (const auto& span : hit["snippet"]["highlights"]) {
            const std::size_t b = span["start"], e = span["end"];
            BOOST_TEST(e > b);
            BOOST_TEST(e <= text.size());
        }
        if (rank == 1) {
            BOOST_TEST(hit["date"] == "2024-05-17");
            BOOST_TEST(hit["id"] == std::filesystem::canonical(seed_article()).string());
            std::set<std::string> marked;
            for (const auto& span : hit["snippet"]["highlights"])
                marked.insert(text.substr(span["start"], span["end"].get<std::size_t>() -
                                                             span["start"].get<std::size_t>()));
            BOOST_TEST(marked.count("Kharkiv") == 1u);
            BOOST_TEST(marked.count("missile debris") == 1u);
        }
    }
    BOOST_TEST(rank >= 1);
    BOOST_TEST(rank <= 5);
}

// search --batch: one process, a TREC run (qid Q0 docid rank score tag),
// ranks from 1 per query, ids the documents' own.
BOOST_AUTO_TEST_CASE(batch_writes_a_trec_run) {
    write_file(sample().dir / "topics.tsv", "q1\tKharkiv missile debris\nq2\tKim Yo Jong\n");
    const std::string topics = (sample().dir / "topics.tsv").string();
    const CommandResult r =
        sample().search_for("--batch " + topics + " --format trec --limit 1000 --run-tag mytag");
    BOOST_TEST(r.exit_code == 0);
    BOOST_TEST(r.err.empty(), r.err);
    std::istringstream lines(r.out);
    std::map<std::string, int> last_rank;
    for (std::string qid, q0, id, tag; lines >> qid >> q0 >> id;) {
        int rank = 0;
        double score = 0;
        lines >> rank >> score >> tag;
        BOOST_TEST(q0 == "Q0");
        BOOST_TEST(tag == "mytag");
        BOOST_TEST(rank == ++last_rank[qid]);
        BOOST_TEST(score > 0);
        if (qid == "q1" && rank == 1)
            BOOST_TEST(id == std::filesystem::canonical(seed_article()).string());
    }
    BOOST_TEST(last_rank.size() == 2u);
    const CommandResult wrong = sample().search_for("--batch " + topics + " --format csv");
    BOOST_TEST(wrong.exit_code == 2);
    BOOST_TEST(wrong.err == "search: --batch writes --format trec\n");
}

BOOST_AUTO_TEST_CASE(exit_codes_follow_grep) {
    BOOST_TEST(sample().search_for("zzyzx").exit_code == 1);
    BOOST_TEST(sample().search_for("zzyzx").out.empty());
    const CommandResult bad = sample().search_for("'\"unclosed'");
    BOOST_TEST(bad.exit_code == 2);
    BOOST_TEST(bad.err == "search: unterminated quote at column 1\n");
    const CommandResult no_db =
        run(search_binary() + " --db /nonexistent/db kharkiv", sample().dir);
    BOOST_TEST(no_db.exit_code == 2);
    BOOST_TEST(no_db.err.rfind("search: no database at /nonexistent/db", 0) == 0u);
    BOOST_TEST(sample().search_for("").exit_code == 2);
    BOOST_TEST(sample().search_for("--limit nope kharkiv").exit_code == 2);
    BOOST_TEST(run(indexer_binary() + " --db /dev/null/db x", sample().dir).exit_code == 2);
}

BOOST_AUTO_TEST_CASE(colour_follows_the_flag_and_no_color) {
    const std::string ansi = "\x1b[1;31mKharkiv\x1b[0m";
    BOOST_TEST(sample().search_for("--color=always Kharkiv").out.find(ansi) != std::string::npos);
    BOOST_TEST(sample().search_for("--color=never Kharkiv").out.find('\x1b') == std::string::npos);
    // Piped (not a terminal): plain markers.
    BOOST_TEST(sample().search_for("Kharkiv").out.find("**Kharkiv**") != std::string::npos);
    const auto no_color =
        run("NO_COLOR=1 " + search_binary() + " --db " + sample().db + " Kharkiv", sample().dir);
    BOOST_TEST(no_color.out.find('\x1b') == std::string::npos);
    BOOST_TEST(sample().search_for("--color=sometimes Kharkiv").exit_code == 2);
}

BOOST_AUTO_TEST_CASE(default_database_and_reindexing) {
    TempDir home;
    const std::string env = "NEWSDEX_DB= XDG_DATA_HOME=" + (home / "xdg").string() + " ";
    const auto first = run(env + indexer_binary() + " " + seed_article().string(), home);
    BOOST_TEST(first.exit_code == 0);
    BOOST_TEST(std::filesystem::exists(home / "xdg/newsdex/db"));
    BOOST_TEST(first.out.find("(1 added, 0 updated, 0 removed, 0 unchanged, 0 failed)") !=
               std::string::npos);
    const auto again = run(env + indexer_binary() + " " + seed_article().string(), home);
    BOOST_TEST(again.out.find("(0 added, 0 updated, 0 removed, 1 unchanged, 0 failed)") !=
               std::string::npos);
    const auto found = run("cd / && " + env + search_binary() + " 'Kharkiv missile debris'", home);
    BOOST_TEST(found.exit_code == 0);
    BOOST_TEST(found.out.find("showing 1-1 of about 1 matching documents") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(partial_failure_exit_code_and_messages) {
    TempDir dir;
    write_file(dir / "in/good.txt", "Good title\nGood body.\n");
    write_file(dir / "in/empty.txt", "");
    const auto r =
        run(indexer_binary() + " --db " + (dir / "db").string() + " " + (dir / "in").string(), dir);
    BOOST_TEST(r.exit_code == 1);
    BOOST_TEST(r.err.find("indexer: " + (dir / "in/empty.txt").string() +
                          ": error: empty file: no title line") != std::string::npos);
    BOOST_TEST(r.out.find("(1 added, 0 updated, 0 removed, 0 unchanged, 1 failed)") !=
               std::string::npos);
}

BOOST_AUTO_TEST_CASE(installed_binaries_run_from_the_prefix) {
    TempDir prefix;
    const auto install = run(
        "cmake --install " + std::string(NEWSDEX_BUILD_DIR) + " --prefix " + prefix.path().string(),
        prefix);
    BOOST_REQUIRE(install.exit_code == 0);
    BOOST_TEST(std::filesystem::exists(prefix / "bin/search"));
    BOOST_TEST(std::filesystem::exists(prefix / "share/newsdex/stopwords/en.txt"));
    for (const char* file :
         {"share/newsdex/entities/cues/person-titles.txt", "share/doc/newsdex/LICENSE",
          "share/bash-completion/completions/search", "share/zsh/site-functions/_newsdex",
          "share/fish/vendor_completions.d/indexer.fish", "share/systemd/user/newsdex-index.timer",
          "share/newsdex/contrib/newsdex-index.cron"})
        BOOST_TEST(std::filesystem::exists(prefix / file), file);
    if (std::filesystem::exists(std::filesystem::path(NEWSDEX_BUILD_DIR) / "man/search.1")) {
        BOOST_TEST(std::filesystem::exists(prefix / "share/man/man1/search.1"));
        BOOST_TEST(std::filesystem::exists(prefix / "share/man/man1/indexer.1"));
    } else {
        BOOST_TEST_MESSAGE("no help2man: no man pages built");
    }
    const auto r =
        run((prefix / "bin/search").string() + " --db " + sample().db + " 'the Kharkiv'", prefix);
    BOOST_TEST(r.exit_code == 0);
}

BOOST_AUTO_TEST_CASE(version_count_show_and_json_totals) {
    for (const std::string& binary : {indexer_binary(), search_binary()}) {
        const CommandResult v = run(binary + " --version", sample().dir);
        BOOST_TEST(v.exit_code == 0);
        BOOST_TEST(v.out.find("(newsdex) ") != std::string::npos, v.out);
    }
    const CommandResult count = sample().search_for("--count Kharkiv");
    BOOST_TEST(count.exit_code == 0);
    const CommandResult all = sample().search_for("--json -n 1000 Kharkiv");
    const std::size_t hits = std::count(all.out.begin(), all.out.end(), '\n');
    BOOST_TEST(std::stoul(count.out) == hits);
    BOOST_TEST(nlohmann::json::parse(all.out.substr(0, all.out.find('\n')))["matches"] == hits);
    BOOST_TEST(sample().search_for("--count nosuchwordatall").exit_code == 1);
    const std::string seed = std::filesystem::canonical(seed_article()).string();
    const CommandResult shown = sample().search_for("--show " + seed);
    BOOST_TEST(shown.exit_code == 0, shown.err);
    BOOST_TEST(shown.out.find("Kim Yo Jong Denies Allegations") == 0u);
    BOOST_TEST(shown.out.find("Investigations into missile debris") != std::string::npos);
    const auto json = nlohmann::json::parse(sample().search_for("--json --show " + seed).out);
    BOOST_TEST(json["body"].get<std::string>().size() > 500u);
    BOOST_TEST(sample().search_for("--show no-such-id").exit_code == 2);
}

// Every option a binary's --help lists is completed by bash, zsh and fish.
BOOST_AUTO_TEST_CASE(completion_knows_every_option) {
    const std::string bash = read_file(source_dir() / "contrib/completion/newsdex.bash");
    const std::string zsh = read_file(source_dir() / "contrib/completion/_newsdex");
    const std::string fish = read_file(source_dir() / "contrib/completion/newsdex.fish");
    for (const std::string& binary : {indexer_binary(), search_binary()}) {
        const CommandResult help = run(binary + " --help", sample().dir);
        for (std::size_t at = help.out.find("--"); at != std::string::npos;
             at = help.out.find("--", at + 2)) {
            std::size_t end = at + 2;
            while (
                end < help.out.size() &&
                (std::isalnum(static_cast<unsigned char>(help.out[end])) || help.out[end] == '-'))
                ++end;
            const std::string option = help.out.substr(at, end - at);
            if (option.size() < 4 || help.out[at - 1] != ' ') continue;
            BOOST_TEST_CONTEXT(binary << " " << option) {
                BOOST_TEST(bash.find(option) != std::string::npos);
                BOOST_TEST(zsh.find("'" + option + "[") != std::string::npos);
                const bool in_fish = fish.find(" " + option.substr(2) + " ") != std::string::npos ||
                                     fish.find(" " + option.substr(2) + "\n") != std::string::npos;
                BOOST_TEST(in_fish);
            }
        }
    }
}

// indexer --gazetteer: the user's own names are found at indexing, and
// search resolves the same aliases (the file is recorded in the database).
BOOST_AUTO_TEST_CASE(a_gazetteer_of_ones_own_works_end_to_end) {
    TempDir dir;
    write_file(dir / "places-mine.tsv", "Zorvast\tcity\tUkraine\tZorvastia|Zorwast\n");
    write_file(dir / "in/a.txt", "Floods in Zorvast\n\nThe river rose in Zorvast on Monday.\n");
    const std::string db = (dir / "db").string();
    const CommandResult indexed =
        run(indexer_binary() + " --db " + db + " --gazetteer " +
                (dir / "places-mine.tsv").string() + " " + (dir / "in").string(),
            dir);
    BOOST_TEST(indexed.exit_code == 0, indexed.err);
    const CommandResult found = run(search_binary() + " --db " + db + " place:Zorwast", dir);
    BOOST_TEST(found.exit_code == 0, found.err);
    BOOST_TEST(found.out.find("Floods in Zorvast") != std::string::npos, found.out);
}

// The README's dependency list names every package the set-up installs.
BOOST_AUTO_TEST_CASE(readme_lists_the_packages_the_setup_installs) {
    const std::string common = read_file(source_dir() / "scripts/common.sh");
    const std::string readme = read_file(source_dir() / "README.md");
    const auto start = common.find("NEWSDEX_PACKAGES=(");
    const auto end = common.find(')', start);
    std::istringstream packages(common.substr(start + 18, end - start - 18));
    int checked = 0;
    for (std::string package; packages >> package; ++checked)
        if (package != "build-essential" && package != "pkg-config")
            BOOST_TEST(readme.find("`" + package + "`") != std::string::npos, package);
    BOOST_TEST(checked > 10);
}

// Facets a reader can use: as many values as asked, language and format
// facets, every month of the range (zero bars too), CSV for spreadsheets.
BOOST_AUTO_TEST_CASE(facet_size_kinds_zero_bars_and_csv) {
    const CommandResult json = sample().search_for("--json --facets --facet-size 2 -n 1 Kharkiv");
    const auto facets = nlohmann::json::parse(json.out.substr(json.out.rfind("{\"facets\"")));
    BOOST_TEST(facets["facets"]["people"].size() == 2u);
    BOOST_TEST(facets["facets"]["languages"].size() == 2u);
    BOOST_TEST(facets["facets"]["formats"][0]["name"] == "text");
    bool zero = false;
    for (const auto& bucket : facets["facets"]["dates"]["buckets"])
        zero = zero || bucket["count"] == 0;
    BOOST_TEST(zero);  // Kharkiv: stories of 2019, 2021, 2023, 2024; none in 2020 or 2022
    const CommandResult csv = sample().search_for("--facets --format csv Kharkiv");
    BOOST_TEST(csv.exit_code == 0, csv.err);
    BOOST_TEST(csv.out.rfind("facet,value,count\r\n", 0) == 0u);
    BOOST_TEST(csv.out.find("place,\"Kharkiv\",") != std::string::npos, csv.out);
    BOOST_TEST(sample().search_for("--format csv Kharkiv").exit_code == 2);  // needs --facets
}

// The options of the everyday tool, end to end on the binaries.
BOOST_AUTO_TEST_CASE(help_syntax_no_suggest_and_exclude) {
    const CommandResult syntax = sample().search_for("--help-syntax");
    BOOST_TEST(syntax.exit_code == 0);
    BOOST_TEST(syntax.out.find("NEAR") != std::string::npos);
    BOOST_TEST(sample().search_for("missle").out.find("showing hits for") != std::string::npos);
    BOOST_TEST(sample().search_for("--no-suggest missle").exit_code == 1);
    TempDir dir;
    write_file(dir / "in/keep.txt", "Kept\n\nA harbour story.\n");
    write_file(dir / "in/drafts/draft.txt", "Draft\n\nA harbour draft.\n");
    write_file(dir / "in/wire/.newsdexignore", "*.tmp.txt\n");
    write_file(dir / "in/wire/a.tmp.txt", "Temp\n\nA harbour temp.\n");
    const CommandResult r = run(indexer_binary() + " --db " + (dir / "db").string() +
                                    " --exclude drafts " + (dir / "in").string(),
                                dir);
    BOOST_TEST(r.out.find("(1 added") != std::string::npos, r.out);
}
