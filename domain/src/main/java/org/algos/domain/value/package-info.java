/**
 * Value objects shared by every module: pain scores, body regions, sides, spinal levels, coded concepts.
 */
package org.algos.domain.value;
