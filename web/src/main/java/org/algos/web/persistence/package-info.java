/**
 * The data source (H2 by default, PostgreSQL in production), the migrations of every module, readiness.
 */
package org.algos.web.persistence;
