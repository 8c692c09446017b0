-- FHIR bulk exports (Patient/$export) of the hospital's data warehouse: one row per export, from
-- kick-off to the files' expiry. The files themselves are NDJSON under ALGOS_DATA/bulk-export/<id>;
-- "output" lists them once the export completes ("Patient=120,Condition=340").
create table bulk_export_job (
    id               varchar(36)   not null primary key,
    requested_by     varchar(100)  not null,
    requested_at     timestamp     not null,
    request_url      varchar(2000) not null,
    resource_types   varchar(1000) not null,
    since            timestamp,
    status           varchar(12)   not null,
    patients_total   integer       not null,
    patients_done    integer       not null,
    output           varchar(2000),
    error            varchar(1000),
    finished_at      timestamp,
    expires_at       timestamp,
    version          bigint        not null
);
create index bulk_export_job_owner_idx on bulk_export_job (requested_by, requested_at);
create index bulk_export_job_status_idx on bulk_export_job (status, expires_at);
