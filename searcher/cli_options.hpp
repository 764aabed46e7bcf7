#pragma once
// The search command's options, kept out of main so that main stays short.
#include <cxxopts.hpp>
#include <filesystem>

#include "newsdex/search/printer.hpp"
#include "newsdex/search/searcher.hpp"

namespace newsdex::search {

struct SearchCommand {
    std::filesystem::path database;
    SearchRequest request;
    bool json = false;
    std::string batch_file;  // --batch: run every query of the file, print a TREC run
    std::string run_tag = "newsdex";
    ColorChoice color = ColorChoice::kAuto;
};

void add_search_options(cxxopts::Options& cli);

// Parses argv as cxxopts does, except that an argument starting with "-"
// that names no option is a query word ("-moscow kharkiv": not Moscow),
// as if it followed "--".
cxxopts::ParseResult parse_search_arguments(cxxopts::Options& cli, int argc, char** argv);

// Throws std::invalid_argument (or QuerySyntaxError for dates) for values
// that make no sense.
SearchCommand search_command_from(const cxxopts::ParseResult& args);

inline constexpr const char* kSearchHelpEpilogue =
    "\nQuery: words (any of them, ranked), \"phrases\", +must, -mustnot, AND OR NOT ( ),\n"
    "title:, topic:, lang:, format:, person:, org:, place:, date:2024-05, date:2024-05-01..\n"
    "Exit status: 0 hits found, 1 no hits, 2 error.\n";

}  // namespace newsdex::search
