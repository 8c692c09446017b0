package org.algos.intervention.catalogue;

/** Groups of procedures that share coverage rules, session limits and documentation. */
public enum ProcedureFamily {
    FACET_BLOCK, FACET_RFA, EPIDURAL, SACROILIAC, NEUROMODULATION, SOFT_TISSUE, SYMPATHETIC
}
