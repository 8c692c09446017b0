/**
 * The multidisciplinary care plan of one episode: SMART goals with progress notes, modalities by
 * discipline with a responsible clinician, and team tasks. Goals, modalities and tasks are rows of
 * their own that refer to the plan by id, so a plan is read with one query per part. The rules of
 * who edits what ({@link org.algos.careplan.plan.ModalityPermissions}) and which status may follow
 * which ({@link org.algos.careplan.plan.CarePlanStatus}, {@link org.algos.careplan.plan.GoalStatus})
 * are pure Java and unit-tested.
 */
package org.algos.careplan.plan;
