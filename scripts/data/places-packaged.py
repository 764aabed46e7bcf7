#!/usr/bin/env python3
"""Writes entities/data/places-packaged.tsv from maintained Debian packages.

  countries      iso-codes (ISO 3166-1), names in the nine languages from
                 ICU's CLDR data (standard and short forms)
  regions        iso-codes (ISO 3166-2, first-level subdivisions), names from
                 iso-codes' own translations
  cities         libgeonames0 (GeoNames cities; population threshold below),
                 names from libgeonames-common's translations

Run by hand (not at build time), then commit its output:

  apt-get install iso-codes libgeonames0 libgeonames-common libicu-dev \
      wamerican wngerman wfrench wspanish witalian wportuguese wukrainian \
      hunspell-ru hunspell-ar
  python3 scripts/data/places-packaged.py [--prune]

Each entry names its source in a fifth column. A packaged place that the
hand lists (places*.tsv) already know takes the hand list's canonical name,
so the two merge into one entity; the canonical chosen once is kept on later
runs (read back from the previous output by source id). --prune removes from
the hand lists every alias that the packaged file now carries for the same
canonical, so the hand lists keep only what no source has.

No alias is written that is an ordinary word in a Debian word list (English,
German, French, Ukrainian, Russian), a given name, a word of a listed
person's name, or a name of another place, organisation or person of the
hand lists: those are what the hand lists' conventions keep out too.
German's word list holds place names beside nouns (Lüneburg, Mailand): a
capitalised German word is a word only with a lower-case twin or a plural
there (german_noun).
"""
import ctypes
import gettext
import json
import re
import subprocess
import sys
import tempfile
import unicodedata
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "entities" / "data"
OUTPUT = DATA / "places-packaged.tsv"
ISO = Path("/usr/share/iso-codes/json")
LOCALE = Path("/usr/share/locale")
GEONAMES = "libgeonames.so.0"
POPULATION = 100_000
# Towns from here to POPULATION are kind "town": many are named after people
# (Shelton, Sousa, Delano), so the extractor takes one only where the text
# says it is a place (a preposition of place, a settlement noun, "Town,
# Region"), and only under its Latin and Cyrillic names: GeoNames' Arabic,
# Korean or Japanese name of a small town is often a word (يوما, "a day"),
# and a Cyrillic one of four letters or fewer another word's inflection.
TOWN_POPULATION = 15_000
TOWN_LANGUAGES = {"en", "de", "fr", "ru", "uk"}
# ...but a town's own country's name for it with a settlement suffix is
# safe: 輪島市, 남원시, 德令哈市 say they are places (found without the gate).
NATIVE_TOWN_NAMES = {"JP": ("ja", ("市", "町", "村")), "KR": ("ko", ("시", "군", "읍")),
                     "CN": ("zh_CN", ("市", "县", "镇")), "TW": ("zh_CN", ("市", "縣", "鎮"))}
# newsdex's nine languages, as each source names its locales.
ISO_LANGUAGES = ["en", "de", "fr", "ru", "uk", "ja", "zh_CN", "ar", "ko"]
GEONAMES_LANGUAGES = ["en", "de", "fr", "ru", "uk", "ko", "ja", "zh_CN", "ar"]
# First-level subdivisions worth a facet; municipalities, parishes and
# districts of small countries are too many and too often common words.
REGION_TYPES = {
    "State", "Province", "Region", "Prefecture", "Governorate", "Republic",
    "Autonomous republic", "Autonomous region", "Autonomous province",
    "Autonomous community", "Oblast", "Federal district", "Territory",
    "Emirate", "Canton", "Land", "Metropolitan region", "Country",
    "Special administrative region", "Administrative region", "Autonomous city",
    "Capital territory", "Capital city", "Union territory", "Federal territory",
    "Autonomous district", "Krai", "Kray", "Special municipality", "Nation",
}


def fold(text):
    """The word sequence newsdex matches: case and accents folded."""
    text = unicodedata.normalize("NFKD", text)
    text = unicodedata.normalize("NFC", "".join(c for c in text if not unicodedata.combining(c)))
    text = text.casefold()
    return tuple(w for w in re.split(r"[^\w]+", text) if w)


# Words that say what kind of place a name is, not which: "Kharkivska oblast"
# and "Kharkiv Oblast" differ in them only (plus the adjective ending).
GENERIC = set("""oblast oblasti region province provincia state prefecture governorate
republic respublika autonomous city municipality county district krai kray okrug
область республика край округ город область республіка місто автономна
州 省 県 府 道 市 시 도 주 特別市 自治区""".split())


