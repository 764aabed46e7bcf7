#define BOOST_TEST_MODULE query_parser
#include <boost/test/unit_test.hpp>

#include "newsdex/search/query_parser.hpp"

using namespace newsdex;
using namespace newsdex::analysis;
using newsdex::search::QueryParser;
using newsdex::search::QuerySyntaxError;

namespace {

struct Fixture {
    Analyzer analyzer = Analyzer::standard();
    StopwordSet stopwords = StopwordSet::load("en");
    QueryParser parser{analyzer, stopwords};

    std::string describe(const std::string& query) const {
        return parser.parse(query).query.get_description();
    }
};

struct Golden {
    const char* query;
    const char* expected;  // Xapian's canonical description
};

}  // namespace

BOOST_FIXTURE_TEST_CASE(queries_golden_table, Fixture) {
    BOOST_REQUIRE(stopwords.contains("the"));
    const Golden table[] = {
        {"Kharkiv", "Query(kharkiv@1)"},
        {"Kharkiv missile debris", "Query((kharkiv@1 OR missile@1 OR debris@1))"},
        {"the missile", "Query(missile@1)"},
        {"the who", "Query((the@1 OR who@1))"},
        {"\"missile debris\"", "Query((missile@1 PHRASE 2 debris@2))"},
        {"\u201cmissile debris\u201d", "Query((missile@1 PHRASE 2 debris@2))"},
        {"+kharkiv missile", "Query((kharkiv@1 AND_MAYBE missile@1))"},
        {"missile -moscow", "Query((missile@1 AND_NOT moscow@1))"},
        {"missile NOT moscow", "Query((missile@1 AND_NOT moscow@1))"},
        {"kharkiv AND missile", "Query((kharkiv@1 AND missile@1))"},
        {"kharkiv OR kyiv AND missile", "Query((kharkiv@1 OR (kyiv@1 AND missile@1)))"},
        {"(kharkiv OR kyiv) AND missile", "Query(((kharkiv@1 OR kyiv@1) AND missile@1))"},
        {"kharkiv and missile", "Query((kharkiv@1 OR missile@1))"},
        {"title:Kharkiv", "Query(Skharkiv@1)"},
        {"title:\"Kim Yo Jong\"", "Query((Skim@1 PHRASE 3 Syo@2 PHRASE 3 Sjong@3))"},
        {"North-Korean", "Query((north@1 PHRASE 2 korean@2))"},
        {"\xEF\xBC\xAB\xEF\xBD\x88\xEF\xBD\x81\xEF\xBD\x92\xEF\xBD\x8B\xEF\xBD\x89\xEF\xBD\x96",
         "Query(kharkiv@1)"},
        {"note:kharkiv", "Query((note@1 PHRASE 2 kharkiv@2))"},
        {"Ukraine's", "Query(ukraine@1)"},
        {"topic:cocoa", "Query(0 * Kcocoa)"},
        {"bahia topic:Cocoa", "Query((bahia@1 FILTER Kcocoa))"},
        {"bahia topic:cocoa topic:coffee", "Query((bahia@1 FILTER (Kcocoa OR Kcoffee)))"},
        {"bahia topic:cocoa format:reuters", "Query((bahia@1 FILTER (Kcocoa AND XFreuters)))"},
        {"bahia -topic:cocoa", "Query((bahia@1 AND_NOT Kcocoa))"},
    };
    for (const auto& row : table) {
        BOOST_TEST_CONTEXT("query: " << row.query) {
            BOOST_TEST(describe(row.query) == row.expected);
        }
    }
}

BOOST_FIXTURE_TEST_CASE(highlight_terms_exclude_negated_words, Fixture) {
    const auto parsed = parser.parse("Kharkiv \"missile debris\" -Moscow");
    const std::set<std::string> expected = {"kharkiv", "missile", "debris"};
    BOOST_TEST(parsed.highlight_terms == expected);
}

BOOST_FIXTURE_TEST_CASE(bad_syntax_gives_clear_errors, Fixture) {
    const Golden table[] = {
        {"\"missile debris", "unterminated quote at column 1"},
        {"(kharkiv OR kyiv", "missing ')' at column 17"},
        {"kharkiv)", "unexpected ')' at column 8"},
        {"kharkiv AND", "AND needs a term after it at column 12"},
        {"OR kharkiv", "unexpected 'OR' at column 1"},
        {"-moscow", "a query needs at least one term that is not excluded at column 8"},
        {"kharkiv title:", "title: needs a word or \"phrase\" after it at column 15"},
        {"topic:", "topic: needs a word or \"phrase\" after it at column 7"},
        {"", "expected a term at column 1"},
        {"!!! ???", "the query has no words to search for"},
    };
    for (const auto& row : table) {
        BOOST_TEST_CONTEXT("query: " << row.query) {
            try {
                parser.parse(row.query);
                BOOST_ERROR("no error");
            } catch (const QuerySyntaxError& e) {
                BOOST_TEST(std::string(e.what()) == row.expected);
            }
        }
    }
}
