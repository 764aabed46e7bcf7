#define BOOST_TEST_MODULE facets
// Dates and entities at search time, on the sample corpus: date and entity
// filters, sorting, and facet counts checked against counts made
// independently from every hit.
#include <boost/test/unit_test.hpp>

#include <map>
#include <sstream>

#include "newsdex/schema/facet_file.hpp"
#include "newsdex/schema/shards.hpp"
#include "newsdex/search/facets.hpp"
#include "newsdex/search/searcher.hpp"
#include "sample_searcher.hpp"
#include "searcher/src/matching_ids.hpp"

using namespace newsdex;
using namespace newsdex::analysis;

namespace {

const search::Searcher& searcher() {
    return test::sample_searcher();
}

search::SearchResult run(const std::string& query, std::size_t limit = 100, bool facets = false) {
    search::SearchRequest request;
    request.query = query;
    request.limit = limit;
    request.facets = facets;
    request.facet_limit = 1000;
    return searcher().search(request);
}

std::map<std::string, Xapian::doccount> as_map(const std::vector<search::FacetCount>& counts) {
    std::map<std::string, Xapian::doccount> out;
    for (const auto& c : counts)
        out[c.value] = c.count;
    return out;
}

}  // namespace

BOOST_AUTO_TEST_CASE(facet_counts_equal_counts_over_all_hits) {
    // Term algebra (counted from the posting lists), then what only the
    // matcher can count: a phrase, a wildcard, a date range.
    for (const std::string query :
         {"lang:en", "the", "Korea OR Ukraine", "lang:ko OR lang:ja", "Korea -Ukraine",
          "Korea AND Ukraine", "missile NOT debris", "place:Kharkiv missile",
          "(Korea OR Ukraine) lang:en", "\"missile debris\"", "khar*", "missile date:2024"}) {
        BOOST_TEST_CONTEXT(query) {
            const auto page = run(query, 2, true);  // counts cover more than the page
            const auto all = run(query, 1000);
            BOOST_REQUIRE(page.facets.has_value());
            BOOST_TEST(page.facets->matches == all.hits.size());
            std::map<std::string, Xapian::doccount> people, places;
            Xapian::doccount undated = 0;
            for (const auto& hit : all.hits) {
                for (const auto& p : hit.document.people)
                    ++people[p];
                for (const auto& p : hit.document.places)
                    ++places[p];
                undated += !hit.document.date;
            }
            BOOST_TEST((as_map(page.facets->people) == people));
            BOOST_TEST((as_map(page.facets->places) == places));
            BOOST_TEST(page.facets->undated == undated);
            Xapian::doccount dated = 0;
            for (const auto& d : page.facets->dates)
                dated += d.count;
            BOOST_TEST(dated + undated == all.hits.size());
            search::SearchRequest count;  // as search --count asks
            count.query = query;
            count.exact_count = true;
            count.limit = 0;
            BOOST_TEST(searcher().search(count).matches_estimated == all.hits.size());
        }
    }
}

// A fresh searcher counts a narrow query from the matches' own values, and
// a broad one from a table of the whole database, kept for later queries:
// both ways give the same counts.
BOOST_AUTO_TEST_CASE(counts_from_values_and_from_the_table_agree) {
    const search::Searcher fresh(test::sample_database());
    search::SearchRequest request;
    request.facets = true;
    request.facet_limit = 1000;
    request.query = "Kharkiv";
    const auto from_values = fresh.search(request).facets;
    request.query = "the OR lang:ko OR lang:ja OR lang:zh";  // most documents
    fresh.search(request);
    request.query = "Kharkiv";
    const auto from_table = fresh.search(request).facets;
    BOOST_REQUIRE(from_values && from_table);
    BOOST_TEST(from_values->matches == from_table->matches);
    for (const auto kind : {&search::Facets::people, &search::Facets::organizations,
                            &search::Facets::places, &search::Facets::dates})
        BOOST_TEST((as_map(*from_values.*kind) == as_map(*from_table.*kind)));
    BOOST_TEST(from_values->granularity == from_table->granularity);
}

BOOST_AUTO_TEST_CASE(date_filters_and_ranges) {
    const auto may = run("date:2024-05");
    BOOST_TEST(!may.hits.empty());
    for (const auto& hit : may.hits)
        BOOST_TEST(hit.document.date->iso().substr(0, 7) == "2024-05");
    BOOST_TEST(run("date:2024-05-17").hits.size() >= 1u);
    BOOST_TEST(run("date:2024").hits.size() >= may.hits.size());
    const auto range = run("date:2023-01-01..2023-12-31");
    for (const auto& hit : range.hits)
        BOOST_TEST(hit.document.date->year == 2023);
    BOOST_TEST(range.hits.size() == run("date:2023").hits.size());
    const auto open = run("date:2025-01-01..");
    for (const auto& hit : open.hits)
        BOOST_TEST(hit.document.date->year >= 2025);
    search::SearchRequest request;
    request.query = "lang:en";
    request.limit = 100;
    request.since = "2024-01";
    request.until = "2024-12";
    for (const auto& hit : searcher().search(request).hits)
        BOOST_TEST(hit.document.date->year == 2024);
    BOOST_CHECK_THROW(run("date:2024-13"), search::QuerySyntaxError);
    BOOST_CHECK_THROW(run("date:2024-05-02..2024-05-01"), search::QuerySyntaxError);
}

