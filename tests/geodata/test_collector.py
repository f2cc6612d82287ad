"""The cycle collector is held off while a file is parsed, and always given back."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from geodata.collector import collector_paused
from geodata.errors import DataError, Problem
from geodata.loading import read_json
from geodata.yamlio import read_yaml


def _nested_then_fail() -> None:
    with collector_paused():
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the inner block leaves the outer one's pause alone
        raise KeyError


def test_paused_inside_and_restored_after_nesting_and_errors() -> None:
    assert gc.isenabled()
    with pytest.raises(KeyError):
        _nested_then_fail()
    assert gc.isenabled()


def test_a_collector_already_off_stays_off() -> None:
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_readers_give_the_collector_back_after_a_bad_file(tmp_path: Path) -> None:
    bad_json, bad_yaml = tmp_path / "a.geojson", tmp_path / "b.yaml"
    bad_json.write_text('{"type": ', encoding="utf-8")
    bad_yaml.write_text("a: [1, 2\n", encoding="utf-8")
    problems: list[Problem] = []
    assert read_json(bad_json, problems) is None and problems
    with pytest.raises(DataError):
        read_yaml(bad_yaml)
    assert gc.isenabled()


def test_keep_loaded_leaves_what_is_alive_out_of_the_collectors_passes() -> None:
    from geodata.collector import keep_loaded

    loaded = [[n] for n in range(1000)]  # containers the collector would walk
    try:
        keep_loaded()
        assert gc.get_freeze_count() >= len(loaded)
        assert not any(item is loaded for item in gc.get_objects())
    finally:
        gc.unfreeze()  # the rest of the suite's objects are collected as usual
    assert any(item is loaded for item in gc.get_objects())
