// indexer: parse options, run the indexing library, map the outcome to an
// exit code: 0 all indexed, 1 some documents or files failed, 2 fatal.
#include <unistd.h>
#include <xapian.h>

#include <cxxopts.hpp>
#include <iostream>

#include "cli_options.hpp"
#include "newsdex/index/indexing.hpp"
#include "newsdex/index/rebuild.hpp"
#include "newsdex/index/status.hpp"

namespace ni = newsdex::index;

int main(int argc, char** argv) try {
    cxxopts::Options cli("indexer", "Index news articles into a newsdex database.");
    ni::add_indexer_options(cli);
    const auto args = cli.parse(argc, argv);
    if (args.count("version")) {
        std::cout << "indexer (newsdex) " NEWSDEX_VERSION "\n";
        return 0;
    }
    if (args.count("help")) {
        std::cout << cli.help() << ni::kIndexerHelpEpilogue;
        return 0;
    }
    ni::IndexerCommand command = ni::indexer_command_from(args);
    if (command.mode == ni::IndexerCommand::Mode::kStatus) {
        ni::print_status(std::cout, ni::read_status(command.options.database), command.json);
        return 0;
    }
    if (command.mode == ni::IndexerCommand::Mode::kCompact) {
        const auto documents =
            ni::compact_database(command.options.database, command.options.writer);
        std::cout << "compacted " << command.options.database.string() << " into one database of "
                  << documents << " documents\n";
        return 0;
    }
    command.options.progress = ::isatty(STDERR_FILENO) == 1;
    const auto summary = command.mode == ni::IndexerCommand::Mode::kRebuild
                             ? ni::rebuild_paths(command.paths, command.options, std::cerr)
                             : ni::index_paths(command.paths, command.options, std::cerr);
    std::cout << summary.describe(command.options.database) << '\n';
    return summary.failed ? 1 : 0;
} catch (const Xapian::Error& e) {
    std::cerr << "indexer: " << e.get_description() << '\n';
    return 2;
} catch (const std::exception& e) {
    std::cerr << "indexer: " << e.what() << '\n';
    return 2;
}
