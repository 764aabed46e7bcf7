#include "sphinx.hpp"

#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <stdexcept>

namespace newsdex::bench {

namespace {

// XML text: the five escapes, and no control character XML 1.0 refuses
// (Sphinx mends bad UTF-8 itself: xmlpipe_fixup_utf8).
void write_text(std::ofstream& out, const std::string& text) {
    for (const char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == '&') {
            out << "&amp;";
        } else if (c == '<') {
            out << "&lt;";
        } else if (c == '>') {
            out << "&gt;";
        } else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
            out << ' ';
        } else {
            out << ch;
        }
    }
}

void write_stream(const std::filesystem::path& file, const std::vector<Document>& documents) {
    std::ofstream out(file, std::ios::binary);
    out << "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<sphinx:docset>\n<sphinx:schema>\n"
           "<sphinx:field name=\"title\"/>\n<sphinx:field name=\"body\"/>\n</sphinx:schema>\n";
    std::size_t id = 0;
    for (const Document& d : documents) {
        out << "<sphinx:document id=\"" << ++id << "\">\n<title>";
        write_text(out, d.title);
        out << "</title>\n<body>";
        write_text(out, d.body);
        out << "</body>\n</sphinx:document>\n";
    }
    out << "</sphinx:docset>\n";
    if (!out) throw std::runtime_error("cannot write " + file.string());
}

// Like the plain Xapian reference: English stems, every word (no minimum
// length), positions (Sphinx's default).
void write_configuration(const std::filesystem::path& work) {
    std::ofstream out(work / "sphinx.conf");
    out << "source docs {\n  type = xmlpipe2\n  xmlpipe_command = cat "
        << (work / "docs.xml").string() << "\n  xmlpipe_fixup_utf8 = 1\n}\n"
        << "index docs {\n  source = docs\n  path = " << (work / "index" / "docs").string()
        << "\n  docinfo = extern\n  morphology = stem_en\n  min_word_len = 1\n}\n"
        << "indexer {\n  mem_limit = 256M\n}\n";
}

}  // namespace

SphinxRun::SphinxRun(const std::filesystem::path& work, const std::vector<Document>& documents,
                     std::string indexer)
    : work_(work), indexer_(std::move(indexer)) {
    std::filesystem::create_directories(work_);  // the index folder: at each run
    write_stream(work_ / "docs.xml", documents);
    write_configuration(work_);
}

void SphinxRun::exec_indexer() const {
    std::filesystem::remove_all(index_folder());
    std::filesystem::create_directories(index_folder());
    const std::string config = (work_ / "sphinx.conf").string();
    execl(indexer_.c_str(), indexer_.c_str(), "--config", config.c_str(), "--all", "--quiet",
          static_cast<char*>(nullptr));
    std::_Exit(127);  // exec failed
}

}  // namespace newsdex::bench
