"""The details panel: everything the data says about the selected event or territory, sourced.

The page is built as escaped HTML by plain functions (every data string goes through
:func:`html.escape`; no images, no scripts, no remote resources) and shown read-only in a
:class:`QTextBrowser` that follows no link by itself: internal links select a territory or an
event through the state, and web links open in the browser only when clicked.
"""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QTextBrowser, QVBoxLayout, QWidget

from events.model import CATEGORIES, Event
from geodata.dates import (
    SOLAR_HIJRI_MONTHS,
    DateError,
    PartialDate,
    Precision,
    format_solar_hijri,
    solar_hijri,
)
from geodata.model import Citation, Dispute, Territory
from viewer.core import commands
from viewer.core.atlas import Atlas
from viewer.core.citations import item_works
from viewer.core.describe import UNSOURCED_NOTE, area_text
from viewer.core.local_dates import date_text, gregorian_text, old_style_text
from viewer.core.local_dates import solar_hijri_text as local_solar_hijri
from viewer.core.state import ViewState
from viewer.core.style import CATEGORY_COLOURS, KIND_WORDS
from viewer.core.wording import grouped, tr_noop, translate
from viewer.panels.citation_button import CitationButton
from viewer.panels.event_list import period_label

KIND_NAMES = {kind: singular for kind, (singular, _) in KIND_WORDS.items()}
STATUS_NAMES = {"de_jure": "de jure", "de_facto": "de facto", "claimed": "claimed"}
PRECISION_NOTES = {
    "treaty": tr_noop("DetailsPanel", "Treaty line: follows the line the treaty describes."),
    "approximate": tr_noop("DetailsPanel", "Approximate reconstruction: do not measure from it."),
    "schematic": tr_noop("DetailsPanel", "Schematic: shows where and what, not the exact line."),
}
IMPORTANCE_NAMES = {
    1: tr_noop("DetailsPanel", "Major event"),
    2: tr_noop("DetailsPanel", "Notable event"),
    3: tr_noop("DetailsPanel", "Detail"),
}
FIGURE_UNITS = {
    "length_km": tr_noop("DetailsPanel", "km"),
    "width_nmi": tr_noop("DetailsPanel", "nautical miles"),
}
"""Figures shown stated beside computed; areas have their own wording (:func:`area_text`)."""
COMPUTED_HOW = {"length_km": tr_noop("DetailsPanel", "{value} {unit} geodesic")}
PRECISION_WORDS = {
    "year": tr_noop("Precision", "year"),
    "month": tr_noop("Precision", "month"),
    "day": tr_noop("Precision", "day"),
}
"""How precisely a date is known, as 'known to the …' ends (Russian: the genitive)."""
SOURCE_KINDS = {
    "encyclopaedia": tr_noop("SourceKinds", "encyclopaedia"),
    "news": tr_noop("SourceKinds", "news"),
    "analysis": tr_noop("SourceKinds", "analysis"),
    "blog": tr_noop("SourceKinds", "blog"),
    "editorial": tr_noop("SourceKinds", "editorial"),
    "book": tr_noop("SourceKinds", "book"),
    "document": tr_noop("SourceKinds", "document"),
}
EMPTY_TEXT = tr_noop(
    "DetailsPanel",
    "Select an event in the list, or click a territory on the map, to see its dates in both "
    "calendars, its sources and where the sources disagree.",
)
CSS = """
h2 { font-size: 15pt; font-weight: 600; margin: 2px 0 2px 0; }
h3 { font-size: 11pt; font-weight: 600; margin: 14px 0 4px 0; color: #3d3a33; }
p { margin: 3px 0 6px 0; }
th { color: #6b675d; font-weight: normal; text-align: left; padding: 2px 10px 2px 0; }
td { padding: 2px 0 2px 0; }
.muted { color: #6b675d; }
.kicker { color: #6b675d; font-size: 9pt; }
.disputed { color: #a34700; }
.quote { color: #2b2b2b; }
.claim { background-color: #f6f2e6; padding: 6px; }
"""


