#include <algorithm>
#include <map>

#include "cues.hpp"
#include "newsdex/strings.hpp"
#include "rules.hpp"
#include "words.hpp"

// The rules for places no list has: head and lead words, datelines, "X,
// Country", "in X" and lists after it, "Port of" names.
namespace newsdex::entities::rules {

namespace {

// A Roman numeral in capitals continues a name: "Stade Mohammed V".
bool roman_numeral(const Context& c, std::size_t k) {
    static constexpr std::string_view kNumerals[] = {"i",   "ii",   "iii", "iv", "v",  "vi",
                                                     "vii", "viii", "ix",  "x",  "xi", "xii"};
    const Token& t = c.tokens[k];
    return std::find(std::begin(kNumerals), std::end(kNumerals), t.text) != std::end(kNumerals) &&
           entity_words::all_capitals(c.text, t);
}

}  // namespace

// Capitalised words ending in a head word: "Gyeonggi Province", "Signal
// Iduna Park", "Zaporizhzhia Nuclear Power Plant" (a gazetteer place
// inside becomes part of the name); and words after a leading one:
// "Estadio Benito Villamarín", "Lake Baikal".
void places_by_head_word(Context& c) {
    const auto& tokens = c.tokens;
    static const cues::WordSet& regions = cues::set("place-region-heads");
    static const cues::WordSet& facilities = cues::set("place-facility-heads");
    for (std::size_t i = 1; i < tokens.size(); ++i) {
        if (c.used[i] || !c.is(i, cues::place_heads())) continue;
        // English heads in English text only: "Ländern Town-Hall-Meetings".
        static const cues::WordSet& english = cues::set("place-heads-english-only");
        if (!c.language.empty() && c.language != "en" && c.is(i, english)) continue;
        // "Isabela province", "Belbek airbase": a head is often lower case,
        // after a name no list has (not "Kharkiv region", not "Russian
        // region").
        // "the Harpa concert hall": a word for what the facility is for
        // between the name and a lower-case head.
        static const cues::WordSet& uses = cues::set("place-facility-uses");
        const std::size_t named = i > 1 && !c.capitalized(i) && c.is(i - 1, uses) &&
                                          !c.capitalized(i - 1) && c.adjacent(i - 1, i)
                                      ? i - 1
                                      : i;
        const bool lower_head = !c.capitalized(i) && c.adjacent(named - 1, named) &&
                                c.name_word(named - 1) && !demonym(tokens[named - 1].text);
        const bool lower_region = lower_head && c.is(i, regions);
        // ("a TV port", "the USB port": a device's, not a harbour.)
        const bool lower_facility = lower_head && c.is(i, facilities) &&
                                    !entity_words::all_capitals(c.text, tokens[named - 1]);
        if (!c.capitalized(i) && !lower_region && !lower_facility) continue;
        // (A hyphen joins words of the name: "Tien Lang Hi-Tech Park".)
        auto joined = [&](std::size_t k) {
            return c.adjacent(k - 1, k) || (hyphenated(c, k - 1, k) && c.capitalized(k - 1));
        };
        std::size_t start = named;
        while (start > 0 && i - start < 4 && joined(start) && !c.possessive(start - 1) &&
               (c.name_word(start - 1) || (c.place[start - 1] && c.capitalized(i))))
            --start;
        if (start == named) continue;
        // "Lee Hall", "Morgan Creek": a given name before a head that is also
        // a surname is a person's or a firm's name.
        static const cues::WordSet& surnames = cues::set("place-heads-also-surnames");
        if (start + 1 == i && c.capitalized(i) && c.is(i, surnames) &&
            c.gazetteer.is_given_name(entity_words::key(tokens[start].text)))
            continue;
        // "the UK Music Hall of Fame": an honour, not a hall.
        if (i + 2 < tokens.size() && tokens[i + 1].text == "of" && tokens[i + 2].text == "fame")
            continue;
        // "King Talal Dam", "Queen Alia International Airport": a facility
        // named after a person keeps the title.
        if (start > 0 && c.is(i, facilities) && c.adjacent(start - 1, start) &&
            !c.used[start - 1] && c.capitalized(start - 1) &&
            c.is(start - 1, cues::person_titles()))
            --start;
        // "Isabela province" is Isabela, "Venizelou station" Venizelou;
        // "Gyeonggi Province" is its name.
        if (lower_region || lower_facility) {
            c.claim(start, named - 1, EntityType::kPlace);
            std::fill(c.used.begin() + named, c.used.begin() + i + 1, true);
        } else {
            c.claim(start, i, EntityType::kPlace);
        }
    }
    // "Leopoldstraße", "Herrengasse": a German street in one word (not
    // "die Landesstraße", a kind of road).
    static const cues::WordList& streets = cues::list("street-endings");
    static const cues::WordSet& roads = cues::set("street-words-not-names");
    for (std::size_t i = 0; i < tokens.size(); ++i)
        if (!c.used[i] && c.capitalized(i) && !c.is(i, roads) &&
            std::any_of(streets.begin(), streets.end(), [&](std::string_view end) {
                return newsdex::ends_with(tokens[i].text, end, 3);
            }))
            c.claim(i, i, EntityType::kPlace);
    for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
        if (c.used[i] || !c.capitalized(i) || !c.is(i, cues::place_leads())) continue;
        std::size_t end = i + 1;
        // "Lake Naivasha": a listed town gives its name to the lake.
        auto run_on = [&] {
            // ("Rua General Câmara", "Avenida Presidente Vargas": a title
            // inside a street's name, before the name it honours.)
            auto titled = [&](std::size_t k) {
                return k + 1 < tokens.size() && c.capitalized(k) &&
                       c.is(k, cues::person_titles()) && c.adjacent(k, k + 1) && c.name_word(k + 1);
            };
            while (end < tokens.size() && end - i <= 3 && c.adjacent(end - 1, end) &&
                   (c.name_word(end) || (c.place[end] && c.capitalized(end)) ||
                    (end > i + 1 && roman_numeral(c, end)) || (end == i + 1 && titled(end))) &&
                   !c.possessive(end - 1))
                ++end;
        };
        run_on();
        // "Estádio Municipal de Braga", "Plaza de Mayo": once, a Romance "de"
        // and more of the name.
        static const cues::WordSet& links = cues::set("place-name-links");
        if (end > i + 1 && end + 1 < tokens.size() && c.is(end, links) && !c.capitalized(end) &&
            c.adjacent(end - 1, end) && c.adjacent(end, end + 1) &&
            (c.name_word(end + 1) || (c.place[end + 1] && c.capitalized(end + 1)))) {
            end += 2;
            run_on();
        }
        if (end > i + 1) c.claim(i, end - 1, EntityType::kPlace);
    }
}

