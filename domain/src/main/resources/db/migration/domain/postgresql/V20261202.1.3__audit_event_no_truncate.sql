-- TRUNCATE fires no row trigger, so V2 alone lets the table's owner empty audit_event. The
-- runtime role has no TRUNCATE privilege at all (afterMigrate__runtime_role_grants.sql); this
-- refuses it to the owner too, and to the one user of an installation that has one.
create trigger audit_event_no_truncate
    before truncate on audit_event
    for each statement execute function audit_event_is_append_only();
