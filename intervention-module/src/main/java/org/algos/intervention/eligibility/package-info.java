/**
 * Eligibility rules checked before a procedure is scheduled, each taken from the published
 * coverage criteria their publishers set out (CMS facet LCD L38803, ESI LCD L39240, SCS
 * NCD 160.7) and each answering with that source. Pure Java: the caller gathers the patient's
 * facts through the domain ports and hands them in.
 */
package org.algos.intervention.eligibility;
