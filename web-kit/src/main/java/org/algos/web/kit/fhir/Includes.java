package org.algos.web.kit.fhir;

import ca.uhn.fhir.model.api.Include;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Property;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * {@code _include} of the patient ({@code Observation:patient}, {@code Condition:subject}, or
 * {@code *}): the search attaches the one Patient to each result's reference, and HAPI's bundle
 * writer adds it to the Bundle once, as an included entry.
 */
public final class Includes {

    private Includes() {
    }

    public static boolean wantPatient(Set<Include> includes) {
        return includes != null && includes.stream().anyMatch(i -> "*".equals(i.getValue())
                || "patient".equals(i.getParamName()) || "subject".equals(i.getParamName()));
    }

    /** Attaches {@code patient} to the {@code subject} (or {@code patient}) reference of each resource. */
    public static <T extends Resource> List<T> attach(List<T> found, Patient patient) {
        for (T resource : found) {
            for (String element : List.of("subject", "patient")) {
                Property property = resource.getNamedProperty(element);
                if (property != null && property.hasValues()) {
                    for (Base value : property.getValues()) {
                        if (value instanceof Reference) {
                            ((Reference) value).setResource(patient);
                        }
                    }
                }
            }
        }
        return found;
    }
}
