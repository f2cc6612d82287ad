"""Users' map scans read and warped to the map's projection, and refused in our words. No Qt."""

from __future__ import annotations

import datetime as dt
import os

import numpy as np
import pytest
import rasterio

import geodata.rasters as rasters
from geodata.errors import DataError
from geodata.projection import project_points
from geodata.rasters import LONG_SIDE, MapRaster, load_raster
from tests.raster_files import (
    DEGREES_WORLD,
    QUADRANTS,
    origin,
    quadrants,
    write_geotiff,
    write_png,
)


def colour_at(raster: MapRaster, lon: float, lat: float) -> tuple[int, ...]:
    """The warped picture's RGBA at a place (row 0 is the north)."""
    (x,), (y,) = project_points([lon], [lat])
    x0, y0, x1, y1 = raster.bounds
    height, width = raster.image.shape[:2]
    col = int((x - x0) / (x1 - x0) * width)
    row = int((y1 - y) / (y1 - y0) * height)
    return tuple(int(v) for v in raster.image[row, col])


def refusal(path) -> str:
    with pytest.raises(DataError) as caught:
        load_raster(path)
    return str(caught.value)


def test_a_geotiff_in_degrees_lands_where_it_says_north_up(tmp_path):
    raster, notes = load_raster(write_geotiff(tmp_path / "scan.tif"))
    assert notes == []
    for (lon, lat), colour in QUADRANTS.items():
        assert colour_at(raster, lon, lat) == (*colour, 255), (lon, lat)
    assert raster.image.dtype == np.uint8 and raster.image.shape[2] == 4
    assert raster.title == "scan.tif" and raster.id == str((tmp_path / "scan.tif").resolve())
    # the conic bends the scan's edges: its box in map metres has see-through corners
    assert raster.image[0, 0, 3] == 0 or raster.image[-1, -1, 3] == 0


def test_a_projected_geotiff_is_warped_to_the_map(tmp_path):
    # UTM 39N, 300 × 300 km from 400 000 E, 4 300 000 N: Tehran's region
    utm = origin(400_000, 4_300_000, 2500, 2500)
    raster, _ = load_raster(write_geotiff(tmp_path / "utm.tif", "EPSG:32639", utm))
    from pyproj import Transformer

    to_lonlat = Transformer.from_crs("EPSG:32639", "EPSG:4326", always_xy=True)
    north_west = to_lonlat.transform(400_000 + 40_000, 4_300_000 - 40_000)
    south_east = to_lonlat.transform(400_000 + 260_000, 4_300_000 - 260_000)
    assert colour_at(raster, *north_west)[:3] == QUADRANTS[(47.5, 37.5)]  # red
    assert colour_at(raster, *south_east)[:3] == QUADRANTS[(50.5, 34.5)]  # yellow


def test_a_png_with_a_world_file_in_degrees_is_read_as_wgs84_and_says_so(tmp_path):
    raster, notes = load_raster(write_png(tmp_path / "sheet.png", DEGREES_WORLD))
    assert [n.message for n in notes] == ["is read as WGS 84 longitude/latitude (it gives no CRS)"]
    for (lon, lat), colour in QUADRANTS.items():
        assert colour_at(raster, lon, lat) == (*colour, 255)


def test_a_large_scan_is_read_decimated_to_the_long_side(tmp_path, monkeypatch):
    monkeypatch.setattr(rasters, "LONG_SIDE", 40)
    raster, _ = load_raster(write_geotiff(tmp_path / "big.tif"))
    assert max(raster.image.shape[:2]) <= 40
    assert colour_at(raster, 47.5, 37.5)[:3] == QUADRANTS[(47.5, 37.5)]
    assert LONG_SIDE == 4096  # the real bound is untouched


