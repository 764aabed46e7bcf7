#define BOOST_TEST_MODULE entities
// Entity extraction on small gazetteers written here: aliases, scripts,
// inflections, particles, capitals, and the rules for unlisted names in
// Latin-script text (other scripts: test_entities_scripts.cpp).
#include <boost/test/unit_test.hpp>

#include <thread>

#include "entities_fixture.hpp"

using namespace newsdex;
using namespace newsdex::entities;
using entities::EntityType;

using namespace newsdex::entities_test;

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
    // A listed person's surname after a given name the list does not give
    // them is another person's, here and later.
    BOOST_TEST(extract("Марина Путин прибыла. Путин сказала.").people == (Names{"Марина Путин"}));
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
    const MentionCase cases[] = {
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
        // A body's compound after "von der" ends a person's name; what a
        // body is for may be listed with commas.
        {"",
         "Sabine Imhof von der Versuchsanstalt für Wasserbau, Hydrologie und Glaziologie sagte.",
         "de",
         {"person:Sabine Imhof",
          "organization:Versuchsanstalt für Wasserbau, Hydrologie und Glaziologie"}},
        // An unknown German name with a place name's ending after a
        // preposition of place; a common noun there has an article.
        {"",
         "In Riederalp und Bettmeralp hängt alles am Gletscher. Die Bürgerinitiative in "
         "Liebenau ist im Dorf bekannt.",
         "de",
         {"place:Riederalp", "place:Bettmeralp", "place:Liebenau"}},
        // Places after a plural compound for settlements, joined by "und";
        // a mayor's town; not after a town's adjective ("Stronsdorfer").
        {"",
         "Die Zone reicht in die Nachbargemeinden Bösel und Friesoythe. Der Bürgermeister "
         "von Sölden sprach. Im Stronsdorfer Revier jagen sie.",
         "de",
         {"place:Bösel", "place:Friesoythe", "place:Sölden"}},
        // A district named after a listed town is the district, with its
        // word; not a town's genitive after the word ("Bezirk Hamburgs").
        {"",
         "Im Landkreis Hamburg und im größten Bezirk Hamburgs.",
         "de",
         {"place:Landkreis Hamburg", "place:Hamburg"}},
        // Highways, creeks and halls by their head; a venue before what
        // it is for and a lower-case head; not a given name and a surname
        // ("Lee Hall") nor a hall of fame.
        {"",
         "Flames crossed the Trans-Canada Highway near Cherry Creek. Players met at the Harpa "
         "concert hall. Sabine Hall wrote it.",
         "en",
         {"place:Trans-Canada Highway", "place:Cherry Creek", "place:Harpa", "person:Sabine Hall"}},
        {"", "He entered the Rock Music Hall of Fame.", "en", {}},
        // A place said to be one ("in Soweto") does not join two bodies'
        // names over "and".
        {"",
         "The attack hit Baragwanath Academic Hospital in Soweto and Maxeke Academic Hospital.",
         "en",
         {"organization:Baragwanath Academic Hospital", "place:Soweto",
          "organization:Maxeke Academic Hospital"}},
        // In German an article after a name is no name particle, but
        // after "van" or "von" it is; a body's kind is no surname; a
        // body named by its town takes the town's whole name, or an
        // unlisted district's of two hyphenated words.
        {"",
         "Sabine Imhof den Grenzposten besuchte. Sabine Van der Bellen kam. Das Sana "
         "Klinikum Hamburg half. Die Vergabekammer Rheinland-Pfalz entschied. Die "
         "Kreisverwaltung Cochem-Zell warnte.",
         "de",
         {"person:Sabine Imhof", "person:Sabine Van der Bellen", "organization:Klinikum Hamburg",
          "organization:Vergabekammer Rheinland-Pfalz",
          "organization:Kreisverwaltung Cochem-Zell"}},
        // A ballroom is a place, a register a body, by their last word.
        {"",
         "They plan a stadium next to the Beach Ballroom. The theft was reported to the Art "
         "Loss Register on Monday.",
         "en",
         {"place:Beach Ballroom", "organization:Art Loss Register"}},
        // German: a body's name after its kind, alone or a compound's end,
        // the first word in no word list; not a noun ("Gewinne") or a
        // time ("Mittwochabend").
        {"",
         "Ein Sprecher des Konzerns Transdev sagte, der Fahrgastverband Pro Bahn warnte. Der "
         "Konzern Gewinne machte. Das Unternehmen Mittwochabend mitteilte.",
         "de",
         {"organization:Transdev", "organization:Pro Bahn"}},
        // German news names its own small towns bare (not in a hyphenated
        // district's name); a list of places after a preposition or a
        // comma closes with a name with a place's ending after "und"; a
        // noun before a place is no part of its name.
        {"",
         "Wernigerode meldete Regen. Die Gemeinden Meckenbeuren, Tettnang und Markdorf. Sie "
         "kommen aus Wernigerode und Ilsenburg. Der Kreis Bernkastel-Wittlich half.",
         "de",
         {"place:Wernigerode", "place:Meckenbeuren", "place:Tettnang", "place:Markdorf",
          "place:Wernigerode", "place:Ilsenburg", "place:Kreis Bernkastel-Wittlich"}},
        // A German ministry is one body even alone; a court alone is a kind.
        {"",
         "Das Wirtschaftsministerium teilte mit, das Landgericht schwieg.",
         "de",
         {"organization:Wirtschaftsministerium"}},
        // A court, office or bank named by its kind and its town (listed,
        // or with a place name's ending); not a noun after the kind. An
        // ampersand joins a company's names.
        {"",
         "Das Amtsgericht Riederalp und die Staatsanwaltschaft Liebenau prüfen. Die "
         "Staatsanwaltschaft Ermittlungen lehnte ab. Die Bergmann & Söhne KG zahlt.",
         "de",
         {"organization:Amtsgericht Riederalp", "organization:Staatsanwaltschaft Liebenau",
          "organization:Bergmann & Söhne KG"}},
        // A role and an article are no part of a firm's name, "& Co. KG"
        // is; a body named for what it does takes its town after; German
        // reports name a person by a given name and an initial; a listed
        // name opening with an adjective is declined ("im Roten Meer").
        {"Titel",
         "Sie ist Geschäftsführerin der Spargelhof Kienbaum GmbH & Co. KG. Am Landesgericht "
         "für Strafsachen Hamburg wirft man Sabine K. schweren Betrug vor, James W. (41) nicht. "
         "Die Schiffe meiden das Rote Meer. Im Roten Meer ist es still.",
         "de",
         {"organization:Spargelhof Kienbaum GmbH & Co. KG",
          "organization:Landesgericht für Strafsachen Hamburg", "person:Sabine K.",
          "person:James W.", "place:Red Sea", "place:Red Sea"}},
        // A street's lead word and a title in its name; a church "of" its
        // saint; a city's metro.
        {"",
         "They met on Rua General Câmara. The Church of Santiago Apóstol fell. The Lima "
         "Metro opened.",
         "en",
         {"place:Rua General Câmara", "place:Church of Santiago Apóstol", "place:Lima Metro"}},
        // A listed town that opens a hyphenated district's name after the
        // district's word is part of it.
        {"Titel",
         "Der Landrat des Landkreises Hamburg-Mittelmark kam.",
         "de",
         {"place:Hamburg-Mittelmark"}},
        // A listed body's "and" may be written "&".
        {"",
         "The Food & Agriculture Organization warned.",
         "en",
         {"organization:Food and Agriculture Organization"}},
        // A place's head word and "of" open a body's name; an apposition
        // after an abbreviation and a hyphen names a body's kind.
        {"",
         "A raid by City of London Police ended. Verra, the U.S.-based registry that "
         "certifies credits, said.",
         "en",
         {"organization:City of London Police", "organization:Verra", "place:United States"}},
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
        // A title that is also a family name ends a name after its given
        // name; letters after a name are no part of it; a minister's
        // portfolio is no body.
        {"",
         "Federal Resources Minister Sabine King toured mines. James Pryce KC said so.",
         "en",
         {"person:Sabine King", "person:James Pryce"}},
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
        // A generic body's name is the one body of a country of the story's
        // places that the lists name so after more words.
        {"",
         "In Zurich, the Finance Ministry said.",
         "en",
         {"place:Zurich", "organization:Federal Department of Finance (Switzerland)"}},
        {"",
         "In Kharkiv, the Finance Ministry said.",
         "en",
         {"place:Kharkiv", "organization:Finance Ministry"}},
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
        // Unlisted companies by the words around them: what one does with
        // a company, who works at one, an apposition saying what it is.
        {"",
         "Shares of Rhenovia rose. Analysts at Jefferies agreed. Nordvik, a Bergen-based "
         "maker of engines, spoke. Shares of Kharkiv fell.",
         "en",
         {"organization:Rhenovia", "organization:Jefferies", "organization:Nordvik", "place:Bergen",
          "place:Kharkiv"}},
        // Bodies that are no companies, likewise; not a name in apposition
        // to a person's role ("a member of the association").
        {"",
         "Foras Eolais, the agency that funds research, paid. Okonjo, a member of the association, "
         "spoke.",
         "en",
         {"organization:Foras Eolais"}},
        // An apposition that a kind of body heads names a body, even one
        // that starts with a given name; a kind of body before another
        // noun does not ("a lab technician"). Peruvian and Spanish legal
        // forms.
        {"",
         "James Energy, the city-owned utility, cut power. Sabine Lopez, a lab technician, "
         "spoke. Petrolera Costa Norte S.A.C. and Viñedos del Najerilla S.Coop. paid.",
         "en",
         {"organization:James Energy", "person:Sabine Lopez",
          "organization:Petrolera Costa Norte S.A.C.",
          "organization:Viñedos del Najerilla S.Coop."}},
        // A word for a kind of body right before an unlisted name.
        {"",
         "She was a buyer for the retailer James Department Store. The state utility IDAAN "
         "asked for calm.",
         "en",
         {"organization:James Department Store", "organization:IDAAN"}},
        // Companies by the word that ends their names; people who run or
        // work for a body before it.
        {"",
         "Red Gum Lithium mothballed the mine. Researchers at Kavach agreed with the founder of "
         "Delhivery.",
         "en",
         {"organization:Red Gum Lithium", "organization:Kavach", "organization:Delhivery"}},
        // ... even one that opens with a place.
        {"",
         "The state utility Kharkiv Electricity said so.",
         "en",
         {"organization:Kharkiv Electricity"}},
        // In a story about sport, a town's name and a word after it name
        // its club; not a tournament, nor a person after the town.
        {"",
         "Kharkiv Falcons beat Soweto Comets 2-1; their coach hailed two goals. At the Hamburg "
         "Open, Kyiv Sabine Weber won.",
         "en",
         {"organization:Kharkiv Falcons", "organization:Soweto Comets", "place:Hamburg",
          "place:Kyiv", "person:Sabine Weber"}},
        // After "the town of", a name that starts with a given name is
        // the town's; after a word for "saint", a place's, no person's.
        {"",
         "The mine near the town of Sabine Hollow closed. Growers in San Andrés Peña lost.",
         "en",
         {"place:Sabine Hollow"}},
        // Of two titles, the name follows the second; a given name the
        // lists lack after a title, before a surname by its ending, or a
        // listed body's one-word name after a given name ("Greg Abbott").
        {"",
         "Chief Justice Andrés Peña ruled. Governor Abdullahi James Okafor spoke. \"No,\" said "
         "Enamul Haque Bhuiyan. Rodrigo Foxconn left.",
         "en",
         {"person:Andrés Peña", "person:Abdullahi James Okafor", "person:Enamul Haque Bhuiyan",
          "person:Rodrigo Foxconn"}},
        // A body named by its words has no article; a Spanish body's
        // name runs on over "de" and "y".
        {"",
         "The Kharkiv Bureau for Economic Policy Analysis said. The Instituto de Acueductos y "
         "Alcantarillados Nacionales agreed.",
         "en",
         {"organization:Kharkiv Bureau for Economic Policy Analysis",
          "organization:Instituto de Acueductos y Alcantarillados Nacionales"}},
        // A list with commas after a guessed place goes on; names after a
        // plural word for places and "such as".
        {"",
         "Centres in Guinobatan, Camalig and Daraga were full. Runners shop at markets such as "
         "Pasar Minggu and Pasar Baru.",
         "en",
         {"place:Guinobatan", "place:Camalig", "place:Daraga", "place:Pasar Minggu",
          "place:Pasar Baru"}},
        // Names before a place's head word, hyphens within.
        {"",
         "Water from Gatun Lake reached Noordeinde Palace and the Tien Lang Hi-Tech Park.",
         "en",
         {"place:Gatun Lake", "place:Noordeinde Palace", "place:Tien Lang Hi-Tech Park"}},
        // ... and teams named in the plural after "the", there and
        // elsewhere in the story; none in a story about something else.
        {"",
         "The Falcons ended the Comets' run; Falcons captain Sabine Weber scored two goals, the "
         "coach said. The Lakers play next week.",
         "en",
         {"organization:Falcons", "organization:Comets", "organization:Falcons",
          "person:Sabine Weber", "organization:Lakers"}},
        {"", "The Greens and the Liberals met.", "en", {}},
        // A person's name that opens a body's name the story gives in full
        // is that body said short; not a body named after a person.
        {"",
         "Sabine Mutual Bank agreed. Sabine Mutual has its head office here. The Rodrigo "
         "Tavares Foundation said Rodrigo Tavares would speak.",
         "en",
         {"organization:Sabine Mutual Bank", "organization:Sabine Mutual Bank",
          "organization:Rodrigo Tavares Foundation", "person:Rodrigo Tavares"}},
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
        // A name its owner writes in lower case is looked up as written
        // (names-in-lower-case.txt), not any word in lower case.
        {"",
         "MÜNCHEN (dpa) - Die belgische bpost meldet Gewinne, sagte die dpa.",
         "de",
         {"place:Munich", "organization:Deutsche Presse-Agentur", "organization:bpost",
          "organization:Deutsche Presse-Agentur"}},
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
    };
    check_mentions(cases);
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

