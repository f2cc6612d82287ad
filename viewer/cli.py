"""The command line: the app by default, and subcommands for scripts and batch work.

python -m viewer                                  the app
python -m viewer describe --date 1946-02-01 --format json
python -m viewer events --format json|csv
python -m viewer validate FILE...
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from geodata.dates import DateError, parse_user_date
from geodata.errors import DataError


def _date(text: str):
    try:
        return parse_user_date(text).first_day
    except DateError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m viewer", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command")
    describe = sub.add_parser("describe", help="what the map shows on a date")
    describe.add_argument(
        "--date",
        type=_date,
        required=True,
        help="1946, 1946-02, 1946-02-01, '12 Nov 1945' or '1324 SH'",
    )
    describe.add_argument("--format", choices=("json", "text"), default="text")
    describe.add_argument("--lang", choices=("en", "fa", "ru"), default="en")
    events = sub.add_parser("events", help="the event catalogue")
    events.add_argument("--format", choices=("json", "csv"), default="json")
    events.add_argument("--lang", choices=("en", "fa", "ru"), default="en")
    validate = sub.add_parser("validate", help="check territory (GeoJSON) and event (YAML) files")
    validate.add_argument("files", nargs="+", type=Path)
    return parser


def _describe_text(record: dict) -> str:
    lines = [f"{record['date']} ({record['solar_hijri']})"]
    for t in record["territories"]:
        until = t["valid_to"] or "today"
        lines.append(f"  {t['name']} [{t['kind']}, {t['status']}] {t['valid_from']} – {until}")
    if record["events_nearby"]:
        lines.append("Events nearby:")
        lines += [f"  {e['start']}  {e['title']}" for e in record["events_nearby"]]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command is None:
        from viewer.app import main as run_app  # Qt only when the window is wanted

        return run_app()
    from viewer.atlas import load_atlas
    from viewer.describe import describe, event_record, events_csv

    try:
        atlas = load_atlas()
    except DataError as exc:
        print(f"The bundled data did not load:\n{exc}", file=sys.stderr)
        return 2
    match args.command:
        case "describe":
            record = describe(atlas, args.date, args.lang)
            text = json.dumps(record, ensure_ascii=False, indent=2)
            print(text if args.format == "json" else _describe_text(record))
        case "events":
            records = [event_record(e, atlas, args.lang) for e in atlas.events]
            if args.format == "json":
                print(json.dumps(records, ensure_ascii=False, indent=2))
            else:
                sys.stdout.write(events_csv(records))
        case "validate":
            from viewer.validate import validate_file

            failed = 0
            for path in args.files:
                problems = validate_file(path, atlas)
                failed += bool(problems)
                for problem in problems:
                    print(problem)
                if not problems:
                    print(f"{path}: OK")
            return 1 if failed else 0
    return 0
