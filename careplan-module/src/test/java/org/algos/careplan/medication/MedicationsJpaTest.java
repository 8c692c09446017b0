package org.algos.careplan.medication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.algos.careplan.CarePlanPersistence;
import org.algos.domain.audit.AuditAction;
import org.algos.domain.audit.AuditEvent;
import org.algos.domain.common.ConflictException;
import org.algos.domain.common.FieldError;
import org.algos.domain.common.InvalidInputException;
import org.algos.domain.patient.Patient;
import org.algos.domain.port.ActiveMedications;
import org.algos.domain.testkit.InMemoryDatabase;
import org.algos.domain.user.Caller;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The medication list, the drugs the hold rules see, the MME and the opioid safety items, from the database. */
class MedicationsJpaTest {

    @RegisterExtension
    static final InMemoryDatabase db = CarePlanPersistence.database();

    private final Medications medications = db.service(Medications.class);
    private final OpioidSafety safety = db.service(OpioidSafety.class);
    private Patient jane;
    private Caller lee;

    @BeforeEach
    void aPatientWithHerPhysician() {
        jane = db.people().patient("Jane", "Doe");
        lee = db.people().physician("dr.lee", jane);
        db.actAs(lee);
    }

    private MedicationStatement add(Patient patient, String drug, double mg, double perDay, LocalDate started,
                                    LocalDate stopped) {
        return db.call(() -> medications.add(patient.id(), new Medications.Entry(drug, mg, "oral", perDay, null, null,
                started.toString(), stopped == null ? null : stopped.toString())));
    }

    private LocalDate daysAgo(int days) {
        return db.today().minusDays(days);
    }

    @Test
    void theListIsInStartOrderAndHoldsOnlyThisPatientsDrugs() {
        add(jane, "Gabapentin", 300, 3, daysAgo(30), null);
        Patient john = db.people().patient("John", "Roe");
        db.people().joinTeam(lee, john);
        add(john, "tramadol", 50, 2, daysAgo(90), null);
        add(jane, "oxycodone", 5, 2, daysAgo(200), daysAgo(100));

        List<MedicationStatement> listed = db.call(() -> medications.list(jane.id()));

        assertEquals(List.of("oxycodone", "gabapentin"), listed.stream().map(MedicationStatement::drug).toList());
    }

    @Test
    void theHoldRulesSeeDrugsStoppedInTheTwoWeeksBeforeTheDateButNotEarlierOrLaterStarts() {
        LocalDate procedureDay = db.today().plusDays(10);
        add(jane, "apixaban", 5, 2, daysAgo(400), null);
        add(jane, "clopidogrel", 75, 1, daysAgo(400), procedureDay.minusDays(14));   // the last day still seen
        add(jane, "warfarin", 5, 1, daysAgo(400), procedureDay.minusDays(15));
        add(jane, "aspirin", 81, 1, procedureDay.plusDays(1), null);

        List<ActiveMedications.Medication> active = db.call(() -> ((ActiveMedications) medications).activeOn(
                db.guard().authorize(jane.id(), AuditAction.READ, "Eligibility", "holds"), procedureDay));

        assertEquals(List.of("apixaban", "clopidogrel"), active.stream().map(ActiveMedications.Medication::drug)
                .sorted().toList());
    }

    @Test
    void theMmeCountsTheOpioidsTakenTodayIncludingOneWhoseLastDayIsToday() {
        add(jane, "oxycodone", 10, 3, daysAgo(60), null);        // 45 MME
        add(jane, "morphine", 15, 2, daysAgo(60), db.today());    // 30 MME, last day today
        add(jane, "hydromorphone", 4, 4, daysAgo(60), daysAgo(1));
        add(jane, "tramadol", 50, 4, db.today().plusDays(1), null);

        assertEquals(75.0, db.call(() -> medications.mme(jane.id())).totalMme());
    }

    @Test
    void stoppingNamesTheVersionReadAndAStaleOneIsRefused() {
        MedicationStatement oxy = add(jane, "oxycodone", 10, 2, daysAgo(30), null);

        MedicationStatement stopped = db.call(() -> medications.stop(jane.id(), oxy.id(), oxy.version(),
                db.today().toString()));
        assertThrows(ConflictException.class, () -> db.call(() -> medications.stop(jane.id(), oxy.id(), oxy.version(),
                db.today().plusDays(3).toString())));

        assertEquals(db.today(), db.call(() -> medications.list(jane.id())).get(0).stoppedOn());
        assertEquals(oxy.version() + 1, stopped.version());
    }

