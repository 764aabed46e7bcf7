#include "entity_rules.hpp"

#include <algorithm>
#include <map>

#include "entity_cues.hpp"
#include "entity_words.hpp"

namespace newsdex::index::rules {

// Capitalised words ending in a head word: "Gyeonggi Province", "Signal
// Iduna Park", "Zaporizhzhia Nuclear Power Plant" (a gazetteer place
// inside becomes part of the name); and words after a leading one:
// "Estadio Benito Villamarín", "Lake Baikal".
void places_by_head_word(Context& c) {
    const auto& tokens = c.tokens;
    static const cues::WordSet regions = {"province", "prefecture", "oblast",
                                          "region",   "county",     "district"};
    static const cues::WordSet facilities = {"airbase", "airport", "station",
                                             "stadium", "arena",   "port"};
    for (std::size_t i = 1; i < tokens.size(); ++i) {
        if (c.used[i] || !in(cues::place_heads(), tokens[i])) continue;
        // "Isabela province", "Belbek airbase": a head is often lower case,
        // after a name no list has (not "Kharkiv region", not "Russian
        // region").
        const bool lower_head = !c.capitalized(i) && c.adjacent(i - 1, i) && c.name_word(i - 1) &&
                                !demonym(tokens[i - 1].text);
        const bool lower_region = lower_head && in(regions, tokens[i]);
        const bool lower_facility = lower_head && in(facilities, tokens[i]);
        if (!c.capitalized(i) && !lower_region && !lower_facility) continue;
        std::size_t start = i;
        while (start > 0 && i - start < 4 && c.adjacent(start - 1, start) &&
               !c.possessive(start - 1) &&
               (c.name_word(start - 1) || (c.place[start - 1] && c.capitalized(i))))
            --start;
        if (start == i) continue;
        // "Isabela province" is Isabela; "Gyeonggi Province" is its name.
        if (lower_region) {
            c.claim(start, i - 1, EntityType::kPlace);
            c.used[i] = true;
        } else {
            c.claim(start, i, EntityType::kPlace);
        }
    }
    for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
        if (c.used[i] || !c.capitalized(i) || !in(cues::place_leads(), tokens[i])) continue;
        std::size_t end = i + 1;
        // "Lake Naivasha": a listed town gives its name to the lake.
        while (end < tokens.size() && end - i <= 3 && c.adjacent(end - 1, end) &&
               (c.name_word(end) || (c.place[end] && c.capitalized(end))) && !c.possessive(end - 1))
            ++end;
        if (end > i + 1) c.claim(i, end - 1, EntityType::kPlace);
    }
}

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
        return gap.size() <= 3 && gap.find_first_not_of("., ") == std::string_view::npos;
    };
    auto suffix_at = [&](std::size_t k) {
        return close(k) && in(cues::company_suffixes(), tokens[k]);
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

// After an organisation's head word: "of the European Union", "for Disease
// Control and Prevention", "of Social Welfare and Development".
std::size_t organization_tail(const Context& c, std::size_t head) {
    const auto& tokens = c.tokens;
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

// Capitalised words ending in an organisation word ("Stockholm
// University", "Crestline Micro Devices"), perhaps with a tail ("Department
// of Social Welfare and Development").
void organizations_by_head_word(Context& c) {
    const auto& tokens = c.tokens;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        // A legal form is a head too: "Vistula Park Development Sp. z o.o.".
        if (c.used[i] || !c.capitalized(i) ||
            !(in(cues::organization_heads(), tokens[i]) || in(cues::company_suffixes(), tokens[i])))
            continue;
        std::size_t start = i;
        // "Indonesian Red Cross Society": a listed name inside a longer one.
        auto inside_organization = [&](std::size_t k) {
            const Mention* m = c.found.covering(tokens[k].begin, tokens[k].end);
            return m && m->type == EntityType::kOrganization && c.capitalized(k);
        };
        // "Garment Workers' Solidarity Federation": a plural possessive
        // inside a name.
        auto plural_possessive = [&](std::size_t k) {
            return tokens[k + 1].position == tokens[k].position + 1 && !tokens[k].text.empty() &&
                   tokens[k].text.back() == 's' &&
                   c.text.substr(tokens[k].end, tokens[k + 1].begin - tokens[k].end) == "' ";
        };
        auto before = [&](std::size_t k) {  // k = start - 1
            return (c.adjacent(k, k + 1) || plural_possessive(k) ||
                    (hyphenated(c, k, k + 1) && c.capitalized(k))) &&
                   !c.possessive(k) &&
                   (c.name_word(k) || c.place[k] || inside_organization(k) ||
                    (c.capitalized(k) && in(cues::person_titles(), tokens[k])));
        };
        // "National Disaster Risk Reduction and Management Council".
        auto joined = [&](std::size_t k) {  // k = start - 1, an "and" between names
            return k > 0 && start < i && !c.capitalized(k) &&
                   (tokens[k].text == "and" || in(cues::name_particles(), tokens[k])) &&
                   c.adjacent(k, k + 1) && before(k - 1);
        };
        while (start > 0 && i - start < 7 && (before(start - 1) || joined(start - 1)))
            --start;
        // "Bank of Korea", "Joint Chiefs of Staff": "of" after a head word.
        if (start > 2 && tokens[start - 1].text == "of" && c.adjacent(start - 2, start - 1) &&
            in(cues::organization_heads(), tokens[start - 2]) && !c.used[start - 2]) {
            start -= 2;
            while (start > 0 && i - start < 7 && before(start - 1))
                --start;
        }
        // A listed name opening the span stays itself: "ECB Executive Board".
        while (start < i && (inside_organization(start) || !c.capitalized(start)))
            ++start;  // nor does an "and" or "of" left in front
        const std::size_t end = organization_tail(c, i);
        if (start == i && end == i + 1) continue;
        c.claim(start, end - 1, EntityType::kOrganization);
        i = end - 1;
    }
}

// Words after a leading organisation word: "Grupo Portuario del Istmo
// S.A. de C.V.", "Banco Meridional".
void organizations_by_lead_word(Context& c) {
    const auto& tokens = c.tokens;
    for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
        if (c.used[i] || !c.capitalized(i) || !in(cues::organization_leads(), tokens[i])) continue;
        std::size_t end = i + 1;
        while (end < tokens.size() && end - i <= 5 && c.adjacent(end - 1, end)) {
            if (c.name_word(end) || (c.place[end] && c.capitalized(end))) {
                ++end;
            } else if (end + 1 < tokens.size() && in(cues::name_particles(), tokens[end]) &&
                       !c.capitalized(end) && c.adjacent(end, end + 1) && c.name_word(end + 1)) {
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

}  // namespace

// "Philippine Atmospheric, Geophysical and Astronomical Services
// Administration (PAGASA)": the acronym names the entity just before it,
// here and wherever it is used later in the text; with nothing found
// before it, words whose initials spell it are an organisation.
void acronyms_in_parentheses(Context& c) {
    const auto& tokens = c.tokens;
    std::map<std::string, Mention> defined;
    // Free, or a gazetteer name of its own: the text's definition wins
    // ("Nigerian Screen Academy (NSA)" is not the National Security Agency).
    auto claimable = [&](std::size_t k) { return !c.used[k] || c.alone(k); };
    for (std::size_t k = 1; k < tokens.size(); ++k) {
        const std::string_view word =
            c.text.substr(tokens[k].begin, tokens[k].end - tokens[k].begin);
        if (!is_acronym(word)) continue;
        if (const auto it = defined.find(std::string(word)); it != defined.end()) {
            if (claimable(k)) c.claim(k, k, it->second.type, it->second.canonical);
            continue;
        }
        if (tokens[k].begin == 0 || c.text[tokens[k].begin - 1] != '(' ||
            tokens[k].end >= c.text.size() || c.text[tokens[k].end] != ')')
            continue;
        const Mention* before = nullptr;
        for (const Mention& m : c.found.mentions())
            if (m.end + 2 >= tokens[k].begin - 1 && m.end < tokens[k].begin) before = &m;
        if (before) {
            const Mention definition = *before;
            defined[std::string(word)] = definition;
            if (claimable(k)) c.claim(k, k, definition.type, definition.canonical);
            continue;
        }
        const std::size_t first = k > 12 ? k - 12 : 0;
        if (word.size() < 3 || c.used[k] || !initials_match(c, word, first, k - 1)) continue;
        c.claim(k, k, EntityType::kOrganization);
        defined[std::string(word)] = c.found.mentions().back();
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
    static const std::map<std::string, std::string> states = {{"Ala.", "Alabama"},
                                                              {"Ariz.", "Arizona"},
                                                              {"Ark.", "Arkansas"},
                                                              {"Calif.", "California"},
                                                              {"Colo.", "Colorado"},
                                                              {"Conn.", "Connecticut"},
                                                              {"Del.", "Delaware"},
                                                              {"Fla.", "Florida"},
                                                              {"Ga.", "Georgia (U.S. state)"},
                                                              {"Ill.", "Illinois"},
                                                              {"Ind.", "Indiana"},
                                                              {"Kan.", "Kansas"},
                                                              {"Ky.", "Kentucky"},
                                                              {"La.", "Louisiana"},
                                                              {"Md.", "Maryland"},
                                                              {"Mass.", "Massachusetts"},
                                                              {"Mich.", "Michigan"},
                                                              {"Minn.", "Minnesota"},
                                                              {"Miss.", "Mississippi"},
                                                              {"Mo.", "Missouri"},
                                                              {"Mont.", "Montana"},
                                                              {"Neb.", "Nebraska"},
                                                              {"Nev.", "Nevada"},
                                                              {"N.H.", "New Hampshire"},
                                                              {"N.J.", "New Jersey"},
                                                              {"N.M.", "New Mexico"},
                                                              {"N.Y.", "New York (U.S. state)"},
                                                              {"N.C.", "North Carolina"},
                                                              {"N.D.", "North Dakota"},
                                                              {"Okla.", "Oklahoma"},
                                                              {"Ore.", "Oregon"},
                                                              {"Pa.", "Pennsylvania"},
                                                              {"R.I.", "Rhode Island"},
                                                              {"S.C.", "South Carolina"},
                                                              {"S.D.", "South Dakota"},
                                                              {"Tenn.", "Tennessee"},
                                                              {"Tex.", "Texas"},
                                                              {"Vt.", "Vermont"},
                                                              {"Va.", "Virginia"},
                                                              {"Wash.", "Washington (U.S. state)"},
                                                              {"W.Va.", "West Virginia"},
                                                              {"Wis.", "Wisconsin"},
                                                              {"Wyo.", "Wyoming"},
                                                              {"D.C.", "Washington, D.C."}};
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
    std::size_t first = 0;
    while (first < tokens.size() && tokens[first].begin < c.body_begin)
        ++first;
    std::size_t end = first;
    while (end < tokens.size() && end - first < 3 &&
           entity_words::all_capitals(c.text, tokens[end]) && tokens[end].text.size() > 1 &&
           (end == first || c.adjacent(end - 1, end)))
        ++end;
    if (end == first || c.used[first] || end >= tokens.size()) return;
    const std::uint32_t after = tokens[end - 1].end;
    const bool separated = c.text.substr(after, 1) == "," || c.text.substr(after, 3) == " --" ||
                           c.text.substr(after, 2) == " (";
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
        if (c.used[i] || (i > 0 && c.adjacent(i - 1, i) && c.capitalized(i - 1))) continue;
        const std::size_t end = name_run(c, i, 2);
        if (end == i || end >= tokens.size() || !c.place[end]) continue;
        const std::uint32_t gap = tokens[end - 1].end;
        if (c.text.substr(gap, 2) == ", " && tokens[end].begin == gap + 2 &&
            !c.gazetteer.is_given_name(entity_words::key(tokens[i].text)))
            c.claim(i, end - 1, EntityType::kPlace);
    }
}

// "in Aarhus", "near Vasylivka": a name after a preposition of place.
void places_after_prepositions(Context& c) {
    const auto& tokens = c.tokens;
    static const cues::WordSet prepositions = {"in", "near", "outside"};
    for (std::size_t i = 1; i + 1 < tokens.size(); ++i) {
        if (!in(prepositions, tokens[i - 1]) || c.capitalized(i - 1) || !c.adjacent(i - 1, i))
            continue;
        const std::size_t end = name_run(c, i, 2);
        if (end == i || c.possessive(end - 1) || demonym(tokens[i].text) ||
            c.gazetteer.is_given_name(entity_words::key(tokens[i].text)))
            continue;
        if (end < tokens.size() && c.adjacent(end - 1, end) && c.capitalized(end)) continue;
        c.claim(i, end - 1, EntityType::kPlace);
    }
}

}  // namespace newsdex::index::rules
