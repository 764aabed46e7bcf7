#include "newsdex/index/pipeline.hpp"

#include <sys/stat.h>

#include <ctime>

#include "newsdex/hash.hpp"
#include "newsdex/schema/schema.hpp"

namespace newsdex::index {

std::string record_hash(const Document& d, const std::string& file_term) {
    // Each field ends with a byte no UTF-8 text holds, so fields cannot
    // run into each other.
    std::uint64_t h = fnv1a(std::to_string(schema::kSchemaVersion));
    auto field = [&h](std::string_view text) { h = fnv1a("\xff", fnv1a(text, h)); };
    for (std::string_view text :
         {std::string_view(d.id), std::string_view(d.title), std::string_view(d.body),
          std::string_view(d.format), std::string_view(d.source), std::string_view(d.url),
          std::string_view(d.lang), std::string_view(d.collection), std::string_view(file_term)})
        field(text);
    field(d.date ? d.date->iso() : "");
    for (const auto& [key, values] : d.metadata) {
        field(key);
        for (const std::string& value : values)
            field(value);
    }
    return hex64(h);
}

namespace {

// Today, or the day of a file's last change when earlier, plus a day: no
// story is dated after it was written.
Date latest_report_date(std::time_t file_time) {
    const std::time_t now = std::time(nullptr);
    const std::time_t t = file_time > 0 && file_time < now ? file_time : now;
    return civil_from_days(static_cast<long>(t / 86400) + 1);
}

}  // namespace

void DocumentPipeline::begin_file(const std::string& path) {
    file_term_ = schema::source_file_term(path);
    ids_in_file_.clear();
    struct stat st {};
    not_after_ = latest_report_date(::stat(path.c_str(), &st) == 0 ? st.st_mtime : 0);
}

std::string DocumentPipeline::previous_record_hash(const std::string& id_term) const {
    if (!previous_) return {};
    for (int attempt = 0;; ++attempt) {
        try {
            auto doc = previous_->postlist_begin(id_term);
            if (doc == previous_->postlist_end(id_term)) return {};
            return previous_->get_document(*doc).get_value(schema::kRecordSlot);
        } catch (const Xapian::DatabaseModifiedError&) {
            // Our own writer committed since: read its newer revision.
            if (attempt == 3) throw;
            previous_->reopen();
        }
    }
}

void DocumentPipeline::record_aliases(const Document& document) {
    const struct {
        const std::vector<std::string>& names;
        entities::EntityType type;
        std::string_view prefix;
    } kinds[] = {
        {document.people, entities::EntityType::kPerson, schema::kPersonPrefix},
        {document.organizations, entities::EntityType::kOrganization, schema::kOrganizationPrefix},
        {document.places, entities::EntityType::kPlace, schema::kPlacePrefix}};
    for (const auto& kind : kinds)
        for (const std::string& name : kind.names) {
            std::string term = schema::boolean_term(kind.prefix, name);
            if (!aliased_.insert(term).second) continue;
            for (const std::string& key : gazetteer_.alias_keys(kind.type, name))
                writer_.add_synonym(std::string(schema::kEntityAliasKeyPrefix) + key, term);
        }
}

void DocumentPipeline::add(Document&& document) {
    ++documents_;
    if (document.collection.empty()) document.collection = collection_;
    std::string id_term = schema::id_term_of(document);
    const std::string hash = record_hash(document, file_term_);
    ids_in_file_.insert(id_term);
    if (previous_record_hash(id_term) == hash) {
        ++unchanged_;
        return;
    }
    if (!not_after_) not_after_ = latest_report_date(0);  // documents read without a file
    enricher_.enrich(document, not_after_);
    const AnalyzedText text = builder_.analyze(document);
    // Entities come from the tokens made for indexing: nothing is
    // analysed twice.
    enricher_.add_entities(document, text.title, text.body);
    record_aliases(document);
    Xapian::Document built = builder_.build(document, text);
    if (!file_term_.empty()) built.add_boolean_term(file_term_);
    built.add_value(schema::kRecordSlot, hash);
    writer_.add({std::move(id_term), std::move(built), std::move(document.lang),
                 std::move(document.source), std::move(document.id)});
}

}  // namespace newsdex::index
