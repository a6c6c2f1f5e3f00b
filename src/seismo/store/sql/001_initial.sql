-- seismo store, schema version 1.
-- Events are flat on purpose: Parquet/CSV exports and SQL users get plain columns,
-- and rows.py maps them back to nested Event models exactly.

CREATE TABLE documents (
    doc_id       VARCHAR PRIMARY KEY,
    content_hash VARCHAR NOT NULL,
    title        VARCHAR,
    url          VARCHAR,
    outlet       VARCHAR,
    published    DATE,
    dateline     VARCHAR,
    source       VARCHAR,
    text         VARCHAR NOT NULL,
    ingested_at  TIMESTAMP NOT NULL
);

CREATE TABLE events (
    event_id            VARCHAR PRIMARY KEY,
    doc_id              VARCHAR NOT NULL,
    "type"              VARCHAR NOT NULL,
    mode                VARCHAR,
    cameo               VARCHAR,
    goldstein           DOUBLE,
    quad_class          INTEGER,
    modality            VARCHAR NOT NULL,
    source_name         VARCHAR,
    source_code         VARCHAR,
    source_country      VARCHAR,
    source_agent        VARCHAR,
    source_igo          VARCHAR,
    target_name         VARCHAR,
    target_code         VARCHAR,
    target_country      VARCHAR,
    target_agent        VARCHAR,
    target_igo          VARCHAR,
    attributed_name     VARCHAR,
    attributed_code     VARCHAR,
    attributed_country  VARCHAR,
    attributed_agent    VARCHAR,
    attributed_igo      VARCHAR,
    "date"              DATE,
    date_text           VARCHAR,
    date_precision      VARCHAR,
    location_name       VARCHAR,
    location_country    VARCHAR,
    location_lat        DOUBLE,
    location_lon        DOUBLE,
    quantity_value      DOUBLE,
    quantity_unit       VARCHAR,
    evidence_sentence   VARCHAR NOT NULL,
    evidence_start      INTEGER NOT NULL,
    evidence_end        INTEGER NOT NULL,
    "trigger"           VARCHAR,
    published           DATE,
    outlet              VARCHAR,
    coder_version       VARCHAR NOT NULL
);

CREATE INDEX events_date ON events ("date");
CREATE INDEX events_type ON events ("type");
CREATE INDEX events_source_country ON events (source_country);
CREATE INDEX events_target_country ON events (target_country);
CREATE INDEX events_doc_id ON events (doc_id);

CREATE TABLE rejections (
    source   VARCHAR NOT NULL,
    code     VARCHAR NOT NULL,
    reason   VARCHAR NOT NULL,
    seen_at  TIMESTAMP NOT NULL,
    PRIMARY KEY (source, code)
);

-- What counts as an event: asserted mentions only. For SQL users and analysis.
CREATE VIEW asserted_events AS SELECT * FROM events WHERE modality = 'asserted';
