"""The process's start: ``python -m viewer`` and the installed ``caspian-atlas`` commands.

Python's cycle collector is held off while the process starts. The imports, the bundled data
and the window make some hundreds of thousands of objects that live as long as the app, and
each batch of them set off a pass over all made so far: 50-100 ms of a 0.8 s start, two
passes of 17-42 ms (measured). Nothing made then is garbage, so nothing waits for a pass;
start-up ends with :func:`geodata.collector.start_up_done`. This module stays light: the
installed command's worker processes import it, not the app.
"""

from __future__ import annotations

import gc


def main() -> int:
    """Run the app or a subcommand (``viewer.app.cli.main``) with the collector held off
    until it has started."""
    gc.disable()
    from viewer.app.cli import main as run

    return run()
