#include "cli_options.hpp"

#include <stdexcept>

#include "newsdex/paths.hpp"
#include "newsdex/search/date_query.hpp"

namespace newsdex::search {

void add_search_options(cxxopts::Options& cli) {
    cli.positional_help("QUERY...");
    cli.add_options()("db", "database folder (default: $NEWSDEX_DB or ~/.local/share/newsdex/db)",
                      cxxopts::value<std::string>())(
        "n,limit", "number of hits", cxxopts::value<std::size_t>()->default_value("10"))(
        "offset", "hits to skip (paging)", cxxopts::value<std::size_t>()->default_value("0"))(
        "since", "only articles dated on or after YYYY[-MM[-DD]]", cxxopts::value<std::string>())(
        "until", "only articles dated on or before YYYY[-MM[-DD]]", cxxopts::value<std::string>())(
        "sort", "relevance, date (oldest first) or -date (newest first)",
        cxxopts::value<std::string>()->default_value("relevance"))(
        "facets", "after the hits, count people, organizations, places and dates over all matches")(
        "json", "print JSON Lines, one object per hit (and one for facets)")(
        "collapse", "one hit per story: copies (the same words under other ids) are folded in")(
        "color", "auto, always or never", cxxopts::value<std::string>()->default_value("auto"))(
        "batch", "run every qid<TAB>query line of FILE, writing a TREC run (with --limit 1000)",
        cxxopts::value<std::string>())("format", "output of --batch: trec",
                                       cxxopts::value<std::string>()->default_value("trec"))(
        "run-tag", "the run's name in --batch output",
        cxxopts::value<std::string>()->default_value("newsdex"))("h,help", "show this help")(
        "query", "query words", cxxopts::value<std::vector<std::string>>());
    cli.parse_positional({"query"});
}

SearchCommand search_command_from(const cxxopts::ParseResult& args) {
    SearchCommand command;
    command.database = args.count("db") ? std::filesystem::path(args["db"].as<std::string>())
                                        : default_database_path();
    SearchRequest& request = command.request;
    if (args.count("query"))
        for (const auto& word : args["query"].as<std::vector<std::string>>())
            request.query += (request.query.empty() ? "" : " ") + word;
    if (args.count("batch")) {
        command.batch_file = args["batch"].as<std::string>();
        command.run_tag = args["run-tag"].as<std::string>();
        if (args["format"].as<std::string>() != "trec")
            throw std::invalid_argument("--format takes trec");
        request.snippets = false;
    }
    request.limit = args["limit"].as<std::size_t>();
    request.offset = args["offset"].as<std::size_t>();
    if (args.count("since")) request.since = args["since"].as<std::string>();
    if (args.count("until")) request.until = args["until"].as<std::string>();
    if (!request.since.empty() || !request.until.empty())
        (void)date_range(request.since, request.until);
    const std::string sort = args["sort"].as<std::string>();
    if (sort == "date") {
        request.sort = SortOrder::kOldestFirst;
    } else if (sort == "-date") {
        request.sort = SortOrder::kNewestFirst;
    } else if (sort != "relevance") {
        throw std::invalid_argument("--sort takes relevance, date or -date, not '" + sort + "'");
    }
    request.facets = args.count("facets") > 0;
    request.collapse = args.count("collapse") > 0;
    command.json = args.count("json") > 0;
    command.color = parse_color_choice(args["color"].as<std::string>());
    return command;
}

}  // namespace newsdex::search
