-- Intervention module: procedures with their checklist, note and eligibility override, and follow-ups.

create sequence procedure_record_seq start with 50 increment by 50;
create sequence procedure_follow_up_seq start with 50 increment by 50;

create table procedure_record (
    id                  bigint        not null primary key,
    patient_id          bigint        not null references patient (id),
    procedure_code      varchar(30)   not null,
    side                varchar(10),
    levels              varchar(200),
    procedure_date      date          not null,
    status              varchar(12)   not null,
    override_reason     varchar(1000),
    overridden_by       varchar(100),
    pain_before         integer,
    pain_after          integer,
    relief_percent      double precision,
    chk_consent         varchar(15),
    chk_allergies       varchar(15),
    chk_anticoagulation varchar(15),
    chk_infection       varchar(15),
    chk_pregnancy       varchar(15),
    chk_glucose         varchar(15),
    chk_site_marked     varchar(15),
    chk_time_out        varchar(15),
    note_approach       varchar(200),
    note_guidance       varchar(20),
    note_fluoro_seconds integer,
    note_fluoro_dose    double precision,
    note_needle         varchar(100),
    note_medications    varchar(1000),
    note_complications  varchar(1000),
    note_disposition    varchar(200),
    booked_by           varchar(100)  not null,
    booked_at           timestamp     not null,
    version             bigint        not null
);
create index procedure_record_patient_idx on procedure_record (patient_id, procedure_date);
create index procedure_record_day_idx on procedure_record (procedure_date, status);

create table procedure_follow_up (
    id             bigint        not null primary key,
    procedure_id   bigint        not null references procedure_record (id),
    patient_id     bigint        not null references patient (id),
    follow_up_on   date          not null,
    pain_now       integer       not null,
    relief_percent integer       not null,
    function_note  varchar(1000),
    recorded_by    varchar(100)  not null
);
create index procedure_follow_up_procedure_idx on procedure_follow_up (procedure_id);
create index procedure_follow_up_patient_idx on procedure_follow_up (patient_id);
