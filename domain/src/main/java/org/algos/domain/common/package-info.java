/**
 * Errors every module raises (invalid input with its fields, not found, conflict, refused by a rule),
 * paging and clocks.
 */
package org.algos.domain.common;
