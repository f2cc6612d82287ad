"""Recent files and remembered folders survive a restart and forget what is gone."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from viewer.panels.recent import LIMIT, RecentFiles, last_folder, remember_folder


def test_recent_files_most_recent_first_without_repeats_or_missing(settings, tmp_path):
    files = [tmp_path / f"layer{i}.geojson" for i in range(3)]
    for f in files:
        f.write_text("{}")
    recent = RecentFiles(settings, "layers")
    for f in (*files, files[0]):
        recent.add(f)
    assert recent.paths() == [files[0], files[2], files[1]]
    files[2].unlink()
    assert recent.paths() == [files[0], files[1]]
    reread = RecentFiles(QSettings(settings.fileName(), QSettings.Format.IniFormat), "layers")
    settings.sync()
    assert reread.paths() == [files[0], files[1]]  # kept across a restart
    assert RecentFiles(settings, "stories").paths() == []  # each kind its own list


def test_recent_files_keep_only_the_latest(settings, tmp_path):
    recent = RecentFiles(settings, "stories")
    for i in range(LIMIT + 3):
        (tmp_path / f"s{i}.yaml").write_text("")
        recent.add(tmp_path / f"s{i}.yaml")
    assert len(recent.paths()) == LIMIT and recent.paths()[0].name == f"s{LIMIT + 2}.yaml"


def test_corrupted_recent_settings_list_nothing(settings):
    settings.setValue("recent/layers", 42)
    assert RecentFiles(settings, "layers").paths() == []


def test_dialogs_open_in_the_folder_last_used_for_the_same_purpose(settings, tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    assert last_folder(settings, "exports", home) == str(home)
    maps = tmp_path / "maps"
    maps.mkdir()
    remember_folder(settings, "exports", maps / "gilan.png")
    assert last_folder(settings, "exports", home) == str(maps)
    assert last_folder(settings, "stories", home) == str(home)
    maps.rmdir()
    assert last_folder(settings, "exports", home) == str(home)  # gone: back to the fallback


def test_a_chosen_folder_is_remembered_itself_not_its_parent(settings, tmp_path):
    pictures = tmp_path / "slides"
    pictures.mkdir()
    remember_folder(settings, "pictures", pictures)
    assert last_folder(settings, "pictures", tmp_path / "home") == str(pictures)