def test_nodata_is_transparent(tmp_path):
    pixels = np.full((1, 60, 60), 90, np.uint8)
    pixels[0, :, :30] = 0  # the western half is "no data"
    raster, _ = load_raster(write_geotiff(tmp_path / "grey.tif", pixels=pixels, nodata=0))
    assert colour_at(raster, 47.0, 36.0)[3] == 0
    assert colour_at(raster, 51.0, 36.0) == (90, 90, 90, 255)


def test_a_sidecar_gives_the_title_and_the_dates(tmp_path):
    path = write_geotiff(tmp_path / "russian-1914.tif")
    (tmp_path / "russian-1914.atlas.yaml").write_text(
        "title: Russian General Staff map\nvalid_from: 1914\nvalid_to: 1918-03\n"
    )
    raster, _ = load_raster(path)
    assert raster.title == "Russian General Staff map"
    assert raster.valid_on(dt.date(1914, 1, 1).toordinal())
    assert raster.valid_on(dt.date(1918, 2, 28).toordinal())
    assert not raster.valid_on(dt.date(1918, 3, 1).toordinal())  # half-open, as the data
    assert not raster.valid_on(dt.date(1913, 12, 31).toordinal())
    assert raster.dates_text == "valid_from 1914, valid_to 1918-03"


def test_a_bad_sidecar_names_the_sidecar_and_the_field(tmp_path):
    path = write_geotiff(tmp_path / "scan.tif")
    (tmp_path / "scan.atlas.yaml").write_text("valid_from: 1946-13\ncolour: red\n")
    message = refusal(path)
    assert f"{path}: has a sidecar scan.atlas.yaml with problems" in message
    assert "scan.atlas.yaml: field 'valid_from':" in message
    assert "field 'colour': has an unknown key; use title, valid_from, valid_to" in message
    (tmp_path / "scan.atlas.yaml").write_text("valid_from: 1920\nvalid_to: 1910\n")
    assert "field 'valid_to': ends before it starts" in refusal(path)


# ---------------------------------------------------------------------- bad files


def test_a_png_with_no_world_file_is_not_georeferenced(tmp_path):
    path = write_png(tmp_path / "photo.png")
    assert refusal(path) == (
        f"{path}: is not georeferenced: it has no coordinates and there is no world file "
        "(.pgw or .pngw or .wld) beside it; georeference it in QGIS and save a GeoTIFF"
    )


def test_a_world_file_in_metres_without_a_crs_is_refused(tmp_path):
    path = write_png(tmp_path / "utm.png", "100\n0\n0\n-100\n500000\n4000000\n")
    message = refusal(path)
    assert message.startswith(f"{path}: does not say its coordinate reference system")
    assert "its world file is not in degrees" in message


def test_a_scan_far_from_the_map_is_refused(tmp_path):
    brazil = origin(-50, -10, 0.05, 0.05)
    path = write_geotiff(tmp_path / "brazil.tif", transform=brazil)
    assert refusal(path).startswith(f"{path}: lies outside the map")


@pytest.mark.parametrize("keep", [300, 20])
def test_a_truncated_tiff_is_refused_naming_it(tmp_path, keep):
    whole = write_geotiff(tmp_path / "whole.tif", pixels=np.zeros((3, 400, 400), np.uint8))
    cut = tmp_path / "cut.tif"
    cut.write_bytes(whole.read_bytes()[:keep])
    message = refusal(cut)
    assert message.startswith(f"{cut}: ")
    assert "is damaged or cut short" in message or "could not be opened as GeoTIFF" in message


def test_huge_dimensions_are_refused_from_the_header(tmp_path):
    path = tmp_path / "huge.tif"

    with rasterio.open(  # a header that claims 1.2 gigapixels, in a few kilobytes
        path, "w", driver="GTiff", width=40_000, height=30_000, count=1, dtype="uint8",
        crs="EPSG:4326", transform=origin(46, 39, 1e-4, 1e-4), tiled=True,
        sparse_ok=True, blockxsize=512, blockysize=512,
    ):  # fmt: skip
        pass
    assert path.stat().st_size < 1_000_000
    assert refusal(path) == (
        f"{path}: is 40,000 × 30,000 pixels, more than the atlas reads "
        "(1,000,000,000 pixels, 200,000 a side); make a smaller copy"
    )


