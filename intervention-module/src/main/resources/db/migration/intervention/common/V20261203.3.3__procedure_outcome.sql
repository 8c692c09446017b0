-- A procedure's outcome at a follow-up point, from the questionnaires its outcome schedule asked:
-- pain now (PEG's average pain item) against the pain recorded before the procedure, and function
-- (ODI or NDI) against the patient's last score before it. One row per procedure and point, filled
-- as the questionnaires come in. days_after lets the registry select a point's window in the database.
create sequence procedure_outcome_seq start with 50 increment by 50;

create table procedure_outcome (
    id                  bigint           not null primary key,
    procedure_id        bigint           not null references procedure_record (id),
    patient_id          bigint           not null references patient (id),
    follow_up_point     varchar(4)       not null,
    answered_on         date             not null,
    days_after          integer          not null,
    pain_before         integer,
    pain_now            integer,
    function_instrument varchar(10),
    function_score      double precision,
    function_baseline   double precision,
    function_improved   boolean,
    version             bigint           not null,
    constraint procedure_outcome_point_uk unique (procedure_id, follow_up_point)
);

create index procedure_outcome_patient_idx on procedure_outcome (patient_id);

-- The registry's cohort: completed procedures of a kind in a date range.
create index procedure_record_registry_idx on procedure_record (status, procedure_code, procedure_date);
