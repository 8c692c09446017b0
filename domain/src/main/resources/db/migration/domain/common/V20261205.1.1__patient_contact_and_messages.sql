-- The patient's e-mail address and whether they agreed to be reminded that way. One row per
-- patient, written by the patient or their care team; no row means "no e-mail, no consent".
create table patient_contact (
    patient_id      bigint       not null primary key references patient (id),
    email           varchar(254),
    email_reminders boolean      not null,
    changed_by      varchar(100) not null,
    changed_at      timestamp    not null,
    version         bigint       not null
);

-- Every message to a patient (an outbox): queued in the transaction that decided it, sent by a
-- background task that retries, and kept with what was sent, to whom and when. The reference
-- names what the message is about ("questionnaire-request:123:opened"), once.
create sequence patient_message_seq start with 50 increment by 50;

create table patient_message (
    id              bigint       not null primary key,
    patient_id      bigint       not null references patient (id),
    kind            varchar(20)  not null,
    reference       varchar(80)  not null unique,
    closes_on       date,
    status          varchar(10)  not null,
    attempts        integer      not null,
    next_attempt_at timestamp    not null,
    recipient       varchar(254),
    subject         varchar(200),
    body            varchar(2000),
    last_error      varchar(500),
    created_at      timestamp    not null,
    finished_at     timestamp,
    version         bigint       not null
);
-- The sender's query (what is due now) and a patient's list of messages.
create index patient_message_due_idx on patient_message (status, next_attempt_at);
create index patient_message_patient_idx on patient_message (patient_id, created_at);
