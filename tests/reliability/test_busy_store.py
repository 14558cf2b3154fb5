"""A store being written by another process: readers get a clear message, and the file
is intact afterwards."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from click.testing import CliRunner

from dateline.cli import main
from dateline.store import Store


def test_busy_store_says_so_and_survives(tmp_path: Path) -> None:
    db = tmp_path / "busy.duckdb"
    with Store(db):
        pass
    holder = subprocess.Popen(
        [sys.executable, "-c", "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); "
         "c.execute('CREATE TABLE IF NOT EXISTS hold (x INT)'); print('ready', flush=True); "
         "time.sleep(30)", str(db)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        r = CliRunner().invoke(main, ["events", "--db", str(db)])
        assert r.exit_code == 1 and "busy" in r.stderr
    finally:
        holder.kill()
        holder.wait()
    time.sleep(0.2)
    with Store(db, read_only=True) as s:
        assert s.counts()["articles"] == 0
