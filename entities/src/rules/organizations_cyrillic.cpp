#include <string>
#include <string_view>
#include <vector>

#include "newsdex/strings.hpp"
#include "rules.hpp"
#include "words.hpp"

// Organisations in Russian and Ukrainian text, where a body's name is one
// capitalised word and lower-case words in the genitive ("Міністерство
// оборони України") and a company's name stands in quotes after its legal
// form or a word for a company ("ПрАТ «Київстар»", "компании «Газпром»").
namespace newsdex::entities::rules {

namespace {

using entity_words::cyrillic;
using entity_words::starts_with_any;

// Words a body's name starts with: long stems in any case form, and the
// case forms of short nouns, whose stems start other words too (суд in
// Судья, банк in Банкир, парти in Партнер, сенат in Сенатор).
bool body_noun(const Context& c, std::size_t k) {
    static const cues::WordList& stems = cues::list("cyrillic-body-stems");
    static const cues::WordSet& forms = cues::set("cyrillic-body-nouns");
    return c.is(k, forms) || starts_with_any(c.tokens[k].text, stems);
}

// Adjectives that open a body's name before one of the nouns: "Верховна
// Рада", "Государственная дума", "Національний банк".
const std::vector<std::string_view>& body_adjectives() {
    static const cues::WordList& stems = cues::list("cyrillic-body-adjectives");
    return stems;
}

// An adjective by its ending, in any case: "Антимонопольний",
// "Харківській", "господарського", "Луцької" (a capital makes it part of
// a name before a body's noun).
bool cyrillic_adjective(const std::string& word) {
    return newsdex::ends_with_any(
        word,
        {"ий", "ій", "ая", "яя", "ое", "ее", "ого", "его",  "ому",  "ему",  "ої",   "ой",  "ей",
         "ую", "юю", "ою", "ым", "им", "ых", "их",  "ська", "цька", "зька", "ське", "цьке"},
        3);
}

// Legal forms, and words for a company, before a quoted name.
const cues::WordSet& legal_forms() {
    static const cues::WordSet& words = cues::set("cyrillic-legal-forms");
    return words;
}

const std::vector<std::string_view>& company_words() {
    static const cues::WordList& stems = cues::list("cyrillic-company-words");
    return stems;
}

// A lower-case word that continues a body's name: no verb (заявило,
// повідомили, сообщил), no small word (і, в, на, что).
// (Nor an adverb: "Суд також", "Суд тоді"; nor a genitive that refers
// back to a place: "Министерство энергетики республики", where no
// capitalised adjective names it: "Донецької області".)
bool name_continues(const Context& c, std::size_t k) {
    static const cues::WordSet& adverbs = cues::set("cyrillic-adverbs");
    static const cues::WordSet& referring = cues::set("cyrillic-referring-genitives");
    const Token& t = c.tokens[k];
    if (!cyrillic(t) || c.capitalized(k) || t.text.size() <= 6 || c.is(k, adverbs) ||
        (c.is(k, referring) && !c.capitalized(k - 1)))
        return false;
    return !newsdex::ends_with_any(
        t.text, {"ло", "ла", "ли", "ть", "ться", "лося", "лась", "ив", "ил",  "ав",
                 "ал", "ув", "яв", "ся", "сь",   "є",    "ет",   "ит", "ють", "ют"},
        2);
}

bool is_and(const std::string& word) {
    return word == "и" || word == "і" || word == "та";
}

// A word with a genitive's ending, as a body's name strings them:
// "развития", "гидрометеорологии", "інфраструктурного".
bool genitive(const std::string& word) {
    return newsdex::ends_with_any(word,
                                  {"ого", "его", "ых", "их", "ии", "ії", "ей", "ой", "ої", "ів",
                                   "ов", "ния", "ння", "ства", "ции", "ції", "тку", "ку", "ту"},
                                  3);
}

// The quoted name right after word k: «Київстар», "Газпром". Returns the
// first and one past the last word inside the quotes, or {0, 0}.
std::pair<std::size_t, std::size_t> quoted_after(const Context& c, std::size_t k) {
    const auto& tokens = c.tokens;
    if (k + 1 >= tokens.size()) return {0, 0};
    const std::string_view gap = c.text.substr(tokens[k].end, tokens[k + 1].begin - tokens[k].end);
    if (gap != " «" && gap != " \"" && gap != " \xE2\x80\x9C" && gap != " \xE2\x80\x9E")
        return {0, 0};
    std::size_t end = k + 1;
    while (end < tokens.size() && end - k <= 5) {
        const std::string_view after = c.text.substr(tokens[end].end, 3);
        ++end;
        if (after.substr(0, 2) == "\xC2\xBB" || after.substr(0, 1) == "\"" ||
            after == "\xE2\x80\x9D" || after == "\xE2\x80\x9C")
            return {k + 1, end};
    }
    return {0, 0};
}

// A name in quotes of its own at word k («Динамо», «Мистецького
// арсеналу»): one past its last word, or k when there is none.
std::size_t quoted_at(const Context& c, std::size_t k) {
    const auto& tokens = c.tokens;
    const std::uint32_t at = tokens[k].begin;
    if (at < 2 || c.text.substr(at - 2, 2) != "\xC2\xAB") return k;  // «
    for (std::size_t end = k; end < tokens.size() && end - k < 4; ++end) {
        if (end > k && !c.adjacent(end - 1, end) && !hyphenated(c, end - 1, end)) return k;
        if (c.text.substr(tokens[end].end, 2) == "\xC2\xBB") return end + 1;  // »
    }
    return k;
}

// The quoted name at word k names a body: its first word has a capital,
// and neither it nor the word before the quotes makes it a work, an event
// or a venue ("фильм «Брат»", "«Арена Львів»").
bool quoted_body(const Context& c, std::size_t k, std::size_t end) {
    static const cues::WordList& others = cues::list("cyrillic-quoted-not-bodies");
    if (end == k || !c.capitalized(k) || c.used[k]) return false;
    // A law's title: "Закон «Про публічні закупівлі»", "«О защите прав»".
    const std::string& first = c.tokens[k].text;
    if (starts_with_any(first, others) || first == "про" || first == "о" || first == "об")
        return false;
    return k == 0 || !cyrillic(c.tokens[k - 1]) || !starts_with_any(c.tokens[k - 1].text, others);
}

bool named_after_word(const std::string& word) {
    return word == "имени" || word == "імені";
}

// One past the person's name after "имени" at word `after - 1`: initials
// and a surname with a capital ("П. И. Мельникова", "Каразина"), or
// `after - 1` (dropping "имени") when none follows.
std::size_t named_after(const Context& c, std::size_t after) {
    const auto& tokens = c.tokens;
    if (after >= tokens.size() || !c.adjacent(after - 1, after)) return after - 1;
    std::size_t k = after;
    while (k + 1 < tokens.size() && k - after < 3 && tokens[k].text.size() <= 2 &&
           c.capitalized(k) && separated_by(c, k, k + 1, ". "))
        ++k;
    if (c.capitalized(k) && cyrillic(tokens[k]) && tokens[k].text.size() > 2) return k + 1;
    return after - 1;
}

}  // namespace

// A word of two to seven Cyrillic capitals that no list knows (АМКУ,
// КМДА, МВД, ФСБ) is a body's acronym: places in capitals (США, ДНР) are
// listed, and abbreviations of other things (ЗМІ, ПДВ, АЕС) are turned
// away, as are legal forms (ТОВ, ООО).
bool cyrillic_acronym(const Context& c, std::size_t k) {
    static const cues::WordSet& others = cues::set("cyrillic-acronyms-not-bodies");
    const Token& t = c.tokens[k];
    const std::size_t letters = t.text.size() / 2;  // two bytes each
    return letters >= 2 && letters <= 7 && t.end - t.begin == t.text.size() &&
           entity_words::all_capitals(c.text, t) && !c.is(k, others) && !c.is(k, legal_forms());
}

// A body's name in one word that starts with a short form of its kind:
// "Росгидромет", "Укравтодору", "Держрезерв", "Мінюст", "Мосгордума".
bool compound_body_name(const Context& c, std::size_t k) {
    static const cues::WordList& prefixes = cues::list("cyrillic-body-prefixes");
    static const cues::WordList& exceptions = cues::list("cyrillic-body-prefix-exceptions");
    const Token& t = c.tokens[k];
    if (!c.capitalized(k) || entity_words::all_capitals(c.text, t) ||
        t.end - t.begin != t.text.size() || starts_with_any(t.text, exceptions))
        return false;
    // "Минченко", "Генов": a surname, not a body.
    if (newsdex::ends_with_any(t.text, {"енко", "енка", "енку", "ович", "евич", "ський", "ский",
                                        "ов", "ова", "ев", "ева"}))
        return false;
    for (std::string_view prefix : prefixes)
        if (starts_with(t.text, prefix) && t.text.size() >= prefix.size() + 8) return true;
    return false;
}

void organizations_in_cyrillic(Context& c) {
    const auto& tokens = c.tokens;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (!cyrillic(tokens[i])) continue;
        if (!c.used[i] && compound_body_name(c, i) &&
            !(i + 1 < tokens.size() && c.adjacent(i, i + 1) && c.capitalized(i + 1))) {
            c.claim(i, i, EntityType::kOrganization);
            continue;
        }
        // A town's adjective the gazetteer took for the town opens a body's
        // name before its noun: "Краматорської міськради".
        const Mention* town = c.used[i] ? c.alone(i) : nullptr;
        if (c.used[i] &&
            !(town && town->type == EntityType::kPlace && i + 1 < tokens.size() &&
              cyrillic_adjective(tokens[i].text) && c.adjacent(i, i + 1) && body_noun(c, i + 1)))
            continue;
        if (cyrillic_acronym(c, i)) {
            c.claim(i, i, EntityType::kOrganization);
            continue;
        }
        if (i + 1 >= tokens.size()) break;
        const std::string& word = tokens[i].text;
        const bool legal_form = c.is(i, legal_forms());
        if (legal_form || starts_with_any(word, company_words())) {
            if (const auto [first, end] = quoted_after(c, i); end > first) {
                // Named by the quoted name: "ПрАТ «Київстар»" is Київстар.
                const std::string name(
                    c.text.substr(tokens[first].begin, tokens[end - 1].end - tokens[first].begin));
                c.claim(legal_form ? i : first, end - 1, EntityType::kOrganization, name);
                i = end - 1;
                continue;
            }
        }
        if (const std::size_t end = quoted_at(c, i); quoted_body(c, i, end)) {
            c.claim(i, end - 1, EntityType::kOrganization);
            i = end - 1;
            continue;
        }
        if (!c.capitalized(i)) continue;
        std::size_t j = i + 1, head = i;
        if (starts_with_any(word, body_adjectives()) || cyrillic_adjective(word)) {
            // Adjectives, then the body's noun: "Вищий господарський суд".
            while (j < tokens.size() && j - i < 3 && c.adjacent(j - 1, j) && !c.capitalized(j) &&
                   cyrillic(tokens[j]) && cyrillic_adjective(tokens[j].text) && !body_noun(c, j))
                ++j;
            if (j >= tokens.size() || !c.adjacent(j - 1, j) || !body_noun(c, j)) continue;
            head = j++;
        } else if (!body_noun(c, i)) {
            continue;
        }
        // Lower-case genitives and then perhaps a place: "оборони України";
        // joined by "и" to another genitive ("индустрии и инфраструктурного
        // развития") or after "по" ("управление по гидрометеорологии").
        while (j < tokens.size() && j - i < 9 && c.adjacent(j - 1, j) &&
               !named_after_word(tokens[j - 1].text)) {
            if (name_continues(c, j) || (c.place[j] && c.capitalized(j))) {
                ++j;
            } else if (j + 1 - i < 9 && j + 1 < tokens.size() && c.adjacent(j, j + 1) &&
                       name_continues(c, j + 1) &&
                       (tokens[j].text == "по" ||
                        (is_and(tokens[j].text) && genitive(tokens[j + 1].text)))) {
                j += 2;
            } else {
                break;
            }
        }
        // "университетом имени Каразина", "имени П. И. Мельникова": the
        // person a body is named after ends its name; without one "имени"
        // is no part of it.
        if (j > i + 1 && named_after_word(tokens[j - 1].text)) j = named_after(c, j);
        // One word alone names a body only for a parliament or government
        // ("Рада ухвалила"); "Суд" or "Банк" alone is any court or bank.
        static const cues::WordSet& alone = cues::set("cyrillic-bodies-alone");
        if (j == i + 1 && !c.is(i, alone)) continue;
        c.claim(i, j - 1, EntityType::kOrganization, cyrillic_body_nominative(c, i, head, j - 1));
        i = j - 1;
    }
}

}  // namespace newsdex::entities::rules