    @Test
    void theOpioidSafetyItemsAreReviewedOnlyFromFiftyMmeAndKeepWhatWasRecorded() {
        add(jane, "oxycodone", 10, 3, daysAgo(60), null);        // 45 MME: below the line
        assertNull(db.call(() -> medications.review(jane.id())).opioidSafety());

        OpioidSafety.Status none = db.call(() -> safety.read(jane.id()));
        assertEquals(0, none.version());
        db.run(() -> safety.record(jane.id(), none.version(), new OpioidSafety.Entry(daysAgo(20).toString(), null, null,
                daysAgo(3).toString(), null)));
        assertThrows(ConflictException.class, () -> db.call(() -> safety.record(jane.id(), none.version(),
                new OpioidSafety.Entry(null, null, null, null, null))));
        add(jane, "morphine", 10, 1, daysAgo(5), null);          // 55 MME

        OpioidSafety.Status reviewed = db.call(() -> medications.review(jane.id())).opioidSafety();

        assertNotNull(reviewed);
        assertEquals(daysAgo(20), reviewed.dates().agreementSignedOn());
        assertEquals(daysAgo(3), reviewed.dates().pdmpCheckedOn());
        assertEquals(lee.username(), reviewed.updatedBy());
    }

    @Test
    void readingTheListWritesExactlyOneAuditEvent() {
        add(jane, "oxycodone", 10, 3, daysAgo(60), null);
        int before = db.auditEventsOf(lee).size();

        db.call(() -> medications.list(jane.id()));

        List<AuditEvent> events = db.auditEventsOf(lee);
        assertEquals(before + 1, events.size());
        assertEquals("Medication", events.get(before).resource());
        assertEquals(AuditAction.READ, events.get(before).action());
    }

    @Test
    void addingAMedicationIsAuditedByItsIdWithoutTheDrug() {
        int before = db.auditEventsOf(lee).size();

        MedicationStatement oxy = add(jane, "Oxycodone", 10, 3, daysAgo(2), null);

        List<AuditEvent> events = db.auditEventsOf(lee);
        assertEquals(before + 1, events.size());
        AuditEvent added = events.get(before);
        assertEquals(AuditAction.CREATE, added.action());
        assertEquals("Medication/" + oxy.id(), added.resource());
        assertEquals("medication " + oxy.id() + " added", added.detail());
        assertFalse(added.detail().toLowerCase(Locale.ROOT).contains("oxycodone"), added.detail());
        assertEquals(oxy.id(), db.call(() -> medications.list(jane.id())).get(0).id(), "stored under the audited id");
    }

    @Test
    void aRouteLongerThanItsColumnIsRefusedByNameAndNothingIsStored() {
        InvalidInputException refused = assertThrows(
                InvalidInputException.class,
                () -> db.call(() -> medications.add(jane.id(), new Medications.Entry("gabapentin", 300.0,
                        "oral, crushed and given through the tube", 3.0, null, "neuropathic pain", "2026-01-05",
                        null))));

        assertEquals(List.of(new org.algos.domain.common.FieldError("route", "must be at most 30 characters")),
                refused.errors());
        assertEquals(List.of(), db.call(() -> medications.list(jane.id())));
    }

    @Test
    void aStartDateOutsideThePlausibleYearsIsRefused() {
        InvalidInputException refused = assertThrows(
                InvalidInputException.class,
                () -> db.call(() -> medications.add(jane.id(), new Medications.Entry("gabapentin", 300.0, "oral",
                        3.0, null, null, "0000-01-01", null))));
        assertEquals("startedOn", refused.errors().get(0).field());
    }

    @Test
    void aHomeMedicationWithAnUnknownStartIsTakenNowAndSeenByTheHoldRules() {
        MedicationStatement added = db.call(() -> medications.add(jane.id(), new Medications.Entry("apixaban", 5.0,
                "oral", 2.0, null, "atrial fibrillation", null, null)));
        assertNull(added.startedOn());
        assertEquals(true, added.isActiveOn(db.today()));
        List<ActiveMedications.Medication> active = db.call(() -> ((ActiveMedications) medications).activeOn(
                db.guard().authorize(jane.id(), AuditAction.READ, "Eligibility", "holds"), db.today().plusDays(7)));
        assertEquals(List.of("apixaban"), active.stream().map(ActiveMedications.Medication::drug).toList());
        MedicationStatement stopped = db.call(() -> medications.stop(jane.id(), added.id(), added.version(),
                db.today().toString()));
        assertEquals(db.today(), stopped.stoppedOn());
    }
}
