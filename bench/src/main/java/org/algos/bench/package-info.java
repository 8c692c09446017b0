/**
 * JMH benchmarks of the clinical rules (run on demand by bench/run, never in the build).
 */
package org.algos.bench;
