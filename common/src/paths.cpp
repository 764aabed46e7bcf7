#include "newsdex/paths.hpp"

#include <cstdlib>
#include <system_error>

namespace newsdex {

namespace fs = std::filesystem;

namespace {

const char* non_empty_env(const char* name) {
    const char* value = std::getenv(name);
    return value && *value ? value : nullptr;
}

std::optional<fs::path> running_binary_dir() {
    std::error_code ec;
    fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (ec) return std::nullopt;
    return exe.parent_path();
}

}  // namespace

fs::path default_database_path() {
    if (const char* db = non_empty_env("NEWSDEX_DB")) return db;
    if (const char* xdg = non_empty_env("XDG_DATA_HOME")) return fs::path(xdg) / "newsdex" / "db";
    const char* home = non_empty_env("HOME");
    return fs::path(home ? home : ".") / ".local" / "share" / "newsdex" / "db";
}

std::optional<fs::path> data_directory() {
    std::error_code ec;
    if (const char* dir = non_empty_env("NEWSDEX_DATA_DIR")) return fs::path(dir);
    if (auto bin = running_binary_dir()) {
        fs::path installed = *bin / ".." / "share" / "newsdex";
        if (fs::is_directory(installed, ec)) return fs::weakly_canonical(installed, ec);
    }
    return std::nullopt;
}

}  // namespace newsdex
