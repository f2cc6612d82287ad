import datetime as dt
import itertools

import numpy as np
import pytest
import shapely
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QFontMetricsF, QScreen, QTransform
from PySide6.QtWidgets import QApplication

from geodata.loading import load_history
from geodata.model import Names
from tests.conftest import DATA
from tests.map.frames import Turns
from viewer.map.label_placement import LabelSpec, Occupancy, could_hold, inside, leader
from viewer.map.label_specs import PROVINCE_TEXT, label_specs, territory_text
from viewer.map.label_text import HALO_PX, SNUG
from viewer.map.labels import SPRITE_PAD


def test_line_labels_carry_both_lengths():
    history = load_history(DATA / "history.geojson")
    text = territory_text(history["sea-line"]).en
    assert "423 km stated" in text and "km geodesic" in text
    assert territory_text(history["republic"]).en == "Republic"


def test_labels_cover_places_seas_states_and_features(tiny_atlas):
    specs = {spec.key: spec for spec in label_specs(tiny_atlas)}
    assert {"rasht", "anzali", "sea:caspian", "territory:republic"} <= specs.keys()
    assert not [key for key in specs if key.startswith("country:")]  # today's: never labelled
    assert "moscow" not in specs  # off the map: shown only with its events
    empire = specs["territory:empire"]  # a state is named as a country, on its own days
    assert (empire.role, empire.names(0).en) == ("country", "EMPIRE")
    assert (empire.start, empire.end) == (
        tiny_atlas.history["empire"].start,
        tiny_atlas.history["empire"].end,
    )


def test_province_labels_go_with_their_layer(window):
    window.map.reset_view()
    window.map.view_box.setRange(window.map._rect_lonlat((48, 35, 52, 38)), padding=0)
    assert any(p.colour.name() == PROVINCE_TEXT for p in window.map.labels._placed)
    window.base_boxes["provinces"].setChecked(False)
    assert not window.map.base_items["provinces"].isVisible()
    assert not any(p.colour.name() == PROVINCE_TEXT for p in window.map.labels._placed)
    assert "Iran's provinces today (for orientation)" not in window.legend.texts
    assert "Today's borders (for orientation)" in window.legend.texts


def _labelled(window, qtbot):
    """Wait for the labels of what the map shows (laid out after the change's frame)."""
    qtbot.waitUntil(lambda: not window.map.labelling)


def test_a_hidden_kind_takes_its_labels_along(window, qtbot):
    window.state.date = dt.date(1920, 7, 1)
    _labelled(window, qtbot)
    assert "Republic" in window.map.labels.visible_texts
    window.kind_boxes["government"].setChecked(False)
    assert "Republic" not in window.map.labels.visible_texts  # at once, not a turn later


def test_hidden_labels_are_laid_out_when_shown_not_on_every_date(window, qtbot):
    labels = window.map.labels
    window.state.date = dt.date(1920, 7, 1)
    _labelled(window, qtbot)
    assert "Republic" in labels.visible_texts
    labels.setVisible(False)
    window.state.date = dt.date(1850, 1, 1)
    _labelled(window, qtbot)
    assert "Republic" in labels.visible_texts  # no work while nobody sees them
    labels.setVisible(True)
    assert "Republic" not in labels.visible_texts  # shown: never another date's labels
    _labelled(window, qtbot)
    assert "Rasht" in labels.visible_texts  # and the date's own


def test_a_date_change_keeps_only_the_labels_still_right_until_its_layout(window, qtbot):
    """The layout waits for a later turn; meanwhile no label names what the date does not
    show, and those still right stay rather than blink."""
    labels = window.map.labels
    window.state.date = dt.date(1920, 7, 1)
    _labelled(window, qtbot)
    before = labels.visible_texts
    assert {"Republic", "Rasht"} <= set(before)
    window.state.date = dt.date(1850, 1, 1)
    assert window.map.labelling  # not laid out in the change's frame
    day = window.state.day
    shown = labels._placed
    assert all(p.spec.start <= day < p.spec.end for p in shown)
    assert "Republic" not in labels.visible_texts
    assert labels.visible_texts == [t for t in before if t in labels.visible_texts]
    assert "Rasht" in labels.visible_texts
    _labelled(window, qtbot)
    laid_out = labels.visible_texts
    labels._key = None
    labels.finish_layout()
    assert labels.visible_texts == laid_out  # the date's own layout


