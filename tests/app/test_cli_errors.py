"""Every way a command can fail ends as our message: no traceback, no class name, no crash."""

from __future__ import annotations

import subprocess
import sys

from viewer.app import cli
from viewer.core import describe


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
