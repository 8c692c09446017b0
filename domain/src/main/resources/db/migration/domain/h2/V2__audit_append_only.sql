-- H2 triggers need Java classes on the server's own class path, which a WAR cannot add.
-- On H2 the application alone keeps audit_event append-only and the hash chain detects edits;
-- production runs on PostgreSQL, where V2 installs a refusing trigger.
select 1;
