/**
 * What every slice's FHIR mapping shares: the profiles claimed, the Algos code systems, reading
 * ids and search parameters, and a page of results as HAPI pages it.
 */
package org.algos.web.kit.fhir;
