/**
 * The diagnosis slice's portal beans: questionnaire and pain entry pages, and the chart's safety
 * alerts, trends, diagnoses, imaging, blocks and summary tiles.
 */
package org.algos.diagnosis.web.portal;
