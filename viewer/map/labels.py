"""Map labels placed without collisions, in screen space, with a halo for legibility.

One item paints every label: placement is greedy by priority (rank-1 towns and historical
territories first), trying four positions around each point and dropping a label that would
overlap one already placed, or the map's furniture (reserved before any label). Layout runs
when the view, the date or the language changes, a slice of :data:`SLICE_MS` a turn of the
event loop; paint only replays the cached text paths.
"""

from __future__ import annotations

import math
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QLineF, QPointF, QRectF, QSizeF, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap, QTransform
from PySide6.QtWidgets import QGraphicsItem, QGraphicsObject, QStyleOptionGraphicsItem, QWidget

from viewer.core import style
from viewer.core.atlas import SPAN
from viewer.core.kept import KeptByBytes
from viewer.map.fonts import dpi_scale
from viewer.map.label_placement import (
    MAX_MISSES,
    MAX_TRIED,
    WRAPPED_ROLES,
    Box,
    LabelSpec,
    Occupancy,
    Slot,
    SpecArrays,
    Wanted,
    could_hold,
    find_slot,
    leader,
    merged,
)
from viewer.map.label_text import HALO_PX, SNUG, WRAP_AT, LabelShape, font_for, label_fonts

SPRITE_PAD = 3
"""Room around a label's sprite for its halo, at 96 dpi (as are the dot's sizes)."""
DOT_RADIUS = 2.6
DOT_CENTRE = QPointF(4, 4)
"""The centre of a town dot's picture, whose side is twice this."""
DOT_PEN = 1.2
LEADER_PEN = 0.8
WARM_DAYS = 25 * 365
WARM_STEP = 5 * 365
"""Labels of 25 years either side of the date's 5-year step are drawn ahead while idle."""
PICTURE_BYTES = 12 << 20
"""Memory for the labels' sprites and dots, the most recently drawn kept: those of every date
of the real data fit (7 MB at 1920×1080, measured); with a hundred copies of the data they
filled Qt's pixmap cache (48 MB, shared with the timeline and the labels' picture of the
view; measured)."""
FIRST_DAY = SPAN[0].toordinal()
"""The timeline's first day, whose labels idle time draws too (a jump to the start)."""
SLICE_MS = 6.0
"""A layout places labels for up to this long in one turn of the event loop, then goes on in
the next: with a hundred copies of the data a layout tried ~250 labels in ~35 ms, one frame."""


_Entry = tuple[
    str,
    LabelShape,
    float,
    float,
    str,
    tuple[float, float] | None,
    bool,
    tuple[float, float, float, float] | None,
]
"""A layout entry: text, shape, left, top, colour, dot, halo and leader line."""


@dataclass(slots=True)
class _Placed:
    spec: LabelSpec
    """What it labels, to tell whether it is still right on another day (:meth:`set_day`)."""
    dynamic: bool
    """Whether it is one of the date's event labels (:meth:`LabelLayer.set_dynamic`)."""
    text: str
    shape: LabelShape
    origin: QPointF
    colour: QColor
    dot: QPointF | None
    halo: bool
    leader: QLineF | None
    bounds: QRectF
    """Everything it draws: sprite, dot and leader."""

    @classmethod
    def of(cls, entry: _Entry, spec: LabelSpec, dynamic: bool, k: float) -> _Placed:
        """A placed label from a layout entry (plain numbers, quick to compare); *k* pixels
        per pixel at 96 dpi."""
        text, shape, left, top, colour, dot, halo, leader = entry
        x0, y0, x1, y1 = _extent(entry, k)
        return cls(
            spec,
            dynamic,
            text,
            shape,
            QPointF(left, top),
            QColor(colour),
            QPointF(*dot) if dot else None,
            halo,
            QLineF(*leader) if leader else None,
            QRectF(x0, y0, x1 - x0, y1 - y0),
        )

    @property
    def rect(self) -> QRectF:
        return QRectF(self.origin, self.shape.size)


