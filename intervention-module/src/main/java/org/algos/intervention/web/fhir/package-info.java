/**
 * The intervention slice in FHIR R4: procedures as US Core Procedures, their immediate relief and
 * follow-ups as Observations, bookings as US Core ServiceRequests with their eligibility findings.
 */
package org.algos.intervention.web.fhir;
