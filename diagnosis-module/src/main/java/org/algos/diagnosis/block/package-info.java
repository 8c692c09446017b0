/**
 * Diagnostic nerve blocks with measured relief, offered to the intervention rules through the
 * domain port DiagnosticBlockHistory.
 */
package org.algos.diagnosis.block;
