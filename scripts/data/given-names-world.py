#!/usr/bin/env python3
"""Write entities/data/given-names-world.txt from the first-name lists
of faker (@faker-js/faker, MIT licence), screened for newsdex.

Run once by a developer, not by the build:
    mkdir /tmp/fk && cd /tmp/fk && npm install @faker-js/faker@9
    node -e "import('@faker-js/faker').then(({allLocales}) => { const o = {};
      for (const [l, d] of Object.entries(allLocales)) if (d.person) o[l] =
      [d.person.first_name].flat().flatMap(v => v && typeof v == 'object' &&
      !Array.isArray(v) ? Object.values(v).flat() : v || []);
      console.log(JSON.stringify(o)); })" > names.json
    scripts/data/given-names-world.py /tmp/fk/names.json

Screening, so that a name is not also an ordinary capitalised word:
- Latin or Cyrillic script, one word, three letters or more;
- not already in given-names.txt;
- not a lower-case word in the Debian word lists (wamerican, wfrench,
  wukrainian, wngerman): "Hope", "Summer", "Aimee" (French "aimée") go;
- not a one-word name in the gazetteers (a place, an organisation):
  "Georgia", "Adelaide", "Kenya" go;
- a capitalised German noun stays only if two or more locales list the
  name ("Arnold" stays, "Apollo" goes);
- not a month, weekday or nationality (the list below).
"""
import glob, json, os, re, sys, unicodedata
from collections import defaultdict

ROOT = os.path.join(os.path.dirname(__file__), "..", "..")
DATA = os.path.join(ROOT, "entities", "data")
NOT_NAMES = """april august june july may march january february october november
december september monday tuesday wednesday thursday friday saturday sunday mai juni
juli avril mars janvier german germán english french irish india indian china chinese
american russian african arab arabic dutch swiss islam christmas easter iran""".split()


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFD", s.lower())
                   if unicodedata.category(c) != "Mn")


def words_of(path, keep):
    with open(path, encoding="utf-8", errors="ignore") as f:
        return {fold(w.strip()) for w in f if w.strip() and keep(w.strip())}


def gazetteer_words():
    names = set()
    for path in glob.glob(os.path.join(DATA, "*.tsv")):
        for line in open(path, encoding="utf-8"):
            if line.startswith("#"):
                continue
            cols = line.rstrip("\n").split("\t")
            aliases = cols[-1].split("|") if len(cols) > 2 else []
            names.update(fold(n) for n in [cols[0]] + aliases if n and " " not in n)
    return names


def main(source):
    by_locale = json.load(open(source, encoding="utf-8"))
    existing = set()
    for line in open(os.path.join(DATA, "given-names.txt"), encoding="utf-8"):
        if not line.startswith("#"):
            existing.update(fold(w) for w in line.split())
    lower = set()
    for name in ["american-english", "french", "ngerman", "ukrainian"]:
        lower |= words_of("/usr/share/dict/" + name, lambda w: w[0].islower())
    nouns = words_of("/usr/share/dict/ngerman", lambda w: w[0].isupper())
    gazetteer = gazetteer_words() | set(NOT_NAMES)
    word = re.compile(r"^([A-ZÀ-ÖØ-ÞĀ-ſƀ-ɏḀ-ỿ][a-zß-öø-ÿĀ-ſƀ-ɏḀ-ỿ'’-]+"
                      r"|[А-ЯЁЄІЇҐЃЌЅЈЉЊЋЏ][а-яёєіїґѓќѕјљњћџ'’-]+)$")
    locales, spelling = defaultdict(set), {}
    for locale, names in by_locale.items():
        for name in names["first"] if isinstance(names, dict) else names:
            name = name.strip()
            if word.match(name) and len(name) >= 3:
                locales[fold(name)].add(locale)
                spelling.setdefault(fold(name), name)
    kept = defaultdict(list)
    for key, where in locales.items():
        if key in existing or key in lower or key in gazetteer:
            continue
        if key in nouns and len(where) < 2:
            continue
        kept[min(where)].append(spelling[key])
    out = open(os.path.join(DATA, "given-names-world.txt"), "w", encoding="utf-8")
    out.write(HEADER)
    for locale in sorted(kept):
        out.write(f"\n# {locale}\n")
        names = sorted(kept[locale])
        for i in range(0, len(names), 12):
            out.write(" ".join(names[i:i + 12]) + "\n")
    print(sum(len(v) for v in kept.values()), "names")


HEADER = """# newsdex: more given (first) names, from many languages, for finding people
# no gazetteer lists. Read like given-names.txt (white space separated, # for
# comments; matching ignores case and diacritics).
# Source: the first-name lists of faker (https://github.com/faker-js/faker,
# MIT licence, copyright Faker contributors), screened by
# scripts/data/given-names-world.py so that no name is an ordinary word, a
# place or an organisation. Grouped by the first
# faker locale that lists the name.
"""

if __name__ == "__main__":
    main(sys.argv[1])
