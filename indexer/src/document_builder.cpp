#include "newsdex/index/document_builder.hpp"

#include "newsdex/index/stored_fields.hpp"
#include "newsdex/schema.hpp"

namespace newsdex::index {

namespace {

std::string prefixed(std::string_view prefix, std::string_view value) {
    std::string term(prefix);
    term += value;
    return term;
}

}  // namespace

void enrich(Document& document) {
    if (!document.date) {
        document.date = find_date_in_text(document.body);
        if (!document.date) document.date = find_date_in_text(document.title);
    }
}

Xapian::Document DocumentBuilder::build(const Document& document) const {
    Xapian::Document out;
    out.add_boolean_term(schema::id_term(document.id));
    out.add_boolean_term(schema::boolean_term(schema::kFormatPrefix, document.format));
    if (auto topics = document.metadata.find("topics"); topics != document.metadata.end())
        for (const std::string& topic : topics->second)
            out.add_boolean_term(schema::boolean_term(schema::kTopicPrefix, topic));
    add_text(out, document);
    add_date(out, document);
    out.set_data(encode_stored_fields(document));
    return out;
}

void DocumentBuilder::add_text(Xapian::Document& out, const Document& document) const {
    // Title words: prefixed for title: queries, and unprefixed with extra
    // weight so that a match in the headline ranks higher.
    const TokenList title = analyzer_.analyze(document.title);
    for (const Token& token : title) {
        out.add_posting(prefixed(schema::kTitlePrefix, token.text), token.position + 1);
        out.add_posting(token.text, token.position + 1, schema::kTitleWeight);
    }
    const Xapian::termpos body_start =
        (title.empty() ? 1 : title.back().position + 2) + schema::kBodyPositionGap;
    for (const Token& token : analyzer_.analyze(document.body))
        out.add_posting(token.text, body_start + token.position);
}

void DocumentBuilder::add_date(Xapian::Document& out, const Document& document) const {
    if (!document.date) {
        out.add_boolean_term(std::string(schema::kNoDateTerm));
        return;
    }
    const std::string day = document.date->compact();
    out.add_value(schema::kDateSlot, day);
    out.add_boolean_term(prefixed(schema::kDayPrefix, day));
    out.add_boolean_term(prefixed(schema::kMonthPrefix, day.substr(0, 6)));
    out.add_boolean_term(prefixed(schema::kYearPrefix, day.substr(0, 4)));
}

}  // namespace newsdex::index
