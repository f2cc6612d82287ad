"""The composition root: the command line, the Qt application, the main window's layout and
wiring, the crash dialog and the desktop entry."""
