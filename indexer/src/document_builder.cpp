#include "newsdex/index/document_builder.hpp"

#include <cstdint>
#include <cstdio>

#include "newsdex/hash.hpp"
#include "newsdex/schema/schema.hpp"
#include "newsdex/schema/stored_fields.hpp"

namespace newsdex::index {

namespace {

using analysis::Token;
using analysis::TokenList;

std::string prefixed(std::string_view prefix, std::string_view value) {
    std::string term(prefix);
    term += value;
    return term;
}

}  // namespace

AnalyzedText DocumentBuilder::analyze(const Document& document) const {
    const analysis::Analyzer& analyzer = analyzers_.for_language(document.lang);
    return {analyzer.analyze(document.title), analyzer.analyze(document.body)};
}

Xapian::Document DocumentBuilder::build(const Document& document, const AnalyzedText& text) const {
    Xapian::Document out;
    out.add_boolean_term(schema::id_term_of(document));
    add_kinds(out, document);
    add_text(out, text);
    add_date(out, document);
    add_entities(out, document);
    add_content_hash(out, text);
    out.set_data(schema::encode_stored_fields(document));
    return out;
}

namespace {

// A token at a position: its text and other forms with the position, its
// stem without (stems serve ranking, not phrases), unless the word's own
// term serves as its stem (Chinese and Japanese words). Returns the
// within-document frequency of a stem term so left out.
Xapian::termcount add_token(Xapian::Document& out, const Token& token, Xapian::termpos position,
                            Xapian::termcount weight) {
    out.add_posting(token.text, position, weight);
    for (const std::string& form : token.forms)
        out.add_posting(form, position, weight);
    Xapian::termcount left_out = 0;
    if (!token.stem.empty()) {
        if (schema::word_serves_as_stem(token.text, token.stem))
            left_out = weight;
        else
            out.add_term(prefixed(schema::kStemPrefix, token.stem), weight);
    }
    for (const std::string& part : token.part_stems)
        out.add_term(prefixed(schema::kStemPrefix, part), weight);
    return left_out;
}

}  // namespace

void DocumentBuilder::add_text(Xapian::Document& out, const AnalyzedText& text) const {
    // Title words: prefixed for title: queries, and unprefixed with extra
    // weight so that a match in the headline ranks higher.
    const TokenList& title = text.title;
    Xapian::termcount left_out = 0;
    for (const Token& token : title) {
        out.add_posting(prefixed(schema::kTitlePrefix, token.text), token.position + 1);
        left_out += add_token(out, token, token.position + 1, schema::kTitleWeight);
    }
    const Xapian::termpos body_start =
        (title.empty() ? 1 : title.back().position + 2) + schema::kBodyPositionGap;
    for (const Token& token : text.body)
        left_out += add_token(out, token, body_start + token.position, 1);
    if (left_out > 0) out.add_term(std::string(schema::kStemLengthTerm), left_out);
}

void DocumentBuilder::add_kinds(Xapian::Document& out, const Document& document) const {
    // Each as a term (to filter by) and as a value (to count, see the
    // schema); values hold the term's text, without its prefix.
    std::string format = schema::boolean_term(schema::kFormatPrefix, document.format);
    out.add_boolean_term(format);
    out.add_value(schema::kFormatSlot, format.substr(schema::kFormatPrefix.size()));
    if (!document.lang.empty()) {
        std::string lang = schema::boolean_term(schema::kLanguagePrefix, document.lang);
        out.add_boolean_term(lang);
        out.add_value(schema::kLanguageSlot, lang.substr(schema::kLanguagePrefix.size()));
    }
    const auto topics = document.metadata.find("topics");
    if (topics == document.metadata.end()) return;
    std::string list;
    for (const std::string& topic : topics->second) {
        std::string term = schema::boolean_term(schema::kTopicPrefix, topic);
        if (term.size() == schema::kTopicPrefix.size()) continue;
        out.add_boolean_term(term);
        if (!list.empty()) list += schema::kListSeparator;
        list.append(term, schema::kTopicPrefix.size());
    }
    if (!list.empty()) out.add_value(schema::kTopicsSlot, list);
}

void DocumentBuilder::add_entities(Xapian::Document& out, const Document& document) const {
    const struct {
        const std::vector<std::string>& names;
        std::string_view prefix;
        unsigned slot;
    } kinds[] = {{document.people, schema::kPersonPrefix, schema::kPeopleSlot},
                 {document.organizations, schema::kOrganizationPrefix, schema::kOrganizationsSlot},
                 {document.places, schema::kPlacePrefix, schema::kPlacesSlot}};
    for (const auto& kind : kinds) {
        if (kind.names.empty()) continue;
        std::string list;
        for (const std::string& name : kind.names) {
            out.add_boolean_term(schema::boolean_term(kind.prefix, name));
            if (!list.empty()) list += schema::kListSeparator;
            list += name;
        }
        out.add_value(kind.slot, list);
    }
}

void DocumentBuilder::add_date(Xapian::Document& out, const Document& document) const {
    if (!document.date) {
        out.add_boolean_term(std::string(schema::kNoDateTerm));
        out.add_value(schema::kDateAscendingSlot, std::string(schema::kUndatedSortKey));
        return;
    }
    const std::string day = document.date->compact();
    out.add_value(schema::kDateSlot, day);
    out.add_value(schema::kDateAscendingSlot, day);
    out.add_boolean_term(prefixed(schema::kDayPrefix, day));
    out.add_boolean_term(prefixed(schema::kMonthPrefix, day.substr(0, 6)));
    out.add_boolean_term(prefixed(schema::kYearPrefix, day.substr(0, 4)));
}

void DocumentBuilder::add_content_hash(Xapian::Document& out, const AnalyzedText& text) const {
    if (text.title.size() + text.body.size() < 10) return;  // too little to call a copy
    // FNV-1a over the folded words: stable across runs and machines.
    std::uint64_t hash = kFnvOffsetBasis;
    for (const TokenList* list : {&text.title, &text.body})
        for (const Token& token : *list)
            hash = fnv1a("\x1f", fnv1a(token.text, hash));  // 0x1f: word boundary
    out.add_value(schema::kContentSlot, hex64(hash));
}

}  // namespace newsdex::index
