"""Opening a user's file never reaches the network, whatever the file names or holds.

A local listener counts the connections that files pointing at it could cause (GDAL virtual
datasets, a WFS description, a GDAL streamed algorithm, a remote CRS, a /vsicurl/ path);
each file is checked by ``validate`` and added as File › Open adds it, and must be refused
in our words with no connection made.
"""

from __future__ import annotations

import json
import socket
import threading
import warnings
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pyogrio.raw
import pytest
import shapely

from geodata.errors import DataError
from viewer.core.atlas import load_atlas
from viewer.core.user_data import UserData
from viewer.core.validate import check_files

REFUSED_TYPE = "is not a file the atlas reads"


class Listener:
    """A TCP server on 127.0.0.1 that counts the connections it accepts and closes them."""

    def __init__(self) -> None:
        self.socket = socket.create_server(("127.0.0.1", 0))
        self.socket.settimeout(0.05)
        self.url = f"http://127.0.0.1:{self.socket.getsockname()[1]}"
        self.connections = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        """Accept until stopped and nothing is waiting: a connection made just before the
        stop is still counted."""
        while True:
            try:
                connection, _ = self.socket.accept()
            except TimeoutError:
                if self._stop.is_set():
                    return
                continue
            self.connections += 1
            connection.close()

    def close(self) -> None:
        self._stop.set()
        self._thread.join()
        self.socket.close()


@pytest.fixture
def listener() -> Iterator[Listener]:
    server = Listener()
    yield server
    server.close()


@pytest.fixture(scope="module")
def atlas():
    return load_atlas()


def _vrt(url: str) -> str:
    return (
        '<OGRVRTDataSource><OGRVRTLayer name="zones">'
        f"<SrcDataSource>/vsicurl/{url}/zones.geojson</SrcDataSource>"
        "</OGRVRTLayer></OGRVRTDataSource>"
    )


def _remote_files(folder: Path, url: str) -> dict[str, tuple[Path, str]]:
    """Files that would reach *url* if GDAL or PROJ were let loose, and what we say of each."""
    gdalg = {
        "type": "gdal_streamed_alg",
        "command_line": f"gdal vector pipeline ! read /vsicurl/{url}/a.geojson ! write -f stream x",
    }
    geojson = {
        "type": "FeatureCollection",
        "crs": {"type": "name", "properties": {"name": f"{url}/crs.wkt"}},
        "features": [
            {
                "type": "Feature",
                "properties": {},
                "geometry": shapely.Point(49, 37).__geo_interface__,
            }
        ],
    }
    texts = {
        "layer.vrt": (_vrt(url), REFUSED_TYPE),
        "service.xml": (f"<OGRWFSDataSource><URL>{url}/wfs</URL></OGRWFSDataSource>", REFUSED_TYPE),
        "pipeline.gdalg": (json.dumps(gdalg), REFUSED_TYPE),
        "renamed-vrt.csv": (_vrt(url), "is not a CSV file inside"),
        "renamed-vrt.kml": (_vrt(url), "is not a KML file inside"),
        # content GDAL would hand to its VRT driver, past the first line our check reads
        "vrt-second-line.csv": (f"id,WKT\n{_vrt(url)}\n", "field 'geometry': has no geometry"),
        "remote-crs.geojson": (json.dumps(geojson), "unknown coordinate reference system"),
    }
    files = {}
    for name, (text, expected) in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
        files[name] = (folder / name, expected)
    files["vsicurl"] = (Path(f"/vsicurl/{url}/zones.gpkg"), "is a GDAL virtual path")
    files["remote-prj.shp"] = (_shapefile_with_remote_prj(folder, url), "coordinate reference")
    return files


def _shapefile_with_remote_prj(folder: Path, url: str) -> Path:
    path = folder / "remote-prj.shp"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        pyogrio.raw.write(
            path,
            shapely.to_wkb(np.array([shapely.Point(49, 37)], dtype=object)),
            [np.array(["zone"], dtype=object)],
            fields=["id"],
            driver="ESRI Shapefile",
            geometry_type="Point",
            crs=None,
        )
    path.with_suffix(".prj").write_text(f"{url}/crs.prj", encoding="utf-8")
    return path


def test_no_file_reaches_the_network(tmp_path, listener, atlas):
    files = _remote_files(tmp_path, listener.url)
    for label, (path, expected) in files.items():
        (report,) = check_files([path], atlas)
        assert any(expected in str(p) for p in report.problems), (label, report.problems)
        with pytest.raises(DataError) as exc:
            UserData(atlas).add(path)
        assert [str(p) for p in exc.value.problems] == [str(p) for p in report.problems]
    assert listener.connections == 0


def test_the_listener_would_have_seen_a_request(listener):
    """The check above means something: a plain connection is counted."""
    with socket.create_connection(("127.0.0.1", int(listener.url.rsplit(":", 1)[1]))):
        pass
    listener.close()
    assert listener.connections == 1
