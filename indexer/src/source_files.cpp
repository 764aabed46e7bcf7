#include "newsdex/index/source_files.hpp"

#include <sys/stat.h>

#include <cerrno>
#include <cstdio>
#include <memory>
#include <system_error>

#include "newsdex/hash.hpp"
#include "newsdex/strings.hpp"

namespace newsdex::index {

namespace fs = std::filesystem;

std::string canonical_path(const fs::path& path) {
    std::error_code ec;
    const fs::path canonical = fs::weakly_canonical(fs::absolute(path, ec), ec);
    return (ec ? fs::absolute(path) : canonical).string();
}

std::string hash_file(const fs::path& file) {
    std::unique_ptr<std::FILE, int (*)(std::FILE*)> in(std::fopen(file.c_str(), "rb"),
                                                       &std::fclose);
    if (!in)
        throw fs::filesystem_error("cannot read", file,
                                   std::error_code(errno, std::generic_category()));
    std::uint64_t hash = kFnvOffsetBasis;
    char buffer[1 << 16];
    while (const std::size_t n = std::fread(buffer, 1, sizeof buffer, in.get()))
        hash = fnv1a(std::string_view(buffer, n), hash);
    if (std::ferror(in.get()))
        throw fs::filesystem_error("cannot read", file,
                                   std::error_code(EIO, std::generic_category()));
    return hex64(hash);
}

namespace {

// The path is the root or lies below it.
bool under(const std::string& path, const std::string& root) {
    return path == root ||
           (starts_with(path, root) && (ends_with(root, "/") || path[root.size()] == '/'));
}

}  // namespace

SourceFiles::SourceFiles(std::map<std::string, schema::FileRecord> records,
                         const std::vector<fs::path>& roots)
    : records_(std::move(records)) {
    for (const fs::path& root : roots)
        roots_.push_back(canonical_path(root));
}

std::string SourceFiles::root_of(const std::string& path) const {
    for (const std::string& root : roots_)
        if (under(path, root)) return root;
    return path;
}

SourceFiles::Check SourceFiles::check(const fs::path& file) {
    Check c{State::kNew, {}, nullptr};
    c.fresh.path = canonical_path(file);
    c.fresh.root = root_of(c.fresh.path);
    met_.insert(c.fresh.path);
    struct stat st {};
    if (::stat(c.fresh.path.c_str(), &st) != 0)
        throw fs::filesystem_error("cannot stat", file,
                                   std::error_code(errno, std::generic_category()));
    c.fresh.size = static_cast<std::uint64_t>(st.st_size);
    c.fresh.mtime_ns =
        static_cast<std::int64_t>(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
    if (const auto it = records_.find(c.fresh.path); it != records_.end()) c.known = &it->second;
    if (c.known && c.known->size == c.fresh.size && c.known->mtime_ns == c.fresh.mtime_ns) {
        c.fresh = *c.known;
        c.state = State::kUnchanged;
        return c;
    }
    c.fresh.hash = hash_file(c.fresh.path);
    if (!c.known) return c;
    c.state = c.known->hash == c.fresh.hash ? State::kTouched : State::kChanged;
    if (c.state == State::kTouched) c.fresh.documents = c.known->documents;
    return c;
}

const schema::FileRecord* SourceFiles::take_moved_from(const std::string& hash) {
    std::error_code ec;
    for (const auto& [path, record] : records_)
        if (record.hash == hash && !met_.count(path) && !fs::exists(path, ec)) {
            met_.insert(path);
            return &record;
        }
    return nullptr;
}

std::vector<const schema::FileRecord*> SourceFiles::vanished() const {
    std::vector<const schema::FileRecord*> out;
    std::error_code ec;
    for (const auto& [path, record] : records_) {
        if (met_.count(path)) continue;
        bool in_a_root = false;
        for (const std::string& root : roots_)
            in_a_root = in_a_root || under(path, root);
        if (in_a_root && !fs::exists(path, ec)) out.push_back(&record);
    }
    return out;
}

}  // namespace newsdex::index
