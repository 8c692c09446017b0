/**
 * The FHIR R4 server at {@code /fhir} (HAPI FHIR's plain server): the servlet, its refusals as
 * OperationOutcome, and the Patient mapping. Each feature slice maps its own data with resource
 * providers the servlet finds as CDI beans.
 */
package org.algos.web.fhir;
