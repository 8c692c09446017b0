/**
 * Imaging findings recorded from the report: modality, finding, levels and side.
 */
package org.algos.diagnosis.imaging;
