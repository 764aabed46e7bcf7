#define BOOST_TEST_MODULE search_box
// The search box a news reader expects, on the sample corpus: wildcards,
// proximity, did-you-mean (and the word file it reads), names in any
// script, CJK typed without spaces, German spellings and compounds, more
// like this, explain, recency, and the ranks of a later page.
#include <boost/test/unit_test.hpp>

#include "newsdex/analysis/stemming.hpp"
#include "newsdex/schema/shards.hpp"
#include "newsdex/schema/word_file.hpp"
#include "sample_searcher.hpp"

using namespace newsdex;
using namespace newsdex::test;
using search::SearchRequest;
using search::SearchResult;

namespace {

SearchResult find(const std::string& query, std::size_t limit = 50) {
    SearchRequest request;
    request.query = query;
    request.limit = limit;
    return sample_searcher().search(request);
}

std::size_t count(const std::string& query) {
    return find(query).hits.size();
}

bool finds(const SearchResult& result, const std::string& file_part) {
    for (const auto& hit : result.hits)
        if (hit.document.id.find(file_part) != std::string::npos) return true;
    return false;
}

}  // namespace

BOOST_AUTO_TEST_CASE(wildcards_expand_over_the_words_as_written) {
    // Every story that writes a word starting so (Kharkiv, Kharkiv's).
    const SearchResult khark = find("khark*");
    BOOST_TEST(finds(khark, "ukraine-second-city"));
    BOOST_TEST(finds(khark, "kim-yo-jong"));
    BOOST_TEST(count("zaporiz*") > 0u);
    // Highlights mark the words the wildcard matched.
    const SearchResult r = find("zaporiz*", 1);
    BOOST_TEST(r.hits.at(0).snippet.highlights.size() > 0u);
    // A short prefix is capped (1,000 words), never slow: an error or hits.
    try {
        (void)find("s*");
    } catch (const search::QuerySyntaxError& e) {
        BOOST_TEST(std::string(e.what()).find("too many words") != std::string::npos);
    }
}

BOOST_AUTO_TEST_CASE(near_lies_between_the_phrase_and_or) {
    const std::size_t phrase = count("\"missile debris\"");
    const std::size_t near = count("missile NEAR debris");
    const std::size_t any = count("missile debris");
    BOOST_TEST(phrase <= near);
    BOOST_TEST(near <= any);
    BOOST_TEST(near > 0u);
    BOOST_TEST(count("\"debris missile\"~2") >= 1u);  // slop: any order
}

BOOST_AUTO_TEST_CASE(a_misspelt_word_gets_a_suggestion_that_is_searched) {
    const SearchResult r = find("missle");
    // messe is as near and as common; missiles keeps the start as typed.
    BOOST_TEST(r.suggestion == "missiles");
    BOOST_TEST(r.searched_suggestion);
    BOOST_TEST(!r.hits.empty());
    BOOST_TEST(find("missiles").suggestion.empty());
}

BOOST_AUTO_TEST_CASE(a_name_in_any_script_finds_the_stories_that_write_it_otherwise) {
    for (const char* name :
         {"Kharkov", "Kharkiv", "\u0425\u0430\u0440\u043a\u0456\u0432",
          "\u0425\u0430\u0440\u044c\u043a\u043e\u0432", "\ud558\ub974\ud0a4\uc6b0"}) {
        const SearchResult r = find(name);
        BOOST_TEST_CONTEXT(name) {
            BOOST_TEST(finds(r, "/ru/v-harkove"));              // Russian: Харьков
            BOOST_TEST(finds(r, "/uk/onovlenyi-kharkivskyi"));  // Ukrainian: Харків
            BOOST_TEST(finds(r, "ukraine-second-city"));        // English: Kharkiv
        }
    }
}

BOOST_AUTO_TEST_CASE(cjk_typed_without_spaces_is_segmented_like_the_documents) {
    BOOST_TEST(finds(find("\u676d\u5dde\u4e9a\u8fd0\u4f1a"), "/zh/"));  // 杭州亚运会
}

BOOST_AUTO_TEST_CASE(german_spellings_and_compounds) {
    BOOST_TEST(finds(find("Muenchen"), "warnstreik"));
    BOOST_TEST(finds(find("Koeln"), "/de/"));
    if (analysis::GermanCompoundFilter::available())
        BOOST_TEST(finds(find("Streik"), "warnstreik"));
    else
        BOOST_TEST_MESSAGE("no /usr/share/dict/ngerman (Debian wngerman): compounds not split");
}

BOOST_AUTO_TEST_CASE(more_like_this_never_returns_the_story_itself) {
    SearchRequest request;
    request.like_id = std::filesystem::canonical(seed_article()).string();
    const SearchResult r = sample_searcher().search(request);
    BOOST_TEST(!r.hits.empty());
    for (const auto& hit : r.hits)
        BOOST_TEST(hit.document.id != request.like_id);
    request.like_id = "no-such-story";
    BOOST_CHECK_THROW(sample_searcher().search(request), std::runtime_error);
}

BOOST_AUTO_TEST_CASE(explain_recency_and_later_pages) {
    SearchRequest request;
    request.query = "missile debris";
    request.explain = true;
    const SearchResult r = sample_searcher().search(request);
    BOOST_TEST(r.hits.at(0).explanation.find(" = ") != std::string::npos);
    BOOST_TEST(r.hits.at(0).explanation.find("Zmissil") != std::string::npos);
    SearchRequest page = request;
    page.query = "Ukraine";
    page.explain = false;
    page.offset = 2;
    page.limit = 2;
    const SearchResult second = sample_searcher().search(page);
    BOOST_TEST(second.hits.at(0).rank == 3u);
    BOOST_TEST(second.hits.at(1).rank == 4u);
    page.offset = 0;
    page.limit = 50;
    page.recent_half_life_days = 30;
    const SearchResult recent = sample_searcher().search(page);
    BOOST_TEST(!recent.hits.empty());
}

