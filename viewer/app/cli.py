"""The command line: the app by default, and subcommands for scripts and batch work.

python -m viewer                                  the app
python -m viewer describe --date 1946-02-01 --format json [--at LON,LAT]
python -m viewer events --format json|csv [--search TEXT]
python -m viewer validate FILE...
python -m viewer export --date 1946-02-01 --out map.png [--size 1920x1080 | --paper a4 --dpi 300]
python -m viewer export --from 1941-08 --to 1947-01 --step month --fps 4 --out war.mp4
python -m viewer export --story my-story.yaml --out handout.pdf   (or --out slides/ for PNGs)
python -m viewer export-data --out atlas.gpkg [--format gpkg|geojson|csv|lpf]
python -m viewer cite --format bibtex|csl-json|ris [--story FILE | --date D | --event ID]
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import io
import json
import os
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from geodata.collector import start_up_done
from geodata.dates import DateError, Precision, parse_user_date
from geodata.errors import DataError
from viewer import __version__
from viewer.app.cli_data import add_data_parsers, check_export_data, run_cite, run_export_data
from viewer.app.cli_export import add_export_parser, export_job, run_export
from viewer.app.cli_words import error, language_in, wrote

if TYPE_CHECKING:  # for type hints only
    from events.model import Event
    from viewer.core.atlas import Atlas
from geodata.model import LANGUAGES
from viewer.core.local_dates import gregorian_text, solar_hijri_text
from viewer.core.local_problems import problem_text, problems_text
from viewer.core.timeline import typed_date_problem
from viewer.core.wording import digits, translate


def _date(text: str, language: str = "en") -> dt.date:
    """A day the atlas covers (``ArgumentTypeError`` otherwise, which exits with status 2)."""
    from viewer.core.atlas import SPAN

    try:
        day = parse_user_date(text).first_day
    except DateError as exc:
        raise argparse.ArgumentTypeError(typed_date_problem(text, exc, language)) from None
    if not SPAN[0] <= day <= SPAN[1]:
        message = translate(
            "ExportRequest", "{day} is outside the atlas's span, {low} to {high}", language
        )
        raise argparse.ArgumentTypeError(
            digits(message.format(day=day, low=SPAN[0], high=SPAN[1]), language)
        )
    return day


class _Parser(argparse.ArgumentParser):
    """argparse, its help and errors told as ours, in the language of ``--lang``: argparse's
    own words (usage, the headings, ``--help``) are English only."""

    def __init__(self, *args: Any, language: str = "en", **kwargs: Any) -> None:
        kwargs["formatter_class"] = functools.partial(_HelpFormatter, language=language)
        kwargs["add_help"] = False  # our own --help, whose words are translated
        super().__init__(*args, **kwargs)
        self.language = language
        self._positionals.title = translate("CommandLine", "positional arguments", language)
        self._optionals.title = translate("CommandLine", "options", language)
        self.add_argument(
            "-h",
            "--help",
            action="help",
            help=translate("CommandLine", "show this help and exit", language),
        )

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        text = translate("CommandLine", "{command}: error: {message}", self.language)
        self.exit(2, text.format(command=self.prog, message=message) + "\n")


class _HelpFormatter(argparse.HelpFormatter):
    """argparse's help layout, its "usage:" in *language*."""

    def __init__(self, prog: str, language: str = "en") -> None:
        super().__init__(prog)
        self.language = language

    def add_usage(
        self,
        usage: str | None,
        actions: Iterable[argparse.Action],
        groups: Iterable[argparse._MutuallyExclusiveGroup],
        prefix: str | None = None,
    ) -> None:
        if prefix is None:  # argparse asks for none when naming a subcommand
            prefix = translate("CommandLine", "usage: ", self.language)
        super().add_usage(usage, actions, groups, prefix)


