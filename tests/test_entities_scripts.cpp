#define BOOST_TEST_MODULE entities_scripts
// Entity extraction in Cyrillic, Arabic, Chinese, Japanese and Korean text
// on the small gazetteer of entities_fixture.hpp: the rules for unlisted
// names, case forms, and words that look like names.
#include <boost/test/unit_test.hpp>

#include "entities_fixture.hpp"

using namespace newsdex;
using namespace newsdex::entities_test;
using entities::EntityType;

BOOST_AUTO_TEST_CASE(rules_for_unlisted_names_in_other_scripts) {
    const MentionCase cases[] = {
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
        // A Korean title further on: past a body's name or "전" (former),
        // at the end of a compound title, past an age in brackets; names
        // listed before a titled one; a role written before the name. Not
        // a family name with a title ("김대표"), nor a word that ends like
        // a loanword ("김스트").
        {"",
         "김병세 외교부 장관과 만났다. 박이승, 김정수, 박대중 전 대통령을 봤다. 김경표(25)씨가 "
         "왔다. 배우 박지민이 웃었다. 김대표가 의장으로 됐다. 박민수 부장판사가 봤다. 김요스 "
         "외교부 장관과",
         "ko",
         {"person:김병세", "organization:외교부", "person:박이승", "person:김정수", "person:박대중",
          "person:김경표", "person:박지민", "person:박민수", "organization:외교부"}},
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
        // A dictionary word that reads as a family name and a listed given
        // name ("연예인", entertainer: 연 + 예인) is no name without a title.
        {"", "연예인 김태희 씨가 왔다. 현지인이 말했다.", "ko", {"person:김태희"}},
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
        // A preposition the dictionary glues onto the word before (事由 in
        // 赛事由, 曾在) or a verb (经) ends the name's run back.
        {"",
         "本届赛事由中国田径协会主办。赛道途经厦门大学。",
         "zh",
         {"organization:中国田径协会", "organization:厦门大学"}},
        // A body's word the analyser writes with the words before it, and
        // a branch joined to its body; Chinese reports name a person by the
        // family name and 某 (not 某些, some); after a title, a name may run
        // over a listed place ("记者刘黄河", no Yellow River) and what
        // follows it may be any small word ("当天").
        {"",
         "中国农业大学附属研究所和中国农业大学深圳分公司。主犯刘某伙同徐某某作案，对于某些人。"
         "发言人沈宁当天说。",
         "zh",
         {"organization:中国农业大学附属研究所", "organization:中国农业大学深圳分公司",
          "person:刘某", "person:徐某某", "person:沈宁"}},
        // Japanese: a listed family and given name before a long title; a
        // foreign name in katakana with its middle dot before an honorific.
        {"",
         "気象庁の森健太地震津波監視課長は述べた。エマ・ウィルソンさんは話した。",
         "ja",
         {"organization:気象庁", "person:森健太", "person:エマ・ウィルソン"}},
        // A Korean company named in quotes after a word for its kind; a
        // foreign name of two words between a body's 의 and a title.
        {"",
         "몽골 여행사 '노마드 스텝'의 바트바야르 간바트 대표는 웃었다.",
         "ko",
         {"organization:노마드 스텝", "person:바트바야르 간바트"}},
        // Temples, stations, airports by the word for them; not a
        // determiner ("各駅", every station) or a verb before ("位于").
        {"", "清水寺と銀閣寺は混雑。各駅で案内した。", "ja", {"place:清水寺", "place:銀閣寺"}},
        {"", "少林寺位于登封。该机场关闭。", "zh", {"place:少林寺"}},
        // A facility's word the analyser splits ("大" "桥"); not "a bridge".
        {"",
         "经演武大桥。乌沙河特大桥通车。一座大桥建成。",
         "zh",
         {"place:演武大桥", "place:乌沙河特大桥"}},
        // A province's bureau or corps.
        {"", "江苏森林消防总队赶到。", "zh", {"organization:江苏森林消防总队"}},
        // An unlisted county and a town in it, and a town joined to that
        // one; a county alone is not enough.
        {"",
         "洱源县牛街乡与邓川镇交界。该县乡镇干部到场。",
         "zh",
         {"place:洱源县", "place:牛街乡", "place:邓川镇"}},
        {"", "중문관광단지 호텔과 국제공항이 붐빈다.", "ko", {"place:중문관광단지"}},
        // A Korean city without its suffix before a particle of place; the
        // word alone is a pearl.
        {"", "진주에서 축제가 열렸다. 진주 목걸이를 샀다.", "ko", {"place:Jinju"}},
        // ...before a noun of place, or beside a place in a list joined by '·'.
        {"", "진주 시민들이 모였다. 진주 목걸이를 샀다.", "ko", {"place:Jinju"}},
        {"", "서울·진주 노선이 생겼다.", "ko", {"place:Seoul", "place:Jinju"}},
        // ...or by "and"; a province's short name before a place in it; a
        // township after its city; a road by its word.
        {"", "진주와 서울의 극장.", "ko", {"place:Jinju", "place:Seoul"}},
        {"",
         "경기 진주시 옥포동에서는 서울양양고속도로가 막혔다. 경기가 끝났다.",
         "ko",
         {"place:Gyeonggi", "place:Jinju", "place:옥포동", "place:서울양양고속도로"}},
        // Korean reports name a person by the family name and 모 with an
        // age or 씨 (not 이모, an aunt).
        {"", "총책 김모(45)씨와 박모씨가 이모와 갔다.", "ko", {"person:김모", "person:박모"}},
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
        // A government office whose remit is "X and Y" (和 inside), after
        // its province or 国家; not two places joined by 和.
        {"",
         "四川省文化和旅游厅发布通知。国家林业和草原局表示。北京和上海的居民。",
         "zh",
         {"organization:四川省文化和旅游厅", "organization:国家林业和草原局", "place:Beijing",
          "place:Shanghai"}},
        // A city GeoNames names in English only, by its pinyin: before 市
        // or 区, three characters alone, joined by "and" to a place; not a
        // word before 区 (社区) or a verb after a place (温州接受, Jieshou).
        {"",
         "雅安市的熊猫。北碚区居民说。兴仁至六盘水。社区居民。在温州接受治疗。温州和安康。",
         "zh",
         {"place:Ya'an", "place:Beibei", "place:Liupanshui", "place:Wenzhou", "place:Wenzhou",
          "place:Ankang"}},
        // Korean companies no list has: after a word for a kind of company
        // (three syllables or more: not "회사 직원"), between a person and
        // the title of a company's head; not a title ("CEO 김태훈 사장").
        {"",
         "반도체 설계업체 누리테크가 계약했다. 회사 직원이 말했다. 김태훈 한빛리사이클 대표는 "
         "웃었다. CEO 김태훈 사장이 왔다.",
         "ko",
         {"organization:누리테크", "person:김태훈", "organization:한빛리사이클", "person:김태훈"}},
        // Japanese companies by their legal form, before or after the name
        // (kept in the name, as the official name has it), and by a head
        // office in parentheses; a company's ending (精機),
        // the longest one (電機製作所); never a verb ("考える製薬").
        {"",
         "株式会社ミナト電子は発表した。アオバ株式会社の社長。部品メーカー、ヴァイス・アントリープ"
         "（本社シュツットガルト）を買収。中部精機と正興電機製作所。考える製薬。",
         "ja",
         {"organization:株式会社ミナト電子", "organization:アオバ株式会社",
          "organization:ヴァイス・アントリープ", "organization:中部精機",
          "organization:正興電機製作所"}},
        // A city without its 市 on a journey, "X から Y まで", beside a
        // place; not alone.
        {"",
         "新幹線が金沢から福島まで延伸された。金沢は晴れ。",
         "ja",
         {"place:Kanazawa", "place:Fukushima"}},
        // Courts by their short names after the city; a company's name in
        // quotes after its legal form, kana and all.
        {"",
         "大阪地裁は判決を出した。運送会社「株式会社みちのく運輸」で働いた。「株式会社にすべきだ」"
         "と"
         "述べた。",
         "ja",
         {"organization:大阪地裁", "organization:株式会社みちのく運輸"}},
        // A prefecture with its suffix the analyser split off is one
        // mention; in an address a ward whose name a foreign place has is
        // the ward (台東区, not Taiwan's Taitung).
        {"",
         "福島県へ運ぶ。大阪府台東区の博物館。",
         "ja",
         {"place:Fukushima Prefecture", "place:Osaka", "place:台東区"}},
        // A Japanese address's smaller places after a city or ward: a name
        // and its suffix, a district's name with ケ or ノ before の; not a
        // particle ("と刈羽村").
        {"",
         "千葉市北区の会社。千葉市千駄ケ谷の店。千葉市と刈羽村。",
         "ja",
         {"place:Chiba", "place:北区", "place:Chiba", "place:千駄ケ谷", "place:Chiba",
          "place:刈羽村"}},
        // Digits or a listed exception after a city are no ward.
        {"", "千葉市24区の人口。千葉市各区の予算。", "ja", {"place:Chiba", "place:Chiba"}},
        // Japanese hospitals, police stations and coast guard offices; the
        // longest word for a body (保安部, not 部 after a place); a Chinese
        // hospital only after a place, and a name of two characters at least.
        {"",
         "因島総合病院に搬送。湯沢警察署によると。尾道海上保安部は。",
         "ja",
         {"organization:因島総合病院", "organization:湯沢警察署", "organization:尾道海上保安部"}},
        // A university's hospital is one body with it; a prefecture's
        // hospital keeps a word that opens no name (中央) after 県立; a
        // listed given name ends before a title (准教授, not 准 + 教授).
        {"",
         "医科大学附属病院に搬送。県立中央病院の医師。田中健太准教授が発表した。",
         "ja",
         {"organization:医科大学附属病院", "organization:県立中央病院", "person:田中健太"}},
        // A company's unknown name the analyser reads as single characters
        // runs back to its province over more than six of them; a word of
        // time or a verb opens no facility's or body's name.
        {"",
         "四川楚天跨境电商有限公司表示。目前机场已开通。过去公司亏损。支持北京机场建设。",
         "zh",
         {"organization:四川楚天跨境电商有限公司", "place:北京机场"}},
        // Two bodies joined by 和 stay two.
        {"",
         "由国家体育总局和四川省人民政府主办。",
         "zh",
         {"organization:国家体育总局", "organization:四川省人民政府"}},
        {"", "先保居民、保医院。送往指定医院。", "zh", {}},
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
        // A body's name runs over for-X the-Y and over a chain of and-the-X;
        // a company's name may be any word, with its legal form after it;
        // not li- before a verb.
        {"",
         "وأعلن المعهد الوطني لحماية النباتات أن شركة تلال للإنتاج ذ.م.م تعاقدت مع هيئة "
         "الزكاة والضريبة والجمارك. وأقام مستشفى ميداني ليقدم الخدمات.",
         "ar",
         {"organization:المعهد الوطني لحماية النباتات", "organization:شركة تلال للإنتاج ذ.م.م",
          "organization:هيئة الزكاة والضريبة والجمارك", "organization:مستشفى ميداني"}},
        // After a title, a given name that is also a word (فارس, a knight)
        // and the rest of the name found already are one person.
        {"", "وقال الدكتور فارس علي الشريف إن الخطة جيدة.", "ar", {"person:فارس علي الشريف"}},
        // A ministry's remit "X and Y" closes its name; a relative
        // pronoun does not ("والذي", and which).
        {"",
         "قالت وزارة التراث والسياحة إن الموسم جيد. بيان وزارة المالية والذي صدر أمس.",
         "ar",
         {"organization:وزارة التراث والسياحة", "organization:وزارة المالية"}},
        // "عمان" is Amman with its shadda, and as the story's other words
        // say (Jordan or the Gulf); undecided, it is left alone.
        {"", "عمّان - وصل الوفد إلى عمان.", "ar", {"place:Amman"}},
        {"", "وصل الوفد إلى عمان لزيارة الأردن.", "ar", {"place:Amman"}},
        {"", "وصل الوفد إلى مسقط، عاصمة عمان.", "ar", {"place:Oman"}},
        {"", "وصل الوفد إلى عمان.", "ar", {}},
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
        // A body named after a person by a title and a name, or after a
        // person found already; a person's name running past it is none.
        {"",
         "وتصدرت جامعة الملك أحمد القائمة ودخلت جامعة القديس يوسف قائمة. ومكتبة علي بن "
         "أحمد.",
         "ar",
         {"organization:جامعة الملك أحمد", "organization:جامعة القديس يوسف",
          "organization:مكتبة علي بن أحمد"}},
        // A port or a border crossing with its word; not "an international
        // airport" nor "a port for containers".
        {"",
         "عبر منفذ النويصيب وميناء الشويخ. مطار دولي وميناء للحاويات.",
         "ar",
         {"place:منفذ النويصيب", "place:ميناء الشويخ"}},
        // A club's Hangul name is the word joined to "FC", not the clause
        // before it; "경기당" (per match) is no party (당).
        {"",
         "리그에 새로 참가하는 용인FC가 출범했다. 관중 목표를 경기당 8천 명으로 잡았다.",
         "ko",
         {"organization:용인FC"}},
        // Korean: a city without 시 in a list with commas beside a place;
        // a city's ward (구) right after the city; not "연구" (research).
        {"",
         "시설은 진주, 서울 등에 있다. 진주시 처인구 주민이 왔다. 연구 결과가 나왔다. 서울 "
         "지역구 의원이 왔다. 한국 출입구에 섰다.",
         "ko",
         {"place:Jinju", "place:Seoul", "place:Jinju", "place:처인구", "place:Seoul",
          "place:South Korea"}},
        // An Arabic dateline: the place, the agency in parentheses, a dash;
        // not a sentence's first words before a parenthesis.
        {"", "الجديدة (ومع) - استقبل الميناء السفن.", "ar", {"place:الجديدة", "organization:ومع"}},
        {"", "قال المتحدث (في بيان) إن الميناء مغلق.", "ar", {}},
        // A wilaya is named with its word, by a listed place's name or as
        // written; not a term of office ("الولاية الثانية").
        {"",
         "في ولاية ثمريت وولاية سوسة. خلال الولاية الثانية للرئيس.",
         "ar",
         {"place:ولاية ثمريت", "place:ولاية سوسة"}},
        // A name does not end in "عبد" or "أبو"; "أبو" before a given name.
        {"",
         "وقالت الباحثة نادين عبد الساتر إن. وحضر أبو أحمد الشريف.",
         "ar",
         {"person:نادين عبد الساتر", "person:أبو أحمد الشريف"}},
        // Each "bin" and the next father; a speaker before a role with no
        // article; a foreign surname with s- after a listed given name.
        {"",
         "وحضر الأمير بدر بن عبدالله بن فرحان الافتتاح",
         "ar",
         {"person:بدر بن عبدالله بن فرحان"}},
        {"", "وقال ريناتو سوليدام رئيس المعهد", "ar", {"person:ريناتو سوليدام"}},
        {"", "وسجل لويس ساها الهدف. وقال اليكس سيكون صعبا.", "ar", {"person:لويس ساها"}},
        {"", "وصل عبد الرحمن الراشد أمس", "ar", {"person:عبد الرحمن الراشد"}},
        // A listed given name before a family name without the article; not
        // a given name that is a word before another ("يزيد عدد", the
        // number increases), nor before a word that is no name ("أحمد ماذا").
        {"",
         "وضمت القائمة أحمد زنجا. يزيد عدد السكان. سأل أحمد ماذا حدث.",
         "ar",
         {"person:أحمد زنجا"}},
        // A title whose qualifiers run on with and-al- ("وزير السياحة
        // والآثار"), then a name, with a family name after an unlisted
        // given name; a name before its role after a comma; a speaker.
        {"",
         "وأكد وزير السياحة والآثار نبيل عيسى أن المتحف جاهز. وقال الخبير كريم العمراني "
         "إن التضخم تراجع. وقالت هالة نصار، مديرة المعهد، إن الدراسة انتهت. وأوضح نديم "
         "برناوي أن الفرق تدخلت.",
         "ar",
         {"person:نبيل عيسى", "person:كريم العمراني", "person:هالة نصار", "person:نديم برناوي"}},
        // After a title: a foreign name in alef madda and lam ("آلان",
        // Alain) is no word with the article; a monarch's or pope's regnal
        // number is part of the name; "آلاف" (thousands) is no name.
        {"",
         "وقال الجنرال الفرنسي آلان بيللغريني إن الاتفاق صامد. واستقبل الملك كريم الثاني "
         "الوفد. وزار البابا بنديكت السادس عشر المدينة. وصرف الخبير آلاف الدولارات.",
         "ar",
         {"person:آلان بيللغريني", "person:كريم الثاني", "person:بنديكت السادس عشر"}},
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
        // After a title: "عبد" and a name of God, then a family name; a
        // given name written with the article; a name runs on through
        // "آل" (the house of) and the family's name.
        {"",
         "وزاره وزير النقل عبد الصمد قيوح أمس. وقال الخبير الأحمد الشريف إن الأسعار ارتفعت. وأعلن "
         "الشيخ أحمد بن علي آل مكتوم القرار.",
         "ar",
         {"person:عبد الصمد قيوح", "person:الأحمد الشريف", "person:أحمد بن علي آل مكتوم"}},
        // A nationality before a foreign name of two words; not one that
        // describes the noun before it.
        {"",
         "وسجل الأمريكي دودو سيلفا الهدف. وقال الجيش الأمريكي يواصل عملياته.",
         "ar",
         {"person:دودو سيلفا", "organization:الجيش الأمريكي"}},
        // A news agency in brackets in a wire story's dateline.
        {"", "عمّان (بترا) - أقر النواب القانون.", "ar", {"place:Amman", "organization:بترا"}},
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
        // A lower-case genitive that refers back to a place ends the name.
        {"",
         "Министерство энергетики республики сообщило.",
         "ru",
         {"organization:Министерство энергетики"}},
        {"",
         "Міністерство енергетики країни повідомило.",
         "uk",
         {"organization:Міністерство енергетики"}},
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
        // Chinese: a surname character starts words too ("任何人", anyone);
        // "等" (and others) is no part of a name.
        {"", "任何人表示不满。", "zh", {}},
        {"", "沈颢等表示不满。", "zh", {"person:沈颢"}},
        // A name's last character that opens a verb of speech is the verb.
        {"", "市长徐明说。", "zh", {"person:徐明"}},
        // Japanese particles and verb endings after a name are not part of it.
        {"",
         "アンカーBill Weirが、Foxconnの工場を訪れた。",
         "ja",
         {"person:Bill Weir", "organization:Foxconn"}},
    };
    check_mentions(cases);
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

BOOST_AUTO_TEST_CASE(cyrillic_names_are_shown_in_the_nominative) {
    // Input, language, the people found: the given name's form tells the
    // case and the gender, the surname takes that case's nominative.
    const PeopleCase cases[] = {
        {"За словами Ігоря Коломойського, угоду підписано.", "uk", {"Ігор Коломойський"}},
        {"Сторонники Алексея Навального вышли на улицы.", "ru", {"Алексей Навальный"}},
        {"Заява Миколи Азарова прозвучала вчора.", "uk", {"Микола Азаров"}},
        {"Слова Ірини Фаріон процитували.", "uk", {"Ірина Фаріон"}},
        {"Премию вручили Ирине Петровой вчера.", "ru", {"Ирина Петрова"}},
        {"Выступила Ирина Петрова.", "ru", {"Ирина Петрова"}},
        // A street named after a person is no person.
        {"Мітинг відбувся на вулиці Карла Маркса.", "uk", {}},
    };
    check_people(cases);
}

BOOST_AUTO_TEST_CASE(cyrillic_people_after_a_title_and_whose_it_is) {
    // Input, language, the people found: two capitalised words after a
    // title and whose title it is (a place, a body in quotes, genitive
    // words) are a name, whatever the lists say of its words (Айсен is a
    // region of Chile, Николаев a city); foreign given names as Russian
    // and Ukrainian news spell them.
    const PeopleCase cases[] = {
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
    check_people(cases);
}

BOOST_AUTO_TEST_CASE(a_mention_that_opens_quotes_closes_them) {
    // The mention is the name as written, legal form and both quotes; the
    // name shown is the quoted one.
    const std::string text = "ТОВ «Левада Лабс» залучило інвестиції.";
    const auto found = extract_in(text, "uk");
    BOOST_TEST_REQUIRE(found.mentions.size() == 1u);
    const auto& m = found.mentions.front();
    BOOST_TEST(m.canonical == "Левада Лабс");
    // (Offsets count the empty title and its blank line: two bytes.)
    BOOST_TEST(text.substr(m.begin - 2, m.end - m.begin) == "ТОВ «Левада Лабс»");
}

BOOST_AUTO_TEST_CASE(chinese_companies_and_people_by_who_they_are) {
    // 有限公司, the analyser's one word, ends a company's name; a resident
    // or a grower (居民, 种植户) before a name says it is a person's.
    BOOST_TEST(mentions("", "金沙葡萄酒有限公司表示。居民刘秀英说，天气很热。", "zh") ==
                   (std::vector<std::string>{"organization:金沙葡萄酒有限公司", "person:刘秀英"}),
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(cyrillic_bodies_joined_by_and_and_by_po) {
    const MentionCase cases[] = {
        {"",
         "Министерство индустрии и инфраструктурного развития сообщило. Якутское управление по "
         "гидрометеорологии предупредило. Метан на шахте «Западная».",
         "ru",
         {"organization:Министерство индустрии и инфраструктурного развития",
          "organization:Якутское управление по гидрометеорологии"}},
        {"",
         "Кошти дав Європейський банк реконструкції та розвитку. Бригади Львівської залізниці "
         "працювали.",
         "uk",
         {"organization:Європейський банк реконструкції та розвитку",
          "organization:Львівська залізниця"}},
    };
    check_mentions(cases);
}

BOOST_AUTO_TEST_CASE(arabic_names_with_fathers_and_family_names) {
    // Given name, father's name, family name with al-; a name after a
    // title that ends in "bin" runs on through the person named after it.
    BOOST_TEST(mentions("", "وقال المزارع أحمد جبار الشريف إن المياه مالحة.", "ar") ==
                   std::vector<std::string>{"person:أحمد جبار الشريف"},
               boost::test_tools::per_element());
    BOOST_TEST(mentions("", "وحضر الافتتاح وزير الثقافة الأمير بدر بن يزيد بن فرحان.", "ar") ==
                   std::vector<std::string>{"person:بدر بن يزيد بن فرحان"},
               boost::test_tools::per_element());
    // A body's name without the article runs on through what it is of.
    BOOST_TEST(mentions("", "وأوضح مدير مديرية ماء البصرة أن المحطات توقفت.", "ar") ==
                   std::vector<std::string>{"organization:مديرية ماء البصرة"},
               boost::test_tools::per_element());
}
