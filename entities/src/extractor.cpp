#include <algorithm>
#include <map>
#include <optional>
#include <set>

#include "cues.hpp"
#include "newsdex/entities/extractor.hpp"
#include "rules/rules.hpp"
#include "words.hpp"

namespace newsdex::entities {

namespace {

using entity_words::all_capitals;

// Text that is mostly capitals (TIME, wire headlines) tells nothing by
// capitalisation: the rules stay off there.
bool mostly_capitals(std::string_view text) {
    std::size_t upper = 0, lower = 0, other = 0;
    for (char c : text.substr(0, 4000)) {
        upper += c >= 'A' && c <= 'Z';
        lower += c >= 'a' && c <= 'z';
        other += static_cast<unsigned char>(c) >= 0x80;
    }
    // Chinese or Korean text with a few Latin acronyms (GDP, BIFF) is not
    // a text in capitals.
    return lower < upper && (upper >= 50 || other == 0);
}

// Whether a Korean word names entry `e` by its leading part `key`: the
// part is the word, or a particle follows it ("북한이"). A place also names
// the first part of a compound ("한국영화") and of a place's own name
// ("서울시", "부산항"), but not of a body's ("울산환경운동연합": the body
// rule names it); one syllable more makes another word ("두마리", two
// animals, is no Duma), and a body or person is named by the whole word
// ("현대건설" is no Hyundai, "삼성동" no Samsung).
bool hangul_word_names(const rules::Context& c, std::size_t k, const std::string& key,
                       const Gazetteer::Entry& e) {
    const std::string& word = c.tokens[k].text;
    if (!entity_words::hangul(c.tokens[k]) || word.size() <= key.size() ||
        word.compare(0, key.size(), key) != 0)
        return true;
    static const cues::WordSet& place_suffixes = cues::set("korean-place-suffixes");
    if (rules::korean_name_then_ending(key, word)) return true;
    const std::string rest = word.substr(key.size());
    if (e.type != EntityType::kPlace) return false;
    // "제주국제공항과" names the airport, found by its word later.
    if (!rules::korean_place_word(c, k).empty()) return false;
    return rest.size() > 3 ? rules::korean_body_name(word).empty() : place_suffixes.count(rest) > 0;
}

// Of two listed names as long, whether `e` is the one to take over `best`.
bool outranks(const Gazetteer::Entry& e, const Gazetteer::Entry& best) {
    if (best.language[0] != e.language[0]) return !best.language[0];
    return best.town && !e.town;
}

// The longest gazetteer name starting at token i, if any.
const Gazetteer::Entry* gazetteer_name_at(const rules::Context& c, std::size_t i) {
    // A name matches only where its first word is written with a capital
    // (or in a script without case), or is one its owner writes in lower
    // case (dpa). Most words are not: they are turned away before any
    // look-up.
    static const cues::WordSet& lower_case_names = cues::set("names-in-lower-case");
    if (!c.written_with_capital(i) && !c.is(i, lower_case_names)) return nullptr;
    const auto& tokens = c.tokens;
    const Gazetteer::Entry* best = nullptr;
    // A legal form (ПрАТ, ТОВ, ООО) is no name of its own, whatever a
    // Cyrillic key without its final vowel meets (ПрАТ: Prato).
    static const cues::WordSet& legal_forms = cues::set("cyrillic-legal-forms");
    if (c.is(i, legal_forms)) return nullptr;
    for (const std::string& key : c.candidates(i)) {
        const auto* entries = c.gazetteer.starting_with(key);
        if (!entries) continue;
        for (const Gazetteer::Entry* e : *entries) {
            const std::size_t n = e->words.size();
            if (!e->in_language(c.language) || i + n > tokens.size()) continue;
            // Of names as long, one meant for the text's language wins, and
            // any other over a small town's.
            if (best &&
                (n < best->words.size() || (n == best->words.size() && !outranks(*e, *best))))
                continue;
            bool match = true;
            for (std::size_t k = 1; k < n && match; ++k) {
                const auto& words = c.candidates(i + k);
                match = tokens[i + k].position == tokens[i + k - 1].position + 1 &&
                        std::find(words.begin(), words.end(), e->words[k]) != words.end() &&
                        (k + 1 < n || !e->capital_last || c.written_with_capital(i + k));
            }
            for (std::size_t k = 0; k < n && match && e->capitals_only; ++k)
                match = all_capitals(c.text, tokens[i + k]);
            match = match && (n > 1 || c.gazetteer.form_matches(*e, tokens[i].text)) &&
                    hangul_word_names(c, i + n - 1, e->words.back(), *e);
            if (match) best = e;
        }
    }
    return best;
}

}  // namespace

const Gazetteer::Entry* rules::listed_name_at(const rules::Context& c, std::size_t i) {
    return gazetteer_name_at(c, i);
}

bool rules::listed_one_word_place(const rules::Context& c, std::size_t k) {
    const Gazetteer::Entry* place = gazetteer_name_at(c, k);
    return place && place->type == EntityType::kPlace && place->words.size() == 1;
}

namespace {

// Where a matched "Santa Monica, California" has its comma: the word
// after it, or `last + 1` for none.
std::size_t after_comma(const rules::Context& c, std::size_t first, std::size_t last) {
    for (std::size_t k = first + 1; k <= last; ++k)
        if (c.text.substr(c.tokens[k - 1].end, 1) == ",") return k;
    return last + 1;
}

// A one-word place that is also an ordinary word of the text's language
// ("Mitte des Jahres", "auf dem Hof") is the place only right after a
// preposition of place ("in Mitte", "nach Hof").
bool ordinary_word(const rules::Context& c, std::size_t i, const Gazetteer::Entry& e) {
    if (e.type != EntityType::kPlace || e.words.size() != 1 || c.language.empty()) return false;
    const cues::WordSet* words = cues::find_set("place-common-words-" + std::string(c.language));
    if (!words || !c.is(i, *words)) return false;
    const cues::WordSet* prepositions =
        cues::find_set("place-prepositions-" + std::string(c.language));
    return !(i > 0 && c.adjacent(i - 1, i) && prepositions && c.is(i - 1, *prepositions));
}

// A place's short name that is the first word of its canonical one ("Rio"
// for Rio de Janeiro) and runs into another capitalised word names
// something else: "Río Indio", "Rio Tinto".
bool short_name_runs_on(const rules::Context& c, std::size_t i, const Gazetteer::Entry& e) {
    return e.type == EntityType::kPlace && e.opens_canonical && i + 1 < c.tokens.size() &&
           c.adjacent(i, i + 1) && c.name_word(i + 1);
}

// A club named by an everyday word (الهلال, the crescent; النصر, victory)
// is the club only in a story about sport: one with a word of the game
// (looked for once per text: `about_sport` is empty until then).
bool club_outside_sport(const rules::Context& c, std::size_t i, const Gazetteer::Entry& e,
                        std::optional<bool>& about_sport) {
    static const cues::WordSet& clubs = cues::set("arabic-clubs-that-are-words");
    static const cues::WordSet& sport = cues::set("arabic-sports-words");
    if (e.type != EntityType::kOrganization || e.words.size() != 1 || !c.is(i, clubs)) return false;
    if (!about_sport) {
        about_sport = false;
        for (std::size_t k = 0; k < c.tokens.size() && !*about_sport; ++k)
            about_sport = c.is(k, sport);
    }
    return !*about_sport;
}

// A capitalised name or a place runs into word `first`: a name found at
// `first` may be part of a longer one ("Nepal Red Cross Society"), which
// the head word's rule finds.
bool starts_earlier(const rules::Context& c, std::size_t first) {
    return first > 0 && c.adjacent(first - 1, first) &&
           (c.name_word(first - 1) || c.place[first - 1]);
}

// The last word of a listed company's mention: its legal forms after it
// ("Nissan Motor Co Ltd", "Royal Dutch/Shell Group"), and the country or
// "International" of a branch before one ("Merrill Lynch Canada Inc",
// "Goldman Sachs International Corp": the company's own arms).
std::size_t company_forms_after(const rules::Context& c, std::size_t last) {
    static const cues::WordSet& group = cues::set("company-group-words");
    auto next_is = [&](std::size_t k, auto&& test) {
        return k + 1 < c.tokens.size() && c.adjacent(k, k + 1) && c.capitalized(k + 1) &&
               test(k + 1);
    };
    auto form = [&](std::size_t k) { return c.is(k, cues::company_suffixes()) || c.is(k, group); };
    auto branch = [&](std::size_t k) {
        return c.is(k, group) || rules::listed_one_word_place(c, k);
    };
    std::size_t end = last;
    while (next_is(end, branch))
        ++end;
    if (end > last &&
        !next_is(end, [&](std::size_t k) { return c.is(k, cues::company_suffixes()); }))
        end = last;  // a place after the name, no branch's
    while (next_is(end, form))
        ++end;
    return end;
}

// "United Nations Command", "University College Cork": a listed body's
// name that runs on through an organisation's head word (not an organ's:
// "ECB Executive Board member" names the ECB), or a college's
// through the one-word town of its campus, is another body's, named as the
// text writes it. The word that ends it, or `last` when it does not run on.
std::size_t body_runs_on(const rules::Context& c, std::size_t first, std::size_t last) {
    const std::size_t next = last + 1;
    if (next >= c.tokens.size() || !c.adjacent(last, next) || !c.capitalized(next) ||
        c.possessive(last))
        return last;
    static const cues::WordSet& organs = cues::set("organ-heads");
    if (c.is(next, cues::organization_heads()) && !c.is(next, organs) &&
        !c.is(next, cues::company_suffixes())) {
        if (starts_earlier(c, first)) return last;
        std::size_t end = next;
        while (end + 1 < c.tokens.size() && c.adjacent(end, end + 1) && c.capitalized(end + 1) &&
               c.is(end + 1, cues::organization_heads()))
            ++end;
        // Only a name that ends there: "Merrill Lynch Capital Markets" is
        // no "Merrill Lynch Capital".
        const bool more =
            end + 1 < c.tokens.size() && c.adjacent(end, end + 1) && c.capitalized(end + 1);
        return more ? last : end;
    }
    static const cues::WordSet& colleges = cues::set("campus-heads");
    if (!c.is(first, colleges) && !c.is(last, colleges)) return last;
    return rules::listed_one_word_place(c, next) ? next : last;
}

// A listed person's surname alone after a given name the list does not
// give them is another person's ("Олексій Кулеба" is not Dmytro Kuleba,
// whose full name would have matched from the given name on).
bool another_given_name(const rules::Context& c, std::size_t i, const Gazetteer::Entry& e) {
    if (e.type != EntityType::kPerson || e.words.size() != 1 || i == 0 || c.used[i - 1] ||
        !c.adjacent(i - 1, i) || !c.capitalized(i - 1))
        return false;
    const std::string given = entity_words::key(c.tokens[i - 1].text);
    if (!c.gazetteer.is_given_name(given)) return false;
    // A given name of any of the person's names is theirs ("Manuel" in
    // "José Manuel Barroso").
    for (const std::string& alias : c.gazetteer.alias_keys(EntityType::kPerson, e.canonical))
        if ((" " + alias + " ").find(" " + given + " ") != std::string::npos) return false;
    return true;
}

void gazetteer_names(rules::Context& c) {
    rules::TownVerdicts towns;
    std::optional<bool> about_sport;
    std::set<std::string> surnames_taken;  // canonicals of listed people
    for (std::size_t i = 0; i < c.tokens.size(); ++i) {
        const Gazetteer::Entry* best = gazetteer_name_at(c, i);
        if (!best || ordinary_word(c, i, *best) || club_outside_sport(c, i, *best, about_sport) ||
            rules::town_out_of_context(c, i, *best, towns) || short_name_runs_on(c, i, *best))
            continue;
        // The surname of a listed person that the story gives another
        // person: that person's, here and later ("Кулеба сказав").
        if (another_given_name(c, i, *best)) {
            surnames_taken.insert(best->canonical);
            continue;
        }
        if (best->type == EntityType::kPerson && best->words.size() == 1 &&
            surnames_taken.count(best->canonical))
            continue;
        std::size_t last = i + best->words.size() - 1;
        // "Santa Monica, California" names two places: the town (by its
        // full name) and the state, found on its own next. ("Washington,
        // D.C." stays one.)
        if (best->type == EntityType::kPlace && best->canonical.find(", ") != std::string::npos) {
            const std::size_t comma = after_comma(c, i, last);
            const Gazetteer::Entry* tail = comma <= last ? gazetteer_name_at(c, comma) : nullptr;
            if (tail && tail->type == EntityType::kPlace && tail->canonical != best->canonical)
                last = comma - 1;
        }
        // "Philippine Red Cross", "Indonesian Red Cross Society": a nation's
        // own branch of a listed body, named as the text writes it.
        if (best->type == EntityType::kOrganization && best->words.size() >= 2 && i > 0 &&
            !c.used[i - 1] && c.capitalized(i - 1) && c.adjacent(i - 1, i) &&
            rules::demonym(c.tokens[i - 1].text)) {
            if (last + 1 < c.tokens.size() && c.adjacent(last, last + 1) &&
                c.capitalized(last + 1) && c.is(last + 1, cues::organization_heads()))
                ++last;
            c.claim(i - 1, last, EntityType::kOrganization);
            i = last;
            continue;
        }
        if (best->type == EntityType::kOrganization) {
            // "Nissan Motor Co Ltd", "Royal Dutch/Shell Group" are Nissan and
            // Shell: legal forms after a listed company are part of its
            // mention (unless the name starts earlier, "Shearson Lehman
            // Brothers Inc": the head word's rule's).
            if (!starts_earlier(c, i)) last = company_forms_after(c, last);
            if (const std::size_t end = body_runs_on(c, i, last); end > last) {
                c.claim(i, end, EntityType::kOrganization);
                i = end;
                continue;
            }
        }
        c.found.add(best->type, best->canonical, c.tokens[i].begin, c.tokens[last].end);
        std::fill(c.used.begin() + i, c.used.begin() + last + 1, true);
        if (best->type == EntityType::kPlace)
            std::fill(c.place.begin() + i, c.place.begin() + last + 1, true);
        i = last;
    }
}

}  // namespace

std::map<EntityKey, int> salience(const std::vector<Mention>& mentions, std::uint32_t body_begin) {
    std::map<EntityKey, int> weight;
    for (const Mention& m : mentions)
        weight[{m.type, m.canonical}] += m.begin < body_begin + kLeadBytes ? 2 : 1;
    return weight;
}

EntityExtractor::EntityExtractor(const Gazetteer& gazetteer) : gazetteer_(gazetteer) {
    cues::load();  // here, so a missing list stops the run before the first story
}

namespace {

// Names are looked for in a story's first 256 KB and a title's first 4 KB:
// some rules look at every mention found for each word, so a hostile
// story of megabytes would cost seconds, and no news story names its
// actors first past that.
constexpr std::size_t kMaxBodyBytes = 256 * 1024;
constexpr std::size_t kMaxTitleBytes = 4 * 1024;

// `text` cut at a character's start at most `most` bytes in.
std::string_view head_of(std::string_view text, std::size_t most) {
    if (text.size() <= most) return text;
    std::size_t cut = most;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
        --cut;
    return text.substr(0, cut);
}

}  // namespace

Entities EntityExtractor::extract(std::string_view title, std::string_view body,
                                  std::string_view language) const {
    static const Analyzer analyzer = Analyzer::standard();
    title = head_of(title, kMaxTitleBytes);
    const std::string text =
        std::string(title) + "\n\n" + std::string(head_of(body, kMaxBodyBytes));
    return extract_from(text, analyzer.analyze(text), title.size(), language);
}

Entities EntityExtractor::extract(std::string_view title, const TokenList& title_tokens,
                                  std::string_view body, const TokenList& body_tokens,
                                  std::string_view language) const {
    // One text, one token list, as if analysed together: body offsets move
    // past the title, and its positions past a gap (no name spans both).
    title = head_of(title, kMaxTitleBytes);
    body = head_of(body, kMaxBodyBytes);
    const std::string text = std::string(title) + "\n\n" + std::string(body);
    TokenList tokens;
    for (const Token& token : title_tokens)
        if (token.end <= title.size()) tokens.push_back(token);
    const auto shift = static_cast<std::uint32_t>(title.size() + 2);
    const std::uint32_t first_position = tokens.empty() ? 0 : tokens.back().position + 2;
    tokens.reserve(tokens.size() + body_tokens.size());
    for (Token token : body_tokens) {
        if (token.end > body.size()) break;
        token.begin += shift;
        token.end += shift;
        token.position += first_position;
        tokens.push_back(std::move(token));
    }
    return extract_from(text, tokens, title.size(), language);
}

Entities EntityExtractor::extract_from(std::string_view text, const TokenList& tokens,
                                       std::size_t title_size, std::string_view language) const {
    rules::Context c(text, tokens, gazetteer_, title_size);
    c.language = language;
    gazetteer_names(c);
    if (mostly_capitals(text)) return c.found.result(c.body_begin);
    // Longer names before the shorter ones inside them: places and
    // organisations by their head words, then people by titles, given
    // names and speech; acronyms and surnames refer back to all of them.
    // A script's own rules only where the text writes in it.
    const rules::Scripts& in = c.scripts;
    rules::places_named_with_of(c);
    rules::places_by_head_word(c);
    rules::places_with_compass_points(c);
    if (in.arabic) rules::amman_or_oman(c);
    rules::turkish_clubs(c);  // before people: "Ege Yıldızspor" starts with a given name
    rules::clubs_and_teams_in_sport(c);
    if (language.empty() || language == "en") rules::places_after_place_nouns(c);
    if (in.hangul) rules::korean_companies_in_quotes(c);
    if (in.hangul) rules::people_in_hangul(c);
    if (in.han_or_kana) rules::people_in_han(c);
    if (in.arabic) rules::people_in_arabic(c);
    if (in.arabic) rules::people_by_foreign_given_names_in_arabic(c);
    rules::bodies_after_their_kind(c);  // before people: "Konzerns Transdev"
    rules::people_by_initials(c);
    rules::people_by_given_name(c);
    rules::organizations_in_german(c);
    rules::german_bodies_named_by_town(c);
    rules::organizations_in_french(c);
    rules::organizations_by_lead_word(c);
    rules::organizations_by_head_word(c);
    if (in.cyrillic) rules::organizations_in_cyrillic(c);
    if (in.hangul) rules::organizations_in_hangul(c);
    if (in.hangul) rules::organizations_by_korean_context(c);
    if (in.hangul) rules::people_in_hangul_by_context(c);
    if (in.han_or_kana) rules::japanese_companies_by_form(c);
    if (in.han_or_kana) rules::organizations_in_han(c);
    if (in.arabic) rules::organizations_in_arabic(c);
    if (in.arabic) rules::arabic_media_by_their_word(c);
    rules::organizations_by_context(c);
    if (in.arabic) rules::people_after_arabic_titles(c);
    if (in.arabic) rules::people_after_arabic_demonyms(c);
    if (in.arabic) rules::people_by_arabic_roles(c);
    rules::people_after_titles(c);
    if (in.cyrillic) rules::people_after_cyrillic_titles(c);
    rules::people_by_surname_first(c);
    rules::people_by_surname_ending(c);
    rules::people_who_speak(c);
    rules::people_in_apposition(c);
    rules::places_in_datelines(c);
    rules::agencies_in_datelines(c);
    rules::places_before_based(c);
    rules::places_before_a_known_place(c);
    rules::places_after_settlement_words(c);
    rules::places_after_german_prepositions(c);
    rules::places_closing_german_lists(c);
    if (in.arabic) rules::places_after_arabic_settlement_words(c);
    if (in.han_or_kana) rules::places_in_han_compounds(c);
    if (in.han_or_kana) rules::facilities_in_han(c);
    if (in.hangul) rules::places_in_korean_words(c);
    if (in.han_or_kana) rules::japanese_places_with_suffixes(c);
    if (in.han_or_kana) rules::japanese_places_inside_places(c);
    if (in.han_or_kana) rules::places_by_japanese_suffix(c);
    if (in.han_or_kana) rules::places_inside_chinese_places(c);
    if (in.han_or_kana) rules::chinese_counties_and_towns(c);
    rules::bare_places_among_places(c);
    if (in.han_or_kana) rules::chinese_rivers_and_lakes(c);
    if (language.empty() || language == "en") {
        rules::places_after_prepositions(c);
        rules::places_on_a_journey(c);
        rules::places_such_as(c);
        rules::places_in_apposition(c);
    }
    rules::acronyms_in_parentheses(c);
    rules::acronyms_after_articles(c);
    rules::later_mentions_of_people(c);
    if (in.cyrillic) rules::people_by_cyrillic_given_name(c);
    rules::people_that_are_works(c);
    if (in.cyrillic) rules::people_on_cyrillic_streets(c);
    if (in.cyrillic) rules::cyrillic_people_in_the_nominative(c);
    rules::one_name_per_entity(c);
    return c.found.result(c.body_begin);
}

}  // namespace newsdex::entities
