"""Names the catalogue gives in one language only: people, parties and states, in all three.

The gazetteer already names every place in English, Persian and Russian, and a record that
mentions a place is found by all of its names. Actors are written in English alone, so a reader
typing مصدق or Мосаддык would find nothing: these groups say which names mean the same one, and
a record that mentions any name of a group is found by all of them. Latin spellings that only
differ in transliteration (Mossadeq, Musaddiq) need no entry: the search's skeleton matches them.
"""

from __future__ import annotations

ALIASES: tuple[tuple[str, ...], ...] = (
    # people
    ("Mosaddegh", "Mossadegh", "مصدق", "Мосаддык", "Моссадык", "Мосаддек"),
    ("Qavam", "Ghavam", "قوام", "قوام‌السلطنه", "Кавам"),
    ("Kuchek Khan", "Kuchik Khan", "Kuchak Khan", "کوچک خان", "Кучек-хан", "Кучук-хан"),
    ("Pishevari", "Pishehvari", "پیشه‌وری", "Пишевари"),
    ("Qazi Muhammad", "Ghazi Mohammad", "قاضی محمد", "Кази Мухаммед"),
    ("Reza Shah", "رضاشاه", "رضا شاه", "Реза-шах", "Реза Шах"),
    ("Reza Khan", "رضاخان", "رضا خان", "Реза-хан", "Реза Хан"),
    ("Mohammad Reza", "محمدرضا", "محمد رضا", "Мохаммед Реза", "Мохаммад Реза"),
    ("Khomeini", "خمینی", "Хомейни"),
    ("Khamenei", "خامنه‌ای", "Хаменеи"),
    ("Rafsanjani", "رفسنجانی", "Рафсанджани"),
    ("Khatami", "خاتمی", "Хатами"),
    ("Rouhani", "روحانی", "Роухани"),
    ("Raisi", "رئیسی", "Раиси"),
    ("Pezeshkian", "پزشکیان", "Пезешкиан"),
    ("Zarif", "ظریف", "Зариф"),
    ("Soleimani", "سلیمانی", "Сулеймани"),
    ("Zahedi", "زاهدی", "Захеди"),
    ("Abbas Mirza", "عباس میرزا", "Аббас-Мирза"),
    ("Fath-Ali Shah", "فتحعلی شاه", "Фетх-Али-шах"),
    ("Naser al-Din Shah", "ناصرالدین شاه", "Насреддин-шах"),
    ("Griboyedov", "گریبایدوف", "Грибоедов"),
    ("Stalin", "استالین", "Сталин"),
    ("Lenin", "لنین", "Ленин"),
    ("Molotov", "مولوتف", "Молотов"),
    ("Gromyko", "گرومیکو", "Громыко"),
    ("Gorbachev", "گورباچف", "Горбачёв"),
    ("Brezhnev", "برژنف", "Брежнев"),
    ("Putin", "پوتین", "Путин"),
    ("Medvedev", "مدودف", "Медведев"),
    ("Churchill", "چرچیل", "Черчилль"),
    ("Roosevelt", "روزولت", "Рузвельт"),
    ("Saddam Hussein", "صدام حسین", "Саддам Хусейн"),
    # places the catalogue also names by a short or older form than the gazetteer's
    ("Anzali", "Enzeli", "Bandar-e Anzali", "Bandar Anzali", "انزلی", "بندر انزلی", "Энзели"),
    ("Gilan", "Guilan", "گیلان", "Гилян"),
    # parties, movements, institutions, states
    ("Tudeh", "توده", "Туде"),
    ("Jangali", "جنگلی", "جنگل", "Дженгелийцы"),
    ("Bolshevik", "بلشویک", "большевик"),
    ("Majlis", "مجلس", "Меджлис"),
    ("Cossack", "قزاق", "казак"),
    ("USSR", "Soviet Union", "شوروی", "СССР", "Советский Союз"),
    ("Soviet", "شوروی", "советск"),
    ("Russia", "روسیه", "Росси"),
    ("Persia", "ایران", "Перси"),
    ("Iran", "ایران", "Иран"),
    ("United Kingdom", "Britain", "British", "انگلیس", "بریتانیا", "Великобритания", "Англия"),
    ("United States", "America", "American", "آمریکا", "امریکا", "США", "Америка"),
    ("Ottoman", "عثمانی", "Осман"),
    ("Turkmenistan", "ترکمنستان", "Туркмения", "Туркменистан"),
    ("Kazakhstan", "قزاقستان", "Казахстан"),
    ("Afghanistan", "افغانستان", "Афганистан"),
    ("Azerbaijan", "Azarbaijan", "آذربایجان", "Азербайджан"),
    ("Armenia", "ارمنستان", "Армения"),
    ("Georgia", "گرجستان", "Грузия"),
    ("Iraq", "عراق", "Ирак"),
    ("Turkey", "ترکیه", "Турция"),
    ("Germany", "آلمان", "Германия"),
    ("United Nations", "سازمان ملل", "ООН"),
    ("Security Council", "شورای امنیت", "Совет Безопасности"),
    # kinds of events a reader may look for in any language
    ("treaty", "عهدنامه", "معاهده", "قرارداد", "договор"),
    ("war", "جنگ", "войн"),
    ("oil", "نفت", "нефт"),
    ("coup", "کودتا", "переворот"),
    ("revolution", "انقلاب", "революци"),
    ("nuclear", "هسته‌ای", "атомн", "ядерн"),
)
"""Each group: names of one person, body or thing; the first is the English one."""
