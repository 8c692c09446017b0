-- Patients, users, care teams, break-glass grants and the audit trail.
-- Sequences step by the JPA allocation size (50).

create sequence patient_seq start with 50 increment by 50;
create sequence care_team_member_seq start with 50 increment by 50;
create sequence break_glass_grant_seq start with 50 increment by 50;

create table patient (
    id              bigint       not null primary key,
    mrn             varchar(40)  not null,
    given_name      varchar(100) not null,
    family_name     varchar(100) not null,
    given_name_key  varchar(100) not null,
    family_name_key varchar(100) not null,
    birth_date      date         not null,
    sex             varchar(10)  not null,
    created_at      timestamp    not null,
    version         bigint       not null,
    constraint patient_mrn_uk unique (mrn)
);
create index patient_family_name_key_idx on patient (family_name_key, given_name_key);
create index patient_given_name_key_idx on patient (given_name_key);

create table clinic_user (
    username     varchar(100) not null primary key,
    display_name varchar(200) not null,
    role         varchar(20)  not null,
    patient_id   bigint references patient (id),
    active       boolean      not null,
    created_at   timestamp    not null,
    version      bigint       not null
);
create index clinic_user_patient_idx on clinic_user (patient_id);

create table user_credential (
    username      varchar(100) not null primary key references clinic_user (username),
    password_hash varchar(200) not null,
    changed_at    timestamp    not null
);

create table care_team_member (
    id         bigint       not null primary key,
    patient_id bigint       not null references patient (id),
    username   varchar(100) not null references clinic_user (username),
    team_role  varchar(20)  not null,
    added_at   timestamp    not null,
    added_by   varchar(100) not null,
    constraint care_team_member_uk unique (patient_id, username)
);
create index care_team_member_user_idx on care_team_member (username, patient_id);

create table break_glass_grant (
    id         bigint        not null primary key,
    patient_id bigint        not null references patient (id),
    username   varchar(100)  not null references clinic_user (username),
    reason     varchar(1000) not null,
    granted_at timestamp     not null,
    expires_at timestamp     not null
);
create index break_glass_grant_user_idx on break_glass_grant (username, patient_id, expires_at);

-- Append-only: ids are consecutive from 1, and each row's hash covers the previous row's hash.
create table audit_event (
    id          bigint        not null primary key,
    occurred_at timestamp     not null,
    username    varchar(100)  not null,
    user_role   varchar(20),
    action      varchar(20)   not null,
    patient_id  bigint,
    resource    varchar(200),
    outcome     varchar(10)   not null,
    purpose     varchar(1000),
    detail      varchar(2000),
    flagged     boolean       not null,
    prev_hash   varchar(64)   not null,
    hash        varchar(64)   not null
);
create index audit_event_patient_idx on audit_event (patient_id, id);

create table audit_chain_head (
    id            integer     not null primary key,
    last_event_id bigint      not null,
    last_hash     varchar(64) not null
);
insert into audit_chain_head (id, last_event_id, last_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
