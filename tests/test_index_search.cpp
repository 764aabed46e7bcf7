#define BOOST_TEST_MODULE index_search
#include <boost/test/unit_test.hpp>

#include <sstream>

#include "newsdex/index/indexing.hpp"
#include "newsdex/schema/schema.hpp"
#include "newsdex/schema/stored_fields.hpp"
#include "newsdex/search/searcher.hpp"
#include "test_support.hpp"

using namespace newsdex;
using namespace newsdex::analysis;
using namespace newsdex::schema;
using newsdex::test::TempDir;
using newsdex::test::write_file;

namespace {

index::IndexingSummary index_folder(const std::filesystem::path& db,
                                    const std::vector<std::filesystem::path>& paths,
                                    std::string* diagnostics = nullptr) {
    index::IndexingOptions options;
    options.database = db;
    std::ostringstream err;
    auto summary = index::index_paths(paths, options, err);
    if (diagnostics) *diagnostics = err.str();
    return summary;
}

}  // namespace

BOOST_AUTO_TEST_CASE(reindexing_updates_instead_of_duplicating) {
    TempDir dir;
    write_file(dir / "in/a.txt", "Alpha story\nAbout Kharkiv, May 17, 2024.\n");
    write_file(dir / "in/b.txt", "Beta story\nAbout Kyiv.\n");
    auto first = index_folder(dir / "db", {dir / "in"});
    BOOST_TEST(first.added == 2u);
    BOOST_TEST(first.updated == 0u);

    write_file(dir / "in/a.txt", "Alpha story, revised\nAbout Kharkiv again.\n");
    auto second = index_folder(dir / "db", {dir / "in"});
    BOOST_TEST(second.added == 0u);
    BOOST_TEST(second.updated == 1u);    // a.txt
    BOOST_TEST(second.unchanged == 1u);  // b.txt, not read again
    BOOST_TEST(Xapian::Database((dir / "db").string()).get_doccount() == 2u);

    search::SearchRequest request;
    request.query = "kharkiv";
    auto result = search::Searcher(dir / "db").search(request);
    BOOST_REQUIRE_EQUAL(result.hits.size(), 1u);
    BOOST_TEST(result.hits[0].document.title == "Alpha story, revised");
}

BOOST_AUTO_TEST_CASE(documents_carry_schema_terms_values_and_data) {
    TempDir dir;
    write_file(dir / "a.txt", "Kharkiv title\nDebris found on May 17, 2024 in the region.\n");
    index_folder(dir / "db", {dir / "a.txt"});
    Xapian::Database db((dir / "db").string());
    const std::string id = std::filesystem::canonical(dir / "a.txt").string();
    BOOST_TEST(db.term_exists(schema::id_term("text:" + id)));  // scoped by format
    BOOST_TEST(db.term_exists(schema::source_file_term(id)));
    BOOST_TEST(db.term_exists("Skharkiv"));
    BOOST_TEST(db.term_exists("D20240517"));
    BOOST_TEST(db.term_exists("M202405"));
    BOOST_TEST(db.term_exists("Y2024"));
    BOOST_TEST(db.term_exists("XFtext"));
    BOOST_TEST(db.get_metadata("newsdex.schema") == std::to_string(schema::kSchemaVersion));
    // Wherever its shard put it.
    const Xapian::Document doc = db.get_document(*db.postlist_begin(schema::id_term("text:" + id)));
    BOOST_TEST(doc.get_value(schema::kDateSlot) == "20240517");
    BOOST_TEST(doc.get_value(schema::kDateAscendingSlot) == "20240517");
    BOOST_TEST(doc.get_value(schema::kFormatSlot) == "text");
    BOOST_TEST(doc.get_value(schema::kLanguageSlot) == "en");
    const Document stored = schema::decode_stored_fields(doc.get_data());
    BOOST_TEST(stored.id == id);
    BOOST_TEST(stored.title == "Kharkiv title");
    BOOST_TEST(stored.date->iso() == "2024-05-17");
    // Phrases do not match across the title and the body.
    search::SearchRequest request;
    request.query = "\"title debris\"";
    BOOST_TEST(search::Searcher(dir / "db").search(request).hits.empty());
}

