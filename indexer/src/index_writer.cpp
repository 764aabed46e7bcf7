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
    : db_(open_writable(path)),
      analyzer_(Analyzer::standard()),
      builder_(analyzer_),
      options_(options) {}

IndexWriter::Outcome IndexWriter::add(const Document& document) {
    const std::string id_term = schema::id_term(document.id);
    const bool existed = db_.term_exists(id_term);
    db_.replace_document(id_term, builder_.build(document));
    if (++pending_ >= options_.batch_size) commit();
    return existed ? Outcome::kUpdated : Outcome::kAdded;
}

void IndexWriter::commit() {
    db_.commit();
    pending_ = 0;
}

}  // namespace newsdex::index
