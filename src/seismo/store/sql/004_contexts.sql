-- seismo store, schema version 4: PLOVER contexts (issue 16).
-- The manual's general contexts an event has ("economic,election"), comma-separated in the manual's
-- table order, NULL when it has none; docs/contexts.md. Events stored before this version have NULL:
-- recode them (`seismo ingest --recode` / re-ingest) to get their contexts.
ALTER TABLE events ADD COLUMN contexts VARCHAR;
