"""Caspian Atlas: the application. This package's __init__ imports no Qt."""
