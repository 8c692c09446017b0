package org.algos.intervention.procedure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.algos.domain.audit.AuditAction;
import org.algos.domain.audit.AuditEvent;
import org.algos.domain.common.InvalidInputException;
import org.algos.domain.common.NotFoundException;
import org.algos.domain.common.RuleFinding;
import org.algos.domain.common.RuleRefusedException;
import org.algos.domain.patient.Patient;
import org.algos.domain.port.DiagnosticBlockHistory;
import org.algos.domain.testkit.InMemoryDatabase;
import org.algos.domain.user.Caller;
import org.algos.domain.user.Role;
import org.algos.domain.value.Laterality;
import org.algos.intervention.InterventionPersistence;
import org.algos.intervention.catalogue.Procedure;
import org.algos.intervention.eligibility.EligibilityEngine;
import org.algos.intervention.eligibility.EligibilitySettings;
import org.algos.intervention.eligibility.Finding;
import org.algos.intervention.offer.ClinicOffer;
import org.algos.intervention.procedure.Procedures.Listed;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Procedure history, the facts the eligibility rules read, and the day's worklist, from the database. */
class ProceduresJpaTest {

    @RegisterExtension
    static final InMemoryDatabase db = InterventionPersistence.database();

    /** No diagnostic blocks on record: the diagnosis module is not part of this test. */
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

    private ProcedureRecord done(Patient patient, String procedure, String side, int daysAgo, int before, int after) {
        return db.call(() -> procedures.book(patient.id(), new Procedures.Booking(procedure, side, List.of("L4-L5"),
                db.today().minusDays(daysAgo).toString(), "completed", before, after, null, false)));
    }

    private ProcedureRecord booked(Patient patient, String procedure, int inDays) {
        return db.call(() -> procedures.book(patient.id(), new Procedures.Booking(procedure, null, List.of("L4-L5"),
                db.today().plusDays(inDays).toString(), "scheduled", null, null, null, false)));
    }

    private void followUp(Patient patient, ProcedureRecord procedure, int daysAgo, int relief) {
        db.run(() -> procedures.followUp(patient.id(), procedure.id(), db.today().minusDays(daysAgo).toString(), 3,
                relief, null));
    }

    private List<String> refusingRules(String procedure, int inDays) {
        return db.call(() -> procedures.eligibility(jane.id(), procedure, null, db.today().plusDays(inDays).toString()))
                .result().reasons().stream().map(Finding::rule).toList();
    }

    @Test
    void theHistoryListsProceduresOldestFirstEachWithItsOwnFollowUpsOldestFirst() {
        ProcedureRecord rfa = done(jane, "RFA_LUMBAR", "left", 30, 7, 2);
        ProcedureRecord mbb = done(jane, "MBB_LUMBAR", "left", 90, 7, 1);
        followUp(jane, rfa, 10, 70);
        followUp(jane, rfa, 25, 80);
        Patient john = db.people().patient("John", "Roe");
        db.people().joinTeam(lee, john);
        followUp(john, done(john, "RFA_LUMBAR", "right", 30, 8, 2), 20, 10);

        List<Listed> history = db.call(() -> procedures.history(jane.id()));

        assertEquals(List.of(mbb.id(), rfa.id()), history.stream().map(l -> l.procedure().id()).toList());
        assertEquals(List.of(), history.get(0).followUps());
        assertEquals(List.of(db.today().minusDays(25), db.today().minusDays(10)),
                history.get(1).followUps().stream().map(FollowUp::followUpOn).toList());
        assertEquals(List.of(80, 70), history.get(1).followUps().stream().map(FollowUp::reliefPercent).toList());
        assertEquals(71.4, history.get(1).procedure().reliefPercent());
    }

    @Test
    void aRepeatEpiduralCountsTheReliefFoundAtItsOwnFollowUpNotAnotherProceduresOne() {
        ProcedureRecord esi = done(jane, "ESI_LUMBAR_IL", null, 60, 5, 4);   // 20 % straight after
        followUp(jane, done(jane, "SIJ_INJECTION", "left", 50, 6, 1), 30, 90);
        assertEquals(List.of("RepeatEsiNeedsRelief"), refusingRules("ESI_LUMBAR_IL", 7));

        followUp(jane, esi, 40, 60);

        assertEquals(List.of(), refusingRules("ESI_LUMBAR_IL", 7));
    }

    @Test
    void aCancelledBookingDoesNotCountAgainstTheSessionLimit() {
        for (int daysAgo : new int[] {300, 200, 100}) {
            done(jane, "ESI_LUMBAR_IL", null, daysAgo, 10, 4);               // 60 %: repeats allowed
        }
        ProcedureRecord cancelled = booked(jane, "ESI_LUMBAR_IL", 10);
        db.run(() -> procedures.cancel(jane.id(), cancelled.id()));
        assertEquals(List.of(), refusingRules("ESI_LUMBAR_IL", 20), "three done and this one make four");

        booked(jane, "ESI_LUMBAR_IL", 12);

        assertEquals(List.of("EsiSessionsPerRollingYear"), refusingRules("ESI_LUMBAR_IL", 20));
    }

