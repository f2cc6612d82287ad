"""The command line's data subcommands: ``export-data`` and ``cite``.

python -m viewer export-data --out atlas.gpkg [--format gpkg|geojson|csv|lpf] [--add FILE]
python -m viewer cite --format bibtex|csl-json|ris [--story FILE | --date D | --event ID]

Kept apart from :mod:`viewer.app.cli` (which parses the shared options and loads the atlas)
so that each stays readable; both exit with status 2 and our message on any problem.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from viewer.app.cli_words import error, stopped, wrote
from viewer.core.atlas import Atlas
from viewer.core.local_problems import problems_text
from viewer.core.wording import digits, translate


def add_data_parsers(
    sub: argparse._SubParsersAction[Any],  # of the command line's own parser class
    date: Callable[[str], object],
    add_user_files: Callable[[argparse.ArgumentParser, str], None],
    language: str = "en",
) -> None:
    """Add ``export-data`` and ``cite``; *date* and *add_user_files* are the CLI's shared
    ``--date`` type and ``--add`` option, so they read exactly as in other subcommands;
    their help is told in *language*."""
    from viewer.core.data_export import DATA_FORMATS
    from viewer.core.lpf import DEFAULT_URI_BASE

    data = sub.add_parser(
        "export-data",
        help=translate(
            "CommandLine",
            "write the data (territories, events, places, sources) for GIS and gazetteers",
            language,
        ),
        description=translate(
            "CommandLine",
            "Write the atlas's data as GeoPackage, GeoJSON, CSV or Linked Places (LPF) "
            "JSON-LD; see docs/user-data.md.",
            language,
        ),
        language=language,
    )
    data.add_argument(
        "--out",
        type=Path,
        required=True,
        help=translate("CommandLine", "the file to write", language),
    )
    data.add_argument(
        "--format",
        choices=tuple(DATA_FORMATS),
        help=translate("CommandLine", "default: from --out's extension", language),
    )
    data.add_argument(
        "--uri-base",
        default=DEFAULT_URI_BASE,
        metavar="URI",
        help=translate(
            "CommandLine",
            "LPF only: the base of the features' @id, e.g. your gazetteer's address",
            language,
        ),
    )
    add_user_files(data, language)
    cite = sub.add_parser(
        "cite",
        help=translate(
            "CommandLine",
            "the works cited, for reference managers (BibTeX, CSL-JSON, RIS)",
            language,
        ),
        description=translate(
            "CommandLine",
            "Write the works cited: all sources, or those an event, a date or a story cites, "
            "with their locators as notes.",
            language,
        ),
        language=language,
    )
    cite.add_argument("--format", choices=("bibtex", "csl-json", "ris"), default="bibtex")
    which = cite.add_mutually_exclusive_group()
    which.add_argument(
        "--story",
        type=Path,
        metavar="FILE",
        help=translate("CommandLine", "what a story's slides cite", language),
    )
    which.add_argument(
        "--date",
        type=date,
        help=translate("CommandLine", "what the map shows that day cites", language),
    )
    which.add_argument(
        "--event", metavar="ID", help=translate("CommandLine", "what one event cites", language)
    )
    cite.add_argument(
        "--out",
        type=Path,
        help=translate("CommandLine", "the file to write (default: print)", language),
    )
    add_user_files(cite, language)


def check_export_data(args: argparse.Namespace) -> None:
    """The format, told before the data loads (``ValueError`` with our message)."""
    from viewer.core.data_export import data_format

    args.data_format = data_format(args.out, args.format, args.lang)


def run_export_data(args: argparse.Namespace, atlas: Atlas) -> int:
    from viewer.core.atomic import WriteError, signals_clean_up
    from viewer.core.data_export import export_data

    language = args.lang
    with signals_clean_up(stopped(language)):
        try:
            tables = export_data(atlas, args.out, args.data_format, args.uri_base)
        except WriteError as exc:
            return error("export-data", exc.message(language), language)
    counts = {t.name: len(t.rows) for t in tables}
    if args.data_format == "lpf":
        territories = counts["territories"] + counts["territory_lines"] + counts["territory_sites"]
        what = translate("CommandLine", "{places} and {territories} as Linked Places", language)
        what = what.format(
            places=_table_count("places", counts["places"], language),
            territories=_table_count("territories", territories, language),
        )
    else:
        what = ", ".join(_table_count(name, n, language) for name, n in counts.items())
    wrote(f"{args.out} ({what})", language)
    return 0


def _table_count(table: str, n: int, language: str) -> str:
    """'12 territories', '3 territory lines'…: how many rows a written table holds."""
    match table:
        case "territories":
            return translate("CommandLine", "%n territory(-ies)", language, n=n)
        case "territory_lines":
            return translate("CommandLine", "%n territory line(s)", language, n=n)
        case "territory_sites":
            return translate("CommandLine", "%n territory site(s)", language, n=n)
        case "events":
            return translate("CommandLine", "%n event(s)", language, n=n)
        case "places":
            return translate("CommandLine", "%n place(s)", language, n=n)
        case "sources":
            return translate("CommandLine", "%n source(s)", language, n=n)
    return f"{digits(str(n), language)} {table.replace('_', ' ')}"


def run_cite(args: argparse.Namespace, atlas: Atlas) -> int:
    from geodata.errors import DataError
    from viewer.core.atomic import WriteError
    from viewer.core.citations import (
        date_records,
        event_records,
        format_works,
        story_records,
        works_cited,
        write_works,
    )
    from viewer.core.story import load_story

    language = args.lang
    records = None
    if args.event is not None:
        if args.event not in atlas.events:
            message = translate(
                "CommandLine",
                "no event has the id {id}; `python -m viewer events` lists them",
                language,
            )
            return error("cite", message.format(id=repr(args.event)), language)
        records = event_records(atlas.events[args.event])
    elif args.date is not None:
        records = date_records(atlas, args.date)
    elif args.story is not None:
        if not args.story.is_file():
            message = translate("CommandLine", "no story file at {path}", language)
            return error("cite", message.format(path=args.story), language)
        try:
            records = story_records(load_story(args.story, atlas), atlas)
        except DataError as exc:
            message = translate("CommandLine", "the story has problems:\n{problems}", language)
            return error(
                "cite", message.format(problems=problems_text(exc.problems, language)), language
            )
    works = works_cited(atlas, records)
    if args.out is None:
        sys.stdout.write(format_works(works, args.format))
        return 0
    try:
        write_works(args.out, works, args.format)
    except WriteError as exc:
        return error("cite", exc.message(language), language)
    wrote(args.out, language)
    return 0
