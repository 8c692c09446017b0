-- The break-glass review lists flagged events newest first: a partial index holds only those.
create index audit_event_flagged_idx on audit_event (id) where flagged;
