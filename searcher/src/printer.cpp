#include "newsdex/search/printer.hpp"

#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <ostream>
#include <stdexcept>
#include <string>

#include "newsdex/utf8.hpp"

namespace newsdex::search {

ColorChoice parse_color_choice(std::string_view value) {
    if (value == "auto") return ColorChoice::kAuto;
    if (value == "always") return ColorChoice::kAlways;
    if (value == "never") return ColorChoice::kNever;
    throw std::invalid_argument("--color takes auto, always or never, not '" + std::string(value) +
                                "'");
}

bool use_color(ColorChoice choice, int fd) {
    if (choice != ColorChoice::kAuto) return choice == ColorChoice::kAlways;
    const char* no_color = std::getenv("NO_COLOR");
    if (no_color && *no_color) return false;
    const char* term = std::getenv("TERM");
    if (term && std::string_view(term) == "dumb") return false;
    return isatty(fd) == 1;
}

namespace {

// Every stored text goes through this before it reaches a terminal.
std::string safe(std::string_view text) {
    return utf8::printable(text);
}

// The escape sequences or plain markers around each kind of text.
struct Style {
    std::string_view match_on, match_off, title_on, title_off, meta_on, meta_off;
};

constexpr Style kAnsi{"\x1b[1;31m", "\x1b[0m", "\x1b[1m", "\x1b[0m", "\x1b[32m", "\x1b[0m"};
constexpr Style kPlain{"**", "**", "", "", "", ""};

// Collections like TIME have no headlines: show the first words instead.
std::string display_title(const Document& d) {
    if (!d.title.empty()) return d.title;
    constexpr std::size_t kMaxBytes = 72;
    std::string lead = d.body.substr(0, d.body.find('\n'));
    if (lead.size() <= kMaxBytes) return lead.empty() ? "(untitled)" : lead;
    std::size_t cut = lead.rfind(' ', kMaxBytes);
    if (cut == std::string::npos) cut = utf8::floor_boundary(lead, kMaxBytes);
    return lead.substr(0, cut) + " …";
}

class TextPrinter : public Printer {
  public:
    TextPrinter(std::ostream& out, bool color, std::size_t columns)
        : out_(out), style_(color ? kAnsi : kPlain), columns_(columns) {}

    void print(const SearchResult& result) override {
        if (result.searched_suggestion)
            out_ << "no hits; showing hits for: " << style_.title_on << safe(result.suggestion)
                 << style_.title_off << "\n\n";
        for (const Hit& hit : result.hits)
            print_hit(hit);
        if (!result.hits.empty()) {
            const Hit& last = result.hits.back();
            out_ << "showing " << result.hits.front().rank << "-" << last.rank << " of about "
                 << result.matches_estimated << " matching documents\n";
        }
        if (!result.suggestion.empty() && !result.searched_suggestion)
            out_ << "did you mean: " << style_.title_on << safe(result.suggestion)
                 << style_.title_off << '\n';
        if (result.facets) print_facets(*result.facets);
    }

    void print_story(const Document& d) override {
        out_ << style_.title_on << safe(d.title.empty() ? "(untitled)" : d.title)
             << style_.title_off << '\n';
        out_ << style_.meta_on << (d.date ? d.date->iso() : "no date") << style_.meta_off << "  "
             << safe(d.id) << '\n';
        for (const auto& [label, value] : {std::pair{"source", &d.source},
                                           {"url", &d.url},
                                           {"language", &d.lang},
                                           {"format", &d.format}})
            if (!value->empty()) out_ << label << ": " << safe(*value) << '\n';
        print_entities(d);
        // The body keeps its paragraphs; each line is made safe.
        out_ << '\n';
        for (std::size_t start = 0; start <= d.body.size();) {
            std::size_t end = d.body.find('\n', start);
            if (end == std::string::npos) end = d.body.size();
            out_ << safe(std::string_view(d.body).substr(start, end - start)) << '\n';
            start = end + 1;
        }
    }

    void print_count(Xapian::doccount matches) override { out_ << matches << '\n'; }

