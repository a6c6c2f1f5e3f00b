-- seismo store, schema version 8: incremental story rebuilds (issue 15, docs/dedup.md).
-- The (type, source, target) codes of asserted events whose stories may have changed since stories
-- were last built: events added or removed, and those of a document that gained or lost a
-- near-duplicate copy (its outlets count in the story). Every story groups events of one such key,
-- so a rebuild redoes only the stories of these keys, then empties the table in the same transaction.
-- Filled only while stories_meta holds a build: without one the next build is a full one anyway.
CREATE TABLE story_changes (
    "type"       VARCHAR,
    source_code  VARCHAR,
    target_code  VARCHAR
);

-- Stories an older seismo left stale have no record of what changed: drop their stamp, so the
-- next build is a full one.
DELETE FROM stories_meta WHERE NOT EXISTS (
    SELECT 1 FROM (SELECT count(*) AS n, max(ingested_at) AS last FROM documents) d
    WHERE d.n = stories_meta.documents AND d.last IS NOT DISTINCT FROM stories_meta.last_ingested
);
