-- seismo store, schema version 3: why each actor was coded as it was (issue 13).
-- The coder writes the evidence that decided an actor's code ("country NGA from 'Lagos' in the same
-- clause", "person Joe Biden: President (USA) ..."); `seismo explain` shows it. NULL for events
-- coded before this version.
ALTER TABLE events ADD COLUMN source_reason VARCHAR;
ALTER TABLE events ADD COLUMN target_reason VARCHAR;
ALTER TABLE events ADD COLUMN attributed_reason VARCHAR;
