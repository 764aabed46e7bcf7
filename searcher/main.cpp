// search: parse options, run the search library, print, and exit like
// grep: 0 when something matched, 1 when nothing did, 2 on error.
#include <unistd.h>
#include <xapian.h>

#include <cxxopts.hpp>
#include <fstream>
#include <iostream>

#include "cli_options.hpp"
#include "newsdex/search/batch.hpp"

namespace ns = newsdex::search;

int main(int argc, char** argv) try {
    cxxopts::Options cli("search", "Search a newsdex database.");
    ns::add_search_options(cli);
    const auto args = ns::parse_search_arguments(cli, argc, argv);
    if (args.count("version")) {
        std::cout << "search (newsdex) " NEWSDEX_VERSION "\n";
        return 0;
    }
    if (args.count("help") || args.count("help-syntax")) {
        std::cout << (args.count("help") ? cli.help() + ns::kSearchHelpEpilogue : ns::kQuerySyntax);
        return 0;
    }
    if (!args.count("query") && !args.count("batch") && !args.count("like") &&
        !args.count("show")) {
        std::cerr << "search: no QUERY given (try --help)\n";
        return 2;
    }
    const ns::SearchCommand command = ns::search_command_from(args);
    const ns::Searcher searcher(command.databases, command.sources);
    if (!command.batch_file.empty()) {
        std::ifstream queries(command.batch_file);
        if (!queries) throw std::runtime_error("cannot read " + command.batch_file);
        const auto s = ns::run_batch(searcher, queries, std::cout, std::cerr, command.request,
                                     command.run_tag);
        return s.failed ? 2 : s.lines_written ? 0 : 1;
    }
    auto printer = command.csv    ? ns::make_csv_printer(std::cout)
                   : command.json ? ns::make_json_printer(std::cout)
                                  : ns::make_text_printer(
                                        std::cout, ns::use_color(command.color, STDOUT_FILENO),
                                        ns::terminal_columns(STDOUT_FILENO));
    if (!command.show_id.empty()) {
        printer->print_story(searcher.story(command.show_id));
        return 0;
    }
    const ns::SearchResult result = searcher.search(command.request);
    if (command.count) printer->print_count(result.matches_estimated);
    if (!command.count) printer->print(result);
    return result.matches_estimated == 0 || (!command.count && result.hits.empty()) ? 1 : 0;
} catch (const Xapian::Error& e) {
    std::cerr << "search: " << e.get_description() << '\n';
    return 2;
} catch (const std::exception& e) {
    std::cerr << "search: " << e.what() << '\n';
    return 2;
}
