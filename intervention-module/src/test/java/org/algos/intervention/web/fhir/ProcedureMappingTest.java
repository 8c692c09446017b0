package org.algos.intervention.web.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.algos.domain.value.Laterality;
import org.algos.domain.value.PainScore;
import org.algos.intervention.procedure.ChecklistAnswer;
import org.algos.intervention.procedure.ProcedureNote;
import org.algos.intervention.procedure.ProcedureRecord;
import org.algos.intervention.procedure.SafetyChecklist;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Procedure.ProcedureStatus;
import org.junit.jupiter.api.Test;

class ProcedureMappingTest {

    private static ProcedureRecord completedRfa() {
        ProcedureRecord r = Records.lumbarRfa(7);
        r.recordOutcome(new ProcedureNote("posterior oblique", "fluoroscopy", 35, 12.5, "22G RF cannula",
                "lidocaine 1 % 1 ml per level", "none", "home with escort"), PainScore.of(8), PainScore.of(2));
        return r;
    }

    @Test
    void aCompletedProcedureCarriesItsCptCodeDayAndSite() {
        Procedure p = ProcedureMapping.procedure(completedRfa());
        assertEquals("Procedure/7", p.getId());
        assertEquals("http://hl7.org/fhir/us/core/StructureDefinition/us-core-procedure",
                p.getMeta().getProfile().get(0).getValue());
        assertEquals(ProcedureStatus.COMPLETED, p.getStatus());
        assertEquals("Patient/42", p.getSubject().getReference());
        Coding cpt = p.getCode().getCoding().get(0);
        assertEquals("http://www.ama-assn.org/go/cpt", cpt.getSystem());
        assertEquals("64635", cpt.getCode(), "the base code, not the add-on for a further level");
        assertFalse(cpt.hasDisplay(), "CPT descriptions are the AMA's");
        Coding catalogue = p.getCode().getCoding().get(1);
        assertEquals("urn:algos:fhir:procedure", catalogue.getSystem());
        assertEquals("RFA_LUMBAR", catalogue.getCode());
        assertEquals("Lumbar facet radiofrequency ablation", p.getCode().getText());
        assertEquals("2026-11-20", p.getPerformedDateTimeType().getValueAsString());
        assertEquals("lumbar spine, L4-L5, L5-S1, left side", p.getBodySiteFirstRep().getText());
        assertEquals("Immediate relief 75 % (pain 8 before, 2 after)", p.getOutcome().getText());
    }

    @Test
    void theNoteIsTheProcedureNoteAndNoneIsNoComplication() {
        Procedure p = ProcedureMapping.procedure(completedRfa());
        assertEquals("Approach: posterior oblique. Guidance: fluoroscopy (35 s, 12.5 mGy·cm²). "
                + "Needle: 22G RF cannula. Medications: lidocaine 1 % 1 ml per level. Complications: none. "
                + "Disposition: home with escort.",
                p.getNoteFirstRep().getText());
        assertFalse(p.hasComplication());
        ProcedureRecord r = Records.lumbarRfa(8);
        r.recordOutcome(new ProcedureNote(null, null, null, null, null, null, "Vasovagal episode, resolved", null),
                null, null);
        Procedure withComplication = ProcedureMapping.procedure(r);
        assertEquals("Vasovagal episode, resolved", withComplication.getComplicationFirstRep().getText());
        assertFalse(withComplication.hasOutcome(), "no relief recorded, no outcome claimed");
    }

    @Test
    void thePhysicianWhoCompletedItIsThePerformerAndHistoryNamesNone() {
        ProcedureRecord r = Records.lumbarRfa(11);
        SafetyChecklist.ITEMS.keySet().forEach(item -> r.tick(item, ChecklistAnswer.DONE));
        r.complete(null, PainScore.of(6), PainScore.of(1), "dr.lee");
        assertEquals("Practitioner/dr.lee", ProcedureMapping.procedure(r).getPerformerFirstRep().getActor().getReference());
        assertFalse(ProcedureMapping.procedure(completedRfa()).hasPerformer());
    }

    @Test
    void aBookingIsInPreparationAndACancelledOneNotDoneBothWithoutAPerformedDate() {
        ProcedureRecord booked = Records.lumbarRfa(9);
        Procedure preparation = ProcedureMapping.procedure(booked);
        assertEquals(ProcedureStatus.PREPARATION, preparation.getStatus());
        assertFalse(preparation.hasPerformed());
        booked.checkIn();
        assertEquals(ProcedureStatus.PREPARATION, ProcedureMapping.procedure(booked).getStatus());
        booked.cancel();
        Procedure cancelled = ProcedureMapping.procedure(booked);
        assertEquals(ProcedureStatus.NOTDONE, cancelled.getStatus());
        assertTrue(cancelled.hasStatusReason());
        assertFalse(cancelled.hasPerformed());
    }

    @Test
    void aProcedureWithoutSpinalLevelsNamesTheSideOrNoSiteAtAll() {
        ProcedureRecord sij = Records.booked(10, "SIJ_INJECTION", Laterality.RIGHT, List.of(), Records.DAY);
        Procedure p = ProcedureMapping.procedure(sij);
        assertEquals("27096", p.getCode().getCodingFirstRep().getCode());
        assertEquals("right side", p.getBodySiteFirstRep().getText());
        assertFalse(ProcedureMapping.procedure(Records.booked(11, "SCS_TRIAL", null, List.of(), Records.DAY))
                .hasBodySite());
    }

    @Test
    void aCodeTheCatalogueNoLongerHasKeepsItsOwnCodeWithoutCpt() {
        Procedure p = ProcedureMapping.procedure(Records.booked(12, "RETIRED_CODE", null, List.of(), Records.DAY));
        assertEquals(1, p.getCode().getCoding().size());
        assertEquals("RETIRED_CODE", p.getCode().getCodingFirstRep().getCode());
    }
}
