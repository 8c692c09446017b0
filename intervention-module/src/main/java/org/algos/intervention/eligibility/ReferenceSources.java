package org.algos.intervention.eligibility;

/** The sources their publishers set out for each group of rules, as the user sees them. */
public final class ReferenceSources {

    public static final String FACET = "CMS LCD L38803 (facet joint interventions, Noridian) and the harmonised facet LCDs";
    public static final String EPIDURAL = "CMS LCD L39240 (epidural steroid injections) and sister LCDs";
    public static final String SPINAL_CORD_STIMULATION = "CMS NCD 160.7 and LCD summaries; Neuromodulation Foundation";

    private ReferenceSources() {
    }
}
