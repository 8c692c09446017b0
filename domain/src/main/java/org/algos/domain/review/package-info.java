/**
 * The auditor's review of break-glass grants: a queue of the grants nobody has reviewed yet,
 * oldest first, each with what was done under it, and a verdict recorded once per grant.
 */
package org.algos.domain.review;
