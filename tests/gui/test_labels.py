from geodata.loading import load_history
from tests.conftest import DATA
from viewer.label_specs import label_specs, territory_text


def test_line_labels_carry_both_lengths():
    history = load_history(DATA / "history.geojson")
    text = territory_text(history["sea-line"]).en
    assert "423 km stated" in text and "km geodesic" in text
    assert territory_text(history["republic"]).en == "Republic"


def test_labels_cover_places_seas_countries_and_features(tiny_atlas):
    keys = {spec.key for spec in label_specs(tiny_atlas)}
    assert {"rasht", "anzali", "sea:caspian", "country:AZE", "territory:republic"} <= keys
    assert "country:IRN" not in keys  # Iran is labelled by its provinces and towns
    assert "moscow" not in keys  # off the map: shown only with its events


def test_labels_never_overlap(window):
    placed = window.map.labels._placed  # the layout result under test
    rects = [p.rect for p in placed]
    for i, a in enumerate(rects):
        for b in rects[i + 1 :]:
            assert not a.intersects(b)
