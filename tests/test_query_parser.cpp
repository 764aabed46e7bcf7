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
    StopwordSet stopwords = StopwordSet::for_language("en");
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
        {"http://example.com", "Query((http@1 PHRASE 2 example.com@2))"},
        {"note:", "Query(note@1)"},
        {"Ukraine's", "Query(ukraine@1)"},
        {"topic:cocoa", "Query(0 * Kcocoa)"},
        {"bahia topic:Cocoa", "Query((bahia@1 FILTER Kcocoa))"},
        {"bahia topic:cocoa topic:coffee", "Query((bahia@1 FILTER (Kcocoa OR Kcoffee)))"},
        {"bahia topic:cocoa format:reuters", "Query((bahia@1 FILTER (Kcocoa AND XFreuters)))"},
        {"bahia -topic:cocoa", "Query((bahia@1 AND_NOT Kcocoa))"},
        // Proximity, slop and wildcards.
        {"missile NEAR debris", "Query((missile@1 NEAR 11 debris@1))"},
        {"missile NEAR/3 debris", "Query((missile@1 NEAR 4 debris@1))"},
        {"missile ADJ debris", "Query((missile@1 PHRASE 11 debris@1))"},
        {"missile ADJ/2 debris kharkiv", "Query(((missile@1 PHRASE 3 debris@1) OR kharkiv@1))"},
        {"\"missile debris\"~3", "Query((missile@1 NEAR 5 debris@2))"},
        {"khark*", "Query(WILDCARD SYNONYM khark)"},
        {"title:khark*", "Query(WILDCARD SYNONYM Skhark)"},
        {"missile near debris", "Query((missile@1 OR near@1 OR debris@1))"},
        // CJK typed without spaces: its words, the phrase as a boost.
        {"深圳地铁",
         "Query(((深圳@1 OR 地铁@1) AND_MAYBE (深圳@1 PHRASE 2 "
         "地铁@2)))"},
        // All in capitals (caps lock, TIME's topics): AND, OR, NOT are words.
        {"BUDDHIST MONKS AND SUICIDE",
         "Query((buddhist@1 OR monks@1 OR suicide@1))"},  // "and": a stopword
        {"BUDDHIST monks AND SUICIDE", "Query(((buddhist@1 OR monks@1) AND suicide@1))"},
        // A query may start with "-" after a word.
        {"kharkiv -moscow", "Query((kharkiv@1 AND_NOT moscow@1))"},
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
        {"body:kharkiv",
         "unknown field 'body:' at column 1 (fields: title, topic, format, lang, person, org, "
         "place, date)"},
        {"missile NEAR", "NEAR needs a word or \"phrase\" on each side at column 13"},
        {"missile NEAR/0 debris", "NEAR/N takes a number of words from 1 to 999 at column 9"},
        {"((((((((((((((((((((((((((((((((((x))))))))))))))))))))))))))))))))))",
         "parentheses nested more than 32 deep at column 33"},
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
