#include "rules.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cctype>
#include <map>

#include "cues.hpp"
#include "newsdex/strings.hpp"
#include "words.hpp"

namespace newsdex::entities::rules {

namespace {

// Legal forms after a name: "Hanbit Energy Co. Ltd", "Grupo Portuario del
// Istmo S.A. de C.V.", "Vistula Park Development Sp. z o.o.". Returns one
// past the last word of the name.
std::size_t company_suffix(const Context& c, std::size_t end) {
    const auto& tokens = c.tokens;
    auto close = [&](std::size_t k) {  // only dots, commas and a space before word k
        if (k >= tokens.size() || tokens[k].position != tokens[k - 1].position + 1) return false;
        const std::string_view gap =
            c.text.substr(tokens[k - 1].end, tokens[k].begin - tokens[k - 1].end);
        // "GmbH & Co. KG": an ampersand before "Co".
        if (gap == " & " && tokens[k].text == "co") return true;
        return gap.size() <= 3 && gap.find_first_not_of("., ") == std::string_view::npos;
    };
    // A two-letter form is written with a capital: "Vestavind Kraft AS",
    // not "... Kraft as a supplier".
    auto suffix_at = [&](std::size_t k) {
        return close(k) && c.is(k, cues::company_suffixes()) &&
               (tokens[k].text.size() > 2 || c.capitalized(k));
    };
    for (std::size_t rounds = 0; rounds < 3; ++rounds) {
        if (suffix_at(end)) {
            ++end;
        } else if (end + 1 < tokens.size() && suffix_at(end + 1) &&
                   (tokens[end].text == "de" || tokens[end].text == "z") && close(end)) {
            end += 2;  // "S.A. de C.V.", "Sp. z o.o."
        } else {
            break;
        }
    }
    return end;
}

// A word for a kind of company before its name ("Firma", a German
// compound ending in one: "Biotechnologieunternehmen").
bool company_kind(const Context& c, std::size_t k) {
    static const cues::WordList& kinds = cues::list("company-kind-nouns");
    const std::string& word = c.tokens[k].text;
    for (std::string_view kind : kinds)
        if (word == kind || (c.language == "de" && ends_with(word, kind, 3))) return true;
    return false;
}

// After an organisation's head word: "of the European Union", "for Disease
// Control and Prevention", "of Social Welfare and Development".
std::size_t organization_tail(const Context& c, std::size_t head) {
    const auto& tokens = c.tokens;
    // "Matahari Department Store": the store is the head (as written:
    // Norwegian "Støre" folds to "store" too).
    if (head + 1 < tokens.size() && c.adjacent(head, head + 1)) {
        const std::string_view word =
            c.text.substr(tokens[head + 1].begin, tokens[head + 1].end - tokens[head + 1].begin);
        if (word == "Store" || word == "Stores") ++head;
    }
    std::size_t end = head + 1;  // one past the name so far
    bool linked_part = false;    // "and" only joins parts after "of"/"for"
    auto linked = [&](std::size_t k) { return k < tokens.size() && c.adjacent(k - 1, k); };
    auto part = [&](std::size_t k) {
        return c.name_word(k) || (c.used[k] && c.capitalized(k) && !c.possessive(k - 1));
    };
    while (linked(end)) {
        const std::string& w = tokens[end].text;
        std::size_t next = end;
        // "Commission on Elections", "Panel on Climate Change".
        if ((w == "of" || w == "for" || w == "on" || (w == "and" && linked_part)) &&
            !c.capitalized(end)) {
            next = end + 1;
            if (w != "and" && linked(next) && tokens[next].text == "the" && !c.capitalized(next))
                ++next;
            // "... of Norway and the European Union" joins two names.
            if (!linked(next) || !part(next) || (w == "and" && c.used[next])) break;
            linked_part = true;
        } else if (end == head + 1 && c.place[end] && c.capitalized(end) &&
                   !(end + 1 < tokens.size() && c.adjacent(end, end + 1) &&
                     c.capitalized(end + 1))) {
            // "University College Cork", "Bank Indonesia": one place
            // right after the head closes the name.
            return company_suffix(c, end + 1);
        } else if (!part(end) || end == head + 1) {
            break;  // right after the head only "of"/"for" may follow
        }
        end = next + 1;
        while (linked(end) && part(end) && !c.possessive(end - 1))
            ++end;
    }
    return company_suffix(c, end);
}

}  // namespace

namespace {

// "Tanzania Electric Supply Company", "Shanghai Media Group": the name runs
// on from the head word at i to a later one, which claims it all.
bool runs_on_to_a_later_head(const Context& c, std::size_t i) {
    // "Water Resources and Energy Directorate": one "and" after a head
    // that also stands inside names.
    static const cues::WordSet& inside = cues::set("organization-heads-inside");
    bool and_allowed = c.is(i, inside);
    for (std::size_t k = i + 1; k < c.tokens.size() && k - i <= 4; ++k) {
        if (and_allowed && k == i + 1 && c.tokens[k].text == "and" && !c.capitalized(k) &&
            c.adjacent(k - 1, k)) {
            and_allowed = false;
            continue;
        }
        if (!c.adjacent(k - 1, k) || !c.name_word(k)) return false;
        if (c.is(k, cues::organization_heads())) return true;
    }
    return false;
}

// "University of Technology, Jamaica": an institution whose name has no
// place in it takes the listed place after its comma, when that place ends
// the phrase. One past the name's last word.
std::size_t town_after_comma(const Context& c, std::size_t start, std::size_t head,
                             std::size_t end) {
    static const cues::WordSet& heads = cues::set("organization-heads-with-town");
    const auto& tokens = c.tokens;
    if (!c.is(head, heads) || end >= tokens.size() || !c.place[end] || !c.capitalized(end) ||
        !separated_by(c, end - 1, end, ", "))
        return end;
    for (std::size_t k = start; k < end; ++k)
        if (c.place[k]) return end;
    std::size_t last = end;
    while (last + 1 < tokens.size() && c.place[last + 1] && c.adjacent(last, last + 1))
        ++last;
    const bool closes =
        last + 1 == tokens.size() || !c.adjacent(last, last + 1) || !c.capitalized(last + 1);
    return closes && !c.possessive(last) ? last + 1 : end;
}

// "University College Galway": a college's name runs on through the
// one-word town of its campus, a place the lists name (whether or not a
// rule took it for one there). One past the name.
std::size_t campus_town(const Context& c, std::size_t head, std::size_t end) {
    static const cues::WordSet& colleges = cues::set("campus-heads");
    if (!c.is(head, colleges) || end >= c.tokens.size() || !c.adjacent(end - 1, end) ||
        !c.capitalized(end) || c.possessive(end - 1))
        return end;
    const bool closes =
        end + 1 == c.tokens.size() || !c.adjacent(end, end + 1) || !c.capitalized(end + 1);
    return closes && listed_one_word_place(c, end) ? end + 1 : end;
}

}  // namespace

// Capitalised words ending in an organisation word ("Stockholm
// University", "Crestline Micro Devices"), perhaps with a tail ("Department
// of Social Welfare and Development").
void organizations_by_head_word(Context& c) {
    const auto& tokens = c.tokens;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        // A legal form is a head too: "Vistula Park Development Sp. z o.o.".
        if (c.used[i] || !c.capitalized(i) ||
            !(c.is(i, cues::organization_heads()) || c.is(i, cues::company_suffixes())))
            continue;
        // "Chief Executive" is an office, not a body.
        if (i > 0 && tokens[i - 1].text == "chief" && c.adjacent(i - 1, i)) continue;
        if (runs_on_to_a_later_head(c, i)) continue;
        // "Consumer Electronics Show": an event's name.
        static const cues::WordSet& events = cues::set("event-heads");
        if (i + 1 < tokens.size() && c.adjacent(i, i + 1) && c.capitalized(i + 1) &&
            c.is(i + 1, events))
            continue;
        std::size_t start = i;
        // "Indonesian Red Cross Society": a listed name inside a longer one.
        auto inside_organization = [&](std::size_t k) {
            const Mention* m = c.found.covering(tokens[k].begin, tokens[k].end);
            return m && m->type == EntityType::kOrganization && c.capitalized(k);
        };
        // "Garment Workers' Solidarity Federation": a plural possessive
        // inside a name.
        // ("Norwegian Fishermen's Association": a plural without an s.)
        auto plural_possessive = [&](std::size_t k) {
            if (tokens[k].text.empty()) return false;
            const std::string_view w =
                c.text.substr(tokens[k].begin, tokens[k].end - tokens[k].begin);
            return (w.back() == 's' && separated_by(c, k, k + 1, "' ")) ||
                   (c.adjacent(k, k + 1) && (ends_with(w, "men's") || ends_with(w, "Men's") ||
                                             ends_with(w, "ren's") || ends_with(w, "ople's")));
        };
        // "J. R. Simplot Company": an initial and its dot.
        auto initial = [&](std::size_t k) {
            return tokens[k].end - tokens[k].begin == 1 && c.capitalized(k) &&
                   separated_by(c, k, k + 1, ". ");
        };
        auto before = [&](std::size_t k) {  // k = start - 1
            if (initial(k)) return true;
            // Hangul has no capitals: only a word joined to the head is its
            // name ("용인FC", not "참가하는 용인FC").
            if (entity_words::hangul(tokens[k]) && tokens[k].end != tokens[k + 1].begin)
                return false;
            if (company_kind(c, k)) return false;
            // "Bergmann & Söhne KG", "Marks & Spencer Group": an ampersand
            // joins a company's names.
            const bool ampersand = separated_by(c, k, k + 1, " & ") && c.capitalized(k);
            return (c.adjacent(k, k + 1) || plural_possessive(k) || ampersand ||
                    (hyphenated(c, k, k + 1) && c.capitalized(k))) &&
                   (!c.possessive(k) || plural_possessive(k)) &&
                   (c.name_word(k) || c.place[k] || inside_organization(k) ||
                    (c.capitalized(k) && c.is(k, cues::person_titles())));
        };
        // A place said to be one, alone, before "and": "Academic Hospital in
        // Soweto and Charlotte Maxeke Hospital" names two hospitals.
        auto place_where = [&](std::size_t k) {
            if (!c.place[k]) return false;
            const Mention* m = c.found.covering(tokens[k].begin, tokens[k].end);
            if (!m || m->end != tokens[k].end) return false;
            std::size_t first = k;
            while (first > 0 && tokens[first - 1].begin >= m->begin)
                --first;
            return after_preposition_of_place(c, first);
        };
        // "National Disaster Risk Reduction and Management Council".
        auto joined = [&](std::size_t k) {  // k = start - 1, an "and" between names
            // Not "Hospital Regional de Lima and Pannonbusz Zrt": two bodies.
            // (German articles are no particles: "Geschäftsführerin der
            // Spargelhof Kienbaum GmbH" names her role before the firm.)
            static const cues::WordSet& articles = cues::set("german-articles");
            return k > 0 && start < i && !c.capitalized(k) &&
                   (tokens[k].text == "and" || (c.language == "de" && tokens[k].text == "und") ||
                    c.is(k, cues::name_particles())) &&
                   !(c.language == "de" && c.is(k, articles)) && c.adjacent(k, k + 1) &&
                   before(k - 1) && !inside_organization(k - 1) && !place_where(k - 1);
        };
        while (start > 0 && i - start < 7 && (before(start - 1) || joined(start - 1)))
            --start;
        // "Bank of Korea", "Joint Chiefs of Staff": "of" after a head word;
        // "City of London Police": after a place's.
        if (start > 2 && tokens[start - 1].text == "of" && c.adjacent(start - 2, start - 1) &&
            c.capitalized(start - 2) &&
            (c.is(start - 2, cues::organization_heads()) || c.is(start - 2, cues::place_heads())) &&
            !c.used[start - 2]) {
            start -= 2;
            while (start > 0 && i - start < 7 && before(start - 1))
                --start;
        }
        // A listed name opening the span stays itself: "ECB Executive Board";
        // but a company's name ending in a legal form is all one, a
        // subsidiary's: "Shell Oil Co", "Texaco Canada Inc".
        // ("Merrill Lynch and Co Inc" is Merrill Lynch: legal forms only.)
        bool subsidiary = false;
        if (c.is(i, cues::company_suffixes()) && inside_organization(start)) {
            std::size_t k = start;
            while (k < i && inside_organization(k))
                ++k;
            for (; k < i && !subsidiary; ++k)
                subsidiary = (c.name_word(k) || c.place[k]) && !c.is(k, cues::company_suffixes());
        }
        while (start < i && ((!subsidiary && inside_organization(start)) || !c.capitalized(start)))
            ++start;  // nor does an "and" or "of" left in front
        std::size_t end = organization_tail(c, i);
        if (start == i && end == i + 1) continue;
        // "Federal Resources Minister Madeleine King": a minister's portfolio.
        if (end < tokens.size() && c.adjacent(end - 1, end) && tokens[end].text == "minister")
            continue;
        // "Bear Stearns and Co Inc": legal forms alone name nothing.
        bool forms_only = true;
        for (std::size_t k = start; k < end && forms_only; ++k)
            forms_only = c.is(k, cues::company_suffixes());
        if (forms_only) continue;
        end = campus_town(c, i, town_after_comma(c, start, i, end));
        c.claim(start, end - 1, EntityType::kOrganization);
        i = end - 1;
    }
}