BOOST_AUTO_TEST_CASE(sorting_by_date) {
    search::SearchRequest request;
    request.query = "lang:en";
    request.limit = 100;
    request.sort = search::SortOrder::kNewestFirst;
    const auto newest = searcher().search(request);
    BOOST_REQUIRE(newest.hits.size() > 3u);
    for (std::size_t i = 1; i < newest.hits.size(); ++i)
        BOOST_TEST(newest.hits[i - 1].document.date->iso() >= newest.hits[i].document.date->iso());
    request.sort = search::SortOrder::kOldestFirst;
    const auto oldest = searcher().search(request);
    BOOST_TEST(oldest.hits.front().document.id == newest.hits.back().document.id);
}

BOOST_AUTO_TEST_CASE(entity_filters_resolve_aliases) {
    const auto kirby = run("person:\"John Kirby\"");
    BOOST_REQUIRE_EQUAL(kirby.hits.size(), 1u);
    BOOST_TEST(kirby.hits[0].document.title.find("Kim Yo Jong") != std::string::npos);
    // Combined with words and dates.
    BOOST_TEST(run("missile person:\"John Kirby\" date:2024").hits.size() == 1u);
    BOOST_TEST(run("missile person:\"John Kirby\" date:2023").hits.empty());
}

// Over a stub listing two shards, the counts are those of one database
// holding the same documents (the spy saw each shard's own docids).
BOOST_AUTO_TEST_CASE(facets_over_shards_equal_one_database) {
    test::TempDir dir;
    const auto articles = test::sample_corpus();
    std::ostringstream diagnostics;
    index::IndexingOptions options;
    options.database = dir / "en";
    index::index_paths({articles / "en"}, options, diagnostics);
    options.database = dir / "rest";
    std::vector<std::filesystem::path> rest;
    for (const auto& entry : std::filesystem::directory_iterator(articles))
        if (entry.path().filename() != "en") rest.push_back(entry.path());
    index::index_paths(rest, options, diagnostics);
    test::write_file(dir / "stub",
                     "auto " + (dir / "en").string() + "\nauto " + (dir / "rest").string() + "\n");
    const search::Searcher sharded(dir / "stub");
    for (const char* query : {"place:Kharkiv", "Ukraine", "date:2020..2025", "the"}) {
        search::SearchRequest request;
        request.query = query;
        request.facets = true;
        request.facet_limit = 1000;
        const auto one = searcher().search(request).facets;
        const auto two = sharded.search(request).facets;
        BOOST_TEST_CONTEXT(query) {
            BOOST_REQUIRE(one && two);
            BOOST_TEST(one->matches == two->matches);
            auto same = [](const std::vector<search::FacetCount>& a,
                           const std::vector<search::FacetCount>& b) {
                std::map<std::string, Xapian::doccount> x, y;
                for (const auto& c : a)
                    x[c.value] = c.count;
                for (const auto& c : b)
                    y[c.value] = c.count;
                return x == y;
            };
            BOOST_TEST(same(one->people, two->people));
            BOOST_TEST(same(one->organizations, two->organizations));
            BOOST_TEST(same(one->places, two->places));
            BOOST_TEST(same(one->dates, two->dates));
        }
    }
}

namespace {

// Every count of every kind, over every row of a table.
std::map<std::string, Xapian::doccount> all_counts(const search::FacetTable& table) {
    const search::Facets f = table.count_all(100000);
    std::map<std::string, Xapian::doccount> out;
    for (const auto& [kind, counts] : {std::pair{"person ", &f.people},
                                       {"org ", &f.organizations},
                                       {"place ", &f.places},
                                       {"topic ", &f.topics},
                                       {"language ", &f.languages},
                                       {"format ", &f.formats},
                                       {"date ", &f.dates}})
        for (const auto& c : *counts)
            out[kind + c.value] = c.count;
    out["undated"] = f.undated;
    out["matches"] = f.matches;
    return out;
}

std::filesystem::path one_shard_database(const test::TempDir& dir, const std::string& subfolder) {
    index::IndexingOptions options;
    options.database = dir / "db";
    options.shards = 1;
    std::ostringstream diagnostics;
    index::index_paths({test::sample_corpus() / subfolder}, options, diagnostics);
    return options.database;
}

}  // namespace

// The indexer's facet file (schema/facet_file.hpp) holds what the value
// streams hold, for every shard.
BOOST_AUTO_TEST_CASE(the_facet_file_counts_what_the_value_streams_count) {
    for (const auto& folder : schema::shard_folders(test::sample_database())) {
        const Xapian::Database db(folder.string());
        const auto mapped = search::FacetTable::mapped(folder.string(), db);
        BOOST_REQUIRE(mapped);
        const search::FacetTable streams(db);
        BOOST_TEST((all_counts(*mapped) == all_counts(streams)));
        BOOST_TEST(all_counts(*mapped).count("format text") == 1);
    }
}

