"""A seeded corpus of malformed users' files: each is answered in our words, and alike.

The generator mutates valid files (GeoJSON, YAML events, GeoPackages) and adds files that
are not files at all (pipes, devices, folders, virtual paths) and formats the atlas refuses.
The same seed always gives the same corpus. For every file ``validate`` and File › Open
must answer (a result, never an exception or a hang), agree, and name the file in every
problem; each problem is one printable line.
"""

from __future__ import annotations

import json
import os
import random
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pyogrio.raw
import pytest
import shapely
import yaml

from geodata.errors import DataError, display_name
from tests.geodata.test_fuzz_loaders import VALID_EVENT, VALID_PROPERTIES
from viewer.core.atlas import load_atlas
from viewer.core.user_data import UserData
from viewer.core.validate import check_files

SEED = 19
EXAMPLES = Path(__file__).parents[2] / "docs" / "examples"
# The same valid records as the property-based fuzzing starts from, under this corpus's ids.
PROPS = {**VALID_PROPERTIES, "id": "fuzz-zone"}
EVENT = {**VALID_EVENT, "id": "fuzz-event"}
ODD_VALUES: list[Any] = [
    None, True, "", "49.5", "x\n: OK", "\x1b[2K", "\ud800", 10**400, -1e308, [], {}, [[[]]],
    "1946-00-00", "~", 3.5, {"en": "\u202e"}, "a" * 6000,
]  # fmt: skip
SHAPES = [
    {"type": "Point", "coordinates": [49.5, 37.2]},
    {"type": "LineString", "coordinates": [[49, 37], [50, 38], [51, 37.5]]},
    {"type": "Polygon", "coordinates": [[[49, 37], [50, 37], [50, 38], [49, 38], [49, 37]]]},
    {"type": "MultiPoint", "coordinates": [[49, 37], [50, 38]]},
]


def _mutate(value: Any, rng: random.Random, depth: int = 0) -> Any:
    """*value* with one random part replaced, removed or wrapped."""
    if isinstance(value, dict) and value and depth < 4 and rng.random() < 0.8:
        key = rng.choice(sorted(value, key=str))
        mutated = dict(value)
        if rng.random() < 0.15:
            del mutated[key]
        else:
            mutated[key] = _mutate(value[key], rng, depth + 1)
        return mutated
    if isinstance(value, list) and value and depth < 6 and rng.random() < 0.8:
        index = rng.randrange(len(value))
        return [*value[:index], _mutate(value[index], rng, depth + 1), *value[index + 1 :]]
    return rng.choice([*ODD_VALUES, [value], {"x": value}, str(value)])


def _damaged(text: str, rng: random.Random) -> bytes:
    """The UTF-8 of *text*, cut short or with a few bytes changed."""
    raw = bytearray(text.encode("utf-8", "surrogatepass"))
    if rng.random() < 0.4:
        return bytes(raw[: rng.randrange(len(raw))])
    for _ in range(rng.randint(1, 4)):
        raw[rng.randrange(len(raw))] = rng.randrange(256)
    return bytes(raw)


def _geojson(rng: random.Random) -> tuple[str, bytes]:
    features = [
        {"type": "Feature", "properties": {**PROPS, "id": f"fuzz-{i}"}, "geometry": shape}
        for i, shape in enumerate(rng.sample(SHAPES, rng.randint(1, 3)))
    ]
    collection: dict[str, Any] = {"type": "FeatureCollection", "features": features}
    if rng.random() < 0.2:
        name = rng.choice(["EPSG:3857", "EPSG:999999", "http://127.0.0.1:9/crs", "nonsense"])
        collection["crs"] = {"type": "name", "properties": {"name": name}}
    for _ in range(rng.randint(1, 3)):
        collection = _mutate(collection, rng)
    text = json.dumps(collection, ensure_ascii=rng.random() < 0.5)
    return ".geojson", _damaged(text, rng) if rng.random() < 0.3 else text.encode(
        "utf-8", "surrogatepass"
    )


def _events(rng: random.Random) -> tuple[str, bytes]:
    document: Any = {
        "sources": [
            {
                "id": "fuzz-source",
                "title": "T",
                "publisher": "P",
                "kind": "book",
                "reliability": "R",
            }
        ],
        "events": [{**EVENT, "id": f"fuzz-event-{i}"} for i in range(rng.randint(1, 3))],
    }
    if rng.random() < 0.3:
        document = document["events"]
    for _ in range(rng.randint(1, 3)):
        document = _mutate(document, rng)
    text = yaml.safe_dump(document, allow_unicode=True)
    tricks = [
        lambda t: t + "events: []\n",  # a key given twice (or a document that is not a mapping)
        lambda t: t.replace("importance: 2", "importance: " + "9" * 5000),
        lambda t: t.replace("  ", "\t", 1),
        lambda t: "a: &a [1, 2]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n" * 2 + t,
        lambda t: "[" * 200 + t,
        lambda t: "!!python/object:os.system 'true'\n" + t,
        lambda t: t,
    ]
    text = rng.choice(tricks)(text)
    return ".yaml", _damaged(text, rng) if rng.random() < 0.3 else text.encode(
        "utf-8", "surrogatepass"
    )


