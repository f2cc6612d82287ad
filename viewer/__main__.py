"""``python -m viewer``: the app, or a subcommand (describe, events, export, validate)."""

from viewer.app.cli import main

raise SystemExit(main())
