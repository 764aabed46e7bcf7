#include "newsdex/search/query_parser.hpp"

#include <map>
#include <optional>
#include <vector>

#include "newsdex/schema/schema.hpp"
#include "newsdex/search/date_query.hpp"

namespace newsdex::search {

using analysis::Analyzer;
using analysis::StopwordSet;
using analysis::Token;
using analysis::TokenList;

namespace {

enum class Kind { kWord, kPhrase, kField, kPlus, kMinus, kAnd, kOr, kNot, kOpen, kClose, kEnd };

// Limits on what a query may be, so that no query can take seconds or
// exhaust the stack: bytes, words and operators, parentheses deep.
constexpr std::size_t kMaxQueryBytes = 64 * 1024;
constexpr std::size_t kMaxLexemes = 1024;
constexpr int kMaxDepth = 32;

struct Lexeme {
    Kind kind;
    std::string text;
    std::size_t column;  // 1-based, for messages
};

// The fields a query may name. Text fields go through the analyzer and
// rank; the others filter: on exact (lower-cased) values, on an entity's
// canonical name (aliases resolved), or on dates.
enum class FieldKind { kText, kBoolean, kEntity, kDate };

struct FieldSpec {
    std::string_view name;
    std::string_view prefix;
    FieldKind kind;
    entities::EntityType entity = entities::EntityType::kPlace;
};

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

const FieldSpec* field_named(std::string_view name) {
    for (const FieldSpec& f : kFields)
        if (f.name == name) return &f;
    return nullptr;
}

bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}
bool ends_word(char c) {
    return is_space(c) || c == '(' || c == ')' || c == '"';
}

// Curly double quotes become straight ones, so a query pasted from a word
// processor still has its phrases.
std::string straighten_quotes(std::string_view query) {
    std::string out(query);
    for (std::string_view curly : {"\u201c", "\u201d", "\u201e"}) {
        for (auto at = out.find(curly); at != std::string::npos; at = out.find(curly, at + 1))
            out.replace(at, curly.size(), "\"");
    }
    return out;
}

std::vector<Lexeme> lex(const std::string& q) {
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
            out.push_back({Kind::kPhrase, q.substr(i + 1, close - i - 1), column});
            i = close + 1;
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
            if (colon != std::string::npos && field_named(word.substr(0, colon))) {
                out.push_back({Kind::kField, word.substr(0, colon), column});
                end = i + colon + 1;  // what follows the colon is lexed on its own
            } else if (word == "AND" || word == "OR" || word == "NOT") {
                out.push_back({word == "AND"  ? Kind::kAnd
                               : word == "OR" ? Kind::kOr
                                              : Kind::kNot,
                               word, column});
            } else {
                out.push_back({Kind::kWord, std::move(word), column});
            }
            i = end;
        }
    }
    out.push_back({Kind::kEnd, "", q.size() + 1});
    return out;
}

// Recursive descent over the lexemes:
//   or  := and ("OR" and)*
//   and := seq ("AND" seq)*
//   seq := item+          (+ required, - / NOT excluded, the rest optional)
//   item := ("+" | "-" | "NOT")? primary
//   primary := "(" or ")" | [field ":"] (word | "phrase")
class Parser {
  public:
    Parser(const Analyzer& analyzer, const StopwordSet* stopwords,
           const analysis::StemmerSet* stemmers, const EntityResolver* resolver,
           std::vector<Lexeme> lexemes)
        : analyzer_(analyzer),
          stopwords_(stopwords),
          stemmers_(stemmers),
          resolver_(resolver),
          lx_(std::move(lexemes)) {}

    std::optional<Xapian::Query> parse_all() {
        auto query = parse_or();
        if (peek().kind != Kind::kEnd) fail("unexpected '" + peek().text + "'");
        return query;
    }
    std::set<std::string> highlights;
    MatchSequences sequences;
    bool dropped_stopword = false;

  private:
    const Lexeme& peek() const { return lx_[pos_]; }
    const Lexeme& next() { return lx_[pos_++]; }
    [[noreturn]] void fail(const std::string& what) const {
        throw QuerySyntaxError(what + " at column " + std::to_string(peek().column));
    }
    bool starts_item() const {
        Kind k = peek().kind;
        return k == Kind::kWord || k == Kind::kPhrase || k == Kind::kField || k == Kind::kPlus ||
               k == Kind::kMinus || k == Kind::kNot || k == Kind::kOpen;
    }