// A capitalised word of direction before a listed place names a region of
// it: "West Africa", "Southeast Sulawesi", "Western Visayas". (Listed
// names such as "North Korea" or "South Africa" were matched whole.)
void places_with_compass_points(Context& c) {
    static const cues::WordSet& directions = cues::set("place-compass-words");
    for (std::size_t i = 0; i + 1 < c.tokens.size(); ++i) {
        if (c.used[i] || !c.capitalized(i) || !c.is(i, directions) || !c.adjacent(i, i + 1) ||
            !c.place[i + 1] || !c.capitalized(i + 1))
            continue;
        const Mention* place = c.found.covering(c.tokens[i + 1].begin, c.tokens[i + 1].end);
        if (!place || place->type != EntityType::kPlace || place->begin != c.tokens[i + 1].begin)
            continue;
        std::size_t last = i + 1;
        while (last + 1 < c.tokens.size() && c.tokens[last + 1].end <= place->end)
            ++last;
        c.claim(i, last, EntityType::kPlace);
        i = last;
    }
}

namespace {

// "PASADENA" -> "Pasadena" (ASCII letters only; others stay).
std::string title_cased(const std::string& words) {
    std::string out = words;
    bool start = true;
    for (char& ch : out) {
        if (!start && ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
        start = ch == ' ' || ch == '-';
    }
    return out;
}

}  // namespace

namespace {

// "PORTLAND, Ore., Feb 26 -": the state after a dateline's city, in the
// wire's abbreviation.
void dateline_state(Context& c, std::uint32_t after_city) {
    static const cues::Table& states = cues::table("us-state-abbreviations");
    const std::size_t begin = after_city + 2, end = c.text.find(',', begin);
    if (c.text.substr(after_city, 2) != ", " || end == std::string_view::npos) return;
    const auto it = states.find(std::string(c.text.substr(begin, end - begin)));
    if (it != states.end())
        c.found.add(EntityType::kPlace, it->second, static_cast<std::uint32_t>(begin),
                    static_cast<std::uint32_t>(end));
}

}  // namespace

// "PASADENA, California, December 2, 2025 --": a wire story opens with
// the place it was filed from, in capitals.
void places_in_datelines(Context& c) {
    const auto& tokens = c.tokens;
    const std::size_t first = first_body_word(c);
    std::size_t end = first;
    // Hangul and Han are "all capitals" too, a script without case, and
    // their wires write no such dateline ("(서울=연합뉴스)"; Arabic does:
    // "رادس (وات) -").
    while (end < tokens.size() && end - first < 3 &&
           entity_words::all_capitals(c.text, tokens[end]) && tokens[end].text.size() > 1 &&
           !entity_words::hangul(tokens[end]) && !entity_words::han_or_kana(tokens[end]) &&
           (end == first || c.adjacent(end - 1, end)))
        ++end;
    if (end == first || c.used[first] || end >= tokens.size()) return;
    const std::uint32_t after = tokens[end - 1].end;
    const bool separated = c.text.substr(after, 1) == "," || c.text.substr(after, 3) == " --" ||
                           c.text.substr(after, 2) == " (";
    // An Arabic dateline is "رادس (وات) -", the agency in parentheses and
    // a dash after them; other first words before a comma or a
    // parenthesis open a sentence.
    if (entity_words::arabic(tokens[first])) {
        const std::size_t close = c.text.find(')', after);
        if (c.text.substr(after, 2) != " (" || close == std::string_view::npos ||
            close > after + 40 || c.text.substr(close + 1, 2) != " -")
            return;
    }
    if (!separated) return;
    c.claim(
        first, end - 1, EntityType::kPlace,
        title_cased(std::string(c.text.substr(tokens[first].begin, after - tokens[first].begin))));
    dateline_state(c, after);
}

// "Córdoba, Argentina", "Aarhus, Denmark": a name followed by a comma and
// a known place is a place in it.
void places_before_a_known_place(Context& c) {
    const auto& tokens = c.tokens;
    for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
        // Hangul, Han and Arabic have no capitals to tell a name by.
        if (c.used[i] || c.after_capital(i) || entity_words::hangul(c.tokens[i]) ||
            entity_words::han_or_kana(c.tokens[i]) || entity_words::arabic(c.tokens[i]))
            continue;
        // German capitalises nouns: "die Gemeinden Meckenbeuren, Tettnang".
        if (c.language == "de" && i + 1 < tokens.size() && c.adjacent(i, i + 1) &&
            german_dictionary_word_at(c, i))
            ++i;
        const std::size_t end = name_run(c, i, 2);
        if (end == i || end >= tokens.size() || !c.place[end]) continue;
        // "Sun Interbrew, Russia's second-largest brewer": a description.
        std::size_t last = end;
        while (last + 1 < tokens.size() && c.place[last + 1] && c.adjacent(last, last + 1))
            ++last;
        if (c.possessive(last)) continue;
        const std::uint32_t gap = tokens[end - 1].end;
        if (c.text.substr(gap, 2) == ", " && tokens[end].begin == gap + 2 &&
            !c.gazetteer.is_given_name(entity_words::key(tokens[i].text)))
            c.claim(i, end - 1, EntityType::kPlace);
    }
}

