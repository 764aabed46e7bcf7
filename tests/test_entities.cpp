#define BOOST_TEST_MODULE entities
// Entity extraction on small gazetteers written here: aliases, scripts,
// inflections, particles, capitals, and the rules for unlisted names.
#include <boost/test/unit_test.hpp>

#include <thread>

#include "newsdex/entities/extractor.hpp"
#include "newsdex/entities/gazetteer.hpp"
#include "test_support.hpp"

using namespace newsdex;
using namespace newsdex::entities;
using entities::EntityType;

namespace {

const entities::Gazetteer& gazetteer() {
    static const entities::Gazetteer g = [] {
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
                         "Spain\tcountry\tSpain\tEspagne\n"
                         "Soweto\tcity\tSouth Africa\tСовето\n"
                         "Israel\tcountry\tIsrael\tإسرائيل\n"
                         "El Jadida\tcity\tMorocco\tالجديدة\n"
                         "Seoul\tcity\tSouth Korea\t서울\n"
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
                         "Yancheng\tcity\tChina\t盐城市\n"
                         "Japan\tcountry\tJapan\t日本\n"
                         "Osaka\tcity\tJapan\t大阪\n"
                         "Chiba\tcity\tJapan\t千葉市\n"
                         "Chiba Prefecture\tregion\tJapan\t千葉県\n"
                         "Visayas\tregion\tPhilippines\t\n"
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
                         "United Nations\tintergovernmental\tUN\n"
                         "University of the Philippines\tuniversity\t\n"
                         "Nissan\tcompany\tNissan Motor\n"
                         "Foxconn\tcompany\t\n"
                         "State Duma\tparliament\t두마\n"
                         "European Union\tintergovernmental\tЄвропейський Союз\n"
                         "Japanese Foreign Ministry\tministry\t外務省\n"
                         "National Anti-Corruption Bureau of Ukraine\tgovernment\tNABU\n"
                         "Naturschutzbund Deutschland\tngo\tNABU@de\n"
                         "Al Jazeera\tmedia\tقناة الجزيرة\n"
                         "Al Hilal\tsports\tالهلال\n");
        test::write_file(dir / "people.tsv", "Vladimir Putin\thead of state\tPutin|Путин\n");
        test::write_file(dir / "given-names.txt",
                         "# given names\nSabine Andrés\nJames Rodrigo\nМарина\nDenis Bill\n"
                         "Ігор Алексей Ірина Микола Карл Ирина Влад Любовь Марина\n"
                         "Джон Майкл Стівен\n");
        test::write_file(
            dir / "name-parts.txt",
            "# name parts\nko-surname\t김 박\nko-given\t태훈 준형\nja-surname\t田中 森\n"
            "zh-surname\t刘 徐 沈\nar-given\tأحمد علي\nar-surname\tالشريف\n");
        entities::Gazetteer loaded;
        for (const char* f : {"places.tsv", "organizations.tsv", "people.tsv"})
            loaded.add_file(dir / f);
        loaded.add_given_names_file(dir / "given-names.txt");
        loaded.add_name_parts_file(dir / "name-parts.txt");
        return loaded;
    }();
    return g;
}

entities::Entities extract(const std::string& body) {
    return entities::EntityExtractor(gazetteer()).extract("", body);
}

entities::Entities extract_in(const std::string& body, const std::string& language) {
    return entities::EntityExtractor(gazetteer()).extract("", body, language);
}

std::string type_name(EntityType t) {
    return std::string(entities::entity_type_name(t));
}

