import datetime as dt
import errno
import re
import xml.etree.ElementTree as ET
import zlib
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QMessageBox

from viewer.app import cli
from viewer.core.atomic import WriteError
from viewer.core.export_options import (
    FPS_RANGE,
    SIDE_RANGE,
    date_line,
    extent_from_lonlat,
    format_of,
)
from viewer.core.export_request import ExportRequest, Furniture, Page
from viewer.core.frame import MapFrame
from viewer.export.dialog import ExportDialog, copy_map_to_clipboard
from viewer.export.legend import legend_rows
from viewer.export.pipeline import export
from viewer.export.snapshot import SnapshotRenderer

DAY = dt.date(1920, 7, 1)  # the tiny atlas shows "union" and "republic"
SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture(scope="module")
def renderer(qapp, tiny_atlas):
    made = SnapshotRenderer(tiny_atlas)
    yield made
    made.close()


def slide(format: str = "png", frame: dict | None = None, **furniture) -> ExportRequest:
    """A 960 × 540 picture of *DAY*, with the frame's and the furniture's fields given."""
    map_frame = MapFrame(DAY, **(frame or {}))
    return ExportRequest(map_frame, Page.for_pixels(960, 540), Furniture(**furniture), format)


# ---------------------------------------------------------------------- PDF reading
def pdf_objects(data: bytes) -> dict[int, tuple[bytes, bytes]]:
    """Each object's dictionary and its (inflated) stream."""
    objects = {}
    for match in re.finditer(rb"(\d+) 0 obj(.*?)endobj", data, re.S):
        body = match[2]
        stream = re.search(rb"stream\r?\n(.*)\r?\nendstream", body, re.S)
        head, raw = (body[: stream.start()], stream[1]) if stream else (body, b"")
        if b"FlateDecode" in head:
            raw = zlib.decompress(raw)
        objects[int(match[1])] = (head, raw)
    return objects


def to_unicode(cmap: bytes) -> dict[int, str]:
    table = {}
    pattern = rb"<(\w+)>\s*<(\w+)>\s*(\[[^\]]*\]|<\w+>)"
    for block in re.findall(rb"beginbfrange(.*?)endbfrange", cmap, re.S):
        for first, last, target in re.findall(pattern, block):
            start = int(first, 16)
            if target.startswith(b"["):
                for n, code in enumerate(re.findall(rb"<(\w+)>", target)):
                    table[start + n] = bytes.fromhex(code.decode()).decode("utf-16-be")
            else:
                for n in range(int(last, 16) - start + 1):
                    table[start + n] = chr(int(target[1:-1], 16) + n)
    for block in re.findall(rb"beginbfchar(.*?)endbfchar", cmap, re.S):
        for glyph, code in re.findall(rb"<(\w+)>\s*<(\w+)>", block):
            table[int(glyph, 16)] = bytes.fromhex(code.decode()).decode("utf-16-be")
    return table


def pdf_text(data: bytes) -> str:
    """The text a PDF shows, through its fonts' ToUnicode maps (no spaces)."""
    objects = pdf_objects(data)
    fonts = {}
    for head, _ in objects.values():
        for entries in re.findall(rb"/Font\s*<<(.*?)>>", head, re.S):
            for name, number in re.findall(rb"/(\w+)\s+(\d+) 0 R", entries):
                cmap = re.search(rb"/ToUnicode (\d+) 0 R", objects[int(number)][0])
                fonts[name] = to_unicode(objects[int(cmap[1])][1]) if cmap else {}
    text, font = [], {}
    show = rb"/(\w+)\s+[\d.]+\s+Tf|<(\w*)>\s*Tj|\[([^\]]*)\]\s*TJ"
    for head, raw in objects.values():
        for token in re.finditer(show, raw if b"/Font" not in head else b""):
            if token[1]:
                font = fonts.get(token[1], {})
                continue
            for hexes in [token[2]] if token[2] is not None else re.findall(rb"<(\w*)>", token[3]):
                text += [font.get(int(hexes[i : i + 4], 16), "") for i in range(0, len(hexes), 4)]
    return "".join("".join(text).split())


# ---------------------------------------------------------------------- requests, Qt-free
def test_sizes_keep_a_readable_layout_and_gain_sharpness():
    assert Page.for_pixels(1920, 1080).scale == 1
    big = Page.for_pixels(3840, 2160)
    assert (big.size, big.scale, big.pixel_size) == ((1920, 1080), 2, (3840, 2160))
    small = Page.for_pixels(960, 540)
    assert small.size == (1280, 720)
    assert small.pixel_size == (960, 540)
    a4 = Page.for_paper("a4", landscape=True, dpi=300)
    assert a4.pixel_size == (3508, 2480)
    portrait = Page.for_paper("a4", landscape=False, dpi=300)
    assert portrait.pixel_size == (2480, 3508)


