#pragma once
// Where things live at run time: the default database and the data files
// that ship with the binaries.
#include <filesystem>
#include <optional>

namespace newsdex {

// $NEWSDEX_DB, else ${XDG_DATA_HOME:-~/.local/share}/newsdex/db.
std::filesystem::path default_database_path();

// The folder holding run-time data (stopwords, the sample corpus):
// $NEWSDEX_DATA_DIR, else <dir of the running binary>/../share/newsdex
// (installed, and in the build tree, where the folders link to the
// source's analysis/data and entities/data).
std::optional<std::filesystem::path> data_directory();

}  // namespace newsdex
