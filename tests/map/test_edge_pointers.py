"""Events held off the map: a pointer at the frame's edge, never a made-up spot on the map."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from viewer.core.offmap import edge_pointer


def _tag_point(window, tag):
    scene = window.map.pointers.mapToScene(tag.box.center())
    return window.map.mapFromScene(scene)


def test_an_off_map_event_gets_a_pointer_with_its_distance_and_no_marker(window):
    window.state.date = dt.date(1921, 2, 26)
    (tag,) = window.map.pointers.tags
    moscow = window.atlas.places["moscow"]
    pointer = edge_pointer(moscow.lon, moscow.lat)
    assert tag.events == ("treaty-1921",)
    assert tag.text == f"Moscow · {pointer.distance_km:,.0f} km"
    assert 2300 < pointer.distance_km < 2500
    assert 0.5 < tag.angle < 2.6  # up the screen: Moscow lies north
    assert window.map.view_box.boundingRect().contains(tag.box)
    assert "treaty-1921" not in {e.id for e in window.map.markers.shown}  # no dot on the map


def test_clicking_a_pointer_selects_its_event_and_keeps_the_view(window, qtbot):
    window.state.date = dt.date(1921, 3, 1)
    before = window.map.view_box.viewRange()
    (tag,) = window.map.pointers.tags
    with qtbot.waitSignal(window.map.eventClicked) as clicked:
        qtbot.mouseClick(
            window.map.viewport(), Qt.MouseButton.LeftButton, pos=_tag_point(window, tag)
        )
    assert clicked.args == ["treaty-1921"]
    assert window.state.selection == "treaty-1921"
    assert window.state.date == dt.date(1921, 2, 26)
    assert window.map.view_box.viewRange() == before


def test_choosing_an_off_map_event_in_the_list_never_pans(window):
    before = window.map.view_box.viewRange()
    window.event_list.activate("treaty-1921")
    assert window.state.selection == "treaty-1921"
    assert window.map.view_box.viewRange() == before


def test_hovering_a_pointer_names_the_event_and_how_the_distance_is_measured(window, qtbot):
    window.state.date = dt.date(1921, 2, 26)
    (tag,) = window.map.pointers.tags
    qtbot.mouseMove(window.map.viewport(), _tag_point(window, tag))
    qtbot.waitUntil(lambda: "Treaty signed in Moscow" in window.map.toolTip())
    assert "great circle from the map&#x27;s centre (50° E, 35.75° N)" in window.map.toolTip()


def test_pointers_follow_the_language_and_the_names_of_the_day(window):
    window.state.date = dt.date(1921, 2, 26)
    window.state.language = "ru"
    assert window.map.pointers.tags[0].text.startswith("Москва · ")


def test_a_pointers_distance_is_grouped_as_the_reader_groups_thousands(window):
    window.state.date = dt.date(1921, 2, 26)
    window.state.language = "ru"
    (tag,) = window.map.pointers.tags
    distance = tag.text.rsplit(" · ", 1)[1]
    assert distance[1] == "\u00a0"  # '2 414 км': a no-break space, not an English comma
    assert "," not in distance


def test_a_tags_box_fits_its_text_in_the_font_of_the_moment(window):
    """Texts are measured once, and again when the type size changes (an export's scale)."""
    from PySide6.QtGui import QFontMetricsF

    from viewer.map.edge_pointers import ARROW, PAD

    pointers = window.map.pointers
    widths = []
    for scale in (1.0, 2.0, 1.0):
        pointers.set_scale(scale)
        window.state.date = dt.date(1921, 2, 26 + len(widths))  # the text measured before
        (tag,) = pointers.tags
        text_width = QFontMetricsF(pointers.font).horizontalAdvance(tag.text)
        assert tag.box.width() == pytest.approx((ARROW + 2 * PAD) * pointers.k + text_width)
        widths.append(tag.box.width())
    assert widths[0] == widths[2] < widths[1]
