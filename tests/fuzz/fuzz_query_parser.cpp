// libFuzzer target: the query parser on arbitrary text. It must either
// give a query or throw QuerySyntaxError, never crash.
#include <cstdint>
#include <string>

#include "newsdex/search/query_parser.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const newsdex::analysis::Analyzer analyzer = newsdex::analysis::Analyzer::standard();
    static const newsdex::analysis::StopwordSet stopwords =
        newsdex::analysis::StopwordSet::for_language("en");
    static const newsdex::search::QueryParser parser(analyzer, stopwords);
    try {
        const auto parsed = parser.parse(std::string(reinterpret_cast<const char*>(data), size));
        (void)parsed.query.get_description();
    } catch (const newsdex::search::QuerySyntaxError&) {
    }
    return 0;
}