// Words after a leading organisation word: "Grupo Portuario del Istmo
// S.A. de C.V.", "Banco Meridional".
void organizations_by_lead_word(Context& c) {
    const auto& tokens = c.tokens;
    for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
        if (c.used[i] || !c.capitalized(i) || !c.is(i, cues::organization_leads())) continue;
        // Small words and "and" join its words: "Instituto de Acueductos y
        // Alcantarillados Nacionales", "Asociación de Pescadores
        // Artesanales de Cabo Blanco".
        auto joins = [&](std::size_t k) {
            const std::string& word = tokens[k].text;
            return !c.capitalized(k) && (c.is(k, cues::name_particles()) || word == "y" ||
                                         word == "e" || word == "et" || word == "i");
        };
        std::size_t end = i + 1;
        while (end < tokens.size() && end - i <= 8 && c.adjacent(end - 1, end)) {
            if (c.name_word(end) || (c.place[end] && c.capitalized(end))) {
                ++end;
            } else if (end + 1 - i <= 8 && end + 1 < tokens.size() && joins(end) &&
                       c.adjacent(end, end + 1) &&
                       (c.name_word(end + 1) || (c.place[end + 1] && c.capitalized(end + 1)))) {
                end += 2;
            } else {
                break;
            }
        }
        if (end == i + 1) continue;
        end = company_suffix(c, end);
        c.claim(i, end - 1, EntityType::kOrganization);
        i = end - 1;
    }
}
namespace {

bool is_acronym(std::string_view word) {
    return word.size() >= 2 && word.size() <= 8 &&
           std::all_of(word.begin(), word.end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; });
}

