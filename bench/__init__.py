"""Benchmarks: scripts that print figures (never pass/fail tests). Run: make bench."""