def _mark_layouts(labels, turns, monkeypatch):
    """Mark in *turns* each slice of a layout, as "layout" and the day laid out."""
    go_on = labels._go_on

    def marked(budget_ms: float) -> None:
        if labels._job is not None:
            turns.mark(f"layout {labels._day}")
        go_on(budget_ms)

    monkeypatch.setattr(labels, "_go_on", marked)


def test_a_dates_labels_are_laid_out_turns_after_its_frame_is_painted(window, qtbot, monkeypatch):
    """Neither the change's frame nor the turn that delivers what its paint queued carries
    the labels' layout; it follows them, with the date's own labels."""
    labels = window.map.labels
    window.state.date = dt.date(1850, 1, 1)
    _labelled(window, qtbot)
    turns = Turns(window.map.viewport())
    _mark_layouts(labels, turns, monkeypatch)
    window.state.date = dt.date(1920, 7, 1)
    assert turns.log == [] and window.map.labelling  # nothing laid out in the change
    turns.run_until(lambda: not window.map.labelling)
    laid_out = turns.turns_of(f"layout {window.state.day}")
    painted = turns.turns_of("paint")
    assert painted and laid_out
    assert laid_out[0] >= painted[0] + 2
    assert "Republic" in labels.visible_texts
    assert labels.visible_texts == _laid_out_again(labels)


def test_a_new_maps_labels_are_laid_out_after_its_first_frame(tiny_atlas, settings, qtbot):
    """Taking its size, a window's map asks for layouts (its furniture, its pointers): none
    is made before its first paint, and its labels follow that frame."""
    from viewer.app.main_window import MainWindow

    window = MainWindow(tiny_atlas, settings=settings, fade_ms=0)
    qtbot.addWidget(window)
    labels = window.map.labels
    turns = Turns(window.map.viewport())
    go_on = labels._go_on
    labels._go_on = lambda budget_ms: (turns.mark("layout"), go_on(budget_ms))[1]
    window.resize(1200, 800)
    window.show()
    assert turns.log == [] and labels.visible_texts == []
    turns.run_until(lambda: not window.map.labelling)
    painted, laid_out = turns.turns_of("paint"), turns.turns_of("layout")
    assert painted and laid_out
    assert laid_out[0] >= painted[0] + 2
    assert "Rasht" in labels.visible_texts


def test_of_dates_changed_before_their_labels_only_the_last_ones_are_laid_out(
    window, qtbot, monkeypatch
):
    labels = window.map.labels
    _labelled(window, qtbot)
    turns = Turns(window.map.viewport())
    _mark_layouts(labels, turns, monkeypatch)
    for year in (1850, 1921, 1920):  # each painted before the next comes
        window.state.date = dt.date(year, 7, 1)
        QApplication.processEvents()
    turns.run_until(lambda: not window.map.labelling)
    assert {entry for entry, _ in turns.log if entry != "paint"} == {f"layout {window.state.day}"}
    assert "Republic" in labels.visible_texts
    assert labels.visible_texts == _laid_out_again(labels)


def test_a_dates_labels_are_laid_out_when_the_map_is_not_painted(window, qtbot):
    """A map nothing repaints after a change (hidden here) still lays out its labels."""
    labels = window.map.labels
    _labelled(window, qtbot)
    window.map.hide()
    turns = Turns(window.map.viewport())
    window.state.date = dt.date(1920, 7, 1)
    assert window.map.labelling
    qtbot.waitUntil(lambda: not window.map.labelling)
    assert turns.turns_of("paint") == []
    assert "Republic" in labels.visible_texts
    assert labels.visible_texts == _laid_out_again(labels)