BOOST_AUTO_TEST_CASE(a_small_town_is_a_place_where_the_text_says_so) {
    // Towns of 15,000 to 100,000 people (kind "town" in places-packaged.tsv)
    // often share a person's or a company's name: they are places after a
    // preposition of place or a settlement noun, or before ", Region", at
    // one mention or another, and never inside a longer name.
    test::TempDir dir;
    test::write_file(dir / "places-packaged.tsv",
                     "Idaho\tregion\tUnited States\t\tISO 3166-2 US-ID\n"
                     "Shelton\ttown\tUnited States\tШелтон\tGeoNames 4842898\n"
                     "Pocatello\ttown\tUnited States\t\tGeoNames 5604045\n"
                     "Gillette\ttown\tUnited States\t\tGeoNames 5826027\n"
                     "Woburn\ttown\tUnited States\t\tGeoNames 4956032\n"
                     "Sousa\ttown\tBrazil\t\tGeoNames 3387202\n"
                     "Kaffrine\ttown\tSenegal\t\tGeoNames 2251007\n"
                     "Cork (city)\ttown\tIreland\tCork\tGeoNames 2965140\n"
                     "Metro (Indonesia)\ttown\tIndonesia\tMetro\tGeoNames 1635164\n");
    entities::Gazetteer g;
    g.add_file(dir / "places-packaged.tsv");
    const auto places = [&](const std::string& text, const std::string& language) {
        return entities::EntityExtractor(g).extract("", text, language).places;
    };
    BOOST_TEST(places("Shelton said the plan works.", "en").empty());
    BOOST_TEST(places("The plant in Shelton will close. Shelton lost jobs.", "en") ==
               (Names{"Shelton"}));
    BOOST_TEST(places("Завод закроют в Шелтон.", "ru") == (Names{"Shelton"}));
    BOOST_TEST(places("Floods hit Pocatello, Idaho.", "en") == (Names{"Pocatello", "Idaho"}));
    BOOST_TEST(places("He bought a stake in Gillette.", "en").empty());
    BOOST_TEST(places("Gillette Co sales rose at Gillette plants.", "en").empty());
    BOOST_TEST(places("Sales at Shaw's rose in the town of Woburn.", "en") == (Names{"Woburn"}));
    BOOST_TEST(places("Marcelo Rebelo de Sousa spoke.", "en").empty());
    BOOST_TEST(places("À Kaffrine, les producteurs attendent.", "fr") == (Names{"Kaffrine"}));
    // In a list after a place.
    BOOST_TEST(places("Residents of Idaho, Shelton and Woburn queued.", "en") ==
               (Names{"Idaho", "Shelton", "Woburn"}));
    // Where a person named with their age lives.
    BOOST_TEST(places("Marcus Hale, 38, of Woburn, denies it. Ann Lee, 74, from Gillette, lost.",
                      "en") == (Names{"Woburn", "Gillette"}));
    // A city named by a word (its bare name is a town's in the list).
    BOOST_TEST(places("Cork voted. Streets in Cork close.", "en") == (Names{"Cork (city)"}));
    // Not a word the text writes in lower case, nor a Title Case headline's.
    BOOST_TEST(entities::EntityExtractor(g)
                   .extract("Festival in Metro Stations", "The metro kept going.", "en")
                   .places.empty());
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

BOOST_AUTO_TEST_CASE(a_places_short_name_that_runs_on_names_something_else) {
    test::TempDir dir;
    test::write_file(dir / "places.tsv", "Rio de Janeiro\tcity\tBrazil\tRio\n");
    entities::Gazetteer g;
    g.add_file(dir / "places.tsv");
    const auto places = [&](const std::string& text) {
        return entities::EntityExtractor(g).extract("", text, "en").places;
    };
    BOOST_TEST(places("Carnival in Rio drew crowds.") == (Names{"Rio de Janeiro"}));
    BOOST_TEST(places("Water from Río Indio and shares of Rio Tinto rose.").empty());
}

BOOST_AUTO_TEST_CASE(names_are_looked_for_in_a_storys_first_256_kb) {
    // Some rules look at every mention found for each word: a hostile
    // story of megabytes would cost seconds, so its tail is not read.
    std::string body = "Officials in Kyiv spoke. ";
    while (body.size() < 300 * 1024)
        body += "Officials spoke again. ";
    body += "Officials in Kharkiv spoke.";
    BOOST_TEST(extract(body).places == (Names{"Kyiv"}));
    const Analyzer analyzer = Analyzer::standard();
    const TokenList tokens = analyzer.analyze(body);
    BOOST_TEST(entities::EntityExtractor(gazetteer()).extract("", {}, body, tokens, "en").places ==
               (Names{"Kyiv"}));
}
