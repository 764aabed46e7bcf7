// Indexing cost, newsdex beside plain Xapian: documents/s, input MB/s,
// peak memory and database size per document. Each engine runs in its own
// child process (so peak memory is its own), on the same documents, read
// once with newsdex's readers and replicated with new ids up to --scale
// documents when asked (to see how cost grows with size).
// With --shards 1,2 newsdex runs once per shard count (indexer --shards).
// With --sphinx /usr/bin/indexer, Sphinx's indexer too (bench/sphinx.hpp).
//   index_bench --docs PATH[,PATH...] [--format F] [--name NAME] [--scale N] [--work DIR]
//               [--shards N[,N...]] [--sphinx INDEXER]
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <optional>

#include "cli.hpp"
#include "newsdex/index/pipeline.hpp"
#include "newsdex/index/rebuild.hpp"
#include "newsdex/index/sharded_index.hpp"
#include "reference.hpp"
#include "sphinx.hpp"

namespace fs = std::filesystem;
using namespace newsdex;

namespace {

// Exactly `target` documents: the first ones, or all of them again and
// again under new ids.
std::vector<Document> replicate(std::vector<Document> documents, std::size_t target) {
    if (documents.size() > target) documents.resize(target);
    const std::size_t original = documents.size();
    for (std::size_t copy = 1; documents.size() < target && original > 0; ++copy)
        for (std::size_t i = 0; i < original && documents.size() < target; ++i) {
            Document d = documents[i];
            d.id += "#copy" + std::to_string(copy);
            documents.push_back(std::move(d));
        }
    return documents;
}

// The documents by reference, as the reference gets them: a copy of the
// whole list in the timed process was a tenth of a second on Reuters that
// plain Xapian did not pay. Each document is copied as it is handed over.
void index_newsdex(const fs::path& db, const std::vector<Document>& documents, std::size_t shards) {
    const entities::Gazetteer gazetteer = entities::Gazetteer::load();
    const entities::GazetteerOnDemand loaded(gazetteer);
    index::ShardedIndex index(db, {}, shards);
    {
        index::DocumentPipeline pipeline(loaded, index);
        for (const Document& d : documents)
            pipeline.add(Document(d));
        pipeline.finish();
    }
    index.commit();
    index::compact_shards(db);  // as the indexer does with a database it made
}

std::uintmax_t folder_bytes(const fs::path& folder) {
    std::uintmax_t total = 0;
    for (const auto& entry : fs::recursive_directory_iterator(folder))
        if (entry.is_regular_file()) total += entry.file_size();
    return total;
}

struct Measured {
    double seconds;
    double cpu_seconds;  // user + system
    long peak_kb;
    std::uintmax_t db_bytes;
    bool ok;  // the child exited with 0
};

// The run with the median time (its memory and size come with it).
Measured median(std::vector<Measured> runs) {
    std::sort(runs.begin(), runs.end(),
              [](const Measured& a, const Measured& b) { return a.seconds < b.seconds; });
    return runs[runs.size() / 2];
}

// Runs `work` in a child process; its time, peak memory and database size.
Measured in_child(const fs::path& db, const std::function<void()>& work) {
    const auto start = std::chrono::steady_clock::now();
    const pid_t pid = fork();
    if (pid == 0) {
        work();
        _exit(0);
    }
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    auto seconds = [](const timeval& t) { return double(t.tv_sec) + t.tv_usec / 1e6; };
    return {bench::seconds_since(start), seconds(usage.ru_utime) + seconds(usage.ru_stime),
            usage.ru_maxrss, folder_bytes(db), WIFEXITED(status) && WEXITSTATUS(status) == 0};
}

void row(const std::string& engine, std::size_t documents, double mb, const Measured& m,
         const Measured& reference) {
    const double rate = documents / m.seconds;
    std::printf("| %s | %zu | %.2f | %.2f | %.0f | %.2f | %.0f | %.0f | %.2f | %.2f |\n",
                engine.c_str(), documents, m.seconds, m.cpu_seconds, rate, mb / m.seconds,
                m.peak_kb / 1024.0, double(m.db_bytes) / documents, m.seconds / reference.seconds,
                m.cpu_seconds / reference.cpu_seconds);
}

// The input once, in memory, so both engines are timed on indexing alone.
std::vector<Document> load_documents(const std::vector<fs::path>& paths, const std::string& format,
                                     std::size_t scale) {
    auto documents = bench::read_documents(paths, format);
    if (scale > 0) documents = replicate(std::move(documents), scale);
    return documents;
}

double text_megabytes(const std::vector<Document>& documents) {
    double mb = 0;
    for (const auto& d : documents)
        mb += (d.title.size() + d.body.size()) / 1e6;
    return mb;
}

struct Medians {
    Measured reference;
    std::vector<Measured> ours;  // by shard count, as asked
    std::optional<Measured> sphinx;
};

// Runs alternate (reference, newsdex, reference, ...) so a noisy spell on
// the shared machine hits both; each figure is the median run.
Medians index_both(const std::vector<Document>& documents, const fs::path& work, int repeat,
                   const std::vector<std::size_t>& shards, const std::string& sphinx_indexer) {
    fs::remove_all(work);
    fs::create_directories(work);
    std::optional<bench::SphinxRun> sphinx;
    if (!sphinx_indexer.empty()) sphinx.emplace(work / "sphinx", documents, sphinx_indexer);
    std::vector<Measured> reference_runs, sphinx_runs;
    std::vector<std::vector<Measured>> our_runs(shards.size());
    for (int run = 0; run < std::max(1, repeat); ++run) {
        fs::remove_all(work / "reference");
        reference_runs.push_back(in_child(
            work / "reference", [&] { bench::Reference::build(work / "reference", documents); }));
        for (std::size_t i = 0; i < shards.size(); ++i) {
            fs::remove_all(work / "newsdex");
            our_runs[i].push_back(in_child(
                work / "newsdex", [&] { index_newsdex(work / "newsdex", documents, shards[i]); }));
        }
        if (sphinx)
            sphinx_runs.push_back(
                in_child(sphinx->index_folder(), [&] { sphinx->exec_indexer(); }));
    }
    Medians m{median(reference_runs), {}, {}};
    if (!sphinx_runs.empty()) m.sphinx = median(sphinx_runs);
    for (auto& runs : our_runs)
        m.ours.push_back(median(runs));
    return m;
}

// scripts/bench calls this once per corpus into one table: only the first
// call asks for the header.
void print_rows(const std::string& name, std::size_t documents, double mb, const Medians& m,
                const std::vector<std::size_t>& shards, bool header) {
    if (header)
        std::printf(
            "| engine | documents | wall s | CPU s | docs/s | text MB/s | peak MB | DB bytes/doc | "
            "wall / reference | CPU / reference |\n"
            "|---|---|---|---|---|---|---|---|---|---|\n");
    row("plain Xapian, " + name, documents, mb, m.reference, m.reference);
    for (std::size_t i = 0; i < shards.size(); ++i)
        row("newsdex, " + name +
                (shards.size() > 1 || shards[i] != 1
                     ? ", " + std::to_string(shards[i]) + " shard" + (shards[i] == 1 ? "" : "s")
                     : std::string()),
            documents, mb, m.ours[i], m.reference);
    if (m.sphinx && m.sphinx->ok)
        row("Sphinx (sphinxsearch), " + name, documents, mb, *m.sphinx, m.reference);
    if (m.sphinx && !m.sphinx->ok) std::fprintf(stderr, "index_bench: Sphinx's indexer failed\n");
}

}  // namespace