BOOST_AUTO_TEST_CASE(which_words_serve_as_their_own_stems) {
    const struct {
        const char* word;
        const char* stem;
        bool serves;
    } table[] = {
        {"映画", "映画", true},                          // Han
        {"オリンピック", "オリンピック", true},          // katakana
        {"ひらがな", "ひらがな", true},                  // hiragana
        {"\xF0\xA0\x80\x80", "\xF0\xA0\x80\x80", true},  // U+20000, Han extension B
        {"々", "々", true},                              // the iteration mark is Han
        {"북한", "북한", false},                         // Hangul keeps its stem term
        {"1987", "1987", false},                         // numbers too
        {"missiles", "missil", false},
        {"grain", "grain", false},
        {"映画", "映", false},  // a stem that differs
        {"", "", false},
        {"\xE6", "\xE6", false},  // a cut sequence
    };
    for (const auto& row : table)
        BOOST_TEST(word_serves_as_stem(row.word, row.stem) == row.serves, row.word);
}

BOOST_AUTO_TEST_CASE(japanese_words_are_their_own_stems_and_stories_keep_their_length) {
    TempDir dir;
    write_file(dir / "ja.txt", "映画祭の作品\n東京国際映画祭で新しい映画が上映された。\n");
    index_folder(dir / "db", {dir / "ja.txt"});
    Xapian::Database db((dir / "db").string());
    BOOST_TEST(db.term_exists("映画"));
    BOOST_TEST(!db.term_exists("Z映画"));  // the word's term serves
    // The left-out stem terms' frequency, so the length is as with them.
    const Xapian::docid doc = *db.postlist_begin("映画");
    Xapian::termcount words = 0, length_term = 0;
    for (auto t = db.termlist_begin(doc); t != db.termlist_end(doc); ++t) {
        const std::string term = *t;
        if (term == kStemLengthTerm) length_term = t.get_wdf();
        if (!term.empty() && !(term[0] >= 'A' && term[0] <= 'Z')) words += t.get_wdf();
    }
    BOOST_TEST(length_term == words);  // every word here is Han or kana
    search::SearchRequest request;
    request.query = "映画";
    BOOST_TEST(search::Searcher(dir / "db").search(request).hits.size() == 1u);
}

BOOST_AUTO_TEST_CASE(bad_files_are_counted_and_good_ones_still_indexed) {
    TempDir dir;
    write_file(dir / "in/good.txt", "Good\nBody text.\n");
    write_file(dir / "in/empty.txt", "");
    write_file(dir / "in/broken.txt", "Broken\nCaf\xE9\n");
    write_file(dir / "in/photo.bin", std::string("\x89PNG\r\n\x1a\n\0\0", 10));
    std::string diagnostics;
    auto summary = index_folder(dir / "db", {dir / "in", dir / "nope"}, &diagnostics);
    BOOST_TEST(summary.added == 2u);
    BOOST_TEST(summary.failed == 2u);  // empty.txt and the missing path
    BOOST_TEST(summary.warnings == 1u);
    BOOST_TEST(diagnostics.find("empty.txt: error: empty file") != std::string::npos);
    BOOST_TEST(diagnostics.find("broken.txt: warning: not UTF-8; decoded as") != std::string::npos);
    BOOST_TEST(diagnostics.find("nope: error: no such file or folder") != std::string::npos);
    // Counted, not named one by one (--verbose names them).
    BOOST_TEST(diagnostics.find("photo.bin") == std::string::npos);
    BOOST_TEST(summary.skipped == 1u);
}

BOOST_AUTO_TEST_CASE(seed_article_ranks_first_for_the_demo_query) {
    TempDir dir;
    auto summary = index_folder(dir / "db", {test::sample_corpus()});
    BOOST_TEST(summary.failed == 0u);
    BOOST_TEST(summary.added >= 45u);
    search::SearchRequest request;
    request.query = "Kharkiv missile debris";
    auto result = search::Searcher(dir / "db").search(request);
    BOOST_REQUIRE(!result.hits.empty());
    BOOST_TEST(result.hits[0].document.id ==
               std::filesystem::canonical(test::seed_article()).string());
    std::set<std::string> marked;
    for (const auto& h : result.hits[0].snippet.highlights)
        marked.insert(result.hits[0].snippet.text.substr(h.begin, h.end - h.begin));
    BOOST_TEST(marked.count("missile debris") == 1u);
    BOOST_TEST(marked.count("Kharkiv") == 1u);
}

BOOST_AUTO_TEST_CASE(missing_database_is_a_clear_error) {
    TempDir dir;
    try {
        search::Searcher searcher(dir / "absent");
        BOOST_ERROR("no error");
    } catch (const std::runtime_error& e) {
        BOOST_TEST(std::string(e.what()).find("no database at") != std::string::npos);
    }
}

