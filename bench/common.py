"""What every benchmark shares: statistics, memory readings, and running a measurement in a
fresh process (so that one measurement's caches and memory never colour another's)."""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
"""Where runs are saved as JSON (git-ignored)."""
PYCACHE = Path(tempfile.gettempdir()) / "caspian-atlas-bench-pycache"
"""Bytecode for the child processes, outside the tree: a second launch is a warm launch, as
on a user's machine, even where PYTHONDONTWRITEBYTECODE is set (as in CI containers)."""
Figures = dict[str, Any]
"""A measurement's results as JSON carries them between processes: nested, of mixed types."""


def percentile(values: list[float], q: float) -> float:
    """The *q* quantile (0–1) by the nearest-rank method."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def summary(values: list[float]) -> dict[str, float]:
    """Count, median, 95th percentile and maximum of *values* (milliseconds)."""
    if not values:
        return {"n": 0, "p50": float("nan"), "p95": float("nan"), "max": float("nan")}
    return {
        "n": len(values),
        "p50": statistics.median(values),
        "p95": percentile(values, 0.95),
        "max": max(values),
    }


def rss_mb() -> float:
    """The current resident set size (Linux), in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def peak_rss_mb() -> float:
    """The largest resident set size this process has had, in MB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child_env() -> dict[str, str]:
    """The environment of a measured child: offscreen Qt and a warm bytecode cache."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPYCACHEPREFIX": str(PYCACHE)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def run_child(module: str, *args: str, timeout: float = 3600) -> Figures:
    """Run ``python -m bench.<module> --json ARGS`` and return the JSON it prints last."""
    done = subprocess.run(
        [sys.executable, "-m", f"bench.{module}", "--json", *args],
        capture_output=True,
        text=True,
        env=child_env(),
        cwd=ROOT,
        timeout=timeout,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"bench.{module} {' '.join(args)} failed:\n{done.stderr[-3000:]}")
    result: Figures = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def emit(result: Figures, as_json: bool) -> None:
    """Print a child's result: one JSON line for the runner, or readable lines by hand."""
    if as_json:
        print(json.dumps(result))
        return
    for key, value in result.items():
        print(f"{key}: {value}")


def part_main(run: Callable[[], Figures], doc: str, argv: list[str] | None = None) -> None:
    """The command line of a part with no options of its own: run it, print its figures."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    emit(run(), parser.parse_args(argv).json)
