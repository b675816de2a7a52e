"""The wheel carries the Qt Designer forms (ui/) and resources/ (templates, guide, compiled translations) inside the
package, as peerdesk/data/, so an installed PeerDesk finds them the way a checkout does (peerdesk/paths.py).
Everything else about the package is in pyproject.toml."""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
BUNDLED = ("ui", "resources")
LEFT_OUT = ("*.ts",)  # translation sources: the compiled .qm files are what the program reads


class BuildWithData(build_py):
    def run(self) -> None:
        super().run()
        target = Path(self.build_lib) / "peerdesk" / "data"
        for name in BUNDLED:
            shutil.rmtree(target / name, ignore_errors=True)
            shutil.copytree(ROOT / name, target / name, ignore=shutil.ignore_patterns(*LEFT_OUT))


setup(cmdclass={"build_py": BuildWithData})
