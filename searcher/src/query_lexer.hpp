#pragma once
// The query language's words: the lexer and the table of fields. Private
// to the query parser.
#include <string>
#include <string_view>
#include <vector>

#include "newsdex/entities/entities.hpp"

namespace newsdex::search::query {

// Limits on what a query may be, so that no query can take seconds or
// exhaust the stack: bytes, words and operators, parentheses deep.
constexpr std::size_t kMaxQueryBytes = 64 * 1024;
constexpr std::size_t kMaxLexemes = 1024;
constexpr int kMaxDepth = 32;
// Proximity: NEAR and ADJ without /N.
constexpr unsigned kDefaultWindow = 10;

enum class Kind {
    kWord,
    kPhrase,  // "..." (window: ~N slop, 0 for none)
    kField,   // title:, topic:... (text: the field's name)
    kPlus,
    kMinus,
    kAnd,
    kOr,
    kNot,
    kNear,  // NEAR, NEAR/N: within N words, any order
    kAdj,   // ADJ, ADJ/N: within N words, in order
    kOpen,
    kClose,
    kEnd
};

struct Lexeme {
    Kind kind;
    std::string text;
    std::size_t column;   // 1-based, for messages
    unsigned window = 0;  // kNear, kAdj, kPhrase with ~N
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

const FieldSpec* field_named(std::string_view name);
// "title, topic, format, lang, person, org, place, date".
std::string field_names();

// Curly double quotes become straight ones, so a query pasted from a word
// processor still has its phrases.
std::string straighten_quotes(std::string_view query);

// Throws QuerySyntaxError (unterminated quote, unknown field, bad /N).
std::vector<Lexeme> lex(const std::string& query);

}  // namespace newsdex::search::query
