package org.algos.intervention.web.fhir;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.algos.domain.value.Laterality;
import org.algos.intervention.catalogue.Procedure;
import org.algos.intervention.procedure.ProcedureRecord;
import org.algos.web.kit.fhir.Fhir;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;

/**
 * What a procedure and its booking say alike: the code (the catalogue's base CPT code, which US
 * Core's procedure code value set includes, and the catalogue's own code) and the body site in
 * words. CPT carries no display: its descriptions are the AMA's, and the text is Algos' name.
 * The add-on codes for further levels are billing lines, not another procedure, so they stay out.
 */
final class CatalogueCodes {

    static final String CPT = "http://www.ama-assn.org/go/cpt";
    static final String CATALOGUE = Fhir.ALGOS_CODES + "procedure";

    private CatalogueCodes() {
    }

    static CodeableConcept code(ProcedureRecord record) {
        Optional<Procedure> listed = Procedure.fromCode(record.procedure());
        String name = listed.map(Procedure::displayName).orElse(record.procedure());
        CodeableConcept code = new CodeableConcept();
        listed.ifPresent(p -> code.addCoding().setSystem(CPT).setCode(p.cptCodes().get(0)));
        return code.addCoding(new Coding(CATALOGUE, record.procedure(), name)).setText(name);
    }

    /**
     * Region, levels and side in words ("lumbar spine, L4-L5, L5-S1, left side"): the clinical
     * reference verifies no SNOMED CT codes for them. Empty when the record names none of them.
     */
    static Optional<CodeableConcept> bodySite(ProcedureRecord record) {
        List<String> parts = new ArrayList<>();
        Procedure.fromCode(record.procedure()).flatMap(Procedure::spineRegion)
                .ifPresent(region -> parts.add(region.name().toLowerCase(Locale.ROOT) + " spine"));
        parts.addAll(record.levels());
        if (record.side() != null) {
            parts.add(record.side() == Laterality.MIDLINE ? "midline" : record.side().code() + " side");
        }
        return parts.isEmpty() ? Optional.empty()
                : Optional.of(new CodeableConcept().setText(String.join(", ", parts)));
    }

    /** The catalogue entry a record names; empty for a code the catalogue no longer has. */
    static Optional<Procedure> listed(ProcedureRecord record) {
        return Procedure.fromCode(record.procedure());
    }
}
