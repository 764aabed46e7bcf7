// libFuzzer target: the word file search maps for "did you mean"
// (schema/word_file.hpp) as a hostile folder may hold it. The input follows
// a header that matches a small database, so that the checks after the
// header are what is fuzzed; a file must be refused, or read without
// reading past it, and whatever it offers is checked against the database.
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>

#include "fuzz_database.hpp"
#include "newsdex/schema/word_file.hpp"
#include "newsdex/search/spelling.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const FuzzDatabase folder("words", [](Xapian::WritableDatabase& db) {
        for (const char* word : {"missile", "missiles", "kharkiv"}) {
            Xapian::Document document;
            document.add_term(word);
            db.add_document(document);
            db.add_document(document);
        }
    });
    static const newsdex::analysis::Analyzer analyzer = newsdex::analysis::Analyzer::standard();
    const Xapian::Database db(folder.path().string());
    std::string file = "NDXWORD1";
    const std::uint64_t revision = db.get_revision();
    file.append(reinterpret_cast<const char*>(&revision), 8);
    file.append(reinterpret_cast<const char*>(data), size);
    std::ofstream(folder.path() / newsdex::schema::kWordFileName,
                  std::ios::binary | std::ios::trunc)
        << file;
    const auto words = newsdex::schema::MappedWordFile::open(folder.path(), db);
    if (!words) return 0;
    for (const char* prefix : {"m", "k", "\xd0", ""}) {
        const auto [begin, end] = words->starting_with(prefix);
        for (std::size_t i = begin; i < end && i < words->size(); ++i)
            (void)words->word(i), (void)words->frequency(i);
    }
    (void)newsdex::search::suggest_spelling({db, {words.get()}}, analyzer, "missle kharkov");
    return 0;
}
