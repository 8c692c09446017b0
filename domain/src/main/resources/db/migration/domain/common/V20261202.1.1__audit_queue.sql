-- Audit events are queued by the request that causes them and sealed into the chain
-- (audit_event) by the sequencer, so requests no longer lock audit_chain_head.
-- The ids order the queue (allocated 50 at a time by each node); positions are given at sealing.
create sequence audit_queue_seq start with 50 increment by 50;

create table audit_queue (
    id          bigint        not null primary key,
    occurred_at timestamp     not null,
    username    varchar(100)  not null,
    user_role   varchar(20),
    action      varchar(20)   not null,
    patient_id  bigint,
    resource    varchar(200),
    outcome     varchar(10)   not null,
    purpose     varchar(1000),
    detail      varchar(2000),
    flagged     boolean       not null
);