def core(name):
    """A name without its generic words, for matching a source to a hand entry."""
    words = [w for w in fold(name) if w not in GENERIC]
    for suffix in ("州", "省", "県", "市", "府"):
        if len(words) == 1 and words[0].endswith(suffix) and len(words[0]) > 2:
            words[0] = words[0][:-1]
    return tuple(words)


def contains(words, part):
    return any(words[i:i + len(part)] == part for i in range(len(words) - len(part) + 1))


def read_tsv(path):
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            yield line.split("\t")


# ---------------------------------------------------------------- hand lists

class HandLists:
    """The hand-written gazetteers: who owns which name."""

    def __init__(self):
        self.owners = defaultdict(set)  # folded name -> {(type, canonical)}
        self.cores = defaultdict(set)  # core of a place name -> {canonical}
        self.places = {}  # canonical -> (kind, country)
        self.person_words = set()
        for path in sorted(DATA.glob("*.tsv")):
            if path.name == OUTPUT.name or path.name.startswith("reuters"):
                continue
            kind = "place" if path.name.startswith("places") else \
                "organization" if path.name.startswith("organizations") else "person"
            for columns in read_tsv(path):
                canonical = columns[0]
                aliases = [a for a in columns[3 if kind == "place" else 2].split("|") if a]
                for name in [canonical] + aliases:
                    self.owners[fold(name)].add((kind, canonical))
                    if kind == "place" and core(name):
                        self.cores[core(name)].add(canonical)
                    if kind == "person":
                        self.person_words.update(fold(name))
                if kind == "place":
                    self.places[canonical] = (columns[1], columns[2])

    def place_named(self, names, country, kinds):
        """The hand place of one of these kinds, in this country, that one of the names names."""
        for match in (lambda n: {c for k, c in self.owners.get(fold(n), ()) if k == "place"},
                      lambda n: self.cores.get(core(n), set()) if core(n) else set()):
            for name in names:
                for canonical in sorted(match(name)):
                    place_kind, place_country = self.places[canonical]
                    if place_kind in kinds and (country is None or place_country == country):
                        return canonical
        return None


# ---------------------------------------------------------------- screening

def is_arabic(word):
    return all("\u0600" <= c <= "\u06ff" for c in word)


def is_cjk(c):
    return "\u1100" <= c <= "\u11ff" or "\u3040" <= c <= "\u30ff" or \
        "\u4e00" <= c <= "\u9fff" or "\uac00" <= c <= "\ud7af"

UMLAUT = {"a": "ä", "o": "ö", "u": "ü", "A": "Ä", "O": "Ö", "U": "Ü"}


def umlauted(word):
    """The word with one vowel umlauted, each way: Boden, Böden; Haus, Häus-."""
    for i, ch in enumerate(word):
        if ch in UMLAUT:
            yield word[:i] + UMLAUT[ch] + word[i + 1:]


def german_noun(word, words):
    """Whether a capitalised word of the German word list is a noun, not a
    proper name: it has a lower-case twin (Essen, essen), a plural (Hof,
    Hofe; Halle, Hallen; Boden, Böden) or is one (Kapellen). German writes
    every noun with a capital, and the list holds place names too
    (Lüneburg, Mailand), which must stay names."""
    if word.lower() in words:
        return True
    if any(word + ending in words for ending in ("e", "en", "n", "nen")):
        return True
    if any(word.endswith(ending) and word[:-len(ending)] in words for ending in ("e", "en", "n")):
        return True
    # (-er plurals only for one syllable, Haus, Häuser: "Mailänder" is the
    # people of Mailand.)
    one_syllable = len(re.findall(r"[aeiouäöüy]+", word.lower())) == 1
    endings = ("", "e", "er") if one_syllable else ("", "e")
    return any(form + ending in words for form in umlauted(word) for ending in endings)


# Words of time a town may be named by ("in March", "by Sunday").
TIME_WORDS = {"january", "february", "march", "april", "may", "june", "july", "august",
              "september", "october", "november", "december", "monday", "tuesday",
              "wednesday", "thursday", "friday", "saturday", "sunday", "christmas",
              "easter", "today", "tonight", "summer", "winter", "spring", "autumn"}


