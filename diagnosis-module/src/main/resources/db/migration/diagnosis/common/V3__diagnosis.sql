-- Diagnosis module: instruments, safety alerts, pain assessments with the body map,
-- coded diagnoses, imaging findings and diagnostic blocks. Every list is read by patient.

create sequence assessment_seq start with 50 increment by 50;
create sequence safety_alert_seq start with 50 increment by 50;
create sequence pain_assessment_seq start with 50 increment by 50;
create sequence diagnosis_seq start with 50 increment by 50;
create sequence imaging_finding_seq start with 50 increment by 50;
create sequence diagnostic_block_seq start with 50 increment by 50;

create table assessment (
    id            bigint        not null primary key,
    patient_id    bigint        not null references patient (id),
    instrument    varchar(20)   not null,
    taken_at      timestamp     not null,
    answers       varchar(2000) not null,
    total         double precision not null,
    percent_score double precision,
    band          varchar(60),
    subscales     varchar(500),
    alerts        varchar(2000),
    valid         boolean       not null,
    message       varchar(1000),
    change_metric double precision,
    recorded_by   varchar(100)  not null,
    recorded_at   timestamp     not null
);
create index assessment_patient_instrument_idx on assessment (patient_id, instrument, taken_at);

create table safety_alert (
    id              bigint       not null primary key,
    patient_id      bigint       not null references patient (id),
    assessment_id   bigint       not null references assessment (id),
    message         varchar(500) not null,
    raised_at       timestamp    not null,
    acknowledged_by varchar(100),
    acknowledged_at timestamp,
    version         bigint       not null
);
create index safety_alert_patient_idx on safety_alert (patient_id, acknowledged_by);

create table pain_assessment (
    id          bigint        not null primary key,
    patient_id  bigint        not null references patient (id),
    assessed_at timestamp     not null,
    nrs_now     integer       not null,
    nrs_worst   integer       not null,
    nrs_average integer       not null,
    pain_type   varchar(20)   not null,
    onset_date  date,
    aggravating varchar(1000),
    relieving   varchar(1000),
    recorded_by varchar(100)  not null
);
create index pain_assessment_patient_idx on pain_assessment (patient_id, assessed_at);

create table pain_body_mark (
    pain_assessment_id bigint      not null references pain_assessment (id),
    mark_order         integer     not null,
    region             varchar(20) not null,
    side               varchar(10) not null,
    intensity          integer     not null,
    primary key (pain_assessment_id, mark_order)
);

create table diagnosis (
    id          bigint       not null primary key,
    patient_id  bigint       not null references patient (id),
    code_system varchar(10)  not null,
    code        varchar(20)  not null,
    title       varchar(200) not null,
    is_primary  boolean      not null,
    onset_date  date,
    status      varchar(12)  not null,
    recorded_by varchar(100) not null,
    recorded_at timestamp    not null,
    version     bigint       not null
);
create index diagnosis_patient_idx on diagnosis (patient_id);

create table imaging_finding (
    id          bigint        not null primary key,
    patient_id  bigint        not null references patient (id),
    modality    varchar(20)   not null,
    study_date  date          not null,
    finding     varchar(30)   not null,
    levels      varchar(200),
    side        varchar(10),
    report_text varchar(4000),
    recorded_by varchar(100)  not null,
    recorded_at timestamp     not null
);
create index imaging_finding_patient_idx on imaging_finding (patient_id, study_date);

create table diagnostic_block (
    id             bigint       not null primary key,
    patient_id     bigint       not null references patient (id),
    block_type     varchar(40)  not null,
    region         varchar(40)  not null,
    side           varchar(10)  not null,
    levels         varchar(200),
    agent          varchar(200) not null,
    pain_before    integer      not null,
    pain_after     integer      not null,
    relief_percent double precision not null,
    positive       boolean      not null,
    performed_on   date         not null,
    recorded_by    varchar(100) not null,
    recorded_at    timestamp    not null
);
create index diagnostic_block_patient_idx on diagnostic_block (patient_id, performed_on);
