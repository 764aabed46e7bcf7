#include "newsdex/index/index_writer.hpp"

#include "newsdex/schema.hpp"

namespace newsdex::index {

namespace {

Xapian::WritableDatabase open_writable(const std::filesystem::path& path) {
    std::filesystem::create_directories(path.parent_path().empty() ? "." : path.parent_path());
    Xapian::WritableDatabase db(path.string(), Xapian::DB_CREATE_OR_OPEN);
    const std::string version = std::to_string(schema::kSchemaVersion);
    const std::string stored = db.get_metadata(std::string(schema::kSchemaKey));
    if (stored.empty()) {
        db.set_metadata(std::string(schema::kSchemaKey), version);
    } else if (stored != version) {
        throw Xapian::InvalidArgumentError("database " + path.string() + " has schema version " +
                                           stored + ", this indexer writes " + version +
                                           "; index into a new database");
    }
    return db;
}

}  // namespace

IndexWriter::IndexWriter(const std::filesystem::path& path, WriterOptions options)
    : db_(open_writable(path)), builder_(analyzers_), options_(options) {}

IndexWriter::Outcome IndexWriter::add(Document& document, const Enricher* enricher) {
    const std::string id_term = schema::id_term(document.id);
    const bool existed = db_.term_exists(id_term);
    const AnalyzedText text = builder_.analyze(document);
    if (enricher) enricher->add_entities(document, text.title, text.body);
    db_.replace_document(id_term, builder_.build(document, text));
    if (!document.lang.empty()) languages_.insert(document.lang);
    if (++pending_ >= options_.batch_size) commit();
    return existed ? Outcome::kUpdated : Outcome::kAdded;
}

void IndexWriter::commit() {
    std::set<std::string> all = index_languages(db_);
    all.insert(languages_.begin(), languages_.end());
    std::string list;
    for (const std::string& lang : all)
        list += (list.empty() ? "" : ",") + lang;
    db_.set_metadata(std::string(schema::kLanguagesKey), list);
    db_.commit();
    pending_ = 0;
}

}  // namespace newsdex::index