class Screen:
    """Says whether a name may be an alias: not an ordinary word or a person's name."""

    def __init__(self, hand):
        self.words = set()  # folded ordinary words (one-word keys)
        # German nouns, capitalised in every text: "Ende" (end) can be no
        # town's bare name, which a capital could not tell from the noun.
        self.german_nouns = set()
        self.word_set = set()  # their single words, for "every word is a word"
        for path in ["/usr/share/dict/american-english", "/usr/share/dict/french",
                     "/usr/share/dict/ukrainian", "/usr/share/dict/spanish",
                     "/usr/share/dict/italian", "/usr/share/dict/portuguese",
                     "/usr/share/dict/ngerman"]:
            words = Path(path).read_text(encoding="utf-8", errors="replace").split("\n")
            german = path.endswith("ngerman")
            known = set(words) if german else set()
            for word in words:
                if word and (word == word.lower() or (german and german_noun(word, known))):
                    self.words.add(fold(word))
                    self.word_set.update(fold(word))
                if word and german and german_noun(word, known):
                    self.german_nouns.add(fold(word))
        for line in Path("/usr/share/hunspell/ru_RU.dic").read_text(
                encoding="utf-8", errors="replace").splitlines()[1:]:
            word = line.split("/")[0]
            if word and word == word.lower():
                self.words.add(fold(word))
        # Arabic words are listed without the article: المدينة is "the city".
        self.arabic = set()
        for line in Path("/usr/share/hunspell/ar.dic").read_text(
                encoding="utf-8", errors="replace").splitlines()[1:]:
            self.arabic.add(line.split("/")[0])
        self.given = set()  # single words of given names
        for path in sorted(DATA.glob("given-names*.txt")):
            for line in path.read_text(encoding="utf-8").splitlines():
                if not line.startswith("#"):
                    self.words.update(fold(n) for n in line.split())
                    self.given.update(w for n in line.split() for w in fold(n))
        for path in [DATA / "cues" / "place-common-words-de.txt"]:
            for line in path.read_text(encoding="utf-8").splitlines():
                if line and not line.startswith("#"):
                    self.words.add(fold(line))
        self.person_words = hand.person_words
        self.hand = hand
        # Words that head a body's or a place's name ("University", "Union",
        # "Police"): as a town's bare name they would split those names.
        self.heads = set()
        for name in ["organization-heads", "place-heads", "place-facility-heads",
                     "place-region-heads", "event-heads"]:
            for line in (DATA / "cues" / f"{name}.txt").read_text(encoding="utf-8").splitlines():
                if line and not line.startswith("#"):
                    self.heads.add(line.strip())

    def only_a_word(self, name, canonical):
        """Whether a one-word Latin name is left out only for being an ordinary
        word (Cork, Reading, Paisley), no given name, a person's, a word of
        time ("March", a town in Cambridgeshire), a name's head word
        ("University", a town in Florida) or a German noun ("Ende")."""
        key = fold(name)
        if len(key) != 1 or not key[0].isascii() or len(key[0]) < 4 or key[0] in self.given \
                or key[0] in TIME_WORDS or key[0] in self.heads or key in self.german_nouns:
            return False
        owners = self.hand.owners.get(key, set())
        return key in self.words and key[0] not in self.person_words and \
            all(owner == ("place", canonical) for owner in owners)

    def allows(self, name, canonical, as_alias=True):
        key = fold(name)
        if not key or any(c in name for c in ".,،()") or any(c.isdigit() for c in name):
            return False
        if key in self.words or (len(key) == 1 and key[0] in self.person_words):
            return False
        if any(len(w) == 1 and w.isascii() for w in key):
            return False  # "É.-U." would match two loose letters
        if as_alias and len(key) == 2 and "".join(key).isascii() and \
                all(w in self.word_set for w in key):
            return False  # "La Réunion" is also "the meeting"
        if len(key) == 1 and is_arabic(key[0]):
            bare = key[0][2:] if key[0].startswith("ال") else key[0]
            if key[0] in self.arabic or bare in self.arabic:
                return False
        joined = "".join(key)
        if len(joined) < 3 and joined.isascii():
            return False
        if len(joined) <= 2 and all(is_cjk(c) for c in joined):
            return False  # 저지 (Jersey) is "stopping", 江南 a region of China
        if len(joined) <= 3 and is_arabic(joined):
            return False
        owners = self.hand.owners.get(key, set())
        return all(owner == ("place", canonical) for owner in owners)


# ---------------------------------------------------------------- sources