// Every mention as "type:name", in text order.
std::vector<std::string> mentions(const std::string& title, const std::string& body,
                                  const std::string& language = "en") {
    std::vector<std::string> out;
    for (const auto& m :
         entities::EntityExtractor(gazetteer()).extract(title, body, language).mentions)
        out.push_back(type_name(m.type) + ":" + m.canonical);
    return out;
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

// The rules for names no list has, as a golden table: text in, mentions out.
BOOST_AUTO_TEST_CASE(rules_for_unlisted_names) {
    const struct {
        const char* title;
        const char* body;
        const char* language;
        Names expected;
    } cases[] = {
        // A given name starts a person's name; the surname alone refers back.
        {"",
         "Sabine Müller voted no. Müller said so.",
         "en",
         {"person:Sabine Müller", "person:Sabine Müller"}},
        {"", "Andrés Peña van der Berg scored.", "en", {"person:Andrés Peña van der Berg"}},
        // ...but not when the capitalised run names a thing.
        {"", "The James Webb Space Telescope saw it.", "en", {}},
        // Middle initials, and names that start with initials; "M." is
        // Monsieur, and a capitalised run into an initial is not a name.
        {"",
         "Sabine K. Weber and J. R. Okafor met.",
         "en",
         {"person:Sabine K. Weber", "person:J. R. Okafor"}},
        {"", "Ma. Cristina Reyes won.", "en", {"person:Ma. Cristina Reyes"}},
        {"", "M. Delmas a dit non. Plan B. Officials agreed.", "fr", {}},
        {"", "Take vitamin D. Researchers agree.", "en", {}},
        // Capitalised Irish and Arabic particles, and "al-" before a surname;
        // German "von der" before a body ends the name.
        {"",
         "Andrés Ó Murchú met Rodrigo bin Rashid Al Maktoum and Sabine al-Hamdan.",
         "en",
         {"person:Andrés Ó Murchú", "person:Rodrigo bin Rashid Al Maktoum",
          "person:Sabine al-Hamdan"}},
        {"",
         "Sabine Imhof von der Zürcher Kantonalbank sagte.",
         "de",
         {"person:Sabine Imhof", "organization:Zürcher Kantonalbank"}},
        // A surname's ending names a person with an unlisted given name; a
        // sentence's first word or an acronym is not a given name.
        {"",
         "Yerlan Sadykov met Ioana Popescu. Despite Suprnova, FC Rostov won.",
         "en",
         {"person:Yerlan Sadykov", "person:Ioana Popescu"}},
        // A given name the lists lack before one they have; a title with a
        // dot; a verb of speech before the name, or after it and a comma;
        // "Justice" before a name; a fourth word of a Vietnamese name.
        {"",
         "Nurses left. Anoop Sabine Menon voted, and Dr. Nazmul Haque Chowdhury agreed.",
         "en",
         {"person:Anoop Sabine Menon", "person:Nazmul Haque Chowdhury"}},
        {"",
         "Shelters filled, said Mosammat Nasrin Akter of the board. The minister, Vidar "
         "Helgesen, said no.",
         "en",
         {"person:Mosammat Nasrin Akter", "person:Vidar Helgesen"}},
        {"", "Justice Grace Wanjiru Kamau ruled.", "en", {"person:Grace Wanjiru Kamau"}},
        {"",
         "Chairwoman Nguyen Thi Thu Hang said it would fly.",
         "en",
         {"person:Nguyen Thi Thu Hang"}},
        // ...but not a German role noun, a company after "said", nor an
        // ordinary word of the text.
        {"", "Abgeordnete Sabine Müller stimmte zu.", "de", {"person:Sabine Müller"}},
        {"", "Prices rose, said Kente Capital analysts.", "en", {"organization:Kente Capital"}},
        {"", "Police said more. Police Sabine Müller left.", "en", {"person:Sabine Müller"}},
        // "a WHO epidemiologist": the body, not the pronoun, in apposition.
        {"",
         "Siddharth Raghunathan, a WHO epidemiologist based in Dhaka, agreed.",
         "en",
         {"person:Siddharth Raghunathan", "organization:World Health Organization", "place:Dhaka"}},
        // Organisations: the name runs on to its last head word; "X of Y"
        // after a body word; Romance lead words; trades and legal forms.
        {"",
         "The Tanzania Electric Supply Company and the Confederation of Norway Industries met.",
         "en",
         {"organization:Tanzania Electric Supply Company",
          "organization:Confederation of Norway Industries"}},
        {"",
         "Hospital Regional de Lima and Pannonbusz Zrt signed.",
         "en",
         {"organization:Hospital Regional de Lima", "organization:Pannonbusz Zrt"}},
        // A place right after an institution's head closes its name; an
        // initial opens it; "AS" only in capitals.
        {"",
         "University College Lima and J. R. Simplot Company hired Vestavind Kraft AS as "
         "a supplier.",
         "en",
         {"organization:University College Lima", "organization:J. R. Simplot Company",
          "organization:Vestavind Kraft AS"}},
        // A nation's branch of a listed body; an acronym in parentheses
        // after a name that does not start with its letter is its own.
        {"",
         "The Indonesian Red Cross Society and the Red Cross helped.",
         "en",
         {"organization:Indonesian Red Cross Society",
          "organization:International Committee of the Red Cross"}},
        {"",
         "LIMA, Argentina (WHO) - Rain fell.",
         "en",
         {"place:Lima", "place:Argentina", "organization:World Health Organization"}},
        // Plurals without an s before a head; clubs' "CF"; an institution's
        // town after its comma.
        {"",
         "The Norwegian Fishermen's Association and Lima CF met at Government Medical "
         "College, Lima on Monday.",
         "en",
         {"organization:Norwegian Fishermen's Association", "organization:Lima CF",
          "organization:Government Medical College, Lima"}},
        // One name per body: the qualified one the story names too, and
        // never a qualified namesake of a listed name.
        {"",
         "The Tories and the Conservative Party spoke to The Guardian.",
         "en",
         {"organization:Conservative Party (UK)", "organization:Conservative Party (UK)",
          "organization:The Guardian"}},
        {"",
         "The Conservative Party won in Norway.",
         "en",
         {"organization:Conservative Party (Norway)", "place:Norway"}},
        // A listed body's name running on through another body's head word
        // is that body's ("United Nations Command"), not through an organ's
        // ("UN Executive Board": the organ stays apart); a college's runs on
        // through its campus town; legal forms stay the listed company's.
        {"", "The United Nations Command said.", "en", {"organization:United Nations Command"}},
        {"",
         "A UN Executive Board member spoke.",
         "en",
         {"organization:United Nations", "organization:Executive Board"}},
        {"",
         "The University of the Philippines Visayas campus closed.",
         "en",
         {"organization:University of the Philippines Visayas"}},
        {"", "Nissan Motor Co Ltd agreed.", "en", {"organization:Nissan"}},
        // A listed company's arm named by a country or "International" and a
        // legal form is the company; one named by its own words is a
        // subsidiary of its own ("Nissan Finance Co").
        {"",
         "Nissan Japan Inc and Nissan International Corp agreed with Nissan Finance Co.",
         "en",
         {"organization:Nissan", "organization:Nissan", "organization:Nissan Finance Co"}},
        // A German genitive's s is no part of the name ("Sabine Müllers
        // Rücktritt" is Sabine Müller's).
        {"",
         "Sabine Müllers Rücktritt kam überraschend. Sabine Müller sagte nichts.",
         "de",
         {"person:Sabine Müller", "person:Sabine Müller"}},
        // The one qualified body a bare name may mean, unless the story's
        // places are all in other countries.
        {"",
         "The Ministry of Public Security in Beijing said.",
         "en",
         {"organization:Ministry of Public Security (China)", "place:Beijing"}},
        {"",
         "The Ministry of Public Security in Kharkiv said.",
         "en",
         {"organization:Ministry of Public Security", "place:Kharkiv"}},
        // A one-word name opening listed bodies' names is no place ("in
        // Conservative hands").
        {"", "It is safe in Conservative hands.", "en", {}},
        // Legal forms alone name nothing ("Bear Stearns and Co Inc").
        {"", "It hired Foxconn and Co Inc as adviser.", "en", {"organization:Foxconn"}},
        // "starred in" a work, not a place.
        {"", "She starred in Closer and lived in Lima.", "en", {"place:Lima"}},
        // An acronym in parentheses spells the words before it, small words
        // aside: they are the body's name.
        {"",
         "Le prêt de l'Agence française de développement (AFD) et du Consortium pour la "
         "recherche économique et sociale (CRES) arrive.",
         "fr",
         {"organization:Agence française de développement",
          "organization:Agence française de développement",
          "organization:Consortium pour la recherche économique et sociale",
          "organization:Consortium pour la recherche économique et sociale"}},
        // A German street in one word, not a kind of road.
        {"",
         "Die Leopoldstraße ist gesperrt, die Landesstraße auch.",
         "de",
         {"place:Leopoldstraße"}},
        // A word of direction before a listed place names a region of it.
        {"",
         "Harvests across West Argentina and Southeast Norway failed; Lima Island too.",
         "en",
         {"place:West Argentina", "place:Southeast Norway", "place:Lima Island"}},
        // Places: "Port of X", lists after a known place, "in X-Y"; numbers
        // are no names.
        {"",
         "Ships left the Port of Tema for the Gulf of Aden.",
         "en",
         {"place:Port of Tema", "place:Gulf of Aden"}},
        {"",
         "Floods in Lima, Sitia and Rhodes; rain in Souss-Massa.",
         "en",
         {"place:Lima", "place:Sitia", "place:Rhodes", "place:Souss-Massa"}},
        {"", "She won in 22.47 seconds, among Germans.", "en", {}},
        {"",
         "Rain fell across northern Luzon and north of Kherson.",
         "en",
         {"place:Luzon", "place:Kherson"}},
        {"",
         "Flights from Almaty to Tokyo left the town of Sitia.",
         "en",
         {"place:Almaty", "place:Tokyo", "place:Sitia"}},
        {"", "The Tiznit-based club signed a German-born striker.", "en", {"place:Tiznit"}},
        {"", "They met at Barhabise, a village near the border.", "en", {"place:Barhabise"}},
        // A listed "town, state" names the state too.
        {"", "Fires near Lima, Oregon spread.", "en", {"place:Lima, Oregon", "place:Oregon"}},
        // German and French bodies by an acronym after an article; not a
        // thing's acronym (KI, DAX), nor the first word of a longer name.
        {"",
         "Der ADAC und die KPÖ kritisierten die KI und den DAX. Der SC Freiburg siegte.",
         "de",
         {"organization:ADAC", "organization:KPÖ"}},
        {"",
         "Selon l'AFP, la CGT appelle à la grève et l'accord tient.",
         "fr",
         {"organization:AFP", "organization:CGT"}},
        // A body's name in one word that starts with a short form of its
        // kind (Укр-, Держ-, Рос-); not a country's adjective, a surname
        // or "the Ministry" alone.
        {"",
         "Укравтодор і Держрезерв перевірили. Минулого року Міністерство мовчало, "
         "а Мінченко й Росгідромет ні.",
         "uk",
         {"organization:Укравтодор", "organization:Держрезерв", "organization:Росгідромет"}},
        // A listed given name in the instrumental opens a name, put in the
        // nominative.
        {"",
         "Він зустрівся з Миколою Петренком і з Ігорем Коваленком.",
         "uk",
         {"person:Микола Петренко", "person:Ігор Коваленко"}},
        // A name in -я has no form without an ending: "Герман" is a given
        // name, not Germany ("Германия", "в Германии").
        {"",
         "Министр Герман Галущенко заявил, что в Германии холодно.",
         "ru",
         {"person:Герман Галущенко", "place:Germany"}},
        // Unlisted companies by the words around them: what one does with
        // a company, who works at one, an apposition saying what it is.
        {"",
         "Shares of Rhenovia rose. Analysts at Jefferies agreed. Nordvik, a Bergen-based "
         "maker of engines, spoke. Shares of Kharkiv fell.",
         "en",
         {"organization:Rhenovia", "organization:Jefferies", "organization:Nordvik", "place:Bergen",
          "place:Kharkiv"}},
        // A Cyrillic surname by its ending, after a given name no list
        // has; an adjective in -ський after an unlisted word is none.
        {"",
         "Рустам Хабибуллин отметил, что Оновлений Харківський зоопарк открыт.",
         "ru",
         {"person:Рустам Хабибуллин"}},
        // Scripts without capitals: Korean (a listed surname and given name,
        // or a title after; not a word with a particle), Japanese (a title
        // after), Chinese (a title before, a verb of speech after), Arabic
        // (al- after a listed given name; "على", on, is not Ali).
        {"",
         "김태훈은 말했다. 박민수 씨가 왔다. 박하는 사회는 배우",
         "ko",
         {"person:김태훈", "person:박민수"}},
        // A name is the whole word or comes before a particle: not the
        // start of a longer word ("우리나라" holds 우 + 리나).
        {"", "박준형식 개혁이다.", "ko", {}},
        // A listed name as the first part of a Korean word: a place's with
        // a particle, a place suffix or a noun after it ("서울시는",
        // "서울관광"), not in a body's name or another word ("두마리", two
        // animals; "서울환경운동연합" is the body's).
        {"",
         "서울시는 두마리 개를 샀다. 서울관광 서울환경운동연합은",
         "ko",
         {"place:Seoul", "place:Seoul", "organization:서울환경운동연합"}},
        // A Korean given name no list has, by its syllables (태 opens a
        // listed name, 형 closes one), but not inside a longer word.
        {"", "김태형은 말했다. 김태형식 변화도 있다.", "ko", {"person:김태형"}},
        // A Korean body's name ends in a word for a body, with two
        // syllables before it ("걸그룹", girl group, is none).
        {"",
         "울산환경운동연합은 반대했다. 걸그룹이 노래했다.",
         "ko",
         {"organization:울산환경운동연합"}},
        // Holdings, institutes (-진흥원, -평가원), prosecutors' offices; a
        // title with its particle is no name ("박사는", 박 + 사는).
        {"",
         "포스코홀딩스는 발표했다. 한국소비자원과 서울중앙지검은 말했다. 박사는 웃었다.",
         "ko",
         {"organization:포스코홀딩스", "organization:한국소비자원", "organization:서울중앙지검"}},
        // A county, town or river named with its kind in one word; not a
        // troop or a group (후보군, candidates).
        {"",
         "울주군 일대와 섬진강이 범람했다. 후보군에 들었다.",
         "ko",
         {"place:울주군", "place:섬진강"}},
        // Parties (-당) and police stations; not a restaurant or a cathedral.
        {"",
         "새누리당과 강남경찰서는 한식당에서 만났다. 명동성당도 있다.",
         "ko",
         {"organization:새누리당", "organization:강남경찰서"}},
        // Ministries and agencies (-부, -청), not parts of a match or a draw.
        {"",
         "교육부는 발표했다. 기상청에 따르면 후반부에 무승부로 끝났다.",
         "ko",
         {"organization:교육부", "organization:기상청"}},
        {"",
         "気象庁の田中健太郎課長は述べた。東京の森は広い。",
         "ja",
         {"organization:気象庁", "person:田中健太郎"}},
        // Chinese and Japanese bodies: the words right before a word for a
        // body; a word that also ends common nouns (電力, 部) only after a
        // place; no determiner, date or kind of company opens the name.
        {"", "据中国农业大学教授介绍，一家初创公司和该大学。", "zh", {"organization:中国农业大学"}},
        {"",
         "日本国際博覧会協会によると、消費電力は減った。",
         "ja",
         {"organization:日本国際博覧会協会"}},
        // Japanese ministries, agencies and groups, not after a place
        // (広東省 is a province).
        {"",
         "国土交通省とソニーグループによると、広東省の工場は止まった。",
         "ja",
         {"organization:国土交通省", "organization:ソニーグループ", "place:Guangdong"}},
        {"",
         "统计局发言人刘振华表示，GDP增长。徐敏说，好。徐州很大。",
         "zh",
         {"person:刘振华", "person:徐敏"}},
        // A Japanese municipality's suffix the analyser split off its name;
        // not a generic word ("同市", the same city; "選手村").
        {"", "同県志賀町で観測した。同市の選手村に入った。", "ja", {"place:志賀町"}},
        // Chinese: the smaller place inside a listed one, after its own
        // suffix; not a generic area ("以外地区", "城区").
        {"",
         "北京海淀区发生火灾。北京以外地区正常。北京城区很大。",
         "zh",
         {"place:Beijing", "place:海淀区", "place:Beijing", "place:Beijing"}},
        // A city without its suffix in a list of places (湖州 by its pinyin,
        // a city GeoNames names in English only; 金华, unlisted, as its
        // pinyin between places) or after a province (盐城 for 盐城市); not a
        // verb after a province (江苏鼓励) or a word's end (复地会).
        {"",
         "比赛分布在宁波、温州、湖州、绍兴、金华等城市。江苏盐城沿海。江苏鼓励创新。北京复地会、北"
         "京亚奥。",
         "zh",
         {"place:Ningbo", "place:Wenzhou", "place:Huzhou", "place:Shaoxing", "place:Jinhua",
          "place:Jiangsu", "place:Yancheng", "place:Jiangsu", "place:Beijing", "place:Beijing"}},
        // A city and its 市, read as one word (太原市, listed as 太原; 柳州市,
        // listed in English only) or as single characters (娄 底 市); not
        // "将由市政府" (by the city government).
        {"",
         "太原市的工厂。柳州市政府表示，将由市政府公布。",
         "zh",
         {"place:Taiyuan", "place:Liuzhou"}},
        // Korean companies no list has: after a word for a kind of company
        // (three syllables or more: not "회사 직원"), between a person and
        // the title of a company's head; not a title ("CEO 김태훈 사장").
        {"",
         "반도체 설계업체 누리테크가 계약했다. 회사 직원이 말했다. 김태훈 한빛리사이클 대표는 "
         "웃었다. CEO 김태훈 사장이 왔다.",
         "ko",
         {"organization:누리테크", "person:김태훈", "organization:한빛리사이클", "person:김태훈"}},
        // Japanese companies by their legal form, before or after the name,
        // and by a head office in parentheses; a company's ending (精機),
        // the longest one (電機製作所); never a verb ("考える製薬").
        {"",
         "株式会社ミナト電子は発表した。アオバ株式会社の社長。部品メーカー、ヴァイス・アントリープ"
         "（本社シュツットガルト）を買収。中部精機と正興電機製作所。考える製薬。",
         "ja",
         {"organization:ミナト電子", "organization:アオバ", "organization:ヴァイス・アントリープ",
          "organization:中部精機", "organization:正興電機製作所"}},
        // A Chinese river or lake in one word, named by its pinyin; not a
        // kind of water (护城河, a moat).
        {"",
         "钱塘江两岸，鄱阳湖水位下降。护城河很美。",
         "zh",
         {"place:Qiantang River", "place:Poyang Lake"}},
        // A Japanese dateline's city without its 市 (千葉, Chiba the city,
        // not the prefecture a list would name).
        {"", "千葉、2024年1月2日―地震が起きた。", "ja", {"place:Chiba"}},
        // Japanese lists name prefectures without 県; not a word joined to a
        // place without a gap (日本外務省).
        {"",
         "大阪、千葉、埼玉で開催。日本外務省が発表。",
         "ja",
         {"place:Osaka", "place:Chiba Prefecture", "place:Saitama Prefecture", "place:Japan",
          "organization:Japanese Foreign Ministry"}},
        // A place joined in one word to a word about it ("黄河流域", the
        // Yellow River's basin).
        {"", "黄河流域降雨增多。", "zh", {"place:Yellow River"}},
        // A foreign name joined by a middle dot, cut after the title and
        // before the verb; a reporter's name in parentheses; a person named
        // before a warning.
        {"",
         "发言人玛丽亚·桑托斯补充说，好。（记者刘晓峰）报道。教授徐静怡提醒，难。",
         "zh",
         {"person:玛丽亚·桑托斯", "person:刘晓峰", "person:徐静怡"}},
        {"", "قال أحمد الشريف على الأرجح", "ar", {"person:أحمد الشريف"}},
        {"", "وصل أحمد الخميس", "ar", {}},
        // Arabic: a name is found in every spelling of hamza, alef maksura
        // and teh marbuta ("اسرائيل" for "إسرائيل"), after li- and the
        // article ("لإسرائيل"); an ordinary word that is also a place
        // ("الجديدة", the new) only after a preposition of place.
        {"",
         "زار اسرائيل. الخطة الجديدة وصلت في الجديدة",
         "ar",
         {"place:Israel", "place:El Jadida"}},
        // A title, the words with al- that qualify it, then a name; a word
        // that makes the title longer, a verb or and-something is no name.
        {"",
         "وقال الرئيس الأمريكي جورج بوش إن المتحدث باسم الخارجية والرئيس يريد",
         "ar",
         {"person:جورج بوش"}},
        // Given names that are also words need a listed family name:
        // "علي الأرض" is "on the ground".
        {"", "سقط علي الأرض وقال علي الشريف", "ar", {"person:علي الشريف"}},
        {"", "وتحدث عن علي بن أحمد", "ar", {"person:علي بن أحمد"}},
        {"", "وصل عبد الرحمن الراشد أمس", "ar", {"person:عبد الرحمن الراشد"}},
        // A title whose qualifiers run on with and-al- ("وزير السياحة
        // والآثار"), then a name, with a family name after an unlisted
        // given name; a name before its role after a comma; a speaker.
        {"",
         "وأكد وزير السياحة والآثار نبيل عيسى أن المتحف جاهز. وقال الخبير كريم العمراني "
         "إن التضخم تراجع. وقالت هالة نصار، مديرة المعهد، إن الدراسة انتهت. وأوضح نديم "
         "برناوي أن الفرق تدخلت.",
         "ar",
         {"person:نبيل عيسى", "person:كريم العمراني", "person:هالة نصار", "person:نديم برناوي"}},
        // A foreign given name as Arabic spells it, then a surname without
        // the article; not "الآن" (now) for Alain, "السكوت" for Scott or
        // "لجان" (committees) for Jean; a title whose person is named
        // already names no other; one word as the speaker before "that".
        {"",
         "وقال كريستوفر هيل مساعد الوزيرة أمس. سيلاقي السويسري جورج باسل والروسي دميتري "
         "تورسونوف. الآن ضمن لجان عسكرية. لكن الرئيس جون كندي رفض التدخل. وأضاف أنغو أن الأمن "
         "قائم. وقال متمردون إن الهجوم بدأ.",
         "ar",
         {"person:كريستوفر هيل", "person:جورج باسل", "person:دميتري تورسونوف", "person:جون كندي",
          "person:أنغو"}},
        // A medium by its own word after a correspondent, when the lists
        // name it after a head ("قناة الجزيرة"); elsewhere the island.
        {"",
         "وقال مراسل الجزيرة إن القصف توقف. وذكر موفد الجزيرة نت أن الاتحاد وافق. وصلوا إلى "
         "الجزيرة.",
         "ar",
         {"organization:Al Jazeera", "organization:Al Jazeera"}},
        // A club named by an everyday word only in a story about sport:
        // الهلال is the crescent moon elsewhere.
        {"", "لحظة ولادة الهلال فلكيا", "ar", {}},
        {"", "فاز الهلال في مباراة الأمس", "ar", {"organization:Al Hilal"}},
        // A place no list has, right after a word for a settlement; one
        // word (an adjective may follow); not a direction.
        {"",
         "وصلت المياه إلى مدينة العقبة الأردنية وبلدة أمزميز وولاية الشمال.",
         "ar",
         {"place:العقبة", "place:أمزميز"}},
        // A word for a body ("المديرية") and its words with al-.
        {"",
         "وتدخلت المديرية العامة للحماية المدنية في الولاية.",
         "ar",
         {"organization:المديرية العامة للحماية المدنية"}},
        // A word for a body and the words with al- (and-al- between two)
        // that make it one, without the particle written onto the first;
        // a company's name without the article; no verb ("تقوده", led by).
        {"",
         "أعلنت وزارة التموين والتجارة الداخلية ثم لوزارة الصحة وشركة نوكيا وائتلاف تقوده",
         "ar",
         {"organization:وزارة التموين والتجارة الداخلية", "organization:وزارة الصحة",
          "organization:شركة نوكيا"}},
        // Russian and Ukrainian bodies: a capitalised lead word and genitives
        // (a place inside is part of the name), a quoted company name.
        {"",
         "Міністерство оборони України заявило, що ПрАТ «Київстар» працює.",
         "uk",
         {"organization:Міністерство оборони України", "organization:Київстар"}},
        {"", "Суд отказал компании «Газпром».", "ru", {"organization:Газпром"}},
        // A listed name in an oblique case, adjectives' too ("Європейського
        // Союзу"); a town's adjective is no mention of the town.
        {"",
         "Потрібна допомога Європейського Союзу. Мешканці Луганського району і Луганська.",
         "uk",
         {"organization:European Union", "place:Luhansk"}},
        // A name in quotes of its own is a body's ("«Динамо» обіграло
        // «Шахтар»"), unless a work, an event, a venue or a law.
        {"",
         "Київське «Динамо» обіграло донецький «Шахтар» на стадіоні «Арена Львів».",
         "uk",
         {"organization:Динамо", "organization:Шахтар"}},
        {"", "Фильм «Брат» показали по закону «О защите прав».", "ru", {}},
        // Adjectives with a capital, in any case, open a body's name before
        // its noun; a body named after a person ends with the name.
        // A body's name found in another case is named in the nominative:
        // the head noun's ending tells case and gender, the adjectives agree.
        {"",
         "Антимонопольний комітет оштрафував. Сесія Київради і Харківській міській раді.",
         "uk",
         {"organization:Антимонопольний комітет", "organization:Київрада",
          "organization:Харківська міська рада"}},
        {"",
         "Штраф Антимонопольного комитета. Письмо Государственной думы и Верховного суда "
         "Министерству финансов России.",
         "ru",
         {"organization:Антимонопольный комитет", "organization:Государственная дума",
          "organization:Верховный суд", "organization:Министерство финансов России"}},
        {"",
         "Институт мерзлотоведения имени П. И. Мельникова сообщил.",
         "ru",
         {"organization:Институт мерзлотоведения имени П. И. Мельникова"}},
        // A body's acronym in capitals, not an abbreviation of something
        // else nor an adverb after "Суд"; Ukrainian vowel changes (Києві).
        {"",
         "У Києві АМКУ оштрафував компанію, повідомили ЗМІ. Суд також відмовив.",
         "uk",
         {"place:Kyiv", "organization:АМКУ"}},
        // A foreign name in -о does not decline: "Совета" is the council's.
        {"", "Жители Совето и гости Совета.", "ru", {"place:Soweto"}},
        // A Cyrillic given name alone is a person; an English one is not.
        {"", "Марина виявила, що Sabine left.", "uk", {"person:Марина"}},
        // An age in apposition marks a person.
        {"", "Mbali Dlamini, 34, waited.", "en", {"person:Mbali Dlamini"}},
        // A title, then a name with particles.
        {"", "Coach Bartholomeus van Rijswijk left.", "en", {"person:Bartholomeus van Rijswijk"}},
        // A city can be a surname after a given name and another surname.
        {"", "Rodrigo Tavares Lima signed.", "en", {"person:Rodrigo Tavares Lima"}},
        // Names in apposition, after "according to", surname first.
        {"",
         "Amara Nwosu, an epidemiologist at the institute, spoke.",
         "en",
         {"person:Amara Nwosu"}},
        {"",
         "The figures come from Kwabena Owusu-Ansah, according to Priya Raman.",
         "en",
         {"person:Priya Raman"}},
        {"",
         "Lee Jae-myung met Tsai Ing-wen and Le Duc Anh.",
         "en",
         {"person:Lee Jae-myung", "person:Tsai Ing-wen", "person:Le Duc Anh"}},
        // A Title Case headline says nothing by its capitals.
        {"Late Goal Gives Betis Derby Win Over Sevilla", "It was late.", "en", {}},
        // Organisations: head words, tails, legal forms, leading words.
        {"",
         "The Department of Social Welfare and Development helped.",
         "en",
         {"organization:Department of Social Welfare and Development"}},
        {"",
         "Hanbit Energy Co. Ltd and Vistula Park Development Sp. z o.o. signed.",
         "en",
         {"organization:Hanbit Energy Co. Ltd",
          "organization:Vistula Park Development Sp. z o.o."}},
        {"",
         "Grupo Portuario del Istmo S.A. de C.V. appealed.",
         "en",
         {"organization:Grupo Portuario del Istmo S.A. de C.V."}},
        {"",
         "The Research Council of Norway and the IAEA paid.",
         "en",
         {"organization:Research Council of Norway",
          "organization:International Atomic Energy Agency"}},
        // An acronym in parentheses names what comes before it, later too.
        {"",
         "The Rift Growers Association (RGA) objected; the RGA will sue.",
         "en",
         {"organization:Rift Growers Association", "organization:Rift Growers Association",
          "organization:Rift Growers Association"}},
        // Places: datelines (with a US state), head words, "X, Country", "in X".
        {"", "PORTLAND, Ore., Feb 26 - Prices rose.", "en", {"place:Portland", "place:Oregon"}},
        {"",
         "Rain hit Gyeonggi Province and Isabela province.",
         "en",
         {"place:Gyeonggi Province", "place:Isabela"}},
        {"",
         "He flew to Córdoba, Argentina, and on to Aarhus.",
         "en",
         {"place:Córdoba", "place:Argentina"}},
        {"", "They met in Aarhus on Monday.", "en", {"place:Aarhus"}},
        // German capitalises nouns: "in X" means nothing there.
        {"", "Das Gesetz tritt in Kraft.", "de", {}},
        // "X, Russia's ...": a description, not a town in Russia; "a stake
        // in X": a company.
        {"",
         "Inbev bought a stake in Sun Interbrew, Russia's second-largest brewer.",
         "en",
         {"organization:Sun Interbrew", "place:Russia"}},
        // An organisation word before an event's head names the event.
        {"", "They met at the Consumer Electronics Show on Monday.", "en", {}},
        // One name per person: the last words of a longer name are it.
        {"",
         "Denis Bra Kanon scored twice. Bra Kanon said he was happy.",
         "en",
         {"person:Denis Bra Kanon", "person:Denis Bra Kanon"}},
        // Chinese: a surname character starts words too ("任何人", anyone);
        // "等" (and others) is no part of a name.
        {"", "任何人表示不满。", "zh", {}},
        {"", "沈颢等表示不满。", "zh", {"person:沈颢"}},
        // A place that is also an ordinary German word is the place only
        // after a preposition of place.
        {"", "Mitte des Jahres stiegen die Preise.", "de", {}},
        {"", "Er wohnt seit Jahren in Mitte.", "de", {"place:Mitte"}},
        // German bodies: a capitalised adjective (German writes adjectives
        // in lower case) or a town's adjective before a word for a body, or
        // a place after a compound one; the compound alone is a kind of body.
        {"",
         "Das Niedersächsische Oberverwaltungsgericht stoppte den Windpark.",
         "de",
         {"organization:Niedersächsische Oberverwaltungsgericht"}},
        {"",
         "Forscher der Technischen Universität München und die Münchner "
         "Verkehrsgesellschaft.",
         "de",
         {"organization:Technischen Universität München",
          "organization:Münchner Verkehrsgesellschaft"}},
        {"",
         "Der Naturschutzbund Deutschland klagte vor dem Landgericht Hamburg.",
         "de",
         {"organization:Naturschutzbund Deutschland", "organization:Landgericht Hamburg"}},
        {"", "Das Verwaltungsgericht entschied. Dieser Verband schwieg.", "de", {}},
        // A place after a word for a settlement (German) or after "de"
        // (French); a district's word is part of its name.
        {"",
         "In der Gemeinde Umhausen und im Landkreis Uelzen regnete es.",
         "de",
         {"place:Umhausen", "place:Landkreis Uelzen"}},
        {"",
         "La commune de Tahannaout et la ville d'Amizmiz ont été touchées.",
         "fr",
         {"place:Tahannaout", "place:Amizmiz"}},
        // What a body is for ("für" and nouns joined by "und"); public works.
        {"",
         "Die Stadtwerke Hamburg und das Landesamt für Umwelt und Energie warnten "
         "für alle.",
         "de",
         {"organization:Stadtwerke Hamburg", "organization:Landesamt für Umwelt und Energie"}},
        // A word for a kind of company is no part of its name; an acronym of
        // a thing (KI, artificial intelligence) names no body.
        {"",
         "Das Biotechnologieunternehmen Rhenovia AG und die Firma Heidewind Energie GmbH.",
         "de",
         {"organization:Rhenovia AG", "organization:Heidewind Energie GmbH"}},
        {"", "Es geht um Anwendungen Künstlicher Intelligenz (KI) in der Fabrik.", "de", {}},
        // French bodies: a head word with a capital, then adjectives and
        // "de" phrases in lower case; a head French also writes in lower case
        // ("ministère") names a body when its name ends in a capital.
        {"",
         "Selon la Fédération française de l’assurance, le coût augmente.",
         "fr",
         {"organization:Fédération française de l’assurance"}},
        {"",
         "L'Office de la protection du consommateur (OPC) dit que la Cour d'appel "
         "a tranché.",
         "fr",
         {"organization:Office de la protection du consommateur",
          "organization:Office de la protection du consommateur", "organization:Cour d'appel"}},
        {"",
         "Le ministère de la Culture a salué le projet, mais le ministère a refusé.",
         "fr",
         {"organization:ministère de la Culture"}},
        // An elided article does not hide a name's capital.
        {"", "Il rentre de l'Espagne.", "fr", {"place:Spain"}},
        // A head that also stands inside names runs on through "and" to a
        // later head; a forum is a body.
        {"",
         "The Norwegian Water Resources and Energy Directorate approved it, said "
         "the Indonesian Forum for Environment.",
         "en",
         {"organization:Norwegian Water Resources and Energy Directorate",
          "organization:Indonesian Forum for Environment"}},
        // Turkish clubs, named in one word ending in "spor", after their
        // town's name when there is one (the town is then no place).
        {"",
         "Samsunspor beat Bandırma Kartalspor on Sunday.",
         "en",
         {"organization:Samsunspor", "organization:Bandırma Kartalspor"}},
        // A brand's small first letter before a capital counts as a capital.
        {"",
         "The iTaukei Land Trust Board approved it. The mRNA vaccine works.",
         "en",
         {"organization:iTaukei Land Trust Board"}},
        // A place's name runs on through a Roman numeral and once through a
        // Romance "de"; a facility named after a king keeps the title.
        {"",
         "They played at Stade Mohammed V on Sunday. Water from King Talal Dam fell. Fans "
         "filled Estádio Municipal de Braga.",
         "en",
         {"place:Stade Mohammed V", "place:King Talal Dam", "place:Estádio Municipal de Braga"}},
        // Works, bands and products are no people; a title makes one.
        {"", "The rock band Franz Ferdinand played on. Franz Ferdinand won.", "en", {}},
        {"", "Critics loved the film Vera Drake.", "en", {}},
        {"", "Sales of the Harry Potter books grew.", "en", {}},
        {"", "Dr Mark Tuffy games director spoke.", "en", {"person:Mark Tuffy"}},
        // Japanese particles and verb endings after a name are not part of it.
        {"",
         "アンカーBill Weirが、Foxconnの工場を訪れた。",
         "ja",
         {"person:Bill Weir", "organization:Foxconn"}},
    };
    for (const auto& c : cases)
        BOOST_TEST_CONTEXT(c.body) {
            BOOST_TEST(mentions(c.title, c.body, c.language) == c.expected,
                       boost::test_tools::per_element());
        }
}

// An alias tagged with a language ("NABU@de") is meant in texts of that
// language, where it wins over another entry's same words.
BOOST_AUTO_TEST_CASE(an_alias_for_one_language_wins_in_it) {
    BOOST_TEST(mentions("", "Der NABU klagt.", "de") ==
                   std::vector<std::string>{"organization:Naturschutzbund Deutschland"},
               boost::test_tools::per_element());
    BOOST_TEST(
        mentions("", "The NABU charged him.", "en") ==
            std::vector<std::string>{"organization:National Anti-Corruption Bureau of Ukraine"},
        boost::test_tools::per_element());
    BOOST_TEST(gazetteer().canonical(EntityType::kOrganization, "NABU") ==
               "National Anti-Corruption Bureau of Ukraine");
}

// Russian and Ukrainian: a short acronym is matched in capitals only (ЦАР,
// not Цар, tsar); a foreign place only in a form it declines to (Сирии,
// Сирію, Китая; not "Самое", not the adjective "Уральский"); a word that
// is a case form of a place ("Решта", the rest) only after a preposition
// ("у Решті"); an ordinary word that shares a given name's key is no
// person ("Любов", love; "Влада", power), a given name alone is.
BOOST_AUTO_TEST_CASE(cyrillic_words_that_look_like_names) {
    BOOST_TEST(mentions("", "У ЦАР тривають бої. Цар помер. Решта пішла. Він жив у Решті.", "uk") ==
                   (std::vector<std::string>{"place:Central African Republic", "place:Rasht"}),
               boost::test_tools::per_element());
    BOOST_TEST(mentions("", "Самое главное. Уральский завод. В Сирии, из Китая.", "ru") ==
                   (std::vector<std::string>{"place:Syria", "place:China"}),
               boost::test_tools::per_element());
    BOOST_TEST(mentions("", "Любов перемагає. Влада ухвалила. Марина виявила помилку.", "uk") ==
                   std::vector<std::string>{"person:Марина"},
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_legal_form_is_never_a_place) {
    // ПрАТ without its final vowel is the key of Прато (Prato).
    const auto e = extract(
        "ПрАТ «Київстар» оголосило про нові тарифи. За даними ПрАТ, абоненти "
        "задоволені.");
    BOOST_TEST((std::find(e.places.begin(), e.places.end(), "Prato") == e.places.end()));
}

BOOST_AUTO_TEST_CASE(packaged_places_carry_their_source_after_the_aliases) {
    // places-packaged.tsv (scripts/data/places-packaged.py) has a fifth
    // column naming the source; it is a note, never a name to match.
    test::TempDir dir;
    test::write_file(dir / "places-packaged.tsv",
                     "# canonical\tkind\tcountry\taliases\tsource\n"
                     "South Africa\tcountry\tSouth Africa\tЮАР\tISO 3166-1 ZA\n"
                     "Krugersdorp\tcity\tSouth Africa\tКрюгерсдорп\tGeoNames 986822\n"
                     "Derby (United Kingdom)\tcity\tUnited Kingdom\t\tGeoNames 2651347\n");
    entities::Gazetteer g;
    g.add_file(dir / "places-packaged.tsv");
    const auto places = [&](const std::string& text) {
        return entities::EntityExtractor(g).extract("", text).places;
    };
    BOOST_TEST(places("Протестующие собрались в Крюгерсдорп.") == (Names{"Krugersdorp"}));
    BOOST_TEST(g.country_of("Krugersdorp") == "South Africa");
    BOOST_TEST(places("The file cites GeoNames 986822 and ISO 3166-1 ZA.").empty());
    // A town named by an ordinary word is found only by its full canonical.
    BOOST_TEST(places("Arsenal won the north London derby.").empty());
}

BOOST_AUTO_TEST_CASE(cyrillic_names_are_shown_in_the_nominative) {
    // Input, language, the people found: the given name's form tells the
    // case and the gender, the surname takes that case's nominative.
    const struct {
        const char* body;
        const char* language;
        Names expected;
    } cases[] = {
        {"За словами Ігоря Коломойського, угоду підписано.", "uk", {"Ігор Коломойський"}},
        {"Сторонники Алексея Навального вышли на улицы.", "ru", {"Алексей Навальный"}},
        {"Заява Миколи Азарова прозвучала вчора.", "uk", {"Микола Азаров"}},
        {"Слова Ірини Фаріон процитували.", "uk", {"Ірина Фаріон"}},
        {"Премию вручили Ирине Петровой вчера.", "ru", {"Ирина Петрова"}},
        {"Выступила Ирина Петрова.", "ru", {"Ирина Петрова"}},
        // A street named after a person is no person.
        {"Мітинг відбувся на вулиці Карла Маркса.", "uk", {}},
    };
    for (const auto& c : cases)
        BOOST_TEST_CONTEXT(c.body) {
            BOOST_TEST(extract_in(c.body, c.language).people == c.expected,
                       boost::test_tools::per_element());
        }
}

BOOST_AUTO_TEST_CASE(cyrillic_people_after_a_title_and_whose_it_is) {
    // Input, language, the people found: two capitalised words after a
    // title and whose title it is (a place, a body in quotes, genitive
    // words) are a name, whatever the lists say of its words (Айсен is a
    // region of Chile, Николаев a city); foreign given names as Russian
    // and Ukrainian news spell them.
    const struct {
        const char* body;
        const char* language;
        Names expected;
    } cases[] = {
        {"Глава Якутии Айсен Николаев заявил об этом.", "ru", {"Айсен Николаев"}},
        {"Сообщил генеральный директор «Жасыл Энергии» Айдар Сейткали.", "ru", {"Айдар Сейткали"}},
        {"Представитель «Тяньшань Пауэр» Ван Лэй рассказал о стройке.", "ru", {"Ван Лэй"}},
        {"Глава Якутии Айсен Сергеевич Николаев прибыл.", "ru", {"Айсен Сергеевич Николаев"}},
        // A place beside a free word is whose title it is; an adjective's
        // form and an initial are no name.
        {"Премьер Польши Мазовецкий прибыл.", "ru", {}},
        {"Директор компании Северная Звезда сообщил.", "ru", {}},
        {"Вчера Джон Кулидж заявил, что Майкл Делл приедет.", "ru", {"Джон Кулидж", "Майкл Делл"}},
        {"Слова Стівена Гокінга процитували.", "uk", {"Стівен Гокінг"}},
    };
    for (const auto& c : cases)
        BOOST_TEST_CONTEXT(c.body) {
            BOOST_TEST(extract_in(c.body, c.language).people == c.expected,
                       boost::test_tools::per_element());
        }
}

BOOST_AUTO_TEST_CASE(a_gazetteer_on_demand_is_loaded_once_and_a_failed_load_is_tried_again) {
    test::TempDir dir;
    test::write_file(dir / "places-mine.tsv", "Zorvast\tcity\tUkraine\tZorvastia\n");
    const entities::GazetteerOnDemand lists({dir / "places-mine.tsv"});
    const entities::Gazetteer* seen[2] = {nullptr, nullptr};
    std::thread other([&] { seen[1] = &lists.get(); });
    seen[0] = &lists.get();
    other.join();
    BOOST_TEST(seen[0] == seen[1]);
    BOOST_TEST(
        entities::EntityExtractor(lists.get()).extract("", "Shelling hit Zorvastia.").places ==
        (Names{"Zorvast"}));
    // A list that cannot be read fails every time it is asked for.
    const entities::GazetteerOnDemand missing({dir / "places-gone.tsv"});
    BOOST_CHECK_THROW(missing.get(), std::runtime_error);
    BOOST_CHECK_THROW(missing.get(), std::runtime_error);
    // One given loaded is that one.
    const entities::GazetteerOnDemand given(gazetteer());
    BOOST_TEST(&given.get() == &gazetteer());
}
