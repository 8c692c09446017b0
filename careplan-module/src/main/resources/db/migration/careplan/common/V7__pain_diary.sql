-- The patient's pain diary: one entry per patient and day.

create sequence diary_entry_seq start with 50 increment by 50;

create table diary_entry (
    id               bigint        not null primary key,
    patient_id       bigint        not null references patient (id),
    entry_day        date          not null,
    pain             integer       not null,
    sleep_hours      double precision,
    activity_minutes integer,
    medication_taken varchar(500),
    note             varchar(1000),
    updated_at       timestamp     not null,
    version          bigint        not null,
    constraint diary_entry_day_uk unique (patient_id, entry_day)
);
