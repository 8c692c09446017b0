/**
 * Ports through which a feature module reads facts another one owns, without depending on it;
 * the owner implements them, CDI wires them when the WAR deploys. Each takes AuthorizedPatient.
 */
package org.algos.domain.port;
