"""Unhandled errors: logged to a file, shown in a dialog, and the user chooses to go on.

Qt swallows exceptions raised in slots after printing them to a console the user never sees;
this hook makes them visible, keeps a record for a bug report, and lets the user carry on
(the data is immutable, so continuing is usually safe) or quit.
"""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QApplication, QMessageBox

LOG = logging.getLogger("caspian_atlas")


def log_path() -> Path:
    """Where errors are logged: the platform's application-data folder."""
    folder = Path(
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    )
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "errors.log"


def _configure_log(path: Path) -> None:
    if not any(isinstance(h, logging.FileHandler) for h in LOG.handlers):
        handler = logging.FileHandler(path, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
        LOG.addHandler(handler)


def report(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> bool:
    """Log an unhandled error and ask the user; True to continue, False to quit."""
    path = log_path()
    _configure_log(path)
    details = "".join(traceback.format_exception(kind, error, tb))
    LOG.error("unhandled error\n%s", details)
    box = QMessageBox(QMessageBox.Icon.Critical, "Caspian Atlas", "Something went wrong.")
    box.setInformativeText(
        f"{kind.__name__}: {error}\n\nThe details are logged in {path}. You can carry on "
        "(your files are not affected) or quit."
    )
    box.setDetailedText(details)
    carry_on = box.addButton("Continue", QMessageBox.ButtonRole.AcceptRole)
    box.addButton("Quit", QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(carry_on)
    box.exec()
    return box.clickedButton() is carry_on


def _hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, tb)
        return
    if not report(kind, error, tb):
        QApplication.exit(1)


def install() -> None:
    """Route unhandled exceptions (including those raised in Qt slots) to :func:`report`."""
    sys.excepthook = _hook
