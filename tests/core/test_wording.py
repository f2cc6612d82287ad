"""The Qt-free catalogue: translations from the shipped .ts files, plurals, digits, dates."""

from __future__ import annotations

import datetime as dt

import pytest

from geodata.dates import PartialDate, Precision
from viewer.core.local_dates import date_text, gregorian_text, heading, solar_hijri_text
from viewer.core.wording import digits, plural_form, read_catalogue, translate


@pytest.mark.parametrize(
    ("n", "expected"),
    [
        (1, "1 событие"),
        (2, "2 события"),
        (4, "4 события"),
        (5, "5 событий"),
        (11, "11 событий"),
        (12, "12 событий"),
        (21, "21 событие"),
        (22, "22 события"),
        (111, "111 событий"),
    ],
)
def test_russian_counts_take_the_plural_form_the_number_asks_for(n, expected):
    assert translate("EventList", "%n event(s)", "ru", n) == expected


def test_english_and_persian_counts():
    assert translate("EventList", "%n event(s)", "en", 1) == "1 event"
    assert translate("EventList", "%n event(s)", "en", 7) == "7 events"
    assert translate("EventList", "%n event(s)", "fa", 12) == "۱۲ رویداد"


def test_plural_rules_match_qts_for_our_languages():
    assert [plural_form(n, "ru") for n in (1, 3, 7, 14, 101, 104)] == [0, 1, 2, 2, 0, 1]
    assert [plural_form(n, "en") for n in (0, 1, 2)] == [1, 0, 1]
    assert {plural_form(n, "fa") for n in range(30)} == {0}


def test_the_core_reads_the_same_catalogue_the_window_does():
    assert translate("MainWindow", "&File", "ru") == "&Файл"
    assert translate("MainWindow", "&File", "fa") == "&پرونده"
    assert translate("MainWindow", "&File", "en") == "&File"  # the source text


def test_a_string_not_in_the_catalogue_stays_in_english():
    assert translate("MainWindow", "No such string", "fa") == "No such string"


def test_an_unfinished_entry_is_not_used(tmp_path):
    ts = tmp_path / "x.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="ru_RU"><context>'
        "<name>C</name><message><source>Done</source><translation>Готово</translation>"
        '</message><message><source>Draft</source><translation type="unfinished">Черн'
        "</translation></message></context></TS>",
        encoding="utf-8",
    )
    assert read_catalogue(ts) == {("C", "Done"): ("Готово",)}


def test_persian_digits_and_decimal_separator():
    assert digits("1324", "fa") == "۱۳۲۴"
    assert digits("0.5 km. 12", "fa") == "۰٫۵ km. ۱۲"  # a full stop stays a full stop
    assert digits("1324", "ru") == "1324"


def test_the_heading_puts_each_readers_calendar_first():
    day = dt.date(1946, 2, 1)
    assert heading(day, "en") == ("February 1946", "Bahman 1324 SH")
    assert heading(day, "fa") == ("بهمن ۱۳۲۴", "فوریه ۱۹۴۶")
    assert heading(day, "ru") == ("Февраль 1946 г.", "Бахман 1324 г. с. х.")


def test_russian_readers_see_old_style_first_until_february_1918():
    first, others = heading(dt.date(1907, 9, 13), "ru")
    assert first == "31 августа 1907 г. (ст. ст.)"
    assert others.splitlines()[0] == "13 сентября 1907 г. (н. ст.)"
    first, _ = heading(dt.date(1918, 2, 14), "ru")  # the first New Style day
    assert first == "Февраль 1918 г."
    first, others = heading(dt.date(1907, 9, 13), "en")
    assert first == "September 1907"
    assert "Russian Old Style: 31 August 1907 OS" in others


def test_dates_in_each_language():
    day = dt.date(1945, 11, 12)
    assert gregorian_text(day, Precision.DAY, "ru") == "12 ноября 1945 г."
    assert gregorian_text(day, Precision.DAY, "fa") == "۱۲ نوامبر ۱۹۴۵"
    assert solar_hijri_text(day, Precision.DAY, "fa") == "۲۱ آبان ۱۳۲۴"
    assert date_text(PartialDate(1920, approximate=True), "en") == "c. 1920"
    assert date_text(PartialDate(1920, approximate=True), "ru") == "ок. 1920 г."
    assert date_text(PartialDate(1945, 11, 12), "en") == PartialDate(1945, 11, 12).label()


def test_export_furniture_puts_the_readers_calendar_first():
    from viewer.core.export_options import date_line
    from viewer.core.export_request import ExportRequest
    from viewer.core.frame import MapFrame

    assert date_line(dt.date(1946, 2, 1), "fa") == "۱۲ بهمن ۱۳۲۴  ·  ۱ فوریه ۱۹۴۶"
    assert date_line(dt.date(1907, 9, 1), "ru").startswith("19 августа 1907 г. (ст. ст.)  ·  ")
    assert date_line(dt.date(1946, 2, 1)) == "1 February 1946  ·  12 Bahman 1324 SH"
    title = ExportRequest(MapFrame(dt.date(1946, 2, 1), language="ru")).title_text
    assert (
        title.replace("\N{NO-BREAK SPACE}", " ") == "Иран и его северный сосед, 1 февраля 1946 г."
    )


def test_numbers_take_each_languages_marks():
    from viewer.core.wording import decimal, grouped

    assert [decimal("6.2", lang) for lang in ("en", "fa", "ru")] == ["6.2", "۶٫۲", "6,2"]
    assert [grouped(280200, lang) for lang in ("en", "fa", "ru")] == [
        "280,200",
        "۲۸۰٬۲۰۰",
        "280\u00a0200",
    ]