def ramp(dtype, low: float, high: float, width: int = 100) -> np.ndarray:
    """One band rising evenly from *low* in the west to *high* in the east."""
    return np.tile(np.linspace(low, high, width, dtype=np.float64), (1, width, 1)).astype(dtype)


@pytest.mark.parametrize(
    ("dtype", "low", "high"),
    [("uint16", 1000, 61000), ("int16", -20000, 12000), ("float32", -0.5, 0.25)],
)
def test_a_deep_greyscale_scan_is_stretched_to_8_bits_and_says_so(tmp_path, dtype, low, high):
    path = write_geotiff(tmp_path / "archive.tif", pixels=ramp(dtype, low, high))
    raster, notes = load_raster(path)
    assert [str(n) for n in notes] == [
        f"{path}: has {dtype} values, stretched to 8 bits: each band's 2nd to 98th percentile "
        "from black to white, its no-data left transparent"
    ]
    west, middle, east = (colour_at(raster, lon, 36.0) for lon in (46.01, 49.0, 51.99))
    assert west == (0, 0, 0, 255) and east == (255, 255, 255, 255)  # beyond 2 % and 98 %
    assert middle[0] == middle[1] == middle[2] and 110 <= middle[0] <= 145


def test_a_deep_rgb_scan_keeps_its_colours_and_its_no_data_transparent(tmp_path):
    pixels = quadrants().astype(np.uint16) * 257  # the quadrants, 16-bit
    pixels[:, 60:, :60] = 0  # the south-west quadrant is "no data"
    path = write_geotiff(tmp_path / "rgb16.tif", pixels=pixels, nodata=0)
    raster, notes = load_raster(path)
    assert "has uint16 values, stretched to 8 bits" in str(notes[0])
    assert colour_at(raster, 47.5, 34.5)[3] == 0
    red, green, yellow = (
        colour_at(raster, *place) for place in ((47.5, 37.5), (50.5, 37.5), (50.5, 34.5))
    )
    assert red[0] > green[0] and green[1] > red[1] and yellow[0] > green[0]
    assert all(colour[3] == 255 for colour in (red, green, yellow))


def test_a_floating_point_scans_nan_is_transparent(tmp_path):
    pixels = ramp("float32", 0.0, 1.0)
    pixels[0, 50:, :] = np.nan  # the southern half holds no number
    raster, _ = load_raster(write_geotiff(tmp_path / "float.tif", pixels=pixels))
    assert colour_at(raster, 49.0, 34.0)[3] == 0
    assert colour_at(raster, 49.0, 38.0)[3] == 255


def test_the_stretch_is_taken_from_a_bounded_sample(tmp_path, monkeypatch):
    path = write_geotiff(tmp_path / "archive.tif", pixels=ramp("uint16", 0, 50000))
    whole, _ = load_raster(path)
    monkeypatch.setattr(rasters, "STRETCH_SAMPLE", 400)  # every fifth pixel each way
    sampled, _ = load_raster(path)
    assert np.abs(whole.image.astype(int) - sampled.image.astype(int)).max() <= 8


def test_other_deep_scans_are_refused_with_what_is_read(tmp_path):
    path = write_geotiff(tmp_path / "dem.tif", pixels=np.zeros((2, 10, 10), np.uint16))
    assert refusal(path).endswith(
        "has 2 band(s) of uint16 values; the atlas reads 8-bit greyscale, palette, RGB or "
        "RGBA scans, and 16-bit or floating-point greyscale or RGB ones"
    )
    path = write_geotiff(tmp_path / "wide.tif", pixels=np.zeros((1, 10, 10), np.int32))
    assert "has 1 band(s) of int32 values" in refusal(path)


