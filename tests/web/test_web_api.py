"""The JSON API on a store built from the bundled sample corpus (in-process client)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient


def _error(r: Any, status: int, parameter: str | None = None) -> dict[str, Any]:
    assert r.status_code == status, r.text
    body = r.json()
    assert set(body) == {"error"}
    err = body["error"]
    assert err["status"] == status
    assert isinstance(err["code"], str) and isinstance(err["message"], str)
    if parameter is not None:
        assert err["parameter"] == parameter
    return err


def test_health_counts(client: TestClient) -> None:
    body = client.get("/api/health").json()
    assert body["counts"]["articles"] > 10 and body["counts"]["events"] > 10
    assert body["allow_ingest"] is False


def test_events_page_and_total(client: TestClient) -> None:
    total = client.get("/api/health").json()["counts"]["events"]
    body = client.get("/api/events", params={"limit": 5}).json()
    assert body["total"] == total and body["limit"] == 5 and len(body["items"]) == 5
    assert {"event_id", "sentence", "sentence_start", "event_type"} <= set(body["items"][0])


def test_pagination_covers_everything_once(client: TestClient) -> None:
    total = client.get("/api/events", params={"limit": 1}).json()["total"]
    seen: list[str] = []
    for offset in range(0, total, 40):
        page = client.get("/api/events", params={"limit": 40, "offset": offset}).json()
        seen += [e["event_id"] for e in page["items"]]
    assert len(seen) == total == len(set(seen))
    past = client.get("/api/events", params={"offset": total + 5}).json()
    assert past["items"] == [] and past["total"] == total


def test_default_limit_is_capped(client: TestClient) -> None:
    body = client.get("/api/events").json()
    assert body["limit"] == 100 and len(body["items"]) <= 100


@pytest.mark.parametrize("name", ["country", "type", "modality", "text", "actor"])
def test_each_filter_narrows_and_matches(client: TestClient, name: str) -> None:
    everything = client.get("/api/events", params={"limit": 1000}).json()["items"]
    first = everything[0]
    value = {
        "country": (first["source_countries"] or first["target_countries"] or ["IND"])[0],
        "type": first["event_type"],
        "modality": first["modality"],
        "text": first["sentence"].split()[2],
        "actor": next((e for e in everything if e["source_names"]),
                      first)["source_names"][0],
    }[name]
    body = client.get("/api/events", params={name: value, "limit": 1000}).json()
    assert 0 < body["total"] <= len(everything)
    for e in body["items"]:
        if name == "country":
            assert value in e["source_countries"] + e["target_countries"]
        elif name == "type":
            assert e["event_type"] == value
        elif name == "modality":
            assert e["modality"] == value
        elif name == "text":
            assert value.lower() in e["sentence"].lower()
    if name in ("type", "country"):
        assert body["total"] < len(everything)


def test_date_range_filter(client: TestClient) -> None:
    body = client.get("/api/events", params={"since": "2021-01-01", "until": "2021-12-31",
                                             "limit": 1000}).json()
    for e in body["items"]:
        assert e["date_end"] >= "2021-01-01" and e["date_start"] <= "2021-12-31"
    everything = client.get("/api/events", params={"limit": 1000}).json()
    assert body["total"] < everything["total"]


def test_event_detail_has_article_and_actors(client: TestClient) -> None:
    ev = client.get("/api/events", params={"limit": 1}).json()["items"][0]
    body = client.get(f"/api/events/{ev['event_id']}").json()
    art = body["article"]["text"]
    e = body["event"]
    assert art[e["sentence_start"]:e["sentence_end"]] == e["sentence"]
    assert body["actors"] and all(a["event_id"] == ev["event_id"] for a in body["actors"])


def test_clusters_and_one_cluster(client: TestClient) -> None:
    body = client.get("/api/clusters", params={"limit": 3}).json()
    assert body["total"] > 0 and len(body["items"]) == 3
    c = body["items"][0]
    one = client.get(f"/api/clusters/{c['cluster_id']}").json()
    assert one["cluster"]["cluster_id"] == c["cluster_id"]
    assert {m["event_id"] for m in one["mentions"]} == set(c["mention_ids"])


def test_articles_and_one_article(client: TestClient) -> None:
    body = client.get("/api/articles", params={"limit": 2}).json()
    assert body["total"] >= 2 and "text" not in body["items"][0]
    aid = body["items"][0]["id"]
    one = client.get(f"/api/articles/{aid}").json()
    assert one["article"]["id"] == aid and one["article"]["text"]
    assert all(e["article_id"] == aid for e in one["events"])


def test_actors_places_timeline_network_facets(client: TestClient) -> None:
    actors = client.get("/api/actors", params={"limit": 5}).json()["items"]
    assert actors and {"actor_id", "name", "aliases", "roles"} <= set(actors[0])
    places = client.get("/api/places").json()["items"]
    assert places and all(p["place_lat"] is not None and p["n"] >= 1 for p in places)
    total = client.get("/api/health").json()["counts"]["events"]
    tl = client.get("/api/timeline", params={"bucket": "year"}).json()["items"]
    assert sum(r["n"] for r in tl) == total
    net = client.get("/api/network").json()
    assert net["edges"] and all(e["weight"] >= 1 for e in net["edges"])
    ids = {n["id"] for n in net["nodes"]}
    assert all(e["source"] in ids and e["target"] in ids for e in net["edges"])
    facets = client.get("/api/facets").json()
    assert sum(t["n"] for t in facets["types"]) == total


def test_csv_stream(client: TestClient) -> None:
    total = client.get("/api/health").json()["counts"]["events"]
    r = client.get("/api/events", params={"format": "csv"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert len(rows) == total and rows[0]["event_id"]
    r = client.get("/api/clusters", params={"format": "csv", "limit": 3})
    assert len(list(csv.DictReader(io.StringIO(r.text)))) == 3


def test_jsonl_stream(client: TestClient) -> None:
    r = client.get("/api/events", params={"format": "jsonl", "type": "ASSAULT"})
    assert r.headers["content-type"].startswith("application/x-ndjson")
    rows = [json.loads(line) for line in r.text.splitlines()]
    assert rows and all(row["event_type"] == "ASSAULT" for row in rows)
    arts = client.get("/api/articles", params={"format": "jsonl"}).text.splitlines()
    assert len(arts) == client.get("/api/health").json()["counts"]["articles"]


def test_openapi_schema(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    for path in ("/api/events", "/api/events/{event_id}", "/api/clusters", "/api/articles",
                 "/api/actors", "/api/places", "/api/timeline", "/api/network",
                 "/api/ingest"):
        assert path in schema["paths"], path
    params = {p["name"] for p in schema["paths"]["/api/events"]["get"]["parameters"]}
    assert {"country", "actor", "type", "modality", "since", "until", "text", "limit",
            "offset", "format"} <= params
    assert "400" in schema["paths"]["/api/events"]["get"]["responses"]


def test_page_and_static_files(client: TestClient) -> None:
    r = client.get("/")
    assert r.status_code == 200 and 'id="timeline"' in r.text
    countries = client.get("/static/countries.json").json()["countries"]
    assert len(countries) > 150 and any(c["iso3"] == "IND" for c in countries)


def test_missing_items_are_404(client: TestClient) -> None:
    for url in ("/api/events/nope", "/api/clusters/nope", "/api/articles/nope",
                "/api/nothing-here", "/static/nope.js"):
        _error(client.get(url), 404)


@pytest.mark.parametrize(("params", "parameter"), [
    ({"since": "yesterday"}, "since"),
    ({"until": "2020-13-45"}, "until"),
    ({"since": "2021-01-01", "until": "2020-01-01"}, "until"),
    ({"limit": 10**12}, "limit"),
    ({"limit": 1001}, "limit"),
    ({"limit": -1}, "limit"),
    ({"limit": "ten"}, "limit"),
    ({"offset": 10**15}, "offset"),
    ({"country": "IND' OR '1'='1"}, "country"),
    ({"country": "IN"}, "country"),
    ({"type": "CONSULT; DROP TABLE events"}, "type"),
    ({"modality": "sure"}, "modality"),
    ({"format": "xml"}, "format"),
    ({"text": "x" * 501}, "text"),
    ({"text": "a\x00b"}, "text"),
    ({"actor": "\x1b[31m"}, "actor"),
])
def test_bad_parameters_are_400_naming_the_parameter(client: TestClient,
                                                      params: dict[str, Any],
                                                      parameter: str) -> None:
    err = _error(client.get("/api/events", params=params), 400, parameter)
    assert err["code"] == "bad_parameter"


def test_streaming_limit_is_capped_too(client: TestClient) -> None:
    _error(client.get("/api/events", params={"format": "csv", "limit": 10**9}), 400, "limit")


@pytest.mark.parametrize("text", ["' OR 1=1 --", "%'; DROP TABLE events; --",
                                  "\") UNION SELECT * FROM articles --", "../../etc/passwd"])
def test_sql_fragments_are_plain_text(client: TestClient, text: str) -> None:
    before = client.get("/api/health").json()["counts"]
    body = client.get("/api/events", params={"text": text, "actor": text}).json()
    assert body["total"] == 0 and body["items"] == []
    assert client.get("/api/health").json()["counts"] == before


@pytest.mark.parametrize("path", [
    "/api/events/..%2F..%2Fetc%2Fpasswd", "/api/articles/..%2F..%2Fetc%2Fpasswd",
    "/api/events/../../etc/passwd", "/static/../../etc/passwd",
    "/static/..%2F..%2F..%2Fetc%2Fpasswd", "/api/articles/%2e%2e",
])
def test_path_segments_never_reach_the_file_system(client: TestClient, path: str) -> None:
    r = client.get(path)
    assert r.status_code in (400, 404), r.text
    _error(r, r.status_code)
    assert "root:" not in r.text


def test_bad_ids_are_400(client: TestClient) -> None:
    _error(client.get("/api/events/" + "a" * 300), 400, "event_id")
    _error(client.get("/api/articles/a%5Cb"), 400, "article_id")
    _error(client.get("/api/clusters/a%01b"), 400, "cluster_id")


def test_other_endpoints_check_parameters(client: TestClient) -> None:
    _error(client.get("/api/timeline", params={"bucket": "decade"}), 400, "bucket")
    _error(client.get("/api/network", params={"by": "planet"}), 400, "by")
    _error(client.get("/api/network", params={"limit": 10**6}), 400, "limit")
    _error(client.get("/api/actors", params={"country": "1=1"}), 400, "country")
    _error(client.get("/api/actors", params={"limit": 0}), 400, "limit")
    _error(client.get("/api/places", params={"since": "2020-02-30"}), 400, "since")
    _error(client.get("/api/articles", params={"limit": 5000}), 400, "limit")


def test_read_only_by_default(client: TestClient) -> None:
    r = client.post("/api/ingest", json={"articles": [
        {"id": "x1", "published": "2020-01-01", "text": "Police arrested protesters."}]})
    assert _error(r, 403)["code"] == "read_only"
    _error(client.delete("/api/events"), 405)


def test_server_fault_uses_the_error_shape(sample_db: Path) -> None:
    from dateline.web.app import create_app

    app = create_app(str(sample_db))

    @app.get("/api/boom")
    def boom() -> None:
        raise RuntimeError("secret internals")

    with TestClient(app, raise_server_exceptions=False) as c:
        err = _error(c.get("/api/boom"), 500)
    assert err["code"] == "internal_error" and "secret" not in err["message"]


def test_missing_store_is_refused(tmp_path: Path) -> None:
    from dateline.store import StoreError
    from dateline.web.app import create_app

    with pytest.raises(StoreError):
        create_app(str(tmp_path / "none.duckdb"))


def test_ingest_when_allowed(sample_db: Path, tmp_path: Path) -> None:
    import shutil

    from dateline.web.app import create_app

    db = tmp_path / "copy.duckdb"
    shutil.copy(sample_db, db)
    with TestClient(create_app(str(db), allow_ingest=True)) as c:
        before = c.get("/api/health").json()["counts"]["articles"]
        body = {"articles": [{"id": "web-1", "published": "2021-05-04", "title": "t",
                              "text": "KABUL, May 4 - Police arrested 12 protesters in "
                                      "Kabul on Tuesday, officials said."}]}
        r = c.post("/api/ingest", json=body)
        assert r.status_code == 200, r.text
        assert r.json()["stored"] == 1
        assert c.get("/api/health").json()["counts"]["articles"] == before + 1
        assert c.get("/api/articles/web-1").status_code == 200
        again = c.post("/api/ingest", json=body).json()
        assert again["stored"] == 0 and again["duplicates"] == 1
        _error(c.post("/api/ingest", json={"articles": []}), 422)
        _error(c.post("/api/ingest", json={"articles": [
            {"id": "../x", "published": "2021-01-01", "text": "x"}]}), 400, "id")


def test_serve_command(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from dateline.web.cli import serve_cli

    runner = CliRunner()
    out = runner.invoke(serve_cli, ["--help"])
    assert out.exit_code == 0 and "--allow-ingest" in out.output and "127.0.0.1" in out.output
    out = runner.invoke(serve_cli, ["--db", str(tmp_path / "none.duckdb")])
    assert out.exit_code == 1 and "no store" in out.output


def test_nothing_loads_from_a_cdn(client: TestClient) -> None:
    assert client.get("/docs").status_code == 404  # swagger UI would need a CDN
    for name in ("index.html", "app.js", "charts.js", "style.css"):
        text = client.get(f"/static/{name}" if name != "index.html" else "/").text
        assert "http://" not in text.replace("http://www.w3.org/2000/svg", "")
        assert "https://" not in text