def iso_translations(domain):
    catalogs = {}
    for language in ISO_LANGUAGES:
        path = LOCALE / language / "LC_MESSAGES" / f"{domain}.mo"
        if path.exists():
            with open(path, "rb") as f:
                catalogs[language] = gettext.GNUTranslations(f)._catalog
    return catalogs


def cldr_names(codes):
    """ICU's CLDR region names: code -> list of names, and ICU's version."""
    source = Path(__file__).with_name("cldr_region_names.cpp")
    flags = subprocess.run(["pkg-config", "--cflags", "--libs", "icu-uc", "icu-i18n"],
                           check=True, capture_output=True, text=True).stdout.split()
    with tempfile.TemporaryDirectory() as tmp:
        binary = Path(tmp) / "cldr"
        subprocess.run(["c++", "-O1", "-o", str(binary), str(source)] + flags, check=True)
        version = subprocess.run([binary, "--version"], check=True, capture_output=True,
                                 text=True).stdout.strip()
        out = subprocess.run([binary], input="\n".join(codes) + "\n", check=True,
                             capture_output=True, text=True).stdout
    names = {}
    for line in out.splitlines():
        code, *fields = line.split("\t")
        english, rest = fields[0].split("=", 1)[1].split("|")[0], []
        for field in fields:
            rest.extend(field.split("=", 1)[1].split("|"))
        names[code] = (english, rest)
    return names, version


def plausible(language, name):
    """GeoNames' Japanese names of foreign cities are katakana; one is a stray
    word (Mariupol = 日本語, "Japanese"), so a Japanese name in kanji only is
    trusted for cities of the countries that write kanji."""
    if language != "ja":
        return True
    if any("\u30a0" <= c <= "\u30ff" for c in name):
        return True
    # Kanji alone is trusted with its suffix (江南市, not 江南: a word in Chinese).
    return name[-1:] in ("市", "町", "村", "区") and name != "日本語"


def geonames_cities():
    """index -> (country code, population, {language: name}). A libgeonames city is
    a GVariant whose first member is its GeoNames id, the key of the translations
    in libgeonames-common's geonames.mo catalogs."""
    lib, glib = ctypes.CDLL(GEONAMES), ctypes.CDLL("libglib-2.0.so.0")
    lib.geonames_get_n_cities.restype = ctypes.c_uint
    lib.geonames_get_city.restype = ctypes.c_void_p
    lib.geonames_get_city.argtypes = [ctypes.c_uint]
    for field in ["name", "country_code"]:
        getter = getattr(lib, "geonames_city_get_" + field)
        getter.restype, getter.argtypes = ctypes.c_char_p, [ctypes.c_void_p]
    lib.geonames_city_get_population.restype = ctypes.c_uint
    lib.geonames_city_get_population.argtypes = [ctypes.c_void_p]
    glib.g_variant_get_child_value.restype = ctypes.c_void_p
    glib.g_variant_get_child_value.argtypes = [ctypes.c_void_p, ctypes.c_size_t]
    glib.g_variant_get_string.restype = ctypes.c_char_p
    glib.g_variant_get_string.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
    catalogs = {}
    for language in GEONAMES_LANGUAGES:
        with open(LOCALE / language / "LC_MESSAGES" / "geonames.mo", "rb") as f:
            catalogs[language] = gettext.GNUTranslations(f)._catalog
    cities = {}
    for i in range(lib.geonames_get_n_cities()):
        city = lib.geonames_get_city(i)
        ident = glib.g_variant_get_string(glib.g_variant_get_child_value(city, 0), None).decode()
        names = {"en": lib.geonames_city_get_name(city).decode()}
        for language, catalog in catalogs.items():
            if ident in catalog and plausible(language, catalog[ident]):
                names[language] = catalog[ident]
        cities[i] = (lib.geonames_city_get_country_code(city).decode(),
                     lib.geonames_city_get_population(city), names, ident)
    return cities


def package_version(name):
    return subprocess.run(["dpkg-query", "-W", "-f=${Version}", name], check=True,
                          capture_output=True, text=True).stdout


# ---------------------------------------------------------------- building