    @Test
    void aRefusedBookingStoresNothingAndAPhysiciansOverrideIsStoredAndFlagged() {
        RuleRefusedException refused = assertThrows(RuleRefusedException.class, () -> db.call(() -> procedures.book(
                jane.id(), new Procedures.Booking("RFA_LUMBAR", "left", List.of("L4-L5"), db.today().plusDays(3)
                        .toString(), null, null, null, null, false))));
        assertEquals(List.of("FirstRfaNeedsTwoPositiveMedialBranchBlocks"),
                refused.reasons().stream().map(RuleFinding::rule).toList());
        assertEquals(List.of(), db.call(() -> procedures.history(jane.id())));

        db.run(() -> procedures.book(jane.id(), new Procedures.Booking("RFA_LUMBAR", "left", List.of("L4-L5"),
                db.today().plusDays(3).toString(), null, null, null, "blocks done at the referring clinic", true)));

        ProcedureRecord stored = db.call(() -> procedures.history(jane.id())).get(0).procedure();
        assertEquals("blocks done at the referring clinic", stored.overrideReason());
        assertEquals(lee.username(), stored.overriddenBy());
        assertTrue(db.auditEventsOf(lee).stream().anyMatch(e -> e.action() == AuditAction.UPDATE && e.flagged()
                && e.purpose().startsWith("eligibility override")), "the override is flagged for review");
    }

    @Test
    void anOverriddenBookingItsChecklistAndFollowUpAreAuditedByIdWithoutReasonAnswersOrRelief() {
        int before = db.auditEventsOf(lee).size();
        ProcedureRecord rfa = db.call(() -> procedures.book(jane.id(), new Procedures.Booking("RFA_LUMBAR", "left",
                List.of("L4-L5"), db.today().toString(), null, null, null, "blocks done at the referring clinic",
                true)));
        db.run(() -> procedures.tick(jane.id(), rfa.id(), "pregnancy", "not-applicable"));
        ProcedureRecord mbb = done(jane, "MBB_LUMBAR", "left", 10, 8, 2);
        FollowUp followUp = db.call(() -> procedures.followUp(jane.id(), mbb.id(), db.today().toString(), 3, 70,
                "Gardening again"));

        List<AuditEvent> events = db.auditEventsOf(lee);
        List<String> written = events.subList(before, events.size()).stream()
                .map(e -> e.action() + " " + e.resource() + ": " + e.detail()).toList();
        assertEquals(List.of(
                "CREATE Procedure/" + rfa.id() + ": procedure " + rfa.id() + " scheduled (RFA_LUMBAR)",
                "UPDATE Procedure/" + rfa.id() + ": procedure " + rfa.id()
                        + " booked over FirstRfaNeedsTwoPositiveMedialBranchBlocks",
                "UPDATE Procedure/" + rfa.id() + "/checklist: procedure " + rfa.id()
                        + " checklist item pregnancy answered",
                "CREATE Procedure/" + mbb.id() + ": procedure " + mbb.id() + " recorded as done (MBB_LUMBAR)",
                "CREATE Procedure/" + mbb.id() + "/follow-up/" + followUp.id() + ": procedure " + mbb.id()
                        + " follow-up " + followUp.id() + " recorded"), written);
    }

    @Test
    void theWorklistShowsTheChosenDaysProceduresOfTheCallersPatientsByTimeBooked() {
        Patient john = db.people().patient("John", "Roe");
        Patient mary = db.people().patient("Mary", "Poe");
        db.people().joinTeam(lee, john);
        db.people().physician("dr.other", mary);
        LocalDate day = db.today().plusDays(1);
        ProcedureRecord janes = planned(jane, day, 2, ProcedureStatus.SCHEDULED);
        ProcedureRecord johns = planned(john, day, 5, ProcedureStatus.CHECKED_IN);
        planned(john, day, 6, ProcedureStatus.CANCELLED);
        planned(jane, day.plusDays(1), 9, ProcedureStatus.SCHEDULED);
        planned(jane, day.minusDays(1), 9, ProcedureStatus.SCHEDULED);
        planned(mary, day, 7, ProcedureStatus.SCHEDULED);

        List<ProcedureRecord> worklist = db.call(() -> procedures.worklist(day));

        assertEquals(List.of(johns.id(), janes.id()), worklist.stream().map(ProcedureRecord::id).toList());
    }

    /** A record as booked {@code hoursAgo}: the service stamps every booking "now", so it is written directly. */
    private ProcedureRecord planned(Patient patient, LocalDate day, int hoursAgo, ProcedureStatus status) {
        return db.call(em -> {
            ProcedureRecord record = new ProcedureRecord(null, patient.id(), "TRIGGER_POINT", Laterality.LEFT, List.of(),
                    day, status, lee.username(), db.now().minusHours(hoursAgo));
            em.persist(record);
            return record;
        });
    }

