#include <algorithm>
#include <set>

#include "entity_words.hpp"
#include "newsdex/index/entities.hpp"

namespace newsdex::index {

namespace {

using entity_words::all_capitals;
using entity_words::candidates;
using entity_words::capitalized;

// Words before a person's name, folded: titles, offices, roles.
const std::set<std::string>& person_cues() {
    static const std::set<std::string> cues = {
        "president",    "minister",     "secretary",  "spokesman",
        "spokeswoman",  "spokesperson", "chancellor", "premier",
        "governor",     "senator",      "ambassador", "chairman",
        "chairwoman",   "director",     "leader",     "king",
        "queen",        "prince",       "general",    "gen",
        "col",          "adm",          "sen",        "rep",
        "gov",          "mr",           "mrs",        "ms",
        "dr",           "sir",          "pope",       "judge",
        "mayor",        "envoy",        "ceo",        "coach",
        "manager",      "striker",      "substitute", "professor",
        "prof",         "economist",    "analyst",    "chief",
        "commissioner", "deputy",       "vice",       "prosecutor",
        "lawyer",       "captain",      "sister",     "brother",
        "wife",         "husband",      "founder",    "president-elect",
        "präsident",    "prasident",    "kanzler",    "kanzlerin",
        "ministerin",   "sprecher",     "sprecherin", "chef",
        "ministre",     "porte-parole", "directeur",  "presidente",
        "президент",    "министр",      "премьер",    "глава",
        "мэр",          "директор",     "министра",   "президента",
        "міністр",      "речник",       "голова",     "мер",
        "директора",    "губернатор"};
    return cues;
}

// The last word of an organisation's name.
const std::set<std::string>& organization_words() {
    static const std::set<std::string> words = {
        "agency",     "council",   "ministry",     "bank",         "corp",         "corporation",
        "inc",        "ltd",       "co",           "company",      "group",        "party",
        "university", "committee", "commission",   "organization", "organisation", "association",
        "union",      "fund",      "authority",    "institute",    "federation",   "board",
        "department", "office",    "court",        "army",         "navy",         "police",
        "service",    "exchange",  "club",         "fc",           "airlines",     "motors",
        "industries", "holdings",  "foundation",   "bureau",       "assembly",     "parliament",
        "congress",   "senate",    "philharmonic", "orchestra",    "museum"};
    return words;
}

const std::set<std::string>& not_names() {
    static const std::set<std::string> words = {
        "the",       "a",         "an",       "in",      "on",       "at",     "of",
        "and",       "but",       "for",      "to",      "by",       "with",   "as",
        "from",      "it",        "he",       "she",     "they",     "we",     "this",
        "that",      "last",      "next",     "new",     "his",      "her",    "its",
        "their",     "after",     "before",   "when",    "while",    "if",     "monday",
        "tuesday",   "wednesday", "thursday", "friday",  "saturday", "sunday", "january",
        "february",  "march",     "april",    "may",     "june",     "july",   "august",
        "september", "october",   "november", "december"};
    return words;
}

bool consecutive(const TokenList& t, std::size_t a, std::size_t b) {
    return t[b].position == t[a].position + 1;
}

// Text that is mostly capitals (TIME, wire headlines) tells nothing by
// capitalisation: the rules stay off there.
bool mostly_capitals(std::string_view text) {
    std::size_t upper = 0, lower = 0;
    for (char c : text.substr(0, 4000)) {
        upper += c >= 'A' && c <= 'Z';
        lower += c >= 'a' && c <= 'z';
    }
    return lower < upper;
}

std::string span_text(std::string_view text, const Token& first, const Token& last) {
    std::string out;
    bool space = false;
    for (char c : text.substr(first.begin, last.end - first.begin)) {
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
            space = true;
            continue;
        }
        if (space && !out.empty()) out += ' ';
        space = false;
        out += c;
    }
    return out;
}

// Mentions as they are found; the lists of names come from them at the end,
// in text order, so a mention can still be withdrawn.
class Found {
  public:
    void add(EntityType type, const std::string& name, const Token& first, const Token& last) {
        mentions_.push_back({type, name, first.begin, last.end});
    }
    // A place named inside an organisation's name (the Kharkiv
    // Philharmonic) is part of that name, not a place mention.
    void withdraw_places_within(std::uint32_t begin, std::uint32_t end) {
        mentions_.erase(std::remove_if(mentions_.begin(), mentions_.end(),
                                       [&](const Mention& m) {
                                           return m.type == EntityType::kPlace &&
                                                  m.begin >= begin && m.end <= end;
                                       }),
                        mentions_.end());
    }
    Entities result() {
        std::sort(mentions_.begin(), mentions_.end(),
                  [](const Mention& a, const Mention& b) { return a.begin < b.begin; });
        Entities e;
        for (const Mention& m : mentions_) {
            auto& list = m.type == EntityType::kPerson         ? e.people
                         : m.type == EntityType::kOrganization ? e.organizations
                                                               : e.places;
            if (std::find(list.begin(), list.end(), m.canonical) == list.end())
                list.push_back(m.canonical);
        }
        e.mentions = std::move(mentions_);
        return e;
    }

  private:
    std::vector<Mention> mentions_;
};

}  // namespace

Entities EntityExtractor::extract(std::string_view title, std::string_view body) const {
    static const Analyzer analyzer = Analyzer::standard();
    const std::string text = std::string(title) + "\n\n" + std::string(body);
    return extract_from(text, analyzer.analyze(text));
}

