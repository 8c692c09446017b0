-- The physician who completed (performed) a procedure: the procedure note and FHIR's
-- Procedure.performer name them. Empty for procedures completed before this column existed and
-- for history recorded after the fact.
alter table procedure_record add column performed_by varchar(100);
