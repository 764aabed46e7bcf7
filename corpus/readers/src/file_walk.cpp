#include "newsdex/corpus/file_walk.hpp"

#include <algorithm>
#include <system_error>

#include "newsdex/corpus/reader.hpp"

namespace newsdex::corpus {

namespace fs = std::filesystem;

bool is_article_file(const fs::path& file) {
    // Named for a format, or XML that may be a feed: the content decides.
    return !detect_format(file, {}).empty() || strip_gz(file).extension() == ".xml";
}

namespace {

// Whether the first bytes (decompressed when gzip) show a format we read:
// a JSON dump or a TREC file needs no particular name.
bool has_known_content(const fs::path& file) {
    std::string error;
    auto source = open_file_source(file, error);
    if (!source) return false;
    std::string head(4096, '\0');
    head.resize(source->read(head.data(), head.size()));
    const std::string format = detect_format(fs::path("unnamed"), head);
    return !format.empty();
}

bool is_hidden(const fs::path& p) {
    const std::string name = p.filename().string();
    return name.size() > 1 && name[0] == '.';
}

void walk_directory(const fs::path& root, bool every_file, FileWalkResult& result) {
    std::error_code ec;
    std::vector<fs::path> found;
    auto options = fs::directory_options::skip_permission_denied;
    for (auto it = fs::recursive_directory_iterator(root, options, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (is_hidden(it->path())) {
            if (it->is_directory(ec)) it.disable_recursion_pending();
            continue;
        }
        if (!it->is_regular_file(ec)) continue;
        if (every_file || is_article_file(it->path()) || has_known_content(it->path())) {
            found.push_back(it->path());
        } else {
            ++result.skipped;
            result.skipped_files.push_back(it->path());
        }
    }
    if (ec) result.errors.push_back({root, ec.message()});
    std::sort(found.begin(), found.end());
    std::sort(result.skipped_files.begin(), result.skipped_files.end());
    result.files.insert(result.files.end(), found.begin(), found.end());
}

}  // namespace

FileWalkResult walk_paths(const std::vector<fs::path>& paths, bool every_file) {
    FileWalkResult result;
    for (const fs::path& path : paths) {
        std::error_code ec;
        if (fs::is_directory(path, ec)) {
            walk_directory(path, every_file, result);
        } else if (fs::exists(path, ec)) {
            result.files.push_back(path);
        } else {
            result.errors.push_back({path, "no such file or folder"});
        }
    }
    return result;
}

}  // namespace newsdex::corpus