def test_default_title_names_the_date_and_the_date_line_both_calendars():
    request = ExportRequest(MapFrame(dt.date(1946, 2, 1)))
    assert request.title_text.replace("\N{NO-BREAK SPACE}", " ") == (
        "Iran and its northern neighbour, 1 February 1946"
    )
    assert date_line(dt.date(1946, 2, 1)) == "1 February 1946  ·  12 Bahman 1324 SH"
    assert "Russian Old Style: 19 August 1907 OS" in date_line(dt.date(1907, 9, 1))


def test_format_comes_from_the_name_or_is_refused():
    assert format_of(Path("a/map.PDF")) == "pdf"
    assert format_of(Path("map"), "svg") == "svg"
    with pytest.raises(ValueError, match=r"cannot tell the format of 'map\.tiff'"):
        format_of(Path("map.tiff"))
    with pytest.raises(ValueError, match=r"unknown format 'bmp'"):
        format_of(Path("map.png"), "bmp")


def test_legend_has_a_row_per_kind_and_look(tiny_atlas):
    rows = legend_rows(tiny_atlas, frozenset({"union", "republic", "sea-line"}), "en")
    assert [row.label for row in rows] == [
        "Republic", "Union", "Sea Line",
        "Today's borders (for orientation)", "Iran's provinces today (for orientation)",
    ]  # fmt: skip
    assert [row.shape for row in rows] == ["area", "area", "line", "line", "line"]
    assert all(row.approximate for row in rows[:3])


def test_the_legend_names_today_s_borders_only_while_they_are_drawn(tiny_atlas):
    rows = legend_rows(tiny_atlas, frozenset({"union"}), "en", frozenset({"provinces"}))
    assert [row.label for row in rows] == ["Union", "Today's borders (for orientation)"]
    rows = legend_rows(tiny_atlas, frozenset(), "en", frozenset({"provinces", "countries"}))
    assert rows == []


# ---------------------------------------------------------------------- PNG
def test_png_has_the_exact_size_and_dpi(renderer, tiny_atlas, tmp_path):
    path = export(tiny_atlas, slide(), tmp_path / "map.png", renderer=renderer)
    image = QImage(str(path))
    assert (image.width(), image.height()) == (960, 540)
    assert image.dotsPerMeterX() == round(96 / 0.0254)
    assert image.pixelColor(2, 2).name() == "#ffffff"  # the page
    assert renderer.shown_ids() == {"union", "republic"}


def test_png_for_print_at_300_dpi(renderer, tiny_atlas, tmp_path):
    request = ExportRequest(MapFrame(DAY), Page.for_paper("a4", landscape=True, dpi=300))
    image = QImage(str(export(tiny_atlas, request, tmp_path / "a4.png", renderer=renderer)))
    assert (image.width(), image.height()) == (3508, 2480)
    assert image.dotsPerMeterX() == image.dotsPerMeterY() == round(300 / 0.0254)


def test_extent_and_hidden_kinds_are_honoured(renderer, tiny_atlas, tmp_path):
    extent = extent_from_lonlat((46.0, 36.0, 52.0, 40.0))
    request = slide(frame={"extent": extent, "hidden_kinds": frozenset({"state"})})
    renderer.image(request)
    (x0, x1), (y0, y1) = renderer.map.view_box.viewRange()
    assert x0 <= extent[0] and x1 >= extent[2] and y0 <= extent[1] and y1 >= extent[3]
    assert x1 - x0 < 2 * (extent[2] - extent[0])  # widened to the frame, not zoomed out
    assert renderer.shown_ids() == {"republic"}
    assert [row.label for row in renderer._rows(request)][:2] == [
        "Republic", "Today's borders (for orientation)",
    ]  # fmt: skip


# ---------------------------------------------------------------------- vectors
def test_svg_is_a_true_vector_with_the_title_as_text(renderer, tiny_atlas, tmp_path):
    request = slide("svg", title="Gilan, summer 1920 — Гилянская республика")
    path = export(tiny_atlas, request, tmp_path / "map.svg", renderer=renderer)
    root = ET.parse(path).getroot()
    assert root.get("viewBox") == "0 0 1280 720"
    assert len(root.findall(f".//{SVG}path")) > 20
    texts = "".join("".join(t.itertext()) for t in root.iter(f"{SVG}text"))
    assert "Gilan,summer1920—Гилянскаяреспублика" in "".join(texts.split())
    assert not list(root.iter(f"{SVG}image"))  # nothing rasterised


