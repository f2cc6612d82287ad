"""Caspian Atlas: the application. This package's __init__ imports no Qt."""

__version__ = "0.2.0"
"""The one place the version is written; pyproject.toml reads it from here."""
