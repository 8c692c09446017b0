/**
 * Clinic users, their roles and the caller of a request.
 */
package org.algos.domain.user;
