-- What the record said just before a completed procedure, kept with it for the outcomes registry's
-- subgroups and exports: the last PCS and PHQ-9 in the 90 days up to the procedure and the opioid
-- dose on its day. Taken once, at completion (or when a past procedure is recorded), so later
-- questionnaires and prescriptions do not move a procedure from one subgroup to another.
create table procedure_baseline (
    procedure_id bigint           not null primary key references procedure_record (id),
    patient_id   bigint           not null references patient (id),
    pcs_total    integer,
    phq9_total   integer,
    phq9_band    varchar(20),
    mme_total    double precision,
    mme_level    varchar(10)
);

create index procedure_baseline_patient_idx on procedure_baseline (patient_id);
