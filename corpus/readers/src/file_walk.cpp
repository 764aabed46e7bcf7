#include "newsdex/corpus/file_walk.hpp"

#include <fnmatch.h>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <system_error>

#include "newsdex/corpus/reader.hpp"
#include "newsdex/strings.hpp"

namespace newsdex::corpus {

namespace fs = std::filesystem;

bool is_article_file(const fs::path& file) {
    // Named for a format, or XML that may be a feed: the content decides.
    return !detect_format(file, {}).empty() || strip_gz(file).extension() == ".xml";
}

namespace {

std::string lower(std::string s) {
    for (char& c : s)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

}  // namespace

bool is_collection_file(const fs::path& file) {
    // A corpus folder comes with notes, licences, judgments and topics.
    const std::string name = lower(file.filename().string());
    const std::string ext = lower(strip_gz(file).extension().string());
    for (const char* prefix : {"readme", "read.me", "license", "licence", "copying", "notice",
                               "authors", "changelog", "changes", "install", "source.md"})
        if (starts_with(name, prefix)) return true;
    if (ext == ".md" || ext == ".dtd" || ext == ".tsv" || ext == ".stp" || ext == ".que" ||
        ext == ".rel")
        return true;
    return name.find("qrels") != std::string::npos || name.find("topics") != std::string::npos;
}

bool looks_like_a_list(const fs::path& file) {
    // Word lists (one name a line) and manuals of a thousand lines are no
    // news article, though named .txt: the first 64 KiB tell.
    std::ifstream in(file, std::ios::binary);
    std::string head(64 * 1024, '\0');
    in.read(head.data(), static_cast<std::streamsize>(head.size()));
    head.resize(static_cast<std::size_t>(in.gcount()));
    std::size_t lines = 0, short_lines = 0;
    for (std::size_t start = 0; start < head.size();) {
        std::size_t end = head.find('\n', start);
        if (end == std::string::npos) end = head.size();
        std::string_view line(head.data() + start, end - start);
        while (!line.empty() && std::isspace(static_cast<unsigned char>(line.back())))
            line.remove_suffix(1);
        ++lines;
        short_lines += line.size() <= 40 && std::count(line.begin(), line.end(), ' ') <= 1;
        start = end + 1;
    }
    return lines >= 600 || (lines >= 10 && short_lines * 10 >= lines * 8);
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

// A pattern of --exclude or of a .newsdexignore file (gitignore's syntax,
// less negation): without a slash it matches a name at any depth below
// its base; with one, the path from its base; a trailing slash, folders only.
struct IgnoreRule {
    fs::path base;
    std::string pattern;
    bool folders_only = false, with_slash = false;
};

IgnoreRule ignore_rule(const fs::path& base, std::string pattern) {
    IgnoreRule rule{base, {}};
    if (!pattern.empty() && pattern.back() == '/') {
        rule.folders_only = true;
        pattern.pop_back();
    }
    rule.with_slash = pattern.find('/') != std::string::npos;
    if (!pattern.empty() && pattern[0] == '/') pattern.erase(0, 1);
    rule.pattern = pattern;
    return rule;
}

bool ignored(const std::vector<IgnoreRule>& rules, const fs::path& path, bool folder) {
    for (const IgnoreRule& rule : rules) {
        if (rule.pattern.empty() || (rule.folders_only && !folder)) continue;
        if (!rule.with_slash) {
            if (fnmatch(rule.pattern.c_str(), path.filename().c_str(), 0) == 0) return true;
            continue;
        }
        const std::string relative = path.lexically_relative(rule.base).string();
        if (fnmatch(rule.pattern.c_str(), relative.c_str(), FNM_PATHNAME) == 0) return true;
    }
    return false;
}

// The rules of a folder's .newsdexignore, if it has one.
void read_ignore_file(const fs::path& folder, std::vector<IgnoreRule>& rules) {
    std::ifstream in(folder / ".newsdexignore");
    for (std::string line; std::getline(in, line);) {
        while (!line.empty() && std::isspace(static_cast<unsigned char>(line.back())))
            line.pop_back();
        if (!line.empty() && line[0] != '#' && line[0] != '!')
            rules.push_back(ignore_rule(folder, line));
    }
}

// One folder, then its subfolders (not those reached through a link, so a
// link loop cannot recurse). A folder that cannot be read is an error,
// named, and the walk goes on.
void walk_folder(const fs::path& folder, bool every_file, FileWalkResult& result,
                 std::vector<fs::path>& found, std::vector<IgnoreRule> rules) {
    read_ignore_file(folder, rules);
    std::error_code ec;
    fs::directory_iterator it(folder, ec);
    if (ec) {
        result.errors.push_back({folder, "cannot read folder: " + ec.message()});
        return;
    }
    std::vector<fs::path> subfolders;
    for (; it != fs::directory_iterator(); it.increment(ec)) {
        if (ec) {
            result.errors.push_back({folder, "cannot read folder: " + ec.message()});
            break;
        }
        const fs::path& path = it->path();
        if (is_hidden(path)) continue;
        const bool is_folder = it->is_directory(ec) && !it->is_symlink(ec);
        if (ignored(rules, path, is_folder)) {
            ++result.excluded;
            continue;
        }
        if (is_folder) {
            subfolders.push_back(path);
        } else if (!it->is_regular_file(ec)) {
            continue;  // FIFOs, devices, sockets, dangling links: never read
        } else if (!is_collection_file(path) &&
                   (every_file ||
                    ((is_article_file(path) || has_known_content(path)) &&
                     !(detect_format(path, {}) == "text" && looks_like_a_list(path))))) {
            found.push_back(path);
        } else {
            ++result.skipped;
            result.skipped_files.push_back(path);
        }
    }
    std::sort(subfolders.begin(), subfolders.end());
    for (const fs::path& sub : subfolders)
        walk_folder(sub, every_file, result, found, rules);
}

void walk_directory(const fs::path& root, bool every_file, const std::vector<std::string>& excludes,
                    FileWalkResult& result) {
    std::vector<fs::path> found;
    std::vector<IgnoreRule> rules;
    for (const std::string& pattern : excludes)
        rules.push_back(ignore_rule(root, pattern));
    walk_folder(root, every_file, result, found, rules);
    std::sort(found.begin(), found.end());
    std::sort(result.skipped_files.begin(), result.skipped_files.end());
    result.files.insert(result.files.end(), found.begin(), found.end());
}

}  // namespace

FileWalkResult walk_paths(const std::vector<fs::path>& paths, bool every_file,
                          const std::vector<std::string>& excludes) {
    FileWalkResult result;
    for (const fs::path& path : paths) {
        std::error_code ec;
        if (fs::is_directory(path, ec)) {
            walk_directory(path, every_file, excludes, result);
        } else if (fs::is_regular_file(path, ec)) {
            result.files.push_back(path);
        } else if (fs::exists(path, ec)) {
            // Reading a FIFO would wait forever (holding the database's
            // lock), a device like /dev/zero never ends.
            result.errors.push_back(
                {path, "not a regular file (a FIFO, device or socket): not read"});
        } else {
            result.errors.push_back({path, "no such file or folder"});
        }
    }
    return result;
}

}  // namespace newsdex::corpus