def test_a_dates_labels_follow_the_first_frame_of_its_picture(open_window, qtbot, monkeypatch):
    """With fades the labels wait for the date's picture, then for its first frame (the
    fade's) and what that paint queued, so that they come as their territories do."""
    window = open_window(fade_ms=180)
    territories, labels = window.map.territories, window.map.labels
    qtbot.waitUntil(lambda: not window.map.warming)  # the first picture is drawn (and more)
    window.state.date = dt.date(1920, 7, 1)  # a fade run to its end, as in a session: the
    # next one starts from its first value, painted at once, not at its timer's first step
    fade = territories.fade_timeline
    qtbot.waitUntil(lambda: fade.currentValue() == 1.0 and not window.map.labelling)
    assert "Republic" in labels.visible_texts
    turns = Turns(window.map.viewport())
    _mark_layouts(labels, turns, monkeypatch)
    territories.pictureDrawn.connect(lambda: turns.mark("picture"))
    window.state.date = dt.date(1850, 1, 1)  # the republic goes: a picture to draw
    assert territories.rendering
    turns.run_until(lambda: not window.map.labelling)
    (picture,) = turns.turns_of("picture")
    laid_out = turns.turns_of(f"layout {window.state.day}")
    after = [turn for turn in turns.turns_of("paint") if turn > picture]
    assert after and laid_out
    assert laid_out[0] >= after[0] + 2
    assert "Republic" not in labels.visible_texts
    assert labels.visible_texts == _laid_out_again(labels)


def _laid_out_again(labels):
    """The labels a whole layout of the date shows, as an export lays them out."""
    labels._key = None
    labels.finish_layout()
    return labels.visible_texts


def test_labels_never_overlap(window):
    placed = window.map.labels._placed  # the layout result under test
    rects = [p.rect for p in placed]
    for i, a in enumerate(rects):
        for b in rects[i + 1 :]:
            assert not a.intersects(b)


def test_persian_labels_are_never_letter_spaced(window):
    labels = window.map.labels
    english = labels._shape("OTTOMAN EMPIRE", "country")
    persian = labels._shape("امپراتوری عثمانی", "country")
    assert english.font.letterSpacing() > 0  # the atlas's tracked capitals
    assert persian.font.letterSpacing() == 0  # joined letters stay joined
    assert labels._shape("دریای خزر", "sea").font.letterSpacing() == 0


def _spec(labels, key):
    return next(spec for spec in labels._static.specs if spec.key == key)


def test_no_label_goes_under_the_scale_bar(window):
    view, labels, bar = window.map.view_box, window.map.labels, window.map.scale_bar
    assert "Rasht" in labels.visible_texts
    rasht = _spec(labels, "rasht")
    window.map.zoom(3)  # room to pan within the map's limits
    # pan until Rasht's dot sits in the middle of the scale bar's panel
    target = view.childTransform().inverted()[0].map(bar.reserved.center())
    view.translateBy(x=rasht.x - target.x(), y=rasht.y - target.y())
    anchor = view.childTransform().map(QPointF(rasht.x, rasht.y))
    assert bar.panel_rect().contains(anchor)
    assert "Rasht" not in labels.visible_texts  # its dot would be under the bar
    assert labels.visible_texts  # the rest of the map is still labelled
    assert not [p.text for p in labels._placed if p.bounds.intersects(bar.reserved)]


def test_the_labels_room_follows_the_scale_bar_on_resize(window, qtbot):
    bar = window.map.scale_bar
    before = window.map.labels._reserved
    window.resize(1000, 700)
    qtbot.waitUntil(lambda: window.map.labels._reserved != before)
    reserved = bar.reserved
    assert window.map.labels._reservations["furniture"] == (
        (reserved.left(), reserved.top(), reserved.right(), reserved.bottom()),
    )


