/** The diagnosis slice in FHIR R4: diagnoses as US Core Conditions. */
package org.algos.diagnosis.web.fhir;
