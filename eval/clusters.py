"""Score event clustering on our own multi-report corpus (eval/gold/cluster_*.jsonl).

    .venv/bin/python eval/clusters.py

Ingests the articles into a temporary store, clusters the mentions, matches each mention
to a gold event of its article, and prints pairwise precision/recall/F1 (see
cluster_score.py), how many gold events were found at all, and the planned->occurred links.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from cluster_score import match_gold, pairwise  # noqa: E402


def run() -> dict[str, float]:
    from dateline.executors import LocalExecutor
    from dateline.ingest import ingest
    from dateline.readers import read_path
    from dateline.store import Store

    gold = {}
    for line in (HERE / "gold" / "cluster_gold.jsonl").read_text().splitlines():
        rec = json.loads(line)
        gold[rec["article_id"]] = rec["events"]
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "c.duckdb") as store:
        ingest(read_path(HERE / "gold" / "cluster_articles.jsonl"), store, LocalExecutor())
        rows = store.con.execute(
            "SELECT e.event_id, e.article_id, e.event_type, "
            "list_concat(e.source_countries, e.target_countries), m.cluster_id "
            "FROM events e JOIN cluster_mentions m USING (event_id)").fetchall()
        links = store.con.execute("SELECT count(*) FROM cluster_links").fetchone()[0]
    predicted, labels = {}, {}
    for event_id, article_id, type_, parties, cluster in rows:
        g = match_gold(article_id, type_, parties, gold)
        if g is not None:
            predicted[event_id] = cluster
            labels[event_id] = g
    score = pairwise(predicted, labels)
    gold_events = {e["event"] for evs in gold.values() for e in evs}
    found = set(labels.values())
    print(f"mentions extracted: {len(rows)}, matched to gold: {len(labels)}; "
          f"gold events found: {len(found)}/{len(gold_events)}")
    print(f"pairwise precision {score.precision:.3f} recall {score.recall:.3f} "
          f"F1 {score.f1:.3f} (pairs: predicted {score.pred_pairs}, gold {score.gold_pairs}, "
          f"shared {score.shared_pairs}); planned->occurred links: {links}")
    return {"precision": score.precision, "recall": score.recall, "f1": score.f1}


if __name__ == "__main__":
    run()