// Whether the acronym's letters are, in order, the initials of the
// capitalised words in tokens [first, last].
bool initials_match(const Context& c, std::string_view acronym, std::size_t first,
                    std::size_t last) {
    std::size_t a = 0;
    for (std::size_t k = first; k <= last && a < acronym.size(); ++k)
        if (c.capitalized(k) && c.text[c.tokens[k].begin] == acronym[a]) ++a;
    return a == acronym.size();
}

// The first letter of a word as an acronym writes it: upper case, accents
// dropped ("économique": E), after an elided article ("l'Agence": A).
char acronym_letter(std::string_view word) {
    for (std::string_view elided : {"l'", "d'", "l\xE2\x80\x99", "d\xE2\x80\x99"})
        if (word.size() > elided.size() && word.compare(0, elided.size(), elided) == 0)
            word.remove_prefix(elided.size());
    if (word.empty()) return 0;
    const auto first = static_cast<unsigned char>(word[0]);
    if (first < 0x80) return static_cast<char>(std::toupper(first));
    if (first != 0xC3 || word.size() < 2) return 0;
    // Latin-1 letters with accents, U+00C0-U+00FF: C3 80-BF.
    static constexpr char kBase[] =
        "AAAAAAACEEEEIIII"
        "DNOOOOO*OUUUUYTS"
        "AAAAAAACEEEEIIII"
        "DNOOOOO/OUUUUYTY";
    const auto second = static_cast<unsigned char>(word[1]);
    return second >= 0x80 && second <= 0xBF ? kBase[second - 0x80] : 0;
}

