#define BOOST_TEST_MODULE multilingual
// End to end in every language of the sample corpus: a query in any
// script, with or without diacritics, particles, inflections or full-width
// characters, finds its article and marks the matching words as written.
#include <boost/test/unit_test.hpp>

#include <sstream>

#include "newsdex/search/searcher.hpp"
#include "sample_searcher.hpp"

using namespace newsdex;
using namespace newsdex::analysis;

namespace {

const search::Searcher& searcher() {
    return test::sample_searcher();
}

std::vector<std::string> marked(const search::Hit& hit) {
    std::vector<std::string> out;
    for (const auto& h : hit.snippet.highlights)
        out.push_back(hit.snippet.text.substr(h.begin, h.end - h.begin));
    return out;
}

}  // namespace

BOOST_AUTO_TEST_CASE(queries_find_their_article_and_mark_the_words) {
    const struct {
        const char* query;
        const char* file;  // under corpus/sample/articles
        const char* mark;  // one of the marked spans, as written in the text
    } table[] = {
        {"Kharkiv missile debris", "en/kim-yo-jong-denies-weapon-exports.txt", "missile debris"},
        {"missile", "en/kim-yo-jong-denies-weapon-exports.txt", "missiles"},  // stem
        {"balloon", "en/north-korea-trash-balloons-seoul.txt", "balloons"},
        {"Kim’s office", "en/north-korea-trash-balloons-seoul.txt", "Kim’s office"},
        {"Maximo", "en/late-maximo-ferrer-goal-gives-betis-derby-win.txt", "Máximo"},
        {"kyiv brass band", "en/ukraine-second-city-metro-music-festival.txt", "Kyïv"},
        {"Gebaudeenergiegesetz", "de/bundestag-beschliesst-heizungsgesetz.txt",
         "Gebäudeenergiegesetz"},
        {"Heizungen", "de/bundestag-beschliesst-heizungsgesetz.txt", "Heizungen"},
        {"habitants eau", "fr/crues-dans-le-pas-de-calais.txt", "d’habitants"},
        {"Харьков", "ru/v-harkove-proshel-forum-it-kompaniy.txt", "Харькове"},
        {"Харьковом", "ru/v-harkove-proshel-forum-it-kompaniy.txt", "Харькове"},
        {"Харків", "uk/onovlenyi-kharkivskyi-zoopark.txt", "Харків"},
        {"북한", "ko/north-korea-ballistic-missile-launch.txt", "북한의"},
        {"탄도미사일", "ko/north-korea-ballistic-missile-launch.txt", "탄도미사일을"},
        {"万博", "ja/osaka-kansai-expo-opens.txt", "万博"},
        {"AI ロボット", "ja/osaka-kansai-expo-opens.txt", "ＡＩ"},
        {"北京", "zh/china-first-quarter-gdp-growth.txt", "北京"},
        {"\"国内生产总值\"", "zh/china-first-quarter-gdp-growth.txt", "国内生产总值"},
        {"الهلال", "ar/al-hilal-beat-al-nassr-riyadh-derby.txt", "الهلال"},
    };
    for (const auto& row : table) {
        BOOST_TEST_CONTEXT("query: " << row.query) {
            search::SearchRequest request;
            request.query = row.query;
            request.limit = 3;
            const auto result = searcher().search(request);
            const search::Hit* found = nullptr;
            for (const auto& hit : result.hits)
                if (hit.document.id.size() >= std::string(row.file).size() &&
                    hit.document.id.compare(hit.document.id.size() - std::string(row.file).size(),
                                            std::string::npos, row.file) == 0)
                    found = &hit;
            BOOST_TEST_REQUIRE(found != nullptr, "not in the top 3");
            const auto marks = marked(*found);
            BOOST_TEST(
                std::count(marks.begin(), marks.end(), row.mark) >= 1, "marked: " << [&] {
                    std::string all;
                    for (const auto& m : marks)
                        all += "[" + m + "]";
                    return all;
                }());
        }
    }
}

BOOST_AUTO_TEST_CASE(language_filter_and_detection) {
    search::SearchRequest request;
    request.query = "lang:ko";
    request.limit = 50;
    const auto result = searcher().search(request);
    BOOST_TEST(result.hits.size() == 5u);
    for (const auto& hit : result.hits)
        BOOST_TEST(hit.document.lang == "ko");
}
