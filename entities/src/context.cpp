#include "rules/rules.hpp"

#include <algorithm>
#include <map>

#include "cues.hpp"
#include "newsdex/analysis/stemming.hpp"
#include "newsdex/strings.hpp"
#include "newsdex/utf8.hpp"
#include "words.hpp"

namespace newsdex::entities::rules {

namespace {

bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

// The text of a span with runs of white space as one space.
std::string span_text(std::string_view text, std::uint32_t begin, std::uint32_t end) {
    std::string out;
    bool space = false;
    for (char c : text.substr(begin, end - begin)) {
        if (is_space(c)) {
            space = true;
            continue;
        }
        if (space && !out.empty()) out += ' ';
        space = false;
        out += c;
    }
    return out;
}

}  // namespace

// Russian, Chinese, British, Iraqi: adjectives of nations, not names;
// and their people: Russians, Norwegians, Iraqis, Germans, Swedes.
bool demonym(const std::string& word) {
    static const cues::WordList& endings = cues::list("demonym-endings");
    for (std::string_view end : endings)
        if (newsdex::ends_with(word, end, 2)) return true;  // "irish", "thai"
    static const cues::WordSet& peoples = cues::set("demonym-peoples");
    return peoples.count(word) > 0;
}

// "Jae-myung", "Dong-wook": word b continues word a after a hyphen.
bool separated_by(const Context& c, std::size_t a, std::size_t b, std::string_view between) {
    const Token& t = c.tokens[a];
    return c.tokens[b].position == t.position + 1 && c.tokens[b].begin == t.end + between.size() &&
           c.text.compare(t.end, between.size(), between) == 0;
}

std::size_t past_mention(const Context& c, std::size_t k, const Mention& m) {
    std::size_t end = k + 1;
    while (end < c.tokens.size() && c.tokens[end].end <= m.end)
        ++end;
    return end;
}

std::size_t mention_start(const Context& c, std::size_t k, const Mention& m) {
    while (k > 0 && c.tokens[k - 1].begin >= m.begin)
        --k;
    return k;
}

bool german_dictionary_word_at(const Context& c, std::size_t k) {
    const Token& t = c.tokens[k];
    return analysis::german_dictionary_word(c.text.substr(t.begin, t.end - t.begin));
}

bool hyphenated(const Context& c, std::size_t a, std::size_t b) {
    return c.tokens[b].position == c.tokens[a].position + 1 &&
           c.tokens[b].begin == c.tokens[a].end + 1 && c.text[c.tokens[a].end] == '-';
}

void Found::withdraw_within(std::uint32_t begin, std::uint32_t end, bool only_places) {
    mentions_.erase(std::remove_if(mentions_.begin(), mentions_.end(),
                                   [&](const Mention& m) {
                                       return (!only_places || m.type == EntityType::kPlace) &&
                                              m.begin >= begin && m.end <= end;
                                   }),
                    mentions_.end());
}

void Found::withdraw(EntityType type, const std::string& canonical) {
    mentions_.erase(std::remove_if(mentions_.begin(), mentions_.end(),
                                   [&](const Mention& m) {
                                       return m.type == type && m.canonical == canonical;
                                   }),
                    mentions_.end());
}

Entities Found::result(std::uint32_t body_begin) {
    // Names with Japanese particles attached lose them; "names" that are
    // particles or verb endings go. (Places come from the gazetteer or
    // from head words, never with particles.)
    // (A company's name after its legal form was read whole, in quotes:
    // 「株式会社みちのく運輸サービス」 keeps its kana.)
    static const cues::WordList& legal_forms = cues::list("japanese-legal-forms");
    for (Mention& m : mentions_)
        if (m.type != EntityType::kPlace &&
            !(m.type == EntityType::kOrganization &&
              entity_words::starts_with_any(m.canonical, legal_forms)))
            m.canonical = entity_words::without_japanese_particles(m.canonical);
    mentions_.erase(std::remove_if(mentions_.begin(), mentions_.end(),
                                   [](const Mention& m) { return m.canonical.empty(); }),
                    mentions_.end());
    std::stable_sort(mentions_.begin(), mentions_.end(),
                     [](const Mention& a, const Mention& b) { return a.begin < b.begin; });
    // Main actors first; ties keep the order of first mention.
    std::map<EntityKey, int> weight = salience(mentions_, body_begin);
    Entities e;
    for (const Mention& m : mentions_) {
        auto& list = m.type == EntityType::kPerson         ? e.people
                     : m.type == EntityType::kOrganization ? e.organizations
                                                           : e.places;
        if (std::find(list.begin(), list.end(), m.canonical) == list.end())
            list.push_back(m.canonical);
    }
    for (auto [kind, list] : {std::pair{EntityType::kPerson, &e.people},
                              std::pair{EntityType::kOrganization, &e.organizations},
                              std::pair{EntityType::kPlace, &e.places}}) {
        const EntityType type = kind;  // C++17 lambdas cannot capture a binding (clang)
        std::stable_sort(list->begin(), list->end(), [&](const auto& a, const auto& b) {
            return weight[{type, a}] > weight[{type, b}];
        });
    }
    e.mentions = std::move(mentions_);
    return e;
}

const std::vector<std::string>& Context::candidates(std::size_t k) const {
    if (candidates_.empty()) candidates_.resize(tokens.size());
    // Every token has at least its own key, so empty means not made.
    if (candidates_[k].empty()) candidates_[k] = entity_words::candidates(tokens[k]);
    return candidates_[k];
}

Scripts Scripts::of(std::string_view text) {
    Scripts s;
    for (std::size_t i = utf8::ascii_prefix(text, 0); i < text.size();
         i = utf8::ascii_prefix(text, i + 1)) {
        const auto lead = static_cast<unsigned char>(text[i]);
        s.cyrillic |= lead >= 0xD0 && lead <= 0xD4;
        s.arabic |= lead >= 0xD8 && lead <= 0xDB;
        s.han_or_kana |= lead >= 0xE3 && lead <= 0xE9;
        s.hangul |= lead >= 0xEA && lead <= 0xED;
    }
    return s;
}

Context::Context(std::string_view text, const TokenList& tokens, const Gazetteer& gazetteer,
                 std::size_t title_size)
    : text(text),
      tokens(tokens),
      gazetteer(gazetteer),
      used(tokens.size(), false),
      place(tokens.size(), false),
      body_begin(static_cast<std::uint32_t>(title_size + 2)),
      scripts(Scripts::of(text)) {
    capital_.reserve(tokens.size());
    nameable_.reserve(tokens.size());
    classes_.reserve(tokens.size());
    for (std::size_t k = 0; k < tokens.size(); ++k) {
        const Token& t = tokens[k];
        classes_.push_back(cues::classes_of(t.text));  // before is(k, ...) below
        const bool capital = entity_words::capitalized(text, t);
        capital_.push_back(capital);
        // "22.47", "10,000", "2024": numbers are no names ("3M", "1MDB" are).
        // (Only a capitalised word can be a name word: the lists are not
        // asked for the others.)
        const bool number = t.text.find_first_not_of("0123456789.,") == std::string::npos;
        nameable_.push_back(capital && t.text.size() > 1 && !number && !is(k, cues::not_names()) &&
                            !is(k, cues::person_titles()));
    }
    // "Late Máximo Ferrer Goal Gives Betis Derby Win": most longer words
    // capitalised, verbs included.
    std::size_t words = 0, capitals = 0;
    for (std::size_t k = 0; k < tokens.size() && tokens[k].begin < title_size; ++k) {
        if (tokens[k].text.size() <= 3 || is(k, cues::not_names())) continue;
        ++words;
        capitals += capital_[k];
    }
    if (words >= 3 && capitals * 10 >= words * 7)
        title_case_end = static_cast<std::uint32_t>(title_size);
}

bool Context::adjacent(std::size_t a, std::size_t b) const {
    if (tokens[b].position != tokens[a].position + 1) return false;
    int newlines = 0;
    for (std::uint32_t i = tokens[a].end; i < tokens[b].begin; ++i) {
        if (!is_space(text[i])) return false;
        newlines += text[i] == '\n';
    }
    return newlines < 2;
}

bool Context::capitalized(std::size_t k) const {
    return tokens[k].begin >= title_case_end && capital_[k];
}

bool Context::name_word(std::size_t k) const {
    return !used[k] && capitalized(k) && nameable_[k];
}

bool Context::possessive(std::size_t k) const {
    const std::string_view word = text.substr(tokens[k].begin, tokens[k].end - tokens[k].begin);
    return (word.size() > 2 && word.compare(word.size() - 2, 2, "'s") == 0) ||
           (word.size() > 4 && word.compare(word.size() - 4, 4, "\xE2\x80\x99s") == 0);
}

bool Context::written_in_lower_case(std::size_t k) const {
    if (!lower_case_words_) {
        lower_case_words_.emplace();
        for (std::size_t j = 0; j < tokens.size(); ++j)
            if (!capital_[j]) lower_case_words_->insert(tokens[j].text);
    }
    return lower_case_words_->count(tokens[k].text) > 0;
}

const Mention* Context::alone(std::size_t k) const {
    for (const Mention& m : found.mentions())
        if (m.begin == tokens[k].begin && m.end == tokens[k].end) return &m;
    return nullptr;
}

void Context::claim(std::size_t first, std::size_t last, EntityType type, std::string name) {
    // A body named by its words is named without an article: "The
    // Netherlands Bureau for Economic Policy Analysis said".
    const std::uint32_t claimed = tokens[first].begin;  // the article's place too
    if (type == EntityType::kOrganization && name.empty() && first < last &&
        tokens[first].text == "the")
        ++first;
    const std::uint32_t begin = tokens[first].begin;
    std::uint32_t end = tokens[last].end;
    if (possessive(last)) end -= text[end - 1] == 's' && text[end - 2] == '\'' ? 2 : 4;
    // "S.A.", "o.o.": an abbreviation keeps its final dot; so does a
    // person's name that ends in an initial ("Markus K.").
    const bool initial = type == EntityType::kPerson &&
                         tokens[last].end - tokens[last].begin == 1 &&
                         text[tokens[last].begin] >= 'A' && text[tokens[last].begin] <= 'Z';
    if ((initial ||
         (type == EntityType::kOrganization && tokens[last].text.find('.') != std::string::npos)) &&
        end < text.size() && text[end] == '.')
        ++end;
    // A mention that opens quotes closes them: "ТОВ «Левада Лабс»".
    for (const auto& [open, close] : {std::pair<std::string_view, std::string_view>{"«", "»"},
                                      {"\u201C", "\u201D"},
                                      {"\u201E", "\u201C"}}) {
        const std::string_view span = text.substr(begin, end - begin);
        if (span.find(open) != std::string_view::npos &&
            span.find(close) == std::string_view::npos && text.substr(end, close.size()) == close)
            end += static_cast<std::uint32_t>(close.size());
    }
    if (name.empty()) name = span_text(text, begin, end);
    found.withdraw_within(claimed, end, type == EntityType::kPerson);
    found.add(type, name, begin, end);
    std::fill(used.begin() + first, used.begin() + last + 1, true);
    if (type == EntityType::kPlace)
        std::fill(place.begin() + first, place.begin() + last + 1, true);
}

// Free name words from `first` on, at most `most`, not ending at an
// organisation or place word: the end of the name, or `first` for none.
std::size_t name_run(const Context& c, std::size_t first, std::size_t most) {
    std::size_t end = first;
    while (end < c.tokens.size() && end - first < most && c.name_word(end) &&
           (end == first || c.adjacent(end - 1, end)) && (end == first || !c.possessive(end - 1)))
        ++end;
    if (end > first &&
        (c.is(end - 1, cues::organization_heads()) || c.is(end - 1, cues::place_heads())))
        return first;
    return end;
}

}  // namespace newsdex::entities::rules
