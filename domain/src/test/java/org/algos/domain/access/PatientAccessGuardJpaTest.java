package org.algos.domain.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.algos.domain.audit.AuditAction;
import org.algos.domain.audit.AuditEvent;
import org.algos.domain.audit.AuditOutcome;
import org.algos.domain.audit.AuditReview;
import org.algos.domain.audit.AuditVerification;
import org.algos.domain.common.NotFoundException;
import org.algos.domain.patient.Patient;
import org.algos.domain.testkit.InMemoryDatabase;
import org.algos.domain.user.Caller;
import org.algos.domain.user.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The guard against the real tables: who it lets in, and what it leaves in the audit trail. */
class PatientAccessGuardJpaTest {

    @RegisterExtension
    static final InMemoryDatabase db = InMemoryDatabase.forDomain();

    private final PatientAccessGuard guard = db.guard();

    @Test
    void aCareTeamMemberIsLetInAndExactlyOneSuccessEventIsWritten() {
        Patient jane = db.people().patient("Jane", "Doe");
        Caller lee = db.people().physician("dr.lee", jane);
        db.actAs(lee);

        AuthorizedPatient proof = db.call(() -> guard.authorize(jane.id(), AuditAction.READ, "Patient", "demographics"));

        assertEquals(AccessBasis.CARE_TEAM, proof.basis());
        List<AuditEvent> events = db.auditEventsOf(lee);
        assertEquals(1, events.size());
        AuditEvent event = events.get(0);
        assertEquals(AuditOutcome.SUCCESS, event.outcome());
        assertEquals(jane.id(), event.patientId());
        assertEquals("treatment", event.purpose());
        assertEquals("physician", event.userRole());
        assertFalse(event.flagged());
    }

    @Test
    void aClinicianOutsideTheTeamIsRefusedAndTheDeniedAttemptStaysInTheTrail() {
        Patient jane = db.people().patient("Jane", "Doe");
        db.people().physician("dr.lee", jane);
        Caller stranger = db.people().staff("nurse.kim", Role.NURSE);
        db.actAs(stranger);

        assertThrows(AccessDeniedException.class,
                () -> db.call(() -> guard.authorize(jane.id(), AuditAction.READ, "Patient", "demographics")));

        // Committed although the call failed: AccessDeniedException does not roll back.
        List<AuditEvent> events = db.auditEventsOf(stranger);
        assertEquals(1, events.size());
        assertEquals(AuditOutcome.DENIED, events.get(0).outcome());
        assertEquals(jane.id(), events.get(0).patientId());
        assertTrue(events.get(0).flagged(), "a refused attempt is flagged for review");
    }

    @Test
    void aBulkExportAccountReadsEveryPatientWithOneEventEachAndNothingElse() {
        Patient jane = db.people().patient("Jane", "Doe");
        Patient john = db.people().patient("John", "Roe");
        Caller warehouse = db.people().staff("warehouse", Role.BULK_EXPORT);
        db.actAs(warehouse);

        List<AuthorizedPatient> proofs = db.call(() -> guard.authorizeBulkExport(List.of(jane.id(), john.id()),
                "Patient/$export", "export 1"));
        assertEquals(List.of(jane.id(), john.id()), proofs.stream().map(AuthorizedPatient::id).toList());
        assertTrue(proofs.stream().allMatch(p -> p.basis() == AccessBasis.BULK_EXPORT));
        List<AuditEvent> events = db.auditEventsOf(warehouse);
        assertEquals(2, events.size());
        assertTrue(events.stream().allMatch(e -> e.outcome() == AuditOutcome.SUCCESS
                && e.purpose().equals("bulk export") && e.userRole().equals("bulk-export")));

        assertThrows(AccessDeniedException.class, () -> db.call(() -> guard.authorize(jane.id(), AuditAction.READ,
                "Patient", "demographics")), "the account opens no record one by one");
    }

    @Test
    void onlyTheBulkExportRoleMayExportAndAnAttemptIsAudited() {
        Patient jane = db.people().patient("Jane", "Doe");
        Caller lee = db.people().physician("dr.lee", jane);
        db.actAs(lee);

        assertThrows(AccessDeniedException.class, () -> db.call(() -> guard.authorizeBulkExport(List.of(jane.id()),
                "Patient/$export", "export 2")));
        List<AuditEvent> events = db.auditEventsOf(lee);
        assertEquals(1, events.size());
        assertEquals(AuditOutcome.DENIED, events.get(0).outcome());
        assertTrue(events.get(0).flagged());
    }

