"""A plain, non-editable install (a wheel, as a packager or pipx would install it) is a working PeerDesk: it carries
its forms, templates, guide and the compiled Swedish catalog, and finds them without a checkout beside it."""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest
from workspaces import copy_checkout

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_the_installed_wheel_speaks_swedish_and_opens_its_window(tmp_path: Path) -> None:
    source, dist = tmp_path / "source", tmp_path / "dist"  # built from a copy: the build writes beside its source
    copy_checkout(ROOT, source)
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "--disable-pip-version-check",
                    "-w", str(dist), str(source)], check=True, timeout=300)
    wheel = next(dist.glob("peerdesk-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    for carried in ("peerdesk/data/ui/setup_people.ui", "peerdesk/data/resources/translations/peerdesk_sv.qm",
                    "peerdesk/data/resources/templates/unit_kinds.json", "peerdesk/data/resources/guide/guide_sv.md"):
        assert carried in names

    # A fresh environment: the wheel in a folder of its own; the other packages from this one, named by a .pth
    # (whose own .pth files, among them the editable checkout's, are not read from there).
    site = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--disable-pip-version-check",
                    "--target", str(site), str(wheel)], check=True, timeout=300)
    (site / "dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    env = {**os.environ, "PYTHONPATH": "", "QT_QPA_PLATFORM": "offscreen", "PEERDESK_DATA_DIR": str(tmp_path / "d")}
    python = [sys.executable, "-S", "-c",
              f"import site, sys; site.addsitedir({str(site)!r}); from peerdesk.cli import main; sys.exit(main())"]

    def peerdesk(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([*python, *args], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)

    where = subprocess.run([*python[:2], "-c", f"import site; site.addsitedir({str(site)!r}); import peerdesk; "
                            "print(peerdesk.__file__)"], cwd=tmp_path, env=env, capture_output=True, text=True)
    assert where.stdout.startswith(str(site)), where.stdout + where.stderr  # not the checkout
    demo = tmp_path / "demo.peerdesk"
    assert peerdesk("demo", str(demo)).returncode == 0
    checked = peerdesk("--lang", "sv", "check", str(demo))
    assert checked.returncode == 0 and "är en felfri PeerDesk-fil" in checked.stdout, checked
    smoke = peerdesk("--smoke", str(demo))
    assert smoke.returncode == 0, smoke.stderr
