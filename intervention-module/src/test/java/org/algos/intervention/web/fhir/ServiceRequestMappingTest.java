package org.algos.intervention.web.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.algos.domain.value.Laterality;
import org.algos.domain.value.PainScore;
import org.algos.intervention.catalogue.Procedure;
import org.algos.intervention.eligibility.EligibilityEngine;
import org.algos.intervention.eligibility.EligibilityRequest;
import org.algos.intervention.eligibility.EligibilityResult;
import org.algos.intervention.eligibility.EligibilitySettings;
import org.algos.intervention.eligibility.PatientFacts;
import org.algos.intervention.procedure.ProcedureRecord;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.junit.jupiter.api.Test;

class ServiceRequestMappingTest {

    private static final EligibilityEngine ENGINE = new EligibilityEngine(EligibilitySettings.defaults());

    /** A first lumbar ablation with no medial branch block on record: the first-RFA rule refuses. */
    private static EligibilityResult firstRfaWithoutBlocks() {
        return ENGINE.evaluate(new EligibilityRequest(Procedure.RFA_LUMBAR, Laterality.LEFT, Records.DAY),
                PatientFacts.none());
    }

    private static List<String> notes(ServiceRequest s) {
        return s.getNote().stream().map(Annotation::getText).toList();
    }

    @Test
    void aBookingIsAnActiveOrderForTheDayWithTheProcedureCode() {
        ServiceRequest s = ServiceRequestMapping.serviceRequest(Records.lumbarRfa(7), Optional.empty(), List.of(),
                u -> "Dr Lee");
        assertEquals("ServiceRequest/7", s.getId());
        assertEquals("http://hl7.org/fhir/us/core/StructureDefinition/us-core-servicerequest",
                s.getMeta().getProfile().get(0).getValue());
        assertEquals(ServiceRequest.ServiceRequestStatus.ACTIVE, s.getStatus());
        assertEquals(ServiceRequest.ServiceRequestIntent.ORDER, s.getIntent());
        assertEquals("http://snomed.info/sct", s.getCategoryFirstRep().getCodingFirstRep().getSystem());
        assertEquals("387713003", s.getCategoryFirstRep().getCodingFirstRep().getCode());
        assertEquals("http://www.ama-assn.org/go/cpt", s.getCode().getCodingFirstRep().getSystem());
        assertEquals("64635", s.getCode().getCodingFirstRep().getCode());
        assertEquals("2026-11-20", s.getOccurrenceDateTimeType().getValueAsString());
        assertEquals("2026-11-02T09:30:00Z", s.getAuthoredOnElement().getValueAsString());
        assertEquals("Practitioner/dr.lee", s.getRequester().getReference());
        assertEquals("Dr Lee", s.getRequester().getDisplay());
        assertEquals("Patient/42", s.getSubject().getReference());
        assertEquals("lumbar spine, L4-L5, L5-S1, left side", s.getBodySiteFirstRep().getText());
        assertTrue(s.getNote().isEmpty(), "no findings for a caller who may not see them");
    }

    @Test
    void eachFindingIsANoteWithItsVerdictRuleMessageAndSource() {
        ServiceRequest s = ServiceRequestMapping.serviceRequest(Records.lumbarRfa(7),
                Optional.of(firstRfaWithoutBlocks()), List.of(), u -> null);
        List<String> notes = notes(s);
        assertEquals("Eligibility: not eligible, 1 rule refuses.", notes.get(0));
        assertEquals("[refuses] FirstRfaNeedsTwoPositiveMedialBranchBlocks: A first lumbar facet radiofrequency "
                + "ablation needs 2 lumbar medial branch blocks on different dates, each with at least 80 % relief and "
                + "covering the side; missing for left (no positive block). (source: CMS LCD L38803 (facet joint "
                + "interventions, Noridian) and the harmonised facet LCDs)", notes.get(1));
        assertTrue(notes.contains("[met] RfaSessionsPerRollingYear: At most 2 facet radiofrequency ablation "
                + "sessions per spinal area (cervicothoracic or lumbosacral) in any rolling 12 months. "
                + "(source: CMS LCD L38803 "
                + "(facet joint interventions, Noridian) and the harmonised facet LCDs)"), notes.toString());
        assertTrue(notes.stream().anyMatch(n -> n.startsWith("[reminder] FacetProcedureDocumentation: ")),
                notes.toString());
    }

    @Test
    void aPhysiciansOverrideIsANoteTheyAuthoredWithTheirReason() {
        ProcedureRecord r = Records.lumbarRfa(7);
        r.overrideEligibility("Second block done at another clinic, report scanned", "dr.lee");
        ServiceRequest s = ServiceRequestMapping.serviceRequest(r, Optional.of(firstRfaWithoutBlocks()), List.of(),
                u -> "Dr Lee");
        Annotation override = s.getNote().get(s.getNote().size() - 1);
        assertEquals("Eligibility override: Second block done at another clinic, report scanned", override.getText());
        assertEquals("Practitioner/dr.lee", override.getAuthorReference().getReference());
        assertEquals("Dr Lee", override.getAuthorReference().getDisplay());
    }

    @Test
    void supportingInfoNamesTheProceduresTheRulesCount() {
        ProcedureRecord booked = Records.lumbarRfa(7);
        ProcedureRecord earlier = Records.booked(3, "RFA_LUMBAR", Laterality.RIGHT, List.of("L4-L5"),
                Records.DAY.minusMonths(8));
        earlier.recordOutcome(null, PainScore.of(7), PainScore.of(1));
        ProcedureRecord cancelled = Records.booked(4, "RFA_LUMBAR", Laterality.LEFT, List.of("L4-L5"),
                Records.DAY.minusMonths(2));
        cancelled.cancel();
        ProcedureRecord cervical = Records.booked(5, "RFA_CERVICAL", Laterality.LEFT, List.of("C4-C5"),
                Records.DAY.minusMonths(1));
        ProcedureRecord block = Records.booked(6, "MBB_LUMBAR", Laterality.LEFT, List.of("L4-L5"),
                Records.DAY.minusMonths(1));
        ServiceRequest s = ServiceRequestMapping.serviceRequest(booked, Optional.empty(),
                List.of(earlier, cancelled, cervical, block, booked), u -> null);
        assertEquals(1, s.getSupportingInfo().size(), "same family and area, not cancelled, not itself");
        assertEquals("Procedure/3", s.getSupportingInfoFirstRep().getReference());
        assertEquals("Lumbar facet radiofrequency ablation on 2026-03-20 (completed)",
                s.getSupportingInfoFirstRep().getDisplay());
    }

    @Test
    void onlyBookingsStillToBeDoneAreServiceRequests() {
        ProcedureRecord r = Records.lumbarRfa(7);
        assertTrue(ServiceRequestMapping.isBooked(r));
        r.checkIn();
        assertTrue(ServiceRequestMapping.isBooked(r));
        r.cancel();
        assertFalse(ServiceRequestMapping.isBooked(r));
        ProcedureRecord done = Records.lumbarRfa(8);
        done.recordOutcome(null, null, null);
        assertFalse(ServiceRequestMapping.isBooked(done));
    }
}
