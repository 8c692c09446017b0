-- The break-glass review lists flagged events newest first (H2 has no partial index).
create index audit_event_flagged_idx on audit_event (flagged, id);
