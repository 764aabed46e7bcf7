#include "cli_options.hpp"

#include <map>
#include <stdexcept>
#include <vector>

#include "newsdex/paths.hpp"
#include "newsdex/search/date_query.hpp"

namespace newsdex::search {

void add_search_options(cxxopts::Options& cli) {
    cli.positional_help("QUERY...");
    cli.add_options()(
        "db",
        "database folder, stub file, or remote:HOST:PORT (xapian-tcpsrv); repeat for several, "
        "searched as one (default: $NEWSDEX_DB or ~/.local/share/newsdex/db)",
        cxxopts::value<std::vector<std::string>>())(
        "timeout", "seconds to wait for a remote database's answer before giving up",
        cxxopts::value<double>()->default_value("10"))(
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
        "batch", "run every qid<TAB>query line of FILE, writing a TREC run (1000 hits a query)",
        cxxopts::value<std::string>())("format",
                                       "trec (--batch's run) or csv (--facets for spreadsheets)",
                                       cxxopts::value<std::string>()->default_value("trec"))(
        "like", "stories like the one with this ID (as search prints it); QUERY optional",
        cxxopts::value<std::string>())("explain",
                                       "show per hit how its score was made: each term's weight")(
        "recent", "rank newer stories higher; the boost halves every HALF_LIFE (e.g. 30d, 2w, 1y)",
        cxxopts::value<std::string>()->implicit_value("90d"))(
        "expand",
        "add the telling words of the top 10 hits to the query (pseudo-relevance feedback: "
        "finds more stories on the topic; a second match, about 2 ms on Reuters)")(
        "no-suggest", "no \"did you mean\" for misspelt words")("help-syntax",
                                                                "show the query syntax")(
        "count", "print the number of matching stories (exact) instead of hits")(
        "facet-size", "values shown per facet", cxxopts::value<std::size_t>()->default_value("10"))(
        "show", "print the whole stored story with this ID (as search prints it), and stop",
        cxxopts::value<std::string>())("version", "print the version")(
        "run-tag", "the run's name in --batch output",
        cxxopts::value<std::string>()->default_value("newsdex"))("h,help", "show this help")(
        "query", "query words", cxxopts::value<std::vector<std::string>>());
    cli.parse_positional({"query"});
}

namespace {

// The options cxxopts knows, "-n" and "--limit" alike, with whether each
// takes a value.
std::map<std::string, bool> known_options(const cxxopts::Options& cli) {
    std::map<std::string, bool> known;
    for (const auto& option : cli.group_help("").options) {
        const bool takes_value = !option.is_boolean;
        if (!option.s.empty()) known["-" + option.s] = takes_value;
        for (const std::string& name : option.l)
            known["--" + name] = takes_value;
    }
    return known;
}

}  // namespace

double half_life_days(const std::string& text) {
    const std::size_t digits = text.find_first_not_of("0123456789");
    const std::string unit = digits == std::string::npos ? "d" : text.substr(digits);
    const std::string number = text.substr(0, digits);
    const double per_unit = unit == "d"   ? 1
                            : unit == "w" ? 7
                            : unit == "m" ? 30.44
                            : unit == "y" ? 365.25
                                          : 0;
    if (number.empty() || number.size() > 5 || per_unit == 0 || std::stod(number) == 0)
        throw std::invalid_argument("--recent takes a half-life like 30d, 2w, 6m or 1y, not '" +
                                    text + "'");
    return std::stod(number) * per_unit;
}

cxxopts::ParseResult parse_search_arguments(cxxopts::Options& cli, int argc, char** argv) {
    const auto known = known_options(cli);
    std::vector<std::string> options = {argc > 0 ? argv[0] : "search"}, words;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--") {
            words.insert(words.end(), argv + i + 1, argv + argc);
            break;
        }
        const auto known_option = known.find(arg.substr(0, arg.find('=')));
        const bool short_with_value =
            arg.size() > 2 && arg[1] != '-' && known.count(arg.substr(0, 2)) > 0;
        if (arg.size() < 2 || arg[0] != '-' || (arg[1] == '-' && known_option == known.end())) {
            // A plain word, or --something unknown, which cxxopts reports.
            (arg[0] == '-' ? options : words).push_back(arg);
        } else if (known_option != known.end() || short_with_value) {
            options.push_back(arg);
            const bool value_follows = known_option != known.end() && known_option->second &&
                                       arg.find('=') == std::string::npos && i + 1 < argc;
            if (value_follows) options.push_back(argv[++i]);
        } else {
            words.push_back(arg);  // "-moscow": a word to exclude
        }
    }
    options.push_back("--");
    options.insert(options.end(), words.begin(), words.end());
    std::vector<const char*> pointers;
    for (const std::string& s : options)
        pointers.push_back(s.c_str());
    return cli.parse(static_cast<int>(pointers.size()), pointers.data());
}