def test_a_hidden_scale_bar_keeps_no_room(window):
    window.map.scale_bar.setVisible(False)
    assert window.map.labels._reservations["furniture"] == ()
    window.map.scale_bar.setVisible(True)
    assert window.map.labels._reservations["furniture"]


def test_no_label_goes_under_an_edge_pointer(window):
    """Moscow's tag at the top edge keeps the labels off it however the map is panned."""
    window.state.date = dt.date(1921, 2, 26)
    view, labels, pointers = window.map.view_box, window.map.labels, window.map.pointers
    window.map.zoom(2)
    rasht = _spec(labels, "rasht")
    under = 0
    for _ in range(3):  # bring Rasht under the tag; the tag slides along the edge as we pan
        (tag,) = pointers.tags
        target = view.childTransform().inverted()[0].map(tag.box.center())
        view.translateBy(x=rasht.x - target.x(), y=rasht.y - target.y())
        (tag,) = pointers.tags
        anchor = view.childTransform().map(QPointF(rasht.x, rasht.y))
        under += tag.box.adjusted(-20, -20, 20, 20).contains(anchor)
        assert not [p.text for p in labels._placed if p.bounds.intersects(tag.box)]
    assert under  # Rasht's label would have gone there


def _view_shape(window, key):
    """A feature's projected geometry as the view box draws it, in its pixels."""
    t = window.map.view_box.childTransform()
    geometry = _spec(window.map.labels, key).geometry()
    return shapely.transform(geometry, lambda xy: np.column_stack(_mapped(t, xy)))


def _mapped(t, xy):
    return t.m11() * xy[:, 0] + t.dx(), t.m22() * xy[:, 1] + t.dy()


def _placed(window, text):
    return next(p for p in window.map.labels._placed if p.text == text)


def test_an_area_is_labelled_inside_the_part_of_it_in_view(window):
    window.state.date = dt.date(1920, 7, 1)
    # only the republic's eastern edge is in view; its middle is off to the left
    window.map.view_box.setRange(window.map._rect_lonlat((50.0, 35.5, 53.0, 38.5)), padding=0)
    area = _view_shape(window, "territory:republic")
    view = window.map.view_box.boundingRect()
    shown = area.intersection(shapely.box(view.left(), view.top(), view.right(), view.bottom()))
    assert 0 < shown.area < 0.5 * area.area
    label = _placed(window, "Republic")
    centre = label.rect.center()
    assert label.leader is None
    assert shown.contains(shapely.Point(centre.x(), centre.y()))


def test_a_line_is_labelled_beside_the_part_of_it_in_view(window):
    window.state.date = dt.date(1940, 1, 1)
    window.map.view_box.setRange(window.map._rect_lonlat((51.5, 36.0, 55.0, 39.0)), padding=0)
    line = _view_shape(window, "territory:sea-line")
    label = _placed(window, next(t for t in window.map.labels.visible_texts if "km" in t))
    assert label.text.startswith("Sea Line")
    r = label.rect
    assert label.leader is None
    assert shapely.box(r.left(), r.top(), r.right(), r.bottom()).distance(line) <= 4


def test_the_scale_bar_and_pointers_grow_with_the_screens_dpi(open_window, monkeypatch):
    """Type set in points grows with the screen's logical DPI; the furniture drawn in pixels
    beside it grows with it, and the labels keep off the larger bar."""
    normal = open_window()
    normal.state.date = dt.date(1921, 2, 26)
    bar, (tag,) = normal.map.scale_bar.reserved, normal.map.pointers.tags
    monkeypatch.setattr(QScreen, "logicalDotsPerInch", lambda screen: 144.0)
    large = open_window()
    large.state.date = dt.date(1921, 2, 26)
    big_bar, (big_tag,) = large.map.scale_bar.reserved, large.map.pointers.tags
    assert (big_bar.width(), big_bar.height()) == pytest.approx(
        (1.5 * bar.width(), 1.5 * bar.height())
    )
    assert big_tag.box.height() > tag.box.height()
    assert big_tag.box.width() > tag.box.width()
    reserved = large.map.labels._reservations["furniture"]
    assert reserved == ((big_bar.left(), big_bar.top(), big_bar.right(), big_bar.bottom()),)


