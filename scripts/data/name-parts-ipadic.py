#!/usr/bin/env python3
"""Write entities/data/name-parts-ipadic.txt: Japanese family and given
names from the Debian package mecab-ipadic (the IPA dictionary for MeCab).

Run once by a developer, not by the build (apt-get install mecab-ipadic):
    scripts/data/name-parts-ipadic.py [/usr/share/mecab/dic/ipadic]

The dictionary's Noun.name.csv (EUC-JP) tags 13,021 words 人名,姓 (family
name). Kept: those of two or three kanji that the dictionary does not also
list as an ordinary noun (中央 and 大手 are family names too), so a word before a title reads as a family name only when it is
one ("麻生太郎財務相", "花角英世知事"). Places' names stay: most family names
are places' too (麻生, 岸田), and a place the lists know is found first. One-kanji family names (林, 森, 東)
are words as often as names: name-parts.txt keeps the common ones.
Given names (人名,名: 18,986) are screened the same way: a listed family
name and given name are a name before a long title ("清水洋介地震津波監視課長").
"""
import glob, os, sys, unicodedata

ROOT = os.path.join(os.path.dirname(__file__), "..", "..")
OUT = os.path.join(ROOT, "entities", "data", "name-parts-ipadic.txt")
HEADER = """# newsdex: Japanese family and given names (ja-surname, ja-given), from
# mecab-ipadic 2.7.0-20070801 (Debian package mecab-ipadic, file
# Noun.name.csv, entries 名詞,固有名詞,人名,姓 and 名), screened and written by
# scripts/data/name-parts-ipadic.py: two or three kanji, none the
# dictionary also lists as an ordinary noun (places' names stay).
#
# Copyright 2000, 2001, 2002, 2003 Nara Institute of Science
# and Technology.  All Rights Reserved.
#
# Use, reproduction, and distribution of this software is permitted.
# Any copy of this software, whether in its original form or modified,
# must include both the above copyright notice and the following
# paragraphs.
#
# Nara Institute of Science and Technology (NAIST),
# the copyright holders, disclaims all warranties with regard to this
# software, including all implied warranties of merchantability and
# fitness, in no event shall NAIST be liable for
# any special, indirect or consequential damages or any damages
# whatsoever resulting from loss of use, data or profits, whether in an
# action of contract, negligence or other tortuous action, arising out
# of or in connection with the use or performance of this software.
#
# A large portion of the dictionary entries
# originate from ICOT Free Software.  The following conditions for ICOT
# Free Software applies to the current dictionary as well.
#
# Each User may also freely distribute the Program, whether in its
# original form or modified, to any third party or parties, PROVIDED
# that the provisions of Section 3 ("NO WARRANTY") will ALWAYS appear
# on, or be attached to, the Program, which is distributed substantially
# in the same form as set out herein and that such intended
# distribution, if actually made, will neither violate or otherwise
# contravene any of the laws and regulations of the countries having
# jurisdiction over the User or the intended distribution itself.
#
# NO WARRANTY
#
# The program was produced on an experimental basis in the course of the
# research and development conducted during the project and is provided
# to users as so produced on an experimental basis.  Accordingly, the
# program is provided without any warranty whatsoever, whether express,
# implied, statutory or otherwise.  The term "warranty" used herein
# includes, but is not limited to, any warranty of the quality,
# performance, merchantability and fitness for a particular purpose of
# the program and the nonexistence of any infringement or violation of
# any right of any third party.
#
# Each user of the program will agree and understand, and be deemed to
# have agreed and understood, that there is no warranty whatsoever for
# the program and, accordingly, the entire risk arising from or
# associated with the program is borne by the user of the program.
#
# Neither the program's copyright holders nor ICOT shall be liable for
# any damages, including direct, indirect, special, incidental and
# consequential damages or any other damages arising from the user's use
# of the program or any other dealing with the program or any part
# thereof.
"""


def rows(path):
    with open(path, encoding="euc_jp", errors="replace") as f:
        for line in f:
            yield line.rstrip("\n").split(",")


def kanji(word):
    return all(unicodedata.name(ch, "").startswith("CJK UNIFIED IDEOGRAPH") or ch in "々ヶ"
               for ch in word)


def main(folder):
    names = list(rows(os.path.join(folder, "Noun.name.csv")))
    surnames = {r[0] for r in names if r[7] == "姓"}
    given = {r[0] for r in names if r[7] == "名"}
    # Words of the other kinds; places and bodies stay, since most family
    # names are places' names too (麻生, 岸田), and a place the lists know
    # is found before a name is looked for.
    words = set()
    for path in glob.glob(os.path.join(folder, "*.csv")):
        if os.path.basename(path) in ("Noun.name.csv", "Noun.place.csv", "Noun.org.csv"):
            continue
        words.update(r[0] for r in rows(path))
    kept = sorted(s for s in surnames if 2 <= len(s) <= 3 and kanji(s) and s not in words)
    kept_given = sorted(g for g in given if 2 <= len(g) <= 3 and kanji(g) and g not in words)
    with open(OUT, "w", encoding="utf-8") as out:
        out.write(HEADER + "\n")
        for key, part in (("ja-surname", kept), ("ja-given", kept_given)):
            for i in range(0, len(part), 30):
                out.write(key + "\t" + " ".join(part[i:i + 30]) + "\n")
    print(f"{len(surnames)} family names, {len(kept)} kept; {len(given)} given names, "
          f"{len(kept_given)} kept -> {OUT}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/mecab/dic/ipadic")
