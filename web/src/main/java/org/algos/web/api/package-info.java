/**
 * The assembly's REST resources: the API application, patients and their record, users, the audit trail.
 */
package org.algos.web.api;