def _extent(entry: _Entry, k: float) -> Box:
    """Everything a layout entry draws (sprite with its halo, dot and leader), a pixel more
    each side, as (left, top, right, bottom); *k* pixels per pixel at 96 dpi."""
    _, shape, left, top, _, dot, _, leader = entry
    pad = SPRITE_PAD * k
    x0, y0 = left - pad, top - pad
    x1, y1 = left + shape.size.width() + pad, top + shape.size.height() + pad
    if dot is not None:
        r = DOT_CENTRE.x() * k
        x0, y0 = min(x0, dot[0] - r), min(y0, dot[1] - r)
        x1, y1 = max(x1, dot[0] + r), max(y1, dot[1] + r)
    if leader is not None:
        x0, x1 = min(x0, leader[0], leader[2]), max(x1, leader[0], leader[2])
        y0, y1 = min(y0, leader[1], leader[3]), max(y1, leader[1], leader[3])
    return x0 - 1, y0 - 1, x1 + 1, y1 + 1


def _overlaps(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


_View = tuple[float, float, float, float, float, float, Box]
"""Where labels are laid out: the view's transform (m11, m12, m21, m22, dx, dy) and limits."""


_Wanting = tuple[QTransform, Box, float, int, str, frozenset[str]]
"""What tells which labels are wanted: the view's transform, limits and metres per pixel, the
day, the language and the layers hidden (:meth:`SpecArrays.wanted`)."""


@dataclass(slots=True)
class _Layout:
    """A layout under way: greedy placement in priority order, resumable where it stopped with
    the same occupancy, so that one laid out over several turns is the one laid out at once.

    It starts by naming the labels wanted, which makes their features' places not made yet
    (the idle warm-up makes them ahead): that too goes on over turns until done."""

    asked: tuple[object, ...]
    """Everything the labels wanted follow from (the view, the furniture's room, the day, the
    language, the layers hidden and the labels), to tell a layout already under way."""
    view: _View
    wanting: _Wanting
    wanted: list[Wanted] | None = None
    """The labels wanted, by priority, once all their places are made."""
    key: tuple[object, ...] = ()
    """The view, the furniture's room and the labels wanted, once known: a layout done for
    the key of the labels shown (most months) changes nothing."""
    dynamic: frozenset[int] = frozenset()
    """The ids of the date's event labels' specs among :attr:`wanted`."""
    taken: Occupancy | None = None
    """The room labels took so far, once named: the furniture's first."""
    progressive: bool = False
    """Whether its labels show as they are placed (no label shown before was still right)."""
    placed: list[tuple[_Entry, LabelSpec, bool]] = field(default_factory=list)
    tried: int = 0
    misses: int = 0
    per_anchor: float = 0.0
    """The longest a label took per anchor so far (seconds), to tell whether the next one is
    done before a slice's end (:meth:`LabelLayer._place`)."""

    @property
    def finished(self) -> bool:
        wanted = self.wanted
        return wanted is not None and (
            self.tried >= len(wanted) or self.misses >= MAX_MISSES  # MAX_MISSES: full
        )


def _bytes(pixmap: QPixmap) -> int:
    return pixmap.width() * pixmap.height() * pixmap.depth() // 8


class LabelLayer(QGraphicsObject):
    """Paints all map labels in the view box's pixel space.

    Parameters
    ----------
    view_box
        The map's view box; labels are its children, so they ignore the data transform.
    families
        Font families in fallback order (Latin/Cyrillic first, then Persian).
    """

    def __init__(self, view_box: pg.ViewBox, families: list[str]) -> None:
        super().__init__(view_box)
        self._vb = view_box
        self._families = families
        self.size_scale = 1.0
        """The labels' size over the screen's (:meth:`set_scale`)."""
        self.k = dpi_scale()
        """Pixels per pixel at 96 dpi, for the dots, halos and leaders: the screen's logical
        DPI over 96, times :attr:`size_scale`."""
        self._fonts = label_fonts(families)
        self._static = self._dynamic = SpecArrays([])
        self._placed: list[_Placed] = []
        self._layout: list[_Entry] = []  # what _placed was made from, to tell a change
        self._key: tuple[object, ...] | None = (
            None  # the view and the labels wanted at the last layout
        )
        self._shapes: dict[tuple[str, str, int], LabelShape] = {}
        self._pictures: KeptByBytes[tuple[object, ...], QPixmap] = KeptByBytes(
            PICTURE_BYTES, _bytes
        )
        self.vector = False  # exports to SVG/PDF draw outlines, never pixmaps
        self._warm: tuple[tuple[object, ...], int] = (
            (),
            0,
        )  # (date, language, ratio) and specs warmed
        self._day = 0
        self._lang = "en"
        self._hidden: frozenset[str] = frozenset()
        self._reservations: dict[str, tuple[Box, ...]] = {}
        self._reserved: tuple[Box, ...] = ()  # all owners' rectangles
        self._held = False  # inside held(): the caller lays out later
        self._started = False  # nothing is laid out before the map's first frame (start())
        self._job: _Layout | None = None  # the layout under way, if any
        self._view: _View | None = None  # where the labels shown were laid out
        self._slice_timer = QTimer(self, singleShot=True, interval=0)
        self._slice_timer.timeout.connect(self._next_slice)
        self._places_done = 0  # static labels whose places are found (warm)
        self.setZValue(1000)
        self.setFlag(QGraphicsObject.GraphicsItemFlag.ItemHasNoContents, False)
        # Kept as a picture of the view: other repaints (markers, fades) replay it in one
        # blit, where drawing ~70 sprites and town dots each time cost ~2 ms (measured).
        self.setCacheMode(QGraphicsObject.CacheMode.DeviceCoordinateCache)
        self.setFlag(QGraphicsObject.GraphicsItemFlag.ItemUsesExtendedStyleOption)
        view_box.sigRangeChanged.connect(self.relayout)
        view_box.sigResized.connect(self._on_resized)

    def set_specs(self, specs: list[LabelSpec]) -> None:
        self._static = SpecArrays(specs)
        self._warm, self._places_done = ((), 0), 0
        self.relayout()

    def set_dynamic(self, specs: list[LabelSpec]) -> None:
        """Labels that change with the date (the events lit up now); placed with the rest.

        Kept apart from the static ones, so that a change of them sorts three labels, not
        all (re-sorting ~4,000 cost ~4 ms a date change, measured)."""
        before = self._dynamic.specs
        if [(s.key, s.x, s.y) for s in specs] != [(s.key, s.x, s.y) for s in before]:
            self._dynamic = SpecArrays(specs)

    def set_scale(self, scale: float) -> None:
        """Draw the labels *scale* times their size on screen: an export sizes them for its
        page, as the rest of its type."""
        if scale != self.size_scale:
            self.size_scale = scale
            self._fonts = label_fonts(self._families, scale)
            self._rescale()

    def refresh_dpi(self) -> None:
        """Follow a change of the screen's logical DPI: its type in points has changed size,
        so the labels are measured again, and their dots and halos grow or shrink with it."""
        self._rescale()

    def _rescale(self) -> None:
        self.k = dpi_scale() * self.size_scale
        self._shapes.clear()
        self._cancel()
        self._key, self._layout, self._placed, self._view = None, [], [], None
        self._warm = ((), 0)
        self.relayout()
        self.update()

    def set_hidden(self, groups: frozenset[str]) -> None:
        """Leave out the labels of the layers switched off (:attr:`LabelSpec.group`)."""
        if groups != self._hidden:
            self._hidden = groups
            self.relayout()

    def reserve(self, owner: str, rects: list[QRectF]) -> None:
        """Keep labels off *rects* (view box pixels), drawn over them by *owner*: the map's
        furniture, or the edge pointers. Each owner's rectangles replace its last ones.

        They are taken before any label, and a label whose dot or leader would reach under
        them is left out, as one that finds no room is."""
        boxes = tuple((r.left(), r.top(), r.right(), r.bottom()) for r in rects)
        if boxes != self._reservations.get(owner, ()):
            self._reservations[owner] = boxes
            self._reserved = tuple(box for owned in self._reservations.values() for box in owned)
            self.relayout()

    def _on_resized(self, *_: object) -> None:
        self.prepareGeometryChange()
        self.relayout()

    @contextmanager
    def held(self) -> Iterator[None]:
        """Lay nothing out for the changes made inside: a date change moves the edge pointers
        and the event labels as well as the day, and its caller lays them out together in a
        later turn, never in the change's own frame (:meth:`set_day`)."""
        self._held = True
        try:
            yield
        finally:
            self._held = False

    def set_day(self, day: int, lang: str) -> None:
        """Label *day* in *lang* from now on. The labels shown that are wrong for it go at once
        (a few tests each, :meth:`_drop_stale`); the layout for it is the caller's to ask for
        (:meth:`relayout`), in a later turn: a layout in the change's frame cost up to ~7 ms
        with the real data, ~35 ms with a hundred copies of it (measured)."""
        self._day, self._lang = day, lang
        self._cancel()
        if self.isVisible():  # hidden, they are laid out when shown (:meth:`itemChange`)
            self._drop_stale()

    @property
    def visible_texts(self) -> list[str]:
        """The texts of the labels shown, for tests and the legend."""
        return [p.text for p in self._placed]

    @property
    def laying_out(self) -> bool:
        """Whether a layout is under way (it goes on in the next turns of the event loop)."""
        return self._job is not None

    def boundingRect(self) -> QRectF:
        rect: QRectF = self._vb.boundingRect()  # pyqtgraph has no type hints
        return rect

    def _frame(self) -> tuple[QTransform, Box, _View]:
        """The view's transform, the limits of labels in it, and the two as plain numbers."""
        bounds = self._vb.boundingRect().adjusted(2, 2, -2, -2)
        limits: Box = (bounds.left(), bounds.top(), bounds.right(), bounds.bottom())
        t = self._vb.childTransform()
        return t, limits, (t.m11(), t.m12(), t.m21(), t.m22(), t.dx(), t.dy(), limits)

    def relayout(self, *_args: object) -> None:
        """Lay the labels out again if the view, or the labels wanted in it, changed.

        Which labels are wanted is one numpy step; if they and the view are those of the
        labels shown (most months), nothing is placed (0.2 ms with the real data at
        1920×1080, measured). Else the labels shown that are wrong now go, and the layout
        starts, for up to :data:`SLICE_MS` in this turn and as long again in each following
        one until it is done, naming included (it makes the places the idle warm-up has not
        made yet); a newer change starts another. Hidden labels are not laid out;
        showing them lays them out (:meth:`itemChange`).
        """
        if not self.isVisible() or self._held or not self._started:
            return
        (x0, x1), _ = self._vb.viewRange()
        metres_per_pixel = (x1 - x0) / max(self._vb.width(), 1.0)
        t, limits, view = self._frame()
        wanting = (t, limits, metres_per_pixel, self._day, self._lang, self._hidden)
        asked = (view, metres_per_pixel, self._reserved, *wanting[3:], self._dynamic, self._static)
        if self._job is not None and asked == self._job.asked:
            return  # under way
        self._cancel()
        self._job = _Layout(asked, view, wanting)
        self._go_on(SLICE_MS)

    def start(self) -> None:
        """Lay the labels out (:meth:`relayout`), as from now on whenever asked. Until the
        first call nothing is: as a window takes its size, the map's furniture and edge
        pointers asked for six layouts of up to :data:`SLICE_MS` each, which held its first
        paint back ~25 ms (measured); the map starts its labels after its first frame."""
        self._started = True
        self.relayout()

    def finish_layout(self) -> None:
        """Lay the labels out now, whole: a picture exported is no frame to keep short."""
        self.start()
        self._go_on(math.inf)

    def _cancel(self) -> None:
        self._job = None
        self._slice_timer.stop()

    def _next_slice(self) -> None:
        self._go_on(SLICE_MS)

    def _go_on(self, budget_ms: float) -> None:
        """Name the labels wanted, then place them, for up to *budget_ms*, and show them if
        all are placed, the rest waiting for the next turn. A progressive layout (no label
        shown before was still right: a new view or language) shows those placed so far,
        highest priority first; else the labels still right stay until it is done, so that
        scrubbing never takes labels away only to bring them back a turn later."""
        job = self._job
        if job is None:
            return
        deadline = time.perf_counter() + budget_ms / 1000
        naming = job.wanted is None
        if naming and not self._name_wanted(job, deadline):
            if self._job is job:  # places left to make
                self._slice_timer.start()
            return
        self._place(job, deadline, at_least_one=not naming)  # named now: maybe none
        if job.finished:
            self._job = None
            self._show(job.placed, job.view)
            self._key = job.key
            return
        if job.progressive:
            self._show(job.placed, job.view)
            self._key = None  # not a whole layout
        self._slice_timer.start()

    def _name_wanted(self, job: _Layout, deadline: float) -> bool:
        """Name the labels *job* wants, making their places not made yet until *deadline*
        (``time.perf_counter``); whether it is to be placed now. Once named, a layout for the
        labels shown ends here; else those wrong now go, and its placement is set up."""
        first = self._dynamic.wanted(*job.wanting, until=deadline)
        then = None if first is None else self._static.wanted(*job.wanting, until=deadline)
        if first is None or then is None:
            self._drop_stale()  # as a new view's or day's go at once
            return False
        job.wanted = merged(first, then)[:MAX_TRIED]
        job.key = (job.view, self._reserved, [(w[0], w[1]) for w in job.wanted])
        if job.key == self._key:
            self._job = None
            return False  # the labels shown
        self._drop_stale()
        job.taken = taken = Occupancy()
        pad = SPRITE_PAD * self.k + 1  # a label's halo reaches past its text
        for x0, y0, x1, y1 in self._reserved:
            taken.take(x0 - pad, y0 - pad, x1 + pad, y1 + pad)
        job.dynamic = frozenset(id(spec) for spec in self._dynamic.specs)
        job.progressive = not self._placed
        return True

    def _place(self, job: _Layout, deadline: float, at_least_one: bool = True) -> None:
        """Greedy placement in priority order from where *job* stopped, at least one label
        unless told not to (the turn named them), until *deadline* (``time.perf_counter``)
        or the end. A label is begun only if it looks done by then: a large area's tries
        every place around each of its anchors, at each tightness, and one begun at the end
        of a slice made it ~10.8 ms (measured with a hundred copies of the data); its time is
        guessed from its anchors at the layout's slowest time per anchor yet."""
        taken, wanted, (t, limits, *_) = job.taken, job.wanted, job.wanting
        assert taken is not None  # named (_name_wanted)
        assert wanted is not None
        begun = not at_least_one
        while not job.finished:
            _, text, spec, anchors = wanted[job.tried]
            start = time.perf_counter()
            if begun and start + job.per_anchor * len(anchors) > deadline:
                return
            begun = True
            job.tried += 1
            shape, slot = self._fitted(text, spec, anchors, taken, limits, t)
            if slot is None:
                job.misses += 1
            else:
                job.misses = 0
                box, ax, ay, _ = slot
                left, top, right, bottom = box
                near = spec.role not in WRAPPED_ROLES or (
                    left - 4 <= ax <= right + 4 and top - 4 <= ay <= bottom + 4
                )
                entry = (
                    text, shape, left, top, spec.colour, (ax, ay) if spec.dot else None,
                    spec.role != "sea", None if near else leader(box, ax, ay),
                )  # fmt: skip
                reserved = self._reserved
                if not reserved or not any(_overlaps(_extent(entry, self.k), r) for r in reserved):
                    taken.take(left - 3, top - 2, right + 3, bottom + 2)
                    job.placed.append((entry, spec, id(spec) in job.dynamic))
                # else its dot or leader would point under the furniture
            took = (time.perf_counter() - start) / len(anchors)
            job.per_anchor = max(job.per_anchor, took)

    def _drop_stale(self) -> None:
        """Take away the labels shown that are wrong now: all after a change of view (they
        are placed for another), else those of features not on the map on the day, of layers
        hidden, whose text changed (a language, a town renamed), of events no longer lit up,
        or under the furniture's new room. The rest stay until the next layout is done."""
        if not self._placed:
            return
        day, lang, hidden, reserved = self._day, self._lang, self._hidden, self._reserved
        events = {spec.key for spec in self._dynamic.specs}
        kept = []
        if self._frame()[2] == self._view:
            for entry, label in zip(self._layout, self._placed, strict=True):
                spec, b = label.spec, label.bounds
                box = (b.left(), b.top(), b.right(), b.bottom())
                if (
                    spec.start <= day < spec.end
                    and spec.group not in hidden
                    and (spec.key in events or not label.dynamic)
                    and spec.names(day).get(lang) == label.text
                    and not any(_overlaps(box, r) for r in reserved)
                ):
                    kept.append((entry, spec, label.dynamic))
        if len(kept) < len(self._placed):
            self._show(kept, self._view)
            self._key = None

    def _show(self, placed: list[tuple[_Entry, LabelSpec, bool]], view: _View | None) -> None:
        """Show these labels, laid out in *view*; repaint only where labels came or went."""
        self._view = view
        layout = [entry for entry, _, _ in placed]
        if layout == self._layout:
            return
        before = dict(zip(self._layout, self._placed, strict=True))
        self._layout = layout
        self._placed = [
            before.get(entry) or _Placed.of(entry, spec, dynamic, self.k)
            for entry, spec, dynamic in placed
        ]
        gone = [before[entry] for entry in before.keys() - set(layout)]
        came = [p for entry, p in zip(layout, self._placed, strict=True) if entry not in before]
        if len(gone) + len(came) > len(layout) // 2:
            self.update()
        else:  # a few labels came or went: repaint only there (the cache keeps the rest)
            for label in (*gone, *came):
                self.update(label.bounds)

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value: Any) -> Any:  # noqa: N802
        if change == QGraphicsItem.GraphicsItemChange.ItemVisibleHasChanged and value:
            self.relayout()
        return super().itemChange(change, value)

    def _fitted(
        self, text: str, spec: LabelSpec, anchors: list[tuple[float, float]],
        taken: Occupancy, limits: Box, t: QTransform,
    ) -> tuple[LabelShape, Slot | None]:  # fmt: skip
        """The label's shape and free place: an area's label that does not fit inside its
        area at its usual size is tried narrower and smaller (:data:`SNUG`), so that a small
        area's name does not spill over its neighbours; failing those, it goes where its
        usual shape found room, with a leader if away from the area; a country's label,
        which has no leader, stays at its feature in its tightest shape, spilling least."""
        shape = self._shape(text, spec.role)
        slot = find_slot(anchors, shape.size, spec, taken, limits, t)
        if (slot is not None and slot[3]) or spec.geometry is None or spec.along:
            return shape, slot  # where it belongs, or a point's or line's label with no room
        fallback, tried = (shape, slot), {shape.size.toTuple()}
        for snug in range(1, len(SNUG) + 1):
            tighter = self._shape(text, spec.role, snug)
            if tighter.size.toTuple() in tried:  # short words: wrapping more changed nothing
                continue
            tried.add(tighter.size.toTuple())
            size = tighter.size
            if spec.role in WRAPPED_ROLES and not could_hold(spec, size.width(), size.height(), t):
                continue  # too big for the area even so: it would only end up leadered
            found = find_slot(anchors, tighter.size, spec, taken, limits, t)
            if found is not None and found[3]:  # inside its area (find_slot tested it)
                return tighter, found
            if found is not None and spec.role not in WRAPPED_ROLES:
                fallback = (tighter, found)  # no leader for a country: the least spill
        return fallback

    def _shape(self, text: str, role: str, snug: int = 0) -> LabelShape:
        """The label at the origin, made once per text, role and tightness (0: the usual,
        else the :data:`SNUG` step from 1), then translated."""
        key = (text, role, snug)
        if key not in self._shapes:
            wrap_at, smaller = SNUG[snug - 1] if snug else (WRAP_AT, 0.0)
            font = font_for(self._fonts, text, role, smaller)
            wraps = bool(snug) or role in WRAPPED_ROLES
            shape = LabelShape(text, font, wrap_at if wraps else 0, HALO_PX * self.k)
            self._shapes[key] = shape
        return self._shapes[key]

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        ratio, k = painter.device().devicePixelRatioF(), self.k
        exposed = option.exposedRect if option.exposedRect.isValid() else self.boundingRect()
        for item in self._placed:
            if not item.bounds.intersects(exposed):
                continue
            if item.leader is not None:
                painter.setPen(QPen(item.colour, LEADER_PEN * k))
                painter.drawLine(item.leader)
            if item.dot is not None:
                if self.vector:
                    painter.setPen(QPen(QColor(style.TEXT_HALO), DOT_PEN * k))
                    painter.setBrush(item.colour)
                    painter.drawEllipse(item.dot, DOT_RADIUS * k, DOT_RADIUS * k)
                else:
                    painter.drawPixmap(item.dot - DOT_CENTRE * k, self._dot(item.colour, ratio))
            if self.vector:
                text, halo = item.shape.paths()
                if item.halo:
                    painter.fillPath(halo.translated(item.origin), QColor(style.TEXT_HALO))
                painter.fillPath(text.translated(item.origin), item.colour)
            else:
                sprite = self._sprite(item.shape, item.colour, item.halo, ratio)
                painter.drawPixmap(item.origin - QPointF(SPRITE_PAD, SPRITE_PAD) * k, sprite)

    def _dot(self, colour: QColor, ratio: float) -> QPixmap:
        """A town's dot, drawn once per colour (antialiased circles add up over ~40 towns)."""
        k = self.k
        key = ("dot", colour.rgba(), ratio, k)
        dot = self._cached(key)
        if dot is None:
            dot = QPixmap((QSizeF(2, 2) * DOT_CENTRE.x() * k * ratio).toSize())
            dot.setDevicePixelRatio(ratio)
            dot.fill(Qt.GlobalColor.transparent)
            painter = QPainter(dot)
            try:
                painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
                painter.setPen(QPen(QColor(style.TEXT_HALO), DOT_PEN * k))
                painter.setBrush(colour)
                painter.drawEllipse(DOT_CENTRE * k, DOT_RADIUS * k, DOT_RADIUS * k)
            finally:
                painter.end()
            self._keep(key, dot)
        return dot

    def _cached(self, key: tuple[object, ...]) -> QPixmap | None:
        """A picture kept (now the most recently drawn), or None if it was never or is no
        longer kept."""
        return self._pictures.get(key)

    def _keep(self, key: tuple[object, ...], pixmap: QPixmap) -> None:
        """Keep *pixmap*, letting the least recently drawn go beyond :data:`PICTURE_BYTES`."""
        self._pictures.put(key, pixmap)

    def _sprite(self, shape: LabelShape, colour: QColor, halo: bool, ratio: float) -> QPixmap:
        """The label drawn once into a pixmap (halo and text)."""
        key = (shape, colour.rgba(), halo, ratio)
        sprite = self._cached(key)
        if sprite is None:
            pad = SPRITE_PAD * self.k
            size = shape.size + QSizeF(2 * pad, 2 * pad)
            sprite = QPixmap((size * ratio).toSize())
            sprite.setDevicePixelRatio(ratio)
            sprite.fill(Qt.GlobalColor.transparent)
            painter = QPainter(sprite)
            try:
                painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
                painter.translate(pad, pad)
                shape.draw(painter, colour, halo)
            finally:
                painter.end()
            self._keep(key, sprite)
        return sprite

    def warm(self, budget_ms: float) -> bool:
        """Draw the sprites of the labels of the years around the date, and find their
        features' places, for up to *budget_ms*; whether all are done. Called while the app
        is idle: a date that shows a territory's or town's label for the first time then only
        places it (new sprites cost a scrubbing frame up to ~8 ms, a large area's places up
        to ~12 ms, measured)."""
        views = self.scene().views() if self.scene() else []
        if not views or self.vector:
            return True
        ratio = views[0].devicePixelRatioF()
        centre = self._day - self._day % WARM_STEP  # a new pass only every few years scrubbed
        warm = (centre, self._lang, ratio)
        if self._warm[0] != warm:
            self._warm = (warm, 0)
        deadline = time.perf_counter() + budget_ms / 1000
        # The years around the date, then the timeline's first day: the first jump there laid
        # out labels never drawn, 13-18 ms of its frame (measured with the real data).
        near = (centre - WARM_DAYS, centre + WARM_STEP + WARM_DAYS, self._day)
        windows = (near, (FIRST_DAY, FIRST_DAY + 1, FIRST_DAY))
        _, done = self._warm
        specs = self._static.specs
        count = len(specs)
        for index in range(done, len(windows) * count):
            (lo, hi, shown_on), spec = windows[index // count], specs[index % count]
            self._warm = (warm, index + 1)
            if spec.end <= lo or spec.start >= hi:
                continue
            spec.places()  # an area's inner points: up to ~12 ms for a large one
            day = min(max(shown_on, spec.start), spec.end - 1)
            shape = self._shape(spec.names(day).get(self._lang), spec.role)
            if self._pictures.bytes < self._pictures.max_bytes:  # no room: those drawn are kept
                self._sprite(shape, QColor(spec.colour), spec.role != "sea", ratio)
            if time.perf_counter() > deadline:
                return False
        return self._warm_places(deadline)

    def _warm_places(self, deadline: float) -> bool:
        """Then the places of every other feature, once for the whole session (~0.35 s in
        all with the real data): a jump to a far date (Home, 1800) placed some 25 areas'
        labels for the first time in its frame (18 ms of a 38 ms frame, measured)."""
        specs = self._static.specs
        while self._places_done < len(specs):
            specs[self._places_done].places()
            self._places_done += 1
            if time.perf_counter() > deadline:
                break
        return self._places_done >= len(specs)
