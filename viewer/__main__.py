"""``python -m viewer``: the app, or a subcommand (describe, events, export, validate)."""

from viewer.launch import main

raise SystemExit(main())
