"""Problems with a user's file in the reader's language. No Qt here.

A :class:`~geodata.errors.Problem` carries an English template and the values it names
(``geodata`` lies below the catalogues); here the template is looked up in the catalogue, and
the values (a field, a file name, GDAL's own words) are set into it as they are, kept in their
own direction in a Persian line and with numbers in the reader's digits.
"""

from __future__ import annotations

import string

from geodata.dates import DateError
from geodata.errors import Problem, printable
from viewer.core.local_dates import DATE_REASONS, date_error_text
from viewer.core.wording import digits, grouped, is_right_to_left, tr_noop, translate

_WHERE = (
    tr_noop("Problem", "'{record}'"),
    tr_noop("Problem", "field '{field}'"),
)
"""How a record and a field are named before what is wrong with them."""

PROBLEM_REASONS = (
    tr_noop("Problem", "'from' {start} is not before 'to' {end}"),
    tr_noop("Problem", "GDAL: {warning}"),
    tr_noop("Problem", "LineString coordinates must be a list of two or more [lon, lat] positions, in numbers (not text)"),
    tr_noop("Problem", "MultiLineString coordinates must be a list of lines, each a list of [lon, lat] positions, in numbers (not text)"),
    tr_noop("Problem", "MultiPoint coordinates must be a list of [lon, lat] positions, in numbers (not text)"),
    tr_noop("Problem", "MultiPolygon coordinates must be a list of polygons, each a list of rings of [lon, lat] positions, in numbers (not text)"),
    tr_noop("Problem", "Point coordinates must be [lon, lat], in numbers (not text)"),
    tr_noop("Problem", "Polygon coordinates must be a list of rings, each a list of four or more [lon, lat] positions, in numbers (not text)"),
    tr_noop("Problem", "a dispute needs a field, a note and at least two claims"),
    tr_noop("Problem", "cannot be read: {reason}"),
    tr_noop("Problem", "citation lacks {choices}"),
    tr_noop("Problem", "cites unknown source {source}"),
    tr_noop("Problem", "contains itself through an alias (*name)"),
    tr_noop("Problem", "contains the control character #x{character}"),
    tr_noop("Problem", "could not be opened as {driver} ({reason})"),
    tr_noop("Problem", "could not be read ({error}); please report this as a bug"),
    tr_noop("Problem", "could not be read as {driver} ({reason})"),
    tr_noop("Problem", "could not be reprojected to WGS 84 (coordinates outside the CRS's area?)"),
    tr_noop("Problem", "does not say its coordinate reference system (a Shapefile's .prj is missing?); save it with one, ideally WGS 84 (EPSG:4326)"),
    tr_noop("Problem", "does not say its coordinate reference system, and its world file is not in degrees (it spans x {west:,} to {east:,}); save it as a GeoTIFF with its CRS"),
    tr_noop("Problem", "each citation must be a mapping {source, locator, quote}"),
    tr_noop("Problem", "each claim needs a value (text or a number)"),
    tr_noop("Problem", "each entry must be a mapping {from, to, names}"),
    tr_noop("Problem", "ends before it starts"),
    tr_noop("Problem", "geometry has coordinates that are not finite numbers"),
    tr_noop("Problem", "geometry is empty"),
    tr_noop("Problem", "geometry is invalid and nothing is left once repaired"),
    tr_noop("Problem", "geometry is invalid: a line or outline crosses itself, has too few points, or a hole lies outside"),
    tr_noop("Problem", "geometry is invalid: a line or outline crosses itself, has too few points, or a hole lies outside near {lon:.4f}, {lat:.4f}"),
    tr_noop("Problem", "geometry reaches outside the map region {region_lonlat}"),
    tr_noop("Problem", "give a gazetteer place id or a point {lon, lat, name}"),
    tr_noop("Problem", "give either a date, or from and to for an animated slide, not both"),
    tr_noop("Problem", "gives no {keys}: the defaults for a plain layer are used"),
    tr_noop("Problem", "gives the key {short_key} twice in one mapping, at lines {first} and {line}; YAML would keep only the last value: merge them or remove one"),
    tr_noop("Problem", "has a sidecar {sidecar_name} with problems"),
    tr_noop("Problem", "has a {neighbour} beside it that is not a TIFF; remove it"),
    tr_noop("Problem", "has an unknown key; use {choices}"),
    tr_noop("Problem", "has coordinates out of range for longitude/latitude ({west}, {south}, {east}, {north}); if the file is in another CRS, say which in its 'crs'"),
    tr_noop("Problem", "has more than {limit:,} vertices ({count:,} so far); simplify it (in QGIS: Vector › Geometry Tools › Simplify) or split it"),
    tr_noop("Problem", "has no date columns: shown on every date (see docs/user-data.md)"),
    tr_noop("Problem", "has no events and no sources"),
    tr_noop("Problem", "has no features"),
    tr_noop("Problem", "has no geometry"),
    tr_noop("Problem", "has no geometry column"),
    tr_noop("Problem", "has no geometry column (a CSV needs lon and lat columns, or a WKT column)"),
    tr_noop("Problem", "has no layers"),
    tr_noop("Problem", "has no pixel inside the map once placed"),
    tr_noop("Problem", "has text that is not UTF-8; save it as UTF-8"),
    tr_noop("Problem", "has {count} band(s) of {dtype} values; the atlas reads 8-bit greyscale, palette, RGB or RGBA scans, and 16-bit or floating-point greyscale or RGB ones"),
    tr_noop("Problem", "has {count} layers; only '{layer}' is read, not {others}"),
    tr_noop("Problem", "has {dtype} values, stretched to 8 bits: each band's 2nd to 98th percentile from black to white, its no-data left transparent"),
    tr_noop("Problem", "has {vertices:,} vertices; the limit for one feature is {max_feature_vertices:,}: simplify it (in QGIS: Vector › Geometry Tools › Simplify)"),
    tr_noop("Problem", "has {vertices:,} vertices; the map may be slow: simplify it (in QGIS: Vector › Geometry Tools › Simplify)"),
    tr_noop("Problem", "holds a number too large to use"),
    tr_noop("Problem", "holds a number too long to read (thousands of digits)"),
    tr_noop("Problem", "holds places, like the atlas's gazetteer; give each event a 'point' {lon, lat, name} (see docs/user-data.md)"),
    tr_noop("Problem", "holds sources, like the atlas's registry; list them under 'sources:' next to 'events:' (see docs/user-data.md)"),
    tr_noop("Problem", "is UTF-16 text; save it as UTF-8"),
    tr_noop("Problem", "is a GDAL virtual path; give a file on this computer"),
    tr_noop("Problem", "is a device, not a file"),
    tr_noop("Problem", "is a folder, not a file"),
    tr_noop("Problem", "is a named pipe (FIFO), not a file"),
    tr_noop("Problem", "is a socket, not a file"),
    tr_noop("Problem", "is a {kind}; use Point, LineString or Polygon (or their Multi- forms): split a collection into one feature per kind of shape"),
    tr_noop("Problem", "is already registered in {taken}; choose another id"),
    tr_noop("Problem", "is already used in {seen}"),
    tr_noop("Problem", "is already used in {taken}; choose another id"),
    tr_noop("Problem", "is damaged or cut short: its pixels could not be read"),
    tr_noop("Problem", "is empty"),
    tr_noop("Problem", "is given twice"),
    tr_noop("Problem", "is given twice: by the span in 'date' and by 'end'"),
    tr_noop("Problem", "is in an unknown coordinate reference system {crs_name}"),
    tr_noop("Problem", "is in {crs_name} ({code}); reprojected to WGS 84 longitude/latitude"),
    tr_noop("Problem", "is in {crs_name}, which cannot be converted to WGS 84"),
    tr_noop("Problem", "is in {crs}; GeoJSON here must be WGS 84 longitude/latitude"),
    tr_noop("Problem", "is invalid and too complex to repair: its outline crosses itself more than {max_repair_crossings:,} times; fix it in your GIS"),
    tr_noop("Problem", "is larger than the {limit:,}-byte limit"),
    tr_noop("Problem", "is less than {degrees}° across"),
    tr_noop("Problem", "is missing"),
    tr_noop("Problem", "is missing (or give from and to for an animated slide)"),
    tr_noop("Problem", "is missing: an animated slide needs both"),
    tr_noop("Problem", "is nested more than {depth:,} levels deep"),
    tr_noop("Problem", "is nested too deeply to read"),
    tr_noop("Problem", "is not UTF-8 text (byte {byte}); save it as UTF-8"),
    tr_noop("Problem", "is not a GeoJSON Feature"),
    tr_noop("Problem", "is not a GeoJSON FeatureCollection ({found})"),
    tr_noop("Problem", "is not a field of a slide; did you mean '{hint}'?"),
    tr_noop("Problem", "is not a field of a slide; use {fields}"),
    tr_noop("Problem", "is not a field of a story; did you mean '{hint}'?"),
    tr_noop("Problem", "is not a field of a story; use {fields}"),
    tr_noop("Problem", "is not a file the atlas reads ({kind}); use {supported_text}"),
    tr_noop("Problem", "is not a map scan the atlas reads; use {supported_text}"),
    tr_noop("Problem", "is not a regular file"),
    tr_noop("Problem", "is not a {driver} file inside (damaged, or renamed?)"),
    tr_noop("Problem", "is not georeferenced: it has no coordinates and there is no world file ({worlds}) beside it; georeference it in QGIS and save a GeoTIFF"),
    tr_noop("Problem", "is not valid JSON at column {column}: check the brackets, commas and quotes here [{error}]"),
    tr_noop("Problem", "is not valid JSON text; write it as JSON, in double quotes [{error}]"),
    tr_noop("Problem", "is not valid JSON: it holds a number too long to read"),
    tr_noop("Problem", "is not valid JSON: it is nested too deeply"),
    tr_noop("Problem", "is not valid JSON: {value} is not a JSON number"),
    tr_noop("Problem", "is not valid YAML at column {column}: check the indentation, colons and quotes here{detail}"),
    tr_noop("Problem", "is not valid YAML: a second document starts here ('---'); keep one per file{detail}"),
    tr_noop("Problem", "is not valid YAML: a tab indents this line (indent with spaces, not tabs){detail}"),
    tr_noop("Problem", "is not valid YAML: check the indentation, colons and quotes here{detail}"),
    tr_noop("Problem", "is part of the atlas's own data, which is always loaded"),
    tr_noop("Problem", "is placed by an affine fit of its {count} control points"),
    tr_noop("Problem", "is read as WGS 84 longitude/latitude (a CSV gives no CRS)"),
    tr_noop("Problem", "is read as WGS 84 longitude/latitude (it gives no CRS)"),
    tr_noop("Problem", "is too large to read into memory"),
    tr_noop("Problem", "is used twice"),
    tr_noop("Problem", "is {count:,} characters long; the limit is {max_text:,}"),
    tr_noop("Problem", "is {width:,} × {height:,} pixels, more than the atlas reads ({pixels:,} pixels, {side:,} a side); make a smaller copy"),
    tr_noop("Problem", "its aliases (*name) expand to more than {count:,} values"),
    tr_noop("Problem", "lies entirely outside the map region ({region_text})"),
    tr_noop("Problem", "lies outside the map (its corners are at {corners} in degrees; the map shows {west}° to {east}° E, {south}° to {north}° N)"),
    tr_noop("Problem", "lies outside the map region; give a 'display' edge anchor"),
    tr_noop("Problem", "lies outside the map region; use an off-map gazetteer place instead"),
    tr_noop("Problem", "links unknown territory {tid}"),
    tr_noop("Problem", "marks the {lang} name, but there is none"),
    tr_noop("Problem", "must be [lon, lat] inside the map region"),
    tr_noop("Problem", "must be [west, south, east, north] in degrees, not {value}"),
    tr_noop("Problem", "must be a GeoJSON geometry object, not {type}"),
    tr_noop("Problem", "must be a date string, not {type}"),
    tr_noop("Problem", "must be a date such as \"1946-02\", not {value}"),
    tr_noop("Problem", "must be a list of citations"),
    tr_noop("Problem", "must be a list of disputes"),
    tr_noop("Problem", "must be a list of events"),
    tr_noop("Problem", "must be a list of events, or a mapping with 'sources' and 'events'"),
    tr_noop("Problem", "must be a list of events, or a mapping with 'sources' and 'events' (found: {keys})"),
    tr_noop("Problem", "must be a list of languages, e.g. [fa, ru]"),
    tr_noop("Problem", "must be a list of places"),
    tr_noop("Problem", "must be a list of sources"),
    tr_noop("Problem", "must be a list of text"),
    tr_noop("Problem", "must be a list of {from, to, names}"),
    tr_noop("Problem", "must be a list of {names: {en, fa, ru}}"),
    tr_noop("Problem", "must be a mapping"),
    tr_noop("Problem", "must be a mapping (date, extent, caption…), not {type}"),
    tr_noop("Problem", "must be a mapping of names to numbers, e.g. {stated_length_km: 423}"),
    tr_noop("Problem", "must be a mapping with {keys} (see docs/user-data.md)"),
    tr_noop("Problem", "must be a mapping {starts: [...], ends: [...]}"),
    tr_noop("Problem", "must be a mapping, not {type}"),
    tr_noop("Problem", "must be a number from {low} to {high}, not {value}"),
    tr_noop("Problem", "must be a story: a mapping with a title and a list of slides"),
    tr_noop("Problem", "must be a whole number from {low} to {high}, not {value}"),
    tr_noop("Problem", "must be four numbers of degrees"),
    tr_noop("Problem", "must be some text"),
    tr_noop("Problem", "must be text, not {type}"),
    tr_noop("Problem", "must be {\"type\": \"name\", \"properties\": {\"name\": \"EPSG:4326\"}}"),
    tr_noop("Problem", "must have a list of features"),
    tr_noop("Problem", "must map a scan's file name to its opacity and over, not {value}"),
    tr_noop("Problem", "needs at least an English name: {en: ..., fa: ..., ru: ...}"),
    tr_noop("Problem", "needs at least one citation {source, locator, quote}"),
    tr_noop("Problem", "needs west < east and south < north"),
    tr_noop("Problem", "no longer loads and was removed"),
    tr_noop("Problem", "only touches the map region ({region_text})"),
    tr_noop("Problem", "quote is over {max_quote} characters; quote a short passage"),
    tr_noop("Problem", "reaches outside the map region ({region_text}); the part outside was cut off"),
    tr_noop("Problem", "reaches outside the map region ({w}° to {e}° E, {s}° to {n}° N), which is shown when no area is given"),
    tr_noop("Problem", "the {lang} name is over {max_name} characters"),
    tr_noop("Problem", "the {lang} name must be text, not {type}"),
    tr_noop("Problem", "unknown language(s) {extra}; use en, fa, ru"),
    tr_noop("Problem", "uses a Python tag (!!python/...); such tags are never run: write plain YAML{detail}"),
    tr_noop("Problem", "uses a YAML tag (!!...) that is not plain data; write plain YAML{detail}"),
    tr_noop("Problem", "valid from '{pair}' until (not on) '{pair2}'"),
    tr_noop("Problem", "was invalid (a line or outline crosses itself, has too few points, or a hole lies outside near {lon:.4f}, {lat:.4f}); repaired, check the outline"),
    tr_noop("Problem", "was invalid (a line or outline crosses itself, has too few points, or a hole lies outside); repaired, check the outline"),
    tr_noop("Problem", "was skipped: loading the added files took too long; open it again"),
    tr_noop("Problem", "{actor} is not in the actors vocabulary (actors.yaml)"),
    tr_noop("Problem", "{date} has no start; an event needs one"),
    tr_noop("Problem", "{date} is outside the atlas's span, {year} to {year2}"),
    tr_noop("Problem", "{end} is before the start {date}"),
    tr_noop("Problem", "{end} is not after from {start}"),
    tr_noop("Problem", "{event_id} is not an event"),
    tr_noop("Problem", "{event_id} is not an event; did you mean {hint}?"),
    tr_noop("Problem", "{kind} is not a kind; use {choices}"),
    tr_noop("Problem", "{language} is not one of: {choices}"),
    tr_noop("Problem", "{lang} is not a language; use en, fa, ru"),
    tr_noop("Problem", "{name} must be a file name with {{opacity: 0.5, over: true}}"),
    tr_noop("Problem", "{name} must be a name, e.g. stated_length_km"),
    tr_noop("Problem", "{name} must be a number or short text, not {figure}"),
    tr_noop("Problem", "{name}: opacity must be from 0 to 1, not {opacity}"),
    tr_noop("Problem", "{name}: over must be true or false, not {over}"),
    tr_noop("Problem", "{name}: {choices} is not opacity or over"),
    tr_noop("Problem", "{place} is not in the gazetteer"),
    tr_noop("Problem", "{territory_id} is not a territory"),
    tr_noop("Problem", "{territory_id} is not a territory; did you mean {hint}?"),
    tr_noop("Problem", "{territory_id} is not on the map at this slide's date (it is drawn {label} – {until})"),
    tr_noop("Problem", "{text} is not a date"),
    tr_noop("Problem", "{unsourced} of {count} features cite no sources: shown as unsourced"),
    tr_noop("Problem", "{valid_to} is not after valid_from {valid_from}"),
    tr_noop("Problem", "{value} is not a GeoNames id (a whole number, e.g. 112931)"),
    tr_noop("Problem", "{value} is not a Wikidata item id such as Q3616"),
    tr_noop("Problem", "{value} is not a date"),
    tr_noop("Problem", "{value} is not one of: {choices}"),
    tr_noop("Problem", "{value} is not the GeoNames record coord_source names ({source})"),
)  # fmt: skip
"""Catalogue entries for every template a problem is raised with (a test fails when one is
missing); a date's reasons are :data:`~viewer.core.local_dates.DATE_REASONS`."""


