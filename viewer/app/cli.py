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
import io
import json
import os
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from geodata.dates import DateError, Precision, parse_user_date
from geodata.errors import DataError
from viewer import __version__
from viewer.app.cli_data import add_data_parsers, check_export_data, run_cite, run_export_data

if TYPE_CHECKING:  # the export modules load only for an export
    from events.model import Event
    from viewer.core.atlas import Atlas
    from viewer.core.export_request import ExportRequest
from viewer.core.local_dates import gregorian_text, solar_hijri_text
from viewer.core.wording import digits, translate


def _date(text: str) -> dt.date:
    """A day the atlas covers (``ArgumentTypeError`` otherwise, which exits with status 2)."""
    from viewer.core.atlas import SPAN

    try:
        day = parse_user_date(text).first_day
    except DateError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    if not SPAN[0] <= day <= SPAN[1]:
        raise argparse.ArgumentTypeError(
            f"{day} is outside the atlas's span, {SPAN[0]} to {SPAN[1]}"
        )
    return day


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m viewer", description=__doc__.splitlines()[0])
    parser.add_argument("--version", action="version", version=f"Caspian Atlas {__version__}")
    parser.add_argument(
        "--lang",
        dest="window_lang",
        choices=("en", "fa", "ru"),
        help="the window's language for this launch (default: the saved one, else the system's)",
    )
    sub = parser.add_subparsers(dest="command")
    describe = sub.add_parser("describe", help="what the map shows on a date")
    describe.add_argument(
        "--date",
        type=_date,
        required=True,
        help="1946, 1946-02, 1946-02-01, EDTF (1946-05~), '12 Nov 1945' or '1324 SH'",
    )
    describe.add_argument(
        "--at",
        type=_lonlat,
        metavar="LON,LAT",
        help="who held this place on that day: every feature drawn there, e.g. 46.29,38.08",
    )
    describe.add_argument("--format", choices=("json", "text"), default="text")
    describe.add_argument("--lang", choices=("en", "fa", "ru"), default="en")
    _add_user_files_option(describe)
    events = sub.add_parser("events", help="the event catalogue")
    events.add_argument("--format", choices=("json", "csv"), default="json")
    events.add_argument("--lang", choices=("en", "fa", "ru"), default="en")
    events.add_argument(
        "--search",
        metavar="TEXT",
        help="only the events every word of TEXT finds, as the app's search box does "
        "(any spelling or language: Mossadeq, مصدق, Гилян); nothing found is an empty list, "
        "with spellings to try on stderr",
    )
    _add_user_files_option(events)
    validate = sub.add_parser("validate", help="check territory (GeoJSON) and event (YAML) files")
    validate.add_argument("files", nargs="+", type=Path)
    validate.add_argument(
        "--strict",
        action="store_true",
        help="the full schema of the bundled data (for contributions to it)",
    )
    sub.add_parser(
        "install-desktop",
        help="add Caspian Atlas to the Linux desktop's menu (a .desktop entry and its icon)",
    )
    _add_export_parser(sub)
    add_data_parsers(sub, _date, _add_user_files_option)
    return parser


def _add_user_files_option(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--add",
        action="append",
        type=Path,
        default=[],
        metavar="FILE",
        help="your layer (GeoJSON, GeoPackage…) or events (YAML), checked and added in the "
        "order given, as File › Open adds them in the app; repeatable",
    )


def _with_user_files(atlas: Atlas, paths: list[Path], command: str) -> Atlas:
    """The atlas with the user's files added as the app's File › Open adds them.

    Raises DataError with every problem of the first file that does not load; what was
    mended (a repaired outline, a reprojection) is printed as a warning.
    """
    from viewer.core.user_data import UserData

    user_data = UserData(atlas)
    for path in paths:
        for warning in user_data.add(path):
            print(f"{command}: warning: {warning}", file=sys.stderr)
    return user_data.combined()


def _lonlat(text: str) -> tuple[float, float]:
    """A point in degrees (``ArgumentTypeError`` otherwise); whether the map has it is for
    :func:`viewer.core.describe.describe_at` to say."""
    try:
        lon, lat = (float(part) for part in text.split(","))
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not LON,LAT in degrees, e.g. 46.29,38.08"
        ) from None
    if not (-180 <= lon <= 180 and -90 <= lat <= 90):  # also refuses nan
        raise argparse.ArgumentTypeError(
            f"{text!r}: longitude must be within ±180 and latitude within ±90"
        )
    return lon, lat


