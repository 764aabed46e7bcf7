#pragma once
// The record of an indexing run: when it started and finished, what it
// changed, which sources it was given. It goes into the database's
// metadata with the run's changes, and (for every run, also one that
// changed nothing) into newsdex-last-run.json in the database folder,
// written whole by a rename, which `indexer --status` reads first.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "newsdex/schema/metadata.hpp"

namespace newsdex::index {

struct IndexingSummary;

class RunLog {
  public:
    explicit RunLog(const std::vector<std::filesystem::path>& sources);
    schema::RunRecord finish(const IndexingSummary& summary);
    // Best effort: a database that is no folder, or a read-only one, gets
    // no file.
    void write_beside(const std::filesystem::path& database, const IndexingSummary& summary);

  private:
    schema::RunRecord record_;
};

inline constexpr const char* kLastRunFile = "newsdex-last-run.json";
std::optional<schema::RunRecord> read_last_run_file(const std::filesystem::path& database);

// The sources so far and this run's, each once, in the order first given.
std::vector<std::string> merge_sources(std::vector<std::string> known,
                                       const std::vector<std::string>& more);

// Now, as 2026-12-06T05:24:16Z.
std::string utc_now_iso();

}  // namespace newsdex::index