// Where a name starts in its first word: at a capital (or a Latin-1 letter
// with an accent, lead byte C3), after any elided article ("l'Agence").
constexpr std::string_view kNameStart = "ABCDEFGHIJKLMNOPQRSTUVWXYZ\xC3";

// The first of the free words before the acronym at word k whose first
// letters, small words aside, spell it, all in one phrase and the first
// capitalised; k when none do.
std::size_t spelled_by_words(const Context& c, std::string_view acronym, std::size_t k) {
    static const cues::WordSet& skipped = cues::set("acronym-skipped-words");
    static const cues::WordSet& events = cues::set("event-heads");
    if (k == 0 || c.is(k - 1, events)) return k;  // "Consumer Electronics Show (CES)"
    std::size_t letter = acronym.size();
    for (std::size_t j = k; j-- > 0 && k - j <= 12;) {
        if (c.used[j] || (j + 1 < k && !c.adjacent(j, j + 1))) return k;
        if (c.is(j, skipped)) continue;
        const std::string_view raw =
            c.text.substr(c.tokens[j].begin, c.tokens[j].end - c.tokens[j].begin);
        if (acronym_letter(raw) != acronym[letter - 1]) return k;
        if (--letter > 0) continue;
        // The name's first word is written with a capital ("l'Agence").
        const std::size_t at = raw.find_first_of(kNameStart);
        return at != std::string_view::npos && at <= 4 ? j : k;
    }
    return k;
}

}  // namespace

