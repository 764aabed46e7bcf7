#!/usr/bin/env python3
"""Writes entities/data/cues/korean-words-like-names.txt from hunspell-ko.

A Korean story names most people by three syllables: a family name and a
two-syllable given name. The lists (entities/data/name-parts.txt) know only
a few hundred given names, so the extractor also takes a given name whose
first and second syllables each begin or end a listed given name (the
syllable model). Ordinary words fit that model too ("목소리", voice): this
script lists the three-syllable words of the Korean dictionary that do, so
the extractor can turn them away. Only those words are written (a thousand
or so, not the dictionary's 100,000).

Run by hand (not at build time), then commit its output:

  apt-get install hunspell-ko
  python3 scripts/data/korean-words.py
"""
import subprocess
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DIC = Path("/usr/share/hunspell/ko.dic")
OUT = ROOT / "entities/data/cues/korean-words-like-names.txt"


def name_parts(kind):
    words = []
    for line in (ROOT / "entities/data/name-parts.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith(kind + "\t"):
            words += line.split("\t", 1)[1].split()
    return words


def hangul(word):
    return all("\uac00" <= ch <= "\ud7a3" for ch in word)


def main():
    surnames = set(name_parts("ko-surname"))
    given = [g for g in name_parts("ko-given") if len(g) == 2]
    first = {g[0] for g in given}
    second = {g[1] for g in given}
    words = set()
    # The dictionary stores its words decomposed into jamo (NFD).
    for line in DIC.read_text(encoding="utf-8").splitlines()[1:]:
        word = unicodedata.normalize("NFC", line.split("/", 1)[0].strip())
        if (len(word) == 3 and hangul(word) and word[0] in surnames and word[1] in first
                and word[2] in second):
            words.add(word)
    version = subprocess.run(["dpkg-query", "-W", "-f=${Version}", "hunspell-ko"],
                             capture_output=True, text=True).stdout.strip() or "unknown"
    header = (
        "# Three-syllable Korean words that look like a family name and a given name\n"
        "# (a listed family name, then syllables that open and close listed given\n"
        "# names) but are words: the extractor does not take them for people.\n"
        "# Written by scripts/data/korean-words.py from hunspell-ko " + version + "\n"
        "# (/usr/share/hunspell/ko.dic; MPL-1.1 or GPL-2+ or LGPL-2.1+); do not edit by hand.\n")
    OUT.write_text(header + "".join(w + "\n" for w in sorted(words)), encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(words)} words")


if __name__ == "__main__":
    main()
