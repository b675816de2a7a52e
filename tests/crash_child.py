"""Child process for the crash trials (tests/test_crash.py): writes through Workspace.write until it is killed.

Usage: crash_child.py WORKSPACE single|multi. Prints "ready", then the id of each save right after its commit
returned, one per line, flushed: every printed id must survive a SIGKILL.
"""

from __future__ import annotations

import sys
from pathlib import Path

from peerdesk.store import Workspace


def main(path: Path, mode: str) -> None:
    ws = Workspace.open(path, actor="crash trial", take_over=True)
    assert ws.db is not None  # sqlite-utils loads on first use: before "ready", so the kill lands among writes
    print("ready", flush=True)
    n = 0
    while True:
        n += 1
        with ws.write("crash trial") as db:
            saved = ws.saved()
            person = db["people"].insert({"name": f"Crash {n}", "role": "peer_supporter", **saved}).last_pk
            if mode == "multi":  # a placement saved with its person and its first renewal decision, in one go
                placement = db["placements"].insert({
                    "peer_supporter_id": person, "employer": "NSPH", "start_date": "2026-01-01",
                    "planned_end_date": "2026-12-31", **saved}).last_pk
                db["decisions"].insert({
                    "placement_id": placement, "outcome": "renewed", "decided_on": "2026-11-01",
                    "new_end_date": "2027-12-31", "previous_end_date": "2026-12-31", **saved})
                db["placements"].update(placement, {"planned_end_date": "2027-12-31"})
        print(person, flush=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2])
