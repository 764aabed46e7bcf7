#include <string>
#include <string_view>

#include "rules.hpp"
#include "words.hpp"

// Japanese places whose listed name the text writes with more: a
// prefecture with its suffix, a Tokyo ward whose name a foreign place has.
namespace newsdex::entities::rules {

namespace {

constexpr std::string_view kPrefectureSuffixes[] = {"県", "都", "府"};
constexpr std::string_view kMunicipalSuffixes[] = {"区", "市", "町", "村"};

template <std::size_t N>
bool one_of(const std::string& word, const std::string_view (&words)[N]) {
    for (std::string_view w : words)
        if (word == w) return true;
    return false;
}

// Word k is free and joined to word k - 1.
bool joined_free(const Context& c, std::size_t k) {
    return k < c.tokens.size() && !c.used[k] && c.tokens[k].begin == c.tokens[k - 1].end;
}

}  // namespace

// "福島" "県": the prefecture's listed name and the suffix the analyser
// split off are one mention ("福島県", as news writes it); "東京都" "台東"
// "区": in an address a ward, not Taiwan's Taitung that a list writes so.
void japanese_places_with_suffixes(Context& c) {
    if (c.language != "ja") return;
    for (std::size_t k = 1; k + 1 < c.tokens.size(); ++k) {
        if (!c.place[k] || c.place[k + 1]) continue;
        const Mention* m = c.found.covering(c.tokens[k].begin, c.tokens[k].end);
        if (!m || m->type != EntityType::kPlace || m->end != c.tokens[k].end) continue;
        const std::string& next = c.tokens[k + 1].text;
        if (!joined_free(c, k + 1)) continue;
        const std::string canonical = m->canonical;
        if (one_of(next, kPrefectureSuffixes) && c.gazetteer.country_of(canonical) == "Japan") {
            std::size_t start = k;  // the mention's first word
            while (start > 0 && c.tokens[start - 1].end > m->begin)
                --start;
            c.claim(start, k + 1, EntityType::kPlace, canonical);
        } else if (one_of(next, kMunicipalSuffixes) && c.place[k - 1] &&
                   c.tokens[k - 1].end == c.tokens[k].begin &&
                   c.gazetteer.country_of(canonical) != "Japan" && m->begin == c.tokens[k].begin) {
            c.claim(k, k + 1, EntityType::kPlace);
        }
    }
}

}  // namespace newsdex::entities::rules