def test_persian_is_drawn_as_glyph_outlines_in_svg(renderer, tiny_atlas, tmp_path):
    plain = export(tiny_atlas, slide("svg", show_title=False), tmp_path / "a.svg", None, renderer)
    persian = slide("svg", {"language": "fa"}, title="جمهوری شوروی سوسیالیستی ایران")
    shaped = export(tiny_atlas, persian, tmp_path / "b.svg", None, renderer)
    count = len(ET.parse(plain).getroot().findall(f".//{SVG}path"))
    root = ET.parse(shaped).getroot()
    assert len(root.findall(f".//{SVG}path")) > count
    assert root.find(f"{SVG}title").text == "جمهوری شوروی سوسیالیستی ایران"  # searchable
    assert not any("جمهوری" in "".join(t.itertext()) for t in root.iter(f"{SVG}text"))


def test_pdf_is_a_true_vector_with_searchable_text(renderer, tiny_atlas, tmp_path):
    request = ExportRequest(
        MapFrame(DAY),
        Page.for_paper("a4", landscape=True, dpi=300),
        Furniture(title="Gilan 1920 — Гилянская республика"),
        "pdf",
    )
    data = export(tiny_atlas, request, tmp_path / "map.pdf", renderer=renderer).read_bytes()
    assert data.startswith(b"%PDF")
    assert re.search(rb"/MediaBox \[0 0 842\.0* 595\.0*\]", data)
    content = b"".join(raw for _, raw in pdf_objects(data).values())
    assert re.search(rb"[\d.]+ [\d.-]+ m\b", content) and re.search(rb" l\b", content)
    text = pdf_text(data)
    assert "Gilan1920—Гилянскаяреспублика" in text
    assert "10Tir1299SH" in text  # 1 July 1920
    assert "Onthemap" in text and "NaturalEarth" in text


# ---------------------------------------------------------------------- atomic export
def test_a_failed_export_keeps_the_users_file(renderer, tiny_atlas, tmp_path, monkeypatch):
    target = tmp_path / "map.png"
    target.write_bytes(b"the user's picture")

    def disk_full(self, request, file):
        file.write(b"\x89PNG half")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(SnapshotRenderer, "write", disk_full)
    with pytest.raises(WriteError, match=f"^Cannot write {re.escape(str(target))}: the disk is"):
        export(tiny_atlas, slide(), target, renderer=renderer)
    assert target.read_bytes() == b"the user's picture"
    assert [p.name for p in tmp_path.iterdir()] == ["map.png"]


# ---------------------------------------------------------------------- the dialog
@pytest.fixture
def dialog(qtbot, window):
    window.state.date = DAY
    made = ExportDialog(window.atlas, window.state, parent=window)
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    return made


def test_dialog_exports_what_the_window_shows(dialog, qtbot, tmp_path):
    dialog.preset_box.setCurrentText("Web, 1280 × 720")
    dialog.path_edit.setText(str(tmp_path / "gilan"))
    with qtbot.waitSignal(dialog.exported) as saved:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert saved.args == [str(tmp_path / "gilan.png")]
    assert QImage(saved.args[0]).size().toTuple() == (1280, 720)
    assert dialog.renderer.shown_ids() == {"union", "republic"}


def test_dialog_asks_before_replacing_a_file(dialog, qtbot, tmp_path, monkeypatch):
    target = tmp_path / "map.pdf"
    target.write_bytes(b"keep me")
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("pdf"))
    dialog.path_edit.setText(str(target))
    answers = []

    def answer(choice):
        def ask(*args):
            answers.append(args[2])
            return choice

        return ask

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert target.read_bytes() == b"keep me"
    assert "map.pdf already exists" in answers[0]
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert target.read_bytes().startswith(b"%PDF")


