"""Every way a command can fail ends as our message: no traceback, no class name, no crash."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from viewer.app import cli
from viewer.core import describe
from viewer.core.wording import translate


def test_an_unforeseen_failure_is_our_message_and_exit_2(monkeypatch, capsys):
    def broken(*args, **kwargs):
        raise RuntimeError("the index fell over")

    monkeypatch.setattr(describe, "describe", broken)
    assert cli.main(["describe", "--date", "1946"]) == 2
    err = capsys.readouterr().err
    assert err.startswith(
        "python -m viewer describe: error: something went wrong that we did not foresee: "
        "the index fell over."
    )
    assert "Traceback" not in err and "RuntimeError" not in err


def test_a_reader_that_goes_away_ends_the_command_quietly():
    command = [sys.executable, "-m", "viewer", "events", "--format", "json"]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE) as child:
        assert child.stdout is not None and child.stderr is not None
        assert child.stdout.read(100).startswith(b"[")  # like `| head -c 100`
        child.stdout.close()  # far more than a pipe's buffer is still to come
        err = child.stderr.read()
        assert child.wait(timeout=120) == 141
    assert err == b""


def test_text_a_file_cannot_encode_is_escaped_not_a_crash():
    code = (
        "import viewer.core.describe as d\n"
        "real = d.describe\n"
        "d.describe = lambda *a, **k: {**real(*a, **k), 'note': 'id \\ud800 here'}\n"
        "from viewer.app.cli import main\n"
        "raise SystemExit(main(['describe', '--date', '1946', '--format', 'json']))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    assert b'"note": "id \\ud800 here"' in done.stdout


def test_an_error_is_told_in_the_language_of_lang(capsys, tmp_path):
    missing = tmp_path / "missing" / "map.png"
    assert cli.main(["export", "--date", "1946", "--out", str(missing), "--lang", "ru"]) == 2
    err = capsys.readouterr().err
    assert err == (
        f"python -m viewer export: ошибка: Не удаётся записать {missing}: "
        f"папка {missing.parent} не существует\n"
    )
    assert cli.main(["cite", "--event", "no-such-event", "--lang", "ru"]) == 2
    assert "ошибка: нет события с идентификатором 'no-such-event'" in capsys.readouterr().err


def test_the_parsers_own_errors_follow_lang_too(capsys):
    with pytest.raises(SystemExit) as ended:
        cli.main(["describe", "--date", "1750", "--lang", "ru"])
    assert ended.value.code == 2
    last = capsys.readouterr().err.splitlines()[-1]
    assert last.startswith("python -m viewer describe: ошибка: argument --date: ")
    assert re.search(r"1750-01-01 — вне охвата атласа, с 1800-01-01 по \d{4}-\d\d-\d\d$", last)
    with pytest.raises(SystemExit):
        cli.main(["--lang=fa", "export", "--date", "1946", "--out", "map.png", "--dpi", "many"])
    assert capsys.readouterr().err.splitlines()[-1].endswith("\u2066'many'\u2069 عدد نیست")


def test_without_lang_messages_stay_english(capsys):
    assert cli.main(["cite", "--event", "no-such-event"]) == 2
    assert capsys.readouterr().err.startswith(
        "python -m viewer cite: error: no event has the id 'no-such-event'"
    )


def test_a_file_name_with_no_format_is_refused_in_the_language_of_lang(capsys):
    assert cli.main(["export", "--date", "1946", "--out", "map.jpg", "--lang", "ru"]) == 2
    assert capsys.readouterr().err == (
        "python -m viewer export: ошибка: не удаётся определить формат 'map.jpg'; "
        "используйте .png, .svg, .pdf, .gif или .mp4\n"
    )


@pytest.mark.parametrize(
    ("argv", "reason"),
    [
        (["--lang", "ru", "describe", "--date", "1946-04-31"], "31 апреля 1946 г. не бывает"),
        (["--lang", "fa", "describe", "--date", "1946-13"], "ماه ۱۳ وجود ندارد"),
        (["--lang", "fa", "describe", "--date", "junk"], "«junk» تاریخ نیست. این‌ها را امتحان کنید"),
        (["describe", "--date", "1946-13"], "1946-13: there is no month 13; months are 01 to 12"),
    ],
)
def test_a_wrong_date_on_the_command_line_says_why_in_the_lang_asked_for(capsys, argv, reason):
    with pytest.raises(SystemExit) as ended:
        cli.main(argv)
    assert ended.value.code == 2
    assert reason in capsys.readouterr().err.splitlines()[-1]


@pytest.mark.parametrize("language", ["fa", "ru"])
@pytest.mark.parametrize("command", [[], ["describe"], ["export"], ["cite"]])
def test_help_is_told_in_the_language_asked_for(capsys, language, command):
    """A Persian or Russian reader's ``--help``: the options, the headings and the usage
    line in their language, argparse's English words gone."""
    with pytest.raises(SystemExit) as ended:
        cli.main([*command, "--lang", language, "--help"])
    assert ended.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith(translate("CommandLine", "usage: ", language))
    assert translate("CommandLine", "show this help and exit", language) in out
    assert f"\n{translate('CommandLine', 'options', language)}:\n" in out
    for english in ("usage:", "options:", "show this help", "the file to write"):
        assert english not in out
    if command == ["export"]:
        assert translate("CommandLine", "leave out the north arrow", language) in out
        assert translate("CommandLine", "animation (GIF, MP4)", language) in out


def test_help_without_a_language_is_english(capsys):
    with pytest.raises(SystemExit):
        cli.main(["cite", "--help"])
    out = capsys.readouterr().out
    assert out.startswith("usage: python -m viewer cite ")
    assert "what a story's slides cite" in out and "show this help and exit" in out