def _parser(language: str = "en") -> argparse.ArgumentParser:
    """The command line's options; *language* is the one its type errors are told in."""
    date = functools.partial(_date, language=language)
    description = translate(
        "CommandLine",
        "The command line: the app by default, and subcommands for scripts and batch work.",
        language,
    )
    parser = _Parser(prog="python -m viewer", description=description, language=language)
    parser.add_argument(
        "--version",
        action="version",
        version=f"Caspian Atlas {__version__}",
        help=translate("CommandLine", "show the version and exit", language),
    )
    parser.add_argument(
        "--lang",
        dest="window_lang",
        choices=LANGUAGES,
        help=translate(
            "CommandLine",
            "the window's language for this launch (default: the saved one, else the system's)",
            language,
        ),
    )
    sub = parser.add_subparsers(dest="command")  # its parsers are _Parsers too
    describe = sub.add_parser(
        "describe",
        help=translate("CommandLine", "what the map shows on a date", language),
        language=language,
    )
    describe.add_argument(
        "--date",
        type=date,
        required=True,
        help=translate(
            "CommandLine",
            "1946, 1946-02, 1946-02-01, EDTF (1946-05~), '12 Nov 1945' or '1324 SH'",
            language,
        ),
    )
    describe.add_argument(
        "--at",
        type=functools.partial(_lonlat, language=language),
        metavar="LON,LAT",
        help=translate(
            "CommandLine",
            "who held this place on that day: every feature drawn there, e.g. 46.29,38.08",
            language,
        ),
    )
    describe.add_argument("--format", choices=("json", "text"), default="text")
    _add_user_files_option(describe, language)
    events = sub.add_parser(
        "events", help=translate("CommandLine", "the event catalogue", language), language=language
    )
    events.add_argument("--format", choices=("json", "csv"), default="json")
    events.add_argument(
        "--search",
        metavar="TEXT",
        help=translate(
            "CommandLine",
            "only the events every word of TEXT finds, as the app's search box does (any "
            "spelling or language: Mossadeq, مصدق, Гилян); nothing found is an empty list, "
            "with spellings to try on stderr",
            language,
        ),
    )
    _add_user_files_option(events, language)
    validate = sub.add_parser(
        "validate",
        help=translate("CommandLine", "check territory (GeoJSON) and event (YAML) files", language),
        language=language,
    )
    validate.add_argument("files", nargs="+", type=Path, metavar="FILE")
    validate.add_argument(
        "--strict",
        action="store_true",
        help=translate(
            "CommandLine", "the full schema of the bundled data (for contributions to it)", language
        ),
    )
    sub.add_parser(
        "install-desktop",
        help=translate(
            "CommandLine",
            "add Caspian Atlas to the Linux desktop's menu (a .desktop entry and its icon)",
            language,
        ),
        language=language,
    )
    add_export_parser(sub, date, _add_user_files_option, language)
    add_data_parsers(sub, date, _add_user_files_option, language)
    for command in sub.choices.values():
        command.add_argument(
            "--lang",
            choices=LANGUAGES,
            help=translate(
                "CommandLine",
                "the language of the output's words, of messages and of this help (default: en)",
                language,
            ),
        )
    return parser


def _add_user_files_option(command: argparse.ArgumentParser, language: str) -> None:
    command.add_argument(
        "--add",
        action="append",
        type=Path,
        default=[],
        metavar="FILE",
        help=translate(
            "CommandLine",
            "your layer (GeoJSON, GeoPackage…), events (YAML) or map scan (GeoTIFF, PNG or "
            "JPEG with a world file), checked and added in the order given, as File › Open "
            "adds them in the app; repeatable",
            language,
        ),
    )


def _with_user_files(atlas: Atlas, paths: list[Path], command: str, language: str) -> Atlas:
    """The atlas with the user's files added as the app's File › Open adds them.

    Raises DataError with every problem of the first file that does not load; what was
    mended (a repaired outline, a reprojection) is printed as a warning.
    """
    from viewer.core.user_data import UserData

    user_data = UserData(atlas)
    for path in paths:
        for warning in user_data.add(path):
            text = translate("CommandLine", "{command}: warning: {problem}", language)
            problem = problem_text(warning, language)
            print(
                text.format(command=f"python -m viewer {command}", problem=problem), file=sys.stderr
            )
    return user_data.combined()


