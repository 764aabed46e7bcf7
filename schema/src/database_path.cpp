#include "newsdex/schema/database_path.hpp"

#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <system_error>

namespace newsdex::schema {

namespace fs = std::filesystem;

namespace {

void check_stub(const fs::path& stub, int depth) {
    if (depth > kMaxStubDepth)
        throw std::runtime_error("database stub " + stub.string() + ": stubs nested too deep");
    for (const StubLine& line : read_stub(stub)) {
        const auto& [number, backend, target, rest] = line;
        const std::string where = stub.string() + ":" + std::to_string(number);
        if (backend == "remote") {
            if (!target.empty() && target[0] == ':')
                throw std::runtime_error(
                    where +
                    ": a database that runs a program (remote :PROGRAM) is refused; "
                    "only local databases and remote HOST:PORT are opened");
            continue;
        }
        // A local database, or a bare path as old stubs write it.
        if (backend == "auto" || backend == "glass" || backend == "chert" || target.empty())
            if (const fs::path nested = stub_of(named_path(stub, line)); !nested.empty())
                check_stub(nested, depth + 1);
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

fs::path stub_of(const fs::path& path) {
    std::error_code ec;
    if (fs::is_regular_file(path, ec)) return path;
    if (fs::is_regular_file(path / "XAPIANDB", ec)) return path / "XAPIANDB";
    return {};
}

fs::path named_path(const fs::path& stub, const StubLine& line) {
    const fs::path named(line.target.empty() ? line.backend : line.target);
    return named.is_absolute() ? named : stub.parent_path() / named;
}

void check_database_path(const fs::path& database) {
    if (const fs::path stub = stub_of(database); !stub.empty()) check_stub(stub, 0);
}

}  // namespace newsdex::schema