def _drawn_sizes(window) -> tuple[float, float, float, float]:
    """The furniture's sizes as drawn: the scale bar's reserved width, an off-map tag's
    height, a label's halo and a town dot's picture."""
    labels = window.map.labels
    dot = labels._dot(QColor("red"), 1.0)
    (tag,) = window.map.pointers.tags
    return (
        window.map.scale_bar.reserved.width(),
        tag.box.height(),
        max(p.shape.halo for p in labels._placed),
        dot.width(),
    )


def test_label_dots_and_halos_grow_with_the_screens_dpi(open_window, monkeypatch):
    normal = open_window()
    normal.state.date = dt.date(1921, 2, 26)
    *_, halo, dot = _drawn_sizes(normal)
    assert halo == HALO_PX
    monkeypatch.setattr(QScreen, "logicalDotsPerInch", lambda screen: 144.0)
    large = open_window()
    large.state.date = dt.date(1921, 2, 26)
    assert large.map.labels.k == 1.5
    *_, big_halo, big_dot = _drawn_sizes(large)
    assert (big_halo, big_dot) == (1.5 * halo, 1.5 * dot)
    town = next(p for p in large.map.labels._placed if p.dot is not None)
    assert town.bounds.height() >= town.rect.height() + 2 * SPRITE_PAD * 1.5 - 1e-6


@pytest.mark.parametrize("change", ["dpi", "screen"])
def test_a_change_of_dpi_or_screen_while_running_resizes_the_furniture(
    open_window, monkeypatch, change
):
    window = open_window()
    window.state.date = dt.date(1921, 2, 26)
    bar, tag, halo, dot = _drawn_sizes(window)
    monkeypatch.setattr(QScreen, "logicalDotsPerInch", lambda screen: 144.0)
    handle = window.windowHandle()
    if change == "dpi":
        handle.screen().logicalDotsPerInchChanged.emit(144.0)
    else:
        handle.screenChanged.emit(handle.screen())
    big_bar, big_tag, big_halo, big_dot = _drawn_sizes(window)
    assert (big_bar, big_halo, big_dot) == pytest.approx((1.5 * bar, 1.5 * halo, 1.5 * dot))
    assert big_tag > tag
    reserved = window.map.labels._reservations["furniture"][0]
    assert reserved[2] - reserved[0] == pytest.approx(big_bar)  # labels keep off the new bar


@pytest.mark.parametrize("anchor", [(-30, 5), (130, 70), (50, -40), (50, 90), (-10, -10)])
def test_a_leader_runs_from_the_labels_edge_and_never_across_its_text(anchor):
    box = (0.0, 0.0, 100.0, 40.0)
    x0, y0, x1, y1 = leader(box, *anchor)
    assert (x1, y1) == anchor  # it ends at the feature
    line = shapely.LineString([(x0, y0), (x1, y1)])
    text = shapely.box(*box)
    assert text.exterior.distance(shapely.Point(x0, y0)) < 1e-9  # it starts on the edge
    assert line.intersection(text).length < 1e-9  # and never runs through the text


def _area_spec(text: str, role: str, area) -> LabelSpec:
    centre = area.centroid
    names = Names(text)
    return LabelSpec(
        f"territory:{text}", centre.x, centre.y, lambda _day: names, 1.0, role=role,
        dot=False, geometry=lambda: area, kind=area.geom_type,
    )  # fmt: skip