  private:
    void print_hit(const Hit& hit) {
        const Document& d = hit.document;
        char score[32];
        const auto written =
            std::to_chars(score, score + sizeof score - 1, hit.score, std::chars_format::fixed, 3);
        *(written.ec == std::errc() ? written.ptr : score) = '\0';
        out_ << hit.rank << ". " << style_.title_on << safe(display_title(d)) << style_.title_off
             << '\n';
        out_ << "   " << style_.meta_on << (d.date ? d.date->iso() : "no date") << style_.meta_off
             << "  score " << score << "  " << safe(d.id);
        if (hit.copies) out_ << "  (+" << hit.copies << (hit.copies == 1 ? " copy)" : " copies)");
        out_ << '\n';
        print_entities(d);
        if (!hit.explanation.empty())
            out_ << "   " << style_.meta_on << "explain: " << safe(hit.explanation)
                 << style_.meta_off << '\n';
        if (!hit.snippet.text.empty()) {
            out_ << "   ";
            print_snippet(hit.snippet);
            out_ << '\n';
        }
        out_ << '\n';
    }

    // The first three of each kind: the article's main actors and places.
    void print_entities(const Document& d) {
        std::string line;
        for (const auto& [label, names] :
             {std::pair{"people", &d.people}, {"orgs", &d.organizations}, {"places", &d.places}}) {
            if (names->empty()) continue;
            line += line.empty() ? "   " : "  ";
            line += std::string(label) + ": ";
            for (std::size_t i = 0; i < names->size() && i < 3; ++i)
                line += (i ? ", " : "") + (*names)[i];
        }
        if (!line.empty()) out_ << style_.meta_on << safe(line) << style_.meta_off << '\n';
    }

    void print_facets(const Facets& f) {
        out_ << "\nfacets over all " << f.matches << " matching documents\n";
        for (const auto& [label, counts] : {std::pair{"people", &f.people},
                                            {"organizations", &f.organizations},
                                            {"places", &f.places},
                                            {"topics", &f.topics},
                                            {"languages", &f.languages},
                                            {"formats", &f.formats}}) {
            const bool optional =
                counts == &f.topics || counts == &f.languages || counts == &f.formats;
            if (optional && counts->empty()) continue;
            out_ << "  " << style_.title_on << label << style_.title_off << ":";
            if (counts->empty()) out_ << " none";
            for (std::size_t i = 0; i < counts->size(); ++i)
                out_ << (i ? ", " : " ") << safe((*counts)[i].value) << " (" << (*counts)[i].count
                     << ")";
            out_ << '\n';
        }
        if (f.dates.empty()) return;
        out_ << "  " << style_.title_on << "dates by " << f.granularity << style_.title_off
             << ":\n";
        Xapian::doccount most = 1;
        for (const auto& d : f.dates)
            most = std::max(most, d.count);
        for (const auto& d : f.dates) {
            // The longest bar fills the line: 4 + 11 columns of label and
            // room for the count.
            const std::size_t room = columns_ > 30 ? columns_ - 24 : 40;
            const std::size_t bar = d.count ? std::max<std::size_t>(1, d.count * room / most) : 0;
            std::string bars;
            for (std::size_t i = 0; i < bar; ++i)
                bars += "\u2588";
            out_ << "    " << safe(d.value)
                 << std::string(11 - std::min<std::size_t>(10, d.value.size()), ' ')
                 << style_.meta_on << bars << style_.meta_off << ' ' << d.count << '\n';
        }
        if (f.undated) out_ << "    no date    " << f.undated << '\n';
    }

    void print_snippet(const Snippet& snippet) {
        std::size_t at = 0;
        for (const Highlight& h : snippet.highlights) {
            out_ << safe(std::string_view(snippet.text).substr(at, h.begin - at)) << style_.match_on
                 << safe(std::string_view(snippet.text).substr(h.begin, h.end - h.begin))
                 << style_.match_off;
            at = h.end;
        }
        out_ << safe(std::string_view(snippet.text).substr(at));
    }

    std::ostream& out_;
    Style style_;
    std::size_t columns_;  // of the terminal; 0 when not one
};

class JsonPrinter : public Printer {
  public:
    explicit JsonPrinter(std::ostream& out) : out_(out) {}

    void print(const SearchResult& result) override {
        if (!result.suggestion.empty())
            write({{"suggestion", result.suggestion},
                   {"searched_suggestion", result.searched_suggestion}});
        for (const Hit& hit : result.hits)
            write(to_json(hit, result.matches_estimated));
        if (result.facets) write(facets_json(*result.facets));
    }

    void print_story(const Document& d) override {
        Hit hit{0, 0, 0, d, {}, 0, {}};
        nlohmann::ordered_json j = to_json(hit, 0);
        j.erase("rank");
        j.erase("score");
        j.erase("docid");
        j.erase("snippet");
        j.erase("matches");
        j["body"] = d.body;
        write(j);
    }