# ---------------------------------------------------------------- page building (no Qt)
def solar_hijri_text(first: dt.date, last: dt.date, precision: Precision) -> str:
    """The Solar Hijri form of a Gregorian period: a year or month straddles two SH ones.

    '21 Aban 1324 SH', '1298–1299 SH', 'Khordad – Tir 1299 SH', 'Dey 1324 – Bahman 1324 SH'.
    """
    if precision is Precision.DAY:
        return format_solar_hijri(first)
    (y1, m1, _), (y2, m2, _) = solar_hijri(first), solar_hijri(last)
    if precision is Precision.YEAR:
        return f"{y1} SH" if y1 == y2 else f"{y1}–{y2} SH"
    if (y1, m1) == (y2, m2):
        return format_solar_hijri(first, precision)
    start, end = SOLAR_HIJRI_MONTHS[m1 - 1], SOLAR_HIJRI_MONTHS[m2 - 1]
    return f"{start} – {end} {y1} SH" if y1 == y2 else f"{start} {y1} – {end} {y2} SH"


def _period_sh(start: PartialDate, end: PartialDate | None, lang: str = "en") -> str:
    if lang != "en":  # the SH period holding each end, in the reader's words and digits
        ends = [local_solar_hijri(d.first_day, d.precision, lang) for d in (start, end) if d]
        return " – ".join(ends)
    text = solar_hijri_text(start.first_day, start.last_day, start.precision)
    if end is not None:
        text += " – " + solar_hijri_text(end.first_day, end.last_day, end.precision)
    return text


def _date_value(value: str, lang: str = "en") -> str:
    """A claimed value, as a reader's date where it is one."""
    try:
        return date_text(PartialDate.parse(value), lang)
    except DateError:
        return value


def _row(label: str, value_html: str, lang: str = "en") -> str:
    """A row of a page's table; *label* is marked for the catalogue where it is written."""
    return (
        f"<tr><th>{escape(translate('DetailsPanel', label, lang))}</th><td>{value_html}</td></tr>"
    )


def citation_html(citation: Citation, atlas: Atlas, lang: str = "en") -> str:
    """Source title, kind and locator, then the quote: verbatim ones in quotation marks."""
    source = atlas.sources.get(citation.source)
    title = source.title if source else citation.source
    kind = ""
    if source is not None:
        kind = translate("SourceKinds", SOURCE_KINDS.get(source.kind, source.kind), lang) + " · "
    if source is not None and source.kind == "editorial":
        editors = translate("DetailsPanel", "Editors:", lang)
        quote = f"<span class='muted'>{escape(editors)}</span> {escape(citation.quote)}"
    else:
        quote = f"<span class='quote'>“{escape(citation.quote)}”</span>"
    return (
        f"<p><b>{escape(title)}</b><br><span class='muted'>{escape(kind + citation.locator)}"
        f"</span><br>{quote}</p>"
    )


def disputes_html(disputes: tuple[Dispute, ...], atlas: Atlas, lang: str = "en") -> str:
    """Each dispute: its note, then the claims side by side, each with its sources."""
    parts = []
    disagree = translate("DetailsPanel", "Sources disagree: {}", lang)
    for dispute in disputes:
        is_date = dispute.field in ("date", "end", "valid_from", "valid_to")
        label = dispute.field.replace("_", " ")
        cells = "".join(
            "<td class='claim' width='{}%' valign='top'><b>{}</b>{}</td>".format(
                100 // len(dispute.claims),
                escape(_date_value(claim.value, lang) if is_date else claim.value),
                "".join(citation_html(c, atlas, lang) for c in claim.sources),
            )
            for claim in dispute.claims
        )
        parts.append(
            f"<h3 class='disputed'>{escape(disagree.format(label))}</h3>"
            f"<p>{escape(dispute.note)}</p>"
            f"<table width='100%' cellspacing='4'><tr>{cells}</tr></table>"
        )
    return "".join(parts)


