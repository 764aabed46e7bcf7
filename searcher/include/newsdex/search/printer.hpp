#pragma once
// Printers turn search results into output; the text and JSON Lines forms
// sit behind one interface, as ripgrep's printers do.
#include <iosfwd>
#include <memory>
#include <string_view>

#include "newsdex/search/searcher.hpp"

namespace newsdex::search {

class Printer {
  public:
    virtual ~Printer() = default;
    virtual void print(const SearchResult& result) = 0;
    // A whole stored story (search --show).
    virtual void print_story(const Document& story) = 0;
    // The number of matches (search --count).
    virtual void print_count(Xapian::doccount matches) = 0;
};

enum class ColorChoice { kAuto, kAlways, kNever };

// Parses --color's value; throws std::invalid_argument for others.
ColorChoice parse_color_choice(std::string_view value);

// auto: colour only on a terminal, and not when NO_COLOR is set or
// TERM=dumb; always/never: as told.
bool use_color(ColorChoice choice, int fd);

// Human-readable: rank, title, date, id, score, snippet. Highlights are
// bold red on a terminal, **marked** like this otherwise.
// `columns`: the terminal's width, which the date histogram fills (0: not
// a terminal, 40-column bars).
std::unique_ptr<Printer> make_text_printer(std::ostream& out, bool color, std::size_t columns = 0);
std::size_t terminal_columns(int fd);
// Facets as CSV (facet,value,count), for spreadsheets.
std::unique_ptr<Printer> make_csv_printer(std::ostream& out);

// One JSON object per hit and line; snippet highlights as byte offsets.
std::unique_ptr<Printer> make_json_printer(std::ostream& out);

}  // namespace newsdex::search