// --expand: the top hits' telling stems join the query, so it finds
// stories on the topic that do not use the query's words; the best hit of
// the plain query stays among the first.
BOOST_AUTO_TEST_CASE(feedback_adds_stories_on_the_topic) {
    search::SearchRequest request;
    request.query = "missile debris";
    request.limit = 100;
    const auto plain = sample_searcher().search(request);
    request.feedback_documents = 10;
    const auto expanded = sample_searcher().search(request);
    BOOST_REQUIRE(!plain.hits.empty());
    BOOST_TEST(expanded.matches_estimated > plain.matches_estimated);
    std::vector<std::string> first;
    for (std::size_t i = 0; i < std::min<std::size_t>(3, expanded.hits.size()); ++i)
        first.push_back(expanded.hits[i].document.id);
    BOOST_TEST((std::find(first.begin(), first.end(), plain.hits[0].document.id) != first.end()));
}

namespace {

// Each misspelt query's suggestion from a searcher opened afresh.
std::vector<std::string> suggestions(const std::filesystem::path& db) {
    const search::Searcher searcher(db);
    std::vector<std::string> out;
    for (const char* query : {"missle", "Kharkov debriss", "ukrainan city", "zaporizhzha"}) {
        SearchRequest request;
        request.query = query;
        out.push_back(searcher.search(request).suggestion);
    }
    return out;
}

}  // namespace

// The indexer's word file (schema/word_file.hpp) holds the words as
// written that the term list holds, with their frequencies, for every shard.
BOOST_AUTO_TEST_CASE(the_word_file_holds_the_written_words_of_the_term_list) {
    for (const auto& folder : schema::shard_folders(sample_database())) {
        const Xapian::Database db(folder.string());
        const auto file = schema::MappedWordFile::open(folder, db);
        BOOST_REQUIRE(file);
        std::size_t i = 0;
        for (auto term = db.allterms_begin(); term != db.allterms_end(); ++term) {
            if (!schema::is_written_word(*term)) continue;
            BOOST_REQUIRE(i < file->size());
            BOOST_TEST(file->word(i) == *term);
            BOOST_TEST(file->frequency(i) == term.get_termfreq());
            ++i;
        }
        BOOST_TEST(i == file->size());
        const auto [begin, end] = file->starting_with("kh");
        for (std::size_t w = begin; w < end; ++w)
            BOOST_TEST(file->word(w).substr(0, 2) == "kh");
        BOOST_TEST(file->starting_with("\x7f").first == file->starting_with("\x7f").second);
    }
}

// Suggestions are the same whether the words come from the word file or
// the term list; a file that is missing, damaged or from another revision
// is not used (a changed byte may give other candidates, never a read
// past the file).
BOOST_AUTO_TEST_CASE(suggestions_read_the_word_file_or_the_term_list_alike) {
    TempDir dir;
    index::IndexingOptions options;
    options.database = dir / "db";
    options.shards = 1;
    std::ostringstream diagnostics;
    index::index_paths({sample_corpus()}, options, diagnostics);
    const auto file = options.database / schema::kWordFileName;
    const std::string good = read_file(file);
    auto usable = [&](const std::string& content) {
        write_file(file, content);
        const Xapian::Database db(options.database.string());
        return schema::MappedWordFile::open(options.database, db) != nullptr;
    };
    BOOST_REQUIRE(usable(good));
    const std::vector<std::string> from_file = suggestions(options.database);
    BOOST_TEST(from_file[0].rfind("missile", 0) == 0u);
    std::filesystem::remove(file);
    BOOST_TEST((suggestions(options.database) == from_file));
    BOOST_TEST(!usable(good.substr(0, good.size() - 4)));
    BOOST_TEST(!usable(good + "tail"));
    for (std::size_t at : {0, 8, 16, 20}) {  // magic, revision, words, text bytes
        std::string changed = good;
        changed[at] = static_cast<char>(changed[at] ^ 0x01);
        BOOST_TEST(!usable(changed));
    }
    for (std::size_t at = 24; at < good.size(); at += good.size() / 89 + 1) {
        std::string flipped = good;
        flipped[at] = static_cast<char>(flipped[at] ^ 0x5a);
        write_file(file, flipped);
        (void)suggestions(options.database);
    }
    // A well-formed file planted with a word the index does not hold: the
    // suggestion is checked against the database, so none is made.
    {
        std::string planted = "NDXWORD1";
        const std::uint64_t revision = Xapian::Database(options.database.string()).get_revision();
        const std::uint32_t words[] = {1, 7, 0, 7, 1000};  // count, bytes, offsets, frequency
        planted.append(reinterpret_cast<const char*>(&revision), 8);
        planted.append(reinterpret_cast<const char*>(words), sizeof words);
        planted += std::string("misslex") + '\0';
        BOOST_REQUIRE(usable(planted));
        SearchRequest request;
        request.query = "missle";
        BOOST_TEST(search::Searcher(options.database).search(request).suggestion.empty());
    }
    // A later run changes the revision: the old file no longer describes it.
    write_file(file, good);
    Xapian::WritableDatabase(options.database.string()).set_metadata("newsdex.test", "x");
    BOOST_TEST(!usable(good));
    BOOST_TEST((suggestions(options.database) == from_file));
}
