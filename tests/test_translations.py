"""Every user-visible string (domain, command line, GUI code and forms) has a finished Swedish translation."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
import lupdate  # noqa: E402 - the project's own extraction script, so the test extracts exactly as developers do

PLACEHOLDER = re.compile(r"\{\w+\}|%\d")


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {(ctx.findtext("name"), msg.findtext("source")): msg.find("translation")
            for ctx in root.iter("context") for msg in ctx.iter("message")}


def test_every_string_has_a_swedish_translation(tmp_path: Path) -> None:
    extracted = tmp_path / "extracted_sv.ts"
    lupdate.lupdate([extracted], "-locations", "none")
    committed = _messages(ROOT / "resources" / "translations" / "peerdesk_sv.ts")
    missing, unfinished, mismatched = [], [], []
    for key in _messages(extracted):
        translation = committed.get(key)
        if translation is None:
            missing.append(key)
        elif translation.get("type") in ("unfinished", "vanished", "obsolete") or not (translation.text or ""):
            unfinished.append(key)
        elif sorted(PLACEHOLDER.findall(key[1])) != sorted(PLACEHOLDER.findall(translation.text or "")):
            mismatched.append(key)
    assert not missing, f"not in peerdesk_sv.ts (run `make lupdate`): {missing}"
    assert not unfinished, f"untranslated: {unfinished}"
    assert not mismatched, f"placeholders differ between English and Swedish: {mismatched}"


def test_compiled_catalog_is_current(tmp_path: Path) -> None:
    """The compiled catalog is kept in the repository (an installed PeerDesk needs it, and pip cannot make it):
    it must be exactly what its source compiles to."""
    ts = ROOT / "resources" / "translations" / "peerdesk_sv.ts"
    fresh = tmp_path / "fresh.qm"
    subprocess.run([str(Path(sys.executable).parent / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(fresh)],
                   check=True)
    assert ts.with_suffix(".qm").read_bytes() == fresh.read_bytes(), "run `make setup` to compile translations"


# Words a Swedish public-sector writer would not use here: "arbetsplats" is the physical workplace (the file is the
# "arbetsyta"; "arbetsplatsträff" is fine), "demon" reads as "the demon", and technical or stilted phrases.
AVOIDED = re.compile(r"\barbetsplats(?:en|er|erna)?\b|\bdemon\b|livstecken|hela säkerhetskopian|…:", re.IGNORECASE)


def test_the_swedish_texts_avoid_the_words_a_reader_stumbled_on() -> None:
    texts = [t.text or "" for t in _messages(ROOT / "resources" / "translations" / "peerdesk_sv.ts").values()
             if t is not None]
    texts += [p.read_text(encoding="utf-8") for p in (ROOT / "resources").rglob("*_sv.md")]
    stumbles = sorted({m.group(0) for text in texts for m in AVOIDED.finditer(text)})
    assert not stumbles, stumbles
