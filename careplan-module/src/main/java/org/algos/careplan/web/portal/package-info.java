/**
 * The care plan slice's portal beans: the chart's medications and care-plan sections and its summary
 * tiles, the care-plan editor, case conferences, my tasks, and the patient's own diary, plan,
 * reading and preferences.
 */
package org.algos.careplan.web.portal;
