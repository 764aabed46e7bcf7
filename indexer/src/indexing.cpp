#include "newsdex/index/indexing.hpp"

#include <chrono>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <ostream>
#include <stdexcept>

#include "newsdex/corpus/file_walk.hpp"
#include "newsdex/entities/gazetteer.hpp"
#include "newsdex/index/pipeline.hpp"
#include "newsdex/index/progress.hpp"
#include "newsdex/index/rebuild.hpp"
#include "newsdex/index/run_log.hpp"
#include "newsdex/index/sharded_index.hpp"
#include "newsdex/index/source_files.hpp"
#include "newsdex/schema/mapped_file.hpp"
#include "newsdex/schema/metadata.hpp"
#include "newsdex/schema/schema.hpp"

namespace newsdex::index {

namespace {

namespace fs = std::filesystem;
using corpus::ReadProblem;

// Receives what readers produce and feeds the pipeline, counting problems
// as it goes.
class IndexingSink : public corpus::ReadSink {
  public:
    IndexingSink(DocumentPipeline& pipeline, IndexingSummary& summary, Progress& progress,
                 Verbosity verbosity, std::ostream& diagnostics)
        : pipeline_(pipeline),
          summary_(summary),
          progress_(progress),
          verbosity_(verbosity),
          diagnostics_(diagnostics) {}

    void document(Document&& document) override { pipeline_.add(std::move(document)); }

    void problem(ReadProblem&& problem) override {
        const bool warning = problem.severity == ReadProblem::Severity::kWarning;
        ++(warning ? summary_.warnings : summary_.failed);
        if (warning && verbosity_ == Verbosity::kQuiet) return;
        say("indexer: " + problem.describe());
    }

    void say(const std::string& line) {
        progress_.clear();
        diagnostics_ << line << '\n';
    }

  private:
    DocumentPipeline& pipeline_;
    IndexingSummary& summary_;
    Progress& progress_;
    Verbosity verbosity_;
    std::ostream& diagnostics_;
};

std::uint64_t total_bytes(const std::vector<fs::path>& files) {
    std::uint64_t total = 0;
    std::error_code ec;
    for (const fs::path& file : files) {
        const auto size = fs::file_size(file, ec);
        if (!ec) total += size;
    }
    return total;
}

// One run over the walked files, from the database's state to the new one.
class Run {
  public:
    Run(const IndexingOptions& options, ShardedIndex& writer, Xapian::Database& previous,
        const std::vector<fs::path>& roots, const entities::GazetteerOnDemand& gazetteer,
        IndexingSummary& summary, Progress& progress, std::ostream& diagnostics)
        : options_(options),
          writer_(writer),
          previous_(previous),
          files_(schema::read_file_records(previous), roots),
          pipeline_(gazetteer, writer, &previous, options.collection),
          reader_(options.format, options.reader),
          summary_(summary),
          progress_(progress),
          sink_(pipeline_, summary, progress, options.verbosity, diagnostics) {}

    void file(const fs::path& file) {
        ++summary_.files;
        std::uint64_t bytes = 0;
        try {
            bytes = index_file(file);
        } catch (const fs::filesystem_error& e) {
            sink_.problem(
                ReadProblem{ReadProblem::Severity::kError, file.string(), 0, e.code().message()});
        }
        progress_.file_done(bytes, pipeline_.documents());
    }

    void remove_vanished() {
        for (const schema::FileRecord* gone : files_.vanished()) {
            if (options_.verbosity == Verbosity::kVerbose)
                sink_.say("indexer: " + gone->path + ": gone, its documents removed");
            forget(*gone);
        }
    }

    const SourceFiles& files() const { return files_; }
    std::size_t unchanged_records() const { return pipeline_.unchanged(); }
    IndexingSink& sink() { return sink_; }
    // Waits until every document read is handed to its shard's writer.
    void finish() { pipeline_.finish(); }

  private:
    // Returns the file's size.
    std::uint64_t index_file(const fs::path& file) {
        SourceFiles::Check c = files_.check(file);
        using State = SourceFiles::State;
        if (c.state == State::kUnchanged || c.state == State::kTouched) {
            summary_.unchanged += c.fresh.documents;
            if (c.state == State::kTouched) record(c.fresh);
            verbose(file, "unchanged");
            return c.fresh.size;
        }
        if (c.state == State::kNew)
            if (const schema::FileRecord* old = files_.take_moved_from(c.fresh.hash)) {
                verbose(file, "moved from " + old->path);
                forget(*old);
            }
        pipeline_.begin_file(c.fresh.path);
        reader_.read(file, sink_);
        if (c.known) remove_records_gone_from(*c.known);
        c.fresh.documents = pipeline_.ids_in_file().size();
        record(c.fresh);
        verbose(file, std::to_string(c.fresh.documents) + " documents read");
        return c.fresh.size;
    }

    // Records the file held before and holds no more.
    void remove_records_gone_from(const schema::FileRecord& known) {
        const std::string file_term = schema::source_file_term(known.path);
        for (const std::string& id_term : previous_ids(file_term))
            if (!pipeline_.ids_in_file().count(id_term))
                pipeline_.remove_if_from(id_term, file_term);
    }

    std::vector<std::string> previous_ids(const std::string& file_term);

    void forget(const schema::FileRecord& gone) {
        pipeline_.remove_all(schema::source_file_term(gone.path));
        writer_.set_metadata(schema::file_key(gone.path), {});
    }

    void record(const schema::FileRecord& file) {
        writer_.set_metadata(schema::file_key(file.path), schema::encode_file_record(file));
    }

    void verbose(const fs::path& file, const std::string& what) {
        if (options_.verbosity == Verbosity::kVerbose)
            sink_.say("indexer: " + file.string() + ": " + what);
    }