def test_a_renamed_file_never_reaches_gdal(tmp_path):
    vrt = tmp_path / "remote.tif"  # a VRT naming a web source, renamed
    vrt.write_text('<VRTDataset rasterXSize="1" rasterYSize="1"><VRTRasterBand>'
                   "<SourceFilename>/vsicurl/http://example.invalid/x.tif</SourceFilename>"
                   "</VRTRasterBand></VRTDataset>")  # fmt: skip
    assert refusal(vrt) == f"{vrt}: is not a GeoTIFF file inside (damaged, or renamed?)"


def test_an_overview_beside_it_that_is_not_a_tiff_is_refused(tmp_path):
    path = write_geotiff(tmp_path / "scan.tif")
    (tmp_path / "scan.tif.ovr").write_text("<VRTDataset/>")
    assert refusal(path) == f"{path}: has a scan.tif.ovr beside it that is not a TIFF; remove it"


def test_folders_and_pipes_are_refused(tmp_path):
    folder = tmp_path / "folder.tif"
    folder.mkdir()
    assert refusal(folder) == f"{folder}: is a folder, not a file"
    pipe = tmp_path / "pipe.tif"
    os.mkfifo(pipe)
    assert refusal(pipe) == f"{pipe}: is a named pipe (FIFO), not a file"
    world = write_png(tmp_path / "sheet.png")
    os.mkfifo(tmp_path / "sheet.pgw")  # a world file GDAL would block on
    assert refusal(world) == f"{tmp_path / 'sheet.pgw'}: is a named pipe (FIFO), not a file"


def test_nothing_is_written_beside_the_users_file(tmp_path):
    load_raster(write_png(tmp_path / "sheet.png", DEGREES_WORLD))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sheet.pgw", "sheet.png"]


def test_a_jpeg_with_a_world_file_is_read(tmp_path):
    import warnings

    from rasterio.errors import NotGeoreferencedWarning

    path = tmp_path / "plate.jpg"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", NotGeoreferencedWarning)
        with rasterio.open(
            path, "w", driver="JPEG", width=120, height=120, count=3, dtype="uint8", QUALITY=95
        ) as dataset:
            dataset.write(quadrants())
    path.with_suffix(".jgw").write_text(DEGREES_WORLD)
    raster, _ = load_raster(path)
    for (lon, lat), colour in QUADRANTS.items():
        assert np.allclose(colour_at(raster, lon, lat)[:3], colour, atol=12)  # JPEG is lossy


def test_a_palette_scan_keeps_its_colours(tmp_path):
    pixels = np.zeros((1, 60, 60), np.uint8)
    pixels[0, :30] = 1  # the northern half is the palette's second colour
    path = write_geotiff(tmp_path / "palette.tif", pixels=pixels)
    with rasterio.open(path, "r+") as dataset:
        dataset.write_colormap(1, {0: (10, 20, 30, 255), 1: (200, 100, 50, 255)})
    raster, _ = load_raster(path)
    assert colour_at(raster, 49.0, 38.0) == (200, 100, 50, 255)
    assert colour_at(raster, 49.0, 34.0) == (10, 20, 30, 255)


def test_a_scan_placed_by_control_points_is_fitted_and_says_so(tmp_path):
    from rasterio.control import GroundControlPoint as Gcp

    points = [
        Gcp(row=0, col=0, x=46.0, y=39.0),
        Gcp(row=0, col=120, x=52.0, y=39.0),
        Gcp(row=120, col=0, x=46.0, y=33.0),
        Gcp(row=120, col=120, x=52.0, y=33.0),
    ]
    path = tmp_path / "pinned.tif"
    with rasterio.open(
        path, "w", driver="GTiff", width=120, height=120, count=3, dtype="uint8",
        gcps=points, crs="EPSG:4326",
    ) as dataset:  # fmt: skip
        dataset.write(quadrants())
    raster, notes = load_raster(path)
    assert [n.message for n in notes] == ["is placed by an affine fit of its 4 control points"]
    for (lon, lat), colour in QUADRANTS.items():
        assert colour_at(raster, lon, lat)[:3] == colour
