"""``python -m viewer``: the app, or a subcommand (describe, events, export, validate)."""

from viewer.cli import main

raise SystemExit(main())
