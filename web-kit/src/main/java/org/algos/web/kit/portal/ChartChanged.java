package org.algos.web.kit.portal;

/**
 * Fired by a chart section after it changed the record, so that sections showing what the change
 * affects (the summary, the holds beside the medications) read again. Observers use
 * {@code notifyObserver = IF_EXISTS}: only sections already on the page react.
 *
 * @param patientId the chart's patient
 * @param section   the section that changed, e.g. "medications"
 */
public record ChartChanged(long patientId, String section) {
}
