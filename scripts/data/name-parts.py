#!/usr/bin/env python3
"""Write entities/data/name-parts.txt: the surnames and given names
that find people in Korean, Japanese, Chinese and Arabic text, where names
carry no capital letter.

Run once by a developer, not by the build, on the names.json that
scripts/data/given-names-world.py documents (faker's lists, MIT licence):
    scripts/data/name-parts.py /tmp/fk/names.json

- ko-surname, ko-given: faker's Korean family names and two-syllable given
  names;
- ja-surname: faker's 500 Japanese family names (kanji);
- zh-surname: the 100 commonest Chinese family names, in simplified and
  traditional script (written here; faker's simplified list holds every
  rare name of the Hundred Family Surnames, like 不 and 之, which are words);
- ar-given, ar-surname: faker's Arabic given and family names, and
  common women's given names (written here: faker's list has ten) and men's
  given names it lacks (Youssef, Hussein, Abdullah, Saud, George); the
  given names that are also common words (hope, light, happy, ...) are
  in cue arabic-given-names-also-words as well.
"""
import json, os, sys

ROOT = os.path.join(os.path.dirname(__file__), "..", "..")
OUT = os.path.join(ROOT, "entities", "data", "name-parts.txt")
ZH_SURNAMES = """王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐 许 韩
冯 邓 曹 彭 曾 肖 田 董 袁 潘 于 蒋 蔡 余 杜 叶 程 苏 魏 吕 丁 任 沈 姚 卢 姜 崔 钟 谭 陆 汪 范 金
石 廖 贾 夏 韦 傅 方 白 邹 孟 熊 秦 邱 江 尹 薛 闫 段 雷 侯 龙 史 陶 黎 贺 顾 毛 郝 龚 邵 万 钱 严 覃
武 戴 莫 孔 向 汤 习 温 欧阳 司马 诸葛 上官""".split()
# Arabic given names that are also everyday words.
AR_WOMEN = """فاطمة مريم زينب عائشة خديجة سارة ليلى سلمى رانيا دينا لينا رنا رشا هالة
سهى نجلاء لمى ياسمين نادية سميرة سعاد نوال سوسن عبير ميساء رزان شيماء غادة نسرين نهى
هيفاء كوثر سناء منال رحاب نجوى ريهام إسراء جنى تسنيم روان لبنى فدوى حلا""".split()
# Common men's given names faker's list lacks (it has 480, not Youssef).
AR_MEN = """يوسف يونس يعقوب يزيد عبدالله عبدالرحمن عبدالعزيز عبدالكريم عبدالمجيد عبدالقادر
عبدالحميد عبداللطيف عبدالرحيم عبدالسلام عبدالفتاح سلطان حسين عمرو إسماعيل موسى عيسى إدريس
زكريا سليمان داود هارون بكر طه أيوب إلياس سعود تامر عصام نايف زيد عوض إبراهيم أنور بشير
خليفة زايد مشعل نواف ثامر لؤي قصي مقتدى حيدر جواد باقر نبيه صائب ماهر عزت معمر قابوس
فايز بطرس جبران سمعان نقولا أنطوان شربل إيلي حنا""".split()
AR_WORDS = set("أمل نور سعيد جميل كريم أمين أمان بدر حسن صالح سالم فاضل كامل منير".split())
HEADER = """# newsdex: surnames and given names for finding people in scripts without
# capital letters. One key per line, a TAB, then names separated by spaces;
# a key may come on several lines. Written by scripts/data/name-parts.py from
# faker's name lists (https://github.com/faker-js/faker, MIT licence,
# copyright Faker contributors) and, for zh-surname and the Arabic given
# names faker lacks, from common knowledge.
# ko-surname + ko-given: 김 + 민준 = 김민준 (one word, particles after it)
# ja-surname: 田中 in 田中健太郎氏 (a title or honorific must follow)
# zh-surname: 刘 in 发言人刘振华表示 (a title before or a verb of speech after)
# ar-given + ar-surname or al-: أحمد الشريف
"""


def lines(key, names, per_line=30):
    names = sorted(dict.fromkeys(n.strip() for n in names if n.strip() and " " not in n.strip()))
    return [f"{key}\t{' '.join(names[i:i + per_line])}" for i in range(0, len(names), per_line)]


def main(source):
    d = json.load(open(source, encoding="utf-8"))
    ko_given = [n for n in d["ko"]["first"] if len(n) == 2]
    ja = d["ja"]["last"]
    zh = ZH_SURNAMES + d["zh_TW"]["last"]
    ar_given = d["ar"]["first"] + AR_WOMEN + AR_MEN + AR_WORDS
    out = [HEADER.rstrip("\n")]
    for key, names in [("ko-surname", d["ko"]["last"]), ("ko-given", ko_given),
                       ("ja-surname", ja), ("zh-surname", zh), ("ar-given", ar_given),
                       ("ar-surname", d["ar"]["last"])]:
        out.append("")
        out += lines(key, names)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main(sys.argv[1])
