// search: parse options, run the search library, print, and exit like
// grep: 0 when something matched, 1 when nothing did, 2 on error.
#include <xapian.h>

#include <unistd.h>
#include <cxxopts.hpp>
#include <iostream>

#include "newsdex/paths.hpp"
#include "newsdex/search/printer.hpp"

namespace ns = newsdex::search;

int main(int argc, char** argv) try {
    cxxopts::Options cli("search", "Search a newsdex database.");
    cli.positional_help("QUERY...");
    cli.add_options()("db", "database folder (default: $NEWSDEX_DB or ~/.local/share/newsdex/db)",
                      cxxopts::value<std::string>())(
        "n,limit", "number of hits", cxxopts::value<std::size_t>()->default_value("10"))(
        "offset", "hits to skip (paging)", cxxopts::value<std::size_t>()->default_value("0"))(
        "json", "print JSON Lines, one object per hit")(
        "color", "auto, always or never", cxxopts::value<std::string>()->default_value("auto"))(
        "h,help", "show this help")("query", "query words",
                                    cxxopts::value<std::vector<std::string>>());
    cli.parse_positional({"query"});
    const auto args = cli.parse(argc, argv);
    if (args.count("help")) {
        std::cout << cli.help() << "\nExit status: 0 hits found, 1 no hits, 2 error.\n";
        return 0;
    }
    if (!args.count("query")) {
        std::cerr << "search: no QUERY given (try --help)\n";
        return 2;
    }
    ns::SearchRequest request;
    for (const auto& word : args["query"].as<std::vector<std::string>>())
        request.query += (request.query.empty() ? "" : " ") + word;
    request.limit = args["limit"].as<std::size_t>();
    request.offset = args["offset"].as<std::size_t>();
    const auto color = ns::parse_color_choice(args["color"].as<std::string>());

    const auto db = args.count("db") ? std::filesystem::path(args["db"].as<std::string>())
                                     : newsdex::default_database_path();
    const ns::SearchResult result = ns::Searcher(db).search(request);
    auto printer = args.count("json")
                       ? ns::make_json_printer(std::cout)
                       : ns::make_text_printer(std::cout, ns::use_color(color, STDOUT_FILENO));
    printer->print(result);
    return result.hits.empty() ? 1 : 0;
} catch (const Xapian::Error& e) {
    std::cerr << "search: " << e.get_description() << '\n';
    return 2;
} catch (const std::exception& e) {
    std::cerr << "search: " << e.what() << '\n';
    return 2;
}
