-- seismo store, schema version 6: who decided each event's type (issue 18, docs/model.md).
-- type_source: 'rule', 'model' (the learned scorer changed it; rule_type keeps the rules' choice) or 'both';
-- type_scores: the scorer's best type probabilities as JSON, shown by `seismo explain`.
-- NULL for events coded before this version.
ALTER TABLE events ADD COLUMN type_source VARCHAR;
ALTER TABLE events ADD COLUMN rule_type VARCHAR;
ALTER TABLE events ADD COLUMN type_scores VARCHAR;