// "Philippine Atmospheric, Geophysical and Astronomical Services
// Administration (PAGASA)": the acronym names the entity just before it,
// here and wherever it is used later in the text; with nothing found
// before it, words whose initials spell it are an organisation.
void acronyms_in_parentheses(Context& c) {
    static const cues::WordSet& not_bodies = cues::set("acronyms-not-bodies");
    const auto& tokens = c.tokens;
    std::map<std::string, Mention> defined;
    // Free, or a gazetteer name of its own: the text's definition wins
    // ("Nigerian Screen Academy (NSA)" is not the National Security Agency).
    auto claimable = [&](std::size_t k) { return !c.used[k] || c.alone(k); };
    for (std::size_t k = 1; k < tokens.size(); ++k) {
        const std::string_view word =
            c.text.substr(tokens[k].begin, tokens[k].end - tokens[k].begin);
        if (!is_acronym(word) || not_bodies.count(tokens[k].text)) continue;
        if (const auto it = defined.find(std::string(word)); it != defined.end()) {
            if (claimable(k)) c.claim(k, k, it->second.type, it->second.canonical);
            continue;
        }
        if (tokens[k].begin == 0 || c.text[tokens[k].begin - 1] != '(' ||
            tokens[k].end >= c.text.size() || c.text[tokens[k].end] != ')')
            continue;
        // The name just before, if a Latin one starts with the acronym's
        // letter: the agency in "PARIS, France (AP) -" is not France.
        auto spelled = [&](const Mention& m) {
            // After an elided article: "l'Agence française de développement".
            const auto at = m.begin + static_cast<std::uint32_t>(entity_words::elided_article(
                                          c.text.substr(m.begin, m.end - m.begin)));
            const auto first = static_cast<unsigned char>(c.text[at]);
            return first >= 0x80 || std::toupper(first) == word[0];
        };
        const Mention* before = nullptr;
        for (const Mention& m : c.found.mentions())
            if (m.end + 2 >= tokens[k].begin - 1 && m.end < tokens[k].begin && spelled(m))
                before = &m;
        if (before) {
            const Mention definition = *before;
            defined[std::string(word)] = definition;
            if (claimable(k)) c.claim(k, k, definition.type, definition.canonical);
            continue;
        }
        // "Agence française de développement (AFD)": the words before it
        // that it spells, small words aside, are the body's name (a
        // listed name the acronym happens to be gives way).
        if (const std::size_t start = spelled_by_words(c, word, k); start < k) {
            // Named without its elided article: "l'Agence ..." is "Agence ...".
            const std::uint32_t from = static_cast<std::uint32_t>(
                tokens[start].begin +
                c.text.substr(tokens[start].begin, tokens[start].end - tokens[start].begin)
                    .find_first_of(kNameStart));
            c.claim(start, k - 1, EntityType::kOrganization,
                    std::string(c.text.substr(from, tokens[k - 1].end - from)));
            const Mention definition = c.found.mentions().back();
            if (claimable(k)) c.claim(k, k, definition.type, definition.canonical);
            defined[std::string(word)] = definition;
            continue;
        }
        const std::size_t first = k > 12 ? k - 12 : 0;
        if (word.size() < 3 || c.used[k] || !initials_match(c, word, first, k - 1)) continue;
        c.claim(k, k, EntityType::kOrganization);
        defined[std::string(word)] = c.found.mentions().back();
    }
}

