-- seismo store, schema version 2: near-duplicate documents and story events (issue 6).
-- See docs/dedup.md for the rules that fill these tables.

-- A near-duplicate (syndicated copy, re-published page) points at the document it copies.
-- Its events stay stored, but counts, stories and EventFilter leave them out by default.
ALTER TABLE documents ADD COLUMN duplicate_of VARCHAR;

-- MinHash signature of each stored document, so a later ingest run finds copies of
-- earlier documents; the LSH index is rebuilt from this table on demand.
CREATE TABLE doc_minhash (
    doc_id      VARCHAR PRIMARY KEY,
    scheme      VARCHAR NOT NULL,   -- datasketch permutation scheme, e.g. affine32
    num_perm    INTEGER NOT NULL,
    sig         BLOB NOT NULL,      -- num_perm little-endian uint32 hash values
    similarity  DOUBLE              -- estimated Jaccard to duplicate_of, when it is one
);

-- Story events: one row per real-world event, however many documents reported it.
-- Rebuilt wholesale by build_stories; no PRIMARY KEY or index on purpose: ids are unique by
-- construction, and DuckDB's ART indexes make a delete-and-reinsert of every row in one
-- transaction (the rebuild) many times slower, while scans of these tables take milliseconds.
CREATE TABLE stories (
    story_id        VARCHAR NOT NULL,
    "type"          VARCHAR NOT NULL,
    mode            VARCHAR,
    cameo           VARCHAR,
    goldstein       DOUBLE,
    quad_class      INTEGER,
    source_name     VARCHAR,
    source_code     VARCHAR,
    source_country  VARCHAR,
    source_agent    VARCHAR,
    source_igo      VARCHAR,
    target_name     VARCHAR,
    target_code     VARCHAR,
    target_country  VARCHAR,
    target_agent    VARCHAR,
    target_igo      VARCHAR,
    "date"          DATE,
    date_precision  VARCHAR,
    location_name   VARCHAR,
    location_country VARCHAR,
    n_sources       INTEGER NOT NULL,
    n_events        INTEGER NOT NULL,
    first_reported  DATE,
    doc_ids         VARCHAR[] NOT NULL,
    outlets         VARCHAR[] NOT NULL,
    event_ids       VARCHAR[] NOT NULL
);

CREATE TABLE story_members (
    event_id  VARCHAR NOT NULL,
    story_id  VARCHAR NOT NULL,
    rule      VARCHAR NOT NULL      -- how the event joined: day, week, month, year, undated
);

-- When stories were last rebuilt, and the documents they were built from, so readers
-- can tell whether they are current (documents only change through add_documents).
CREATE TABLE stories_meta (
    built_at        TIMESTAMP NOT NULL,
    documents       BIGINT NOT NULL,
    last_ingested   TIMESTAMP,
    n_stories       BIGINT NOT NULL,
    n_events        BIGINT NOT NULL
);
