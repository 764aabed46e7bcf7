#include "cli_options.hpp"

#include <stdexcept>

#include "newsdex/corpus/encoding.hpp"
#include "newsdex/paths.hpp"

namespace newsdex::index {

void add_indexer_options(cxxopts::Options& cli) {
    cli.positional_help("PATH...");
    cli.add_options()("db", "database folder (default: $NEWSDEX_DB or ~/.local/share/newsdex/db)",
                      cxxopts::value<std::string>())(
        "format", "input format: auto, text, jsonl, trec, reuters, html, rss, atom",
        cxxopts::value<std::string>()->default_value("auto"))(
        "encoding",
        "read every input in this encoding (e.g. windows-1251) instead of "
        "UTF-8/detected",
        cxxopts::value<std::string>())(
        "field",
        "JSON Lines: take a field from another key, NAME=KEY (e.g. body=article); "
        "repeatable",
        cxxopts::value<std::vector<std::string>>())(
        "max-document-bytes",
        "largest document (or whole html/text/feed file) read; "
        "bounds memory",
        cxxopts::value<std::size_t>()->default_value("67108864"))(
        "batch-size", "documents per commit, at most (commits are 0.25 s apart at least)",
        cxxopts::value<std::size_t>()->default_value("1000"))(
        "gazetteer", "a places/organizations/people file of your own (repeatable)",
        cxxopts::value<std::vector<std::string>>())(
        "collection", "index into this collection: ids are unique within a collection and format",
        cxxopts::value<std::string>())(
        "exclude",
        "leave out files and folders matching GLOB (repeatable; no slash: a name at any "
        "depth); a folder's .newsdexignore adds its own",
        cxxopts::value<std::vector<std::string>>())(
        "no-prune", "keep the documents of files that are gone from the PATHs given")(
        "rebuild", "index PATHs into a new database beside this one, then switch to it")(
        "shards",
        "split a new (or rebuilt) database into N shards, written in parallel (default: one "
        "per core)",
        cxxopts::value<std::size_t>())(
        "compact", "merge the database's shards into one compact database, and stop")(
        "status", "print the documents, sources and last run of the database, and stop")(
        "json", "with --status: one JSON object")(
        "wait", "wait for another indexer's lock, up to SECONDS (default: as long as it takes)",
        cxxopts::value<double>()->implicit_value("1e9"))("q,quiet",
                                                         "print errors and the summary only")(
        "v,verbose", "also name every file, read or unchanged")("version", "print the version")(
        "h,help", "show this help")("paths", "files and folders to index",
                                    cxxopts::value<std::vector<std::string>>());
    cli.parse_positional({"paths"});
}

IndexingOptions indexing_options_from(const cxxopts::ParseResult& args) {
    IndexingOptions options;
    options.database = args.count("db") ? std::filesystem::path(args["db"].as<std::string>())
                                        : default_database_path();
    options.format = args["format"].as<std::string>();
    options.writer.batch_size = std::max<std::size_t>(1, args["batch-size"].as<std::size_t>());
    if (args.count("wait")) {
        options.writer.wait_seconds = args["wait"].as<double>();
        if (!(options.writer.wait_seconds >= 0))
            throw std::invalid_argument("--wait takes a number of seconds");
    }
    options.prune = args.count("no-prune") == 0;
    if (args.count("shards")) {
        options.shards = args["shards"].as<std::size_t>();
        if (options.shards < 1 || options.shards > 256)
            throw std::invalid_argument("--shards takes a number from 1 to 256");
    }
    if (args.count("exclude")) options.excludes = args["exclude"].as<std::vector<std::string>>();
    if (args.count("collection")) {
        options.collection = args["collection"].as<std::string>();
        if (options.collection.empty() || options.collection.size() > 64 ||
            options.collection.find_first_not_of(
                "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
                "0123456789._-") != std::string::npos)
            throw std::invalid_argument(
                "--collection takes a name of letters, digits, '.', '_' and '-' (64 at most)");
    }
    if (args.count("quiet") && args.count("verbose"))
        throw std::invalid_argument("--quiet and --verbose contradict each other");
    if (args.count("quiet")) options.verbosity = Verbosity::kQuiet;
    if (args.count("verbose")) options.verbosity = Verbosity::kVerbose;
    options.reader.max_document_bytes = args["max-document-bytes"].as<std::size_t>();
    if (args.count("encoding")) {
        options.reader.encoding = args["encoding"].as<std::string>();
        if (!corpus::is_known_encoding(options.reader.encoding))
            throw std::invalid_argument("unknown encoding '" + options.reader.encoding + "'");
    }
    if (args.count("gazetteer"))
        for (const std::string& file : args["gazetteer"].as<std::vector<std::string>>())
            options.gazetteers.emplace_back(file);
    if (args.count("field")) {
        for (const std::string& mapping : args["field"].as<std::vector<std::string>>()) {
            const auto eq = mapping.find('=');
            if (eq == std::string::npos || eq == 0 || eq + 1 == mapping.size())
                throw std::invalid_argument("--field takes NAME=KEY, not '" + mapping + "'");
            options.reader.json_fields[mapping.substr(0, eq)] = mapping.substr(eq + 1);
        }
    }
    return options;
}

IndexerCommand indexer_command_from(const cxxopts::ParseResult& args) {
    IndexerCommand command;
    command.options = indexing_options_from(args);
    command.json = args.count("json") > 0;
    if (args.count("paths"))
        for (const auto& p : args["paths"].as<std::vector<std::string>>())
            command.paths.emplace_back(p);
    if (args.count("status") && args.count("compact"))
        throw std::invalid_argument("--status and --compact are two commands: give one");
    if (args.count("status") || args.count("compact")) {
        const char* name = args.count("status") ? "--status" : "--compact";
        if (args.count("rebuild") || args.count("shards") || !command.paths.empty())
            throw std::invalid_argument(std::string(name) +
                                        " takes no PATH, no --rebuild and no --shards");
        command.mode =
            args.count("status") ? IndexerCommand::Mode::kStatus : IndexerCommand::Mode::kCompact;
        if (command.json && command.mode == IndexerCommand::Mode::kCompact)
            throw std::invalid_argument("--json goes with --status");
        return command;
    }
    if (command.json) throw std::invalid_argument("--json goes with --status");
    if (command.paths.empty()) throw std::invalid_argument("no PATH given (try --help)");
    if (args.count("rebuild")) command.mode = IndexerCommand::Mode::kRebuild;
    return command;
}

}  // namespace newsdex::index
