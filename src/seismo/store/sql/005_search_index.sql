-- seismo store, schema version 5: the word index behind the search `q` (issue 14).
-- Every event gets a stable integer key from a sequence (DuckDB's rowid changes when a checkpoint
-- compacts deleted rows); search_words holds one row per distinct word of an event's evidence
-- sentence and its document's title. Both are maintained by Store.add_documents in the same
-- transaction as the events (store/search.py), and are derived data: exports leave them out.
CREATE SEQUENCE search_key_seq;
ALTER TABLE events ADD COLUMN search_key BIGINT DEFAULT nextval('search_key_seq');

CREATE TABLE search_words (
    term        VARCHAR NOT NULL,
    search_key  BIGINT NOT NULL
);

-- How many rows of search_words were sorted by term when it was last sorted (store/search.py).
CREATE TABLE search_meta (
    sorted_rows BIGINT NOT NULL
);
INSERT INTO search_meta VALUES (0);
