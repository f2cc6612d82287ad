"""Python's cycle collector held off while a file is parsed and checked. No Qt here.

Parsing a large file makes millions of lists and dicts, none of them in a cycle. Each batch
of new containers sets the collector going, and each of its passes walks everything still
alive, so a 36 MB GeoJSON file took 1.4 s to parse instead of 0.3 s, and its checks half as
long again: over a third of a first 100x load. Nothing is freed later for it: parsed data
is freed by reference counting, and the few cycles made meanwhile wait for the next pass.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Hold the cycle collector off for the block; nested blocks and a collector already off
    are left as they were."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def keep_loaded() -> None:
    """Leave everything alive now out of the cycle collector's passes: called once the data
    is loaded, which lives as long as the app. A full pass walks every container alive, and
    with 100x data one took ~340 ms in the middle of a scrub's fade (measured). What is frozen
    is still freed by reference counting when dropped."""
    gc.freeze()


def start_up_done() -> None:
    """The process has started (the window is made, or a command is about to run): what
    start-up made lives as long as the process, so it is left out of the collector's passes
    (:func:`keep_loaded`), and the collector, held off while it started (``viewer.launch``),
    runs again. The ~700 objects start-up left in cycles (counted by a full pass at this
    point) stay frozen with the rest: a full pass here would cost 60-75 ms of the start."""
    keep_loaded()
    gc.enable()
