/**
 * What a patient states for shared decisions: how involved they want to be, treatments they would
 * rather avoid or want to discuss, what matters most to them in their own words, and how they
 * prefer to be contacted. The patient writes them; the care team reads them on the chart.
 * No source used here sets rules for shared decision-making; the five roles of
 * {@link org.algos.careplan.preference.Involvement} follow the Control Preferences Scale
 * (Degner, Sloan and Venkatesh 1997) in our own words.
 */
package org.algos.careplan.preference;