    void print_count(Xapian::doccount matches) override { write({{"count", matches}}); }

  private:
    void write(const nlohmann::ordered_json& j) {
        out_ << j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << '\n';
    }

    // The last line when facets are asked for: {"facets": {...}}.
    static nlohmann::ordered_json facets_json(const Facets& f) {
        using json = nlohmann::ordered_json;
        auto list = [](const std::vector<FacetCount>& counts) {
            json out = json::array();
            for (const auto& c : counts)
                out.push_back({{"name", c.value}, {"count", c.count}});
            return out;
        };
        json dates = json::array();
        for (const auto& d : f.dates)
            dates.push_back({{"bucket", d.value}, {"count", d.count}});
        return {{"facets",
                 {{"matches", f.matches},
                  {"people", list(f.people)},
                  {"organizations", list(f.organizations)},
                  {"places", list(f.places)},
                  {"topics", list(f.topics)},
                  {"languages", list(f.languages)},
                  {"formats", list(f.formats)},
                  {"dates",
                   {{"granularity", f.granularity}, {"buckets", dates}, {"undated", f.undated}}}}}};
    }

    static nlohmann::ordered_json to_json(const Hit& hit, Xapian::doccount matches) {
        const Document& d = hit.document;
        using json = nlohmann::ordered_json;
        json highlights = json::array();
        for (const Highlight& h : hit.snippet.highlights)
            highlights.push_back({{"start", h.begin}, {"end", h.end}});
        json j = {
            {"rank", hit.rank},
            {"id", d.id},
            {"title", d.title},
            {"date", d.date ? json(d.date->iso()) : json()},
            {"score", hit.score},
            {"docid", hit.docid},
            {"format", d.format},
            {"source", d.source},
            {"snippet", {{"text", hit.snippet.text}, {"highlights", highlights}}},
            {"matches", matches},  // of the whole query: exact with --count or --facets
        };
        if (hit.copies) j["copies"] = hit.copies;
        if (!hit.explanation.empty()) j["explain"] = hit.explanation;
        j["people"] = d.people;
        j["organizations"] = d.organizations;
        j["places"] = d.places;
        if (!d.url.empty()) j["url"] = d.url;
        if (!d.lang.empty()) j["lang"] = d.lang;
        if (!d.metadata.empty()) j["meta"] = d.metadata;
        return j;
    }

    std::ostream& out_;
};

}  // namespace

std::unique_ptr<Printer> make_text_printer(std::ostream& out, bool color, std::size_t columns) {
    return std::make_unique<TextPrinter>(out, color, columns);
}

std::size_t terminal_columns(int fd) {
    winsize size{};
    if (isatty(fd) != 1 || ioctl(fd, TIOCGWINSZ, &size) != 0 || size.ws_col == 0) return 0;
    return std::min<std::size_t>(size.ws_col, 400);
}

namespace {

// Facets for spreadsheets: facet,value,count, one row per value, quoted
// as RFC 4180 says; hits are not printed.
class CsvPrinter : public Printer {
  public:
    explicit CsvPrinter(std::ostream& out) : out_(out) {}
    void print(const SearchResult& result) override {
        out_ << "facet,value,count\r\n";
        if (!result.facets) return;
        const Facets& f = *result.facets;
        for (const auto& [label, counts] : {std::pair{"person", &f.people},
                                            {"organization", &f.organizations},
                                            {"place", &f.places},
                                            {"topic", &f.topics},
                                            {"language", &f.languages},
                                            {"format", &f.formats},
                                            {"date", &f.dates}})
            for (const FacetCount& c : *counts)
                out_ << label << ',' << quoted(c.value) << ',' << c.count << "\r\n";
        if (f.undated) out_ << "date,none," << f.undated << "\r\n";
    }
    void print_story(const Document& story) override { out_ << quoted(story.title) << "\r\n"; }
    void print_count(Xapian::doccount matches) override { out_ << matches << "\r\n"; }

  private:
    static std::string quoted(const std::string& value) {
        std::string out = "\"";
        for (char c : utf8::printable(value))
            out += c == '"' ? std::string("\"\"") : std::string(1, c);
        return out + '"';
    }
    std::ostream& out_;
};

}  // namespace

std::unique_ptr<Printer> make_csv_printer(std::ostream& out) {
    return std::make_unique<CsvPrinter>(out);
}

std::unique_ptr<Printer> make_json_printer(std::ostream& out) {
    return std::make_unique<JsonPrinter>(out);
}

}  // namespace newsdex::search
