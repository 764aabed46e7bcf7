#include <string_view>

#include "rules.hpp"
#include "words.hpp"

// A wire story's dateline names its agency in brackets after the town:
// "THE HAGUE (Reuters) -", "GRAZ (APA) –", "عمّان (بترا) -".
namespace newsdex::entities::rules {

namespace {

// The dash that closes a dateline after its bracket, with spaces around.
bool dash_after(std::string_view text, std::size_t at) {
    while (at < text.size() && text[at] == ' ')
        ++at;
    for (std::string_view dash : {"-", "\u2013", "\u2014"})
        if (text.substr(at, dash.size()) == dash) return true;
    return false;
}

}  // namespace

std::size_t first_body_word(const Context& c) {
    std::size_t first = 0;
    while (first < c.tokens.size() && c.tokens[first].begin < c.body_begin)
        ++first;
    return first;
}

// The words in brackets right after the first words of the body, before
// a dash: a news agency, unless a rule named it already.
void agencies_in_datelines(Context& c) {
    const auto& tokens = c.tokens;
    const std::size_t first = first_body_word(c);
    // The town: at most four words, then " (".
    for (std::size_t k = first; k < tokens.size() && k < first + 4; ++k) {
        if (c.text.substr(tokens[k].end, 2) != " (") continue;
        const std::size_t open = k + 1;
        std::size_t close = open;
        while (close < tokens.size() && close < open + 3 && tokens[close].end < c.text.size() &&
               c.text[tokens[close].end] != ')')
            ++close;
        if (close >= tokens.size() || close == open + 3 ||
            c.text.substr(tokens[close].end, 1) != ")" ||
            !dash_after(c.text, tokens[close].end + 1))
            return;
        for (std::size_t j = open; j <= close; ++j)
            if (c.used[j] || !c.written_with_capital(j) || (j > open && !c.adjacent(j - 1, j)))
                return;
        c.claim(open, close, EntityType::kOrganization);
        return;
    }
}

}  // namespace newsdex::entities::rules
