package org.algos.intervention.procedure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.algos.domain.access.AccessDeniedException;
import org.algos.domain.common.NotFoundException;
import org.algos.domain.patient.Patient;
import org.algos.domain.port.DiagnosticBlockHistory;
import org.algos.domain.testkit.InMemoryDatabase;
import org.algos.domain.user.Caller;
import org.algos.intervention.InterventionPersistence;
import org.algos.intervention.eligibility.EligibilityEngine;
import org.algos.intervention.eligibility.EligibilityResult;
import org.algos.intervention.eligibility.EligibilitySettings;
import org.algos.intervention.eligibility.Finding;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A procedure read by its id (FHIR reads) and a booking's eligibility as judged when it is read. */
class ProcedureByIdJpaTest {

    @RegisterExtension
    static final InMemoryDatabase db = InterventionPersistence.database();

    private static final DiagnosticBlockHistory NO_BLOCKS = patient -> List.of();

    private final Procedures procedures = db.service(Procedures.class,
            new EligibilityEngine(EligibilitySettings.defaults()), NO_BLOCKS);
    private Patient jane;
    private Caller lee;

    @BeforeEach
    void aPatientWithHerPhysician() {
        jane = db.people().patient("Jane", "Doe");
        lee = db.people().physician("dr.lee", jane);
        db.actAs(lee);
    }

    private ProcedureRecord esi(int inDays, String status) {
        return db.call(() -> procedures.book(jane.id(), new Procedures.Booking("ESI_LUMBAR_IL", null,
                List.of("L4-L5"), db.today().plusDays(inDays).toString(), status, 10, 4, null, false)));
    }

    private Optional<EligibilityResult> eligibilityOf(ProcedureRecord booked) {
        return db.call(() -> {
            FoundProcedure found = procedures.get(booked.id());
            return procedures.eligibilityOf(found.patient(), found.procedure());
        });
    }

    @Test
    void aProcedureIsReadByItsIdWithItsFollowUpsUnderTheGuard() {
        ProcedureRecord done = esi(-30, "completed");
        db.run(() -> procedures.followUp(jane.id(), done.id(), db.today().toString(), 3, 60, "walks"));
        FoundProcedure found = db.call(() -> procedures.get(done.id()));
        assertEquals(done.id(), found.procedure().id());
        assertEquals(jane.id(), found.patient().id());
        assertEquals(List.of(60), found.followUps().stream().map(FollowUp::reliefPercent).toList());
        assertThrows(NotFoundException.class, () -> db.call(() -> procedures.get(done.id() + 1000)));
        db.actAs(db.people().physician("dr.other"));
        assertThrows(AccessDeniedException.class, () -> db.call(() -> procedures.get(done.id())));
    }

    @Test
    void aBookingIsJudgedWithoutCountingItselfOnTheChartAsItIsNow() {
        for (int daysAgo : new int[] {300, 200, 100}) {
            esi(-daysAgo, "completed");
        }
        ProcedureRecord fourth = esi(10, "scheduled");
        EligibilityResult now = eligibilityOf(fourth).orElseThrow();
        assertTrue(now.eligible(), now.reasons().toString());

        db.call(() -> procedures.book(jane.id(), new Procedures.Booking("ESI_LUMBAR_IL", null, List.of("L4-L5"),
                db.today().plusDays(20).toString(), null, null, null, "payer approved a fifth session", true)));

        assertEquals(List.of("EsiSessionsPerRollingYear"),
                eligibilityOf(fourth).orElseThrow().reasons().stream().map(Finding::rule).toList());
    }

    @Test
    void aPatientReadingTheirBookingGetsNoFindings() {
        ProcedureRecord booked = esi(10, "scheduled");
        db.actAs(db.people().account(jane));
        assertEquals(Optional.empty(), eligibilityOf(booked));
    }
}