// The file is used only for the revision it was written for, and only when
// well formed: a file changed by hand, cut short or left from an earlier
// run is ignored, and the counts come from the value streams.
BOOST_AUTO_TEST_CASE(a_stale_or_damaged_facet_file_is_not_used) {
    test::TempDir dir;
    const auto db_path = one_shard_database(dir, "en");
    const auto file = db_path / schema::kFacetFileName;
    const std::string good = test::read_file(file);
    BOOST_REQUIRE(search::FacetTable::mapped(db_path.string(), Xapian::Database(db_path.string())));
    auto usable = [&](const std::string& content) {
        test::write_file(file, content);
        return search::FacetTable::mapped(db_path.string(), Xapian::Database(db_path.string())) !=
               nullptr;
    };
    BOOST_TEST(!usable(good.substr(0, good.size() - 4)));
    BOOST_TEST(!usable(good + "tail"));
    BOOST_TEST(!usable(""));
    for (std::size_t at : {0, 8, 16, 20}) {  // magic, revision, last docid, kinds
        std::string changed = good;
        changed[at] = static_cast<char>(changed[at] ^ 0x01);
        BOOST_TEST(!usable(changed));
    }
    // Any byte changed: refused, or read without reading past the file.
    for (std::size_t at = 8; at < good.size(); at += good.size() / 97 + 1) {
        std::string flipped = good;
        flipped[at] = static_cast<char>(flipped[at] ^ 0x5a);
        test::write_file(file, flipped);
        const Xapian::Database db(db_path.string());
        if (const auto table = search::FacetTable::mapped(db_path.string(), db))
            table->count_all(10);
    }
    // A later run changes the revision: the old file no longer describes it.
    test::write_file(file, good);
    index::IndexingOptions options;
    options.database = db_path;
    std::ostringstream diagnostics;
    index::index_paths({test::sample_corpus() / "en", test::sample_corpus() / "de"}, options,
                       diagnostics);
    const Xapian::Database grown(db_path.string());
    test::write_file(file, good);
    BOOST_TEST(!search::FacetTable::mapped(db_path.string(), grown));
    const search::Searcher searcher(db_path);
    search::SearchRequest request;
    request.query = "lang:de";
    request.facets = true;
    const auto facets = searcher.search(request).facets;
    BOOST_REQUIRE(facets);
    BOOST_TEST(facets->matches > 0u);
    BOOST_TEST(facets->languages.size() == 1u);
}

// The ids read from posting lists are the matcher's, over every kind of
// query the reader handles and at every depth; the others are left to it.
BOOST_AUTO_TEST_CASE(posting_lists_give_the_matchers_ids) {
    const Xapian::Database db(test::sample_database().string());
    using Q = Xapian::Query;
    const Q korea("Zkorea"), ukraine("Zukrain"), missile("Zmissil"), en("Len");
    const std::vector<std::pair<std::string, Q>> read = {
        {"term", korea},
        {"absent term", Q("Znosuchword")},
        {"all", Q::MatchAll},
        {"nothing", Q::MatchNothing},
        {"or", Q(Q::OP_OR, korea, ukraine)},
        {"and", Q(Q::OP_AND, korea, ukraine)},
        {"and not", Q(Q::OP_AND_NOT, missile, korea)},
        {"filter", Q(Q::OP_FILTER, Q(Q::OP_OR, korea, missile), en)},
        {"synonym", Q(Q::OP_SYNONYM, korea, ukraine)},
        {"and maybe", Q(Q::OP_AND_MAYBE, missile, korea)},
        {"scaled", Q(Q::OP_SCALE_WEIGHT, Q(Q::OP_OR, korea, missile), 2.0)},
        {"nested", Q(Q::OP_AND_NOT, Q(Q::OP_OR, Q(Q::OP_AND, korea, en), missile), ukraine)},
    };
    for (const auto& [name, query] : read) {
        BOOST_TEST_CONTEXT(name) {
            Xapian::Enquire enquire(db);
            enquire.set_query(query);
            enquire.set_weighting_scheme(Xapian::BoolWeight());
            enquire.set_docid_order(Xapian::Enquire::ASCENDING);
            const Xapian::MSet all = enquire.get_mset(0, db.get_doccount());
            std::vector<Xapian::docid> expected;
            for (auto it = all.begin(); it != all.end(); ++it)
                expected.push_back(*it);
            const auto ids = search::matching_ids_from_postings(db, query);
            BOOST_REQUIRE(ids.has_value());
            BOOST_TEST(*ids == expected);
        }
    }
    BOOST_TEST(!search::matching_ids_from_postings(db, Q(Q::OP_PHRASE, korea, ukraine)));
    BOOST_TEST(
        !search::matching_ids_from_postings(db, Q(Q::OP_OR, korea, Q(Q::OP_NEAR, korea, en))));
    Q deep = korea;
    for (int i = 0; i < 40; ++i)
        deep = Q(Q::OP_AND, deep, Q(Q::OP_OR, korea, Q("Zx" + std::to_string(i))));
    BOOST_TEST(!search::matching_ids_from_postings(db, deep));  // left to the matcher
}
