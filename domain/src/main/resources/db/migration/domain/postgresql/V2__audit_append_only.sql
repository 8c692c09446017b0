-- The database itself refuses to change or remove audit events.
create function audit_event_is_append_only() returns trigger as $$
begin
    raise exception 'audit_event is append-only: % refused', tg_op;
end;
$$ language plpgsql;

create trigger audit_event_append_only
    before update or delete on audit_event
    for each row execute function audit_event_is_append_only();
