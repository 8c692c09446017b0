/**
 * Integrated care: multidisciplinary care plans, goals, team tasks, case conferences,
 * medications with opioid MME, psychological evaluations, patient education and the pain diary.
 * Depends on the shared kernel only.
 */
package org.algos.careplan;