namespace {

// The end of a name that goes on after hyphens: "Souss-Massa".
std::size_t hyphen_run(const Context& c, std::size_t end) {
    while (end < c.tokens.size() && hyphenated(c, end - 1, end) && c.name_word(end))
        ++end;
    return end;
}

// One past a known place's words from word k.
std::size_t known_place_end(const Context& c, std::size_t k) {
    std::size_t end = k + 1;
    while (end < c.tokens.size() && c.place[end] && c.adjacent(end - 1, end))
        ++end;
    return end;
}

// One past the words of a name no list has from `first` that could be a
// place (not a possessive, a nationality or a given name), or `first`.
// Some listed organisation's name starts with this word.
bool opens_organization_names(const Context& c, const std::string& key) {
    const auto* entries = c.gazetteer.starting_with(key);
    if (!entries) return false;
    return std::any_of(entries->begin(), entries->end(), [](const Gazetteer::Entry* e) {
        return e->type == EntityType::kOrganization && e->words.size() > 1;
    });
}

// (A one-word name that opens listed organisations' names is one of them
// said short: "a huge figure in Labour", "in Conservative hands". A name
// that starts with a given name is a person's, unless `given_name_first`.)
std::size_t unknown_place_end(const Context& c, std::size_t first, bool given_name_first = false) {
    const std::size_t run = name_run(c, first, 2);
    const std::size_t end = run == first ? first : hyphen_run(c, run);
    const std::string key = entity_words::key(c.tokens[first].text);
    if (end == first || c.possessive(end - 1) || demonym(c.tokens[first].text) ||
        (!given_name_first && c.gazetteer.is_given_name(key)) ||
        (end == first + 1 && opens_organization_names(c, key)))
        return first;
    return end;
}

// Where a list of places goes on after the place ending before word
// `next`: ", Sitia and Rhodes". Claims each further name, up to the end of
// the list; a name followed by a verb of speech or a possessive is a
// person's ("in Lagos, Okafor said").
void places_in_a_list(Context& c, std::size_t next) {
    const auto& tokens = c.tokens;
    while (next < tokens.size()) {
        const std::uint32_t gap = tokens[next - 1].end;
        const std::string_view joint = c.text.substr(gap, tokens[next].begin - gap);
        std::size_t first = next;
        if (joint == " " && tokens[next].text == "and" && next + 1 < tokens.size() &&
            c.adjacent(next, next + 1))
            first = next + 1;
        else if (joint != ", " && joint != ", and ")
            return;
        if (c.place[first] && c.used[first]) {  // a known place: the list goes on
            next = known_place_end(c, first);
            continue;
        }
        const std::size_t end = unknown_place_end(c, first);
        if (end == first) return;
        if (end < tokens.size()) {
            const std::string_view after = c.text.substr(tokens[end - 1].end, 2);
            const bool listed = after == ", " || (after == " a" && tokens[end].text == "and");
            const bool closed =
                after.empty() || std::string_view(".;:)").find(after[0]) != std::string_view::npos;
            if (c.is(end, cues::speech_verbs()) ||
                (!listed && !closed && (c.capitalized(end) || first == next)))
                return;
        }
        c.claim(first, end - 1, EntityType::kPlace);
        next = end;
    }
}

}  // namespace

