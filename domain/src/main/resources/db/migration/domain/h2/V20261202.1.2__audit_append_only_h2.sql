-- The database itself refuses to change or remove audit events, as V2 does on PostgreSQL.
-- The trigger class comes with the application (algos-domain); see AppendOnlyTrigger for how H2
-- finds it inside Payara, and why a shell without it on its class path refuses too.
create trigger audit_event_append_only
    before update, delete on audit_event
    for each row call 'org.algos.domain.persistence.h2.AppendOnlyTrigger';

-- H2 fires no trigger on TRUNCATE, but refuses to truncate a table another table's foreign key
-- references. This table stays empty; it is there for its foreign key.
create table audit_event_truncate_guard (
    event_id bigint references audit_event (id)
);
