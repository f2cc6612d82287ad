"""Check that every quoted passage in the data stands verbatim in the seed documents.

A developer's tool, not part of the app or its tests: the seed captures are kept outside the
product (they are not ours to redistribute). Run it whenever events or territories change:

    python -m events.check_quotes --seeds ../shared/seeds

Whitespace, typographic quotes and dashes are normalised before comparing, so a quote copied
from a capture with its line breaks still matches. Exit status 1 lists every quote not found.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path

import yaml

_ROOT = Path(__file__).resolve().parent.parent
_TRANSLATE = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "–": "-", "—": "-"})


def normalise(text: str) -> str:
    """Fold whitespace, case, typographic quotes and dashes so captures compare fairly."""
    return re.sub(r"\s+", " ", text.translate(_TRANSLATE)).strip().lower()


def _citations(node: object, where: str) -> Iterator[tuple[str, dict[str, str]]]:
    """Yield every mapping with `source` and `quote` keys anywhere inside *node*."""
    if isinstance(node, dict):
        if "source" in node and "quote" in node:
            yield where, node
        label = node.get("id", where) if isinstance(node.get("id"), str) else where
        for value in node.values():
            yield from _citations(value, label)
    elif isinstance(node, list):
        for item in node:
            yield from _citations(item, where)


def _documents() -> Iterator[tuple[Path, object]]:
    for path in sorted((_ROOT / "events" / "data" / "events").glob("*.yaml")):
        yield path, yaml.safe_load(path.read_text(encoding="utf-8"))
    history = _ROOT / "geodata" / "data" / "history.geojson"
    if history.exists():
        features = json.loads(history.read_text(encoding="utf-8"))["features"]
        yield history, [f["properties"] for f in features]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=Path, required=True, help="folder of seed captures")
    args = parser.parse_args(argv)
    registry = yaml.safe_load((_ROOT / "events" / "data" / "sources.yaml").read_text("utf-8"))
    texts: dict[str, str] = {}
    for source in registry:
        if source.get("capture"):
            raw = (args.seeds / source["capture"]).read_bytes()
            if hashlib.sha256(raw).hexdigest() != source["sha256"]:
                print(f"{source['id']}: capture differs from the registered sha256")
            texts[source["id"]] = normalise(raw.decode("utf-8"))
    checked = missing = 0
    for path, doc in _documents():
        for where, cite in _citations(doc, "?"):
            if cite["source"] not in texts:
                continue
            checked += 1
            if normalise(str(cite["quote"])) not in texts[cite["source"]]:
                missing += 1
                print(
                    f"{path.relative_to(_ROOT)}: {where}: not verbatim in "
                    f"{cite['source']}: {cite['quote']!r}"
                )
    print(f"{checked} quotes checked, {missing} not found")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
