/**
 * The responder statistics of the outcomes registry: the share of patients who responded with
 * its Wilson interval and its worst case, the IMMPACT pain responder thresholds, and the median
 * and quartiles of a measure. Pure Java: the caller counts the patients and hands the figures in.
 */
package org.algos.intervention.outcome;
