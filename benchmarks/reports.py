"""The activity summary PDF for one year of a 100,000-activity workspace, goal ≤ 1.0 s in all (figures, layout and
writing the PDF), as `peerdesk report summary` and the Reports page make it.

Reported against baselines of the same run:
- the year's SQL aggregation alone (count, minutes and participants by activity type);
- an empty reportlab document (one paragraph, in the shipped font), i.e. what any report costs to lay out and write.
Run: `.venv/bin/python benchmarks/reports.py`.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from peerdesk.reports import kinds, parts  # noqa: E402
from peerdesk.reports.document import ReportInfo, render  # noqa: E402
from peerdesk.store import Workspace  # noqa: E402

ROWS = 100_000
GOAL_S = 1.0


def seed(path: Path) -> None:
    """The demo workspace with its log replaced by 100,000 activities over ten years, every kind of type."""
    from peerdesk.activities.entries import Context, Entry, check
    from peerdesk.demo import write_demo

    ws = write_demo(path)
    ten_years_ago = (dt.date.today() - dt.timedelta(days=3660)).isoformat()
    with ws.write("bench: no demo log") as db:
        db.execute("DELETE FROM activities")
        db.execute("UPDATE placements SET start_date = ?", (ten_years_ago,))
    ctx = Context.load(ws)
    rng = random.Random(1)
    supporters, circles = list(ctx.supporters), list(ctx.circles)
    today = dt.date.today()
    rows = []
    for i in range(ROWS):
        key = rng.choice(list(ctx.types))
        kind = ctx.types[key]
        day = today - dt.timedelta(days=int(3650 * (1 - i / ROWS)))
        rows.append({**check(ctx, Entry(
            day, key, rng.choice((15, 30, 45, 60, 90)), rng.randint(0, 8), peer_supporter_id=supporters[i % 2],
            visit_destination="healthcare" if kind.visit else None, visit_took_place=True if kind.visit else None,
            circle_id=circles[i % len(circles)] if kind.circle else None)), **ws.saved()})
    with ws.write("bench: ten years") as db:
        db["activities"].insert_all(rows, batch_size=5000)
    ws.close()


def median(samples: list[float]) -> float:
    return statistics.median(samples)


def main(runs: int = 9) -> None:
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        os.environ["PEERDESK_DATA_DIR"] = str(tmp / "data")
        path = tmp / "bench.peerdesk"
        seed(path)
        ws = Workspace.open(path, actor="", read_only=True)
        end = dt.date.today()
        start = end - dt.timedelta(days=364)
        request = kinds.Request("summary", start, end, "sv")
        assert int(ws.value("SELECT count(*) FROM activities")) == ROWS
        kinds.make(ws, request, io.BytesIO())  # imports and font registration, paid once per process
        sql, empty, summary = [], [], []
        for _ in range(runs):
            t0 = time.perf_counter()
            ws.rows("SELECT type_key, count(*), sum(minutes), sum(participants) FROM activities "
                    "WHERE removed = 0 AND day >= ? AND day <= ? GROUP BY type_key",
                    (start.isoformat(), end.isoformat()))
            sql.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            render(io.BytesIO(), ReportInfo("Tom", "Enhet", "–"), [parts.text("Tom rapport")])
            empty.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            pages = kinds.make(ws, request, io.BytesIO())
            summary.append(time.perf_counter() - t0)
        every = kinds.Request("summary", end - dt.timedelta(days=3660), end, "sv")
        t0 = time.perf_counter()
        kinds.make(ws, every, io.BytesIO())
        all_rows = time.perf_counter() - t0
        ws.close()
        base, blank, ms = median(sql) * 1000, median(empty) * 1000, median(summary) * 1000
        print(f"activity summary PDF, one year of a {ROWS:,}-activity workspace ({pages} pages)")
        print(f"  baselines: the year's SQL aggregation {base:.1f} ms; an empty reportlab document {blank:.1f} ms")
        print(f"  the summary: {ms:.0f} ms -> {ms / base:.1f}x the aggregation, {ms / blank:.1f}x the empty document; "
              f"goal <= {GOAL_S * 1000:.0f} ms: {'met' if ms <= GOAL_S * 1000 else 'NOT met'}")
        print(f"  worst case, every one of the {ROWS:,} activities in the period (ten years, 121 months charted): "
              f"{all_rows * 1000:.0f} ms")


if __name__ == "__main__":
    main()
