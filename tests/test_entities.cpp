#define BOOST_TEST_MODULE entities
// Entity extraction on small gazetteers written here: aliases, scripts,
// inflections, particles, capitals, and the rules for unlisted names.
#include <boost/test/unit_test.hpp>

#include "newsdex/index/entities.hpp"
#include "test_support.hpp"

using namespace newsdex;
using index::EntityType;

namespace {

const index::Gazetteer& gazetteer() {
    static const index::Gazetteer g = [] {
        test::TempDir dir;
        test::write_file(dir / "places.tsv",
                         "# canonical\tkind\tcountry\taliases\n"
                         "United States\tcountry\tUnited States\tU.S.|US|USA|America\n"
                         "North Korea\tcountry\tNorth Korea\t북한|北朝鮮|Северная Корея\n"
                         "Ukraine\tcountry\tUkraine\tУкраина|Україна\n"
                         "Kyiv\tcity\tUkraine\tKiev|Київ|Киев\n"
                         "Kharkiv\tcity\tUkraine\tKharkov|Харків|Харьков\n"
                         "Moscow\tcity\tRussia\tМосква\n"
                         "Russia\tcountry\tRussia\tРоссия|Росія\n"
                         "Turkey\tcountry\tTurkey\tTürkiye\n");
        test::write_file(dir / "organizations.tsv",
                         "International Atomic Energy Agency\tintergovernmental\tIAEA|МАГАТЭ\n"
                         "World Health Organization\tintergovernmental\tWHO\n");
        test::write_file(dir / "people.tsv", "Vladimir Putin\thead of state\tPutin|Путин\n");
        index::Gazetteer loaded;
        for (const char* f : {"places.tsv", "organizations.tsv", "people.tsv"})
            loaded.add_file(dir / f);
        return loaded;
    }();
    return g;
}

index::Entities extract(const std::string& body) {
    return index::EntityExtractor(gazetteer()).extract("", body);
}

using Names = std::vector<std::string>;

}  // namespace

BOOST_AUTO_TEST_CASE(aliases_resolve_to_one_canonical_name) {
    const auto e = extract(
        "The U.S. and the United States of America; America, USA. Officials "
        "in Kiev and Kyiv met IAEA and International Atomic Energy Agency staff.");
    BOOST_TEST(e.places == (Names{"United States", "Kyiv"}));
    BOOST_TEST(e.organizations == (Names{"International Atomic Energy Agency"}));
    BOOST_TEST(gazetteer().canonical(EntityType::kPlace, "kiev") == "Kyiv");
    BOOST_TEST(gazetteer().canonical(EntityType::kOrganization, "IAEA") ==
               "International Atomic Energy Agency");
    BOOST_TEST(gazetteer().canonical(EntityType::kPlace, "Atlantis") == "Atlantis");
    BOOST_TEST(gazetteer().country_of("Kharkiv") == "Ukraine");
}

BOOST_AUTO_TEST_CASE(scripts_inflections_and_particles) {
    BOOST_TEST(extract("В Харькове и Москве, а также в России.").places ==
               (Names{"Kharkiv", "Moscow", "Russia"}));
    BOOST_TEST(extract("Путин прибыл в Киев.").people == (Names{"Vladimir Putin"}));
    BOOST_TEST(extract("북한이 30일 발사했다").places == (Names{"North Korea"}));
    BOOST_TEST(extract("北朝鮮がミサイル").places == (Names{"North Korea"}));
    BOOST_TEST(extract("Делегация МАГАТЭ прибыла").organizations ==
               (Names{"International Atomic Energy Agency"}));
}

BOOST_AUTO_TEST_CASE(capitals_tell_names_from_words) {
    BOOST_TEST(extract("Tell us who won, said the turkey farmer.").places.empty());
    BOOST_TEST(extract("Tell us who won, said the turkey farmer.").organizations.empty());
    BOOST_TEST(extract("The US and WHO officials met in Turkey.").places ==
               (Names{"United States", "Turkey"}));
    BOOST_TEST(extract("The US and WHO officials met in Turkey.").organizations ==
               (Names{"World Health Organization"}));
}

BOOST_AUTO_TEST_CASE(people_after_titles_and_organisations_by_their_last_word) {
    const auto e = extract(
        "South Korean Defense Minister Shin Wonsik said so, and National Security Council "
        "spokesman John Kirby agreed. Military spokesman Kim Dong-wook told reporters. "
        "The Comissaria Smith Bank and the Kharkiv Philharmonic replied.");
    BOOST_TEST(e.people == (Names{"Shin Wonsik", "John Kirby", "Kim Dong-wook"}));
    BOOST_TEST(e.organizations == (Names{"National Security Council", "Comissaria Smith Bank",
                                         "Kharkiv Philharmonic"}));
    // Mentions carry byte offsets.
    BOOST_REQUIRE(!e.mentions.empty());
    const std::string text = "\n\nSouth Korean Defense Minister Shin Wonsik";
    BOOST_TEST(text.substr(e.mentions.front().begin,
                           e.mentions.front().end - e.mentions.front().begin) == "Shin Wonsik");
}

BOOST_AUTO_TEST_CASE(all_capital_text_uses_lists_only) {
    const auto e =
        extract("THE ALLIES AFTER NASSAU IN DECEMBER, SAID PRESIDENT JOHN KENNEDY IN KIEV.");
    BOOST_TEST(e.people.empty());
    BOOST_TEST(e.places == (Names{"Kyiv"}));
}
