-- What the runtime role (algos.db.user) may do, given by the schema owner Flyway connects as
-- (algos.db.migration-user). A Flyway callback, not a versioned migration: it runs after every
-- migrate, so it covers the tables later migrations add, whichever module brings them, and puts
-- back what was changed by hand.
--
-- The runtime role reads and writes rows and nothing else: no TRUNCATE, no REFERENCES, no
-- TRIGGER, no DDL, no ownership. Every table gets SELECT, INSERT, UPDATE, DELETE except
--   audit_event        SELECT, INSERT           sealed events: append-only
--   audit_queue        SELECT, INSERT, DELETE   events waiting to be sealed
--   audit_chain_head   SELECT, UPDATE           the chain's one row
--   clinical_document  SELECT, INSERT           documents are stored once, never changed
--   break_glass_review SELECT, INSERT           an auditor's review is written once, never changed
-- views SELECT, sequences USAGE, SELECT, Flyway's history table nothing. The audit tables are
-- named, not required: one that does not exist yet is simply not there to grant on. Objects of
-- extensions installed in the schema are left as their extension made them.
--
-- When Flyway runs as the runtime role itself (one user for both, the default), there is nobody
-- to grant to and nothing is done; the triggers of V2 and V20261202.1.3 still refuse UPDATE,
-- DELETE and TRUNCATE of audit_event.
do $grants$
declare
    runtime constant text := '${algosRuntimeRole}';
    schema_name constant text := current_schema();
    item record;
    allowed text;
begin
    if runtime = current_user then
        raise notice 'Flyway runs as the runtime role %: one user for both, no grants to give', runtime;
        return;
    end if;
    if not exists (select 1 from pg_roles where rolname = runtime) then
        raise exception 'The runtime role % (algos.db.user) does not exist', runtime;
    end if;
    if exists (select 1 from pg_roles where rolname = runtime and rolsuper) then
        raise exception 'The runtime role % is a superuser, which no grant restricts: give the application a role without SUPERUSER', runtime;
    end if;

    execute format('grant usage on schema %I to %I', schema_name, runtime);
    execute format('revoke create on schema %I from %I', schema_name, runtime);
    if exists (select 1 from pg_namespace where nspname = schema_name and pg_has_role(current_user, nspowner, 'MEMBER')) then
        -- PostgreSQL before 15 lets every role create tables in public; only its owner can stop that.
        execute format('revoke create on schema %I from public', schema_name);
    end if;
    if has_schema_privilege(runtime, schema_name, 'CREATE') then
        raise warning 'The runtime role % may still create objects in schema % (granted to a role it belongs to)', runtime, schema_name;
    end if;

    -- Whoever owns the trigger function could replace it with one that lets everything through.
    for item in
        select p.proname, pg_get_userbyid(p.proowner) as owner
        from pg_proc p join pg_namespace n on n.oid = p.pronamespace
        where n.nspname = schema_name and pg_get_userbyid(p.proowner) <> current_user
          and not exists (select 1 from pg_depend d where d.classid = 'pg_proc'::regclass and d.objid = p.oid and d.deptype = 'e')
    loop
        raise exception 'function %.% is owned by %, not by %, which Flyway connects as: as a superuser, REASSIGN OWNED BY % TO % in this database first',
            schema_name, item.proname, item.owner, current_user, item.owner, current_user;
    end loop;

    for item in
        select c.relname, c.relkind, pg_get_userbyid(c.relowner) as owner
        from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = schema_name and c.relkind in ('r', 'p', 'v', 'm', 'S')
          and not exists (select 1 from pg_depend d where d.classid = 'pg_class'::regclass and d.objid = c.oid and d.deptype = 'e')
        order by c.relname
    loop
        if item.owner <> current_user then
            raise exception '%.% is owned by %, not by %, which Flyway connects as: as a superuser, REASSIGN OWNED BY % TO % in this database first',
                schema_name, item.relname, item.owner, current_user, item.owner, current_user;
        end if;
        if item.relkind = 'S' then
            execute format('revoke all on sequence %I.%I from %I', schema_name, item.relname, runtime);
            execute format('grant usage, select on sequence %I.%I to %I', schema_name, item.relname, runtime);
            continue;
        end if;
        execute format('revoke all on table %I.%I from %I', schema_name, item.relname, runtime);
        allowed := case
            when item.relname = '${flyway:table}' then null
            when item.relkind in ('v', 'm') then 'select'
            when item.relname = 'audit_event' then 'select, insert'
            when item.relname = 'audit_queue' then 'select, insert, delete'
            when item.relname = 'audit_chain_head' then 'select, update'
            when item.relname = 'clinical_document' then 'select, insert'
            when item.relname = 'break_glass_review' then 'select, insert'
            else 'select, insert, update, delete'
        end;
        if allowed is not null then
            execute format('grant %s on table %I.%I to %I', allowed, schema_name, item.relname, runtime);
        end if;
    end loop;
end
$grants$;
