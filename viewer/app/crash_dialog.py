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

from PySide6.QtCore import QCoreApplication, QStandardPaths
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


def crash_box(
    kind: type[BaseException], error: BaseException, path: Path, details: str
) -> QMessageBox:
    """The dialog that says what went wrong, in the window's language (the error's own text,
    from Python or a library, is shown as it was raised)."""
    title = QCoreApplication.translate("CrashDialog", "Caspian Atlas")
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        title,
        QCoreApplication.translate("CrashDialog", "Something went wrong."),
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "CrashDialog",
            "{error}\n\nThe details are logged in {path}. You can carry on (your files are "
            "not affected) or quit.",
        ).format(error=f"{kind.__name__}: {error}", path=path)
    )
    box.setDetailedText(details)
    carry_on = box.addButton(
        QCoreApplication.translate("CrashDialog", "Continue"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(
        QCoreApplication.translate("CrashDialog", "Quit"), QMessageBox.ButtonRole.DestructiveRole
    )
    box.setDefaultButton(carry_on)
    return box


def report(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> bool:
    """Log an unhandled error and ask the user; True to continue, False to quit."""
    path = log_path()
    _configure_log(path)
    details = "".join(traceback.format_exception(kind, error, tb))
    LOG.error("unhandled error\n%s", details)
    box = crash_box(kind, error, path, details)
    box.exec()
    return box.clickedButton() is box.defaultButton()


def _hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, tb)
        return
    if not report(kind, error, tb):
        QApplication.exit(1)


def install() -> None:
    """Route unhandled exceptions (including those raised in Qt slots) to :func:`report`."""
    sys.excepthook = _hook
