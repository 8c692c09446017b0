/**
 * Per-record access: the care-team policy, break-glass grants and the one guard every service asks,
 * which hands back the AuthorizedPatient proof that ports and chart sections take.
 */
package org.algos.domain.access;