int main(int argc, char** argv) {
    bench::Cli cli("index_bench", "Indexing cost, newsdex beside plain Xapian.");
    cli.options()("docs", "documents (files or folders, comma-separated)",
                  cxxopts::value<std::vector<std::string>>())(
        "format", "reader", cxxopts::value<std::string>()->default_value("auto"))(
        "name", "corpus name", cxxopts::value<std::string>()->default_value("corpus"))(
        "scale", "replicate up to this many documents",
        cxxopts::value<std::size_t>()->default_value("0"))(
        "work", "folder for the databases",
        cxxopts::value<std::string>()->default_value("/tmp/newsdex-index"))(
        "shards", "shard counts for newsdex (comma-separated)",
        cxxopts::value<std::vector<std::size_t>>()->default_value("1"))(
        "header", "print the table header")("repeat", "runs of each engine; the median is shown",
                                            cxxopts::value<int>()->default_value("1"))(
        "sphinx", "Sphinx's indexer (sphinxsearch), timed beside both",
        cxxopts::value<std::string>()->default_value(""));
    const auto parsed = cli.parse(argc, argv, {"docs"});
    if (!parsed) return cli.exit_code();
    const auto& args = *parsed;
    const auto documents =
        load_documents(bench::paths(args, "docs"), args["format"].as<std::string>(),
                       args["scale"].as<std::size_t>());
    const auto shards = args["shards"].as<std::vector<std::size_t>>();
    const Medians medians =
        index_both(documents, args["work"].as<std::string>(), args["repeat"].as<int>(), shards,
                   args["sphinx"].as<std::string>());
    print_rows(args["name"].as<std::string>(), documents.size(), text_megabytes(documents), medians,
               shards, args.count("header") > 0);
    return 0;
}
