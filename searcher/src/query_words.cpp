#include "query_words.hpp"

#include "newsdex/entities/gazetteer.hpp"
#include "newsdex/schema/schema.hpp"
#include "newsdex/strings.hpp"

namespace newsdex::search {

using analysis::Token;
using analysis::TokenList;

namespace {

// A wildcard expands to at most this many words; beyond, the query is
// refused with a message (Xapian's WILDCARD_LIMIT_ERROR).
constexpr Xapian::termcount kMaxWildcardWords = 1000;
// What a document tagged with the entity a query names, but not writing
// the name as typed, gains: about a tenth of what the word gives, so that
// it ranks after the stories that write it. Added to every tagged story,
// the boost cost MAP on the Reuters-21578 dev topics (0.5: -0.3%, 2.0:
// -1.6%); given only to stories the words do not match, it leaves their
// ranking as it was.
constexpr double kEntityWeight = 0.5;

// Han ideographs, kana: scripts written without spaces between words.
bool written_without_spaces(std::string_view text) {
    for (std::size_t i = 0; i + 2 < text.size(); ++i) {
        const auto lead = static_cast<unsigned char>(text[i]);
        if (lead >= 0xE3 && lead <= 0xE9) return true;  // U+3000-U+9FFF
    }
    return false;
}

// German spells ä, ö, ü as ae, oe, ue where it has no umlauts (Muenchen,
// Koeln); the index folds them to a, o, u.
std::optional<std::string> without_umlaut_spelling(const std::string& word) {
    std::string out;
    bool changed = false;
    for (std::size_t i = 0; i < word.size(); ++i) {
        if (i + 1 < word.size() && word[i + 1] == 'e' && i > 0 &&
            (word[i] == 'a' || word[i] == 'o' || word[i] == 'u') && word[i - 1] != 'e' &&
            word[i - 1] != 'a' && word[i - 1] != 'o' && word[i - 1] != 'q') {
            out += word[i];
            ++i;
            changed = true;
        } else {
            out += word[i];
        }
    }
    if (!changed) return std::nullopt;
    return out;
}

}  // namespace

std::optional<Xapian::Query> QueryWords::text(const query::Lexeme& lexeme, std::string_view prefix,
                                              bool keep_stopwords, bool excluded) {
    if (lexeme.kind == query::Kind::kWord && lexeme.text.size() > 1 && ends_with(lexeme.text, "*"))
        return wildcard(lexeme.text.substr(0, lexeme.text.size() - 1), prefix, excluded);
    TokenList tokens = c_.analyzer.analyze(lexeme.text);
    if (tokens.empty()) return std::nullopt;
    if (tokens.size() > query::kMaxLexemes)
        throw QuerySyntaxError("a phrase of more than 1024 words");
    if (tokens.size() == 1 && !keep_stopwords && c_.stopwords &&
        c_.stopwords->contains(tokens[0].text)) {
        dropped_stopword = true;
        return std::nullopt;
    }
    Xapian::Query query;
    if (tokens.size() == 1) {
        query = word_query(tokens[0], prefix, excluded);
    } else if (lexeme.kind == query::Kind::kWord && written_without_spaces(lexeme.text)) {
        // 杭州亚运会 typed without spaces: its words, in any order, with
        // the phrase as a boost, not a requirement.
        std::vector<Xapian::Query> words;
        for (const Token& token : tokens)
            words.push_back(word_query(token, prefix, excluded));
        query = Xapian::Query(Xapian::Query::OP_AND_MAYBE,
                              Xapian::Query(Xapian::Query::OP_OR, words.begin(), words.end()),
                              phrase_query(tokens, prefix, 0, true));
    } else {
        query = phrase_query(tokens, prefix, lexeme.window, excluded);
    }
    if (excluded || !prefix.empty()) return query;
    return with_entity(query, tokens);
}

std::vector<Xapian::Query> QueryWords::positional(const std::string& text, bool excluded) {
    std::vector<Xapian::Query> terms;
    for (const Token& token : c_.analyzer.analyze(text)) {
        if (!excluded) {
            highlights.insert(token.text);
            sequences.push_back({{token.text}});
        }
        terms.emplace_back(token.text, 1, 1);
    }
    return terms;
}

Xapian::Query QueryWords::phrase_query(const TokenList& tokens, std::string_view prefix,
                                       unsigned slop, bool excluded) {
    std::vector<Xapian::Query> terms;
    std::vector<MatchWord> words;
    for (const Token& token : tokens) {
        terms.emplace_back(std::string(prefix) + token.text, 1, token.position + 1);
        words.push_back({token.text});
        if (!excluded) highlights.insert(token.text);
    }
    if (!excluded) sequences.push_back(std::move(words));
    const Xapian::termcount window = tokens.back().position - tokens.front().position + 1;
    // "a b"~3: the words within three more positions, in any order.
    if (slop > 0)
        return Xapian::Query(Xapian::Query::OP_NEAR, terms.begin(), terms.end(), window + slop);
    return Xapian::Query(Xapian::Query::OP_PHRASE, terms.begin(), terms.end(), window);
}

Xapian::Query QueryWords::word_query(const Token& token, std::string_view prefix, bool excluded) {
    MatchWord alternatives = {token.text};
    std::vector<Xapian::Query> terms = {Xapian::Query(std::string(prefix) + token.text, 1, 1)};
    std::vector<std::string> spellings = {token.text};
    if (c_.stemmers && c_.stemmers->has("de"))
        if (auto plain = without_umlaut_spelling(token.text)) spellings.push_back(*plain);
    if (prefix.empty() && c_.stemmers) {
        for (const std::string& spelling : spellings)
            for (const std::string& stem : c_.stemmers->stems(spelling)) {
                // The word's own term where it stands for the stem (the
                // index has no stem term for it).
                alternatives.push_back(schema::word_serves_as_stem(spelling, stem)
                                           ? stem
                                           : std::string(schema::kStemPrefix) + stem);
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

Xapian::Query QueryWords::wildcard(const std::string& text, std::string_view prefix,
                                   bool excluded) {
    const TokenList tokens = c_.analyzer.analyze(text);
    if (tokens.size() != 1)
        throw QuerySyntaxError("a wildcard needs one word before '*', not '" + text + "*'");
    const std::string stem = std::string(prefix) + tokens[0].text;
    if (!excluded) {
        highlights.insert(tokens[0].text + "*");
        sequences.push_back({{tokens[0].text + "*"}});  // a prefix, for snippets
    }
    // Over the exact words (stems would expand missil* but not khark*).
    return Xapian::Query(Xapian::Query::OP_WILDCARD, stem, kMaxWildcardWords,
                         Xapian::Query::WILDCARD_LIMIT_ERROR);
}

std::optional<Xapian::Query> QueryWords::with_entity(Xapian::Query query,
                                                     const TokenList& tokens) const {
    std::vector<std::string> folded;
    for (const Token& token : tokens)
        folded.push_back(token.text);
    // The stories tagged with the entity that do not write the word as
    // typed: those that do rank by their words alone, as without it.
    if (auto boost = entity_boost(folded))
        return Xapian::Query(Xapian::Query::OP_OR, query,
                             Xapian::Query(Xapian::Query::OP_AND_NOT, *boost, query));
    return query;
}

std::optional<Xapian::Query> QueryWords::entity_boost(
    const std::vector<std::string>& folded_words) const {
    if (!c_.aliases || folded_words.empty()) return std::nullopt;
    const std::string term = (*c_.aliases)(entities::alias_key(folded_words));
    if (term.empty()) return std::nullopt;
    // Boolean terms weigh nothing in BM25: a fixed weight, on the documents
    // tagged with the entity, whatever script they write it in.
    return Xapian::Query(
        Xapian::Query::OP_FILTER,
        Xapian::Query((new Xapian::FixedWeightPostingSource(kEntityWeight))->release()),
        Xapian::Query(term));
}

std::string QueryWords::folded_word(const query::Lexeme& lexeme) const {
    if (lexeme.kind != query::Kind::kWord || ends_with(lexeme.text, "*")) return {};
    const TokenList tokens = c_.analyzer.analyze(lexeme.text);
    return tokens.size() == 1 ? tokens[0].text : std::string();
}

}  // namespace newsdex::search
