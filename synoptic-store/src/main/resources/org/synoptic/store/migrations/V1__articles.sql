-- V1: one row per stored article. Articles are immutable once stored: the store never updates
-- or deletes a row, so nothing already stored can be lost by a later put.
-- published is an ISO-8601 date (yyyy-mm-dd) or NULL when unknown; absent text fields are ''.
CREATE TABLE articles (
    id           TEXT NOT NULL PRIMARY KEY,
    content_hash TEXT NOT NULL UNIQUE,
    source       TEXT NOT NULL,
    url          TEXT NOT NULL,
    title        TEXT NOT NULL,
    outlet       TEXT NOT NULL,
    author       TEXT NOT NULL,
    license      TEXT NOT NULL,
    dateline     TEXT NOT NULL,
    published    TEXT,
    language     TEXT NOT NULL,
    text         TEXT NOT NULL
) STRICT;
