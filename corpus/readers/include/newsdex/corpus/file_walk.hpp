#pragma once
// Expands the paths a user names into the files to read: a file is taken
// as it is; a folder is walked recursively, in sorted order (so runs are
// reproducible), skipping hidden entries, a corpus's own files (READMEs,
// licences, judgments, topics, word lists) and files no reader claims by
// name or by their first bytes.
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace newsdex::corpus {

struct FileWalkResult {
    std::vector<std::filesystem::path> files;
    struct Error {
        std::filesystem::path path;
        std::string message;
    };
    std::vector<Error> errors;                         // paths that do not exist or cannot be read
    std::size_t skipped = 0;                           // files in folders that no reader claims
    std::vector<std::filesystem::path> skipped_files;  // which ones, to say so
    std::size_t excluded = 0;  // files and folders --exclude or .newsdexignore left out
};

// Whether a file met inside a folder is one a reader claims (by name).
bool is_article_file(const std::filesystem::path& file);
// A corpus's own files, never articles: READMEs, licences, notes (*.md),
// judgments and topics (qrels, topics, *.tsv), DTDs, stop lists.
bool is_collection_file(const std::filesystem::path& file);
// A .txt that is a word list or a long manual, not an article.
bool looks_like_a_list(const std::filesystem::path& file);

// `every_file`: take all files in folders, not just those a reader claims
// (when the user names the format, e.g. TREC files without extensions).
// `excludes`: --exclude patterns (a pattern without a slash matches a file
// or folder name at any depth; with one, the path below the folder
// given). A folder's .newsdexignore adds its own, gitignore's syntax
// without negation.
FileWalkResult walk_paths(const std::vector<std::filesystem::path>& paths, bool every_file = false,
                          const std::vector<std::string>& excludes = {});

}  // namespace newsdex::corpus
