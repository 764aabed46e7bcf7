#include "newsdex/index/enricher.hpp"

#include <algorithm>

#include "newsdex/analysis/language.hpp"
#include "newsdex/entities/dates.hpp"

namespace newsdex::index {

namespace {

using entities::EntityType;

void append_new(std::vector<std::string>& list, const std::string& name) {
    if (!name.empty() && std::find(list.begin(), list.end(), name) == list.end())
        list.push_back(name);
}

}  // namespace

void Enricher::enrich(Document& document, std::optional<Date> not_after) const {
    document.lang = analysis::normalize_language_tag(document.lang);
    if (document.lang.empty())
        document.lang = analysis::detect_language(document.title + "\n" + document.body);
    if (!document.date) document.date = entities::find_report_date(document.body, not_after);
    if (!document.date) document.date = entities::find_report_date(document.title, not_after);

    // Categories the source assigned (Reuters codes) come first.
    const struct {
        const char* key;
        EntityType type;
        std::vector<std::string>& list;
    } sourced[] = {{"people", EntityType::kPerson, document.people},
                   {"orgs", EntityType::kOrganization, document.organizations},
                   {"places", EntityType::kPlace, document.places}};
    for (const auto& s : sourced)
        if (auto it = document.metadata.find(s.key); it != document.metadata.end())
            for (const std::string& code : it->second)
                append_new(s.list, gazetteer_.from_code(s.type, code));
}

void Enricher::add_entities(Document& document, const analysis::TokenList& title,
                            const analysis::TokenList& body) const {
    const entities::Entities found =
        extractor_.extract(document.title, title, document.body, body, document.lang);
    for (const auto& name : found.people)
        append_new(document.people, name);
    for (const auto& name : found.organizations)
        append_new(document.organizations, name);
    for (const auto& name : found.places)
        append_new(document.places, name);
}

}  // namespace newsdex::index
