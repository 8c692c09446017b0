/**
 * The audit trail: every read, write, search and refusal of patient data, chained with SHA-256.
 */
package org.algos.domain.audit;
