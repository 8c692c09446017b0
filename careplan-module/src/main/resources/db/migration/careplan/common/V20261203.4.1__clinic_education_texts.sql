-- The clinic's own education texts, beside the ones shipped with Algos: a draft until a clinician
-- approves it; only approved texts can be given to patients. The code is the key assignments keep
-- (education_assignment.topic), shared with the shipped codes, which the application keeps apart.
create table education_text (
    code         varchar(60)    not null primary key,
    title        varchar(120)   not null,
    summary      varchar(300)   not null,
    minutes      integer        not null,
    markdown     varchar(20000) not null,
    status       varchar(20)    not null,
    written_by   varchar(100)   not null,
    changed_at   timestamp      not null,
    approved_by  varchar(100),
    approved_at  timestamp,
    withdrawn_by varchar(100),
    withdrawn_at timestamp,
    version      bigint         not null,
    constraint education_text_title_uk unique (title),
    constraint education_text_status_ck check (status in ('DRAFT', 'APPROVED', 'WITHDRAWN')),
    constraint education_text_minutes_ck check (minutes between 1 and 60)
);

-- The texts that can be given (approved) and the administrator's list, both by status then title.
create index education_text_status_idx on education_text (status, title);
