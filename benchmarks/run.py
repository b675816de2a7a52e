"""Speed and memory, reported as ratios against baselines measured in the same run (DESIGN.md §6).

- start-up: `peerdesk --smoke` on the demo workspace and on a generated workspace of 100,000 activities
  (benchmarks/activities.py) vs a bare PySide6 window with a table view (goal ≤ 2.0×); and, to tell PySide's share
  from ours, vs that bare window importing first every Qt class PeerDesk's start-up made a Python type of (PySide
  builds each class's type, with all its enums, when it is first imported);
- with --frozen, the same start-ups of the installer bundle (build_installer.spec) vs the bare window bundled by
  PyInstaller: a program as users start it (no source files for PySide's import hook to read; see README);
- peak memory of those start-ups (goal ≤ 120 MiB with the 100,000 activities);
- saving one edit through the domain (one IMMEDIATE transaction with lock check, change counter and log) vs a raw
  sqlite insert and commit with the same pragmas (goal for activities later: ≤ 4 ms).
Run: `make bench` (or .venv/bin/python benchmarks/run.py [--runs N] [--frozen]).
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def timed_child(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall seconds and peak RSS (MiB) of one child process."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{cmd} failed: {proc.stderr.read().decode() if proc.stderr else ''}")
    return elapsed, usage.ru_maxrss / 1024


# Run in a child: PeerDesk's start-up, then the Qt classes it made Python types of (PySide makes a class's type only
# when it is first imported: a module's __dict__ holds only those made).
QT_CLASSES = """
import json, sys
from peerdesk import cli
cli.main([sys.argv[1], "--smoke", "--lang", "sv"])
print(json.dumps({name: sorted(n for n, v in vars(module).items() if isinstance(v, type))
                  for name, module in sys.modules.items() if name.startswith("PySide6.Qt")}))