def _gpkg(folder: Path, index: int, rng: random.Random) -> Path:
    """A real GeoPackage of text columns with random values, sometimes with damaged bytes."""
    path = folder / f"{index:03d}.gpkg"
    row = _mutate(PROPS, rng)
    row = row if isinstance(row, dict) else {"id": row}
    texts = {str(k) or "empty": v if isinstance(v, str) else json.dumps(v) for k, v in row.items()}
    texts = {k: v.encode("utf-8", "backslashreplace").decode() for k, v in texts.items()}
    shape = shapely.geometry.shape(rng.choice(SHAPES))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        pyogrio.raw.write(
            path,
            shapely.to_wkb(np.array([shape], dtype=object)),
            [np.array([v], dtype=object) for v in texts.values()],
            fields=list(texts),
            driver="GPKG",
            geometry_type="Unknown",
            crs=rng.choice(["EPSG:4326", "EPSG:3857", None]),
        )
    if rng.random() < 0.4:
        path.write_bytes(_damaged(path.read_bytes().decode("latin-1"), rng)[:4096])
    return path


def _special(folder: Path) -> Iterator[Path]:
    """Files that are not files, and formats the atlas refuses to hand to GDAL."""
    for suffix in (".geojson", ".yaml", ".gpkg", ".shp", ".kml"):
        if hasattr(os, "mkfifo"):
            os.mkfifo(folder / f"pipe{suffix}")
            yield folder / f"pipe{suffix}"
        for device in ("/dev/zero", "/dev/urandom", "/dev/null"):
            if Path(device).exists():
                link = folder / f"{Path(device).name}{suffix}"
                link.symlink_to(device)
                yield link
        (folder / f"folder{suffix}").mkdir()
        yield folder / f"folder{suffix}"
        (folder / f"dangling{suffix}").symlink_to(folder / "nowhere")
        yield folder / f"dangling{suffix}"
        (folder / f"empty{suffix}").write_bytes(b"")
        yield folder / f"empty{suffix}"
    vrt = "<OGRVRTDataSource><OGRVRTLayer name='x'><SrcDataSource>/vsicurl/http://127.0.0.1:9/x"
    for name, text in {
        "a.vrt": vrt, "b.xml": "<OGRWFSDataSource/>", "c.gdalg": "{}", "d.csv": vrt,
        "e.kml": vrt, "f.fgb": "fgb", "g.shp": "\x00\x00\x27\x0a", "h.txt": "", "i": "x",
        "j.csv": "id,WKT\nx,POINT (49 37)\n", "k.kml": "<kml><Placemark/></kml>",
    }.items():  # fmt: skip
        (folder / name).write_text(text, encoding="utf-8")
        yield folder / name
    yield Path("/vsicurl/http://127.0.0.1:9/layer.gpkg")
    yield Path("/vsizip//tmp/layer.zip/layer.shp")


def _corpus(folder: Path) -> list[Path]:
    rng = random.Random(SEED)
    paths = list(_special(folder))
    makers: list[Callable[[random.Random], tuple[str, bytes]]] = [_geojson, _events]
    for index in range(240):
        suffix, content = makers[index % 2](rng)
        path = folder / f"{index:03d}{suffix}"
        path.write_bytes(content)
        paths.append(path)
    paths += [_gpkg(folder, index, rng) for index in range(240, 270)]
    return paths


@pytest.fixture(scope="module")
def atlas():
    return load_atlas()


def _answer(path: Path, atlas) -> tuple[list[str], list[str]]:
    """(problems, warnings) from ``validate``, checked to be File › Open's too."""
    (report,) = check_files([path], atlas)
    problems, notes = [str(p) for p in report.problems], [str(w) for w in report.warnings]
    try:
        opened = ([], [str(w) for w in UserData(atlas).add(path)])
    except DataError as exc:
        opened = ([str(p) for p in exc.problems], [])
    assert (problems, notes) == opened, path
    name = display_name(path)
    assert all(p.file == name for p in (*report.problems, *report.warnings)), path
    for line in (*problems, *notes):
        assert "\n" not in line and "\x1b" not in line, line
        line.encode("utf-8")  # printable: no lone surrogate
    return problems, notes


def test_every_generated_file_gets_an_answer_in_our_words(tmp_path, atlas):
    corpus = _corpus(tmp_path)
    refused = loaded = 0
    for path in corpus:
        problems, _ = _answer(path, atlas)
        if problems:
            assert not any("Error" in p or "Traceback" in p for p in problems), problems
            refused += 1
        else:
            loaded += 1
    assert len(corpus) >= 250
    assert refused + loaded == len(corpus)
    assert refused > 0.8 * len(corpus)  # mutations are meant to break files; most do


def test_the_corpus_is_the_same_for_the_same_seed(tmp_path):
    first, second = tmp_path / "a", tmp_path / "b"
    first.mkdir()
    second.mkdir()
    contents = [
        [
            p.read_bytes() if p.is_file() and not p.is_symlink() and p.suffix != ".gpkg" else p.name
            for p in _corpus(folder)
        ]
        for folder in (first, second)
    ]
    assert contents[0] == contents[1]