namespace {

// Whether word k (lower case, joined to the next) is one of `words`.
bool cue_at(const Context& c, std::size_t k, const cues::WordSet& words) {
    return c.is(k, words) && !c.capitalized(k) && c.adjacent(k, k + 1);
}

}  // namespace

bool after_preposition_of_place(const Context& c, std::size_t i) {
    static const cues::WordSet& prepositions = cues::set("place-prepositions");
    static const cues::WordSet& qualifiers = cues::set("place-qualifiers");
    static const cues::WordSet& stakes = cues::set("company-stake-nouns");
    static const cues::WordSet& roles = cues::set("work-roles-before-in");
    // "a stake in Sun Interbrew": a company; "starred in Closer": a work.
    if (i >= 2 && c.tokens[i - 1].text == "in" && (c.is(i - 2, stakes) || c.is(i - 2, roles)))
        return false;
    if (i >= 1 && cue_at(c, i - 1, prepositions)) return true;
    if (i >= 2 && cue_at(c, i - 1, qualifiers) && cue_at(c, i - 2, prepositions)) return true;
    return i >= 2 && c.tokens[i - 1].text == "of" && !c.capitalized(i - 1) &&
           c.adjacent(i - 1, i) && cue_at(c, i - 2, cues::compass_points());
}

namespace {

// The place named at word `first` (a known one, or one guessed unless a
// capitalised word runs on) and the list after it: after a known place
// always, after a guessed one when `list_after_guess` or a comma says so
// ("in Guinobatan, Camalig and Daraga"; not "in Bride and Prejudice").
void places_from(Context& c, std::size_t first, bool list_after_guess) {
    const auto& tokens = c.tokens;
    if (c.place[first] && c.used[first]) {
        places_in_a_list(c, known_place_end(c, first));
        return;
    }
    const std::size_t end = unknown_place_end(c, first);
    if (end == first || (end < tokens.size() && c.adjacent(end - 1, end) && c.capitalized(end)))
        return;
    c.claim(first, end - 1, EntityType::kPlace);
    if (list_after_guess || (end < tokens.size() && c.text.substr(tokens[end - 1].end, 2) == ", "))
        places_in_a_list(c, end);
}

}  // namespace

