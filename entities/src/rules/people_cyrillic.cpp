#include "newsdex/strings.hpp"
#include "rules.hpp"
#include "words.hpp"

// People in Russian and Ukrainian text: after a title and whose title it
// is, and by a given name alone.
namespace newsdex::entities::rules {

using newsdex::ends_with;
using newsdex::ends_with_any;

namespace {

// Only spaces and quotation marks between words a and b: "директор
// «Жасыл Энергии» Айдар".
bool quotes_between(const Context& c, std::size_t a, std::size_t b) {
    if (c.tokens[b].position != c.tokens[a].position + 1) return false;
    std::string_view gap = c.text.substr(c.tokens[a].end, c.tokens[b].begin - c.tokens[a].end);
    while (!gap.empty()) {
        std::size_t mark = gap.front() == ' ' || gap.front() == '"' ? 1 : 0;
        for (std::string_view quote : {"«", "»", "„", "“", "”"})
            if (!mark && gap.substr(0, quote.size()) == quote) mark = quote.size();
        if (!mark) return false;
        gap.remove_prefix(mark);
    }
    return true;
}

// Word k may be a word of a person's name in Cyrillic letters: a free name
// word, or a place named by it alone (Айсен is a region of Chile, Николаев
// a city); no initial, no word for a body.
bool cyrillic_name_word(const Context& c, std::size_t k) {
    static const cues::WordSet& body_nouns = cues::set("cyrillic-body-nouns");
    const Token& t = c.tokens[k];
    if (!entity_words::cyrillic(t) || !c.capitalized(k) || t.end - t.begin <= 2 ||
        c.is(k, body_nouns) || c.is(k, cues::place_heads()) || c.is(k, cues::organization_heads()))
        return false;
    if (!c.used[k]) return c.name_word(k);
    const Mention* alone = c.alone(k);
    return c.place[k] && alone && alone->type == EntityType::kPlace;
}

// The end of a Cyrillic person's name at word k, two words or three with a
// patronymic, ending before a word in lower case or punctuation; `k` for
// none. Its words are all places or none: a place beside a free word is
// whose title it is ("премьер Польши Мазовецкий") or part of a body's
// name ("Молоді України"). Not an adjective's form ("Северная Звезда"),
// nor a name in the instrumental ("с Джеймсом Миллером").
std::size_t cyrillic_name_end(const Context& c, std::size_t k) {
    static constexpr std::string_view adjective[] = {"ая", "яя", "ое", "ее",  "ые",
                                                     "ие", "ый", "ой", "ого", "ых"};
    static constexpr std::string_view patronymic[] = {"ович", "евич", "овна", "евна",
                                                      "ична", "івна", "іївна"};
    const auto& tokens = c.tokens;
    if (ends_with_any(tokens[k].text, adjective, 2)) return k;
    std::size_t end = k;
    while (end < tokens.size() && end - k < 3 && cyrillic_name_word(c, end) &&
           (end == k || c.adjacent(end - 1, end)))
        ++end;
    const bool middle = end - k == 3 && ends_with_any(tokens[k + 1].text, patronymic, 2);
    const bool more = end < tokens.size() && c.adjacent(end - 1, end) && c.capitalized(end);
    const bool instrumental =
        ends_with(tokens[k].text, "ом") && ends_with(tokens[end - 1].text, "ом");
    const bool name = (end - k == 2 || middle) && c.used[k] == c.used[end - 1];
    return name && !more && !instrumental ? end : k;
}

}  // namespace

// Russian and Ukrainian name a person after a title and whose title it is:
// "Глава Якутии Айсен Николаев", "генеральный директор «Жасыл Энергии»
// Айдар Сейткали", "представитель МИД России Мария Захарова". Between the
// title and the name, at most four words in lower case or named already.
void people_after_cyrillic_titles(Context& c) {
    if (c.language != "ru" && c.language != "uk") return;
    static const cues::WordSet& titles = cues::set("cyrillic-person-titles");
    const auto& tokens = c.tokens;
    for (std::size_t i = 0; i + 2 < tokens.size(); ++i) {
        if (!c.is(i, titles)) continue;
        for (std::size_t k = i + 1; k + 1 < tokens.size() && k <= i + 5; ++k) {
            if (!quotes_between(c, k - 1, k)) break;
            if (const std::size_t end = cyrillic_name_end(c, k); end > k) {
                c.claim(k, end - 1, EntityType::kPerson);
                i = end - 1;
                break;
            }
            if (!c.used[k] && c.capitalized(k) && !entity_words::all_capitals(c.text, tokens[k]))
                break;
        }
    }
}

// Russian and Ukrainian stories, and fiction most of all, name people by
// the given name alone ("Марина виявила", "спросил Максима"): a listed
// Cyrillic given name on its own is a person. (In English news a given name
// alone is rare, and Grace, Christian or Victoria are words or places.)
// Not an ordinary word that shares a name's key (Любов, love; Влада,
// power; Добре, well: cues).
void people_by_cyrillic_given_name(Context& c) {
    static const cues::WordSet& words = cues::set("cyrillic-given-names-also-words");
    const auto& tokens = c.tokens;
    for (std::size_t k = 0; k < tokens.size(); ++k) {
        if (!entity_words::cyrillic(tokens[k]) || !c.name_word(k) || c.is(k, words) ||
            !c.gazetteer.is_given_name(entity_words::key(tokens[k].text)) || c.after_capital(k) ||
            (k + 1 < tokens.size() && c.adjacent(k, k + 1) && c.capitalized(k + 1)))
            continue;
        c.claim(k, k, EntityType::kPerson);
    }
}

}  // namespace newsdex::entities::rules