class Builder:
    def __init__(self, hand, screen, previous):
        self.hand, self.screen, self.previous = hand, screen, previous
        self.entries = []  # [canonical, kind, country, [aliases], source]
        self.taken = defaultdict(set)  # folded alias -> canonicals, across packaged entries

    def canonical_for(self, source, names, country, kinds, fallback):
        if source in self.previous:
            return self.previous[source]
        return self.hand.place_named(names, country, kinds) or fallback

    def add(self, canonical, kind, country, names, source):
        # A place the hand lists know keeps their kind and country too.
        kind, country = self.hand.places.get(canonical, (kind, country))
        aliases, seen = [], {fold(canonical)}
        for name in names:
            key = fold(name)
            if key in seen or not self.screen.allows(name, canonical):
                continue
            if self.taken[key] - {canonical}:
                continue  # another packaged place has it (bigger city, earlier)
            seen.add(key)
            aliases.append(name)
        for key in seen:
            self.taken[key].add(canonical)
        if aliases or canonical in self.hand.places or \
                self.screen.allows(canonical, canonical, as_alias=False):
            self.entries.append([canonical, kind, country, aliases, source])

    def disambiguated(self, name, country, canonical_taken):
        """A bare name that is a word or another place's gets its country in parentheses."""
        if self.screen.allows(name, name, as_alias=False) and not canonical_taken(name):
            return name
        return f"{name} ({country})"


def main():
    prune = "--prune" in sys.argv[1:]
    hand = HandLists()
    screen = Screen(hand)
    previous = {}
    if OUTPUT.exists():
        for columns in read_tsv(OUTPUT):
            previous[columns[4]] = columns[0]
    builder = Builder(hand, screen, previous)

    countries = json.loads((ISO / "iso_3166-1.json").read_text())["3166-1"]
    cldr, icu_version = cldr_names([c["alpha_2"] for c in countries])
    country_of = {}
    country_names = [fold(n) for c in countries for n in cldr[c["alpha_2"]][1]]
    for c in countries:
        english, names = cldr[c["alpha_2"]]
        names = [english] + [c.get(k) for k in ("common_name", "name", "official_name")
                             if c.get(k) and "," not in c[k]] + names
        source = f"ISO 3166-1 {c['alpha_2']}"
        iso_name = c.get("common_name") or (c["name"] if "," not in c["name"] else english)
        canonical = builder.canonical_for(source, names, None, {"country", "region"}, None)
        if canonical is None:
            canonical = builder.disambiguated(iso_name, "country", lambda n: n in hand.places)
        # "Congo" is part of "Congo - Kinshasa" too: a country's alias that is
        # part of another country's name names neither for sure.
        names = [n for n in names if not any(
            len(other) > len(fold(n)) and contains(other, fold(n)) for other in country_names)]
        # A territory the hand lists file under its country (Réunion, France) lends it.
        country_of[c["alpha_2"]] = hand.places.get(canonical, ("", canonical))[1] or canonical
        builder.add(canonical, "country", canonical, names, source)

    cities = geonames_cities()
    big = sorted(((pop, i) for i, (code, pop, _, _) in cities.items()
                  if pop >= TOWN_POPULATION and code in country_of), reverse=True)
    # A name that GeoNames gives two towns (San Mateo, California and Rizal)
    # names neither for sure: both get their country in parentheses, no alias.
    towns_named = defaultdict(set)
    for i, (_, _, names, _) in cities.items():
        for name in names.values():
            towns_named[fold(name)].add(i)
    canonicals = {e[0] for e in builder.entries} | set(hand.places)
    word_named = set()
    for _, i in big:
        code, population, names, ident = cities[i]
        kind = "city" if population >= POPULATION else "town"
        if kind == "town":
            # A short Cyrillic name meets other words' inflections (Кин, Лола).
            native = NATIVE_TOWN_NAMES.get(code, ("", ()))
            names = {k: v for k, v in names.items() if (k in TOWN_LANGUAGES and
                     not (k in ("ru", "uk") and len(v) < 5)) or
                     (k == native[0] and v.endswith(native[1]) and len(v) >= 3)}
        country = country_of[code]
        english = names["en"]
        ordered = [n for n in names.values() if towns_named[fold(n)] == {i}]
        source = f"GeoNames {ident}"
        canonical = builder.canonical_for(source, [english] + ordered, country, {"city"}, None)
        if canonical is None:
            canonical = builder.disambiguated(
                english, country, lambda n: n in canonicals or len(towns_named[fold(n)]) > 1)
        if canonical != english and canonical not in hand.places:
            ordered = []  # a word's translations are that word too (Derby: ديربي)
        canonicals.add(canonical)
        builder.add(canonical, kind, country, ordered, source)
        # A city or town named by a word (Cork, Split, Paisley) has the word
        # as a town's name: found where the text says it is a place ("in
        # Cork"). The biggest place of the name has it.
        if canonical != english and fold(english) not in word_named and \
                screen.only_a_word(english, canonical):
            word_named.add(fold(english))
            builder.entries.append([canonical, "town", country, [english], source])

    subdivisions = json.loads((ISO / "iso_3166-2.json").read_text())["3166-2"]
    translations = iso_translations("iso_3166-2")
    regions = []
    for s in subdivisions:
        code = s["code"].split("-")[0]
        if "parent" in s or s["type"] not in REGION_TYPES or code not in country_of:
            continue
        names = [s["name"]] + [translations[lang][s["name"]] for lang in ISO_LANGUAGES
                               if lang in translations and s["name"] in translations[lang]]
        english = translations.get("en", {}).get(s["name"], s["name"])
        regions.append((s, country_of[code], [english] + names))
    # A name two subdivisions share (Ash Sharqīyah in Egypt and Saudi Arabia)
    # names neither for sure.
    regions_named = defaultdict(set)
    for s, _, names in regions:
        for name in names:
            regions_named[fold(name)].add(s["code"])
    for s, country, names in regions:
        # A region named as its city is the city in news: leave the name to it.
        if any(fold(n) in towns_named or builder.taken.get(fold(n)) for n in names[:2]) or \
                hand.place_named(names[:2], country, {"city", "country"}):
            continue
        names = [n for n in names if fold(n) not in towns_named and
                 len(regions_named[fold(n)]) == 1]
        if not names or "," in names[0]:
            continue  # "Severnaja Osetija, Respublika": no name news would write
        source = f"ISO 3166-2 {s['code']}"
        canonical = builder.canonical_for(source, names, country, {"region"}, None)
        if canonical is None:
            canonical = builder.disambiguated(names[0], country, lambda n: n in canonicals)
        canonicals.add(canonical)
        builder.add(canonical, "region", country, names, source)

    write(builder.entries, icu_version)
    if prune:
        prune_hand_lists(builder.entries)


