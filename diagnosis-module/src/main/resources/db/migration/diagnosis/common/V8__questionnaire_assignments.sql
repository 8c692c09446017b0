-- Questionnaires the team asks a patient to complete before a visit.

create sequence questionnaire_assignment_seq start with 50 increment by 50;

create table questionnaire_assignment (
    id            bigint       not null primary key,
    patient_id    bigint       not null references patient (id),
    instrument    varchar(20)  not null,
    due_on        date         not null,
    assigned_by   varchar(100) not null,
    assigned_at   timestamp    not null,
    assessment_id bigint references assessment (id),
    completed_at  timestamp
);
create index questionnaire_assignment_open_idx on questionnaire_assignment (patient_id, completed_at, due_on);
