-- Questionnaires a completed procedure asks of the patient afterwards (its outcome schedule): the
-- procedure and the follow-up point they belong to, and the day they open (before it the patient
-- does not see them). Requests made by hand have none of the three.
alter table questionnaire_assignment add column procedure_id bigint;
alter table questionnaire_assignment add column follow_up_point varchar(4);
alter table questionnaire_assignment add column opens_on date;

-- A procedure's requests, withdrawn when it is repeated; and the team's overdue follow-ups.
create index questionnaire_assignment_procedure_idx on questionnaire_assignment (procedure_id);
create index questionnaire_assignment_overdue_idx on questionnaire_assignment (completed_at, due_on, procedure_id);