# ---------------------------------------------------------------------- export
PAPERS = ("a4", "a3", "letter")


def _size(text: str) -> tuple[int, int]:
    """Pixels, WxH; their limits are the export request's (checked with the rest of it)."""
    match = re.fullmatch(r"\s*(\d+)\s*[x×]\s*(\d+)\s*", text)
    if not match:
        raise argparse.ArgumentTypeError(f"{text!r} is not a size such as 1920x1080")
    return int(match[1]), int(match[2])


def _number(text: str) -> float:
    """A number; its limits are the export options' (checked with the rest of the request)."""
    try:
        return float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None


def _lonlat_box(text: str) -> tuple[float, float, float, float]:
    try:
        west, south, east, north = (float(part) for part in text.split(","))
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not WEST,SOUTH,EAST,NORTH in degrees, e.g. 44,36,56,42"
        ) from None
    return west, south, east, north


def _add_export_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    export = sub.add_parser(
        "export",
        help="write the map as PNG, SVG, PDF, GIF or MP4, without opening a window",
        description="Write the map of a date (PNG, SVG, PDF) or of a span of dates (GIF, MP4).",
    )
    export.add_argument("--out", type=Path, required=True, help="the file to write")
    export.add_argument("--format", help="png, svg, pdf, gif or mp4 (default: from --out)")
    _add_user_files_option(export)
    export.add_argument(
        "--story",
        type=Path,
        metavar="FILE",
        help="a story: its handout as a PDF (--out FILE.pdf) or one PNG a slide (--out DIR/)",
    )
    export.add_argument(
        "--date", type=_date, help="the day a snapshot shows: 1946-02-01, 1946, '1324 SH'…"
    )
    export.add_argument("--size", type=_size, metavar="WxH", help="pixels (default 1920x1080)")
    export.add_argument("--dpi", type=_number, help="resolution; with no --size, a page")
    export.add_argument("--paper", choices=PAPERS, help="a page size (default a4 with --dpi)")
    export.add_argument("--orientation", choices=("landscape", "portrait"))
    export.add_argument(
        "--extent", type=_lonlat_box, metavar="W,S,E,N", help="the area to show, in degrees"
    )
    export.add_argument("--lang", choices=("en", "fa", "ru"), default="en")
    export.add_argument("--title", help="the title (default: names the date)")
    for part in ("title", "date", "legend", "scale-bar", "north-arrow", "credits"):
        export.add_argument(
            f"--no-{part}", action="store_true", help=f"leave out the {part.replace('-', ' ')}"
        )
    animation = export.add_argument_group("animation (GIF, MP4)")
    animation.add_argument(
        "--from", dest="start", type=_date, metavar="DATE", help="the first frame"
    )
    animation.add_argument("--to", dest="end", type=_date, metavar="DATE", help="the last frame")
    animation.add_argument("--step", choices=("month", "year"), default="month")
    animation.add_argument("--fps", type=_number, default=4.0, help="frames per second")


def _request(args: argparse.Namespace, format: str) -> ExportRequest:
    """The export request the arguments describe (``ValueError`` for contradictions)."""
    from viewer.core.export_options import check_extent, extent_from_lonlat
    from viewer.core.export_request import Animation, ExportRequest, Furniture, Page
    from viewer.core.frame import MapFrame

    if args.size and (args.paper or args.orientation):
        raise ValueError("--size gives pixels; --paper and --orientation give a page: pick one")
    if args.extent:
        check_extent(args.extent)
    animation = None
    if args.start is not None and args.end is not None:
        animation = Animation(args.start, args.end, args.step, args.fps)
    frame = MapFrame(
        date=args.date if animation is None else animation.start,
        language=args.lang,
        extent=extent_from_lonlat(args.extent) if args.extent else None,
    )
    if args.paper or args.orientation or (args.dpi is not None and not args.size):
        landscape = args.orientation != "portrait"
        dpi = 300.0 if args.dpi is None else args.dpi
        page = Page.for_paper(args.paper or "a4", landscape, dpi)
    else:
        width, height = args.size or (1920, 1080)
        page = Page.for_pixels(width, height, 96.0 if args.dpi is None else args.dpi)
    furniture = Furniture(
        title=args.title,
        show_title=not args.no_title,
        show_date=not args.no_date,
        show_legend=not args.no_legend,
        show_scale_bar=not args.no_scale_bar,
        show_north_arrow=not args.no_north_arrow,
        show_credits=not args.no_credits,
    )
    return ExportRequest(frame, page, furniture, format, animation)


