#pragma once
// What a run knows of its source files: which were read before and are
// unchanged (same size and mtime, or the same bytes), which moved, and
// which vanished from the sources named in this run. Decides; the run acts.
#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "newsdex/schema/metadata.hpp"

namespace newsdex::index {

class SourceFiles {
  public:
    // `records`: what the database holds; `roots`: the paths given to this
    // run (made canonical here).
    SourceFiles(std::map<std::string, schema::FileRecord> records,
                const std::vector<std::filesystem::path>& roots);

    enum class State {
        kUnchanged,  // same size and mtime: not even read
        kTouched,    // other mtime, same bytes: its record is refreshed
        kChanged,    // read again; records gone from it are removed
        kNew,
    };
    struct Check {
        State state;
        schema::FileRecord fresh;                   // what it is now (hash unless kUnchanged)
        const schema::FileRecord* known = nullptr;  // what the database holds
    };
    // Throws std::filesystem::filesystem_error when the file cannot be read.
    Check check(const std::filesystem::path& file);

    // A known file that no longer exists and held exactly these bytes: the
    // file was moved or renamed to the one being checked. Taken once.
    const schema::FileRecord* take_moved_from(const std::string& hash);
    // Known files under this run's roots that it did not meet and that do
    // not exist: their documents are to be removed.
    std::vector<const schema::FileRecord*> vanished() const;

    const std::vector<std::string>& roots() const { return roots_; }

  private:
    std::string root_of(const std::string& path) const;

    std::map<std::string, schema::FileRecord> records_;
    std::vector<std::string> roots_;
    std::set<std::string> met_;  // files checked in this run, and moved ones
};

// The canonical form a path is recorded under.
std::string canonical_path(const std::filesystem::path& path);
// FNV-1a of a file's bytes (16 hex digits).
std::string hash_file(const std::filesystem::path& file);

}  // namespace newsdex::index
