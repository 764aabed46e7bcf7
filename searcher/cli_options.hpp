#pragma once
// The search command's options, kept out of main so that main stays short.
#include <cxxopts.hpp>
#include <filesystem>

#include "newsdex/search/printer.hpp"
#include "newsdex/search/searcher.hpp"

namespace newsdex::search {

struct SearchCommand {
    // Searched as one: folders, stub files, remote:HOST:PORT (--db, repeatable).
    std::vector<std::string> databases;
    SourceOptions sources;  // --timeout
    SearchRequest request;
    bool json = false;
    std::string batch_file;  // --batch: run every query of the file, print a TREC run
    std::string run_tag = "newsdex";
    ColorChoice color = ColorChoice::kAuto;
    bool count = false;   // --count: the number of matches only
    bool csv = false;     // --facets --format csv
    std::string show_id;  // --show ID: one whole story
};

void add_search_options(cxxopts::Options& cli);

// "30d", "2w", "6m", "1y" (a number alone: days) in days; throws
// std::invalid_argument for anything else.
double half_life_days(const std::string& text);

// Parses argv as cxxopts does, except that an argument starting with "-"
// that names no option is a query word ("-moscow kharkiv": not Moscow),
// as if it followed "--".
cxxopts::ParseResult parse_search_arguments(cxxopts::Options& cli, int argc, char** argv);

// Throws std::invalid_argument (or QuerySyntaxError for dates) for values
// that make no sense.
SearchCommand search_command_from(const cxxopts::ParseResult& args);

inline constexpr const char* kSearchHelpEpilogue =
    "\nQuery: words (any of them, ranked), \"phrases\", +must, -mustnot, AND OR NOT ( ),\n"
    "word*, a NEAR b, a ADJ/3 b, \"a b\"~2, title:, topic:, lang:, format:, person:, org:,\n"
    "place:, date:2024-05, date:2024-05-01.. (all of it: search --help-syntax)\n"
    "Exit status: 0 hits found, 1 no hits, 2 error.\n";

inline constexpr const char* kQuerySyntax = R"(Query syntax (search --help-syntax)

  kharkiv missile          any of the words, ranked (BM25); stems in every language
                           of the index; a name the index knows (Kharkov, Харків,
                           하르키우) also finds the stories tagged with its entity
  "missile debris"         the words together, in this order
  "missile debris"~3       the words within 3 more positions, in any order
  missile NEAR debris      within 10 words of each other, any order (NEAR/5: 5)
  missile ADJ debris       within 10 words, in this order (ADJ/2: 2)
  khark*                   words that start so (at most 1,000 of them)
  +kharkiv -moscow         must have / must not have (a query may start with -)
  a AND b, a OR b, a NOT b, ( ... )    operators: upper case; lower case are words
  深圳地铁                  Chinese or Japanese typed without spaces: its words,
                           the phrase ranked higher
  Muenchen, Koeln          German ae/oe/ue also find ä/ö/ü
  title:kharkiv  title:"kim yo jong"   the headline only
  topic:cocoa  lang:de  format:rss     filters, no effect on ranking
  person:"Kim Yo Jong"  org:IAEA  place:Kiev   entities, any alias
  date:2024-05-17  date:2024-05  date:2024  date:2024-05-01..2024-05-31
  date:2024-05-01..  date:..2023       days, months, years, ranges

Options that change the ranking: --like ID (stories like this one), --recent[=90d]
(newer stories higher), --sort date|-date; --explain shows how each score was made.
A misspelt word gets "did you mean"; with no hits, the suggestion is searched.
)";

}  // namespace newsdex::search
