#include "cues.hpp"

namespace newsdex::entities::cues {

const WordSet& person_titles() {
    static const WordSet words = {"president",    "minister",
                                  "secretary",    "spokesman",
                                  "spokeswoman",  "spokesperson",
                                  "chancellor",   "premier",
                                  "governor",     "senator",
                                  "ambassador",   "chairman",
                                  "chairwoman",   "director",
                                  "leader",       "king",
                                  "queen",        "prince",
                                  "general",      "gen",
                                  "col",          "adm",
                                  "sen",          "rep",
                                  "gov",          "mr",
                                  "mrs",          "ms",
                                  "dr",           "sir",
                                  "pope",         "judge",
                                  "mayor",        "envoy",
                                  "ceo",          "coach",
                                  "manager",      "striker",
                                  "substitute",   "professor",
                                  "prof",         "economist",
                                  "analyst",      "chief",
                                  "commissioner", "deputy",
                                  "vice",         "prosecutor",
                                  "lawyer",       "captain",
                                  "sister",       "brother",
                                  "wife",         "husband",
                                  "founder",      "president-elect",
                                  "curator",      "researcher",
                                  "scientist",    "astronomer",
                                  "forecaster",   "official",
                                  "midfielder",   "defender",
                                  "goalkeeper",   "forward",
                                  "winger",       "author",
                                  "präsident",    "prasident",
                                  "kanzler",      "kanzlerin",
                                  "ministerin",   "sprecher",
                                  "sprecherin",   "chef",
                                  "chefin",       "trainer",
                                  "ministre",     "porte-parole",
                                  "directeur",    "directrice",
                                  "presidente",   "president",
                                  "президент",    "министр",
                                  "премьер",      "глава",
                                  "мэр",          "директор",
                                  "министра",     "президента",
                                  "міністр",      "речник",
                                  "голова",       "мер",
                                  "директора",    "губернатор",
                                  "lord",         "lady",
                                  "baroness",     "mp"};
    return words;
}

const WordSet& organization_heads() {
    static const WordSet words = {
        "agency", "council", "ministry", "bank", "corp", "corporation", "inc", "ltd", "co",
        "company", "group", "party", "university", "committee", "commission", "organization",
        "organisation", "association", "union", "fund", "authority", "institute", "institution",
        "federation", "board", "department", "office", "court", "army", "navy", "police", "service",
        "services", "exchange", "club", "fc", "cf", "sfc", "airlines", "airways", "motors",
        "industries", "holdings", "foundation", "bureau", "assembly", "parliament", "congress",
        "senate", "philharmonic", "orchestra", "museum", "laboratory", "laboratories", "systems",
        "semiconductor", "semiconductors", "devices", "technologies", "electronics",
        "pharmaceuticals", "partners", "securities", "insurance", "league", "command", "chiefs",
        "staff", "center", "centre", "centers", "centres", "school", "college", "academy",
        "hospital", "administration", "secretariat", "gmbh", "ag", "plc", "llc", "sa", "se",
        "cross", "observatory", "network", "guard", "forces", "trust", "united", "rovers",
        "wanderers", "athletic", "advisors", "advisers", "capital", "robotics", "mining",
        "minerals", "resources", "logistics", "solutions", "ventures", "labs", "studios", "films",
        "pictures", "entertainment", "pharma", "s.a", "limited", "bancorp", "bancshares",
        "petroleum", "society", "societies", "ac", "ca", "sc", "afc", "cd",
        // Bodies, movements, firms by trade, newspapers.
        "confederation", "chamber", "front", "movement", "alliance", "coalition", "cooperative",
        "consortium", "syndicate", "directorate", "inspectorate", "tribunal", "corps", "brigade",
        "brigades", "militia", "electric", "contractors", "construction", "engineering",
        "publishing", "publishers", "books", "media", "telecom", "communications", "aviation",
        "shipping", "railways", "foods", "beverages", "brewery", "breweries", "steel", "cement",
        "chemicals", "textiles", "automotive", "investments", "hotels", "gazette", "herald",
        "tribune", "chronicle", "force", "executive", "registry", "brothers", "radio", "concern",
        "research", "zrt", "nyrt", "kft", "ltda", "llp", "sae", "jsc", "pjsc"};
    return words;
}

const WordSet& place_heads() {
    static const WordSet words = {
        "province", "prefecture", "oblast", "region", "county", "district", "valley", "peninsula",
        "island", "islands", "airbase", "airport", "station", "stadium", "arena", "square",
        "bridge", "river", "mountains", "sea", "strait", "gulf", "bay", "plant", "canal", "desert",
        "park", "street", "avenue", "boulevard", "road", "straße", "strasse", "platz", "krai",
        "governorate", "municipality", "state", "regency", "voivodeship", "canton", "beach",
        "harbour", "harbor", "port", "city",
        // Land, water and buildings: "Mekong Delta", "Bhote Koshi Dam"; not
        // "Hills", "Castle" or "Forest", which are surnames and clubs too.
        "mine", "dam", "refinery", "falls", "glacier", "delta", "basin", "plateau", "coast",
        "highlands", "reservoir", "terminal", "volcano", "archipelago", "lagoon", "cathedral",
        "mosque", "temple", "wharf", "pier", "prison"};
    return words;
}

const WordSet& place_leads() {
    static const WordSet words = {"estadio", "lake", "mount", "cape", "isle",
                                  "stade",   "lac",  "mont",  "gare"};
    return words;
}

const WordSet& object_heads() {
    static const WordSet words = {
        "telescope",     "prize",     "award",   "awards",     "cup",      "festival",
        "act",           "treaty",    "summit",  "conference", "games",    "mission",
        "program",       "programme", "project", "agreement",  "accord",   "law",
        "index",         "trophy",    "open",    "marathon",   "olympics", "championship",
        "championships", "war",       "day",     "expo",       "fair",     "show",
        "biennale",      "satellite", "rocket",  "station",    "system"};
    return words;
}

const WordSet& not_names() {
    static const WordSet words = {
        "the", "a", "an", "in", "on", "at", "of", "and", "but", "for", "to", "by", "with", "as",
        "from", "it", "he", "she", "they", "we", "this", "that", "last", "next", "new", "his",
        "her", "its", "their", "after", "before", "when", "while", "if", "monday", "tuesday",
        "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
        "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "der", "die", "das", "le", "la", "les", "des", "du", "un", "une", "el", "los", "i", "our",
        "there", "these", "those", "some", "many", "most", "all", "no", "not", "one", "two",
        "three", "under", "over", "about", "during", "since",
        // Words that open English sentences ("Despite Suprnova's ...").
        "despite", "although", "though", "however", "meanwhile", "unlike", "like", "among",
        "without", "within", "through", "across", "against", "behind", "beyond", "because", "until",
        "unless", "whether", "where", "why", "how", "what", "which", "who", "instead", "once",
        "even", "yet", "also", "only", "both", "each", "every", "either", "neither", "such",
        "several", "another", "any", "so", "then", "now", "here", "thus", "still", "yesterday",
        "today", "tomorrow"};
    return words;
}

const WordSet& name_particles() {
    static const WordSet words = {"de",  "da",   "do",  "dos", "das", "del", "della", "di",
                                  "du",  "van",  "von", "der", "den", "ter", "ten",   "bin",
                                  "ibn", "al",   "el",  "ben", "la",  "le",  "y",     "bint",
                                  "abu", "ould", "o",   "ni",  "nic", "mac", "ua"};
    return words;
}

const WordSet& capital_particles() {
    static const WordSet words = {"o", "ni", "nic", "mac", "ua", "al", "el", "bin", "ibn", "abu"};
    return words;
}

const WordSet& surname_endings() {
    static const WordSet words = {
        // Russian, Ukrainian, Belarusian, Bulgarian, Central Asian
        "ov", "ova", "ev", "eva", "yev", "yeva", "enko", "chuk", "czuk", "yuk", "iuk", "sky",
        "skiy", "skyi", "skii", "skaya", "vich", "vych", "evich",
        // Polish, Czech, Slovak, Balkan, Romanian
        "ski", "ska", "wicz", "ovic", "evic", "escu", "eanu",
        // Turkish, Persian, Armenian, Georgian, Greek
        "oglu", "zadeh", "yan", "adze", "idze", "shvili", "poulos", "akis", "idis",
        // Nordic, Finnish, Icelandic
        "sson", "dottir", "ainen", "inen"};
    return words;
}

const WordSet& settlement_nouns() {
    static const WordSet words = {
        "city",          "town",         "village",   "district",   "region",       "province",
        "county",        "island",       "islands",   "port",       "municipality", "capital",
        "suburb",        "commune",      "state",     "prefecture", "oblast",       "regency",
        "neighbourhood", "neighborhood", "community", "settlement", "hamlet",       "township",
        "enclave",       "oasis"};
    return words;
}

const WordSet& compass_points() {
    static const WordSet words = {"north",     "south",     "east",      "west",
                                  "northeast", "northwest", "southeast", "southwest"};
    return words;
}

const WordSet& speech_verbs() {
    static const WordSet words = {"said",  "says",   "told",      "added",
                                  "wrote", "stated", "announced", "explained",
                                  "noted", "warned", "argued",    "insisted"};
    return words;
}

const WordSet& organization_leads() {
    static const WordSet words = {
        "grupo", "banco", "banca", "compania", "companhia", "societe", "groupe", "deutsche", "club",
        "atletico", "sporting",
        // Bodies named lead word first in Romance languages: "Hospital
        // Regional de Talca", "Instituto Nacional", "Olympique de Marseille".
        "hospital", "hopital", "clinica", "universidad", "universidade", "universite",
        "universitat", "universita", "instituto", "institut", "ministerio", "ministere",
        "federacion", "federacao", "asociacion", "associacao", "associazione", "fundacion",
        "fundacao", "fondation", "stichting", "cooperativa", "partido", "parti", "frente", "comite",
        "consejo", "conseil", "camara", "compagnie", "agence", "agencia", "sociedad", "sociedade",
        "societa", "olympique", "dynamo", "dinamo", "spartak", "lokomotiv", "deportivo",
        "independiente"};
    return words;
}

const WordSet& company_suffixes() {
    static const WordSet words = {
        "co",      "ltd", "inc",  "corp",  "llc", "plc", "gmbh",    "ag",   "sa",   "s.a",
        "nv",      "bv",  "spa",  "s.p.a", "ab",  "asa", "oyj",     "kk",   "pte",  "pty",
        "bhd",     "tbk", "sp",   "o.o",   "c.v", "cv",  "sas",     "sarl", "srl",  "s.r.l",
        "limited", "se",  "kgaa", "kg",    "s.l", "pvt", "private", "zrt",  "nyrt", "kft",
        "ltda",    "llp", "sae",  "s.r.o", "a.s", "oy"};
    return words;
}

const WordSet& surnames_first() {
    static const WordSet words = {
        // Vietnamese
        "nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui", "ngo",
        "duong", "ly", "trinh", "dinh",
        // Chinese (Mandarin and Taiwanese spellings)
        "wang", "zhang", "liu", "chen", "zhao", "huang", "zhou", "xu", "zhu", "guo", "luo", "liang",
        "zheng", "xie", "tang", "feng", "dong", "xiao", "cao", "yuan", "deng", "shen", "zeng",
        "peng", "jiang", "cai", "jia", "ding", "wei", "xue", "ye", "pan", "xia", "zhong", "tian",
        "ren", "fang", "yao", "tan", "liao", "zou", "xiong", "qiu", "qin", "hou", "meng", "duan",
        "lei", "qian", "tsai", "lai", "hsieh", "chiang", "huang", "hsu", "wu", "lin", "hu", "gao",
        "li",
        // Korean
        "kim", "lee", "park", "choi", "jung", "jeong", "kang", "cho", "jo", "yoon", "yun", "jang",
        "lim", "han", "shin", "seo", "kwon", "hwang", "ahn", "song", "yoo", "hong", "jeon", "chun",
        "ko", "moon", "yang", "son", "bae", "baek", "heo", "nam", "noh", "roh", "kwak", "sung",
        "cha", "joo", "woo", "min", "ryu", "jin", "chae", "won", "bang", "kong", "hyun", "ham",
        "byun", "yeo", "choo", "chu", "seok", "suh", "rhee", "pak", "ri", "choe", "kye"};
    return words;
}

}  // namespace newsdex::entities::cues