def _sources_html(citations: tuple[Citation, ...], atlas: Atlas, lang: str = "en") -> str:
    heading = escape(translate("DetailsPanel", "Sources", lang))
    return f"<h3>{heading}</h3>" + "".join(citation_html(c, atlas, lang) for c in citations)


def _link(scheme: str, target: str, text: str) -> str:
    return f"<a href='{scheme}:{escape(target, quote=True)}'>{escape(text)}</a>"


def event_html(event: Event, atlas: Atlas, lang: str) -> str:
    """The page for one event."""
    colour = CATEGORY_COLOURS[event.category]
    kicker = (
        f"<p class='kicker'><span style='background-color:{colour}'>&nbsp;&nbsp;&nbsp;</span>"
        f"&nbsp; {escape(translate('Categories', CATEGORIES[event.category], lang))} · "
        f"{escape(translate('DetailsPanel', IMPORTANCE_NAMES[event.importance], lang))}</p>"
    )
    other = [t for code, t in event.title.as_dict().items() if code != lang]
    rows = []
    date = escape(period_label(event.date, event.end, lang))
    if any(d.field in ("date", "end") for d in event.disputes):
        below = translate("DetailsPanel", "(disputed: see below)", lang)
        date += f" <span class='disputed'>{escape(below)}</span>"
    rows.append(_row(tr_noop("DetailsPanel", "Date"), date, lang))
    sh = _period_sh(event.date, event.end, lang)
    rows.append(_row(tr_noop("DetailsPanel", "Solar Hijri"), escape(sh), lang))
    old = old_style_text(event.date.first_day, lang)
    if old and event.date.precision is Precision.DAY:
        rows.append(_row(tr_noop("DetailsPanel", "Old Style"), escape(old), lang))
    if event.calendar_note:
        note = escape(event.calendar_note)
        rows.append(_row(tr_noop("DetailsPanel", "As dated then"), note, lang))
    if place := atlas.places.get(event.place or ""):
        then, now = place.names_on(event.start).get(lang), place.names.get(lang)
        today = translate("DetailsPanel", "(today {})", lang).format(now)
        value = escape(then) + (
            f" <span class='muted'>{escape(today)}</span>" if then != now else ""
        )
        rows.append(_row(tr_noop("DetailsPanel", "Place"), value, lang))
    elif event.point:
        rows.append(_row(tr_noop("DetailsPanel", "Place"), escape(event.point.name), lang))
    if event.actors:
        rows.append(_row(tr_noop("DetailsPanel", "Actors"), escape(", ".join(event.actors)), lang))
    for label, ids in (
        (tr_noop("DetailsPanel", "Begins"), event.starts),
        (tr_noop("DetailsPanel", "Ends"), event.ends),
    ):
        if ids:
            links = ", ".join(_link("territory", t, atlas.history[t].names.get(lang)) for t in ids)
            rows.append(_row(label, links, lang))
    return "".join(
        [
            kicker,
            f"<h2>{escape(event.title.get(lang))}</h2>",
            "".join(f"<p class='muted'>{escape(t)}</p>" for t in other),
            f"<table cellspacing='0'>{''.join(rows)}</table>",
            f"<p>{escape(event.summary)}</p>",
            disputes_html(event.disputes, atlas, lang),
            _sources_html(event.sources, atlas, lang),
            f"<p class='muted'><i>{escape(translate('DetailsPanel', 'Note:', lang))}</i> "
            f"{escape(event.note)}</p>"
            if event.note
            else "",
        ]
    )


