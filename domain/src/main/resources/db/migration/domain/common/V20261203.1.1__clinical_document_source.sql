-- What a document was made from (a procedure note names its procedure, "Procedure/12") and its
-- size, so that lists of documents never read the content itself.
alter table clinical_document add column source_record varchar(100);
alter table clinical_document add column content_size integer;
update clinical_document set content_size = octet_length(content);
alter table clinical_document alter column content_size set not null;
