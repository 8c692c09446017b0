/**
 * Errors every module raises (invalid input with its fields, not found, conflict, refused by a rule),
 * paging, clocks, and the id a record is about to be created under.
 */
package org.algos.domain.common;