// Copies of one story (same words, other ids, other spacing and case) share
// a content hash; search --collapse shows one hit and counts the copies.
BOOST_AUTO_TEST_CASE(collapse_folds_copies_of_a_story) {
    TempDir dir;
    const std::string story =
        "Harbour strike ends\nDock workers in Rotterdam ended a three-day strike on Friday "
        "after the port authority agreed to raise wages.\n";
    write_file(dir / "in/wire-a.txt", story);
    write_file(dir / "in/wire-b.txt",
               "HARBOUR STRIKE ENDS\n\nDock workers in  Rotterdam ended a three-day strike on "
               "Friday\nafter the port authority agreed to raise wages.\n");
    write_file(dir / "in/other.txt",
               "Harbour reopens\nThe harbour in Rotterdam reopened to ships after the strike, "
               "officials said on Saturday morning.\n");
    write_file(dir / "in/short.txt", "Harbour\nShort.\n");
    write_file(dir / "in/short-copy.txt", "Harbour\nShort.\n");
    BOOST_TEST(index_folder(dir / "db", {dir / "in"}).added == 5u);

    const search::Searcher searcher(dir / "db");
    search::SearchRequest request;
    request.query = "harbour";
    BOOST_TEST(searcher.search(request).hits.size() == 5u);
    request.collapse = true;
    const auto collapsed = searcher.search(request);
    // The two wire copies become one hit; short texts (under 10 words) are
    // never taken for copies.
    BOOST_REQUIRE_EQUAL(collapsed.hits.size(), 4u);
    Xapian::doccount copies = 0;
    for (const auto& hit : collapsed.hits) {
        copies += hit.copies;
        if (hit.copies) BOOST_TEST(hit.document.id.find("wire-") != std::string::npos);
    }
    BOOST_TEST(copies == 1u);
}

BOOST_AUTO_TEST_CASE(undated_stories_sort_last_both_ways) {
    TempDir dir;
    write_file(dir / "in/old.txt", "Harbour old\nLONDON, 3 March 2003 -- The harbour opened.\n");
    write_file(dir / "in/new.txt", "Harbour new\nLONDON, 3 March 2023 -- The harbour closed.\n");
    write_file(dir / "in/none.txt", "Harbour undated\nThe harbour, some day.\n");
    write_file(dir / "in/future.txt", "Harbour future\nLONDON, 3 March 2999 -- Not yet written.\n");
    index_folder(dir / "db", {dir / "in"});
    search::SearchRequest request;
    request.query = "harbour";
    for (auto order : {search::SortOrder::kOldestFirst, search::SortOrder::kNewestFirst}) {
        request.sort = order;
        const auto hits = search::Searcher(dir / "db").search(request).hits;
        BOOST_REQUIRE_EQUAL(hits.size(), 4u);
        BOOST_TEST(hits[0].document.date.has_value());
        BOOST_TEST(!hits[2].document.date.has_value());  // undated: the story of 2999 too
        BOOST_TEST(!hits[3].document.date.has_value());
    }
}

BOOST_AUTO_TEST_CASE(a_new_database_is_written_compact_and_grows_as_before) {
    TempDir dir;
    for (int i = 0; i < 30; ++i)
        write_file(dir / "in" / ("s" + std::to_string(i) + ".txt"),
                   "Story " + std::to_string(i) + "\nGrain harvest news number " +
                       std::to_string(i) + ".\n");
    index::IndexingOptions options;
    options.database = dir / "db";
    options.shards = 2;
    options.writer.batch_size = 1;  // a commit per story: blocks split at each
    options.writer.min_commit_seconds = 0;
    std::ostringstream err;
    BOOST_TEST(index::index_paths({dir / "in"}, options, err).added == 30u);
    // Compacted in place: the shards as they were written are gone.
    for (const auto& entry : std::filesystem::directory_iterator(dir / "db"))
        BOOST_TEST(entry.path().filename().string().find("compact") == std::string::npos);
    BOOST_TEST(Xapian::Database((dir / "db").string()).get_doccount() == 30u);
    // Later runs write into it as into any database.
    write_file(dir / "in/late.txt", "Late story\nGrain harvest late.\n");
    BOOST_TEST(index::index_paths({dir / "in"}, options, err).added == 1u);
    search::SearchRequest request;
    request.query = "grain";
    request.facets = true;
    const auto result = search::Searcher(dir / "db").search(request);
    BOOST_REQUIRE(result.facets.has_value());
    BOOST_TEST(result.facets->matches == 31u);  // counted over both shards
}
