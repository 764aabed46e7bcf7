#pragma once
// A small Xapian database for the fuzz targets of files kept beside one
// (the facet and word files): made once per fuzzing process in a folder of
// its own, filled by the target, removed at exit.
#include <unistd.h>

#include <filesystem>
#include <string>

#include <xapian.h>

class FuzzDatabase {
  public:
    template <typename Fill>
    FuzzDatabase(const std::string& name, Fill&& fill)
        : path_(std::filesystem::temp_directory_path() /
                ("newsdex-fuzz-" + name + "-" + std::to_string(::getpid()))) {
        std::filesystem::remove_all(path_);
        Xapian::WritableDatabase db(path_.string(), Xapian::DB_CREATE_OR_OPEN);
        fill(db);
        db.commit();
    }
    ~FuzzDatabase() { std::filesystem::remove_all(path_); }
    FuzzDatabase(const FuzzDatabase&) = delete;
    FuzzDatabase& operator=(const FuzzDatabase&) = delete;

    const std::filesystem::path& path() const { return path_; }

  private:
    std::filesystem::path path_;
};
