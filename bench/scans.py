"""A user's map scan: reading and warping a large one, and what it costs the map and exports.

The scan is made here (noise, so that it does not compress: 8000 × 6000 RGB, a 144 MB
tiled GeoTIFF over Gilan and Azerbaijan), read with :func:`geodata.rasters.load_raster`
(decimated to 4096 px and warped to the map's conic), the same as a 16-bit scan (288 MB,
stretched to 8 bits as it is read), then the window's map at 1920×1080 is
repainted with no scan, the scan under the features and the scan over them, and a 4K PNG
exported with the scan under the features.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import tempfile
import time
from pathlib import Path

import numpy as np

from bench.common import part_main, peak_rss_mb, summary

DAY = dt.date(1946, 2, 1)
WIDTH, HEIGHT = 8000, 6000


def _scan(folder: Path, dtype: str = "uint8") -> Path:
    import rasterio
    from rasterio.transform import Affine

    path = folder / f"scan-{dtype}.tif"
    noise = np.random.default_rng(0).integers(0, 255, (3, 500, WIDTH), dtype=np.uint8)
    noise = noise.astype(dtype) * (257 if dtype == "uint16" else 1)
    with rasterio.open(
        path, "w", driver="GTiff", width=WIDTH, height=HEIGHT, count=3, dtype=dtype,
        crs="EPSG:4326", transform=Affine(6 / WIDTH, 0, 44, 0, -4.5 / HEIGHT, 40),
        tiled=True, compress="deflate",
    ) as dataset:  # fmt: skip
        for row in range(0, HEIGHT, 500):
            dataset.write(noise[:, : min(500, HEIGHT - row)], window=((row, row + 500), (0, WIDTH)))
    return path


def run() -> dict[str, object]:
    from PySide6.QtGui import QImage, QPainter

    from geodata.rasters import load_raster
    from viewer.core.atlas import SPAN, load_atlas
    from viewer.core.export_request import ExportRequest, Page
    from viewer.core.frame import MapFrame, RasterLook
    from viewer.core.state import ViewState
    from viewer.export.headless import headless_app
    from viewer.export.pipeline import export
    from viewer.map.fonts import register_fonts
    from viewer.map.map_view import MapView

    app = headless_app()
    atlas = load_atlas()
    folder = Path(tempfile.mkdtemp(prefix="scan-bench-"))
    path = _scan(folder)
    result: dict[str, object] = {"file_mb": path.stat().st_size / 1e6}
    start = time.perf_counter()
    raster, _ = load_raster(path)
    result["load_s"] = time.perf_counter() - start
    result["picture_px"] = list(raster.image.shape[:2])
    result["load_peak_rss_mb"] = peak_rss_mb()
    deep = _scan(folder, "uint16")
    start = time.perf_counter()
    load_raster(deep)
    result["load_16bit_s"] = time.perf_counter() - start
    result["load_16bit_peak_rss_mb"] = peak_rss_mb()
    deep.unlink()
    with_scan = dataclasses.replace(atlas, rasters=(raster,))
    looks = {"none": None, "under": RasterLook(0.7, False), "over": RasterLook(0.7, True)}
    for name, look in looks.items():
        state = ViewState(*SPAN, date=DAY)
        view = MapView(atlas if look is None else with_scan, state, register_fonts(), fade_ms=0)
        view.resize(1920, 1080)
        view.show()
        app.processEvents()
        if look is not None:
            state.set_raster_look(raster.id, look)
        image = QImage(1920, 1080, QImage.Format.Format_RGB32)
        times = []
        for _ in range(30):
            painter = QPainter(image)
            start = time.perf_counter()
            view.render(painter)
            times.append((time.perf_counter() - start) * 1000)
            painter.end()
        result[f"repaint_{name}"] = {"first_ms": times[0], **summary(times[1:])}
        view.close()
    start = time.perf_counter()
    request = ExportRequest(MapFrame(DAY), Page.for_pixels(3840, 2160), format="png")
    export(with_scan, request, folder / "map.png")
    result["png_4k_with_scan_s"] = time.perf_counter() - start
    result["peak_rss_mb"] = peak_rss_mb()
    return result


def main(argv: list[str] | None = None) -> None:
    part_main(run, __doc__, argv)


if __name__ == "__main__":
    main()
