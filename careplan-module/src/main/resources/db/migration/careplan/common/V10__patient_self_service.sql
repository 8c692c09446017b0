-- Patient self-service: education texts given to a patient, and what the patient states for
-- shared decisions.

create sequence education_assignment_seq start with 50 increment by 50;

create table education_assignment (
    id          bigint       not null primary key,
    patient_id  bigint       not null references patient (id),
    topic       varchar(60)  not null,
    note        varchar(500),
    assigned_by varchar(100) not null,
    assigned_at timestamp    not null,
    read_at     timestamp,
    version     bigint       not null,
    constraint education_assignment_topic_uk unique (patient_id, topic)
);

create sequence decision_preferences_seq start with 50 increment by 50;

create table decision_preferences (
    id                bigint        not null primary key,
    patient_id        bigint        not null references patient (id),
    involvement       varchar(30),
    avoid_treatments  varchar(200),
    treatment_wishes  varchar(1000),
    what_matters      varchar(1000),
    preferred_contact varchar(20),
    contact_notes     varchar(200),
    updated_by        varchar(100)  not null,
    updated_at        timestamp     not null,
    version           bigint        not null,
    constraint decision_preferences_patient_uk unique (patient_id)
);
