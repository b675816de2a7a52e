"""The job description's two speed goals (issue 8), each against a baseline measured in the same run:
- one autosave of a section of 20,000 characters, as the editor does it (Qt writes the Markdown, the domain saves it
  with its version check, the page reloads what changed), goal ≤ 20 ms; baseline: committing one raw SQL insert;
- comparing two revisions of 10 sections × 2,000 characters (difflib per section and paragraph, word by word, and
  the comparison drawn as HTML), goal ≤ 100 ms; baseline: difflib over the two texts' words in one go.
Run: `.venv/bin/python benchmarks/jobdesc.py` (offscreen).
"""

from __future__ import annotations

import difflib
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from common import show, window_on  # noqa: E402

from peerdesk.demo import write_demo  # noqa: E402
from peerdesk.gui.jobdesc import FEATURE as JOBDESC  # noqa: E402
from peerdesk.gui.jobdesc.compare import CompareDialog  # noqa: E402
from peerdesk.gui.jobdesc.page import JobDescPage  # noqa: E402
from peerdesk.jobdesc import diff  # noqa: E402
from peerdesk.jobdesc.content import Section, Task  # noqa: E402

WORDS = ["peer", "supportern", "stödjer", "besökare", "på", "träffpunkten", "med", "samtal", "ledsagning", "och",
         "gruppaktiviteter", "som", "utflykter", "matlagning", "kultur", "motion", "enligt", "överenskommelse",
         "enhetschefen", "handledaren"]


def prose(rng: random.Random, length: int) -> str:
    """Paragraphs of about 300 characters up to `length` characters."""
    paragraphs, current = [], []
    while sum(len(p) + 2 for p in paragraphs) + sum(len(w) + 1 for w in current) < length:
        current.append(rng.choice(WORDS))
        if sum(len(w) + 1 for w in current) > 300:
            paragraphs.append(" ".join(current).capitalize() + ".")
            current = []
    if current:
        paragraphs.append(" ".join(current).capitalize() + ".")
    return "\n\n".join(paragraphs)[:length]


def edited(rng: random.Random, text: str) -> str:
    """About one word in ten changed, one paragraph dropped and one added."""
    paragraphs = text.split("\n\n")
    out = []
    for n, p in enumerate(paragraphs):
        if n == 2:
            continue
        out.append(" ".join(rng.choice(WORDS) if rng.random() < 0.1 else w for w in p.split(" ")))
    out.insert(1, prose(rng, 250))
    return "\n\n".join(out)


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def autosave(runs: int) -> tuple[float, float]:
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        os.environ["PEERDESK_DATA_DIR"] = str(tmp / "data")
        path = tmp / "bench.peerdesk"
        write_demo(path).close()
        window = window_on(path, "en")[1]
        page = show(window, JOBDESC)
        assert isinstance(page, JobDescPage)
        ws = window.session.ws
        with ws.write("bench") as db:
            db.execute("CREATE TABLE bench (id INTEGER PRIMARY KEY, value TEXT)")
        page.editor.text.setMarkdown(prose(random.Random(1), 20_000))
        raw, saves = [], []
        for i in range(runs):
            start = time.perf_counter()
            with ws.write("bench") as db:
                db.execute("INSERT INTO bench (value) VALUES (?)", [f"row {i}"])
            raw.append(time.perf_counter() - start)
            page.editor.text.textCursor().insertText(f" ord {i}")  # typing: the editor is dirty
            start = time.perf_counter()
            assert page.editor.flush()
            saves.append(time.perf_counter() - start)
        assert len(page.editor.section.body) >= 20_000  # type: ignore[union-attr]
        window.close()
        return median_ms(raw), median_ms(saves)


def comparison(runs: int) -> tuple[float, float]:
    rng = random.Random(2)
    old = [Section(n, None, f"Avsnitt {n}", "text", prose(rng, 2000)) for n in range(1, 11)]
    old[2] = Section(3, "tasks", "Arbetsuppgifter", "tasks", prose(rng, 2000),
                     tuple(Task(f"t{k}", prose(rng, 60)) for k in range(8)))
    new = [Section(s.id, s.key, s.title, s.kind, edited(rng, s.body), (*s.tasks[1:], Task("x", "Ny uppgift")))
           for s in old]
    new.insert(0, new.pop(6))  # a moved section
    dialog = CompareDialog(None, [], old, "draft", "draft")  # type: ignore[arg-type]
    whole_old = " ".join(s.body for s in old).split()
    whole_new = " ".join(s.body for s in new).split()
    base, ours = [], []
    for _ in range(runs):
        start = time.perf_counter()
        difflib.SequenceMatcher(None, whole_old, whole_new, autojunk=False).get_opcodes()
        base.append(time.perf_counter() - start)
        start = time.perf_counter()
        dialog.render(diff.compare(old, new), "Revision 1", "Revision 2")
        ours.append(time.perf_counter() - start)
    dialog.deleteLater()
    return median_ms(base), median_ms(ours)


def main(runs: int = 15) -> None:
    raw, save = autosave(runs)
    print(f"autosave of a 20,000-character section; baseline: one raw insert committed {raw:.2f} ms")
    print(f"  one autosave (Markdown written, saved, page reloaded): {save:.1f} ms -> {save / raw:.1f}x the insert "
          f"(goal ≤ 20 ms)")
    base, ours = comparison(runs)
    print(f"comparing two revisions of 10 sections × 2,000 characters; baseline: difflib on all words {base:.1f} ms")
    print(f"  compare and draw per section, word by word: {ours:.1f} ms -> {ours / base:.1f}x difflib "
          f"(goal ≤ 100 ms)")


if __name__ == "__main__":
    main()