// Letters, every one a capital (KPÖ, CGT): no digit, no lower case.
bool capitals_only(std::string_view word) {
    for (int32_t i = 0; i < static_cast<int32_t>(word.size());) {
        UChar32 ch;
        U8_NEXT(word.data(), i, static_cast<int32_t>(word.size()), ch);
        if (ch < 0 || !u_isupper(ch)) return false;
    }
    return true;
}

// German and French write a body's acronym after an article ("der ADAC",
// "beim VDMA", "la CGT", "l'AFP"): an acronym no list has there is a
// body's, unless it abbreviates a thing (acronyms-not-bodies: KI, DAX,
// TVA) or opens a longer name ("der SC Freiburg").
void acronyms_after_articles(Context& c) {
    const cues::WordSet* articles =
        c.language.empty() ? nullptr
                           : cues::find_set("acronym-articles-" + std::string(c.language));
    if (!articles) return;
    static const cues::WordSet& not_bodies = cues::set("acronyms-not-bodies");
    const auto& tokens = c.tokens;
    for (std::size_t k = 0; k < tokens.size(); ++k) {
        if (c.used[k] || not_bodies.count(tokens[k].text)) continue;
        const std::string_view raw =
            c.text.substr(tokens[k].begin, tokens[k].end - tokens[k].begin);
        const std::size_t elided = entity_words::elided_article(raw);
        const std::string_view word = raw.substr(elided);
        const bool article =
            elided > 0 || (k > 0 && c.adjacent(k - 1, k) && c.is(k - 1, *articles));
        const bool longer = k + 1 < tokens.size() && c.adjacent(k, k + 1) && c.capitalized(k + 1);
        if (!article || longer || word.size() < 2 || word.size() > 8 || !capitals_only(word))
            continue;
        c.claim(k, k, EntityType::kOrganization, std::string(word));
    }
}

}  // namespace newsdex::entities::rules
