"""`peerdesk activities import CSV` and `peerdesk activities export --out CSV`: exit codes, messages, duplicates."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from peerdesk import cli


def test_activities_import_and_export(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from peerdesk.demo import write_demo

    workspace = tmp_path / "w.peerdesk"
    write_demo(workspace).close()
    day = dt.date.today().isoformat()
    source = tmp_path / "in.csv"
    source.write_text(f"Datum;Typ;Minuter;Deltagare;Peer supporter\n{day};Annat;1,5 h;0;Sara Åkesson\n",
                      encoding="utf-8")
    args = ["--workspace", str(workspace), "--lang", "en"]
    assert cli.main(["activities", "import", str(source), *args]) == 0
    assert "Imported 1 activities" in capsys.readouterr().out
    assert cli.main(["activities", "import", str(source), *args]) == 0
    assert "Skipped 1 rows identical" in capsys.readouterr().out
    assert cli.main(["activities", "import", str(source), "--allow-duplicates", *args]) == 0
    out = tmp_path / "out.csv"
    assert cli.main(["activities", "export", "--out", str(out), "--from", day, "--to", day, *args]) == 0
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("Date;Type;Minutes") and sum(";Other;90;0;" in line for line in lines) == 2
    bad = tmp_path / "bad.csv"
    bad.write_text(f"Datum;Typ;Minuter;Deltagare;Peer supporter\n{day};Annat;1,5;0;Sara Åkesson\n",
                   encoding="utf-8")
    assert cli.main(["activities", "import", str(bad), *args]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith("Nothing was imported") and err[1].startswith("Row 2, Duration:")
    assert cli.main(["activities", "export", *args]) == 2  # --out is required
    assert cli.main(["activities", "export", "--out", str(out), "--from", "2026-13-01", *args]) == 1
