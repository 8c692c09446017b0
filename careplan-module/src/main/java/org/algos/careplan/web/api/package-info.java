/**
 * The care plan slice's REST resources: care plans with goals, modalities and tasks, case
 * conferences, medications with MME and opioid safety, the pain diary, education and preferences.
 */
package org.algos.careplan.web.api;
