"""The command line's ``export`` subcommand: the map of a date, an animation, or a story's
handout, written without opening a window.

python -m viewer export --date 1946-02-01 --out map.png [--size 1920x1080 | --paper a4 --dpi 300]
python -m viewer export --from 1941-08 --to 1947-01 --step month --fps 4 --out war.mp4
python -m viewer export --story my-story.yaml --out handout.pdf   (or --out slides/ for PNGs)

Kept apart from :mod:`viewer.app.cli` (which parses the shared options and loads the atlas)
because its options and their checks are most of the command line; it exits with status 2
and our message on any problem, as the other subcommands do.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from geodata.errors import DataError
from viewer.app.cli_words import error, stopped, wrote
from viewer.core.local_problems import problems_text
from viewer.core.wording import digits, translate

if TYPE_CHECKING:  # the export modules load only for an export
    from viewer.core.atlas import Atlas
    from viewer.core.export_request import ExportRequest

PAPERS = ("a4", "a3", "letter")


def _size(text: str, language: str = "en") -> tuple[int, int]:
    """Pixels, WxH; their limits are the export request's (checked with the rest of it)."""
    match = re.fullmatch(r"\s*(\d+)\s*[x×]\s*(\d+)\s*", text)
    if not match:
        message = translate("CommandLine", "{text} is not a size such as 1920x1080", language)
        raise argparse.ArgumentTypeError(message.format(text=repr(text)))
    return int(match[1]), int(match[2])


def _number(text: str, language: str = "en") -> float:
    """A number; its limits are the export options' (checked with the rest of the request)."""
    try:
        return float(text)
    except ValueError:
        message = translate("CommandLine", "{text} is not a number", language)
        raise argparse.ArgumentTypeError(message.format(text=repr(text))) from None


def _lonlat_box(text: str, language: str = "en") -> tuple[float, float, float, float]:
    try:
        west, south, east, north = (float(part) for part in text.split(","))
    except ValueError:
        message = translate(
            "CommandLine",
            "{text} is not WEST,SOUTH,EAST,NORTH in degrees, e.g. 44,36,56,42",
            language,
        )
        raise argparse.ArgumentTypeError(message.format(text=repr(text))) from None
    return west, south, east, north


def add_export_parser(
    sub: argparse._SubParsersAction[Any],  # of the command line's own parser class
    date: Callable[[str], object],
    add_user_files: Callable[[argparse.ArgumentParser, str], None],
    language: str = "en",
) -> None:
    """Add ``export``; *date* and *add_user_files* are the CLI's shared ``--date`` type and
    ``--add`` option, so they read exactly as in other subcommands; *language* is the one the
    help and the options' type errors are told in."""
    size, number = partial(_size, language=language), partial(_number, language=language)
    export = sub.add_parser(
        "export",
        help=translate(
            "CommandLine",
            "write the map as PNG, SVG, PDF, GIF or MP4, without opening a window",
            language,
        ),
        description=translate(
            "CommandLine",
            "Write the map of a date (PNG, SVG, PDF) or of a span of dates (GIF, MP4).",
            language,
        ),
        language=language,
    )
    export.add_argument(
        "--out",
        type=Path,
        required=True,
        help=translate("CommandLine", "the file to write", language),
    )
    export.add_argument(
        "--format",
        help=translate("CommandLine", "png, svg, pdf, gif or mp4 (default: from --out)", language),
    )
    add_user_files(export, language)
    export.add_argument(
        "--story",
        type=Path,
        metavar="FILE",
        help=translate(
            "CommandLine",
            "a story: its handout as a PDF (--out FILE.pdf) or one PNG a slide (--out DIR/)",
            language,
        ),
    )
    export.add_argument(
        "--date",
        type=date,
        help=translate(
            "CommandLine", "the day a snapshot shows: 1946-02-01, 1946, '1324 SH'…", language
        ),
    )
    export.add_argument(
        "--size",
        type=size,
        metavar="WxH",
        help=translate("CommandLine", "pixels (default 1920x1080)", language),
    )
    export.add_argument(
        "--dpi",
        type=number,
        help=translate("CommandLine", "resolution; with no --size, a page", language),
    )
    export.add_argument(
        "--paper",
        choices=PAPERS,
        help=translate("CommandLine", "a page size (default a4 with --dpi)", language),
    )
    export.add_argument("--orientation", choices=("landscape", "portrait"))
    export.add_argument(
        "--extent",
        type=partial(_lonlat_box, language=language),
        metavar="W,S,E,N",
        help=translate("CommandLine", "the area to show, in degrees", language),
    )
    export.add_argument(
        "--title", help=translate("CommandLine", "the title (default: names the date)", language)
    )
    left_out = {
        "title": translate("CommandLine", "leave out the title", language),
        "date": translate("CommandLine", "leave out the date", language),
        "legend": translate("CommandLine", "leave out the legend", language),
        "scale-bar": translate("CommandLine", "leave out the scale bar", language),
        "north-arrow": translate("CommandLine", "leave out the north arrow", language),
        "credits": translate("CommandLine", "leave out the credits", language),
    }
    for part, help_text in left_out.items():
        export.add_argument(f"--no-{part}", action="store_true", help=help_text)
    animation = export.add_argument_group(
        translate("CommandLine", "animation (GIF, MP4)", language)
    )
    animation.add_argument(
        "--from",
        dest="start",
        type=date,
        metavar="DATE",
        help=translate("CommandLine", "the first frame", language),
    )
    animation.add_argument(
        "--to",
        dest="end",
        type=date,
        metavar="DATE",
        help=translate("CommandLine", "the last frame", language),
    )
    animation.add_argument("--step", choices=("month", "year"), default="month")
    animation.add_argument(
        "--fps",
        type=number,
        default=4.0,
        help=translate("CommandLine", "frames per second", language),
    )