    const IndexingOptions& options_;
    ShardedIndex& writer_;
    Xapian::Database& previous_;
    SourceFiles files_;
    DocumentPipeline pipeline_;
    corpus::FileReader reader_;
    IndexingSummary& summary_;
    Progress& progress_;
    IndexingSink sink_;
};

std::vector<std::string> Run::previous_ids(const std::string& file_term) {
    for (int attempt = 0;; ++attempt) {
        try {
            std::vector<std::string> ids;
            for (auto doc = previous_.postlist_begin(file_term);
                 doc != previous_.postlist_end(file_term); ++doc) {
                // No other prefix starts with Q and words are folded to
                // lower case: the first term from "Q" on is the id term.
                auto term = previous_.termlist_begin(*doc);
                term.skip_to(std::string(schema::kIdPrefix));
                if (term != previous_.termlist_end(*doc) && (*term)[0] == schema::kIdPrefix[0])
                    ids.push_back(*term);
            }
            return ids;
        } catch (const Xapian::DatabaseModifiedError&) {
            if (attempt == 3) throw;
            previous_.reopen();
        }
    }
}

// The user's own gazetteer files, so that search resolves the same names.
void record_gazetteers(const IndexingOptions& options, const Xapian::Database& previous,
                       ShardedIndex& writer) {
    if (options.gazetteers.empty()) return;
    std::vector<std::string> files;
    for (const auto& file : options.gazetteers)
        files.push_back(canonical_path(file));
    const std::string key(schema::kGazetteersKey);
    writer.set_metadata(
        key, schema::encode_list(merge_sources(schema::read_list(previous, key), files)));
}

}  // namespace

std::string IndexingSummary::describe(const std::filesystem::path& database) const {
    char timing[32];
    std::snprintf(timing, sizeof timing, "%.2f s", seconds);
    std::string text = "indexed " + std::to_string(added + updated + unchanged) +
                       " documents from " + std::to_string(files) + " files into " +
                       database.string() + " (" + std::to_string(added) + " added, " +
                       std::to_string(updated) + " updated, " + std::to_string(removed) +
                       " removed, " + std::to_string(unchanged) + " unchanged, " +
                       std::to_string(failed) + " failed";
    if (warnings) text += ", " + std::to_string(warnings) + " warnings";
    if (skipped) text += ", " + std::to_string(skipped) + " other files skipped";
    return text + ") in " + timing;
}

IndexingSummary index_paths(const std::vector<std::filesystem::path>& paths,
                            const IndexingOptions& options, std::ostream& diagnostics) {
    const auto started = std::chrono::steady_clock::now();
    RunLog log(paths);
    if (options.format != "auto" && !corpus::make_reader(options.format))
        throw std::invalid_argument("unknown format '" + options.format + "'");

    IndexingSummary summary;
    std::error_code ec;
    const bool created = !std::filesystem::exists(options.database, ec);
    ShardedIndex writer(options.database, options.writer, options.shards);
    // The database as this run found it: what is unchanged is read here.
    Xapian::Database previous(options.database.string());
    // The lists are loaded with the first story to analyse; the user's own
    // files are read now all the same, so that a bad one stops the run
    // before it records them for search.
    const entities::GazetteerOnDemand gazetteer(options.gazetteers);
    if (!options.gazetteers.empty()) gazetteer.get();

    corpus::FileWalkResult walk =
        corpus::walk_paths(paths, options.format != "auto", options.excludes);
    Progress progress(diagnostics, options.progress && options.verbosity != Verbosity::kQuiet,
                      walk.files.size(), total_bytes(walk.files));
    Run run(options, writer, previous, paths, gazetteer, summary, progress, diagnostics);
    summary.skipped = walk.skipped;
    // Said, not counted as failures: a folder may hold notes and licences.
    // Counted in the summary; named one by one only when asked.
    if (options.verbosity == Verbosity::kVerbose)
        for (const auto& file : walk.skipped_files)
            run.sink().say(
                "indexer: " + file.string() +
                ": skipped: not an article (a corpus's notes, judgments or lists, or no format "
                "newsdex reads; --format reads it)");
    for (const auto& error : walk.errors)
        run.sink().problem(
            ReadProblem{ReadProblem::Severity::kError, error.path.string(), 0, error.message});
    for (const auto& file : walk.files)
        run.file(file);
    if (options.prune) run.remove_vanished();
    record_gazetteers(options, previous, writer);
    run.finish();
    writer.set_metadata(
        std::string(schema::kSourcesKey),
        schema::encode_list(merge_sources(schema::read_sources(previous), run.files().roots())));
    writer.flush();
    progress.clear();

    WriteTotals totals = writer.take_totals();
    summary.added = totals.added;
    summary.updated = totals.updated;
    summary.removed = totals.removed;
    summary.unchanged += run.unchanged_records();
    for (ReadProblem& refused : totals.failed)
        run.sink().problem(std::move(refused));
    // The run's record goes in with its changes; a run that changed
    // nothing leaves the database (and its revision) as it was.
    if (writer.changed_anything())
        writer.set_metadata(std::string(schema::kLastRunKey),
                            schema::encode_run_record(log.finish(summary)));
    writer.commit();
    // A database this run made is written again compact (see rebuild.hpp).
    if (created && summary.added > 0) compact_shards(options.database);
    // Still holding the lock: search maps these instead of reading the
    // value streams (schema/facet_file.hpp) and the term list
    // (schema/word_file.hpp) of the whole database.
    schema::write_files_for_search(options.database);
    summary.seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    log.write_beside(options.database, summary);
    return summary;
}

}  // namespace newsdex::index
