"""`python -m bench --json FILE`: the headline figures under stable keys, null when unmeasured."""

from __future__ import annotations

import json

import bench.__main__ as bench_main
from bench.__main__ import HEADLINE, headline

FAKE = {
    "first_paint": {"median_s": 0.88, "cold_s": 3.2},
    "scrub": {"all": {"p50": 2.2, "p95": 6.1, "max": 169.0}},
    "peers": {"ours": {"p50": 2.0}, "qgis": {"parallel": {"p50": 12.0}}},
}


def test_headline_keys_take_their_figures_and_leave_the_unmeasured_null():
    figures = headline({**FAKE, "machine": "vm", "when": "2026-12-02T18:00:00"})
    assert set(HEADLINE) | {"qgis_ratio_p50", "machine", "when"} == set(figures)
    assert figures["load_average_start"] is None  # the fake run recorded none
    assert figures["first_paint_p50_s"] == 0.88
    assert figures["scrub_p95_ms"] == 6.1 and figures["scrub_max_ms"] == 169.0
    assert figures["qgis_ratio_p50"] == 6.0  # QGIS's time per frame over ours
    assert figures["png4k_s"] is None and figures["scale100_load_warm_s"] is None


def test_json_option_writes_the_headline_beside_the_table(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(bench_main, "RESULTS", tmp_path / "results")
    monkeypatch.setitem(bench_main.PARTS, "first_paint", lambda: FAKE["first_paint"])
    out = tmp_path / "figures.json"
    bench_main.main(["--only", "first_paint", "--json", str(out)])
    written = json.loads(out.read_text())
    assert written["first_paint_p50_s"] == 0.88
    assert written["first_launch_s"] == 3.2
    assert written["scrub_p95_ms"] is None  # not run
    assert set(written) >= {"load_average_start", "load_average_end"}
    assert all(isinstance(written[k], float) for k in ("load_average_start", "load_average_end"))
    printed = capsys.readouterr().out
    assert "at the start" in printed and "at the end" in printed  # the machine's load, both ends
    assert f"headline figures written to {out}" in printed