def _request(args: argparse.Namespace, format: str) -> ExportRequest:
    """The export request the arguments describe (``ValueError`` for contradictions)."""
    from viewer.core.export_options import check_extent, extent_from_lonlat
    from viewer.core.export_request import Animation, ExportRequest, Furniture, Page
    from viewer.core.frame import MapFrame

    if args.size and (args.paper or args.orientation):
        raise ValueError(
            translate(
                "CommandLine",
                "--size gives pixels; --paper and --orientation give a page: pick one",
                args.lang,
            )
        )
    if args.extent:
        check_extent(args.extent, args.lang)
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
        message = translate(
            "CommandLine", "{options} cannot be used with --story: the story sets them", args.lang
        )
        raise ValueError(message.format(options=", ".join(given)))
    if not args.story.is_file():
        message = translate("CommandLine", "no story file at {path}", args.lang)
        raise ValueError(message.format(path=args.story))
    return handout_format(args.out, args.format), args.story


def export_job(args: argparse.Namespace) -> ExportRequest | tuple[str, Path]:
    """The request the arguments describe (or a story's job), checked before any work."""
    from viewer.core.export_options import format_of
    from viewer.core.export_request import ANIMATION_FORMATS

    if args.story is not None:
        return _story_job(args)
    language = args.lang
    format = format_of(args.out, args.format, language)
    animated = format in ANIMATION_FORMATS
    if animated and (args.start is None or args.end is None):
        message = translate(
            "CommandLine", "a {format} needs --from and --to (and maybe --step, --fps)", language
        )
        raise ValueError(message.format(format=format.upper()))
    if not animated and (args.start is not None or args.end is not None):
        raise ValueError(
            translate(
                "CommandLine", "--from and --to make an animation: write a .gif or .mp4", language
            )
        )
    if not animated and args.date is None:
        message = translate("CommandLine", "a {format} snapshot needs --date", language)
        raise ValueError(message.format(format=format.upper()))
    request = _request(args, format)
    request.check(language)
    return request


def _progress(language: str) -> Callable[[int, int], bool]:
    """A progress line on stderr (a terminal's only), rewritten at each frame."""
    frame = translate("CommandLine", "frame {done}/{total}", language)

    def show(done: int, total: int) -> bool:
        text = digits(frame.format(done=done, total=total), language)
        print(f"\r{text}", end="" if done < total else "\n", file=sys.stderr)
        return True

    return show


def run_export(args: argparse.Namespace, atlas: Atlas) -> int:
    """Run ``python -m viewer export`` for the job :func:`export_job` made; exit status 2 for
    any problem, with a clear message, and nothing half-written if stopped."""
    from viewer.core.atomic import signals_clean_up

    with signals_clean_up(stopped(args.lang)):  # Ctrl+C, kill, hang-up
        if args.story is not None:
            return _export_story(args, atlas)
        return _export_map(args, atlas)


def _export_map(args: argparse.Namespace, atlas: Atlas) -> int:
    """Write a snapshot or an animation."""
    from viewer.core.atomic import WriteError
    from viewer.export.headless import headless_app
    from viewer.export.pipeline import export

    request, language = args.job, args.lang
    headless_app()
    try:
        progress = _progress(language) if request.animation and sys.stderr.isatty() else None
        export(atlas, request, args.out, progress)
    except WriteError as exc:
        return error("export", exc.message(language), language)
    wrote(args.out, language)
    return 0


def _export_story(args: argparse.Namespace, atlas: Atlas) -> int:
    """Write a story's handout (PDF) or slide pictures (PNG folder); exit 2 on any problem."""
    from viewer.core.atomic import WriteError
    from viewer.core.story import load_story
    from viewer.export.headless import headless_app
    from viewer.story.handout import export_handout

    (format, story_path), language = args.job, args.lang
    try:
        story = load_story(story_path, atlas)
    except DataError as exc:
        message = translate("CommandLine", "the story has problems:\n{problems}", language)
        return error(
            "export", message.format(problems=problems_text(exc.problems, language)), language
        )
    if not story.slides:
        message = translate("CommandLine", "{path} has no slides", language)
        return error("export", message.format(path=story_path), language)
    headless_app()
    progress = _progress(language) if sys.stderr.isatty() else None
    try:
        export_handout(atlas, story, args.out, format, progress, language=language)
    except WriteError as exc:
        return error("export", exc.message(language), language)
    if format == "png":
        done = translate("CommandLine", "Wrote slide pictures in {path}", language)
    else:
        done = translate("CommandLine", "Wrote handout {path}", language)
    print(done.format(path=args.out))
    return 0
