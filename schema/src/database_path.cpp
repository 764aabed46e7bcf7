#include "newsdex/schema/database_path.hpp"

#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <system_error>

namespace newsdex::schema {

namespace fs = std::filesystem;

namespace {

constexpr int kMaxStubDepth = 8;  // Xapian's own limit on nested stubs is similar

void check_stub(const fs::path& stub, int depth);

// A path a stub names: relative ones are relative to the stub's folder.
void check_named(const fs::path& stub, const std::string& named, int depth) {
    const fs::path path =
        fs::path(named).is_absolute() ? fs::path(named) : stub.parent_path() / named;
    std::error_code ec;
    if (fs::is_regular_file(path, ec)) {
        check_stub(path, depth + 1);
    } else if (fs::is_regular_file(path / "XAPIANDB", ec)) {
        check_stub(path / "XAPIANDB", depth + 1);
    }
}

void check_stub(const fs::path& stub, int depth) {
    if (depth > kMaxStubDepth)
        throw std::runtime_error("database stub " + stub.string() + ": stubs nested too deep");
    for (const auto& [number, backend, target, rest] : read_stub(stub)) {
        const std::string where = stub.string() + ":" + std::to_string(number);
        if (backend == "remote") {
            if (!target.empty() && target[0] == ':')
                throw std::runtime_error(
                    where +
                    ": a database that runs a program (remote :PROGRAM) is refused; "
                    "only local databases and remote HOST:PORT are opened");
            continue;
        }
        if (backend == "auto" || backend == "glass" || backend == "chert")
            check_named(stub, target, depth);
        else if (target.empty())
            check_named(stub, backend, depth);  // a bare path, as old stubs write it
    }
}

}  // namespace

std::vector<StubLine> read_stub(const fs::path& stub) {
    std::ifstream in(stub, std::ios::binary);
    std::vector<StubLine> lines;
    std::string line;
    for (std::size_t number = 1; std::getline(in, line); ++number) {
        std::istringstream words(line);
        StubLine parsed{number, {}, {}, {}};
        words >> parsed.backend >> parsed.target >> parsed.rest;
        if (parsed.backend.empty() || parsed.backend[0] == '#') continue;
        lines.push_back(std::move(parsed));
    }
    return lines;
}

void check_database_path(const fs::path& database) {
    std::error_code ec;
    if (fs::is_regular_file(database, ec)) {
        check_stub(database, 0);
    } else if (fs::is_regular_file(database / "XAPIANDB", ec)) {
        check_stub(database / "XAPIANDB", 0);
    }
}

}  // namespace newsdex::schema