def _lonlat(text: str, language: str = "en") -> tuple[float, float]:
    """A point in degrees (``ArgumentTypeError`` otherwise); whether the map has it is for
    :func:`viewer.core.describe.describe_at` to say."""
    try:
        lon, lat = (float(part) for part in text.split(","))
    except ValueError:
        message = translate(
            "CommandLine", "{text} is not LON,LAT in degrees, e.g. 46.29,38.08", language
        )
        raise argparse.ArgumentTypeError(message.format(text=repr(text))) from None
    if not (-180 <= lon <= 180 and -90 <= lat <= 90):  # also refuses nan
        message = translate(
            "CommandLine",
            "{text}: longitude must be within ±180 and latitude within ±90",
            language,
        )
        raise argparse.ArgumentTypeError(message.format(text=repr(text)))
    return lon, lat


def _searched(atlas: Atlas, query: str | None, language: str = "en") -> list[Event]:
    """The events *query* finds (all for none); when it finds nothing, say so on stderr with
    the spellings to try: the output stays a valid, empty list and the exit status 0."""
    if query is None or not query.strip():
        return list(atlas.events)
    from viewer.core.search import SearchIndex, no_results_message

    index = SearchIndex.for_atlas(atlas)
    found = index.matching(query)
    if not found:
        suggestions = index.suggestions(query)
        message = no_results_message(query, suggestions, len(atlas.events), language)
        print(f"python -m viewer events: {message}", file=sys.stderr)
    return [event for event in atlas.events if event.id in found]


def _territory_line(t: dict[str, Any], lang: str) -> str:
    until = t["valid_to"] or translate("Describe", "today", lang)
    when = f"{t['valid_from']} – {until}"
    if t["valid_from"] is None:  # a static layer, or one whose start is open
        when = (
            translate("Describe", "until {date}", lang).format(date=t["valid_to"])
            if t["valid_to"]
            else translate("Describe", "always", lang)
        )
    kind, status = (
        translate("Status", t[key].replace("_", " "), lang) for key in ("kind", "status")
    )
    return digits(f"  {t['name']} [{kind}, {status}] {when}", lang)


def _describe_text(record: dict[str, Any], lang: str = "en") -> str:
    """describe's text output, its words in *lang* (the JSON keeps its stable English keys)."""
    day = dt.date.fromisoformat(record["date"])
    lines = [
        f"{gregorian_text(day, Precision.DAY, lang)} ({solar_hijri_text(day, Precision.DAY, lang)})"
    ]
    if "at" in record:
        at = record["at"]
        here = translate("Describe", "At {lon}° E, {lat}° N:", lang)
        lines.append(digits(here.format(lon=f"{at['lon']:g}", lat=f"{at['lat']:g}"), lang))
        nothing = "  " + translate("Describe", "nothing drawn here", lang)
        lines += [_territory_line(t, lang) for t in at["territories"]] or [nothing]
        lines.append(translate("Describe", "On the whole map:", lang))
    lines += [_territory_line(t, lang) for t in record["territories"]]
    for scan in record["map_scans"]:
        lines.append(translate("Describe", "Map scan: {}", lang).format(scan["title"]))
    if record["events_nearby"]:
        lines.append(translate("Describe", "Events nearby:", lang))
        lines += [digits(f"  {e['start']}  ", lang) + e["title"] for e in record["events_nearby"]]
    return "\n".join(lines)


def _install_desktop(language: str) -> int:
    from viewer.app import desktop_entry
    from viewer.core.atomic import WriteError

    try:
        written = desktop_entry.install()
    except WriteError as exc:
        return error("install-desktop", exc.message(language), language)
    except OSError as exc:  # a folder on the way cannot be made
        reason = exc.strerror or type(exc).__name__
        message = translate("CommandLine", "cannot create {path}: {reason}", language)
        return error("install-desktop", message.format(path=exc.filename, reason=reason), language)
    for path in written:
        wrote(path, language)
    print(
        translate(
            "CommandLine", "Caspian Atlas is now in the desktop's menu, under Education.", language
        )
    )
    return 0


