#pragma once
// Opening a database must never run a program. Xapian opens "stub"
// databases (a file, or XAPIANDB in a folder) that list other databases,
// and a stub line "remote :PROGRAM ARGS" makes Xapian start PROGRAM: a
// database sent to you, or a NEWSDEX_DB you did not set, could run
// anything. Before Xapian sees a path, its stubs are read (nested ones
// too) and refused if any line names a program; local databases and TCP
// remotes ("remote HOST:PORT") are fine.
#include <filesystem>
#include <string>
#include <vector>

namespace newsdex::schema {

// One line of a stub, as Xapian reads it: "BACKEND TARGET" ("auto PATH",
// "glass PATH", "remote HOST:PORT", "remote :PROGRAM ARGS") or a bare
// PATH (backend holds it, target is empty). Blank and '#' lines are left
// out; `number` counts from 1, for messages.
struct StubLine {
    std::size_t number;
    std::string backend, target, rest;
};
std::vector<StubLine> read_stub(const std::filesystem::path& stub);

// Stubs within stubs deeper than this are refused (Xapian's own limit is
// similar).
inline constexpr int kMaxStubDepth = 8;

// The stub a path stands for: the path itself when it is a file, its
// XAPIANDB when it is a folder with one; empty for a folder that is one
// database (or for nothing at all).
std::filesystem::path stub_of(const std::filesystem::path& path);

// The path a stub line names (its target, or a bare path): relative ones
// are relative to the stub's folder.
std::filesystem::path named_path(const std::filesystem::path& stub, const StubLine& line);

// Throws std::runtime_error naming the stub and its line.
void check_database_path(const std::filesystem::path& database);

}  // namespace newsdex::schema