def test_dialog_reports_a_folder_it_cannot_write(dialog, qtbot, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    dialog.path_edit.setText(str(tmp_path / "no such folder" / "map.png"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert shown and "no such folder" in shown[0]
    assert dialog.status.text().endswith("no such folder does not exist")


def test_dialog_offers_only_what_the_rules_allow(dialog):
    assert (dialog.fps_box.minimum(), dialog.fps_box.maximum()) == FPS_RANGE
    for box in (dialog.width_box, dialog.height_box):
        assert (box.minimum(), box.maximum()) == SIDE_RANGE


def test_preview_follows_the_form(dialog, qtbot):
    before = dialog.preview.pixmap().toImage()
    dialog.toggles["show_legend"].setChecked(False)
    qtbot.waitUntil(lambda: dialog.preview.pixmap().toImage() != before)
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("svg"))
    assert dialog.size_label.text() == "Page 508 × 286 mm"


def test_copy_map_puts_a_slide_on_the_clipboard(window, qtbot):
    window.state.date = DAY
    image = copy_map_to_clipboard(window.atlas, window.state)
    assert image.size().toTuple() == (1920, 1080)
    assert QGuiApplication.clipboard().image().size().toTuple() == (1920, 1080)


# ---------------------------------------------------------------------- the command line
def test_cli_writes_a_png_headless(tmp_path, capsys, qapp):
    out = tmp_path / "map.png"
    status = cli.main(
        ["export", "--date", "1946-02-01", "--out", str(out), "--size", "800x450", "--lang", "fa"]
    )
    assert status == 0
    assert capsys.readouterr().out == f"\u2066{out}\u2069 نوشته شد\n"  # told in --lang's words
    assert QImage(str(out)).size().toTuple() == (800, 450)


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--date", "1946", "--out", "map.tiff"], "cannot tell the format of 'map.tiff'"),
        (["--date", "1946", "--out", "map.png", "--format", "bmp"], "unknown format 'bmp'"),
        (["--out", "map.png"], "a PNG snapshot needs --date"),
        (["--out", "war.gif", "--date", "1946"], "a GIF needs --from and --to"),
        (
            ["--out", "war.mp4", "--from", "1947", "--to", "1941"],
            "the animation starts on 1947-01-01, after its end on 1941-01-01",
        ),
        (["--out", "map.png", "--from", "1941", "--to", "1946"], "make an animation"),
        (["--date", "1946", "--out", "m.png", "--size", "800x600", "--paper", "a4"], "pick one"),
        (["--date", "1946", "--out", "m.png", "--paper", "a3", "--dpi", "2400"], "too large"),
        *[
            (["--date", "1946", "--out", "m.png", "--dpi", dpi], f"a resolution of {dpi} dpi is")
            for dpi in ("0.001", "0", "-300", "nan", "inf", "2401")
        ],
        (["--date", "1946", "--out", "m.svg", "--size", "800x600", "--dpi", "35"], "use 36 to"),
        *[
            (
                ["--out", "w.gif", "--from", "1941", "--to", "1946", f"--fps={fps}"],
                f"a speed of {fps}",
            )
            for fps in ("0.001", "0", "nan", "61")
        ],
        *[
            (["--date", "1946", "--out", "m.pdf", f"--extent={box}"], f"the area {box} {problem}")
            for box, problem in [
                ("-180,-90,180,90", "reaches outside the map region (36° to 64° E, 23.5° to 48°"),
                ("30,20,70,50", "reaches outside the map region"),
                ("50,40,44,36", "needs west < east and south < north"),
                ("50,40,50,41", "needs west < east"),
                ("50,40,50.01,41", "is less than 0.1° across"),
                ("nan,35,56,41", "must be four numbers of degrees"),
            ]
        ],
    ],
)
def test_cli_refuses_bad_requests_clearly(tmp_path, capsys, arguments, message):
    assert cli.main(["export", *arguments]) == 2
    error = capsys.readouterr().err
    assert message in error and "Traceback" not in error
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    "arguments",
    [["--size", "12"], ["--extent", "50,40"], ["--dpi", "many"], ["--paper", "b5"]],
)
def test_cli_refuses_malformed_arguments(capsys, arguments):
    with pytest.raises(SystemExit) as exit_:
        cli.main(["export", "--date", "1946", "--out", "map.png", *arguments])
    assert exit_.value.code == 2
    assert "python -m viewer export: error: argument" in capsys.readouterr().err


@pytest.mark.parametrize("option", ["--date", "--from", "--to"])
def test_cli_refuses_a_date_outside_the_span(capsys, option):
    with pytest.raises(SystemExit) as exit_:
        cli.main(["export", option, "1750", "--out", "map.png"])
    assert exit_.value.code == 2
    error = capsys.readouterr().err
    assert f"argument {option}: 1750-01-01 is outside the atlas's span, 1800-01-01 to " in error


def test_cli_names_a_path_it_cannot_write(tmp_path, capsys, qapp):
    out = tmp_path / "missing" / "map.svg"
    assert cli.main(["export", "--date", "1946-02-01", "--out", str(out)]) == 2
    reason = f"the folder {out.parent} does not exist"
    assert f"Cannot write {out}: {reason}" in capsys.readouterr().err


def test_export_draws_a_layer_added_with_add(tmp_path, qapp):
    line = Path(__file__).parents[2] / "docs" / "examples" / "turkmenchay-line.geojson"
    out = tmp_path / "map.svg"
    argv = ["export", "--date", "1829", "--add", str(line), "--out", str(out)]
    assert cli.main(argv) == 0
    assert "Frontier of the Treaty of Turkmenchay, 1828" in out.read_text(encoding="utf-8")


def test_the_legend_marks_a_users_unsourced_feature(tiny_atlas):
    import dataclasses

    plain = dataclasses.replace(tiny_atlas.history["union"], sources=())
    atlas = dataclasses.replace(tiny_atlas, history=type(tiny_atlas.history)([plain]))
    (row, *_) = legend_rows(atlas, frozenset({"union"}), "en")
    assert row.label == f"{plain.names.en} (unsourced)"
