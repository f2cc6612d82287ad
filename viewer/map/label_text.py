"""How a label's text looks: the font of each role, its lines, and its halo.

Kept apart from :mod:`viewer.map.labels`, which places the labels and keeps their pictures:
this is the typography those pictures and the vector exports are drawn with.
"""

from __future__ import annotations

import math
import re
import textwrap

from PySide6.QtCore import QPointF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPainterPathStroker

from viewer.core import style

WRAP_AT = 28
"""Historical labels wrap onto lines of about this many characters."""
SNUG = ((14, 0.0), (14, 1.0), (10, 2.0))
"""An area's label that does not fit inside it is tried again, in turn, wrapped onto lines
of about this many characters with its type this many points smaller (never smaller than a
town's; spaced capitals closer), before it is drawn outside, with a leader if far."""
PLACE_POINTS = 9.0
"""A town's label type, the smallest an area's label is made to fit inside it."""
_ARABIC_SCRIPT = re.compile("[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
"""Persian is written in a joined script, which is never letter-spaced."""


def label_fonts(family: list[str], scale: float = 1.0) -> dict[str, QFont]:
    """The font of each label role, in the families' fallback order, *scale* times the
    screen's size (a printed page's labels are sized for the page)."""

    def make(size: float, bold: bool = False, italic: bool = False, spacing: float = 0.0) -> QFont:
        font = QFont()
        font.setFamilies(family)
        font.setPointSizeF(size * scale)
        font.setBold(bold)
        font.setItalic(italic)
        if spacing:
            font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, spacing * scale)
        return font

    return {
        "capital": make(10.5, bold=True),
        "place": make(PLACE_POINTS),
        "sea": make(10.0, italic=True, spacing=1.5),
        "country": make(8.5, bold=True, spacing=1.8),
        "province": make(7.5),
        "territory": make(9.5, bold=True),
        "event": make(9.0, bold=True, italic=True),
    }


def font_for(fonts: dict[str, QFont], text: str, role: str, smaller: float = 0.0) -> QFont:
    """The font of *role* for *text*; a place's font for a role without its own. *smaller*
    takes that many points (at the fonts' scale) off, but never below a town's size, and
    halves any letter spacing."""
    font = fonts.get(role, fonts["place"])
    if _ARABIC_SCRIPT.search(text) and font.letterSpacing():
        font = QFont(font)  # Persian letters join: spacing them apart breaks words
        font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 0.0)
    if smaller:
        town, size = fonts["place"].pointSizeF(), font.pointSizeF()
        scale = town / PLACE_POINTS
        font = QFont(font)
        font.setPointSizeF(max(size - smaller * scale, min(size, town)))
        if font.letterSpacing():  # a country's spaced capitals close up too
            font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, font.letterSpacing() / 2)
    return font


HALO_PX = 1.5
"""A label's halo is this wide at 96 dpi (grown with the screen's DPI, as its type is)."""
_HALO_STEPS = [(math.cos(k * math.pi / 6), math.sin(k * math.pi / 6)) for k in range(12)]
"""The halo's offsets (times its width), as the vector halo's stroke: the text drawn around a
circle."""


class LabelShape:
    """A label's lines, font and size at the origin; its outlines only when drawn as vectors.

    Glyph outlines and a stroke around them took ~2 ms per label, and filling them into a
    sprite ~5 ms more (measured): a new event title cost a scrubbing frame ~20 ms. On screen
    the sprite is drawn with the glyph cache instead (0.3 ms), so outlines are made only for
    exports.
    """

    __slots__ = ("_paths", "font", "halo", "lines", "size")

    def __init__(self, text: str, font: QFont, wrap_at: int, halo: float = HALO_PX) -> None:
        """*wrap_at*: the text wraps onto lines of about that many characters (0: one line)."""
        metrics = QFontMetricsF(font)
        lines = textwrap.wrap(text, wrap_at, break_long_words=False) if wrap_at else [text]
        widths = [metrics.horizontalAdvance(line) for line in lines]
        self.font = font
        self.halo = halo
        """The halo's width in pixels."""
        self.size = QSizeF(max(widths), metrics.height() * len(lines))
        self.lines = [
            (QPointF((self.size.width() - width) / 2, metrics.ascent() + row * metrics.height()),
             line)
            for row, (line, width) in enumerate(zip(lines, widths, strict=True))
        ]  # fmt: skip
        self._paths: tuple[QPainterPath, QPainterPath] | None = None

    def paths(self) -> tuple[QPainterPath, QPainterPath]:
        """The text's outlines and its halo's, made on first use."""
        if self._paths is None:
            path = QPainterPath()
            for baseline, line in self.lines:
                path.addText(baseline, self.font, line)
            stroker = QPainterPathStroker()
            stroker.setWidth(2 * self.halo)
            stroker.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            self._paths = (path, stroker.createStroke(path))
        return self._paths

    def draw(self, painter: QPainter, colour: QColor, halo: bool) -> None:
        """Draw the label at the origin from the glyph cache, its halo as offset copies."""
        painter.setFont(self.font)
        if halo:
            painter.setPen(QColor(style.TEXT_HALO))
            for dx, dy in _HALO_STEPS:
                for baseline, line in self.lines:
                    painter.drawText(baseline + QPointF(dx, dy) * self.halo, line)
        painter.setPen(colour)
        for baseline, line in self.lines:
            painter.drawText(baseline, line)
