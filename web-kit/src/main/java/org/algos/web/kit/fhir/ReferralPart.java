package org.algos.web.kit.fhir;

import org.hl7.fhir.r4.model.Resource;

/**
 * A slice's share of a referral Bundle ({@code POST /fhir}, a transaction): the resources it
 * takes into the referred patient's record (Conditions for the diagnosis slice, medication
 * statements for the care plan). The server runs every part in one transaction, so one refused
 * entry leaves nothing behind.
 */
public interface ReferralPart {

    /** Whether this part takes this entry of the Bundle. */
    boolean takes(Resource resource);

    /**
     * Adds the resource to the patient's record through the slice's own service (the same rules,
     * access check and audit as any other write) and returns the reference of what was stored
     * ({@code Condition/12}). What cannot be taken is refused with an exception whose message
     * starts with {@code path}, the FHIRPath of the entry ({@code Bundle.entry[2].resource}), and
     * names the element.
     */
    String take(long patientId, Resource resource, String path);
}