// "in Aarhus", "near Vasylivka", "across northern Luzon", "north of
// Kherson": a name after a preposition of place; and the names listed
// after a known place ("in Crete, Sitia and Rhodes"), or after a guessed
// one with commas ("in Guinobatan, Camalig and Daraga"; not "in Bride and
// Prejudice").
void places_after_prepositions(Context& c) {
    const auto& tokens = c.tokens;
    for (std::size_t i = 1; i < tokens.size(); ++i)  // the text's last word too
        if (after_preposition_of_place(c, i)) places_from(c, i, false);
}

// "areas such as Bebeji and Gwarzo", "islands such as Bhola and Hatiya":
// the names after a plural word for places and "such as".
void places_such_as(Context& c) {
    static const cues::WordSet& plurals = cues::set("place-plurals");
    const auto& tokens = c.tokens;
    for (std::size_t i = 1; i + 2 < tokens.size(); ++i) {
        if (tokens[i].text != "such" || tokens[i + 1].text != "as" || !c.is(i - 1, plurals) ||
            !c.adjacent(i - 1, i) || !c.adjacent(i, i + 1) || !c.adjacent(i + 1, i + 2))
            continue;
        places_from(c, i + 2, true);
    }
}

// "Port of Tema", "Gulf of Aden", "Isle of Skye": a water or land word, "of"
// and a name.
void places_named_with_of(Context& c) {
    const auto& tokens = c.tokens;
    static const cues::WordSet& leads = cues::set("place-of-leads");
    for (std::size_t i = 0; i + 2 < tokens.size(); ++i) {
        if (c.used[i] || !c.capitalized(i) || !c.is(i, leads) || tokens[i + 1].text != "of" ||
            c.capitalized(i + 1) || !c.adjacent(i, i + 1) || !c.adjacent(i + 1, i + 2))
            continue;
        std::size_t end = i + 2;
        while (end < tokens.size() && end - i <= 4 && (end == i + 2 || c.adjacent(end - 1, end)) &&
               c.capitalized(end) && (c.name_word(end) || c.place[end]) &&
               (end == i + 2 || !c.possessive(end - 1)))
            ++end;
        if (end == i + 2) continue;
        c.claim(i, end - 1, EntityType::kPlace);
        i = end - 1;
    }
}

// "Tiznit-based", "Lagos-born": a name before "-based" or "-born" is a
// place (not "German-born", a nationality, nor "Linux-based" or "PC-based").
void places_before_based(Context& c) {
    const auto& tokens = c.tokens;
    static const cues::WordSet& platforms = cues::set("based-platforms");
    for (std::size_t k = 0; k + 1 < tokens.size(); ++k) {
        if ((tokens[k + 1].text != "based" && tokens[k + 1].text != "born") ||
            !hyphenated(c, k, k + 1) || !c.name_word(k) || demonym(tokens[k].text) ||
            entity_words::all_capitals(c.text, tokens[k]) || c.is(k, platforms) ||
            c.is(k, cues::organization_heads()))
            continue;
        std::size_t start = k;
        while (start > 0 && k - start < 2 && c.adjacent(start - 1, start) && c.name_word(start - 1))
            --start;
        c.claim(start, k, EntityType::kPlace);
    }
}

