-- Care-plan module: psychological evaluations and the medication list.

create sequence psych_evaluation_seq start with 50 increment by 50;
create sequence medication_seq start with 50 increment by 50;

create table psych_evaluation (
    id                            bigint        not null primary key,
    patient_id                    bigint        not null references patient (id),
    evaluated_on                  date          not null,
    instruments                   varchar(200),
    findings                      varchar(4000),
    cleared_for_neuromodulation   boolean       not null,
    active_substance_use_disorder boolean       not null,
    notes                         varchar(4000),
    recorded_by                   varchar(100)  not null,
    recorded_at                   timestamp     not null
);
create index psych_evaluation_patient_idx on psych_evaluation (patient_id, evaluated_on);

create table medication (
    id            bigint           not null primary key,
    patient_id    bigint           not null references patient (id),
    drug          varchar(100)     not null,
    dose_mg       double precision,
    route         varchar(30),
    doses_per_day double precision,
    mcg_per_hour  double precision,
    indication    varchar(200),
    started_on    date             not null,
    stopped_on    date,
    recorded_by   varchar(100)     not null,
    recorded_at   timestamp        not null,
    version       bigint           not null
);
create index medication_patient_idx on medication (patient_id, started_on);
