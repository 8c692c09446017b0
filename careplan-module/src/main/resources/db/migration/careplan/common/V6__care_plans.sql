-- Care plans with goals, progress notes, modalities and team tasks; case conferences.
-- Parts refer to their plan by id; each is read with one query by care_plan_id.

create sequence care_plan_seq start with 50 increment by 50;
create sequence care_plan_goal_seq start with 50 increment by 50;
create sequence care_plan_goal_note_seq start with 50 increment by 50;
create sequence care_plan_modality_seq start with 50 increment by 50;
create sequence care_plan_task_seq start with 50 increment by 50;
create sequence case_conference_seq start with 50 increment by 50;
create sequence case_conference_input_seq start with 50 increment by 50;

-- active_patient_id is the patient id while the plan is active and null otherwise: the unique
-- constraint keeps one active plan per patient (nulls never collide, in H2 and PostgreSQL alike).
create table care_plan (
    id                bigint        not null primary key,
    patient_id        bigint        not null references patient (id),
    title             varchar(200)  not null,
    status            varchar(12)   not null,
    active_patient_id bigint,
    problems          varchar(4000),
    owner             varchar(100)  not null references clinic_user (username),
    created_at        timestamp     not null,
    updated_at        timestamp     not null,
    updated_by        varchar(100)  not null,
    version           bigint        not null,
    constraint care_plan_active_uk unique (active_patient_id)
);
create index care_plan_patient_idx on care_plan (patient_id, status, created_at);
create index care_plan_owner_idx on care_plan (owner);

create table care_plan_goal (
    id           bigint        not null primary key,
    care_plan_id bigint        not null references care_plan (id),
    patient_id   bigint        not null references patient (id),
    description  varchar(1000) not null,
    measure      varchar(200)  not null,
    target_value varchar(100)  not null,
    target_date  date          not null,
    status       varchar(12)   not null,
    created_by   varchar(100)  not null,
    created_at   timestamp     not null,
    updated_at   timestamp     not null,
    version      bigint        not null
);
create index care_plan_goal_plan_idx on care_plan_goal (care_plan_id, target_date);
create index care_plan_goal_patient_idx on care_plan_goal (patient_id);

create table care_plan_goal_note (
    id           bigint        not null primary key,
    goal_id      bigint        not null references care_plan_goal (id),
    care_plan_id bigint        not null references care_plan (id),
    noted_on     date          not null,
    note         varchar(2000) not null,
    author       varchar(100)  not null,
    recorded_at  timestamp     not null
);
create index care_plan_goal_note_plan_idx on care_plan_goal_note (care_plan_id, noted_on);
create index care_plan_goal_note_goal_idx on care_plan_goal_note (goal_id, noted_on);

create table care_plan_modality (
    id           bigint        not null primary key,
    care_plan_id bigint        not null references care_plan (id),
    patient_id   bigint        not null references patient (id),
    discipline   varchar(20)   not null,
    details      varchar(1000),
    frequency    varchar(200)  not null,
    responsible  varchar(100)  not null references clinic_user (username),
    status       varchar(12)   not null,
    created_by   varchar(100)  not null,
    created_at   timestamp     not null,
    updated_by   varchar(100)  not null,
    updated_at   timestamp     not null,
    version      bigint        not null
);
create index care_plan_modality_plan_idx on care_plan_modality (care_plan_id, discipline);
create index care_plan_modality_patient_idx on care_plan_modality (patient_id);
create index care_plan_modality_responsible_idx on care_plan_modality (responsible);

create table case_conference (
    id           bigint        not null primary key,
    patient_id   bigint        not null references patient (id),
    care_plan_id bigint        references care_plan (id),
    held_on      date          not null,
    attendees    varchar(1000) not null,
    decisions    varchar(4000),
    recorded_by  varchar(100)  not null,
    recorded_at  timestamp     not null
);
create index case_conference_patient_idx on case_conference (patient_id, held_on);
create index case_conference_plan_idx on case_conference (care_plan_id);

create table case_conference_input (
    id            bigint        not null primary key,
    conference_id bigint        not null references case_conference (id),
    discipline    varchar(20)   not null,
    input_text    varchar(4000) not null,
    constraint case_conference_input_uk unique (conference_id, discipline)
);

create table care_plan_task (
    id                 bigint       not null primary key,
    care_plan_id       bigint       not null references care_plan (id),
    patient_id         bigint       not null references patient (id),
    case_conference_id bigint       references case_conference (id),
    title              varchar(200) not null,
    assignee           varchar(100) not null references clinic_user (username),
    due_date           date         not null,
    status             varchar(10)  not null,
    created_by         varchar(100) not null,
    created_at         timestamp    not null,
    done_by            varchar(100),
    done_at            timestamp,
    version            bigint       not null
);
create index care_plan_task_plan_idx on care_plan_task (care_plan_id, status, due_date);
-- "My tasks": the assignee's tasks by status, earliest due first.
create index care_plan_task_assignee_idx on care_plan_task (assignee, status, due_date, id);
create index care_plan_task_patient_idx on care_plan_task (patient_id);
create index care_plan_task_conference_idx on care_plan_task (case_conference_id);
