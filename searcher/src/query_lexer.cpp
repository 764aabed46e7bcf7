#include "query_lexer.hpp"

#include <cstdlib>

#include "newsdex/schema/schema.hpp"
#include "newsdex/search/query_parser.hpp"

namespace newsdex::search::query {

namespace {

constexpr FieldSpec kFields[] = {
    {"title", schema::kTitlePrefix, FieldKind::kText},
    {"topic", schema::kTopicPrefix, FieldKind::kBoolean},
    {"format", schema::kFormatPrefix, FieldKind::kBoolean},
    {"lang", schema::kLanguagePrefix, FieldKind::kBoolean},
    {"person", schema::kPersonPrefix, FieldKind::kEntity, entities::EntityType::kPerson},
    {"org", schema::kOrganizationPrefix, FieldKind::kEntity, entities::EntityType::kOrganization},
    {"place", schema::kPlacePrefix, FieldKind::kEntity, entities::EntityType::kPlace},
    {"date", schema::kDayPrefix, FieldKind::kDate},
};

bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}
bool ends_word(char c) {
    return is_space(c) || c == '(' || c == ')' || c == '"';
}
bool is_lower_ascii_word(std::string_view s) {
    if (s.empty() || s.size() > 16) return false;
    for (char c : s)
        if (c < 'a' || c > 'z') return false;
    return true;
}

// "NEAR", "NEAR/5", "ADJ", "ADJ/3": the operator and its window, or false.
bool proximity(const std::string& word, std::size_t column, Lexeme& out) {
    for (auto [name, kind] : {std::pair{"NEAR", Kind::kNear}, {"ADJ", Kind::kAdj}}) {
        const std::string_view n(name);
        if (word.compare(0, n.size(), n) != 0) continue;
        if (word.size() == n.size()) {
            out = {kind, word, column, kDefaultWindow};
            return true;
        }
        if (word[n.size()] != '/') return false;
        const std::string digits = word.substr(n.size() + 1);
        if (digits.empty() || digits.size() > 3 ||
            digits.find_first_not_of("0123456789") != std::string::npos || digits == "0")
            throw QuerySyntaxError(std::string(name) + "/N takes a number of words from 1 to 999" +
                                   " at column " + std::to_string(column));
        out = {kind, word, column, static_cast<unsigned>(std::atoi(digits.c_str()))};
        return true;
    }
    return false;
}

// A phrase's "~N" (slop) right after its closing quote, 0 when none.
unsigned slop_after(const std::string& q, std::size_t& i) {
    if (i >= q.size() || q[i] != '~') return 0;
    std::size_t end = i + 1;
    while (end < q.size() && end - i <= 3 && q[end] >= '0' && q[end] <= '9')
        ++end;
    if (end == i + 1) return 0;
    const unsigned slop = static_cast<unsigned>(std::atoi(q.substr(i + 1, end - i - 1).c_str()));
    i = end;
    return slop;
}

}  // namespace

const FieldSpec* field_named(std::string_view name) {
    for (const FieldSpec& f : kFields)
        if (f.name == name) return &f;
    return nullptr;
}

std::string field_names() {
    std::string names;
    for (const FieldSpec& f : kFields)
        names += (names.empty() ? "" : ", ") + std::string(f.name);
    return names;
}

std::string straighten_quotes(std::string_view query) {
    std::string out(query);
    for (std::string_view curly : {"\u201c", "\u201d", "\u201e"}) {
        for (auto at = out.find(curly); at != std::string::npos; at = out.find(curly, at + 1))
            out.replace(at, curly.size(), "\"");
    }
    return out;
}

namespace {

// A query typed all in capitals (caps lock, a pasted wire headline, TIME's
// topics) has no operators: its AND, OR and NOT are words, or "SOUTH VIET
// NAM AND WHAT THEY SEEK" would require both halves.
bool all_capitals(std::string_view q) {
    std::size_t upper = 0;
    for (char c : q) {
        if (c >= 'a' && c <= 'z') return false;
        upper += c >= 'A' && c <= 'Z';
    }
    return upper >= 12;
}

}  // namespace

std::vector<Lexeme> lex(const std::string& q) {
    const bool operators = !all_capitals(q);
    std::vector<Lexeme> out;
    std::size_t i = 0;
    while (i < q.size()) {
        const char c = q[i];
        const std::size_t column = i + 1;
        if (is_space(c)) {
            ++i;
        } else if (c == '(' || c == ')') {
            out.push_back({c == '(' ? Kind::kOpen : Kind::kClose, std::string(1, c), column});
            ++i;
        } else if (c == '"') {
            const std::size_t close = q.find('"', i + 1);
            if (close == std::string::npos)
                throw QuerySyntaxError("unterminated quote at column " + std::to_string(column));
            Lexeme phrase{Kind::kPhrase, q.substr(i + 1, close - i - 1), column};
            i = close + 1;
            phrase.window = slop_after(q, i);
            out.push_back(std::move(phrase));
        } else if ((c == '+' || c == '-') && i + 1 < q.size() && !ends_word(q[i + 1]) &&
                   q[i + 1] != '+' && q[i + 1] != '-') {
            out.push_back({c == '+' ? Kind::kPlus : Kind::kMinus, std::string(1, c), column});
            ++i;
        } else {
            std::size_t end = i;
            while (end < q.size() && !ends_word(q[end]))
                ++end;
            std::string word = q.substr(i, end - i);
            const auto colon = word.find(':');
            Lexeme op{};
            if (colon != std::string::npos && field_named(word.substr(0, colon))) {
                out.push_back({Kind::kField, word.substr(0, colon), column});
                end = i + colon + 1;  // what follows the colon is lexed on its own
            } else if (colon != std::string::npos && colon + 1 < word.size() &&
                       is_lower_ascii_word(word.substr(0, colon)) &&
                       word.compare(colon, 3, "://") != 0) {
                // "body:kharkiv" would match nothing: say so (a URL is a word).
                throw QuerySyntaxError("unknown field '" + word.substr(0, colon + 1) +
                                       "' at column " + std::to_string(column) +
                                       " (fields: " + field_names() + ")");
            } else if (operators && (word == "AND" || word == "OR" || word == "NOT")) {
                out.push_back({word == "AND"  ? Kind::kAnd
                               : word == "OR" ? Kind::kOr
                                              : Kind::kNot,
                               word, column});
            } else if (operators && proximity(word, column, op)) {
                out.push_back(std::move(op));
            } else {
                out.push_back({Kind::kWord, std::move(word), column});
            }
            i = end;
        }
    }
    out.push_back({Kind::kEnd, "", q.size() + 1});
    return out;
}

}  // namespace newsdex::search::query
