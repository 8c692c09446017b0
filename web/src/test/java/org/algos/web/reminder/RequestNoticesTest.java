package org.algos.web.reminder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.algos.diagnosis.assessment.Assessments;
import org.algos.diagnosis.assessment.QuestionnaireAssignment;
import org.algos.diagnosis.assessment.RequestNotices;
import org.algos.domain.common.ConflictException;
import org.algos.domain.common.InvalidInputException;
import org.algos.domain.message.MessageKind;
import org.algos.domain.message.MessageStatus;
import org.algos.domain.message.PatientMessage;
import org.algos.domain.message.PatientMessages;
import org.algos.domain.patient.Patient;
import org.algos.domain.patient.PatientContacts;
import org.algos.domain.testkit.InMemoryDatabase;
import org.algos.domain.user.Caller;
import org.algos.domain.user.Role;
import org.algos.web.testkit.WholeClinic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Which questionnaire requests give an e-mail, on the clinic's tables: one when a request opens
 * and one a few days before it closes, only for a patient who gave an address and consent, never
 * twice; and what the outbox does with a message whose patient took consent back.
 */
class RequestNoticesTest {

    @RegisterExtension
    static final InMemoryDatabase db = WholeClinic.database();

    private final PatientContacts contacts = db.service(PatientContacts.class);
    private final PatientMessages outbox = db.service(PatientMessages.class);
    private final RequestNotices notices = db.service(RequestNotices.class, outbox);

    private List<PatientMessage> messagesOf(Patient patient) {
        return db.call(em -> em.createQuery("select m from PatientMessage m where m.patientId = :p order by m.id",
                PatientMessage.class).setParameter("p", patient.id()).getResultList());
    }

    private QuestionnaireAssignment askedByHand(Patient patient, Caller clinician, LocalDate dueOn) {
        db.actAs(clinician);
        return db.call(() -> db.service(Assessments.class).assign(patient.id(), "PEG", dueOn));
    }

    @Test
    void aConsentingPatientIsToldOnceWhenARequestOpensAndOnceBeforeItCloses() {
        Patient ana = db.people().patient("Ana", "Reminded");
        Caller nurse = db.people().staff("nurse.remind", Role.NURSE, ana);
        db.actAs(db.people().account(ana));
        db.run(() -> contacts.change(ana.id(), PatientContacts.NOTHING_RECORDED, " ana@Example.ORG ", true));
        QuestionnaireAssignment request = askedByHand(ana, nurse, db.today().plusDays(10));

        db.call(() -> notices.queueDue(db.today(), 3, 50));
        assertEquals(List.of(MessageKind.REQUEST_OPENED), messagesOf(ana).stream().map(PatientMessage::kind).toList(),
                "a request made by hand opens when it is made");
        db.call(() -> notices.queueDue(db.today(), 3, 50));
        db.call(() -> notices.queueDue(db.today().plusDays(5), 3, 50));
        assertEquals(1, messagesOf(ana).size(), "again the same day, and days before the last three: nothing new");

        db.call(() -> notices.queueDue(request.dueOn().minusDays(3), 3, 50));
        db.call(() -> notices.queueDue(request.dueOn(), 3, 50));
        List<PatientMessage> sent = messagesOf(ana);
        assertEquals(List.of(MessageKind.REQUEST_OPENED, MessageKind.REQUEST_CLOSING),
                sent.stream().map(PatientMessage::kind).toList(), "one reminder three days before it closes");
        assertEquals(request.dueOn(), sent.get(1).closesOn());
        assertEquals(Optional.of("ana@example.org"), db.call(() -> contacts.reachable(ana.id())),
                "stored trimmed, the domain in lower case");

        db.call(() -> notices.queueDue(request.dueOn().plusDays(1), 3, 50));
        assertEquals(2, messagesOf(ana).size(), "a closed request gives nothing");
    }