    // Joins the parts with one operator; nothing when there are no parts.
    static std::optional<Xapian::Query> join(Xapian::Query::op op,
                                             const std::vector<Xapian::Query>& parts) {
        if (parts.empty()) return std::nullopt;
        if (parts.size() == 1) return parts.front();
        return Xapian::Query(op, parts.begin(), parts.end());
    }

    std::optional<Xapian::Query> parse_or() { return parse_binary(Kind::kOr); }

    // or := and ("OR" and)*, and := seq ("AND" seq)*
    std::optional<Xapian::Query> parse_binary(Kind op) {
        auto operand = [&] { return op == Kind::kOr ? parse_binary(Kind::kAnd) : parse_seq(); };
        std::vector<Xapian::Query> parts;
        if (auto q = operand()) parts.push_back(*q);
        while (peek().kind == op) {
            next();
            if (!starts_item()) fail(lx_[pos_ - 1].text + " needs a term after it");
            if (auto q = operand()) parts.push_back(*q);
        }
        return join(op == Kind::kOr ? Xapian::Query::OP_OR : Xapian::Query::OP_AND, parts);
    }

    std::optional<Xapian::Query> parse_seq() {
        if (!starts_item())
            fail(peek().kind == Kind::kEnd ? "expected a term"
                                           : "unexpected '" + peek().text + "'");
        std::vector<Xapian::Query> required, optional, excluded;
        std::map<std::string_view, std::vector<Xapian::Query>> filters;  // by prefix
        bool any_excluded = false;
        while (starts_item()) {
            const Kind mod = peek().kind;
            if (mod == Kind::kPlus || mod == Kind::kMinus || mod == Kind::kNot) {
                next();
                if (!starts_item() || peek().kind == Kind::kNot)
                    fail("'" + lx_[pos_ - 1].text + "' needs a term after it");
            }
            const bool exclude = mod == Kind::kMinus || mod == Kind::kNot;
            any_excluded |= exclude;
            std::string_view filter_prefix;
            auto query = parse_primary(/*keep_stopwords=*/mod == Kind::kPlus || exclude, exclude,
                                       filter_prefix);
            if (!query) continue;
            if (!filter_prefix.empty() && !exclude) {
                filters[filter_prefix].push_back(*query);
                continue;
            }
            (exclude ? excluded : mod == Kind::kPlus ? required : optional).push_back(*query);
        }
        auto must = join(Xapian::Query::OP_AND, required);
        auto may = join(Xapian::Query::OP_OR, optional);
        auto positive = must && may ? Xapian::Query(Xapian::Query::OP_AND_MAYBE, *must, *may)
                        : must      ? must
                                    : may;
        // Values of one field widen (OR), different fields narrow (AND), as
        // Xapian's QueryParser does with boolean prefixes.
        std::vector<Xapian::Query> filter_parts;
        for (const auto& [prefix, values] : filters)
            filter_parts.push_back(*join(Xapian::Query::OP_OR, values));
        if (auto filter = join(Xapian::Query::OP_AND, filter_parts)) {
            // Alone, a filter matches without ranking: every hit weighs 0.
            positive = positive ? Xapian::Query(Xapian::Query::OP_FILTER, *positive, *filter)
                                : Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, *filter, 0.0);
        }
        if (!positive && any_excluded) fail("a query needs at least one term that is not excluded");
        if (positive && !excluded.empty())
            return Xapian::Query(Xapian::Query::OP_AND_NOT, *positive,
                                 *join(Xapian::Query::OP_OR, excluded));
        return positive;
    }

    // Sets filter_prefix when the item is a boolean filter (topic:cocoa).
    std::optional<Xapian::Query> parse_primary(bool keep_stopwords, bool excluded,
                                               std::string_view& filter_prefix) {
        if (peek().kind == Kind::kOpen) {
            // Recursion: bounded, so that "((((..." cannot exhaust the stack.
            if (++depth_ > kMaxDepth)
                fail("parentheses nested more than " + std::to_string(kMaxDepth) + " deep");
            next();
            auto query = parse_or();
            if (peek().kind != Kind::kClose) fail("missing ')'");
            next();
            --depth_;
            return query;
        }
        std::string_view prefix;
        if (peek().kind == Kind::kField) {
            const FieldSpec& field = *field_named(next().text);
            if (peek().kind != Kind::kWord && peek().kind != Kind::kPhrase)
                fail(std::string(field.name) + ": needs a word or \"phrase\" after it");
            prefix = field.prefix;
            if (field.kind != FieldKind::kText) {
                filter_prefix = field.prefix;
                return filter_query(field, next().text);
            }
        }
        const Lexeme& lexeme = next();
        return text_query(lexeme, prefix, keep_stopwords || lexeme.kind == Kind::kPhrase, excluded);
    }

    Xapian::Query filter_query(const FieldSpec& field, const std::string& value) const {
        switch (field.kind) {
            case FieldKind::kDate:
                return date_filter(value);
            case FieldKind::kEntity:
                return Xapian::Query(schema::boolean_term(
                    field.prefix, resolver_ ? (*resolver_)(field.entity, value) : value));
            default:
                return Xapian::Query(schema::boolean_term(field.prefix, value));
        }
    }

    // A word or phrase through the analyzer. One token is a word: its stems
    // in the index's languages (word_query), or its exact term where there
    // are no stems (title: words, an index without languages). Several
    // tokens (a quoted phrase, "North-Korean", CJK) must appear in order,
    // within the span they had in the query.
    std::optional<Xapian::Query> text_query(const Lexeme& lexeme, std::string_view prefix,
                                            bool keep_stopwords, bool excluded) {
        TokenList tokens = analyzer_.analyze(lexeme.text);
        if (tokens.empty()) return std::nullopt;
        if (tokens.size() > kMaxLexemes) fail("a phrase of more than 1024 words");
        if (tokens.size() == 1 && !keep_stopwords && stopwords_ &&
            stopwords_->contains(tokens[0].text)) {
            dropped_stopword = true;
            return std::nullopt;
        }
        if (tokens.size() == 1) return word_query(tokens[0], prefix, excluded);
        std::vector<Xapian::Query> terms;
        std::vector<MatchWord> words;
        for (const Token& token : tokens) {
            terms.emplace_back(std::string(prefix) + token.text, 1, token.position + 1);
            words.push_back({token.text});
            if (!excluded) highlights.insert(token.text);
        }
        if (!excluded) sequences.push_back(std::move(words));
        const Xapian::termcount window = tokens.back().position - tokens.front().position + 1;
        return Xapian::Query(Xapian::Query::OP_PHRASE, terms.begin(), terms.end(), window);
    }

    Xapian::Query word_query(const Token& token, std::string_view prefix, bool excluded) {
        MatchWord alternatives = {token.text};
        std::vector<Xapian::Query> terms = {Xapian::Query(std::string(prefix) + token.text, 1, 1)};
        if (prefix.empty() && stemmers_) {
            for (const std::string& stem : stemmers_->stems(token.text)) {
                alternatives.push_back(std::string(schema::kStemPrefix) + stem);
                terms.emplace_back(alternatives.back());
            }
        }
        if (!excluded) {
            highlights.insert(token.text);
            sequences.push_back({std::move(alternatives)});
        }
        // With stems, the word is searched as its stems only (Xapian's
        // STEM_ALL): adding the exact term too counted exact matches twice
        // and measured worse (MAP 0.682 against 0.699 on TIME).
        if (terms.size() == 1) return terms.front();
        return Xapian::Query(Xapian::Query::OP_OR, terms.begin() + 1, terms.end());
    }

    const Analyzer& analyzer_;
    const StopwordSet* stopwords_;
    const analysis::StemmerSet* stemmers_;
    const EntityResolver* resolver_;
    std::vector<Lexeme> lx_;
    std::size_t pos_ = 0;
    int depth_ = 0;
};

}  // namespace

ParsedQuery QueryParser::parse(std::string_view query) const {
    if (query.size() > kMaxQueryBytes)
        throw QuerySyntaxError("the query is longer than " + std::to_string(kMaxQueryBytes) +
                               " bytes");
    const std::string text = straighten_quotes(query);
    std::vector<Lexeme> lexemes = lex(text);
    if (lexemes.size() > kMaxLexemes + 1)  // + the end
        throw QuerySyntaxError("the query has more than " + std::to_string(kMaxLexemes) +
                               " words, phrases and operators");
    Parser parser(analyzer_, &stopwords_, stemmers_, resolver_, std::move(lexemes));
    if (auto result = parser.parse_all())
        return {*result, std::move(parser.highlights), std::move(parser.sequences)};
    if (parser.dropped_stopword) {
        // Nothing but stopwords ("the who"): search for them after all.
        Parser without_stopwords(analyzer_, nullptr, stemmers_, resolver_, lex(text));
        if (auto result = without_stopwords.parse_all())
            return {*result, std::move(without_stopwords.highlights),
                    std::move(without_stopwords.sequences)};
    }
    throw QuerySyntaxError("the query has no words to search for");
}

}  // namespace newsdex::search