def write(entries, icu_version):
    versions = {p: package_version(p) for p in ("iso-codes", "libgeonames0")}
    header = [
        "# newsdex gazetteer: places from maintained packages; written by",
        "# scripts/data/places-packaged.py, do not edit by hand (edit the hand lists,",
        "# or the script, and run it again). Sources:",
        f"#   iso-codes {versions['iso-codes']} (ISO 3166-1 countries, ISO 3166-2 first-level",
        "#     subdivisions and their translations; LGPL-2.1+)",
        f"#   ICU {icu_version} CLDR region names in the nine languages (Unicode licence)",
        f"#   libgeonames0 / libgeonames-common {versions['libgeonames0']}: GeoNames cities of",
        f"#     at least {POPULATION:,} people and their translations (CC BY 4.0, geonames.org);",
        f"#     kind town: {TOWN_POPULATION:,} to {POPULATION:,} people, Latin and Cyrillic names",
        "#     (and the town's own country's name with its suffix: 鶴岡市, 남원시); and the",
        "#     bare name of a city named by a word (Cork), found only where the text",
        "#     says it is a place",
        "# A place the hand lists know keeps their canonical name. Aliases that are",
        "# ordinary words, given names or names of another entity are left out.",
        "# canonical<TAB>kind<TAB>country<TAB>aliases (| separated)<TAB>source",
    ]
    lines = ["\t".join([c, k, country, "|".join(a), s]) for c, k, country, a, s in entries]
    OUTPUT.write_text("\n".join(header + lines) + "\n", encoding="utf-8")
    print(f"{OUTPUT}: {len(entries)} places", file=sys.stderr)


def prune_hand_lists(entries):
    packaged = defaultdict(set)
    for canonical, _, _, aliases, _ in entries:
        packaged[canonical].update(fold(a) for a in aliases)
        packaged[canonical].add(fold(canonical))
    removed = 0
    for path in sorted(DATA.glob("places*.tsv")):
        if path == OUTPUT:
            continue
        out = []
        for line in path.read_text(encoding="utf-8").splitlines():
            columns = line.split("\t")
            if line.startswith("#") or len(columns) < 4 or columns[0] not in packaged:
                out.append(line)
                continue
            kept = [a for a in columns[3].split("|") if a and fold(a) not in packaged[columns[0]]]
            removed += len([a for a in columns[3].split("|") if a]) - len(kept)
            columns[3] = "|".join(kept)
            out.append("\t".join(columns))
        path.write_text("\n".join(out) + "\n", encoding="utf-8")
    print(f"pruned {removed} hand aliases that the packages carry", file=sys.stderr)


if __name__ == "__main__":
    main()