    @Test
    void withoutAddressOrConsentNothingIsQueuedAndTakingConsentBackCancelsWhatWaits() {
        Patient ben = db.people().patient("Ben", "Unreached");
        Caller nurse = db.people().staff("nurse.unreached", Role.NURSE, ben);
        db.actAs(nurse);
        db.run(() -> contacts.change(ben.id(), PatientContacts.NOTHING_RECORDED, "ben@example.org", false));
        askedByHand(ben, nurse, db.today().plusDays(10));
        db.call(() -> notices.queueDue(db.today(), 3, 50));
        assertEquals(List.of(), messagesOf(ben), "an address without consent is not enough");

        db.actAs(db.people().account(ben));
        db.run(() -> contacts.change(ben.id(), 1, "ben@example.org", true));
        db.call(() -> notices.queueDue(db.today(), 3, 50));
        assertEquals(1, messagesOf(ben).size(), "consent given later: the open request is told about now");

        db.run(() -> contacts.change(ben.id(), 2, "ben@example.org", false));
        assertEquals(Optional.empty(), db.call(() -> contacts.reachable(ben.id())));
        long waiting = messagesOf(ben).get(0).id();
        db.run(() -> outbox.cancelled(waiting, "no e-mail address with consent to reminders"));
        assertEquals(MessageStatus.CANCELLED, messagesOf(ben).get(0).status());
        assertTrue(db.call(() -> outbox.due(50)).stream().noneMatch(m -> m.id() == waiting));
    }

    @Test
    void theAddressIsCheckedConsentNeedsOneAndAStaleVersionIsRefused() {
        Patient cy = db.people().patient("Cy", "Typo");
        db.actAs(db.people().account(cy));
        InvalidInputException typo = assertThrows(InvalidInputException.class,
                () -> db.run(() -> contacts.change(cy.id(), 0, "cy@example", true)));
        assertEquals("email", typo.errors().get(0).field(), "the typo is named, consent is not blamed");
        assertEquals(1, typo.errors().size());
        assertThrows(InvalidInputException.class, () -> db.run(() -> contacts.change(cy.id(), 0, " ", true)),
                "consent without an address");
        db.run(() -> contacts.change(cy.id(), 0, "cy@example.org", true));
        assertThrows(ConflictException.class, () -> db.run(() -> contacts.change(cy.id(), 0, "cy@example.net", true)),
                "a second window still on version 0");
    }

    @Test
    void aFailedSendIsRetriedLaterAndGivenUpAfterTheLastAttempt() {
        Patient di = db.people().patient("Di", "Retried");
        Caller nurse = db.people().staff("nurse.retry", Role.NURSE, di);
        db.actAs(db.people().account(di));
        db.run(() -> contacts.change(di.id(), 0, "di@example.org", true));
        askedByHand(di, nurse, db.today().plusDays(10));
        db.call(() -> notices.queueDue(db.today(), 3, 50));
        long id = messagesOf(di).get(0).id();

        db.run(() -> outbox.failed(id, "di@example.org", "MailConnectException: connection refused"));
        PatientMessage retried = messagesOf(di).get(0);
        assertEquals(MessageStatus.PENDING, retried.status());
        assertEquals(db.now().plusMinutes(1), retried.nextAttemptAt(), "the first retry a minute later");
        assertTrue(db.call(() -> outbox.due(50)).stream().noneMatch(m -> m.id() == id), "not due before then");
        for (int attempt = 2; attempt <= PatientMessage.MAX_ATTEMPTS; attempt++) {
            db.run(() -> outbox.failed(id, "di@example.org", "MailConnectException: connection refused"));
        }
        PatientMessage given = messagesOf(di).get(0);
        assertEquals(MessageStatus.FAILED, given.status());
        assertEquals(PatientMessage.MAX_ATTEMPTS, given.attempts());
        assertTrue(db.auditEvents().stream().anyMatch(e -> e.username().equals(PatientMessages.SENDER) && e.flagged()
                && e.resource().equals("PatientMessage/" + id)), "giving up is audited and flagged");
    }
}
