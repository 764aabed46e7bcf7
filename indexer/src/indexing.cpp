#include "newsdex/index/indexing.hpp"

#include <chrono>
#include <cstdio>
#include <ostream>
#include <stdexcept>

#include "newsdex/corpus/file_walk.hpp"
#include "newsdex/entities/gazetteer.hpp"
#include "newsdex/index/pipeline.hpp"

namespace newsdex::index {

namespace {

using corpus::ReadProblem;

// Receives what readers produce and feeds the pipeline, counting problems
// as it goes.
class IndexingSink : public corpus::ReadSink {
  public:
    IndexingSink(DocumentPipeline& pipeline, IndexingSummary& summary, std::ostream& diagnostics)
        : pipeline_(pipeline), summary_(summary), diagnostics_(diagnostics) {}

    void document(Document&& document) override { pipeline_.add(std::move(document)); }

    void problem(ReadProblem&& problem) override {
        if (problem.severity == ReadProblem::Severity::kWarning) {
            ++summary_.warnings;
        } else {
            ++summary_.failed;
        }
        diagnostics_ << "indexer: " << problem.describe() << '\n';
    }

  private:
    DocumentPipeline& pipeline_;
    IndexingSummary& summary_;
    std::ostream& diagnostics_;
};

}  // namespace

std::string IndexingSummary::describe(const std::filesystem::path& database) const {
    char timing[32];
    std::snprintf(timing, sizeof timing, "%.2f s", seconds);
    std::string text = "indexed " + std::to_string(added + updated) + " documents from " +
                       std::to_string(files) + " files into " + database.string() + " (" +
                       std::to_string(added) + " added, " + std::to_string(updated) + " updated, " +
                       std::to_string(failed) + " failed";
    if (warnings) text += ", " + std::to_string(warnings) + " warnings";
    if (skipped) text += ", " + std::to_string(skipped) + " other files skipped";
    return text + ") in " + timing;
}

IndexingSummary index_paths(const std::vector<std::filesystem::path>& paths,
                            const IndexingOptions& options, std::ostream& diagnostics) {
    const auto started = std::chrono::steady_clock::now();
    if (options.format != "auto" && !corpus::make_reader(options.format))
        throw std::invalid_argument("unknown format '" + options.format + "'");
    corpus::FileReader reader(options.format, options.reader);

    IndexingSummary summary;
    IndexWriter writer(options.database, options.writer);
    const auto gazetteer = entities::Gazetteer::load(options.gazetteers);
    DocumentPipeline pipeline(gazetteer, writer);
    IndexingSink sink(pipeline, summary, diagnostics);

    corpus::FileWalkResult walk = corpus::walk_paths(paths, options.format != "auto");
    summary.skipped = walk.skipped;
    // Said, not counted as failures: a folder may hold notes and licences.
    for (const auto& file : walk.skipped_files)
        diagnostics
            << "indexer: " << file.string()
            << ": skipped: not a format newsdex reads (name one with --format to read it)\n";
    for (const auto& error : walk.errors)
        sink.problem(
            ReadProblem{ReadProblem::Severity::kError, error.path.string(), 0, error.message});
    for (const auto& file : walk.files) {
        ++summary.files;
        reader.read(file, sink);
    }
    writer.commit();
    WriteTotals totals = writer.take_totals();
    summary.added = totals.added;
    summary.updated = totals.updated;
    for (ReadProblem& refused : totals.failed)
        sink.problem(std::move(refused));
    summary.seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return summary;
}

}  // namespace newsdex::index
