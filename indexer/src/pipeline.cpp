#include "newsdex/index/pipeline.hpp"

#include <sys/stat.h>

#include <ctime>

#include "newsdex/hash.hpp"
#include "newsdex/schema/schema.hpp"
#include "newsdex/schema/shards.hpp"

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

DocumentPipeline::DocumentPipeline(const entities::GazetteerOnDemand& gazetteer,
                                   ShardedIndex& index, Xapian::Database* previous,
                                   std::string collection)
    : previous_(previous), collection_(std::move(collection)) {
    for (std::size_t i = 0; i < index.size(); ++i)
        lanes_.push_back(
            std::make_unique<AnalysisLane>(gazetteer, index.shard(i), index.records()));
}

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

void DocumentPipeline::add(Document&& document) {
    ++documents_;
    if (document.collection.empty()) document.collection = collection_;
    std::string id_term = schema::id_term_of(document);
    std::string hash = record_hash(document, file_term_);
    ids_in_file_.insert(id_term);
    if (previous_record_hash(id_term) == hash) {
        ++unchanged_;
        return;
    }
    if (!not_after_) not_after_ = latest_report_date(0);  // documents read without a file
    AnalysisLane& lane = *lanes_[schema::shard_of(id_term, lanes_.size())];
    lane.analyse(
        {std::move(document), std::move(id_term), std::move(hash), file_term_, not_after_});
}

void DocumentPipeline::remove_all(const std::string& term) {
    for (auto& lane : lanes_)
        lane->then([term](IndexWriter& shard) { shard.remove_all(term); });
}

void DocumentPipeline::remove_if_from(const std::string& id_term, const std::string& file_term) {
    lanes_[schema::shard_of(id_term, lanes_.size())]->then(
        [id_term, file_term](IndexWriter& shard) { shard.remove_if_from(id_term, file_term); });
}

void DocumentPipeline::finish() {
    for (auto& lane : lanes_)
        lane->drain();
}

}  // namespace newsdex::index
