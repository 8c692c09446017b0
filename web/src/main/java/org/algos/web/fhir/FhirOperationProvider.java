package org.algos.web.fhir;

/**
 * A CDI bean whose methods are FHIR operations not tied to one resource type's provider (a
 * transaction Bundle, a bulk export's kick-off); the server registers every one it finds, so a
 * package that contributes one needs no line here.
 */
public interface FhirOperationProvider {
}
