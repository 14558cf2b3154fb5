"""The DuckDB schema: articles, events (with provenance), event actors, and quarantine.

Documented for users who query the file directly with SQL (see README, "Output").
"""

from __future__ import annotations

__all__ = ["SCHEMA", "SCHEMA_VERSION"]

SCHEMA_VERSION = 1

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (
    key VARCHAR PRIMARY KEY,
    value VARCHAR
);
CREATE TABLE IF NOT EXISTS articles (
    id VARCHAR PRIMARY KEY,
    published DATE NOT NULL,
    title VARCHAR,
    source VARCHAR,
    url VARCHAR,
    text VARCHAR NOT NULL,
    origin VARCHAR,
    content_hash VARCHAR NOT NULL,
    ingested_at TIMESTAMP NOT NULL
);
CREATE TABLE IF NOT EXISTS events (
    event_id VARCHAR PRIMARY KEY,
    article_id VARCHAR NOT NULL,
    published DATE NOT NULL,
    event_type VARCHAR NOT NULL,
    event_mode VARCHAR,
    contexts VARCHAR[],
    cameo VARCHAR,
    modality VARCHAR NOT NULL,
    confidence DOUBLE NOT NULL,
    source_names VARCHAR[],
    source_countries VARCHAR[],
    source_sectors VARCHAR[],
    target_names VARCHAR[],
    target_countries VARCHAR[],
    target_sectors VARCHAR[],
    joint BOOLEAN NOT NULL,
    attribution VARCHAR,
    attribution_country VARCHAR,
    date_start DATE NOT NULL,
    date_end DATE NOT NULL,
    date_granularity VARCHAR NOT NULL,
    date_method VARCHAR NOT NULL,
    date_expression VARCHAR,
    date_expr_start INTEGER,
    date_expr_end INTEGER,
    date_value VARCHAR,
    place_name VARCHAR,
    place_country VARCHAR,
    place_geonameid BIGINT,
    place_lat DOUBLE,
    place_lon DOUBLE,
    place_precision VARCHAR,
    place_text VARCHAR,
    trigger VARCHAR NOT NULL,
    trigger_start INTEGER NOT NULL,
    trigger_end INTEGER NOT NULL,
    theme VARCHAR,
    quantity VARCHAR,
    sentence VARCHAR NOT NULL,
    sentence_start INTEGER NOT NULL,
    sentence_end INTEGER NOT NULL,
    rule VARCHAR NOT NULL
);
CREATE TABLE IF NOT EXISTS event_actors (
    event_id VARCHAR NOT NULL,
    article_id VARCHAR NOT NULL,
    role VARCHAR NOT NULL,          -- source | target | attribution
    position INTEGER NOT NULL,
    text VARCHAR NOT NULL,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    name VARCHAR,
    country VARCHAR,
    sectors VARCHAR[],
    actor_role VARCHAR,             -- title as read: "Defence Minister"
    kind VARCHAR,
    code VARCHAR,
    rule VARCHAR,
    confidence DOUBLE,
    PRIMARY KEY (event_id, role, position)
);
CREATE TABLE IF NOT EXISTS article_actors (
    article_id VARCHAR NOT NULL,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    text VARCHAR NOT NULL,
    name VARCHAR,
    country VARCHAR,
    sectors VARCHAR[],
    actor_role VARCHAR,
    kind VARCHAR,
    code VARCHAR,
    rule VARCHAR,
    confidence DOUBLE,
    PRIMARY KEY (article_id, start_char, end_char, kind)
);
CREATE TABLE IF NOT EXISTS quarantine (
    quarantine_id VARCHAR PRIMARY KEY,
    origin VARCHAR NOT NULL,
    locator VARCHAR NOT NULL,
    field VARCHAR NOT NULL,
    reason VARCHAR NOT NULL,
    raw VARCHAR,
    record_id VARCHAR,
    recorded_at TIMESTAMP NOT NULL
);
"""