def test_a_label_too_wide_for_its_area_wraps_and_shrinks_to_fit_inside(window):
    layer = window.map.labels
    text = "Azerbaijan People's Government"
    usual = layer._shape(text, "territory")
    word = QFontMetricsF(usual.font).horizontalAdvance("Government")
    # the middle of the usual label (all the placement asks to be inside) is wider than it
    area = shapely.box(0, 0, 0.6 * word, 5 * usual.size.height())
    spec = _area_spec(text, "territory", area)
    c = area.centroid
    limits = (-500.0, -500.0, 1000.0, 1000.0)
    shape, slot = layer._fitted(text, spec, [(c.x, c.y)], Occupancy(), limits, QTransform())
    assert slot is not None and inside(spec, slot[0], QTransform())
    assert len(shape.lines) > len(usual.lines)
    assert shape.size.width() < usual.size.width()
    assert shape.font.pointSizeF() >= layer._fonts["place"].pointSizeF()  # never below a town


def test_a_label_that_fits_keeps_its_usual_shape(window):
    layer = window.map.labels
    text = "Azerbaijan People's Government"
    usual = layer._shape(text, "territory")
    area = shapely.box(0, 0, 3 * usual.size.width(), 5 * usual.size.height())
    spec = _area_spec(text, "territory", area)
    c = area.centroid
    limits = (-500.0, -500.0, 2000.0, 1000.0)
    shape, _ = layer._fitted(text, spec, [(c.x, c.y)], Occupancy(), limits, QTransform())
    assert shape is usual


def test_a_country_too_big_for_its_area_stays_on_it_in_its_tightest_shape(window):
    layer = window.map.labels
    text = "GEORGIAN SOVIET SOCIALIST REPUBLIC"
    usual = layer._shape(text, "country")
    area = shapely.box(0, 0, 30, 10)  # too small for any shape
    spec = _area_spec(text, "country", area)
    limits = (-500.0, -500.0, 1000.0, 1000.0)
    shape, slot = layer._fitted(text, spec, [(15.0, 5.0)], Occupancy(), limits, QTransform())
    assert slot is not None
    left, top, right, bottom = slot[0]
    assert left <= 15.0 <= right and top <= 5.0 <= bottom  # on its feature
    assert shape.size.width() < usual.size.width() / 2


def test_a_tighter_label_never_breaks_a_word(window):
    shape = window.map.labels._shape("TRANSJORDAN (BRITISH MANDATE)", "country", len(SNUG))
    assert [line for _, line in shape.lines] == ["TRANSJORDAN", "(BRITISH", "MANDATE)"]


def test_an_area_too_small_for_a_label_is_known_without_testing_its_shape():
    spec = _area_spec("Bahrain", "territory", shapely.box(0, 0, 20, 10))
    t = QTransform().scale(2, 2)  # the area is 40 × 20 pixels on screen
    assert could_hold(spec, 100, 50, t)  # its middle, 40 × 20, just fits the bounds
    assert not could_hold(spec, 101, 50, t)
    assert not could_hold(spec, 100, 51, t)
    assert not inside(spec, (0.0, 0.0, 101.0, 10.0), t)


def test_a_date_change_lays_the_labels_out_once(window, monkeypatch, qtbot):
    """The pointers, the event labels and the day change together: one layout, not three,
    and none in the change's own frame."""
    import viewer.map.labels as labels_module

    layouts = []

    class Counted(labels_module.Occupancy):
        def __init__(self) -> None:
            layouts.append(1)
            super().__init__()

    monkeypatch.setattr(labels_module, "Occupancy", Counted)
    window.state.date = dt.date(1921, 2, 26)  # a pointer (Moscow) and event labels come
    assert window.map.pointers.tags
    assert not layouts
    _labelled(window, qtbot)
    assert len(layouts) == 1


