-- Which procedures of the catalogue the clinic offers; a procedure without a row is offered.
create table procedure_offer (
    procedure_code varchar(30)  not null primary key,
    offered        boolean      not null,
    changed_by     varchar(100) not null,
    changed_at     timestamp    not null,
    version        bigint       not null
);
