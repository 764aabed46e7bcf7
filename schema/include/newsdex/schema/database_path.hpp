#pragma once
// Opening a database must never run a program. Xapian opens "stub"
// databases (a file, or XAPIANDB in a folder) that list other databases,
// and a stub line "remote :PROGRAM ARGS" makes Xapian start PROGRAM: a
// database sent to you, or a NEWSDEX_DB you did not set, could run
// anything. Before Xapian sees a path, its stubs are read (nested ones
// too) and refused if any line names a program; local databases and TCP
// remotes ("remote HOST:PORT") are fine.
#include <filesystem>

namespace newsdex::schema {

// Throws std::runtime_error naming the stub and its line.
void check_database_path(const std::filesystem::path& database);

}  // namespace newsdex::schema
