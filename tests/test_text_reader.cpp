#define BOOST_TEST_MODULE text_reader
#include <boost/test/unit_test.hpp>

#include "newsdex/corpus/file_walk.hpp"
#include "newsdex/corpus/reader.hpp"
#include "test_support.hpp"

using namespace newsdex;
using namespace newsdex::corpus;
using newsdex::test::TempDir;
using newsdex::test::write_file;

namespace {

struct Collector : ReadSink {
    std::vector<Document> documents;
    std::vector<ReadProblem> problems;
    void document(Document&& d) override { documents.push_back(std::move(d)); }
    void problem(ReadProblem&& p) override { problems.push_back(std::move(p)); }
};

Collector read_text(const std::filesystem::path& file, ReaderOptions options = {}) {
    Collector c;
    FileReader("text", options).read(file, c);
    return c;
}

}  // namespace

BOOST_AUTO_TEST_CASE(title_is_first_non_blank_line_and_id_is_canonical_path) {
    TempDir dir;
    std::filesystem::create_directories(dir / "sub");
    write_file(dir / "a.txt", "\n\n  Headline here  \n\nFirst paragraph.\n\nSecond.\n\n");
    const Collector c = read_text(dir / "sub/../a.txt");
    BOOST_REQUIRE_EQUAL(c.documents.size(), 1u);
    BOOST_TEST(c.problems.empty());
    const Document& d = c.documents[0];
    BOOST_TEST(d.title == "Headline here");
    BOOST_TEST(d.body == "First paragraph.\n\nSecond.");
    BOOST_TEST(d.id == std::filesystem::canonical(dir / "a.txt").string());
    BOOST_TEST(d.format == "text");
}

BOOST_AUTO_TEST_CASE(byte_order_mark_and_crlf_are_handled) {
    TempDir dir;
    write_file(dir / "bom.txt", "\xEF\xBB\xBFTitle\r\nBody line\r\n");
    const Collector c = read_text(dir / "bom.txt");
    BOOST_REQUIRE_EQUAL(c.documents.size(), 1u);
    BOOST_TEST(c.documents[0].title == "Title");
    BOOST_TEST(c.documents[0].body == "Body line");
}

BOOST_AUTO_TEST_CASE(bad_files_are_reported_with_file_and_line) {
    TempDir dir;
    write_file(dir / "empty.txt", "");
    write_file(dir / "blank.txt", "  \n\n \t\n");
    write_file(dir / "binary.txt", std::string("Title\nab\0cd", 11));
    for (const char* name : {"empty.txt", "blank.txt", "binary.txt"}) {
        const Collector c = read_text(dir / name);
        BOOST_TEST_CONTEXT(name) {
            BOOST_TEST(c.documents.empty());
            BOOST_REQUIRE_EQUAL(c.problems.size(), 1u);
            BOOST_TEST(c.problems[0].file == (dir / name).string());
            BOOST_TEST((c.problems[0].severity == ReadProblem::Severity::kError));
        }
    }
    const Collector binary = read_text(dir / "binary.txt");
    BOOST_TEST(binary.problems[0].line == 2u);
    BOOST_TEST(binary.problems[0].describe().find("binary.txt:2: error: binary file") !=
               std::string::npos);
}

BOOST_AUTO_TEST_CASE(damaged_utf8_is_repaired_and_the_document_kept) {
    TempDir dir;
    write_file(dir / "damaged.txt", "Kyiv title\nline two\nKyi\xCC\x88v \xFF ok\n");
    const Collector c = read_text(dir / "damaged.txt");
    BOOST_REQUIRE_EQUAL(c.documents.size(), 1u);
    BOOST_TEST(c.documents[0].body == "line two\nKyi\xCC\x88v \xEF\xBF\xBD ok");
    BOOST_REQUIRE_EQUAL(c.problems.size(), 1u);
    BOOST_TEST((c.problems[0].severity == ReadProblem::Severity::kWarning));
    BOOST_TEST(c.problems[0].line == 3u);
    BOOST_TEST(c.problems[0].message == "invalid UTF-8 at byte offset 27, replaced with U+FFFD");
}

