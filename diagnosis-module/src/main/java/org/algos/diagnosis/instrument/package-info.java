/**
 * Validated questionnaires (instruments) and their scoring: one small class per instrument,
 * each citing its source as given in the Algos clinical reference (shared
 * {@code docs/clinical-reference.md}, section "Questionnaires (instruments)"). Answers are
 * checked before scoring ({@link org.algos.diagnosis.instrument.AnswerCheck}); improvement is
 * always a fall, because lower is better on every instrument here.
 */
package org.algos.diagnosis.instrument;
