-- The days the patient was told by e-mail that a request opened and that it closes soon; each is
-- written once, so a request gives at most one message of each kind.
alter table questionnaire_assignment add column opened_notice_on date;
alter table questionnaire_assignment add column closing_notice_on date;

-- The sender's daily questions: open, unanswered requests still without the notice.
create index questionnaire_assignment_notice_idx
    on questionnaire_assignment (completed_at, opened_notice_on, closing_notice_on, due_on);
