"""Refresh resources/translations/*.ts from the sources (.py and .ui) with pyside6-lupdate.

Run after changing user-visible strings (`make lupdate`), then translate what is marked unfinished with
pyside6-linguist. Source strings are English; each .ts holds one target language.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"


def sources() -> list[str]:
    files = sorted(ROOT.glob("peerdesk/**/*.py")) + sorted(ROOT.glob("ui/*.ui"))
    return [str(f.relative_to(ROOT)) for f in files]


def lupdate(ts_files: list[Path], *extra: str) -> None:
    tool = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run([str(tool), *sources(), *extra, "-ts", *map(str, ts_files)], cwd=ROOT, check=True,
                   capture_output=True)


if __name__ == "__main__":
    lupdate(sorted(TRANSLATIONS.glob("*.ts")), "-no-obsolete", "-locations", "none")
