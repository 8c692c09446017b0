-- The auditor's review of each break-glass grant, written once and never changed (the runtime role
-- may only insert and read reviews). Keyed by the grant: a grant has at most one review.
create table break_glass_review (
    grant_id    bigint        not null primary key references break_glass_grant (id),
    verdict     varchar(20)   not null,
    note        varchar(1000),
    reviewed_by varchar(100)  not null references clinic_user (username),
    reviewed_at timestamp     not null,
    constraint break_glass_review_verdict_ck check (verdict in ('JUSTIFIED', 'NOT_JUSTIFIED')),
    constraint break_glass_review_note_ck check (verdict = 'JUSTIFIED' or note is not null)
);

-- The review queue: grants oldest first.
create index break_glass_grant_granted_idx on break_glass_grant (granted_at, id);

-- The auditor's filters of the trail, each read newest first: by user, by action (a rare one such
-- as BREAK_GLASS or SIGN_IN would otherwise be found by reading the trail backwards), by date.
create index audit_event_user_idx on audit_event (username, id);
create index audit_event_action_idx on audit_event (action, id);
create index audit_event_occurred_idx on audit_event (occurred_at, id);
