// The small gazetteer the entity tests extract with, written here, and
// the helpers that turn what the extractor finds into comparable lists.
// Shared by test_entities.cpp (Latin-script text) and
// test_entities_scripts.cpp (Cyrillic, Arabic, Chinese, Japanese, Korean).
#pragma once

#include <boost/test/unit_test.hpp>

#include <string>
#include <vector>

#include "newsdex/entities/extractor.hpp"
#include "newsdex/entities/gazetteer.hpp"
#include "test_support.hpp"

namespace newsdex::entities_test {

inline const entities::Gazetteer& gazetteer() {
    static const entities::Gazetteer g = [] {
        test::TempDir dir;
        test::write_file(dir / "places.tsv",
                         "# canonical\tkind\tcountry\taliases\n"
                         "United States\tcountry\tUnited States\tU.S.|US|USA|America|أمريكا\n"
                         "North Korea\tcountry\tNorth Korea\t북한|北朝鮮|Северная Корея\n"
                         "Ukraine\tcountry\tUkraine\tУкраина|Україна\n"
                         "Kyiv\tcity\tUkraine\tKiev|Київ|Киев\n"
                         "Kharkiv\tcity\tUkraine\tKharkov|Харків|Харьков\n"
                         "Moscow\tcity\tRussia\tМосква\n"
                         "Russia\tcountry\tRussia\tРоссия|Росія\n"
                         "Turkey\tcountry\tTurkey\tTürkiye\n"
                         "Oregon\tregion\tUnited States\t\n"
                         "Norway\tcountry\tNorway\t\n"
                         "Lima\tcity\tPeru\t\n"
                         "Lima, Oregon\tcity\tUnited States\t\n"
                         "Argentina\tcountry\tArgentina\t\n"
                         "Prato\tcity\tItaly\tПрато\n"
                         "Mitte\tcity\tGermany\t\n"
                         "Germany\tcountry\tGermany\tDeutschland\n"
                         "Munich\tcity\tGermany\tMünchen\n"
                         "Hamburg\tcity\tGermany\t\n"
                         "Wernigerode\ttown\tGermany\t\n"
                         "Tettnang\ttown\tGermany\t\n"
                         "Wittlich\ttown\tGermany\t\n"
                         "Rhineland-Palatinate\tregion\tGermany\tRheinland-Pfalz\n"
                         "Red Sea\tregion\t\tRotes Meer\n"
                         "Spain\tcountry\tSpain\tEspagne\n"
                         "Soweto\tcity\tSouth Africa\tСовето\n"
                         "Israel\tcountry\tIsrael\tإسرائيل\n"
                         "El Jadida\tcity\tMorocco\tالجديدة\n"
                         "Seoul\tcity\tSouth Korea\t서울\n"
                         "Jinju\tcity\tSouth Korea\t진주시\n"
                         "South Korea\tcountry\tSouth Korea\t한국\n"
                         "Luhansk\tcity\tUkraine\tЛуганськ\n"
                         "Guangdong\tregion\tChina\t広東\n"
                         "Yellow River\tfeature\tChina\t黄河\n"
                         "Germany\tcountry\tGermany\tГермания\n"
                         "Beijing\tcity\tChina\t北京\n"
                         "China\tcountry\tChina\t中国|Китай\n"
                         "Central African Republic\tcountry\tCentral African Republic\tЦАР\n"
                         "Samoa\tcountry\tSamoa\tСамоа\n"
                         "Rasht\tcity\tIran\tРешт\n"
                         "Syria\tcountry\tSyria\tСирия|Сирія\n"
                         "Oral, Kazakhstan\tcity\tKazakhstan\tУральск\n"
                         "Jiangsu\tregion\tChina\t江苏\n"
                         "Ningbo\tcity\tChina\t宁波\n"
                         "Wenzhou\tcity\tChina\t温州\n"
                         "Shaoxing\tcity\tChina\t绍兴\n"
                         "Huzhou\tcity\tChina\t\n"
                         "Dehui\tcity\tChina\t\n"
                         "Taiyuan\tcity\tChina\t太原\n"
                         "Liuzhou\tcity\tChina\t\n"
                         "Jiangyou\tcity\tChina\t\n"
                         "Sichuan\tregion\tChina\t四川|四川省\n"
                         "Shanghai\tcity\tChina\t上海\n"
                         "Ya'an\tcity\tChina\t\n"
                         "Beibei\tcity\tChina\t\n"
                         "Liupanshui\tcity\tChina\t\n"
                         "Ankang\tcity\tChina\t\n"
                         "Jieshou\tcity\tChina\t\n"
                         "Yancheng\tcity\tChina\t盐城市\n"
                         "Japan\tcountry\tJapan\t日本\n"
                         "Fukushima\tcity\tJapan\t福島\n"
                         "Fukushima Prefecture\tregion\tJapan\t福島県\n"
                         "Kanazawa\tcity\tJapan\t金沢市\n"
                         "Taitung County\tregion\tTaiwan\t台東\n"
                         "Osaka\tcity\tJapan\t大阪\n"
                         "Chiba\tcity\tJapan\t千葉市\n"
                         "Chiba Prefecture\tregion\tJapan\t千葉県\n"
                         "Visayas\tregion\tPhilippines\t\n"
                         "Switzerland\tcountry\tSwitzerland\t\n"
                         "Zurich\tcity\tSwitzerland\t\n"
                         "Saitama Prefecture\tregion\tJapan\t埼玉県\n"
                         "Sakha Republic\tregion\tRussia\tЯкутия\n"
                         "Aysén Region\tregion\tChile\tАйсен\n"
                         "Mykolaiv\tcity\tUkraine\tНиколаев\n"
                         "Poland\tcountry\tPoland\tПольша\n");
        test::write_file(dir / "organizations.tsv",
                         "International Atomic Energy Agency\tintergovernmental\tIAEA|МАГАТЭ\n"
                         "World Health Organization\tintergovernmental\tWHO\n"
                         "International Committee of the Red Cross\tngo\tRed Cross\n"
                         "The Guardian\tmedia\t\n"
                         "The Guardian (Nigeria)\tmedia\tGuardian Nigeria\n"
                         "Conservative Party (UK)\tparty\tTories\n"
                         "Conservative Party (Norway)\tparty\tHøyre\n"
                         "Ministry of Public Security (China)\tgovernment\t\n"
                         "Federal Department of Finance (Switzerland)\tgovernment\tSwiss Finance "
                         "Ministry\n"
                         "United Nations\tintergovernmental\tUN\n"
                         "University of the Philippines\tuniversity\t\n"
                         "Nissan\tcompany\tNissan Motor\n"
                         "Foxconn\tcompany\t\n"
                         "Food and Agriculture Organization\tintergovernmental\tFAO\n"
                         "State Duma\tparliament\t두마\n"
                         "European Union\tintergovernmental\tЄвропейський Союз\n"
                         "Japanese Foreign Ministry\tministry\t外務省\n"
                         "National Anti-Corruption Bureau of Ukraine\tgovernment\tNABU\n"
                         "Naturschutzbund Deutschland\tngo\tNABU@de\n"
                         "Deutsche Presse-Agentur\tmedia\tdpa\n"
                         "bpost\tcompany\t\n"
                         "Al Jazeera\tmedia\tقناة الجزيرة\n"
                         "Al Hilal\tsports\tالهلال\n");
        test::write_file(dir / "people.tsv", "Vladimir Putin\thead of state\tPutin|Путин\n");
        test::write_file(dir / "given-names.txt",
                         "# given names\nSabine Andrés\nJames Rodrigo\nМарина\nDenis Bill\n"
                         "Ігор Алексей Ірина Микола Карл Ирина Влад Любовь Марина\n"
                         "Джон Майкл Стівен\n");
        test::write_file(
            dir / "name-parts.txt",
            "# name parts\nko-surname\t김 박\nko-given\t태훈 준형\nja-surname\t田中 "
            "森\nja-given\t健太\n"
            "zh-surname\t刘 徐 沈\nar-given\tأحمد علي يزيد بدر فارس\nar-surname\tالشريف\n");
        entities::Gazetteer loaded;
        for (const char* f : {"places.tsv", "organizations.tsv", "people.tsv"})
            loaded.add_file(dir / f);
        loaded.add_given_names_file(dir / "given-names.txt");
        loaded.add_name_parts_file(dir / "name-parts.txt");
        return loaded;
    }();
    return g;
}

inline entities::Entities extract(const std::string& body) {
    return entities::EntityExtractor(gazetteer()).extract("", body);
}

inline entities::Entities extract_in(const std::string& body, const std::string& language) {
    return entities::EntityExtractor(gazetteer()).extract("", body, language);
}

inline std::string type_name(entities::EntityType t) {
    return std::string(entities::entity_type_name(t));
}

// Every mention as "type:name", in text order.
inline std::vector<std::string> mentions(const std::string& title, const std::string& body,
                                         const std::string& language = "en") {
    std::vector<std::string> out;
    for (const auto& m :
         entities::EntityExtractor(gazetteer()).extract(title, body, language).mentions)
        out.push_back(type_name(m.type) + ":" + m.canonical);
    return out;
}

using Names = std::vector<std::string>;

// A golden case: a text, its language, and every mention the extractor
// should find in it, as "type:name" in text order.
struct MentionCase {
    const char* title;
    const char* body;
    const char* language;
    Names expected;
};

// A golden case for the people alone: a text, its language, the people's
// names in the order found.
struct PeopleCase {
    const char* body;
    const char* language;
    Names expected;
};

template <std::size_t N>
void check_people(const PeopleCase (&cases)[N]) {
    for (const auto& c : cases)
        BOOST_TEST_CONTEXT(c.body) {
            BOOST_TEST(extract_in(c.body, c.language).people == c.expected,
                       boost::test_tools::per_element());
        }
}

template <std::size_t N>
void check_mentions(const MentionCase (&cases)[N]) {
    for (const auto& c : cases)
        BOOST_TEST_CONTEXT(c.body) {
            BOOST_TEST(mentions(c.title, c.body, c.language) == c.expected,
                       boost::test_tools::per_element());
        }
}

}  // namespace newsdex::entities_test