def test_idle_time_finds_the_places_of_every_label(window, qtbot):
    """So a jump to a far date does not find them in its frame."""
    qtbot.waitUntil(lambda: not window.map.warming, timeout=10_000)
    assert all(spec.anchors is not None for spec in window.map.labels._static.specs)


def test_a_dates_labels_are_laid_out_after_its_picture_only_the_last_dates(open_window, qtbot):
    """So no frame carries both the new picture and the labels' layout, and labels never
    name territories that the picture does not show yet."""
    window = open_window(fade_ms=180)
    qtbot.waitUntil(lambda: not window.map.warming)  # the first picture is drawn (and more)
    territories, labels = window.map.territories, window.map.labels
    layouts: list[tuple[int, bool]] = []  # the day laid out, and whether its picture was pending
    go_on = labels._go_on

    def recorded(budget_ms: float) -> None:
        if labels._job is not None:
            layouts.append((labels._day, territories.rendering))
        go_on(budget_ms)

    labels._go_on = recorded  # type: ignore[method-assign]
    at_picture: list[int] = []  # layouts made when each picture was complete
    territories.pictureDrawn.connect(lambda: at_picture.append(len(layouts)))
    window.state.date = dt.date(1920, 7, 1)
    qtbot.waitUntil(lambda: "Republic" in labels.visible_texts)
    assert layouts[-1] == (window.state.day, False)
    first = [day for day, _ in layouts].index(window.state.day)  # in one turn, or more if slow
    assert at_picture[-1] <= first  # its picture was complete, then laid out
    assert not [day for day, pending in layouts[first:] if pending]
    del layouts[:], at_picture[:]
    window.state.date = dt.date(1850, 1, 1)
    window.state.date = dt.date(1921, 7, 1)  # before 1850's picture: its labels never come
    window.state.date = dt.date(1920, 7, 2)  # as 1920 again, the picture to draw
    qtbot.waitUntil(lambda: not territories.rendering and bool(layouts))
    qtbot.waitUntil(lambda: layouts[-1][0] == window.state.day)
    assert not [day for day, pending in layouts if pending]
    assert dt.date(1850, 1, 1).toordinal() not in [day for day, _ in layouts]


def test_a_newer_date_cancels_an_unfinished_layout(window, qtbot, monkeypatch):
    import viewer.map.labels as labels_module

    labels = window.map.labels
    monkeypatch.setattr(labels_module, "SLICE_MS", 0.0)  # one label a turn
    window.state.date = dt.date(1920, 7, 1)
    labels.relayout()  # as after the change's frame: 1920's layout begins...
    assert labels.laying_out
    assert "Republic" not in labels.visible_texts  # ...and shows nothing of it yet
    window.state.date = dt.date(1850, 1, 1)
    assert not labels.laying_out  # dropped at once
    _labelled(window, qtbot)
    assert "Republic" not in labels.visible_texts
    assert "Rasht" in labels.visible_texts


def test_a_new_view_shows_its_labels_as_they_are_placed(window, qtbot, monkeypatch):
    """The labels shown before are placed for another view: none stays, and the new
    layout's show as they are placed, highest priority first, each where it ends up."""
    import viewer.map.labels as labels_module

    labels = window.map.labels
    _labelled(window, qtbot)
    monkeypatch.setattr(labels_module, "SLICE_MS", 0.0)  # one label a turn
    window.map.zoom(1.5)
    assert labels.laying_out
    partial = []
    while labels.laying_out:
        partial.append(list(labels._layout))
        labels._next_slice()
    final = labels._layout
    assert all(len(a) <= len(b) <= len(a) + 1 for a, b in itertools.pairwise(partial))
    assert len(final) > 2
    assert all(p == final[: len(p)] for p in partial)  # each a beginning of the final layout