def figures_text(figures: dict[str, float | str], lang: str = "en") -> list[str]:
    """Stated and computed figures side by side: '423 km stated · 466 km geodesic'."""
    lines = []
    for measure, unit_name in FIGURE_UNITS.items():
        stated, computed = figures.get(f"stated_{measure}"), figures.get(f"computed_{measure}")
        unit = translate("DetailsPanel", unit_name, lang)
        parts = []
        if stated is not None:
            text = translate("DetailsPanel", "{value} {unit} stated", lang)
            parts.append(text.format(value=_number(stated, lang), unit=unit))
        if computed is not None:
            text = translate("DetailsPanel", COMPUTED_HOW[measure], lang)
            parts.append(text.format(value=_number(computed, lang), unit=unit))
        if parts:
            lines.append(" · ".join(parts))
    return lines


def _number(value: float | str, lang: str) -> str:
    return grouped(value, lang) if isinstance(value, int | float) else str(value)


def validity_label(territory: Territory, lang: str = "en") -> str:
    """'June 1920 – September 1921', '1991 – today'; the end is the first day not drawn."""
    start, end = territory.valid_from, territory.valid_to
    if end:
        return period_label(start, end, lang)
    today = translate("DetailsPanel", "{start} – today", lang)
    return today.format(start=date_text(start, lang))


def _validity(territory: Territory, lang: str) -> tuple[str, str]:
    start, end = territory.valid_from, territory.valid_to
    first = gregorian_text(start.first_day, Precision.DAY, lang)
    if end:
        last = gregorian_text(dt.date.fromordinal(end.ordinal - 1), Precision.DAY, lang)
        drawn = translate("DetailsPanel", "drawn from {first} until {last}", lang)
    else:
        last, drawn = "", translate("DetailsPanel", "drawn from {first} with no end", lang)
    start_words = translate("Precision", PRECISION_WORDS[start.precision.value], lang)
    if end is None or end.precision is start.precision:
        known = translate("DetailsPanel", "known to the {precision}", lang)
        known = known.format(precision=start_words)
    else:
        end_words = translate("Precision", PRECISION_WORDS[end.precision.value], lang)
        known = translate("DetailsPanel", "start known to the {start}, end to the {end}", lang)
        known = known.format(start=start_words, end=end_words)
    line = translate("DetailsPanel", "{drawn}; {known}", lang)
    return validity_label(territory, lang), line.format(
        drawn=drawn.format(first=first, last=last), known=known
    )


def territory_html(territory: Territory, atlas: Atlas, lang: str, on_map: bool) -> str:
    """The page for one territory, zone or line; *on_map* says if the current date shows it."""
    label, drawn = _validity(territory, lang)
    status = translate("Status", STATUS_NAMES.get(territory.status, territory.status), lang)
    kind = KIND_NAMES.get(territory.kind, territory.kind)
    kicker = f"{translate('Kinds', kind, lang)} · {status}"
    if not on_map:
        kicker += " · " + translate("DetailsPanel", "not on the map at this date", lang)
    kicker = f"<p class='kicker'>{escape(kicker)}</p>"
    names = territory.names.as_dict()
    valid = f"{escape(label)}<br><span class='muted'>{escape(drawn)}</span>"
    rows = [_row(tr_noop("DetailsPanel", "Valid"), valid, lang)]
    sh = _period_sh(territory.valid_from, territory.valid_to, lang)
    rows.append(_row(tr_noop("DetailsPanel", "Solar Hijri"), escape(sh), lang))
    precision = territory.boundary_precision
    note = translate("DetailsPanel", PRECISION_NOTES.get(precision, precision), lang)
    rows.append(_row(tr_noop("DetailsPanel", "Boundary"), escape(note), lang))
    rows.append(_row(tr_noop("DetailsPanel", "How drawn"), escape(territory.construction), lang))
    if territory.unsourced:
        note = translate("Describe", UNSOURCED_NOTE, lang)
        rows.append(_row(tr_noop("DetailsPanel", "Sources"), escape(note), lang))
    for line in figures_text(dict(territory.figures), lang):
        rows.append(_row(tr_noop("DetailsPanel", "Size"), escape(line), lang))
    if area := area_text(territory, atlas.sources, lang):
        area = translate("DetailsPanel", "{area}; equal-area", lang).format(area=area)
        rows.append(_row(tr_noop("DetailsPanel", "Area"), escape(area), lang))
    linked = [e for e in atlas.events if territory.id in (*e.starts, *e.ends)]
    if linked:
        links = "<br>".join(
            f"{escape(date_text(e.date, lang))}: {_link('event', e.id, e.title.get(lang))}"
            for e in linked
        )
        rows.append(_row(tr_noop("DetailsPanel", "Events"), links, lang))
    return "".join(
        [
            kicker,
            f"<h2>{escape(territory.names.get(lang))}</h2>",
            "".join(
                f"<p class='muted'>{escape(n)}</p>" for code, n in names.items() if code != lang
            ),
            f"<table cellspacing='0'>{''.join(rows)}</table>",
            f"<p>{escape(territory.summary)}</p>" if territory.summary else "",
            disputes_html(territory.disputes, atlas, lang),
            _sources_html(territory.sources, atlas, lang),
        ]
    )


