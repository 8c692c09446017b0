/**
 * Validated questionnaires (instruments) and their scoring: one small class per instrument,
 * each citing its primary published source and the source of its MCID (the list with tests is in
 * {@code docs/clinical-rules.md}). Answers are
 * checked before scoring ({@link org.algos.diagnosis.instrument.AnswerCheck}); improvement is
 * always a fall, because lower is better on every instrument here.
 */
package org.algos.diagnosis.instrument;
