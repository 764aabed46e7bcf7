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
        "batch-size", "documents per commit",
        cxxopts::value<std::size_t>()->default_value("10000"))("h,help", "show this help")(
        "paths", "files and folders to index", cxxopts::value<std::vector<std::string>>());
    cli.parse_positional({"paths"});
}

IndexingOptions indexing_options_from(const cxxopts::ParseResult& args) {
    IndexingOptions options;
    options.database = args.count("db") ? std::filesystem::path(args["db"].as<std::string>())
                                        : default_database_path();
    options.format = args["format"].as<std::string>();
    options.writer.batch_size = std::max<std::size_t>(1, args["batch-size"].as<std::size_t>());
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

}  // namespace newsdex::index