BOOST_AUTO_TEST_CASE(legacy_encodings_are_detected_and_converted) {
    TempDir dir;
    // Russian in windows-1251: "Харьков" title and a sentence.
    const std::string cp1251_title = "\xD5\xE0\xF0\xFC\xEA\xEE\xE2";
    std::string body;
    for (int i = 0; i < 20; ++i)
        body +=
            "\xC2 \xD5\xE0\xF0\xFC\xEA\xEE\xE2\xE5 \xEF\xF0\xEE\xF8\xB8\xEB "
            "\xF4\xEE\xF0\xF3\xEC \xEA\xEE\xEC\xEF\xE0\xED\xE8\xE9. ";
    write_file(dir / "ru.txt", cp1251_title + "\n" + body);
    const Collector c = read_text(dir / "ru.txt");
    BOOST_REQUIRE_EQUAL(c.documents.size(), 1u);
    BOOST_TEST(c.documents[0].title == "\xD0\xA5\xD0\xB0\xD1\x80\xD1\x8C\xD0\xBA\xD0\xBE\xD0\xB2");
    BOOST_REQUIRE_EQUAL(c.problems.size(), 1u);
    BOOST_TEST(c.problems[0].message.find("not UTF-8; decoded as windows-1251") == 0u);

    ReaderOptions latin1;
    latin1.encoding = "ISO-8859-1";
    write_file(dir / "fr.txt", "Caf\xE9\nNo\xEBl \xE0 Paris\n");
    const Collector forced = read_text(dir / "fr.txt", latin1);
    BOOST_REQUIRE_EQUAL(forced.documents.size(), 1u);
    BOOST_TEST(forced.documents[0].title == "Caf\xC3\xA9");
    BOOST_TEST(forced.documents[0].body == "No\xC3\xABl \xC3\xA0 Paris");
    BOOST_TEST(forced.problems.empty());
}

BOOST_AUTO_TEST_CASE(oversized_articles_are_refused) {
    TempDir dir;
    write_file(dir / "big.txt", "Title\n" + std::string(2000, 'x'));
    ReaderOptions options;
    options.max_document_bytes = 1000;
    const Collector c = read_text(dir / "big.txt", options);
    BOOST_TEST(c.documents.empty());
    BOOST_REQUIRE_EQUAL(c.problems.size(), 1u);
    BOOST_TEST(c.problems[0].message.find("larger than the limit of 1000 bytes") !=
               std::string::npos);
}

BOOST_AUTO_TEST_CASE(folders_are_walked_sorted_skipping_hidden_and_other_files) {
    TempDir dir;
    write_file(dir / "b/two.txt", "x");
    write_file(dir / "a/one.txt", "x");
    write_file(dir / "a/notes.md", "x");
    write_file(dir / ".hidden/three.txt", "x");
    write_file(dir / "a/.four.txt", "x");
    write_file(dir / "single.md", "x");
    write_file(dir / "c/dump", "{\"id\": \"1\", \"title\": \"JSON without a name\"}\n");
    const FileWalkResult walk = walk_paths({dir.path(), dir / "single.md", dir / "missing.txt"});
    BOOST_REQUIRE_EQUAL(walk.files.size(), 4u);
    BOOST_TEST(walk.files[0] == dir / "a/one.txt");
    BOOST_TEST(walk.files[1] == dir / "b/two.txt");
    BOOST_TEST(walk.files[2] == dir / "c/dump");     // no name, but its content says JSON Lines
    BOOST_TEST(walk.files[3] == dir / "single.md");  // named explicitly: taken
    BOOST_REQUIRE_EQUAL(walk.skipped_files.size(), 2u);
    BOOST_TEST(walk.skipped_files[0] == dir / "a/notes.md");
    BOOST_TEST(walk.skipped == 2u);  // notes.md, single.md in the walk
    BOOST_REQUIRE_EQUAL(walk.errors.size(), 1u);
    BOOST_TEST(walk.errors[0].path == dir / "missing.txt");
}

BOOST_AUTO_TEST_CASE(exclude_patterns_and_newsdexignore_leave_files_out) {
    TempDir dir;
    write_file(dir / "keep/one.txt", "One\nbody.\n");
    write_file(dir / "keep/draft-two.txt", "Two\nbody.\n");
    write_file(dir / "old/three.txt", "Three\nbody.\n");
    write_file(dir / "keep/deep/old/four.txt", "Four\nbody.\n");
    write_file(dir / "feeds/five.txt", "Five\nbody.\n");
    write_file(dir / "feeds/tmp/six.txt", "Six\nbody.\n");
    write_file(dir / "feeds/.newsdexignore", "# scratch space\ntmp/\n");
    // No slash: a name at any depth; with one: the path below the root.
    const FileWalkResult walk = walk_paths({dir.path()}, false, {"draft-*", "old"});
    std::vector<std::string> names;
    for (const auto& file : walk.files)
        names.push_back(file.filename().string());
    BOOST_TEST(names == (std::vector<std::string>{"five.txt", "one.txt"}));
    BOOST_TEST(walk.excluded == 4u);  // draft-two.txt, old/, deep/old/, feeds/tmp/
    const FileWalkResult anchored = walk_paths({dir.path()}, false, {"keep/deep"});
    BOOST_TEST(anchored.files.size() == 4u);  // one, draft-two, three, five
}
