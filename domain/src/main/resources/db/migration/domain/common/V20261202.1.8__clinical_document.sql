-- A patient's clinical documents, received (a referral letter) or produced by the clinic: stored
-- once and never changed (the runtime role may only insert and read them), with the SHA-256 of
-- the content so that a copy can be checked against the original.
create sequence clinical_document_seq start with 50 increment by 50;

create table clinical_document (
    id           bigint        not null primary key,
    patient_id   bigint        not null references patient (id),
    kind         varchar(30)   not null,
    title        varchar(200)  not null,
    content_type varchar(100)  not null,
    content      bytea         not null,
    sha256       varchar(64)   not null,
    created_at   timestamp     not null,
    created_by   varchar(100)  not null
);
create index clinical_document_patient_idx on clinical_document (patient_id, created_at);
