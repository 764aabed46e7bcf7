#include "reference.hpp"

#include <cctype>
#include <chrono>
#include <fstream>
#include <stdexcept>

#include "newsdex/corpus/file_walk.hpp"
#include "newsdex/corpus/reader.hpp"

namespace newsdex::bench {

using namespace newsdex::corpus;

namespace {

struct Collector : ReadSink {
    std::vector<Document>& documents;
    explicit Collector(std::vector<Document>& d) : documents(d) {}
    void document(Document&& d) override { documents.push_back(std::move(d)); }
    void problem(ReadProblem&&) override {}
};

}  // namespace

std::vector<Document> read_documents(const std::vector<std::filesystem::path>& paths,
                                     const std::string& format) {
    std::vector<Document> documents;
    Collector collector(documents);
    FileReader reader(format, {});
    for (const auto& file : walk_paths(paths, format != "auto").files)
        reader.read(file, collector);
    return documents;
}

void Reference::build(const std::filesystem::path& path, const std::vector<Document>& documents) {
    Xapian::WritableDatabase db(path.string(), Xapian::DB_CREATE_OR_OVERWRITE);
    Xapian::TermGenerator generator;
    generator.set_stemmer(Xapian::Stem("en"));
    for (const Document& d : documents) {
        Xapian::Document doc;
        generator.set_document(doc);
        generator.index_text(d.title);
        generator.increase_termpos();
        generator.index_text(d.body);
        // The id, then the text: like newsdex, the reference keeps what it
        // shows (snippets), so sizes and latencies compare like for like.
        doc.set_data(d.id + '\n' + d.title + "\n\n" + d.body);
        doc.add_boolean_term("Q" + d.id.substr(0, 200));
        db.replace_document("Q" + d.id.substr(0, 200), doc);
    }
    db.commit();
}

Reference::Reference(const std::filesystem::path& path) : db_(path.string()) {
    parser_.set_database(db_);
    parser_.set_stemmer(stemmer_);
    parser_.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
}

std::unique_ptr<Xapian::Weight> weighting_scheme(const std::string& name) {
    if (name == "bm25") return std::make_unique<Xapian::BM25Weight>();
    if (name == "dph") return std::make_unique<Xapian::DPHWeight>();
    if (name == "dlh") return std::make_unique<Xapian::DLHWeight>();
    if (name == "pl2") return std::make_unique<Xapian::PL2Weight>();
    if (name == "lm") return std::make_unique<Xapian::LMWeight>();
    if (name == "ineb2") return std::make_unique<Xapian::IneB2Weight>();
    throw std::invalid_argument("no weighting scheme '" + name + "'");
}

void Reference::load_stopwords(const std::filesystem::path& file) {
    std::ifstream in(file);
    for (std::string word; in >> word;) {
        for (char& c : word)
            c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        stopper_.add(word);
    }
}

std::vector<search::RunEntry> Reference::search(const std::string& query, std::size_t limit,
                                                std::vector<std::string>* snippets,
                                                const ReferenceSetup& setup) const {
    Xapian::QueryParser parser = parser_;
    Xapian::Enquire enquire(db_);
    std::string text = query;
    if (setup.fair) {
        for (char& c : text)
            c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        parser.set_stopper(&stopper_);
    }
    enquire.set_query(parser.parse_query(text));
    const auto weighting = weighting_scheme(setup.scheme);
    enquire.set_weighting_scheme(*weighting);
    const Xapian::MSet mset = enquire.get_mset(0, static_cast<Xapian::doccount>(limit));
    std::vector<search::RunEntry> out;
    for (auto it = mset.begin(); it != mset.end(); ++it) {
        const std::string data = it.get_document().get_data();
        const std::size_t end_of_id = std::min(data.find('\n'), data.size());
        out.push_back({data.substr(0, end_of_id), it.get_weight()});
        if (snippets)
            snippets->push_back(
                mset.snippet(data.substr(std::min(end_of_id + 1, data.size())), 200, stemmer_));
    }
    return out;
}

std::vector<std::pair<std::string, std::string>> read_topics(const std::filesystem::path& file) {
    std::vector<std::pair<std::string, std::string>> topics;
    std::ifstream in(file);
    for (std::string line; std::getline(in, line);) {
        const auto tab = line.find('\t');
        if (tab != std::string::npos)
            topics.emplace_back(line.substr(0, tab), line.substr(tab + 1));
    }
    return topics;
}

double seconds_since(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace newsdex::bench
