"""The one way to write a picture of the map to a file: :func:`export` an export request.

The command line, the export dialog and the benchmarks build an
:class:`~viewer.core.export_request.ExportRequest` and hand it here; the request is checked
(the same limits, in the same words, for all of them), then drawn by a
:class:`~viewer.export.snapshot.SnapshotRenderer` as a still picture or frame by frame, and
written atomically: a refused, failed or cancelled export leaves the user's old file as it was.
"""

from __future__ import annotations

from pathlib import Path

from viewer.core.atlas import Atlas
from viewer.core.atomic import atomic_file
from viewer.core.export_request import ExportRequest
from viewer.export.animation import Progress, write_animation
from viewer.export.snapshot import SnapshotRenderer


def export(
    atlas: Atlas,
    request: ExportRequest,
    path: Path,
    progress: Progress | None = None,
    renderer: SnapshotRenderer | None = None,
) -> Path:
    """Write *request* to *path* in its format; return the path.

    Parameters
    ----------
    progress
        For an animation: called after each frame with (done, total); False cancels.
    renderer
        A renderer to reuse (the window keeps one); a new one is made and closed otherwise.

    Raises
    ------
    ValueError
        For a request outside the limits (:meth:`ExportRequest.problem`'s words).
    viewer.export.animation.ExportCancelledError
        When *progress* returned False; nothing is left on disk.
    viewer.core.atomic.WriteError
        When the file cannot be written; an existing file at *path* is then untouched.
    """
    request.check()
    path = Path(path)
    own = renderer is None
    renderer = renderer or SnapshotRenderer(atlas)
    try:
        if request.animation is not None:
            write_animation(renderer, request, path, progress)
        else:
            with atomic_file(path) as file:
                renderer.write(request, file)
    finally:
        if own:
            renderer.close()
    return path