    @Test
    void aLiveBreakGlassGrantLetsInFlaggedAndAnExpiredOneDoesNot() {
        Patient jane = db.people().patient("Jane", "Doe");
        Patient john = db.people().patient("John", "Roe");
        Caller er = db.people().physician("dr.er");
        db.people().breakGlass(er, jane, Duration.ofMinutes(30), Duration.ofHours(2));
        db.people().breakGlass(er, john, Duration.ofHours(3), Duration.ofHours(2));
        db.actAs(er);

        AuthorizedPatient proof = db.call(() -> guard.authorize(jane.id(), AuditAction.READ, "Patient", "demographics"));
        assertEquals(AccessBasis.BREAK_GLASS, proof.basis());
        assertThrows(AccessDeniedException.class,
                () -> db.call(() -> guard.authorize(john.id(), AuditAction.READ, "Patient", "demographics")));

        List<AuditEvent> events = db.auditEventsOf(er);
        assertEquals(List.of(AuditOutcome.SUCCESS, AuditOutcome.DENIED), events.stream().map(AuditEvent::outcome).toList());
        assertTrue(events.get(0).flagged(), "access under a grant is flagged for review");
    }

    @Test
    void aPatientOpensOnlyTheirOwnRecord() {
        Patient jane = db.people().patient("Jane", "Doe");
        Patient john = db.people().patient("John", "Roe");
        db.actAs(db.people().account(jane));

        assertEquals(AccessBasis.SELF,
                db.call(() -> guard.authorize(jane.id(), AuditAction.READ, "Patient", "own")).basis());
        assertThrows(AccessDeniedException.class,
                () -> db.call(() -> guard.authorize(john.id(), AuditAction.READ, "Patient", "other")));
    }

    @Test
    void anUnknownPatientIsRefusedExactlyLikeARecordTheCallerMayNotOpenAndTheAttemptIsAudited() {
        Patient jane = db.people().patient("Jane", "Doe");
        Caller lee = db.people().physician("dr.lee");
        db.actAs(lee);

        AccessDeniedException unknown = assertThrows(AccessDeniedException.class,
                () -> db.call(() -> guard.authorize(999_999L, AuditAction.READ, "Patient", "demographics")));
        AccessDeniedException notHis = assertThrows(AccessDeniedException.class,
                () -> db.call(() -> guard.authorize(jane.id(), AuditAction.READ, "Patient", "demographics")));

        assertEquals(notHis.getMessage(), unknown.getMessage());
        List<AuditEvent> events = db.auditEventsOf(lee);
        assertEquals(List.of(999_999L, jane.id()), events.stream().map(AuditEvent::patientId).toList());
        assertEquals(List.of(AuditOutcome.DENIED, AuditOutcome.DENIED),
                events.stream().map(AuditEvent::outcome).toList());
        assertTrue(events.get(0).detail().contains("no record has this id"), events.get(0).detail());
    }

    @Test
    void aProofHoldsOnlyInItsOwnTransactionAndForItsOwnCaller() {
        Patient jane = db.people().patient("Jane", "Doe");
        Caller lee = db.people().physician("dr.lee", jane);
        Caller kim = db.people().staff("nurse.kim", Role.NURSE, jane);
        db.actAs(lee);

        db.run(() -> guard.confirm(guard.authorize(jane.id(), AuditAction.READ, "Patient", "same transaction")));
        AuthorizedPatient kept = db.call(() -> guard.authorize(jane.id(), AuditAction.READ, "Patient", "kept"));
        assertThrows(AccessDeniedException.class, () -> db.run(() -> guard.confirm(kept)));

        db.run(() -> {
            AuthorizedPatient lees = guard.authorize(jane.id(), AuditAction.READ, "Patient", "handed over");
            db.actAs(kim);
            assertThrows(AccessDeniedException.class, () -> guard.confirm(lees));
        });
    }

    @Test
    void theEventsOfAllowedAndDeniedAttemptsFormAnUnbrokenChain() {
        Patient jane = db.people().patient("Jane", "Doe");
        Caller lee = db.people().physician("dr.lee", jane);
        Caller stranger = db.people().physician("dr.out");
        for (Caller who : List.of(lee, stranger, lee)) {
            db.actAs(who);
            try {
                db.run(() -> guard.authorize(jane.id(), AuditAction.READ, "Patient", "chain"));
            } catch (AccessDeniedException expected) {
                // the denied attempt is part of the chain too
            }
        }
        Caller auditor = db.people().staff("auditor.ann", Role.AUDITOR);
        db.actAs(auditor);
        int written = db.auditEvents().size();

        AuditVerification verification = db.call(() -> db.service(AuditReview.class).verify(auditor, false));

        assertTrue(verification.intact(), verification.message());
        assertEquals(written, verification.eventsChecked());
        assertEquals("chain verification", db.auditEventsOf(auditor).get(0).detail(), "the auditor's check is recorded");
    }
}
