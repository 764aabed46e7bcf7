#define BOOST_TEST_MODULE real_corpora
// The shared test corpora beside the project (../shared/corpora) read with
// the real readers: exact document counts and no failures. Skipped, with
// a message, where they are not present (a user's clone).
#include <boost/test/unit_test.hpp>

#include "newsdex/corpus/file_walk.hpp"
#include "reader_support.hpp"
#include "test_support.hpp"

using namespace newsdex;
using namespace newsdex::corpus;
namespace utf = boost::unit_test;

namespace {

std::filesystem::path corpora() {
    return std::filesystem::path(NEWSDEX_SHARED_DIR) / "corpora";
}

boost::test_tools::assertion_result have(const char* corpus) {
    const bool present = std::filesystem::exists(corpora() / corpus);
    boost::test_tools::assertion_result result(present);
    if (!present) result.message() << "skipped: " << (corpora() / corpus) << " not present";
    return result;
}

test::Collector read_all(const std::vector<std::filesystem::path>& paths) {
    test::Collector c;
    FileReader reader("auto", {});
    for (const auto& file : walk_paths(paths).files)
        reader.read(file, c);
    return c;
}

}  // namespace

BOOST_AUTO_TEST_CASE(time_collection,
                     *utf::precondition([](utf::test_unit_id) { return have("time"); })) {
    const auto c = read_all({corpora() / "time" / "time.trec"});
    BOOST_TEST(c.documents.size() == 423u);
    BOOST_TEST(c.problems.empty(), c.all_problems());
    for (const auto& d : c.documents)
        BOOST_TEST_REQUIRE(d.date.has_value(), d.id);
}

BOOST_AUTO_TEST_CASE(reuters21578,
                     *utf::precondition([](utf::test_unit_id) { return have("reuters21578"); })) {
    std::vector<std::filesystem::path> files;
    for (int i = 0; i <= 21; ++i) {
        char name[32];
        std::snprintf(name, sizeof name, "reut2-%03d.sgm", i);
        files.push_back(corpora() / "reuters21578" / name);
    }
    const auto c = read_all(files);
    BOOST_TEST(c.documents.size() == 21578u);
    BOOST_TEST(c.problems.empty(), c.all_problems());
    std::size_t dated = 0, with_topics = 0;
    for (const auto& d : c.documents) {
        dated += d.date.has_value();
        with_topics += d.metadata.count("topics");
    }
    BOOST_TEST(dated == 21578u);
    BOOST_TEST(with_topics > 10000u);
    // NEWID 17980 holds the collection's one non-ASCII byte (0xFC, ü).
    for (const auto& d : c.documents)
        if (d.id == "17980") BOOST_TEST(d.body.find("\xC3\xBC") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(bbc_news,
                     *utf::precondition([](utf::test_unit_id) { return have("bbc_news"); })) {
    std::vector<std::filesystem::path> folders;
    for (const char* topic : {"business", "entertainment", "politics", "sport", "tech"})
        folders.push_back(corpora() / "bbc_news" / topic);
    const auto c = read_all(folders);
    BOOST_TEST(c.documents.size() == 2225u);
    BOOST_TEST(c.errors() == 0u, c.all_problems());
}