def test_a_layout_makes_the_places_it_needs_a_turn_at_a_time(window, qtbot, monkeypatch):
    """Places the idle warm-up has not made yet (up to ~12 ms an area) are made over turns,
    one at least in each, and the layout is the one made with every place ready."""
    import viewer.map.labels as labels_module

    labels = window.map.labels
    window.state.date = dt.date(1920, 7, 1)
    _labelled(window, qtbot)
    areas = [spec for spec in labels._static.specs if spec.geometry is not None]

    def unmade() -> int:
        return sum(spec.anchors is None for spec in areas)

    def forget_places() -> None:
        for spec in areas:
            spec.anchors = spec.extent = None
        labels._key = None

    monkeypatch.setattr(labels_module, "SLICE_MS", float("inf"))
    forget_places()
    labels.relayout()
    whole, needed = list(labels._layout), len(areas) - unmade()
    assert needed >= 2
    assert any(entry[0] == "Republic" for entry in whole)

    monkeypatch.setattr(labels_module, "SLICE_MS", 0.0)  # one place a turn
    forget_places()
    labels.relayout()
    left = [unmade()]
    while labels.laying_out:
        if unmade() > len(areas) - needed:
            assert labels._job.tried == 0  # nothing placed before every place is made
            assert labels._layout == whole  # the labels still right stay meanwhile
        labels._next_slice()
        left.append(unmade())
    steps = [a - b for a, b in itertools.pairwise(left)]
    assert steps[: needed - 1] == [1] * (needed - 1)  # one a turn, the first in relayout
    assert left[-1] == len(areas) - needed
    assert labels._layout == whole


def test_a_slice_begins_no_label_it_has_no_time_left_for(window, qtbot, monkeypatch):
    """A label guessed (from the layout's slowest time per anchor) to end past the slice
    waits for the next turn; the first of a turn is always placed, so a layout ends."""
    import viewer.map.labels as labels_module

    labels = window.map.labels
    _labelled(window, qtbot)
    monkeypatch.setattr(labels_module, "SLICE_MS", 0.0)
    window.map.zoom(1.5)  # a new view: its layout begins with a label at most
    job = labels._job
    assert job is not None
    monkeypatch.setattr(labels_module, "SLICE_MS", 10_000.0)  # time enough for any label...
    job.per_anchor = 60.0  # ...but not for one guessed to take a minute an anchor
    tried = job.tried
    labels._next_slice()
    assert job.tried == tried + 1
    job.per_anchor = 0.0
    labels._next_slice()
    assert not labels.laying_out
    assert len(labels.visible_texts) > 2


def test_label_pictures_are_kept_within_their_bytes_the_least_recently_drawn_let_go(
    window, monkeypatch
):
    labels, red = window.map.labels, QColor("red")
    labels._pictures.clear()
    one, two, three = (labels._shape(text, "place") for text in ("Rasht", "Anzali", "Tabriz"))
    first = labels._sprite(one, red, True, 1.0)
    size = first.width() * first.height() * 4
    monkeypatch.setattr(labels._pictures, "max_bytes", 2 * size + size // 2)
    second = labels._sprite(two, red, True, 1.0)
    assert labels._sprite(one, red, True, 1.0) is first  # kept, now drawn after the second
    labels._sprite(three, red, True, 1.0)  # no room: the least recently drawn goes
    assert labels._sprite(one, red, True, 1.0) is first
    again = labels._sprite(two, red, True, 1.0)
    assert again is not second and again.toImage() == second.toImage()  # drawn again, the same
    assert labels._pictures.bytes <= labels._pictures.max_bytes


def test_what_a_shown_map_made_while_idle_is_left_out_of_the_collectors_passes(open_window, qtbot):
    """Like the loaded data: a full pass of Python's cycle collector over them took up to
    127 ms in the middle of a 100x scrub."""
    import gc

    gc.unfreeze()
    window = open_window()
    frozen_while_warming = gc.get_freeze_count() if window.map.warming else 0
    qtbot.waitUntil(lambda: not window.map.warming, timeout=60_000)
    assert frozen_while_warming == 0 < gc.get_freeze_count()
