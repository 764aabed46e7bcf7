// indexer: parse options, run the indexing library, map the outcome to an
// exit code: 0 all indexed, 1 some documents or files failed, 2 fatal.
#include <xapian.h>

#include <cxxopts.hpp>
#include <iostream>

#include "newsdex/index/indexing.hpp"
#include "newsdex/paths.hpp"

int main(int argc, char** argv) try {
    cxxopts::Options cli("indexer", "Index news articles into a newsdex database.");
    cli.positional_help("PATH...");
    cli.add_options()("db", "database folder (default: $NEWSDEX_DB or ~/.local/share/newsdex/db)",
                      cxxopts::value<std::string>())(
        "format", "input format: text", cxxopts::value<std::string>()->default_value("text"))(
        "batch-size", "documents per commit",
        cxxopts::value<std::size_t>()->default_value("10000"))("h,help", "show this help")(
        "paths", "files and folders to index", cxxopts::value<std::vector<std::string>>());
    cli.parse_positional({"paths"});
    const auto args = cli.parse(argc, argv);
    if (args.count("help")) {
        std::cout << cli.help()
                  << "\nExit status: 0 all indexed, 1 some documents failed, "
                     "2 fatal error.\n";
        return 0;
    }
    if (!args.count("paths")) {
        std::cerr << "indexer: no PATH given (try --help)\n";
        return 2;
    }
    newsdex::index::IndexingOptions options;
    options.database = args.count("db") ? std::filesystem::path(args["db"].as<std::string>())
                                        : newsdex::default_database_path();
    options.format = args["format"].as<std::string>();
    options.writer.batch_size = std::max<std::size_t>(1, args["batch-size"].as<std::size_t>());
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