def problem_text(problem: Problem, language: str) -> str:
    """The problem as one printable line in *language*: where (file, line, record, field),
    then what is wrong; in English, exactly ``str(problem)``."""
    if language == "en":
        return str(problem)
    where = _value(problem.file, language)
    if problem.line:
        where += ":" + digits(str(problem.line), language)
    parts = [where]
    if problem.record:
        record = _value(problem.record, language)
        parts.append(translate("Problem", "'{record}'", language).format(record=record))
    if problem.field:
        field = _value(problem.field, language)
        parts.append(translate("Problem", "field '{field}'", language).format(field=field))
    return ": ".join([*parts, _what(problem, language)])


def problems_text(problems: list[Problem], language: str) -> str:
    """Problems one a line, as the command line prints a file's."""
    return "\n".join(problem_text(p, language) for p in problems)


def _what(problem: Problem, language: str) -> str:
    if problem.template in DATE_REASONS:
        fields = {k: v if isinstance(v, int) else str(v) for k, v in problem.values.items()}
        error = DateError(problem.template, **fields)
        return printable(date_error_text(error, language))
    text = translate("Problem", problem.template, language)
    return _Values(language).format(text, **problem.values) if problem.values else text


class _Values(string.Formatter):
    """Sets values into a translated template: a number in the reader's digits (``{n:,}``, a
    size, with thousands grouped as the language groups them); text (data, never translated)
    made printable and, in a right-to-left line, isolated."""

    def __init__(self, language: str) -> None:
        self.language = language

    def format_field(self, value: object, format_spec: str) -> str:
        if isinstance(value, int | float) and not isinstance(value, bool):
            if format_spec == "," and isinstance(value, int):
                return grouped(value, self.language)
            return digits(format(value, format_spec), self.language)
        return _value(format(value, format_spec), self.language)


def _value(text: str, language: str) -> str:
    text = printable(text)
    return f"\u2068{text}\u2069" if is_right_to_left(language) and text else text
