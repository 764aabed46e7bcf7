#define BOOST_TEST_MODULE cli_options
// The two command lines as argv arrays, without running a binary: what
// each option turns into, and the values that are refused.
#include <boost/test/unit_test.hpp>

#include <initializer_list>
#include <string>
#include <vector>

#include "indexer/cli_options.hpp"
#include "searcher/cli_options.hpp"

namespace {

// cxxopts wants a mutable argv that outlives the parse result.
class Argv {
  public:
    Argv(std::initializer_list<std::string> words) : words_(words) {
        for (std::string& w : words_)
            pointers_.push_back(w.data());
    }
    int argc() const { return static_cast<int>(pointers_.size()); }
    char** argv() { return pointers_.data(); }

  private:
    std::vector<std::string> words_;
    std::vector<char*> pointers_;
};

newsdex::index::IndexingOptions indexer_options(std::initializer_list<std::string> words) {
    cxxopts::Options cli("indexer");
    newsdex::index::add_indexer_options(cli);
    Argv argv(words);
    return newsdex::index::indexing_options_from(cli.parse(argv.argc(), argv.argv()));
}

newsdex::search::SearchCommand search_command(std::initializer_list<std::string> words) {
    cxxopts::Options cli("search");
    newsdex::search::add_search_options(cli);
    Argv argv(words);
    return newsdex::search::search_command_from(cli.parse(argv.argc(), argv.argv()));
}

}  // namespace

BOOST_AUTO_TEST_CASE(indexer_options_become_indexing_options) {
    const auto o = indexer_options({"indexer", "--db", "/tmp/x", "--format", "jsonl", "--field",
                                    "body=article", "--batch-size", "0", "--encoding",
                                    "windows-1251", "--max-document-bytes", "1000", "a", "b"});
    BOOST_TEST(o.database.string() == "/tmp/x");
    BOOST_TEST(o.format == "jsonl");
    BOOST_TEST(o.reader.json_fields.at("body") == "article");
    BOOST_TEST(o.writer.batch_size == 1u);  // at least one document per commit
    BOOST_TEST(o.reader.encoding == "windows-1251");
    BOOST_TEST(o.reader.max_document_bytes == 1000u);
}

BOOST_AUTO_TEST_CASE(indexer_refuses_bad_values) {
    BOOST_CHECK_THROW(indexer_options({"indexer", "--field", "body", "a"}), std::invalid_argument);
    BOOST_CHECK_THROW(indexer_options({"indexer", "--encoding", "no-such-charset", "a"}),
                      std::invalid_argument);
    BOOST_CHECK_THROW(indexer_options({"indexer", "--no-such-option", "a"}),
                      cxxopts::exceptions::exception);
}

BOOST_AUTO_TEST_CASE(search_options_become_a_search_command) {
    const auto c = search_command({"search", "--db", "/tmp/x", "-n", "3", "--offset", "2", "--sort",
                                   "-date", "--facets", "--collapse", "--json", "--since",
                                   "2024-05", "kharkiv", "missile"});
    BOOST_TEST(c.databases == std::vector<std::string>{"/tmp/x"});
    BOOST_TEST(c.request.query == "kharkiv missile");
    BOOST_TEST(c.request.limit == 3u);
    BOOST_TEST(c.request.offset == 2u);
    BOOST_TEST((c.request.sort == newsdex::search::SortOrder::kNewestFirst));
    BOOST_TEST(c.request.facets);
    BOOST_TEST(c.request.collapse);
    BOOST_TEST(c.json);
    BOOST_TEST(c.request.since == "2024-05");
}

BOOST_AUTO_TEST_CASE(search_batch_turns_snippets_off) {
    const auto c = search_command({"search", "--batch", "topics.tsv", "--run-tag", "r1"});
    BOOST_TEST(c.batch_file == "topics.tsv");
    BOOST_TEST(c.run_tag == "r1");
    BOOST_TEST(!c.request.snippets);
}

BOOST_AUTO_TEST_CASE(search_refuses_bad_values) {
    BOOST_CHECK_THROW(search_command({"search", "--sort", "size", "x"}), std::invalid_argument);
    BOOST_CHECK_THROW(search_command({"search", "--color", "pink", "x"}), std::invalid_argument);
    BOOST_CHECK_THROW(search_command({"search", "--since", "yesterday", "x"}), std::exception);
}