def main(argv: list[str] | None = None) -> int:
    """Run the app or a subcommand; every failure ends as our message, never a traceback.

    Text that a file put in the output (a lone surrogate in an id, say) is escaped rather than
    crashing the print; a reader that goes away (``describe … | head``) ends the command
    quietly, as Unix tools do. ``CASPIAN_ATLAS_DEBUG=1`` shows the traceback instead.
    """
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="backslashreplace")
    language = language_in(sys.argv[1:] if argv is None else argv)
    args = _parser(language).parse_args(argv)
    args.lang = getattr(args, "lang", None) or args.window_lang or "en"
    try:
        return _run(args)
    except BrokenPipeError:
        # The reader went away: send what Python still flushes at exit nowhere, and say nothing.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 128 + 13  # as if ended by SIGPIPE, like other tools in a pipeline
    except KeyboardInterrupt:
        print("\n" + translate("CommandLine", "Stopped.", args.lang), file=sys.stderr)
        return 130
    except Exception as exc:
        if os.environ.get("CASPIAN_ATLAS_DEBUG"):
            raise
        message = translate(
            "CommandLine",
            "something went wrong that we did not foresee: {error}. Please report it, with "
            "the command; CASPIAN_ATLAS_DEBUG=1 shows the details.",
            args.lang,
        )
        return error(args.command, message.format(error=exc), args.lang)


def _run(args: argparse.Namespace) -> int:
    if args.command is None:
        from viewer.app.application import main as run_app  # Qt only when the window is wanted

        return run_app(args.window_lang)
    start_up_done()  # a command may run long: the collector runs again
    language = args.lang
    if args.command == "install-desktop":
        return _install_desktop(language)
    if args.command == "export":
        try:
            args.job = export_job(args)  # bad arguments fail before the data loads
        except ValueError as exc:
            return error("export", str(exc), language)
    if args.command == "export-data":
        try:
            check_export_data(args)  # a format we cannot tell fails before the data loads
        except ValueError as exc:
            return error("export-data", str(exc), language)
    from viewer.core.atlas import load_atlas
    from viewer.core.describe import describe, describe_at, event_record, events_csv

    try:
        atlas = load_atlas()
    except DataError as exc:
        message = translate("CommandLine", "the bundled data did not load:\n{problems}", language)
        return error(
            args.command, message.format(problems=problems_text(exc.problems, language)), language
        )
    if getattr(args, "add", None):
        try:
            atlas = _with_user_files(atlas, args.add, args.command, language)
        except DataError as exc:
            message = translate("CommandLine", "an added file did not load:\n{problems}", language)
            return error(
                args.command,
                message.format(problems=problems_text(exc.problems, language)),
                language,
            )
    match args.command:
        case "describe":
            record = describe(atlas, args.date, args.lang)
            if args.at is not None:
                try:
                    lon, lat = args.at
                    record["at"] = describe_at(atlas, args.date, lon, lat, args.lang)
                except ValueError as exc:
                    return error("describe", f"argument --at: {exc}", language)
            text = json.dumps(record, ensure_ascii=False, indent=2)
            print(text if args.format == "json" else _describe_text(record, args.lang))
        case "events":
            records = [
                event_record(e, atlas, args.lang) for e in _searched(atlas, args.search, args.lang)
            ]
            if args.format == "json":
                print(json.dumps(records, ensure_ascii=False, indent=2))
            else:
                sys.stdout.write(events_csv(records))
        case "validate":
            from viewer.core.validate import run_validate

            return run_validate(args.files, atlas, strict=args.strict, language=language)
        case "export":
            return run_export(args, atlas)
        case "export-data":
            return run_export_data(args, atlas)
        case "cite":
            return run_cite(args, atlas)
    return 0
