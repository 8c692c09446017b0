/**
 * What the embedded H2 database runs of the application's own code: the trigger that keeps the
 * audit trail append-only. Compiled against the H2 the server provides, never bundled with it.
 */
package org.algos.domain.persistence.h2;
