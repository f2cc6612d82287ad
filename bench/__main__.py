"""Run every benchmark and print its figures."""

from bench import first_paint

first_paint.main()