MAP_OPTIONS = {
    "date": "--date", "start": "--from", "end": "--to", "size": "--size", "dpi": "--dpi",
    "paper": "--paper", "orientation": "--orientation", "extent": "--extent", "title": "--title",
}  # fmt: skip
"""What a story's slides set for themselves: refused beside --story."""


def _story_job(args: argparse.Namespace) -> tuple[str, Path]:
    """(format, story file) for a handout; the map options do not apply to one."""
    from viewer.story.handout import handout_format

    given = [option for dest, option in MAP_OPTIONS.items() if getattr(args, dest) is not None]
    if given:
        raise ValueError(f"{', '.join(given)} cannot be used with --story: the story sets them")
    if not args.story.is_file():
        raise ValueError(f"no story file at {args.story}")
    return handout_format(args.out, args.format), args.story


def _export_job(args: argparse.Namespace) -> ExportRequest | tuple[str, Path]:
    """The request the arguments describe (or a story's job), checked before any work."""
    from viewer.core.export_options import format_of
    from viewer.core.export_request import ANIMATION_FORMATS

    if args.story is not None:
        return _story_job(args)
    format = format_of(args.out, args.format)
    animated = format in ANIMATION_FORMATS
    if animated and (args.start is None or args.end is None):
        raise ValueError(f"a {format.upper()} needs --from and --to (and maybe --step, --fps)")
    if not animated and (args.start is not None or args.end is not None):
        raise ValueError("--from and --to make an animation: write a .gif or .mp4")
    if not animated and args.date is None:
        raise ValueError(f"a {format.upper()} snapshot needs --date")
    request = _request(args, format)
    request.check()
    return request


def _print_progress(done: int, total: int) -> bool:
    print(f"\rframe {done}/{total}", end="" if done < total else "\n", file=sys.stderr)
    return True


def _export(args: argparse.Namespace, atlas: Atlas) -> int:
    """Run ``python -m viewer export``; exit status 2 for any problem, with a clear message."""
    if args.story is not None:
        return _export_story(args, atlas)
    from viewer.core.atomic import WriteError
    from viewer.export.headless import headless_app
    from viewer.export.pipeline import export

    request = args.job
    headless_app()
    try:
        progress = _print_progress if request.animation and sys.stderr.isatty() else None
        export(atlas, request, args.out, progress)
    except WriteError as exc:
        print(f"python -m viewer export: error: {exc}", file=sys.stderr)
        return 2
    print(f"Wrote {args.out}")
    return 0


def _export_story(args: argparse.Namespace, atlas: Atlas) -> int:
    """Write a story's handout (PDF) or slide pictures (PNG folder); exit 2 on any problem."""
    from viewer.core.atomic import WriteError
    from viewer.core.story import load_story
    from viewer.export.headless import headless_app
    from viewer.story.handout import export_handout

    format, story_path = args.job
    try:
        story = load_story(story_path, atlas)
    except DataError as exc:
        print(f"python -m viewer export: error: the story has problems:\n{exc}", file=sys.stderr)
        return 2
    if not story.slides:
        print(f"python -m viewer export: error: {story_path} has no slides", file=sys.stderr)
        return 2
    headless_app()
    progress = _print_progress if sys.stderr.isatty() else None
    try:
        export_handout(atlas, story, args.out, format, progress)
    except WriteError as exc:
        print(f"python -m viewer export: error: {exc}", file=sys.stderr)
        return 2
    what = "slide pictures in" if format == "png" else "handout"
    print(f"Wrote {what} {args.out}")
    return 0