    @Test
    void readingTheHistoryWritesExactlyOneAuditEvent() {
        followUp(jane, done(jane, "MBB_LUMBAR", "left", 40, 7, 1), 20, 60);
        int before = db.auditEventsOf(lee).size();

        db.call(() -> procedures.history(jane.id()));

        List<AuditEvent> events = db.auditEventsOf(lee);
        assertEquals(before + 1, events.size());
        AuditEvent read = events.get(events.size() - 1);
        assertEquals(AuditAction.READ, read.action());
        assertEquals("Procedure", read.resource());
        assertEquals(jane.id(), read.patientId());
    }

    @Test
    void theChecklistTickedOverSeveralRequestsIsKeptUntilTheProcedureIsCompleted() {
        ProcedureRecord booked = booked(jane, "ESI_LUMBAR_IL", 0);
        for (String item : List.of("consent", "allergies", "anticoagulation", "infection", "glucose", "siteMarked")) {
            db.run(() -> procedures.tick(jane.id(), booked.id(), item, "done"));
        }
        db.run(() -> procedures.tick(jane.id(), booked.id(), "pregnancy", "not-applicable"));
        ProcedureNote note = new ProcedureNote("posterior", "fluoroscopy", 20, 1.5, "22G", "lidocaine", "none", "home");

        InvalidInputException open = assertThrows(InvalidInputException.class,
                () -> db.call(() -> procedures.complete(jane.id(), booked.id(), note, 7, 1)));
        assertTrue(open.errors().get(0).message().endsWith("Time-out done"), open.errors().toString());

        db.run(() -> procedures.tick(jane.id(), booked.id(), "timeOut", "done"));
        db.run(() -> procedures.complete(jane.id(), booked.id(), note, 7, 1));

        ProcedureRecord stored = db.call(() -> procedures.history(jane.id())).get(0).procedure();
        assertEquals(ProcedureStatus.COMPLETED, stored.status());
        assertEquals(ChecklistAnswer.NOT_APPLICABLE, stored.checklist().answers().get("pregnancy"));
        assertEquals(List.of(), stored.checklist().open());
        assertEquals("fluoroscopy", stored.note().guidance());
        assertEquals(85.7, stored.reliefPercent());
        assertEquals(lee.username(), stored.performedBy(), "the physician who completed it performed it");
    }

    @Test
    void aFollowUpIsRecordedOnlyOnAProcedureOfThatPatient() {
        Patient john = db.people().patient("John", "Roe");
        db.people().joinTeam(lee, john);
        ProcedureRecord johns = done(john, "MBB_LUMBAR", "left", 30, 8, 1);

        assertThrows(NotFoundException.class, () -> followUp(jane, johns, 10, 80));
        assertEquals(List.of(), db.call(() -> procedures.history(john.id())).get(0).followUps());
    }

    @Test
    void theWorklistIsAuditedOnceNamingEachPatientOnce() {
        LocalDate day = db.today().plusDays(2);
        planned(jane, day, 3, ProcedureStatus.SCHEDULED);
        planned(jane, day, 2, ProcedureStatus.SCHEDULED);
        int before = db.auditEventsOf(lee).size();

        db.call(() -> procedures.worklist(day));

        List<AuditEvent> events = db.auditEventsOf(lee);
        assertEquals(before + 1, events.size());
        assertEquals(AuditAction.SEARCH, events.get(before).action());
        assertEquals("worklist " + day + ": [" + jane.id() + "]", events.get(before).detail());
    }

    @Test
    void aProcedureTheClinicNoLongerOffersIsNotBookedButItsHistoryIsRecorded() {
        ClinicOffer offer = db.service(ClinicOffer.class);
        db.actAs(db.people().staff("admin.al", Role.ADMIN));
        db.run(() -> offer.setOffered("STELLATE_GANGLION", false));
        try {
            assertEquals(false, db.call(() -> offer.offered()).contains(Procedure.STELLATE_GANGLION));
            db.actAs(lee);
            InvalidInputException refused = assertThrows(InvalidInputException.class, () -> db.call(() ->
                    procedures.book(jane.id(), new Procedures.Booking("STELLATE_GANGLION", "left", List.of(),
                            db.today().plusDays(2).toString(), "scheduled", null, null, null, false))));
            assertEquals("procedure", refused.errors().get(0).field());
            assertTrue(refused.errors().get(0).message().contains("not offered"), refused.errors()::toString);
            db.run(() -> procedures.book(jane.id(), new Procedures.Booking("STELLATE_GANGLION", "left", List.of(),
                    db.today().minusDays(30).toString(), "completed", 6, 2, null, false)));
        } finally {
            db.actAs(db.people().staff("admin.bo", Role.ADMIN));
            db.run(() -> offer.setOffered("STELLATE_GANGLION", true));
        }
        assertTrue(db.call(() -> offer.offered()).contains(Procedure.STELLATE_GANGLION), "offered again");
    }
}
