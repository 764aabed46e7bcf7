#include "newsdex/search/query_parser.hpp"

#include <map>
#include <optional>
#include <vector>

#include "newsdex/schema/schema.hpp"
#include "newsdex/search/date_query.hpp"
#include "query_lexer.hpp"
#include "query_words.hpp"

namespace newsdex::search {

using analysis::Analyzer;
using analysis::StopwordSet;
using analysis::Token;
using analysis::TokenList;

namespace {

using query::FieldKind;
using query::FieldSpec;
using query::Kind;
using query::kMaxDepth;
using query::kMaxLexemes;
using query::Lexeme;

// Recursive descent over the lexemes:
//   or   := and ("OR" and)*
//   and  := seq ("AND" seq)*
//   seq  := item+          (+ required, - / NOT excluded, the rest optional)
//   item := ("+" | "-" | "NOT")? near
//   near := primary (("NEAR" | "NEAR/n" | "ADJ" | "ADJ/n") primary)*
//   primary := "(" or ")" | [field ":"] (word | word* | "phrase" | "phrase"~n)
class Parser {
  public:
    Parser(const QueryWords& words, const EntityResolver* resolver, std::vector<Lexeme> lexemes)
        : words_(words), resolver_(resolver), lx_(std::move(lexemes)) {}

    std::optional<Xapian::Query> parse_all() {
        auto query = parse_or();
        if (peek().kind != Kind::kEnd) fail("unexpected '" + peek().text + "'");
        return query;
    }
    bool dropped_stopword() const { return words_.dropped_stopword; }
    ParsedQuery finish(Xapian::Query query) {
        return {std::move(query), std::move(words_.highlights), std::move(words_.sequences)};
    }

    // Joins the parts with one operator; nothing when there are no parts.
    static std::optional<Xapian::Query> join(Xapian::Query::op op,
                                             const std::vector<Xapian::Query>& parts) {
        if (parts.empty()) return std::nullopt;
        if (parts.size() == 1) return parts.front();
        return Xapian::Query(op, parts.begin(), parts.end());
    }

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
        std::vector<std::string> name_run;  // plain words in a row: Kim Yo Jong
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
            const std::size_t start = pos_;
            const bool plain = mod != Kind::kPlus && !exclude && lx_[start].kind == Kind::kWord;
            auto query = parse_near(/*keep_stopwords=*/mod == Kind::kPlus || exclude, exclude,
                                    filter_prefix);
            const std::string folded =
                plain && pos_ == start + 1 ? words_.folded_word(lx_[start]) : std::string();
            if (folded.empty()) {
                add_name_boosts(name_run, optional);
            } else {
                name_run.push_back(folded);
            }
            if (!query) continue;
            if (!filter_prefix.empty() && !exclude) {
                filters[filter_prefix].push_back(*query);
                continue;
            }
            (exclude ? excluded : mod == Kind::kPlus ? required : optional).push_back(*query);
        }
        add_name_boosts(name_run, optional);
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

    // Names of two to four words typed apart ("Kim Yo Jong", "New York"):
    // the longest that the index knows as an entity, left to right.
    void add_name_boosts(std::vector<std::string>& run, std::vector<Xapian::Query>& optional) {
        for (std::size_t i = 0; i + 1 < run.size();) {
            std::size_t taken = 0;
            for (std::size_t n = std::min<std::size_t>(4, run.size() - i); n >= 2 && !taken; --n)
                if (auto boost = words_.entity_boost({run.begin() + i, run.begin() + i + n})) {
                    optional.push_back(*boost);
                    taken = n;
                }
            i += taken ? taken : 1;
        }
        run.clear();
    }

    // near := primary (NEAR[/n] | ADJ[/n] primary)*: words within n of each
    // other (any order, or in order for ADJ), on their exact terms, which
    // carry positions.
    std::optional<Xapian::Query> parse_near(bool keep_stopwords, bool excluded,
                                            std::string_view& filter_prefix) {
        if (peek().kind != Kind::kWord && peek().kind != Kind::kPhrase)
            return parse_primary(keep_stopwords, excluded, filter_prefix);
        const std::size_t first = pos_;
        std::size_t end = pos_ + 1;
        while (lx_[end].kind == Kind::kNear || lx_[end].kind == Kind::kAdj) {
            if (lx_[end + 1].kind != Kind::kWord && lx_[end + 1].kind != Kind::kPhrase) {
                pos_ = end + 1;
                fail(lx_[end].text + " needs a word or \"phrase\" on each side");
            }
            end += 2;
        }
        if (end == first + 1) return parse_primary(keep_stopwords, excluded, filter_prefix);
        std::vector<Xapian::Query> parts;
        unsigned window = 0;
        bool ordered = true;
        for (std::size_t at = first; at < end; at += 2) {
            if (at > first) {
                window = std::max(window, lx_[at - 1].window);
                ordered = ordered && lx_[at - 1].kind == Kind::kAdj;
            }
            for (Xapian::Query& term : words_.positional(lx_[at].text, excluded))
                parts.push_back(std::move(term));
        }
        pos_ = end;
        if (parts.size() < 2) return join(Xapian::Query::OP_AND, parts);
        return Xapian::Query(ordered ? Xapian::Query::OP_PHRASE : Xapian::Query::OP_NEAR,
                             parts.begin(), parts.end(), window + parts.size() - 1);
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
            const FieldSpec& field = *query::field_named(next().text);
            if (peek().kind != Kind::kWord && peek().kind != Kind::kPhrase)
                fail(std::string(field.name) + ": needs a word or \"phrase\" after it");
            prefix = field.prefix;
            if (field.kind != FieldKind::kText) {
                filter_prefix = field.prefix;
                return filter_query(field, next().text);
            }
        }
        const Lexeme& lexeme = next();
        try {
            return words_.text(lexeme, prefix, keep_stopwords || lexeme.kind == Kind::kPhrase,
                               excluded);
        } catch (const QuerySyntaxError& e) {
            --pos_;
            fail(e.what());
        }
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

    QueryWords words_;
    const EntityResolver* resolver_;
    std::vector<Lexeme> lx_;
    std::size_t pos_ = 0;
    int depth_ = 0;
};

}  // namespace

ParsedQuery QueryParser::parse(std::string_view query) const {
    if (query.size() > query::kMaxQueryBytes)
        throw QuerySyntaxError("the query is longer than " + std::to_string(query::kMaxQueryBytes) +
                               " bytes");
    const std::string text = query::straighten_quotes(query);
    std::vector<Lexeme> lexemes = query::lex(text);
    if (lexemes.size() > kMaxLexemes + 1)  // + the end
        throw QuerySyntaxError("the query has more than " + std::to_string(kMaxLexemes) +
                               " words, phrases and operators");
    const QueryWords::Context context{analyzer_, &stopwords_, stemmers_, aliases_};
    Parser parser(QueryWords(context), resolver_, lexemes);
    if (auto result = parser.parse_all()) return parser.finish(*result);
    if (parser.dropped_stopword()) {
        // Nothing but stopwords ("the who"): search for them after all.
        Parser again(QueryWords({analyzer_, nullptr, stemmers_, aliases_}), resolver_, lexemes);
        if (auto result = again.parse_all()) return again.finish(*result);
    }
    throw QuerySyntaxError("the query has no words to search for");
}

}  // namespace newsdex::search
