import datetime as dt

from PySide6.QtCore import QPointF

from geodata.loading import load_history
from tests.conftest import DATA
from viewer.map.label_specs import PROVINCE_TEXT, label_specs, territory_text


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


def test_a_hidden_kind_takes_its_labels_along(window):
    window.state.date = dt.date(1920, 7, 1)
    assert "Republic" in window.map.labels.visible_texts
    window.kind_boxes["government"].setChecked(False)
    assert "Republic" not in window.map.labels.visible_texts


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
    assert window.map.labels._reserved == (
        (reserved.left(), reserved.top(), reserved.right(), reserved.bottom()),
    )


def test_a_hidden_scale_bar_keeps_no_room(window):
    window.map.scale_bar.setVisible(False)
    assert window.map.labels._reserved == ()
    window.map.scale_bar.setVisible(True)
    assert window.map.labels._reserved