"""


def qt_classes_window(demo: Path, env: dict[str, str], tmp: Path) -> Path:
    """The bare window, first importing the Qt classes PeerDesk's start-up imports: PySide's work, none of ours."""
    made = json.loads(subprocess.run([sys.executable, "-c", QT_CLASSES, str(demo)], env=env, check=True,
                                     capture_output=True, text=True).stdout.splitlines()[-1])
    imports = [f"from {module} import {', '.join(names)}  # noqa" for module, names in sorted(made.items()) if names]
    script = tmp / "qt_classes_window.py"
    script.write_text("\n".join(imports) + "\n" + (ROOT / "benchmarks" / "bare_window.py").read_text())
    print(f"PeerDesk's start-up makes {sum(len(n) for n in made.values())} Qt classes Python types")
    return script


def workspaces(tmp: Path, env: dict[str, str]) -> tuple[Path, Path]:
    """The demo workspace and one of 100,000 activities."""
    demo, big = tmp / "demo.peerdesk", tmp / "big.peerdesk"
    subprocess.run([sys.executable, "-m", "peerdesk", "demo", str(demo)], env=env, check=True, capture_output=True)
    # Generated in a process of its own, so that this one stays small (a child's peak RSS includes its parent's
    # at the fork).
    subprocess.run([sys.executable, "-c", "import sys; from pathlib import Path; sys.path.insert(0, sys.argv[1]); "
                    "from benchmarks.activities import seed; seed(Path(sys.argv[2]))", str(ROOT), str(big)],
                   env=env, check=True, capture_output=True)
    return demo, big


def startup(runs: int, env: dict[str, str], baselines: dict[str, list[str]], peerdesk: list[str],
            demo: Path, big: Path) -> None:
    """PeerDesk's start-ups against the baselines (the first is the goal's), all interleaved so that machine load
    affects all alike."""
    cases = {"demo": [*peerdesk, str(demo), "--smoke", "--lang", "sv"],
             "100,000 activities": [*peerdesk, str(big), "--smoke", "--lang", "sv"]}
    samples: dict[str, list[tuple[float, float]]] = {name: [] for name in [*baselines, *cases]}
    for _ in range(runs):
        for name, cmd in [*baselines.items(), *cases.items()]:
            samples[name].append(timed_child(cmd, env))
    time_of = {name: statistics.median(t for t, _ in runs_) for name, runs_ in samples.items()}
    bare = next(iter(baselines))
    b_t, b_m = time_of[bare], max(m for _, m in samples[bare])
    print(f"  median of {runs}: {bare} {b_t * 1000:.0f} ms, peak {b_m:.0f} MiB" + "".join(
        f"; {name} {time_of[name] * 1000:.0f} ms ({time_of[name] / b_t:.2f}x)" for name in list(baselines)[1:]))
    for name in cases:
        a_t, a_m = time_of[name], max(m for _, m in samples[name])
        print(f"  PeerDesk on {name}: {a_t * 1000:.0f} ms -> {a_t / b_t:.2f}x (goal <= 2.0x)" + "".join(
            f", {a_t / time_of[other]:.2f}x {other}" for other in list(baselines)[1:])
            + f"; peak memory {a_m:.0f} MiB -> {a_m / b_m:.2f}x (goal <= 120 MiB)")


def frozen(tmp: Path) -> tuple[list[str], list[str]]:
    """PeerDesk's bundle (build_installer.spec) and the bare window bundled by PyInstaller's defaults, built here
    from a copy of the checkout (a build writes beside its source): a few minutes."""
    from tests.workspaces import copy_checkout  # as the bundle test builds it

    source = copy_checkout(ROOT, tmp / "source")
    build = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN", "--distpath",
             str(tmp / "dist"), "--workpath", str(tmp / "work")]
    subprocess.run([*build, str(source / "build_installer.spec")], cwd=source, check=True, capture_output=True)
    subprocess.run([*build, "--specpath", str(tmp), "--onedir", "--name", "bare",
                    str(source / "benchmarks" / "bare_window.py")], cwd=source, check=True, capture_output=True)
    return [str(tmp / "dist" / "bare" / "bare")], [str(tmp / "dist" / "peerdesk" / "peerdesk-cli")]


def save_edit(runs: int, tmp: Path) -> None:
    from peerdesk.people import update_person
    from peerdesk.store import Workspace, _set_pragmas

    ws = Workspace.create(tmp / "save.peerdesk", actor="bench")
    with ws.write("seed") as db:
        person = db["people"].insert({"name": "A", "role": "peer_supporter", **ws.saved()}).last_pk
    raw = sqlite3.connect(tmp / "raw.db", isolation_level=None)
    _set_pragmas(raw)
    raw.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)")
    domain, baseline = [], []
    for i in range(runs):
        start = time.perf_counter()
        update_person(ws, person, name=f"Person {i}", role="peer_supporter")
        domain.append(time.perf_counter() - start)
        start = time.perf_counter()
        raw.execute("BEGIN IMMEDIATE")
        raw.execute("INSERT INTO t (name) VALUES (?)", (f"Person {i}",))
        raw.execute("COMMIT")
        baseline.append(time.perf_counter() - start)
    d, b = statistics.median(domain), statistics.median(baseline)
    print(f"save one edit: raw insert+commit {b * 1000:.2f} ms, domain {d * 1000:.2f} ms -> {d / b:.2f}x")
    ws.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--frozen", action="store_true",
                        help="also the start-ups of the installer bundle against a bundled bare window")
    args = parser.parse_args()
    # As installed: pip and PyInstaller compile the modules to bytecode. A checkout under PYTHONDONTWRITEBYTECODE (as
    # on this machine) would otherwise compile PeerDesk from source at every start (about 0.1 s).
    compileall.compile_dir(ROOT / "peerdesk", quiet=1)
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        os.environ["PEERDESK_DATA_DIR"] = str(tmp / "data")
        save_edit(200, tmp)
        env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
        demo, big = workspaces(tmp, env)
        bare = [sys.executable, str(ROOT / "benchmarks" / "bare_window.py")]
        print("start-up, from the checkout:")
        startup(args.runs, env, {"bare window": bare, "with PeerDesk's Qt classes": [
            sys.executable, str(qt_classes_window(demo, env, tmp))]}, [sys.executable, "-m", "peerdesk"], demo, big)
        if args.frozen:
            frozen_bare, frozen_peerdesk = frozen(tmp)
            print("start-up, frozen (the installer bundle, as users start it):")
            startup(args.runs, env, {"bundled bare window": frozen_bare}, frozen_peerdesk, demo, big)


if __name__ == "__main__":
    main()