SearchCommand search_command_from(const cxxopts::ParseResult& args) {
    SearchCommand command;
    command.databases = args.count("db") ? args["db"].as<std::vector<std::string>>()
                                         : std::vector<std::string>{default_database_path()};
    command.sources.timeout_seconds = args["timeout"].as<double>();
    if (!(command.sources.timeout_seconds > 0 && command.sources.timeout_seconds <= 86400))
        throw std::invalid_argument("--timeout takes seconds, more than 0");
    SearchRequest& request = command.request;
    if (args.count("query"))
        for (const auto& word : args["query"].as<std::vector<std::string>>())
            request.query += (request.query.empty() ? "" : " ") + word;
    if (args.count("batch")) {
        command.batch_file = args["batch"].as<std::string>();
        command.run_tag = args["run-tag"].as<std::string>();
        if (args["format"].as<std::string>() != "trec")
            throw std::invalid_argument("--batch writes --format trec");
        request.snippets = false;
    }
    request.limit = args["limit"].as<std::size_t>();
    // A TREC run goes 1000 deep unless told: MAP and R@1000 need it.
    if (args.count("batch") && !args.count("limit")) request.limit = 1000;
    request.offset = args["offset"].as<std::size_t>();
    // Xapian counts documents in 32 bits: larger values would wrap.
    constexpr std::size_t kMaxHits = 1000000, kMaxOffset = 1000000000;
    if (request.limit > kMaxHits)
        throw std::invalid_argument("--limit takes at most " + std::to_string(kMaxHits));
    if (request.offset > kMaxOffset)
        throw std::invalid_argument("--offset takes at most " + std::to_string(kMaxOffset));
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
    if (args.count("like")) request.like_id = args["like"].as<std::string>();
    request.explain = args.count("explain") > 0;
    // 10 documents, with SearchRequest's 10 stems and 0.9 for the query:
    // the setting that does not lose on TIME and gains 6% MAP on the
    // Reuters dev topics (docs/benchmarks.md, pseudo-relevance feedback).
    if (args.count("expand")) request.feedback_documents = 10;
    command.count = args.count("count") > 0;
    if (command.count) {
        request.exact_count = true;
        request.limit = 0;
        request.snippets = false;
    }
    if (args.count("show")) command.show_id = args["show"].as<std::string>();
    request.suggest = args.count("no-suggest") == 0 && !args.count("batch");
    if (args.count("recent"))
        request.recent_half_life_days = half_life_days(args["recent"].as<std::string>());
    request.facets = args.count("facets") > 0;
    request.facet_limit = args["facet-size"].as<std::size_t>();
    if (request.facet_limit == 0 || request.facet_limit > 100000)
        throw std::invalid_argument("--facet-size takes 1 to 100000");
    if (args.count("format") && !args.count("batch")) {
        const std::string format = args["format"].as<std::string>();
        if (format != "csv" || !request.facets)
            throw std::invalid_argument("--format csv goes with --facets (trec with --batch)");
        command.csv = true;
    }
    request.collapse = args.count("collapse") > 0;
    command.json = args.count("json") > 0;
    command.color = parse_color_choice(args["color"].as<std::string>());
    return command;
}

}  // namespace newsdex::search