// "the town of Sitia", "mayor of Talca": a name after "of" and a word for
// a place or its office (before the rules for people: "the town of Tierra
// Amarilla" is no person).
void places_after_place_nouns(Context& c) {
    const auto& tokens = c.tokens;
    static const cues::WordSet& offices = cues::set("place-offices");
    for (std::size_t i = 2; i < tokens.size(); ++i) {
        if (tokens[i - 1].text != "of" || c.capitalized(i - 1) ||
            !(c.is(i - 2, cues::settlement_nouns()) || c.is(i - 2, offices)) ||
            c.capitalized(i - 2) || !c.adjacent(i - 2, i - 1) || !c.adjacent(i - 1, i))
            continue;
        // "the town of Tierra Amarilla": a settlement's name may start
        // with a given name; an office's holder's ("mayor of Paris") not.
        const bool settlement = c.is(i - 2, cues::settlement_nouns());
        const std::size_t end = unknown_place_end(c, i, settlement);
        if (end > i && (end == tokens.size() || !c.adjacent(end - 1, end) || !c.capitalized(end)))
            c.claim(i, end - 1, EntityType::kPlace);
    }
}

// "from Almaty to Tokyo": two names a journey joins.
void places_on_a_journey(Context& c) {
    const auto& tokens = c.tokens;
    for (std::size_t i = 1; i + 2 < tokens.size(); ++i) {
        if (tokens[i - 1].text != "from" || c.capitalized(i - 1) || !c.adjacent(i - 1, i)) continue;
        const std::size_t from_end =
            c.place[i] && c.used[i] ? known_place_end(c, i) : unknown_place_end(c, i);
        if (from_end == i || from_end + 1 >= tokens.size() || tokens[from_end].text != "to" ||
            !c.adjacent(from_end - 1, from_end) || !c.adjacent(from_end, from_end + 1))
            continue;
        const std::size_t to = from_end + 1;
        const std::size_t to_end =
            c.place[to] && c.used[to] ? known_place_end(c, to) : unknown_place_end(c, to);
        if (to_end == to ||
            (to_end < tokens.size() && c.adjacent(to_end - 1, to_end) && c.capitalized(to_end)))
            continue;
        if (!c.used[i]) c.claim(i, from_end - 1, EntityType::kPlace);
        if (!c.used[to]) c.claim(to, to_end - 1, EntityType::kPlace);
    }
}

std::size_t place_name_end(const Context& c, std::size_t first) {
    return unknown_place_end(c, first);
}

// "Sitia, a port town on Crete", "Tongi, an industrial suburb": a name in
// apposition to a word for a settlement or region is a place.
void places_in_apposition(Context& c) {
    const auto& tokens = c.tokens;
    for (std::size_t i = 0; i + 3 < tokens.size(); ++i) {
        if (c.used[i] || c.after_capital(i)) continue;
        const std::size_t end = unknown_place_end(c, i);
        if (end == i || end + 1 >= tokens.size() || c.text.substr(tokens[end - 1].end, 2) != ", ")
            continue;
        const std::string& article = tokens[end].text;
        if ((article != "a" && article != "an" && article != "the") || c.capitalized(end)) continue;
        // The noun within the next three words, before any comma.
        for (std::size_t k = end + 1; k < tokens.size() && k <= end + 3; ++k) {
            if (!c.adjacent(k - 1, k) && !hyphenated(c, k - 1, k)) break;
            if (c.is(k, cues::settlement_nouns()) && !c.capitalized(k)) {
                c.claim(i, end - 1, EntityType::kPlace);
                break;
            }
        }
    }
}

}  // namespace newsdex::entities::rules
