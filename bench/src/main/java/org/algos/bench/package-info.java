/**
 * JMH benchmarks of the clinical rules and of document rendering (run on demand by bench/run, never in the build).
 */
package org.algos.bench;