# ---------------------------------------------------------------- the widget
class DetailsPanel(QWidget):
    """The selected event or territory, read-only (for a dock).

    Parameters
    ----------
    atlas
        The loaded data.
    state
        The shared view state; the panel shows ``state.selection``.

    Signals
    -------
    eventActivated(str)
        The user clicked a linked event: its id (the date and selection have moved to it).
    statusMessage(str)
        A one-line note for the status bar (what "Copy citation" copied).
    """

    eventActivated = Signal(str)
    statusMessage = Signal(str)

    def __init__(self, atlas: Atlas, state: ViewState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._atlas, self._state = atlas, state
        self._on_map: bool | None = None
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)  # we route every link ourselves
        self.browser.setOpenExternalLinks(False)
        self.browser.setAccessibleName("Details")
        self.browser.document().setDefaultStyleSheet(CSS)
        self.browser.document().setDocumentMargin(10)
        self.cite_button = CitationButton()
        self.cite_button.copied.connect(self.statusMessage)
        bar = QHBoxLayout()
        bar.setContentsMargins(4, 4, 4, 0)
        bar.addStretch(1)
        bar.addWidget(self.cite_button)  # before the page, which keeps Tab for its links
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.browser)
        self.browser.anchorClicked.connect(self._on_anchor_clicked)
        state.selection_changed.connect(self._render)
        state.language_changed.connect(self._render)
        state.date_changed.connect(self._on_date_changed)
        self._render()

    def text(self) -> str:
        """The page as plain text (what a reader sees)."""
        return self.browser.toPlainText()

    def _render(self) -> None:
        selected, lang = self._state.selection, self._state.language
        self._on_map = None
        if selected in self._atlas.events:
            event = self._atlas.events[selected]
            page, works = event_html(event, self._atlas, lang), item_works(event, self._atlas)
        elif selected in self._atlas.history:
            territory = self._atlas.history[selected]
            self._on_map = territory.valid_on(self._state.day)
            page = territory_html(territory, self._atlas, lang, self._on_map)
            works = item_works(territory, self._atlas)
        else:
            empty = translate("DetailsPanel", EMPTY_TEXT, self._state.language)
            page, works = f"<p class='muted'>{escape(empty)}</p>", []
        self.browser.setHtml(page)
        self.cite_button.set_works(works)

    def _on_date_changed(self) -> None:
        """Re-render only when the selected territory comes onto or leaves the map."""
        selected = self._state.selection
        if self._on_map is not None and (
            self._atlas.history[selected].valid_on(self._state.day) != self._on_map
        ):
            self._render()

    def _on_anchor_clicked(self, url: QUrl) -> None:
        match url.scheme():
            case "territory" if url.path() in self._atlas.history:
                commands.select(self._state, url.path())
            case "event" if url.path() in self._atlas.events:
                commands.go_to_event(self._state, self._atlas, url.path())
                self.eventActivated.emit(url.path())
            case "http" | "https":
                QDesktopServices.openUrl(url)