def _searched(atlas: Atlas, query: str | None) -> list[Event]:
    """The events *query* finds (all for none); when it finds nothing, say so on stderr with
    the spellings to try: the output stays a valid, empty list and the exit status 0."""
    if query is None or not query.strip():
        return list(atlas.events)
    from viewer.core.search import SearchIndex, no_results_message

    index = SearchIndex.for_atlas(atlas)
    found = index.matching(query)
    if not found:
        message = no_results_message(query, index.suggestions(query), len(atlas.events))
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
    if record["events_nearby"]:
        lines.append(translate("Describe", "Events nearby:", lang))
        lines += [digits(f"  {e['start']}  ", lang) + e["title"] for e in record["events_nearby"]]
    return "\n".join(lines)


def _install_desktop() -> int:
    from viewer.app import desktop_entry
    from viewer.core.atomic import WriteError

    try:
        written = desktop_entry.install()
    except WriteError as exc:
        print(f"python -m viewer install-desktop: error: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:  # a folder on the way cannot be made
        reason = exc.strerror or type(exc).__name__
        message = f"cannot create {exc.filename}: {reason}"
        print(f"python -m viewer install-desktop: error: {message}", file=sys.stderr)
        return 2
    for path in written:
        print(f"Wrote {path}")
    print("Caspian Atlas is now in the desktop's menu, under Education.")
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
    args = _parser().parse_args(argv)
    try:
        return _run(args)
    except BrokenPipeError:
        # The reader went away: send what Python still flushes at exit nowhere, and say nothing.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 128 + 13  # as if ended by SIGPIPE, like other tools in a pipeline
    except KeyboardInterrupt:
        print("\nStopped.", file=sys.stderr)
        return 130
    except Exception as exc:
        if os.environ.get("CASPIAN_ATLAS_DEBUG"):
            raise
        command = f"python -m viewer {args.command}" if args.command else "python -m viewer"
        print(f"{command}: error: something went wrong that we did not foresee: {exc}. "
              "Please report it, with the command; CASPIAN_ATLAS_DEBUG=1 shows the details.",
              file=sys.stderr)  # fmt: skip
        return 2


def _run(args: argparse.Namespace) -> int:
    if args.command is None:
        from viewer.app.application import main as run_app  # Qt only when the window is wanted

        return run_app(args.window_lang)
    if args.command == "install-desktop":
        return _install_desktop()
    if args.command == "export":
        try:
            args.job = _export_job(args)  # bad arguments fail before the data loads
        except ValueError as exc:
            print(f"python -m viewer export: error: {exc}", file=sys.stderr)
            return 2
    if args.command == "export-data":
        try:
            check_export_data(args)  # a format we cannot tell fails before the data loads
        except ValueError as exc:
            print(f"python -m viewer export-data: error: {exc}", file=sys.stderr)
            return 2
    from viewer.core.atlas import load_atlas
    from viewer.core.describe import describe, describe_at, event_record, events_csv

    try:
        atlas = load_atlas()
    except DataError as exc:
        print(f"The bundled data did not load:\n{exc}", file=sys.stderr)
        return 2
    if getattr(args, "add", None):
        command = f"python -m viewer {args.command}"
        try:
            atlas = _with_user_files(atlas, args.add, command)
        except DataError as exc:
            print(f"{command}: error: an added file did not load:\n{exc}", file=sys.stderr)
            return 2
    match args.command:
        case "describe":
            record = describe(atlas, args.date, args.lang)
            if args.at is not None:
                try:
                    lon, lat = args.at
                    record["at"] = describe_at(atlas, args.date, lon, lat, args.lang)
                except ValueError as exc:
                    error = f"python -m viewer describe: error: argument --at: {exc}"
                    print(error, file=sys.stderr)
                    return 2
            text = json.dumps(record, ensure_ascii=False, indent=2)
            print(text if args.format == "json" else _describe_text(record, args.lang))
        case "events":
            records = [event_record(e, atlas, args.lang) for e in _searched(atlas, args.search)]
            if args.format == "json":
                print(json.dumps(records, ensure_ascii=False, indent=2))
            else:
                sys.stdout.write(events_csv(records))
        case "validate":
            from viewer.core.validate import run_validate

            return run_validate(args.files, atlas, strict=args.strict)
        case "export":
            from viewer.core.atomic import signals_clean_up

            with signals_clean_up("\nStopped; nothing was written."):  # Ctrl+C, kill, hang-up
                return _export(args, atlas)
        case "export-data":
            return run_export_data(args, atlas)
        case "cite":
            return run_cite(args, atlas)
    return 0
