// Analyzer throughput, per language, and side by side with Xapian's own
// TermGenerator (English stemmer, positions) on the same English text.
//   analyzer_bench [--corpora DIR] [--seconds S]
// Text: ../shared/corpora/lingua_sentences (per language) and the bodies
// of Reuters-21578 (English).
#include <xapian.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <functional>
#include <iostream>

#include "cli.hpp"
#include "newsdex/analysis/stemming.hpp"
#include "newsdex/corpus/reader.hpp"
#include "newsdex/schema/schema.hpp"

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

std::vector<std::string> read_lines(const fs::path& file) {
    std::vector<std::string> lines;
    std::ifstream in(file);
    for (std::string line; std::getline(in, line);)
        if (!line.empty()) lines.push_back(line);
    return lines;
}

struct Collector : newsdex::corpus::ReadSink {
    std::vector<std::string> texts;
    void document(newsdex::Document&& d) override { texts.push_back(d.title + "\n" + d.body); }
    void problem(newsdex::corpus::ReadProblem&&) override {}
};

std::vector<std::string> reuters_texts(const fs::path& corpora) {
    Collector c;
    newsdex::corpus::FileReader reader("reuters", {});
    for (int i = 0; i < 5; ++i) {
        char name[32];
        std::snprintf(name, sizeof name, "reut2-%03d.sgm", i);
        if (fs::exists(corpora / "reuters21578" / name))
            reader.read(corpora / "reuters21578" / name, c);
    }
    return c.texts;
}

// Runs `work` over all texts, repeatedly, for at least `seconds`; MB/s.
double throughput(const std::vector<std::string>& texts, double seconds,
                  const std::function<void(const std::string&)>& work) {
    std::size_t bytes = 0;
    const auto start = Clock::now();
    double elapsed = 0;
    do {
        for (const auto& t : texts) {
            work(t);
            bytes += t.size();
        }
        elapsed = std::chrono::duration<double>(Clock::now() - start).count();
    } while (elapsed < seconds);
    return static_cast<double>(bytes) / 1e6 / elapsed;
}

void add_postings(Xapian::Document& doc, const newsdex::analysis::TokenList& tokens) {
    for (const auto& t : tokens) {
        doc.add_posting(t.text, t.position + 1);
        for (const auto& f : t.forms)
            doc.add_posting(f, t.position + 1);
        if (!t.stem.empty() && !newsdex::schema::word_serves_as_stem(t.text, t.stem))
            doc.add_term("Z" + t.stem);  // as the indexer does (document_builder.cpp)
    }
}

void print_per_language(const fs::path& corpora, double seconds,
                        newsdex::analysis::AnalyzerCache& analyzers) {
    std::printf(
        "| language | text | MB/s (analyze) | MB/s (analyze + postings) |\n|---|---|---|---|\n");
    for (const char* lang : {"en", "de", "fr", "ru", "uk", "ar", "ko", "ja", "zh"}) {
        const auto texts =
            read_lines(corpora / "lingua_sentences" / "sentences" / (std::string(lang) + ".txt"));
        const auto& analyzer = analyzers.for_language(lang);
        const double analyze =
            throughput(texts, seconds, [&](const std::string& t) { (void)analyzer.analyze(t); });
        const double postings = throughput(texts, seconds, [&](const std::string& t) {
            Xapian::Document doc;
            add_postings(doc, analyzer.analyze(t));
        });
        std::printf("| %s | lingua_sentences/%s.txt | %.1f | %.1f |\n", lang, lang, analyze,
                    postings);
    }
}

// News text when the corpora have it, since that is what newsdex indexes;
// the English sentences otherwise.
void print_against_term_generator(const fs::path& corpora, double seconds,
                                  newsdex::analysis::AnalyzerCache& analyzers) {
    auto english = reuters_texts(corpora);
    const char* source = "Reuters-21578 reut2-000..004";
    if (english.empty()) {
        english = read_lines(corpora / "lingua_sentences" / "sentences" / "en.txt");
        source = "lingua_sentences/en.txt";
    }
    const auto& ours = analyzers.for_language("en");
    const double newsdex = throughput(english, seconds, [&](const std::string& t) {
        Xapian::Document doc;
        add_postings(doc, ours.analyze(t));
    });
    Xapian::TermGenerator generator;
    generator.set_stemmer(Xapian::Stem("en"));
    const double xapian = throughput(english, seconds, [&](const std::string& t) {
        Xapian::Document doc;
        generator.set_document(doc);
        generator.index_text(t);
    });
    std::printf("\nEnglish, %s, into a Xapian::Document with positions and stems:\n\n", source);
    std::printf("| analyzer | MB/s | cost relative to TermGenerator |\n|---|---|---|\n");
    std::printf("| Xapian TermGenerator (en stemmer) | %.1f | 1.00 |\n", xapian);
    std::printf("| newsdex (ICU, folding, stems) | %.1f | %.2f |\n", newsdex, xapian / newsdex);
}

}  // namespace

int main(int argc, char** argv) {
    newsdex::bench::Cli cli("analyzer_bench",
                            "Analyzer throughput per language, and against TermGenerator.");
    cli.options()("corpora", "the shared corpora folder",
                  cxxopts::value<std::string>()->default_value("../shared/corpora"))(
        "seconds", "time per measurement", cxxopts::value<double>()->default_value("1.0"));
    const auto parsed = cli.parse(argc, argv);
    if (!parsed) return cli.exit_code();
    const auto& args = *parsed;
    const fs::path corpora = args["corpora"].as<std::string>();
    const double seconds = args["seconds"].as<double>();
    if (!fs::exists(corpora / "lingua_sentences")) {
        std::cerr << "analyzer_bench: no corpora at " << corpora << " (--corpora)\n";
        return 2;
    }
    // One cache for both tables: the English analyzer is built once.
    newsdex::analysis::AnalyzerCache analyzers;
    print_per_language(corpora, seconds, analyzers);
    print_against_term_generator(corpora, seconds, analyzers);
    return 0;
}
