-- Opioid safety book-keeping: one row per patient with the dates of the treatment agreement,
-- the last drug screen (and its result), the last PDMP check and when naloxone was offered.

create sequence opioid_safety_seq start with 50 increment by 50;

create table opioid_safety (
    id                  bigint       not null primary key,
    patient_id          bigint       not null references patient (id),
    agreement_signed_on date,
    drug_screen_on      date,
    drug_screen_result  varchar(200),
    pdmp_checked_on     date,
    naloxone_offered_on date,
    updated_by          varchar(100) not null,
    updated_at          timestamp    not null,
    version             bigint       not null,
    constraint opioid_safety_patient_uk unique (patient_id)
);
