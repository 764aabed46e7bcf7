// indexer: parse options, run the indexing library, map the outcome to an
// exit code: 0 all indexed, 1 some documents or files failed, 2 fatal.
#include <xapian.h>

#include <cxxopts.hpp>
#include <iostream>

#include "cli_options.hpp"
#include "newsdex/index/indexing.hpp"

int main(int argc, char** argv) try {
    cxxopts::Options cli("indexer", "Index news articles into a newsdex database.");
    newsdex::index::add_indexer_options(cli);
    const auto args = cli.parse(argc, argv);
    if (args.count("help")) {
        std::cout << cli.help() << newsdex::index::kIndexerHelpEpilogue;
        return 0;
    }
    if (!args.count("paths")) {
        std::cerr << "indexer: no PATH given (try --help)\n";
        return 2;
    }
    const auto options = newsdex::index::indexing_options_from(args);
    std::vector<std::filesystem::path> paths;
    for (const auto& p : args["paths"].as<std::vector<std::string>>())
        paths.emplace_back(p);

    const auto summary = newsdex::index::index_paths(paths, options, std::cerr);
    std::cout << summary.describe(options.database) << '\n';
    return summary.failed ? 1 : 0;
} catch (const Xapian::Error& e) {
    std::cerr << "indexer: " << e.get_description() << '\n';
    return 2;
} catch (const std::exception& e) {
    std::cerr << "indexer: " << e.what() << '\n';
    return 2;
}
