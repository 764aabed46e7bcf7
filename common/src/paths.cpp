#include "newsdex/paths.hpp"

#include <pwd.h>
#include <unistd.h>

#include <cstdlib>
#include <stdexcept>
#include <system_error>
#include <vector>

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

// $HOME, else the password database's entry (cron and systemd may run
// without HOME); never the current folder.
fs::path home_directory() {
    if (const char* home = non_empty_env("HOME"); home && fs::path(home).is_absolute()) return home;
    struct passwd entry {};
    struct passwd* found = nullptr;
    std::vector<char> buffer(16384);
    if (getpwuid_r(getuid(), &entry, buffer.data(), buffer.size(), &found) == 0 && found &&
        found->pw_dir && fs::path(found->pw_dir).is_absolute())
        return found->pw_dir;
    throw std::runtime_error(
        "no home folder to keep the database in: set NEWSDEX_DB or HOME, or "
        "name one with --db");
}

}  // namespace

fs::path default_database_path() {
    if (const char* db = non_empty_env("NEWSDEX_DB")) return db;
    // The XDG spec ignores a relative XDG_DATA_HOME; a database must not
    // depend on the folder a command happens to run in.
    if (const char* xdg = non_empty_env("XDG_DATA_HOME"); xdg && fs::path(xdg).is_absolute())
        return fs::path(xdg) / "newsdex" / "db";
    return home_directory() / ".local" / "share" / "newsdex" / "db";
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
