-- seismo store, schema version 7: the other sentences of a document that tell the same event (issue 13).
-- mentions: JSON list of {sentence, start, end} (offsets into documents.text, like evidence_*), the
-- restatements the coder's references pass folded into this event ("the attack took place at 7 p.m.").
-- NULL when the event was told once, and for events coded before this version.
ALTER TABLE events ADD COLUMN mentions VARCHAR;
