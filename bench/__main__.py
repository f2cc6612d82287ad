"""Run every benchmark and print its figures."""

from bench import export_bench, first_paint

first_paint.main()
export_bench.main()
