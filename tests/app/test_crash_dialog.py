"""Unhandled errors are logged and shown, and the user may carry on."""

import sys

from PySide6.QtWidgets import QMessageBox

from viewer.app import crash_dialog


def _raise() -> tuple:
    try:
        raise ValueError("a bad thing")
    except ValueError:
        return sys.exc_info()


def test_an_error_is_logged_shown_and_the_user_can_continue(qapp, monkeypatch, tmp_path):
    monkeypatch.setattr(crash_dialog, "log_path", lambda: tmp_path / "errors.log")
    shown = []

    def click_continue(box):
        shown.append((box.informativeText(), box.detailedText()))
        box.buttons()[0].click()  # "Continue"
        return 0

    monkeypatch.setattr(QMessageBox, "exec", click_continue)
    assert crash_dialog.report(*_raise()) is True
    ((informative, details),) = shown
    assert "ValueError: a bad thing" in informative and "errors.log" in informative
    assert "Traceback" in details
    assert "a bad thing" in (tmp_path / "errors.log").read_text(encoding="utf-8")
    for handler in list(crash_dialog.LOG.handlers):
        crash_dialog.LOG.removeHandler(handler)
        handler.close()


def test_the_user_can_quit_instead(qapp, monkeypatch, tmp_path):
    monkeypatch.setattr(crash_dialog, "log_path", lambda: tmp_path / "errors.log")

    def click_quit(box):
        box.buttons()[1].click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", click_quit)
    assert crash_dialog.report(*_raise()) is False
    for handler in list(crash_dialog.LOG.handlers):
        crash_dialog.LOG.removeHandler(handler)
        handler.close()