Entities EntityExtractor::extract(std::string_view title, const TokenList& title_tokens,
                                  std::string_view body, const TokenList& body_tokens) const {
    // One text, one token list, as if analysed together: body offsets move
    // past the title, and its positions past a gap (no name spans both).
    const std::string text = std::string(title) + "\n\n" + std::string(body);
    TokenList tokens = title_tokens;
    const auto shift = static_cast<std::uint32_t>(title.size() + 2);
    const std::uint32_t first_position =
        title_tokens.empty() ? 0 : title_tokens.back().position + 2;
    tokens.reserve(title_tokens.size() + body_tokens.size());
    for (Token token : body_tokens) {
        token.begin += shift;
        token.end += shift;
        token.position += first_position;
        tokens.push_back(std::move(token));
    }
    return extract_from(text, tokens);
}

Entities EntityExtractor::extract_from(std::string_view text, const TokenList& tokens) const {
    std::vector<bool> used(tokens.size(), false);
    std::vector<bool> place(tokens.size(), false);  // used by a gazetteer place
    Found found;

    // Gazetteer names, longest first at each word.
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const Gazetteer::Entry* best = nullptr;
        for (const std::string& key : candidates(tokens[i])) {
            const auto* entries = gazetteer_.starting_with(key);
            if (!entries) continue;
            for (const Gazetteer::Entry* e : *entries) {
                const std::size_t n = e->words.size();
                if ((best && n <= best->words.size()) || i + n > tokens.size()) continue;
                bool match = capitalized(text, tokens[i]);
                for (std::size_t k = 1; k < n && match; ++k) {
                    const auto c = candidates(tokens[i + k]);
                    match = consecutive(tokens, i + k - 1, i + k) &&
                            std::find(c.begin(), c.end(), e->words[k]) != c.end();
                }
                for (std::size_t k = 0; k < n && match && e->capitals_only; ++k)
                    match = all_capitals(text, tokens[i + k]);
                if (match) best = e;
            }
        }
        if (!best) continue;
        found.add(best->type, best->canonical, tokens[i], tokens[i + best->words.size() - 1]);
        std::fill_n(used.begin() + i, best->words.size(), true);
        if (best->type == EntityType::kPlace)
            std::fill_n(place.begin() + i, best->words.size(), true);
        i += best->words.size() - 1;
    }
    if (mostly_capitals(text)) return found.result();

    auto name_word = [&](std::size_t k) {
        return !used[k] && capitalized(text, tokens[k]) && !not_names().count(tokens[k].text) &&
               !person_cues().count(tokens[k].text) && tokens[k].text.size() > 1;
    };
    // People after a title: "Defense Minister Shin Wonsik", "spokesman John Kirby".
    for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
        if (!person_cues().count(tokens[i].text)) continue;
        std::size_t j = i + 1, words = 0;
        while (j < tokens.size() && words < 3 && consecutive(tokens, j - 1, j)) {
            // Hyphenated given names (Kim Dong-wook) stay one name.
            const bool hyphen = j > i + 1 && tokens[j].begin == tokens[j - 1].end + 1 &&
                                text[tokens[j - 1].end] == '-' && !used[j];
            if (!hyphen && !name_word(j)) break;
            words += hyphen ? 0 : 1;
            ++j;
        }
        if (words < 2) continue;
        found.add(EntityType::kPerson, span_text(text, tokens[i + 1], tokens[j - 1]), tokens[i + 1],
                  tokens[j - 1]);
        std::fill(used.begin() + i + 1, used.begin() + j, true);
    }
    // People who speak: "John Kirby said", "said Kim Dong-wook".
    static const std::set<std::string> speech = {"said",      "says",  "told",  "added",
                                                 "announced", "wrote", "stated"};
    for (std::size_t i = 2; i < tokens.size(); ++i) {
        if (!speech.count(tokens[i].text)) continue;
        std::size_t start = i;
        while (start > 0 && i - start < 3 && consecutive(tokens, start - 1, start) &&
               name_word(start - 1))
            --start;
        if (i - start >= 2 && !organization_words().count(tokens[i - 1].text)) {
            found.add(EntityType::kPerson, span_text(text, tokens[start], tokens[i - 1]),
                      tokens[start], tokens[i - 1]);
            std::fill(used.begin() + start, used.begin() + i, true);
        }
    }
    // Organisations: capitalised words ending in an organisation word.
    for (std::size_t i = 1; i < tokens.size(); ++i) {
        if (used[i] || !organization_words().count(tokens[i].text) || !capitalized(text, tokens[i]))
            continue;
        std::size_t start = i;
        while (start > 0 && i - start < 5 && consecutive(tokens, start - 1, start) &&
               (name_word(start - 1) || place[start - 1] ||
                (tokens[start - 1].text == "of" && start - 1 > 0)))
            --start;
        if (tokens[start].text == "of") ++start;
        if (start == i) continue;
        found.withdraw_places_within(tokens[start].begin, tokens[i].end);
        found.add(EntityType::kOrganization, span_text(text, tokens[start], tokens[i]),
                  tokens[start], tokens[i]);
        std::fill(used.begin() + start, used.begin() + i + 1, true);
    }
    return found.result();
}

}  // namespace newsdex::index
